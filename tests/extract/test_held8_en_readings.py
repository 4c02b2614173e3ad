"""English readings found by held8's tuning: "ended the lives of N" as a death, "a few hours ago" and "minutes
ago" as the day of publication, blame "pinned on" a side, a part of the dead named after the toll ("and five of
the dead were children") that is no wider total, and children named by their age after "of them" ("four of them
were younger than 18"). Places, figures and names are other than held8's, and each reading has its negative."""

from __future__ import annotations

import pytest

from harmledger.extract import Extractor
from harmledger.extract.components._context import is_blamed

from .readings import PUBLISHED
from .readings import killed_low as _killed
from .readings import perpetrators as _perpetrators
from .readings import primary as _primary


def _children(extractor: Extractor, text: str) -> int | None:
    killed = _primary(extractor, text).casualties.killed
    return killed.children if killed else None


@pytest.mark.parametrize("text, killed", [
    ("The shelling of Jisr al-Shughur ended the lives of 12 civilians.", 12),
    ("An air strike on Ariha ended the lives of seven people.", 7),
    ("The raids, which ended the lives of 9 civilians in Saraqib, were condemned.", 9),
    ("A car bomb in Azaz, ending the lives of twenty-three civilians, shook the town.", 23),
])
def test_ending_lives_is_a_death(extractor: Extractor, text: str, killed: int) -> None:
    assert _killed(extractor, text) == killed


def test_ended_without_lives_of_is_no_death(extractor: Extractor) -> None:
    text = "Shelling on Douma ended in the evening and the lives of 40 families returned to normal."
    assert _killed(extractor, text) is None


@pytest.mark.parametrize("text", [
    "Nine people were killed in a strike on Saraqib a few hours ago.",
    "An hour ago, shelling killed 4 civilians in Ariha.",
    "Three civilians died in Binnish minutes ago after a drone strike.",
    "Two civilians were killed in Maarat al-Numan several hours ago.",
])
def test_hours_ago_is_the_day_of_publication(extractor: Extractor, text: str) -> None:
    date = _primary(extractor, text).date
    assert date is not None and (date.start, date.end) == ("2022-11-18", "2022-11-18")


def test_days_ago_is_still_days_back(extractor: Extractor) -> None:
    date = _primary(extractor, "Five civilians were killed in Douma three days ago.").date
    assert date is not None and date.start == "2022-11-15"


@pytest.mark.parametrize("text, side", [
    ("Eleven civilians were killed in Saraqib in an attack that residents pinned on Hayat Tahrir al-Sham.", "HTS"),
    ("Activists pinned the blame on Russian warplanes for the strike that killed 8 civilians in Ariha.", "RUS"),
    ("Local sources laid the blame on the Turkish army for the shelling that killed 5 civilians in Tal Rifaat.",
     "TUR"),
])
def test_blame_pinned_or_laid_on_a_side(extractor: Extractor, text: str, side: str) -> None:
    assert side in _perpetrators(extractor, text)


@pytest.mark.parametrize("text, blamed", [
    ("an attack that residents pinned on the regime forces", True),
    ("activists pinned the blame on the regime forces", True),
    ("opposition fighters pinned down the regime forces", False),
    ("a poster pinned to the wall named the regime forces", False),
])
def test_pinned_blames_only_on_a_side(text: str, blamed: bool) -> None:
    start = text.index("the regime")
    assert is_blamed(text, start, len(text)) is blamed


@pytest.mark.parametrize("text, killed, children", [
    ("Twelve civilians were killed in Saraqib, and five of the dead were children.", 12, 5),
    ("23 civilians were killed in the town of Ariha, and 9 of the dead were children.", 23, 9),
])
def test_part_of_the_dead_after_the_toll_is_no_total(extractor: Extractor, text: str, killed: int,
                                                      children: int) -> None:
    report = extractor.extract(text, published=PUBLISHED)
    incidents = [m for m in report.mentions if m.kind == "incident"]
    assert len(incidents) == 1
    assert incidents[0].casualties.killed is not None
    assert (incidents[0].casualties.killed.low, incidents[0].casualties.killed.children) == (killed, children)


def test_share_of_all_the_dead_since_stays_a_total(extractor: Extractor) -> None:
    text = "Since 2011, the war has killed 350,000 people across Syria, and 60 percent of the dead were civilians."
    report = extractor.extract(text, published=PUBLISHED)
    assert not any(m.kind == "incident" for m in report.mentions)


