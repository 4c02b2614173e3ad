"""English readings found by held4's tuning (docs/arabic.md): a town that "lost" its residents, hospitals that
"received" the dead and the wounded, a day "of this month", shells "fired from positions held by" a side,
Russia's ground units, belts and mines by their kind, and sites by their service or structure. Places, figures
and names are other than held4's, and each reading has its negative: the narrower wording it must leave alone."""

from __future__ import annotations

import datetime as dt

import pytest

from harmledger.extract import Extractor

from .readings import killed_low as _killed
from .readings import perpetrators as _perpetrators
from .readings import primary as _primary


def _injured(extractor: Extractor, text: str) -> int | None:
    casualties = _primary(extractor, text).casualties
    return casualties.injured.low if casualties.injured else None


# -- a place that "lost" its people: the dead, only when people are counted -------------------------------


@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("Saraqib lost 7 of its residents to the airstrikes on Sunday.", 7),
        ("The village of Kafr Nabl has lost eleven of its sons to regime shelling this week.", 11),
        ("Rebels lost 23 fighters in the battle for Khan Shaykhun.", 23),
    ],
)
def test_lost_people_are_the_dead(extractor: Extractor, text: str, n: int) -> None:
    assert _killed(extractor, text) == n


@pytest.mark.parametrize(
    "text",
    [
        "Rebels lost 4 tanks near Khan Shaykhun.",
        "The opposition lost 6 villages in southern Idlib.",
    ],
)
def test_lost_things_are_no_dead(extractor: Extractor, text: str) -> None:
    assert _killed(extractor, text) is None


# -- hospitals that received the dead and the wounded -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("The hospital in Ariha received the bodies of 6 civilians and 17 wounded after the raid.", 6, 17),
        ("Medics in Douma received 14 dead and 41 wounded on Friday.", 14, 41),
        ("A field hospital in Atarib treated 26 injured after the shelling.", None, 26),
    ],
)
def test_received_dead_and_wounded(extractor: Extractor, text: str, killed: int | None, injured: int) -> None:
    assert _killed(extractor, text) == killed
    assert _injured(extractor, text) == injured


def test_a_list_of_people_still_shares_its_verb(extractor: Extractor) -> None:
    # Two counts with their nouns are one list ("killed 5 civilians and 3 fighters"), not two groups.
    assert _killed(extractor, "Airstrikes killed 5 civilians and 3 fighters in Ariha.") == 8


def test_received_people_are_no_casualties(extractor: Extractor) -> None:
    assert _primary(extractor, "Camps near Atmeh received 300 displaced families on Friday.").casualties.killed is None
    # A count with a verb and a count of its own after it: the first count is the abducted, not the dead.
    assert _killed(extractor, "IS kidnapped 250 and executed 9 people near Palmyra.") == 9


# -- a day "of this month" ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Fourteen civilians were killed in Ariha on the 9th of this month.", dt.date(2022, 11, 9)),
        ("Six civilians were killed in Douma on the twelfth of the current month.", dt.date(2022, 11, 12)),
        ("Three children were killed in Tafas on the 27th of last month.", dt.date(2022, 10, 27)),
        ("Eight civilians were killed in Atarib on the twenty-first of the previous month.", dt.date(2022, 10, 21)),
    ],
)
def test_day_of_this_month_is_a_day(extractor: Extractor, text: str, day: dt.date) -> None:
    mention = _primary(extractor, text)
    assert mention.kind == "incident"
    assert mention.date is not None and mention.date.start == mention.date.end == day.isoformat()


def test_this_month_alone_is_still_a_period(extractor: Extractor) -> None:
    mention = _primary(extractor, "So far this month, 61 civilians have been killed in Idlib.")
    assert mention.kind == "aggregate"


