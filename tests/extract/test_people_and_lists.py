"""People counted by noun phrases, lists of counts, ranges, additions, closing totals and combined figures.

The CheckList suite (``test_behaviour.py``) measures these phenomena on generated reports; these tests pin
the components' own rules, one phrasing family each.
"""

from __future__ import annotations

import pytest

from harmledger.extract import Extractor
from harmledger.extract.components.numbers import parse_numbers, ranges
from harmledger.extract.components.persons import person_counts


def killed(extractor: Extractor, text: str) -> tuple[int | None, int | None] | None:
    result = extractor.extract(text, published="2020-05-09")
    if result.primary is None:
        return None
    k = result.mentions[result.primary].casualties.killed
    return None if k is None else (k.low, k.high)


@pytest.mark.parametrize("verb", ["killed", "shot dead", "assassinated", "beheaded", "executed", "lynched", "murdered"])
@pytest.mark.parametrize("victim", ["a civilian", "a local trader", "an elderly shepherd", "the village mukhtar",
                                    "a Koranic school teacher", "a civilian health worker"])
def test_a_victim_after_a_killing_verb_is_one(extractor: Extractor, verb: str, victim: str) -> None:
    assert killed(extractor, f"On 3 May 2020, gunmen {verb} {victim} in Saraqib.") == (1, 1)


@pytest.mark.parametrize("text", [
    "On 3 May 2020, a farmer was stabbed to death in Ariha.",
    "On 3 May 2020, armed men attacked a man in Douma. The victim died.",
    "On 3 May 2020, the body of a man was found near Jisr al-Shughur.",
    "On 3 May 2020, a local leader of the council was shot dead in Tafas.",
    "On 3 May 2020, a soldier (assumed off-duty) was killed near Morek.",
    "On 3 May 2020, police tortured a detainee to death in Hama.",
    "On 3 May 2020, gunmen shot a trader in Binnish, killing him.",
])
def test_one_person_without_a_killing_verb_before(extractor: Extractor, text: str) -> None:
    assert killed(extractor, text) == (1, 1)


@pytest.mark.parametrize("text", [
    "A commander said the town was calm.",
    "A man was arrested in Douma on Monday.",
    "The officer told reporters that the road was closed.",
    "Two armed men shot and wounded a driver in Ariha.",
])
def test_a_person_who_was_not_killed_is_no_toll(extractor: Extractor, text: str) -> None:
    assert killed(extractor, text) is None


def test_pairs_and_lists_of_people() -> None:
    [hit] = person_counts("gunmen killed a farmer and his brother in the village", 0, 60)
    assert hit.value == 2
    [hit] = person_counts("gunmen killed a man, a woman and a child in the village", 0, 60)
    assert hit.value == 3
    # A comma alone does not make a list: "killing an elderly man, the Syrian Observatory said".
    [hit] = person_counts("killing an elderly man, the syrian observatory said", 0, 60)
    assert hit.value == 1


def test_killers_are_not_victims(extractor: Extractor) -> None:
    assert killed(extractor, "Two armed men on a motorcycle shot and killed a man in Douma.") == (1, 1)
    assert killed(extractor, "Three suspects fled and one was killed in Douma.") == (1, 1)


@pytest.mark.parametrize(("text", "low", "high"), [
    ("between 43 and 52 people", 43, 52), ("from 2 to 4", 2, 4), ("8-10 residents", 8, 10), ("20 to 25", 20, 25),
])
def test_ranges_are_one_count(text: str, low: int, high: int) -> None:
    [hit] = ranges(text, parse_numbers(text))
    assert (hit.low, hit.high) == (low, high)


@pytest.mark.parametrize("text", ["killed 5 and injured 12", "in 2016-2017", "5 km and 50 km"])
def test_not_ranges(text: str) -> None:
    assert len(ranges(text, parse_numbers(text))) == len(parse_numbers(text))


@pytest.mark.parametrize(("text", "total"), [
    ("On 3 May 2020, 3 local policemen, 2 militia members, and 1 soldier were killed in Ariha.", 6),
    ("On 3 May 2020, airstrikes killed nine children and 14 others in Douma.", 23),
    ("On 3 May 2020, airstrikes killed 40 civilians, 25 fighters in Douma.", 65),
    ("On 3 May 2020, 2 policemen were killed in Ariha. Officials said that 2 militants were also killed.", 4),
    ("On 3 May 2020, 2 policemen were killed in Ariha. 2 other policemen were killed later.", 4),
    ("On 3 May 2020, a man was shot dead in Ariha. Another man was wounded. 2 fatalities.", 2),
])
def test_groups_are_summed(extractor: Extractor, text: str, total: int) -> None:
    assert killed(extractor, text) == (total, total)


