"""The one table of governorate names (harmledger.geo.admin_names), checked against OCHA's admin1.geojson.

SPELLINGS is the table-driven list every consumer is tested with (geocoder --within, linker area, publish
filter, API filter): when one of them resolves a spelling differently, its test fails.
"""

from __future__ import annotations

import json

import pytest

from harmledger.geo import admin_names
from harmledger.geo.admin_names import (
    DATA_FILE,
    UnknownAdminUnitError,
    admin1_key,
    admin1_name,
    admin1_pcode,
    admin1_pcodes,
    spellings,
)

SPELLINGS: list[tuple[str, str]] = [
    ("Rif Dimashq", "SY03"), ("Reef Damascus", "SY03"), ("Damascus Countryside", "SY03"),
    ("Rural Damascus", "SY03"), ("Rif Damascus", "SY03"), ("ريف دمشق", "SY03"), ("SY03", "SY03"),
    ("Damascus", "SY01"), ("دمشق", "SY01"), ("SY01", "SY01"),
    ("Idleb", "SY07"), ("Edlib", "SY07"), ("Idlib", "SY07"), ("إدلب", "SY07"), ("ادلب", "SY07"), ("SY07", "SY07"),
    ("Dar'a", "SY12"), ("Deraa", "SY12"), ("Daraa", "SY12"), ("درعا", "SY12"),
    ("Al-Hasakeh", "SY08"), ("Hasaka", "SY08"), ("Hassakeh", "SY08"), ("Al Hasakah", "SY08"), ("الحسكة", "SY08"),
    ("Hamah", "SY05"), ("Hama", "SY05"), ("حماة", "SY05"),
    ("Ar Raqqah", "SY11"), ("Raqqa", "SY11"), ("Raqa", "SY11"), ("الرقة", "SY11"),
    ("Deir ez Zor", "SY09"), ("Deir ezzor", "SY09"), ("Deir Ezzor", "SY09"), ("Dayr az Zawr", "SY09"),
    ("Deir al-Zor", "SY09"), ("دير الزور", "SY09"),
    ("Homs Governorate", "SY04"), ("Homs", "SY04"), ("حمص", "SY04"),
    ("Lattakia", "SY06"), ("Latakia", "SY06"), ("اللاذقية", "SY06"),
    ("Tartous", "SY10"), ("Tartus", "SY10"), ("طرطوس", "SY10"),
    ("As-Sweida", "SY13"), ("Suwayda", "SY13"), ("السويداء", "SY13"),
    ("Quneitra", "SY14"), ("القنيطرة", "SY14"),
    ("Aleppo", "SY02"), ("Halab", "SY02"), ("حلب", "SY02"),
]
# The same names written otherwise: case, hyphens, apostrophes, diacritics and articles do not matter.
FOLDED: list[tuple[str, str]] = [
    ("RIF-DIMASHQ", "SY03"), ("rural damascus", "SY03"), ("idleb", "SY07"), ("Dar’a", "SY12"), ("Dara", "SY12"),
    ("al-hasakeh", "SY08"), ("Hasakeh", "SY08"), ("Ar-Raqqah", "SY11"), ("Deir-ez-Zor", "SY09"),
    ("Dayr az-Zawr", "SY09"), ("Ḥamāh", "SY05"), ("As Sweida", "SY13"), ("  Aleppo  ", "SY02"), ("sy07", "SY07"),
    ("Idlib's", "SY07"), ("Idlib province", "SY07"), ("محافظة إدلب", "SY07"), ("Governorate of Homs", "SY04"),
]


@pytest.mark.parametrize(("name", "pcode"), SPELLINGS + FOLDED)
def test_every_common_spelling_is_its_governorate(name: str, pcode: str) -> None:
    assert admin1_pcode(name) == pcode