# -- shells fired from positions held by a side ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Rockets launched from areas controlled by Hayat Tahrir al-Sham killed 4 civilians in Suqaylabiyah.", "HTS"),
        ("Mortar shells fired from neighbourhoods under the control of Jaish al-Islam killed two children in Damascus.",
         "OPPOSITION"),
        ("Artillery fire from posts held by the regime killed 5 civilians in Ariha.", "SYR_GOV"),
    ],
)
def test_fired_from_positions_held_by(extractor: Extractor, text: str, code: str) -> None:
    assert code in _perpetrators(extractor, text)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Shells fired from regime-held areas killed four civilians in Jisr al-Shughur.", "SYR_GOV"),
        ("Rockets fired from rebel-held territory killed 3 people in Nubl.", "OPPOSITION"),
    ],
)
def test_fired_from_areas_a_side_holds(extractor: Extractor, text: str, code: str) -> None:
    assert code in _perpetrators(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Russian warplanes struck a town held by Hayat Tahrir al-Sham, killing 9 civilians in Ariha.",
        "Russian airstrikes on rebel-held areas killed 3 civilians in Ariha.",
    ],
)
def test_a_place_held_by_a_side_is_no_attack_by_it(extractor: Extractor, text: str) -> None:
    assert _perpetrators(extractor, text) == {"RUS"}


# -- Russia's ground units --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Russian commandos raided Busra al-Sham and killed 3 civilians, SOHR said.",
        "Gunmen killed 5 civilians in Tafas; residents said they were Russian paratroopers.",
    ],
)
def test_russian_ground_units(extractor: Extractor, text: str) -> None:
    assert "RUS" in _perpetrators(extractor, text)


# -- weapons and targets by their kind ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("A woman detonated an explosives vest at a checkpoint in Azaz, killing 4 people.", "suicide_attack"),
        ("An attacker wearing a suicide belt killed 6 people at a market in al-Bab.", "suicide_attack"),
        ("Two farmers were killed when their tractor hit an anti-tank mine near Maarat al-Numan.", "landmine_erw"),
        ("A boy was killed after he stepped on a mine left behind in Tadmur.", "landmine_erw"),
    ],
)
def test_weapons_by_their_kind(extractor: Extractor, text: str, code: str) -> None:
    assert code in {w.code for w in _primary(extractor, text).weapons}


def test_a_mine_of_ones_own_is_no_weapon(extractor: Extractor) -> None:
    weapons = {w.code for w in _primary(extractor, "A friend of mine said 3 people were shot dead in Azaz.").weapons}
    assert "landmine_erw" not in weapons


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Shells hit a dialysis unit in Atarib, killing 3 women.", "medical"),
        ("An airstrike destroyed the blood bank in Ariha, killing 2 nurses.", "medical"),
        ("Shelling hit a water reservoir in Tafas, killing 2 workers.", "water_power"),
        ("A drone struck a pickup truck carrying farmers near Saraqib, killing 5 of them.", "vehicle"),
        ("A missile hit a minivan near Atmeh, killing 7 passengers.", "vehicle"),
    ],
)
def test_targets_by_service_and_kind(extractor: Extractor, text: str, code: str) -> None:
    assert code in {t.code for t in _primary(extractor, text).targets}


def test_a_truck_bomb_is_no_vehicle_hit(extractor: Extractor) -> None:
    targets = {t.code for t in _primary(extractor, "A truck bomb killed 12 people in Azaz.").targets}
    assert "vehicle" not in targets


# -- a name kept whole leaves no empty place behind ----------------------------------------------------------------


def test_a_run_on_name_leaves_no_empty_place() -> None:
    # "Hettin Idlib village": the geocoder keeps "Hettin Idlib" as one unresolved name; its last word was also
    # a hit of its own with an empty span (found by tests/geo's Hypothesis test).
    from harmledger.geo import get_geocoder

    text = "Hettin Idlib village"
    for hit in get_geocoder().find_places(text):
        assert hit.start < hit.end and text[hit.start : hit.end] == hit.text
