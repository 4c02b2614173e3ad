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


# ---- generic words, blasts, weapons of other events, weapons named later ----------------------------


def code_of(extractor: Extractor, text: str, word: str) -> str:
    """The code given to the weapon hit whose text is ``word``."""
    doc = run(extractor, text, upto="weapons")
    hits = [w for w in doc.weapons if doc.text[w.start : w.end].lower() == word]
    assert hits, (text, [(doc.text[w.start : w.end], w.code) for w in doc.weapons])
    return hits[0].code


def primary_weapons(extractor: Extractor, text: str, published: str = "2017-04-05") -> set[str]:
    result = extractor.extract(text, published=published)
    assert result.primary is not None
    return {w.code for w in result.mentions[result.primary].weapons}


@pytest.mark.parametrize(
    ("text", "word", "code"),
    [
        ("Warplanes carried out strikes on the town.", "strikes", "airstrike"),
        ("Russian jets carried out raids and bombing on the town.", "bombing", "airstrike"),
        ("The aerial bombardment of the town went on all night.", "aerial bombardment", "airstrike"),
        ("The town was bombarded from the air.", "bombarded", "airstrike"),
        ("An artillery bombardment of the town killed 12.", "bombardment", "artillery"),
        ("Troops subjected the town to heavy bombardment with tanks and mortars.", "bombardment", "artillery"),
        ("The bombardment with Grad launchers went on for hours.", "bombardment", "rocket"),
        ("Regime helicopters bombarded the town with barrels packed with explosives.", "bombarded", "barrel_bomb"),
        ("The bombing was caused by an explosive device planted near the bus.", "bombing", "ied"),
        ("The bombardment went on.", "bombardment", "unknown"),
    ],
)
def test_generic_words_take_the_family_their_context_names(extractor: Extractor, text: str, word: str, code: str) -> None:
    assert code_of(extractor, text, word) == code


def test_the_next_sentence_names_the_means(extractor: Extractor) -> None:
    text = "Heavy bombardment hit the town overnight. Warplanes circled over it until dawn."
    assert code_of(extractor, text, "bombardment") == "airstrike"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Tanks, artillery and missiles were used in the attack and explosions were heard across the border.", "missile"),
        ("Air strikes hit the market and a huge blast shook the town.", "airstrike"),
        ("An explosion ripped through the market.", "ied"),
    ],
)
def test_explosions_are_those_of_the_means_named_with_them(extractor: Extractor, text: str, code: str) -> None:
    word = "explosions" if "explosions" in text else ("blast" if "blast" in text else "explosion")
    assert code_of(extractor, text, word) == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Twin bomb attacks killed 50 people.", "ied"),
        ("At least five suicide attackers blew themselves up.", "suicide_attack"),
        ("Two vehicles laden with explosives went off.", "car_bomb"),
        ("Masked gunmen shoot them in the head.", "execution"),
        ("Protesters threw petrol bombs at the police.", "incendiary"),
    ],
)
def test_more_wordings(extractor: Extractor, text: str, code: str) -> None:
    doc = run(extractor, text, upto="weapons")
    assert code in [w.code for w in doc.weapons]


@pytest.mark.parametrize(
    "text",
    [
        "Police fired tear gas bombs at the protesters.",
        "He led the chemical weapons programme of the group.",
        "The Organisation for the Prohibition of Chemical Weapons sent experts.",
        "Army units executed a special operation in the area.",
    ],
)
def test_phrases_that_name_no_weapon(extractor: Extractor, text: str) -> None:
    doc = run(extractor, text, upto="weapons")
    assert doc.weapons == []


@pytest.mark.parametrize(
    ("lead", "background", "code"),
    [
        ("Gunmen shot dead five men in Idlib on Tuesday.", "In 2013, a chemical attack killed 1,400 people in Ghouta.", "chemical"),
        ("A roadside bomb killed three soldiers near Daraa on Tuesday.", "The town was hit by barrel bombs in 2016.", "barrel_bomb"),
    ],
)
def test_a_weapon_of_an_older_event_does_not_transfer(extractor: Extractor, lead: str, background: str, code: str) -> None:
    assert code not in primary_weapons(extractor, f"{lead} {background}")


def test_a_weapon_in_a_clause_about_an_earlier_attack_is_not_this_counts(extractor: Extractor) -> None:
    text = ("At least 19 people were killed near the Syrian capital on Tuesday just hours after a suspected chemical "
            "gas attack left dozens dead in Khan Sheikhun.")
    assert "chemical" not in primary_weapons(extractor, text)


def test_a_weapon_only_considered_is_not_used(extractor: Extractor) -> None:
    text = ("Washington says the gas attack on Ghouta on August 21 killed more than 1,400 people, and it is "
            "considering air strikes to deter him.")
    assert "airstrike" not in primary_weapons(extractor, text, "2013-09-08")


@pytest.mark.parametrize(
    ("later", "code"),
    [
        ("At least five suicide attackers blew themselves up inside the camp, the monitor said.", "suicide_attack"),
        ("The victims were executed by the militants, the monitor said.", "execution"),
        ("The building was targeted by a car bomb that killed the victims.", "car_bomb"),
    ],
)
def test_a_weapon_named_later_attaches_to_its_incident(extractor: Extractor, later: str, code: str) -> None:
    text = f"At least 24 people were killed in an attack near a camp in Hasakeh province on Tuesday. {later}"
    assert code in primary_weapons(extractor, text, "2017-05-02")


def test_a_weapon_of_another_incident_does_not_attach(extractor: Extractor) -> None:
    text = ("At least 24 people were killed in an attack near a camp in Hasakeh province on Tuesday. Meanwhile heavy "
            "clashes erupted in the town of Kobani, killing six fighters.")
    assert "small_arms" not in primary_weapons(extractor, text, "2017-05-02")