def test_a_breakdown_in_brackets_is_not_added(extractor: Extractor) -> None:
    result = extractor.extract("On 30 April 2020, 5 civilians (2 men, 2 women, and 1 child) were killed in Ariha.",
                               published="2020-05-09")
    k = result.mentions[result.primary].casualties.killed  # type: ignore[index]
    assert k is not None and (k.low, k.high, k.women, k.children) == (5, 5, 2, 1)


def test_another_time_is_not_added(extractor: Extractor) -> None:
    text = ("On 3 May 2020, 5 civilians were killed in Ariha. A day after 100 were killed in Aleppo, "
            "five others were killed near Damascus.")
    assert killed(extractor, text) == (5, 5)


@pytest.mark.parametrize("text", ["19 people were killed and injured in Ariha on Monday.",
                                  "Shelling on Ariha on Monday killed or wounded 19 people."])
def test_killed_and_injured_together_bound_both(extractor: Extractor, text: str) -> None:
    result = extractor.extract(text, published="2020-05-09")
    c = result.mentions[result.primary].casualties  # type: ignore[index]
    assert c.killed is not None and c.injured is not None
    assert (c.killed.low, c.killed.high) == (None, 19) and (c.injured.low, c.injured.high) == (None, 19)


def test_one_toll_told_twice_a_day_apart_is_one_incident(extractor: Extractor) -> None:
    # The headline's day is the report's ("AFP Friday 22 Jul 2016"), the body's the attack's ("on Thursday").
    text = ("Rebel tunnel blast killed 38 regime forces in Aleppo AFP Friday 22 Jul 2016. Rebels blew up a tunnel "
            "under a government position in Aleppo city, a monitor said Friday. The Observatory said 38 members of "
            "government forces were killed in the blast on Thursday.")
    result = extractor.extract(text)
    incidents = [m for m in result.mentions if m.kind == "incident" and m.casualties.killed is not None]
    assert len(incidents) == 1
    assert incidents[0].date is not None and incidents[0].date.start == "2016-07-21"


@pytest.mark.parametrize(("text", "total"), [
    # The other side's dead of the same clash add up, even in a sentence that repeats "killed".
    ("On 29 April 2020, 2 soldiers were killed following attacks by militants on check points in Ariha. "
     "According to local authorities, also 13 militants were killed.", 15),
    # Dead in other incidents or of another time are not added.
    ("On 4 October 2016, Russian jets pounded Aleppo killing 26 people. Fifteen others were killed in two more "
     "incidents of violence.", 26),
    ("On 4 October 2016, at least 35 people were killed in Ghouta. His son and 12 other militants were killed "
     "inside a tunnel.", 35),
])
def test_additions_only_of_the_same_event(extractor: Extractor, text: str, total: int) -> None:
    result = extractor.extract(text, published="2016-10-05")
    k = result.mentions[result.primary].casualties.killed  # type: ignore[index]
    assert k is not None and k.low == total


def test_one_toll_told_as_exact_and_as_a_bound_in_the_city_and_its_countryside_is_one(extractor: Extractor) -> None:
    text = ("Syrian Army Kills 40 al-Nusra Front Members in Damascus Ambush 02-09-2013. The army killed about 40 "
            "militants of the al-Nusra Front in an ambush near Rahibeh in Damascus countryside.")
    result = extractor.extract(text)
    tolls = [m.casualties.killed.low for m in result.mentions if m.kind == "incident" and m.casualties.killed]
    assert tolls == [40]


def test_a_toll_in_the_hundreds_dated_once_by_the_report_and_once_by_the_attack_is_one(extractor: Extractor) -> None:
    text = ("Evidence suggests government forces were responsible for a poison gas attack that killed more than 1400 "
            "people, Human Rights Watch said on Tuesday. The chemical weapons attack near Damascus on August 21 killed "
            "more than 1400 people.")
    result = extractor.extract(text, published="2013-09-10")
    incidents = [m for m in result.mentions if m.kind == "incident" and m.casualties.killed]
    assert len(incidents) == 1 and incidents[0].date is not None and incidents[0].date.start == "2013-08-21"
