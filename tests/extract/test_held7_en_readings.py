"""English readings found by held7's tuning: ceilings, floors and estimates said in words ("does not go beyond N",
"30-plus", "in the region of N"), a later group of a breakdown joined by "along with",
twins as two,
"did not survive" as a death, guns of the artillery by their kind, warplanes named by their type after
the side's demonym, the National Front for Liberation and other rebel coalitions, buildings hit named by their kind
(institutes, Sufi lodges, tent settlements, fuel depots), and a sub-district whose namesake village lies far from its
centroid. Places, figures and names are other than held7's, and each reading has its negative."""

from __future__ import annotations

import pytest

from harmledger.extract import Extractor
from harmledger.geo.gazetteer import GazPlace
from harmledger.geo.ranking import Context, choose

from .readings import bounds as _bounds
from .readings import killed as _killed
from .readings import perpetrators as _perpetrators
from .readings import targets as _targets
from .readings import weapons as _weapons

# -- a ceiling or an estimate said in words ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "bounds"),
    [
        ("The civilian toll in Binnish does not go beyond 17 dead, activists said.", (None, 17)),
        ("The death toll in Saraqib did not go beyond nine, a medic said.", (None, 9)),
        ("The toll in Atarib has not gone beyond 14 dead, the monitor said.", (None, 14)),
    ],
)
def test_a_toll_that_does_not_go_beyond_is_a_ceiling(extractor: Extractor, text: str,
                                                     bounds: tuple[int | None, int | None]) -> None:
    assert _bounds(extractor, text) == bounds


@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("The number of people killed in Saraqib is in the region of 35.", 35),
        ("The number of civilians killed in Binnish is in the vicinity of forty.", 40),
    ],
)
def test_in_the_region_of_is_an_estimate(extractor: Extractor, text: str, n: int) -> None:
    bounds = _bounds(extractor, text)
    assert bounds is not None and n in bounds and set(bounds) <= {n, None}


def test_a_toll_that_went_beyond_is_still_a_floor(extractor: Extractor) -> None:
    # Only the negated verb is a ceiling: "went beyond" stays a floor or an exact figure, never a ceiling.
    assert _bounds(extractor, "The death toll in Binnish went beyond 20, activists said.") != (None, 20)


@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("30-plus civilians were killed in the town of Binnish.", 30),
        ("50+ people were killed in Saraqib, activists said.", 50),
        ("Twenty-plus civilians died in shelling on Atarib.", 20),
    ],
)
def test_a_figure_with_plus_glued_on_is_a_floor(extractor: Extractor, text: str, n: int) -> None:
    assert _bounds(extractor, text) == (n, None)


def test_plus_between_two_figures_is_no_floor(extractor: Extractor) -> None:
    assert _bounds(extractor, "Four fighters plus 3 civilians were killed in Atarib.") == (7, 7)


# -- "did not survive" ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("Nine civilians did not survive the airstrike on Binnish.", 9),
        ("12 people didn't survive the shelling of Atarib.", 12),
        ("Four children failed to survive the barrel bomb attack on Saraqib.", 4),
    ],
)
def test_did_not_survive_is_a_death(extractor: Extractor, text: str, n: int) -> None:
    killed = _killed(extractor, text)
    assert killed is not None and killed.low == n


def test_survived_is_no_death(extractor: Extractor) -> None:
    assert _killed(extractor, "Four civilians survived the strike on Binnish.") is None


# -- a later group of a breakdown joined by "along with" / "as well as" -----------------------------------------


@pytest.mark.parametrize(
    ("text", "children", "women"),
    [
        ("20 civilians were killed in Binnish; 5 children were among the dead, along with 6 women.", 5, 6),
        ("Eleven people were killed in Saraqib, among them four children as well as two women.", 4, 2),
        ("Nine people were killed in Atarib, including 3 children, along with 2 women.", 3, 2),
    ],
)
def test_along_with_joins_the_breakdown(extractor: Extractor, text: str, children: int, women: int) -> None:
    killed = _killed(extractor, text)
    assert killed is not None and (killed.children, killed.women) == (children, women)


def test_along_with_in_another_sentence_is_no_part(extractor: Extractor) -> None:
    text = "Eight people were killed in Binnish, including three children. Shelling along with airstrikes killed 4 women."
    killed = _killed(extractor, text)
    assert killed is not None and killed.women is None


