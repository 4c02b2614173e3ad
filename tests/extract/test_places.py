from __future__ import annotations

import pytest

from harmledger.extract import Extractor, main_place
from harmledger.geo import Geocoder, load_shipped
from harmledger.schema import DocumentExtraction

from .helpers import run

UNKNOWN = ("Qah", "Kafr Jalis", "Al-Shafah")


@pytest.fixture(scope="module")
def without_unknowns() -> Extractor:
    """An extractor whose gazetteer surely lacks the villages these tests call unknown (a rebuild of the
    shipped data may add them)."""
    gaz = load_shipped()
    probe = Geocoder(gaz)
    for name in UNKNOWN:
        for place in probe.candidates(name):
            gaz.remove(place.id)
    return Extractor(geocoder=Geocoder(gaz))


def _main(result: DocumentExtraction) -> tuple[str | None, int | None, str | None, str | None]:
    mention = result.mentions[result.primary or 0]
    main = main_place(mention)
    assert main is not None and main.resolved is not None
    return main.resolved.admin1_pcode, main.resolved.precision, main.resolved.place_id, main.resolved.unmatched_name


def test_camp_near_village_in_rural_area(extractor: Extractor) -> None:
    text = "Jets struck an IDP camp near the village of Qah in northern rural Idlib."
    doc = run(extractor, text, upto="places")
    by_name = {p.name: p for p in doc.places}
    assert by_name["Qah"].resolved is None and by_name["Qah"].role == "near"
    area = [p for p in doc.places if p.role == "area"]
    assert area and area[0].resolved is not None and area[0].resolved.admin1_pcode == "SY07"
    assert all(text[p.start : p.end] for p in doc.places)


def test_organisations_are_not_places(extractor: Extractor) -> None:
    doc = run(extractor, "Two people were killed in Homs, SANA reported.", upto="places")
    assert [p.name for p in doc.places] == ["Homs"]


def test_geocoder_can_be_swapped(extractor: Extractor) -> None:
    class NoPlaces:
        def find_places(self, text: str) -> list[object]:
            return []

    ext = Extractor(geocoder=NoPlaces())
    result = ext.extract("Jets killed five people in Aleppo on Friday.", published="2022-11-08")
    assert result.mentions and result.mentions[0].places == []


def test_possessive_without_apostrophe(extractor: Extractor) -> None:
    text = "Doctors in Idlibs hospitals and in Homs and Damascus said so."
    doc = run(extractor, text, upto="places")
    names = [p.name for p in doc.places]
    assert "Idlib" in names and "Homs" in names and "Damascus" in names
    assert all(text[p.start : p.end] == p.name for p in doc.places)


def test_capital_named_for_its_government_is_not_a_place(extractor: Extractor) -> None:
    doc = run(extractor, "Moscow defended its Damascus ally after the strike on Saraqib.", upto="places")
    assert [p.name for p in doc.places] == ["Saraqib"]


def test_outlet_names_are_not_places(extractor: Extractor) -> None:
    doc = run(extractor, "Syrian warplanes pound Saraqib, leave 22 dead - Daily Sabah", upto="places")
    assert [p.name for p in doc.places] == ["Saraqib"]
    doc = run(extractor, "Deir Ezzor 24 said jets struck Saraqib.", upto="places")
    assert [p.name for p in doc.places] == ["Saraqib"]


@pytest.mark.parametrize("name", UNKNOWN)
@pytest.mark.parametrize(
    "template",
    [
        "Jets struck near the village of {} in northern rural Idlib, killing 5 civilians.",
        "Five civilians were killed when jets struck the village of {} in Idlib on Friday.",
        "Five civilians were killed in {} village, Idlib, on Friday.",
        "Barrel bombs killed four people in {} in Idlib province on Friday.",
        "Heavy fighting continued in Idlib on Thursday. On Friday, jets struck the village of {}, killing 5.",
    ],
)
def test_an_unknown_village_is_placed_at_its_governorate(without_unknowns: Extractor, template: str, name: str) -> None:
    result = without_unknowns.extract(template.format(name), published="2020-05-09")
    assert _main(result) == ("SY07", 4, "ocha:SY07", name)  # never Idlib city's point at precision 1
    places = result.mentions[result.primary or 0].places
    assert any(p.name == name and p.resolved is None for p in places)  # its name and span are kept


@pytest.mark.parametrize(
    "template",
    [
        "Shelling killed 3 civilians in the village of {} in the Harem district of Idlib on Friday.",
        "Shelling killed 3 civilians on Friday in {} village, Harem district, Idlib.",
    ],
)
def test_an_unknown_village_in_a_named_district_is_placed_at_it(without_unknowns: Extractor, template: str) -> None:
    for name in UNKNOWN:
        admin1, precision, place_id, unmatched = _main(without_unknowns.extract(template.format(name), published="2020-05-09"))
        assert (admin1, precision, unmatched) == ("SY07", 3, name) and place_id and place_id.startswith("ocha:SY07")


@pytest.mark.parametrize(
    ("text", "precision"),
    [
        ("Jets struck the village of Sarmin in rural Idlib on Friday, killing 5 civilians.", 1),
        ("Five civilians were killed in Taftanaz village, Idlib, on Friday.", 1),
        ("Airstrikes killed 4 people in Idlib city on Friday.", 1),
        ("Airstrikes killed 4 people in Idlib province on Friday.", 4),
    ],
)
def test_known_places_and_idlib_city_or_province(extractor: Extractor, text: str, precision: int) -> None:
    admin1, got, _, unmatched = _main(extractor.extract(text, published="2020-05-09"))
    assert (admin1, got, unmatched) == ("SY07", precision, None)


def test_unmatched_name_is_an_optional_key_of_the_area_only(without_unknowns: Extractor, extractor: Extractor) -> None:
    result = without_unknowns.extract("Jets struck the village of Qah in rural Idlib, killing 5 civilians.",
                                      published="2020-05-09")
    places = result.model_dump(mode="json")["mentions"][0]["places"]
    by_name = {p["name"]: p for p in places}
    assert by_name["Qah"]["resolved"] is None
    assert by_name["Idlib"]["resolved"]["unmatched_name"] == "Qah"
    contract = {"place_id", "name", "lat", "lon", "admin1", "admin1_pcode", "admin2", "country", "precision"}
    assert set(by_name["Idlib"]["resolved"]) == contract | {"unmatched_name"}
    known = extractor.extract("Jets struck Saraqib in rural Idlib, killing 5 civilians.", published="2020-05-09")
    keys = [set(p["resolved"]) for m in known.model_dump(mode="json")["mentions"] for p in m["places"] if p["resolved"]]
    assert keys == [contract, contract]  # without an unknown place, exactly the contract's keys


@pytest.mark.parametrize(
    "text",
    [
        "On 3 May 2020, Houthi forces shelled Ad Dali, killing two civilians.",
        "Yemeni government forces clashed with Houthis in Sadah on Sunday; three fighters were killed.",
        "Iraqi security forces said gunmen killed two civilians in Sinjar on Friday.",
        "On 4 May 2020, ISIS militants attacked Iraqi army positions in Ramadi, killing 4 soldiers.",
        "Taliban militants attacked a checkpoint in Nawa district, killing 4 Afghan soldiers.",
        "On 5 May 2020, Afghan forces killed 10 Taliban militants in Chahar Dara, Kunduz.",
    ],
)
def test_notes_about_other_countries_have_no_syrian_place(extractor: Extractor, text: str) -> None:
    result = extractor.extract(text, published="2020-05-09")
    assert [p.name for m in result.mentions for p in m.places if p.resolved is not None] == []
