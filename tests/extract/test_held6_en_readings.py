"""English readings found by held6's tuning: the wounded carried out of the place a strike hit and people killed
as they fled a place (that place is the attack's, not only their origin), "liquidated" as a killing verb, the
kind of a foreign force between its demonym and the force ("Russian long-range bombers"), homemade and leftover
munitions, and armed groups of the war named by their brigade or military council. Places, figures and names are
other than held6's, and each reading has its negative: the narrower wording it must leave alone."""

from __future__ import annotations

import pytest

from harmledger.extract import Extractor

from .readings import bounds as _bounds
from .readings import killed as _killed
from .readings import perpetrators as _perpetrators
from .readings import primary as _primary
from .readings import targets as _targets
from .readings import weapons as _weapons


def _places(extractor: Extractor, text: str) -> set[str]:
    return {p.name for p in _primary(extractor, text).places}


# -- the wounded carried out of the place hit, people killed as they fled it -----------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Paramedics evacuated 17 wounded from Ariha after the raid, which killed 4 civilians.", "Ariha"),
        ("White Helmets pulled the bodies of six people from the rubble in Saraqib after the strike.", "Saraqib"),
        ("Ambulances carried the injured from the town of Darkush after shelling killed 2 civilians.", "Darkush"),
        ("Eleven civilians were killed while fleeing from Kafr Nabl towards the border.", "Kafr Nabl"),
        ("Three displaced people were shot dead as they tried to flee from Tafas.", "Tafas"),
        ("Five civilians were killed when they were escaping from Atarib.", "Atarib"),
    ],
)
def test_place_left_by_the_hurt_or_the_fleeing_is_the_attacks(extractor: Extractor, text: str, place: str) -> None:
    assert place in _places(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Buses carrying residents evacuated from Ariha were hit in Idlib, killing 4 civilians.",
        "Families displaced from Kafr Nabl were killed in an airstrike on Atarib, killing 5 civilians.",
    ],
)
def test_place_people_only_came_from_is_still_no_attack_place(extractor: Extractor, text: str) -> None:
    places = _places(extractor, text)
    assert "Ariha" not in places and "Kafr Nabl" not in places


# -- "liquidated": a killing verb, and its agent the side that killed --------------------------------------------


@pytest.mark.parametrize(
    ("text", "n", "code"),
    [
        ("Fatemiyoun fighters liquidated 6 detainees in Douma, the monitor said.", 6, "IRN"),
        ("The Syrian regime liquidated eleven prisoners in Saydnaya.", 11, "SYR_GOV"),
        ("IS militants were liquidating 3 shepherds near Palmyra, activists said.", 3, "ISIS"),
    ],
)
def test_liquidated_is_killed_by_its_agent(extractor: Extractor, text: str, n: int, code: str) -> None:
    killed = _killed(extractor, text)
    assert killed is not None and killed.low == n
    assert code in _perpetrators(extractor, text)
    assert "execution" in _weapons(extractor, text)


def test_executed_then_reported_keeps_the_agent(extractor: Extractor) -> None:
    # "X executed N ..., SOHR said": the report verb belongs to SOHR, the killing to X.
    assert "SYR_GOV" in _perpetrators(extractor, "Regime forces executed 4 young men in Tafas, SOHR said.")


def test_a_side_that_only_reports_is_still_a_source(extractor: Extractor) -> None:
    text = "Russia said 7 militants were killed in Ariha."
    assert "RUS" not in _perpetrators(extractor, text)


# -- a foreign force with its kind between demonym and force ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Russian strategic bombers struck Kafr Nabl, killing 3 civilians.",
        "Turkish heavy artillery shelled Darkush, killing 3 civilians.",
    ],
)
def test_kind_of_foreign_force_keeps_the_syrian_place(extractor: Extractor, text: str) -> None:
    assert _places(extractor, text) & {"Kafr Nabl", "Darkush"}


def test_russian_long_range_bombers_are_russia(extractor: Extractor) -> None:
    text = "Russian long-range bombers pounded the town of Atarib, killing 9 civilians."
    assert "RUS" in _perpetrators(extractor, text)
    assert "Atarib" in _places(extractor, text)


# -- homemade and leftover munitions ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("A homemade bomb left near a bakery killed 2 civilians in Azaz.", "ied"),
        ("Home-made bombs went off in a market in Jarablus, killing 6 people.", "ied"),
        ("Two children were killed in Douma when an unexploded shell went off.", "landmine_erw"),
        ("A leftover shell exploded in a field near Tafas, killing a shepherd.", "landmine_erw"),
        ("An unexploded rocket killed three boys in Kafr Nabl.", "landmine_erw"),
    ],
)
def test_homemade_and_leftover_munitions(extractor: Extractor, text: str, code: str) -> None:
    assert code in _weapons(extractor, text)


def test_a_shell_that_was_fired_is_no_leftover(extractor: Extractor) -> None:
    weapons = _weapons(extractor, "An artillery shell killed two children in Douma.")
    assert "landmine_erw" not in weapons


