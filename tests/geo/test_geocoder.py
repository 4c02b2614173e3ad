"""Resolving single names against the shipped Syria gazetteer."""

from __future__ import annotations

import json

import pytest

from harmledger.geo import get_geocoder
from harmledger.geo.ranking import distance_km

MAARAT = (35.648, 36.677)


@pytest.mark.parametrize("name", ["Maret Al-Nouman", "Maarat al-Numan", "Ma'arrat an-Nu'man", "Marat Numan", "معرة النعمان"])
def test_spellings_of_maarat_al_numan_are_one_town(name: str) -> None:
    r = get_geocoder().geocode(name)
    assert r is not None
    assert distance_km((r.lat, r.lon), MAARAT) < 2  # type: ignore[arg-type]
    assert r.admin1 == "Idlib" and r.admin1_pcode == "SY07" and r.precision == 1


def test_saraqeb_is_saraqib_and_deir_ez_zor_spellings_meet() -> None:
    gc = get_geocoder()
    assert gc.geocode("Saraqeb").place_id == gc.geocode("Saraqib").place_id  # type: ignore[union-attr]
    ids = {gc.geocode(n).place_id for n in ["Deir ez-Zor", "Deir Ezzor", "Dayr az Zawr"]}  # type: ignore[union-attr]
    assert len(ids) == 1


def test_unknown_names_return_none_not_a_guess() -> None:
    gc = get_geocoder()
    # Hettin: five cities have one; Assad, SANA: a person and an outlet (Assad also spells a neighbourhood).
    for name in ["Qah", "Xyzzy", "Kafr Zaqlun", "", "   ", "Hettin", "Assad", "SANA", "Hamas"]:
        assert gc.geocode(name) is None, name


def test_within_picks_among_homonyms_and_rules_out_others() -> None:
    gc = get_geocoder()
    a = gc.geocode("Tishrine", within="Aleppo")
    b = gc.geocode("Tishrine", within="SY11")
    assert a is not None and a.admin1_pcode == "SY02"
    assert b is not None and b.admin1_pcode == "SY11"
    assert gc.geocode("Saraqib", within="Aleppo") is None
    assert gc.geocode("Saraqib", within="Idleb").admin1_pcode == "SY07"  # type: ignore[union-attr]


def test_country_filter() -> None:
    gc = get_geocoder()
    assert gc.geocode("Saraqib", country="SY") is not None
    assert gc.geocode("Saraqib", country="IQ") is None


@pytest.mark.parametrize(
    ("name", "pcode", "precision"),
    [
        ("rural Idlib", "SY07", 4),
        ("the southern countryside of Hama", "SY05", 4),
        ("Idlib province", "SY07", 4),
        ("Aleppo's western countryside", "SY02", 4),
        ("eastern Ghouta", "SY03", 3),
    ],
)
def test_area_expressions_resolve_to_the_area(name: str, pcode: str, precision: int) -> None:
    r = get_geocoder().geocode(name)
    assert r is not None and r.admin1_pcode == pcode and r.precision == precision


def test_bare_governorate_name_is_the_city_and_border_is_a_line() -> None:
    gc = get_geocoder()
    city = gc.geocode("Idlib")
    assert city is not None and city.precision == 1 and city.place_id.startswith("geonames:")
    border = gc.geocode("near the Turkish border")
    assert border is not None and border.precision == 5 and border.lat is None
    assert gc.geocode("Syria").precision == 6  # type: ignore[union-attr]


def test_near_a_town_has_precision_two() -> None:
    r = get_geocoder().geocode("outskirts of Saraqib")
    assert r is not None and r.precision == 2 and r.admin1_pcode == "SY07"


def test_district_name_resolves_to_its_town() -> None:
    r = get_geocoder().geocode("Jisr-Ash-Shugur")  # the OCHA district's spelling
    assert r is not None and r.precision == 1
    assert distance_km((r.lat, r.lon), (35.81, 36.32)) < 3  # type: ignore[arg-type]


def test_distance_phrases_and_comma_context() -> None:
    gc = get_geocoder()
    r = gc.geocode("10 km north of Saraqib")
    assert r is not None and r.precision == 2 and r.admin1_pcode == "SY07"
    assert gc.geocode("Saraqib, Idlib").admin1_pcode == "SY07"  # type: ignore[union-attr]
    assert gc.geocode("Saraqib, Aleppo") is None


# A town of each governorate, for --within by every spelling of tests/geo/test_admin_names.py.
TOWN_IN = {"SY01": "Qaboun", "SY02": "Manbij", "SY03": "Douma", "SY04": "Palmyra", "SY05": "Salamiyah",
           "SY06": "Jableh", "SY07": "Saraqib", "SY08": "Qamishli", "SY09": "Mayadin", "SY10": "Baniyas",
           "SY11": "Tabqa", "SY12": "Nawa", "SY13": "Shahba", "SY14": "Khan Arnabah"}


def _spellings() -> list[tuple[str, str]]:
    from tests.geo.test_admin_names import FOLDED, SPELLINGS

    return SPELLINGS + FOLDED


@pytest.mark.parametrize(("within", "pcode"), _spellings())
def test_within_accepts_every_spelling_of_a_governorate(within: str, pcode: str) -> None:
    gc = get_geocoder()
    r = gc.geocode(TOWN_IN[pcode], within=within)
    assert r is not None and r.admin1_pcode == pcode, within
    # ...and it is that governorate only: Douma is not in Damascus (SY01), Qaboun not in Rural Damascus.
    other = "SY01" if pcode == "SY03" else "SY03"
    assert gc.geocode(TOWN_IN[other], within=within) is None, within


def test_douma_within_rural_damascus_on_the_command_line() -> None:
    """The bug: `geocode Douma --within "Rural Damascus"` printed null while `geocode Douma` found it."""
    from typer.testing import CliRunner

    from harmledger.cli import build_app

    for within in [w for w, p in _spellings() if p == "SY03"]:
        result = CliRunner().invoke(build_app(), ["geocode", "Douma", "--within", within])
        assert result.exit_code == 0 and json.loads(result.stdout)["admin1_pcode"] == "SY03", within
    result = CliRunner().invoke(build_app(), ["geocode", "Douma", "--within", "Damascus"])
    assert result.exit_code == 0 and result.stdout.strip() == "null"
