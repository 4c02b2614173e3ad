"""English readings found by held5's tuning: deaths from wounds and lives taken, the bounds of a toll (a floor
and a ceiling of one figure, "does not exceed", "the dead now number", an estimate that "puts" the toll), people
named before their counted kin, a part named after its whole ("6 of the 11 killed were under 18"), a place hit
"for the second time this month", vehicle bombs by their vehicle, the state's intelligence branches and
Turkey's border forces, escalation verbs ("pressed its assault"), agents "by members of", and a demonym before
a church or a force that is no country of the report. Places, figures and names are other than held5's, and
each reading has its negative: the narrower wording it must leave alone."""

from __future__ import annotations

import pytest

from harmledger.extract import Extractor

from .readings import PUBLISHED
from .readings import bounds as _bounds
from .readings import killed as _killed
from .readings import perpetrators as _perpetrators
from .readings import primary as _primary
from .readings import weapons as _weapons

# -- deaths from wounds, lives taken ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("Nine civilians succumbed to their wounds in Ariha hospital.", 9),
        ("14 people succumbed to wounds they sustained in the bombing of Jisr al-Shughur.", 14),
        ("Three men succumbed to injuries sustained in a car bomb in Azaz.", 3),
        ("Five civilians died of their wounds in Douma.", 5),
        ("The raid on Atarib took the lives of 6 children.", 6),
        ("The bombardment of Douma cost the lives of twenty-one people.", 21),
        ("Four civilians were gunned down near Tafas.", 4),
    ],
)
def test_deaths_from_wounds_and_lives_taken(extractor: Extractor, text: str, n: int) -> None:
    killed = _killed(extractor, text)
    assert killed is not None and killed.low == n
    assert _primary(extractor, text).casualties.injured is None


def test_wounded_alone_are_still_injured(extractor: Extractor) -> None:
    mention = _primary(extractor, "Eleven civilians were wounded in Ariha.")
    assert mention.casualties.killed is None
    assert mention.casualties.injured is not None and mention.casualties.injured.low == 11


# -- bounds of one toll ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "bounds"),
    [
        ("At least 9 civilians, and possibly as many as 12, were killed in Ariha.", (9, 12)),
        ("At least nineteen people, and perhaps as many as twenty-five, died in Douma.", (19, 25)),
        ("No fewer than 20 and no more than 25 people died in Saraqib.", (20, 25)),
        ("The civilian toll in Douma does not exceed 15, the council said.", (None, 15)),
        ("The death toll in Tafas did not exceed forty.", (None, 40)),
        ("The number of dead in Tafas has not exceeded twenty, a doctor said.", (None, 20)),
        ("The dead in Ariha now number more than 20, rescuers say.", (20, None)),
        ("The victims in the village of Nawa number at least thirty, medics said.", (30, None)),
        ("The lowest estimate puts the number of civilians killed in Tafas at 30.", (30, None)),
        ("The most conservative count puts the toll in Ariha at 19.", (19, None)),
        ("The highest estimate puts the death toll in Jasim at 44.", (None, 44)),
        ("Activists put the number of civilians killed in Inkhil at 31.", (31, 31)),
    ],
)
def test_bounds_of_a_toll(extractor: Extractor, text: str, bounds: tuple[int | None, int | None]) -> None:
    assert _bounds(extractor, text) == bounds


@pytest.mark.parametrize(
    "text",
    [
        # A floor and a later ceiling of another group or place are two figures, not one range.
        "At least 9 civilians were killed and nearly 40 wounded in Ariha.",
        "At least 5 people were killed in Ariha and up to 12 in Douma.",
    ],
)
def test_floor_then_other_ceiling_is_no_range(extractor: Extractor, text: str) -> None:
    assert _bounds(extractor, text) in ((9, None), (5, None))


def test_number_as_a_label_is_no_toll(extractor: Extractor) -> None:
    # "number 4" labels a road; "the meeting was set at 5" sets no toll.
    assert _bounds(extractor, "Route number 4 was shelled, killing 3 civilians.") == (3, 3)
    assert _primary(extractor, "The meeting in Douma was set at 5 pm.").casualties.killed is None