# -- armed groups named by their brigade or military council ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The al-Baqir Brigade shelled Khan Shaykhun, killing 5 civilians.", "IRN"),
        ("Fighters of the Deir ez-Zor Military Council shot dead two men in Hajin.", "SDF"),
        ("The Raqqa Military Council stormed a house in Tabqa, killing 3 civilians.", "SDF"),
        ("The Baath Brigade shelled Atarib, killing 4 civilians.", "SYR_GOV"),
    ],
)
def test_armed_groups_by_brigade_or_council(extractor: Extractor, text: str, code: str) -> None:
    assert code in _perpetrators(extractor, text)


def test_a_town_council_is_no_armed_group(extractor: Extractor) -> None:
    assert _perpetrators(extractor, "The Manbij local council said 4 civilians were killed in shelling.") == set()


# -- what was hit: medical sites by their service, Shia and Christian sites, power works, tankers ----------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("An airstrike hit a vaccination center in Ariha, killing 3 civilians.", "medical"),
        ("Shelling damaged a primary healthcare centre in Tafas, killing 2 people.", "medical"),
        ("A rocket struck a husseiniyah in Nubl, killing 4 worshippers.", "place_of_worship"),
        ("Two monks were killed when shells hit a monastery near Maaloula.", "place_of_worship"),
        ("An electricity transformer in Douma was destroyed by a strike that killed 5 civilians.", "water_power"),
        ("Drones hit a pumping station in Atarib, killing 2 workers.", "water_power"),
        ("A water tanker was hit by a drone near Azaz, killing its driver.", "vehicle"),
        ("A drone struck two fuel tankers near Jarablus, killing 3 drivers.", "vehicle"),
    ],
)
def test_target_families(extractor: Extractor, text: str, code: str) -> None:
    assert code in _targets(extractor, text)


def test_a_tank_is_no_tanker(extractor: Extractor) -> None:
    assert "vehicle" not in _targets(extractor, "A tank shell killed 3 civilians in Douma.")


# -- bounds: a floor said after the figure, a toll that passed or came close to a figure ------------------------


@pytest.mark.parametrize(
    ("text", "bounds"),
    [
        ("Seventeen civilians, if not more, died in the shelling of Ariha.", (17, None)),
        ("Shelling on Atarib killed 9 people or more.", (9, None)),
        ("Airstrikes killed 23 civilians, and possibly more, in Douma, activists said.", (23, None)),
        ("The number of people killed in Saraqib has passed 40.", (40, None)),
        ("The death toll in Tafas went past 18.", (18, None)),
        ("The number of civilians killed in Darkush came close to 30.", (None, 30)),
        ("The toll in Azaz neared 12.", (None, 12)),
    ],
)
def test_bounds_said_after_or_by_the_verb(extractor: Extractor, text: str,
                                          bounds: tuple[int | None, int | None]) -> None:
    assert _bounds(extractor, text) == bounds


def test_a_figure_with_no_floor_after_it_stays_exact(extractor: Extractor) -> None:
    assert _bounds(extractor, "Seventeen civilians died in the shelling of Ariha, and more were wounded.") == (17, 17)


def test_a_convoy_that_passed_is_no_toll(extractor: Extractor) -> None:
    assert _killed(extractor, "A convoy passed 3 checkpoints near Azaz.") is None


# -- sub-groups after a verb that breaks the dead down ("comprised", "included", "consisted of") -----------------


@pytest.mark.parametrize(
    ("text", "children", "women"),
    [
        ("The 11 people killed in Ariha comprised 4 children, 2 women and 5 men.", 4, 2),
        ("The nine victims of the strike on Atarib included three children and two women.", 3, 2),
        ("The 15 people killed in Douma consisted of 6 children and 3 women.", 6, 3),
        ("The 20 civilians killed in Tafas were made up of 8 children, 5 women and 7 men.", 8, 5),
    ],
)
def test_subgroups_after_a_breakdown_verb(extractor: Extractor, text: str, children: int, women: int) -> None:
    killed = _killed(extractor, text)
    assert killed is not None
    assert (killed.children, killed.women) == (children, women)


def test_an_attack_that_included_a_count_is_no_breakdown(extractor: Extractor) -> None:
    killed = _killed(extractor, "Shelling that included 40 rockets killed 5 civilians in Douma.")
    assert killed is not None and killed.low == 5 and killed.children is None


# -- a weekday of the week before publication's ("on Monday last week") -----------------------------------------
# PUBLISHED (18 November 2022) is a Friday: its week began on Monday 14, the week before on Monday 7.


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Nine civilians were killed in Ariha on Monday last week.", "2022-11-07"),
        ("Shelling killed 4 people in Tafas on Wednesday of the previous week.", "2022-11-09"),
        ("On Sunday last week, a drone killed 3 civilians in Atarib.", "2022-11-13"),
        ("A car bomb killed 6 people in Azaz on Friday of last week.", "2022-11-11"),
    ],
)
def test_weekday_of_the_week_before(extractor: Extractor, text: str, day: str) -> None:
    date = _primary(extractor, text).date
    assert date is not None and (date.start, date.end, date.precision) == (day, day, "day")


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Nine civilians were killed in Ariha on Monday.", "2022-11-14"),
        ("Nine civilians were killed in Ariha last Monday.", "2022-11-14"),
    ],
)
def test_a_weekday_alone_is_still_this_weeks(extractor: Extractor, text: str, day: str) -> None:
    date = _primary(extractor, text).date
    assert date is not None and (date.start, date.precision) == (day, "day")