@pytest.mark.parametrize("text", [
    "Twelve civilians were killed in Saraqib; five of them were younger than eighteen.",
    "Twelve civilians were killed in Saraqib, five of them under 18.",
    "Twelve civilians were killed in Saraqib; five of them were under the age of 18.",
    "Twelve civilians were killed in Saraqib, five of whom were below the age of eighteen.",
])
def test_children_named_by_age_after_of_them(extractor: Extractor, text: str) -> None:
    assert _children(extractor, text) == 5


def test_an_older_age_is_no_child(extractor: Extractor) -> None:
    assert _children(extractor, "Twelve civilians were killed in Saraqib; five of them were older than sixty.") is None


def _bounds(extractor: Extractor, text: str) -> tuple[int | None, int | None] | None:
    killed = _primary(extractor, text).casualties.killed
    return (killed.low, killed.high) if killed else None


@pytest.mark.parametrize("text, bounds", [
    ("The civilian toll in Ariha cannot be lower than 23 dead, rescuers said.", (23, None)),
    ("The death toll in Saraqib cannot be lower than fifteen, activists said.", (15, None)),
    ("The death toll in Saraqib could not be lower than 15, activists said.", (15, None)),
    ("The death toll from the shelling of Douma rose above thirty on Sunday.", (30, None)),
    ("The number of people killed in Douma climbed above 30.", (30, None)),
    ("The number of civilians killed in Binnish has risen above 20.", (20, None)),
])
def test_floors_said_as_a_negated_lower_or_a_rise_above(extractor: Extractor, text: str,
                                                         bounds: tuple[int, None]) -> None:
    assert _bounds(extractor, text) == bounds


@pytest.mark.parametrize("text, bounds", [
    ("The toll from the strike in Ariha did not rise above 12.", (None, 12)),
    ("The death toll in Saraqib is 14.", (14, 14)),
])
def test_ceilings_and_exact_tolls_stay(extractor: Extractor, text: str, bounds: tuple[int | None, int]) -> None:
    assert _bounds(extractor, text) == bounds


def test_prices_rising_above_are_no_toll(extractor: Extractor) -> None:
    assert _bounds(extractor, "Prices in Saraqib rose above 30 dollars.") is None


@pytest.mark.parametrize("text, bounds", [
    ("The lowest estimate puts the civilian toll in Saraqib at 35 dead.", (35, None)),
    ("The most conservative count puts the overall toll in the village of Binnish at 19.", (19, None)),
    ("The highest estimate puts the civilian toll in Ariha at 61.", (None, 61)),
    ("Monitors put the civilian toll in Douma at 14.", (14, 14)),
])
def test_an_estimate_putting_a_qualified_toll(extractor: Extractor, text: str,
                                              bounds: tuple[int | None, int | None]) -> None:
    assert _bounds(extractor, text) == bounds


@pytest.mark.parametrize("text, side", [
    ("Israeli Apache helicopters fired on a car in Quneitra, killing 3 civilians.", "ISR"),
    ("Israeli F-16 jets struck a site near Masyaf, killing 5 people.", "ISR"),
    ("Russian Ka-52 helicopters struck Kafr Nabl, killing 4 civilians.", "RUS"),
    ("Syrian Mi-8 helicopters dropped barrel bombs on Daraya, killing 9 civilians.", "SYR_GOV"),
    ("US Apache helicopters fired on a vehicle near Raqqa, killing 2 civilians.", "COALITION"),
])
def test_helicopters_and_jets_by_type_after_the_side(extractor: Extractor, text: str, side: str) -> None:
    assert side in _perpetrators(extractor, text)


def test_a_type_without_its_side_names_no_one(extractor: Extractor) -> None:
    text = "Witnesses saw Apache helicopters over Saraqib, where 5 civilians were killed."
    assert _perpetrators(extractor, text) == set()