# -- people named before their counted kin ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "killed", "children", "women"),
    [
        ("A man, his wife and their six children were killed when shells hit their house in Ariha.", 8, 6, 1),
        ("A woman and her three children were killed in an airstrike on Douma.", 4, 3, 1),
        ("A mother and her 2 children died when a rocket hit their home in Nawa.", 3, 2, 1),
    ],
)
def test_people_before_their_counted_kin(extractor: Extractor, text: str, killed: int, children: int,
                                         women: int) -> None:
    count = _killed(extractor, text)
    assert count is not None and count.low == killed
    assert count.children == children
    assert count.women == women


def test_people_without_a_count_of_kin_stay_as_they_were(extractor: Extractor) -> None:
    count = _killed(extractor, "A man and his son were killed in Ariha.")
    assert count is not None and count.low == 2
    count = _killed(extractor, "Three children and their mother were killed in Ariha.")
    assert count is not None and count.low == 4


# -- a part named after its whole --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "field", "n"),
    [
        ("6 of the 11 civilians killed in Douma were under the age of 18.", "children", 6),
        ("Four of the nine civilians killed in Ariha were under 18.", "children", 4),
        ("6 of the 13 civilians killed in Tafas were minors.", "children", 6),
        ("Three of the five people killed in Ariha were women.", "women", 3),
    ],
)
def test_part_named_after_its_whole(extractor: Extractor, text: str, field: str, n: int) -> None:
    count = _killed(extractor, text)
    assert count is not None and getattr(count, field) == n


def test_part_of_whole_with_no_group_named(extractor: Extractor) -> None:
    count = _killed(extractor, "6 of the 11 civilians killed in Douma were from one family.")
    assert count is not None and count.low == 11
    assert count.children is None and count.women is None


# -- a place hit again this month is one attack -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A bakery in Atarib was shelled for the second time this month, killing 7 civilians.",
        "The market in Douma was hit for the third time since January, killing 11 civilians.",
        "For the second time this month, warplanes bombed Ariha, killing 6 civilians.",
    ],
)
def test_hit_again_is_one_attack(extractor: Extractor, text: str) -> None:
    assert _primary(extractor, text).kind == "incident"


def test_a_period_without_repetition_is_still_a_total(extractor: Extractor) -> None:
    report = extractor.extract("Shelling has killed 340 civilians in Idlib this month.", published=PUBLISHED)
    assert [m.kind for m in report.mentions] == ["aggregate"]


# -- vehicle bombs by their vehicle ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A blast from a booby-trapped motorbike rocked Azaz, killing 5 civilians.",
        "A rigged van exploded near a bakery in Afrin, killing 12 people.",
        "A booby-trapped bus went off in Jarablus, killing 8 civilians.",
        "An explosive-laden tanker blew up in Manbij, killing 9 people.",
    ],
)
def test_vehicle_bombs_by_vehicle(extractor: Extractor, text: str) -> None:
    assert "car_bomb" in _weapons(extractor, text)


def test_booby_trapped_building_is_no_vehicle_bomb(extractor: Extractor) -> None:
    assert "car_bomb" not in _weapons(extractor, "A booby-trapped house collapsed in Raqqa, killing 3 civilians.")


# -- sides: intelligence branches, Turkey's border forces, escalation, "by members of" --------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Four civilians were killed by the State Security branch in Kafr Sousa.", "SYR_GOV"),
        ("Members of the Palestine Branch ambushed a group of civilians near Douma, killing 3 of them.", "SYR_GOV"),
        ("The Air Force Intelligence branch stepped up its shelling of Douma, killing 7 civilians.", "SYR_GOV"),
        ("Monitors said the Turkish border guards were behind the attack on Azaz that killed five civilians.", "TUR"),
        ("Twelve civilians were killed in Ariha by the Turkish gendarmerie.", "TUR"),
        ("9 civilians were killed as the Israeli army pressed its assault on Quneitra.", "ISR"),
        ("Five civilians were killed as regime forces stepped up their bombardment of Kafr Nabl.", "SYR_GOV"),
        ("14 civilians were gunned down by members of the Turkish border guards manning a checkpoint near Ariha.", "TUR"),
        ("5 civilians were gunned down by members of Russian military police manning a checkpoint near Tafas.", "RUS"),
    ],
)
def test_sides_that_struck(extractor: Extractor, text: str, code: str) -> None:
    assert code in _perpetrators(extractor, text)


