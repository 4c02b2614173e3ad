from __future__ import annotations

from harmledger.extract import Extractor

from .helpers import run


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