def test_the_table_agrees_with_ochas_admin1_geojson() -> None:
    features = json.loads((DATA_FILE.parent / "admin1.geojson").read_text(encoding="utf-8"))["features"]
    props = [f["properties"] for f in features]
    assert admin1_pcodes() == tuple(sorted(p["PCODE"] for p in props))
    for p in props:
        for name in (p["NAME_EN"], p["NAM_EN_REF"], p["NAME_AR"], p["NAME_DISPLAY"]):
            assert admin1_pcode(name) == p["PCODE"], name
        assert admin1_name(p["PCODE"]) == p["NAME_DISPLAY"]
        assert p["NAME_EN"] in spellings(p["PCODE"]) and p["NAME_AR"] in spellings(p["PCODE"])


def test_every_listed_spelling_resolves_to_its_own_unit() -> None:
    for pcode in admin1_pcodes():
        names = spellings(pcode)
        assert names[0] == admin1_name(pcode)
        for name in names:
            assert admin1_pcode(name) == pcode, name


def test_rural_damascus_is_not_damascus_except_in_the_evaluation_key() -> None:
    # P-code resolution (filters, linker, geocoder) keeps them apart...
    assert admin1_pcode("Rural Damascus") == "SY03" and admin1_pcode("Damascus") == "SY01"
    assert admin1_name("Rif Dimashq") == "Rural Damascus" and admin1_name("SY01") == "Damascus"
    # ...the FA-KES evaluation key of contract section 4 merges them, as documented in docs/geo.md.
    assert admin1_key("Rural Damascus") == admin1_key("Rif Dimashq") == admin1_key("Damascus") == "damascus"
    assert admin1_key("Deir ez-Zor") == admin1_key("Dayr az Zawr") == "deir ezzor"
    assert admin1_key("Al-Hasakeh") == "hasakeh" and admin1_key("Kafr Nabl") == "kafr nabl"


@pytest.mark.parametrize(("name", "pcode"), [
    ("rural Hama", "SY05"), ("the countryside of Hama", "SY05"), ("ريف إدلب", "SY07"),
    ("the countryside of Damascus", "SY03"), ("rural Damascus", "SY03"), ("Damascus suburbs", "SY03"),
])
def test_the_countryside_of_a_governorate_is_that_governorate(name: str, pcode: str) -> None:
    assert admin1_pcode(name) == pcode


@pytest.mark.parametrize("name", ["Kafr Nabl", "Hamas", "Deir", "Hammam", "Idlibb", "Baghdad", "SY15", "SY00",
                                  "", "rural", "Governorate", "Darayya", "Daraya", "Al-Bab", "albab"])
def test_other_names_are_no_governorate(name: str) -> None:
    # Only listed spellings count: a shared skeleton made Darayya (a town of Rural Damascus) Daraa, and
    # al-Bab Aleppo, before there was one table.
    assert admin1_pcode(name) is None


def test_an_unknown_unit_is_an_error_that_lists_the_accepted_names() -> None:
    with pytest.raises(UnknownAdminUnitError) as info:
        admin1_name("Idlibb")
    err = info.value
    assert err.code == "E051" and err.values == ("Idlibb",)
    assert "\n" not in str(err) and str(err).startswith("[E051] unknown governorate 'Idlibb'; use one of Damascus,")
    for pcode in admin1_pcodes():
        assert admin1_name(pcode) in err.message
    assert "SY01-SY14" in err.message


def test_every_consumer_uses_the_one_table() -> None:
    from harmledger.geo import admin1_key as geo_admin1_key
    from harmledger.geo import normalise
    from harmledger.link import features

    assert geo_admin1_key is admin1_key
    assert features.spelling_key is admin_names.spelling_key and features.area_key is admin_names.area_key
    # No second table, nor old names for this one, anywhere else.
    for name in ("_ADMIN1_KEYS", "ADMIN1_DISPLAY", "_ADMIN1_SPELLINGS", "admin1_pcode_for", "admin1_key"):
        assert not hasattr(normalise, name), name
    assert not hasattr(features, "_GOVERNORATES") and not hasattr(features, "admin1_key")