@pytest.mark.parametrize(
    ("text", "children"),
    [
        ("Six civilians were killed in Binnish, including twin girls aged three.", 2),
        ("Twelve civilians were killed in Azaz, among them twin boys.", 2),
    ],
)
def test_twins_are_two(extractor: Extractor, text: str, children: int) -> None:
    killed = _killed(extractor, text)
    assert killed is not None and killed.children == children


def test_twin_blasts_do_not_count_people(extractor: Extractor) -> None:
    killed = _killed(extractor, "Twin blasts killed 9 people in Atarib.")
    assert killed is not None and (killed.low, killed.high) == (9, 9)


# -- guns of the artillery by their kind --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Three civilians were killed in Atarib in a bombardment by howitzers.",
        "Howitzer fire killed 5 people in Kafr Nabl.",
        "Field guns pounded Saraqib, killing 6 civilians.",
        "Self-propelled guns shelled Binnish, killing 2 civilians.",
    ],
)
def test_guns_by_their_kind_are_artillery(extractor: Extractor, text: str) -> None:
    assert "artillery" in _weapons(extractor, text)


def test_a_gunman_is_no_field_gun(extractor: Extractor) -> None:
    assert "artillery" not in _weapons(extractor, "A gunman killed 2 civilians in Binnish.")


# -- warplanes by their type after the side's demonym, rebel coalitions -------------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Russian Sukhoi warplanes struck Binnish, killing six people.", "RUS"),
        ("Russian Su-34 jets bombed Atarib, killing 11 civilians.", "RUS"),
        ("Syrian MiG warplanes hit Saraqib, killing 8 civilians.", "SYR_GOV"),
        ("Regime MiG jets bombed Kafr Nabl, killing 3 civilians.", "SYR_GOV"),
    ],
)
def test_warplanes_by_type_are_their_side(extractor: Extractor, text: str, code: str) -> None:
    assert code in _perpetrators(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen of the National Front for Liberation killed 4 civilians in Binnish.",
        "Eight civilians were killed in Atarib in an attack blamed on the National Liberation Front.",
        "Jaysh al-Ahrar fighters shelled Saraqib, killing 2 civilians.",
    ],
)
def test_rebel_coalitions_are_opposition(extractor: Extractor, text: str) -> None:
    assert "OPPOSITION" in _perpetrators(extractor, text)


def test_a_liberation_front_of_another_name_is_no_coalition(extractor: Extractor) -> None:
    text = "The Popular Front for the Liberation of Palestine said 3 civilians were killed in Yarmouk."
    assert "OPPOSITION" not in _perpetrators(extractor, text)


# -- buildings hit by their kind ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("A strike on a vocational school in Binnish killed 7 students.", "school"),
        ("Shells hit a technical institute in Saraqib, killing 3 students.", "school"),
        ("Shelling hit a zawiya in Atarib, killing 3 worshippers.", "place_of_worship"),
        ("An airstrike on a tent settlement near Sarmada killed 6 displaced people.", "idp_camp"),
        ("Drones hit an informal camp near Atmeh, killing 5 people.", "idp_camp"),
        ("An oil depot in Binnish was hit by drones, killing 2 workers.", "water_power"),
    ],
)
def test_buildings_by_their_kind(extractor: Extractor, text: str, code: str) -> None:
    assert code in _targets(extractor, text)


def test_a_settlement_agreement_is_no_camp(extractor: Extractor) -> None:
    text = "The settlement agreement did not stop the killing of 4 civilians in Tafas."
    assert "idp_camp" not in _targets(extractor, text)


# -- a sub-district and the village it is named after ------------------------------------------------------------


def _unit_and_village(admin3_village: str) -> list[GazPlace]:
    unit = GazPlace("ocha:SY990101", "Tell Qasr", "sub-district", 35.30, 37.80,
                    admin1="SY99", admin2="SY9901", admin3="SY990101")
    village = GazPlace("geonames:1", "Tal Qasr", "village", 35.30, 37.40,
                       admin1="SY99", admin2="SY9901", admin3=admin3_village)
    return [unit, village]


def test_a_village_inside_its_namesake_sub_district_is_no_tie() -> None:
    # The two points are ~36 km apart, but the village lies in the unit: one answer, in one governorate.
    picked = choose(_unit_and_village("SY990101"), "Tell Qasr", Context())
    assert picked is not None and picked.admin1 == "SY99"


def test_a_village_outside_the_sub_district_is_still_a_tie() -> None:
    assert choose(_unit_and_village("SY990102"), "Tell Qasr", Context()) is None