@pytest.mark.parametrize("text, total", [
    ("8 civilians were killed in Ariha on Monday. In all, 120 civilians have been killed in the area in strikes "
     "this winter.", 120),
    ("Two civilians died in Binnish on Friday. Shelling has killed 75 civilians in the province over the summer.", 75),
    ("Five civilians were killed in Jisr al-Shughur on Sunday; raids killed 64 civilians there last spring.", 64),
])
def test_a_season_makes_a_toll_a_total(extractor: Extractor, text: str, total: int) -> None:
    report = extractor.extract(text, published=PUBLISHED)
    incidents = [m.casualties.killed.low for m in report.mentions if m.kind == "incident" and m.casualties.killed]
    assert total not in incidents and len(incidents) == 1


def test_the_fall_of_a_town_is_no_season(extractor: Extractor) -> None:
    text = "Nine civilians were killed in Ariha during the fall of the town to government forces."
    report = extractor.extract(text, published=PUBLISHED)
    assert [m.kind for m in report.mentions] == ["incident"]


@pytest.mark.parametrize("text, bounds", [
    ("At least 12 civilians were killed in Ariha, and the true figure may be as high as 20.", (12, 20)),
    ("At least 12 civilians were killed in Ariha, and the real toll could be as high as 20.", (12, 20)),
    ("At least 12 civilians were killed in Ariha; the actual number may reach 20.", (12, 20)),
    ("No fewer than 9 people died in Saraqib, but the final toll could rise to 25.", (9, 25)),
])
def test_a_ceiling_said_after_a_floored_toll(extractor: Extractor, text: str, bounds: tuple[int, int]) -> None:
    assert _bounds(extractor, text) == bounds


@pytest.mark.parametrize("text, bounds", [
    ("12 civilians were killed in Ariha, and the true figure may be as high as 20.", (12, 12)),
    ("At least 12 civilians were killed in Ariha, and the true number of injured may be as high as 40.", (12, None)),
    ("At least 12 civilians were killed in Ariha, and 20 were injured.", (12, None)),
])
def test_no_ceiling_for_an_exact_toll_or_another_group(extractor: Extractor, text: str,
                                                       bounds: tuple[int, int | None]) -> None:
    assert _bounds(extractor, text) == bounds


@pytest.mark.parametrize("text, bounds", [
    ("Sources differ on the civilian toll in Ariha, putting it between 14 and 19.", (14, 19)),
    ("Accounts differ over the death toll in the town of Saraqib, placing it between 8 and 11.", (8, 11)),
    ("Medics gave a death toll in Jisr al-Shughur, putting it at around 30.", (30, 30)),
])
def test_a_toll_named_then_put_as_it(extractor: Extractor, text: str, bounds: tuple[int, int]) -> None:
    assert _bounds(extractor, text) == bounds


def test_putting_it_without_a_toll_counts_nothing(extractor: Extractor) -> None:
    text = "The council met in Ariha, putting it between 14 and 19 hours behind schedule."
    assert _bounds(extractor, text) is None


@pytest.mark.parametrize("text, killed, children", [
    ("A family of 7, 3 of them children, was wiped out when a shell hit their house in Ariha.", 7, 3),
    ("A family of seven was wiped out in an air strike on Saraqib.", 7, None),
    ("Eleven members of one family were wiped out in a raid on Binnish.", 11, None),
])
def test_a_family_wiped_out_is_its_dead(extractor: Extractor, text: str, killed: int, children: int | None) -> None:
    count = _primary(extractor, text).casualties.killed
    assert count is not None and (count.low, count.children) == (killed, children)


@pytest.mark.parametrize("text", [
    "The strike wiped out 3 tanks near Saraqib.",
    "The offensive wiped out 40 years of development in Ariha.",
])
def test_things_wiped_out_are_no_dead(extractor: Extractor, text: str) -> None:
    assert _killed(extractor, text) is None


def _admin1(extractor: Extractor, text: str) -> str | None:
    places = _primary(extractor, text).places
    resolved = places[0].resolved if places else None
    return getattr(resolved, "admin1", None)


@pytest.mark.parametrize("text, admin1", [
    ("Israeli Apache helicopters fired on a car in the town of Qarayya, killing 5 civilians.", "Sweida"),
    ("Israeli F-16 jets struck the village of Tabni, killing 4 civilians.", "Deir ez-Zor"),
    ("Russian Ka-52 helicopters struck Tabni, killing 4 civilians.", "Deir ez-Zor"),
])
def test_a_side_named_with_its_aircraft_type_is_no_country_of_the_place(extractor: Extractor, text: str,
                                                                         admin1: str) -> None:
    assert _admin1(extractor, text) == admin1
