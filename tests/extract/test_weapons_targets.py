from __future__ import annotations

import pytest

from harmledger.extract import Extractor

from .helpers import run


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("a ballistic missile carrying cluster munitions", "ballistic_missile"),
        ("barrel bombs fell", "barrel_bomb"),
        ("shelling with incendiary ammunition", "artillery"),
        ("an attack with poisonous gases", "chemical"),
        ("a suicide car bomb", "suicide_attack"),
        ("a car bomb", "car_bomb"),
        ("an unexploded cluster bomb", "landmine_erw"),
        ("sniper fire", "small_arms"),
        ("mortar shells", "artillery"),
    ],
)
def test_weapon_codes(extractor: Extractor, text: str, code: str) -> None:
    doc = run(extractor, text, upto="weapons")
    assert doc.weapons[0].code == code


def test_every_weapon_in_a_phrase(extractor: Extractor) -> None:
    doc = run(extractor, "a ballistic missile carrying cluster munitions and incendiary ammunition", upto="weapons")
    assert [w.code for w in doc.weapons] == ["ballistic_missile", "cluster_munition", "incendiary"]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("struck a school", "school"),
        ("hit a field hospital", "medical"),
        ("shelled a rescue centre", "civil_defense"),
        ("near a mosque", "place_of_worship"),
        ("an attack on a camp for displaced people", "idp_camp"),
        ("a crowded market", "market"),
        ("the bread queue outside a bakery", "bakery"),
        ("an aid convoy", "humanitarian"),
    ],
)
def test_target_codes(extractor: Extractor, text: str, code: str) -> None:
    doc = run(extractor, text, upto="targets")
    assert doc.targets and doc.targets[0].code == code


def test_weapon_words_are_not_targets(extractor: Extractor) -> None:
    doc = run(extractor, "A car bomb exploded.", upto="targets")
    assert doc.targets == []


def test_white_helmets_reporting_are_not_a_target(extractor: Extractor) -> None:
    doc = run(extractor, "The White Helmets said five people died.", upto="attribution")
    assert doc.targets == []
    assert [h.code for h in doc.attributions] == ["Syrian Civil Defence (White Helmets)"]