def test_a_bare_state_security_is_no_syrian_branch(extractor: Extractor) -> None:
    # Other states have a "state security" too: only the branch names Syria's.
    assert _perpetrators(extractor, "State security officers arrested 4 people in Cairo.") == set()


def test_fighters_of_a_side_killed_are_still_the_side_hit(extractor: Extractor) -> None:
    roles = {(a.code, a.role) for a in _primary(extractor, "Eleven fighters of the Israeli army were killed.").actors}
    assert ("ISR", "target") in roles


# -- a demonym before a church or a force names no country of the report ----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "An Armenian church in Ariha was reduced to rubble by an airstrike that killed 9 civilians.",
        "A shell hit the Armenian Orthodox church in Tafas, killing 4 people.",
        "Twelve civilians were killed as the Turkish gendarmerie pressed its assault on Ariha.",
        "Russian warships fired missiles at Ariha, killing 4.",
    ],
)
def test_demonym_before_church_or_force_keeps_the_syrian_place(extractor: Extractor, text: str) -> None:
    places = {p.name for p in _primary(extractor, text).places}
    assert places & {"Ariha", "Tafas"}


# -- a short window over the whole country is a tally -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Seven civilians were killed in Douma today. In the past 48 hours, 31 civilians have been killed in Syria.",
        "Over the last 24 hours, 40 people were killed across the country, the monitor said.",
    ],
)
def test_short_window_over_the_country_is_a_total(extractor: Extractor, text: str) -> None:
    report = extractor.extract(text, published=PUBLISHED)
    assert not any(m.kind == "incident" and m.casualties.killed is not None and m.casualties.killed.low in (31, 40)
                   for m in report.mentions)


@pytest.mark.parametrize(
    "text",
    [
        # A short window over one place, or over attacks it names, is still one event.
        "In the past 48 hours, airstrikes on Ariha killed 12 civilians.",
        "Some 120 extremists were killed in a series of Russian air strikes in Syria over the past 24 hours.",
    ],
)
def test_short_window_of_one_place_or_named_attacks_is_one_event(extractor: Extractor, text: str) -> None:
    assert _primary(extractor, text).kind == "incident"


# -- one more count added after the toll's clause ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("9 children and 6 women were killed in Ariha, along with 3 men.", 18),
        ("Seven children were killed in Douma, together with two women.", 9),
        ("12 fighters were killed in clashes, in addition to 4 civilians.", 16),
    ],
)
def test_count_added_after_the_clause(extractor: Extractor, text: str, killed: int) -> None:
    count = _killed(extractor, text)
    assert count is not None and count.low == killed


def test_added_count_of_another_group_is_not_summed(extractor: Extractor) -> None:
    mention = _primary(extractor, "Five soldiers were killed in Ariha, along with 3 wounded.")
    killed, injured = mention.casualties.killed, mention.casualties.injured
    assert killed is not None and killed.low == 5
    assert injured is not None and injured.low == 3


# -- a group among the dead named before its figure -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "children", "women"),
    [
        ("Fifteen civilians were killed in Douma; the children among them numbered 6 and the women 5.", 6, 5),
        ("21 people were killed in Ariha; the women among the dead numbered four, and the children seven.", 7, 4),
        ("20 civilians were killed in Tafas; the children among them numbered 8.", 8, None),
    ],
)
def test_group_among_the_dead_numbered(extractor: Extractor, text: str, children: int | None,
                                       women: int | None) -> None:
    count = _killed(extractor, text)
    assert count is not None and (count.children, count.women) == (children, women)


def test_men_among_the_dead_are_no_subgroup(extractor: Extractor) -> None:
    count = _killed(extractor, "Twelve civilians were killed in Douma; the men among them numbered 6.")
    assert count is not None and count.low == 12 and count.children is None and count.women is None
