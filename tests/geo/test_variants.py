"""Spellings of well-known places that no gazetteer lists: doubled or single letters, other vowels,
an article glued on with one consonant."""

from __future__ import annotations

import pytest

from harmledger.geo import get_geocoder
from harmledger.geo.matcher import words_of
from harmledger.geo.variants import capitalised_runs


@pytest.mark.parametrize(
    ("name", "pcode"),
    [("Raqa", "SY11"), ("Deir Ezour", "SY09"), ("Deir Ezzour", "SY09"), ("Deir Ezzor", "SY09"), ("Raqqa", "SY11")],
)
def test_single_names(name: str, pcode: str) -> None:
    r = get_geocoder().geocode(name)
    assert r is not None and r.admin1_pcode == pcode and r.precision == 1


def test_variants_in_running_text() -> None:
    text = "On Monday, air strikes by the coalition hit Raqa and Deir Ezour, activists said."
    hits = {h.text: h for h in get_geocoder().find_places(text)}
    assert hits["Raqa"].resolved.admin1_pcode == "SY11"  # type: ignore[union-attr]
    assert hits["Deir Ezour"].resolved.admin1_pcode == "SY09"  # type: ignore[union-attr]


def test_near_spellings_of_other_names_are_not_taken() -> None:
    gc = get_geocoder()
    # A person's name one letter from a city, a two-word name whose second word differs, a village.
    for name in ["Hamad", "Sheikh Said", "Maareh"]:
        r = gc.geocode(name)
        assert r is None or r.name not in {"Hama", "Idlib", "Shaykh al Hadid", "Ma'arrat an Nu'man"}, name
    text = "The spokesman Ahmad Hamad said that Abu Khaled al-Idlibi was killed."
    assert [h.resolved for h in gc.find_places(text) if h.resolved is not None] == []


def test_capitalised_runs_stop_at_stop_words_and_lower_case_words() -> None:
    text = "Russian jets hit Masaken Hanano and Deir ez-Zor."
    runs = [text[s:e] for s, e in capitalised_runs(text, words_of(text))]
    assert runs == ["Masaken Hanano", "Deir ez-Zor"]
