"""Phrasings of monitor releases that the parallel English/Arabic set (checklist_parallel.py) found misread: each
reading pinned on its own sentence, so a regression names the phrasing."""

from __future__ import annotations

import pytest

from harmledger.extract import Extractor
from harmledger.schema import DocumentExtraction, Mention

PUBLISHED = "2021-03-17"  # a Wednesday


def extract(extractor: Extractor, text: str) -> DocumentExtraction:
    return extractor.extract(text, published=PUBLISHED)


def lead(extractor: Extractor, text: str) -> Mention:
    result = extract(extractor, text)
    assert result.primary is not None, text
    return result.mentions[result.primary]


@pytest.mark.parametrize(("text", "low", "high"), [
    ("Between seven and twelve civilians were killed in Zabadani.", 7, 12),
    ("Shelling killed between twenty-five and twenty-eight civilians in Deir Hafer.", 25, 28),
    ("The death toll in al-Hirak stands at between ten and eighteen.", 10, 18),
    ("Two hundred and twelve people were killed in the offensive on Monday.", 212, 212),
])
def test_number_words_joined_by_and(extractor: Extractor, text: str, low: int, high: int) -> None:
    killed = lead(extractor, text).casualties.killed
    assert killed is not None and (killed.low, killed.high) == (low, high)


@pytest.mark.parametrize(("text", "total", "children", "women"), [
    ("Twenty-one civilians, 8 children and 3 women among them, were killed in the shelling of Mhambal.", 21, 8, 3),
    ("Sixteen civilians were killed in Taybat al-Imam, six of whom were children.", 16, 6, None),
    ("The victims of the strike on the village of Mhambal were 17 civilians, among them a child and a woman.", 17, 1, 1),
])
def test_parts_named_after_the_figure(extractor: Extractor, text: str, total: int, children: int | None,
                                      women: int | None) -> None:
    killed = lead(extractor, text).casualties.killed
    assert killed is not None and killed.low == total
    assert (killed.children, killed.women) == (children, women)


def test_fell_victim_is_a_death(extractor: Extractor) -> None:
    m = lead(extractor, "4 civilians fell victim to the strike on Mhambal, and 25 more were injured.")
    assert m.casualties.killed is not None and m.casualties.killed.low == 4
    assert m.casualties.injured is not None and m.casualties.injured.low == 25


@pytest.mark.parametrize("text", [
    "Nine people were killed in Haritan yesterday, bringing the number of civilians killed since the start of the "
    "year to 1,720.",
    "In total, 736 civilians have been killed in the province since the start of the year; on Monday, nine died in "
    "the village of Yabrud.",
])
def test_a_running_total_beside_the_days_toll(extractor: Extractor, text: str) -> None:
    result = extract(extractor, text)
    incidents = [m for m in result.mentions if m.kind == "incident"]
    assert len(incidents) == 1 and incidents[0].casualties.killed is not None
    assert incidents[0].casualties.killed.low == 9


@pytest.mark.parametrize(("text", "day"), [
    ("On Saturday, 13 February 2021, twenty-four civilians were killed in the town of Qatana.", "2021-02-13"),
    ("Twenty-four civilians were killed in Qatana on Saturday, 13 February 2021.", "2021-02-13"),
    ("11 civilians were killed the day before yesterday in al-Safira.", "2021-03-15"),
])
def test_dates(extractor: Extractor, text: str, day: str) -> None:
    date = lead(extractor, text).date
    assert date is not None and str(date.start) == day and str(date.end) == day


@pytest.mark.parametrize(("text", "code"), [
    ("22 civilians were killed at the hands of pro-regime militias in the city of Marea.", "SYR_GOV"),
    ("The Fourth Division bombed Tadif, killing 8 civilians.", "SYR_GOV"),
])
def test_perpetrators(extractor: Extractor, text: str, code: str) -> None:
    actors = lead(extractor, text).actors
    assert any(a.code == code and a.role == "perpetrator" for a in actors), actors


def test_cluster_rockets_are_cluster_munitions(extractor: Extractor) -> None:
    weapons = lead(extractor, "19 civilians were killed by cluster rockets in Qatana.").weapons
    assert {w.code for w in weapons} == {"cluster_munition"}


@pytest.mark.parametrize(("text", "low", "high"), [
    ("Nearly two dozen civilians were killed in Binnish.", None, 24),
    ("At least a dozen civilians were killed in Binnish.", 12, None),
    ("Half a dozen children were killed in Binnish on Monday.", 6, 6),
    ("The death toll could be as high as 50, medics said.", None, 50),
])
def test_dozens_and_ceilings(extractor: Extractor, text: str, low: int | None, high: int | None) -> None:
    killed = lead(extractor, text).casualties.killed
    assert killed is not None and (killed.low, killed.high) == (low, high)


@pytest.mark.parametrize("text", [
    "The civilian death toll for March stands at 310.",
    "At least 140 civilians were killed in the first week of the offensive.",
    "Over the past month, regime shelling killed 77 civilians in Idlib province.",
])
def test_totals_of_a_period_are_not_incidents(extractor: Extractor, text: str) -> None:
    result = extract(extractor, text)
    assert [m.kind for m in result.mentions if m.casualties.killed is not None] == ["aggregate"]


@pytest.mark.parametrize(("text", "code"), [
    ("Phosphorus bombs fell on Binnish, killing six.", "incendiary"),
    ("A thermobaric bomb killed six in Binnish.", "airstrike"),
])
def test_named_bombs(extractor: Extractor, text: str, code: str) -> None:
    assert {w.code for w in lead(extractor, text).weapons} == {code}


@pytest.mark.parametrize(("text", "total", "children"), [
    ("16 civilians were killed in Mzeireb, five of them children.", 16, 5),
    ("Regime forces killed 12 people, four of them children.", 12, 4),
])
def test_part_after_of_them(extractor: Extractor, text: str, total: int, children: int) -> None:
    killed = lead(extractor, text).casualties.killed
    assert killed is not None and (killed.low, killed.children) == (total, children)


@pytest.mark.parametrize(("text", "n"), [
    ("12 civilians were killed in the town of Tal Tamer yesterday, bringing this month's toll of civilian deaths "
     "to 3,138.", 12),
    ("The toll of the massacre in the town of Kafr Nobol has risen to 16 dead so far.", 16),
    ("The network documented the killing of 20 civilians in the village of Tal Tamer.", 20),
])
def test_one_attacks_toll_is_an_incident(extractor: Extractor, text: str, n: int) -> None:
    result = extract(extractor, text)
    assert [(m.kind, m.casualties.killed.low) for m in result.mentions if m.casualties.killed] == [("incident", n)]


@pytest.mark.parametrize("text", [
    "The network documented the killing of 575 civilians in the first half of the year.",
    "The war's toll has risen to 500,000 dead so far.",
])
def test_still_totals(extractor: Extractor, text: str) -> None:
    assert [m.kind for m in extract(extractor, text).mentions if m.casualties.killed] == ["aggregate"]


def test_a_lower_bound_after_the_count(extractor: Extractor) -> None:
    killed = lead(extractor, "54 civilians at the very least were killed in the village of Mzeireb.").casualties.killed
    assert killed is not None and (killed.low, killed.high) == (54, None)


@pytest.mark.parametrize(("text", "code"), [
    ("8 civilians died at the hands of the Fifth Corps in the village of Tal Tamer.", "SYR_GOV"),
    ("8 civilians were killed in attacks launched by the Hamza Division on the town of Tal Tamer.", "OPPOSITION"),
])
def test_more_units(extractor: Extractor, text: str, code: str) -> None:
    assert any(a.code == code and a.role == "perpetrator" for a in lead(extractor, text).actors)


def test_civil_defence_post(extractor: Extractor) -> None:
    text = "13 civilians were killed when a civil defence post in the village of Tal Tamer was targeted."
    assert {t.code for t in lead(extractor, text).targets} == {"civil_defense"}


# tune4 (checklist_parallel_tune4.py): phrasings found misread by the English-first half written for breadth.


@pytest.mark.parametrize(("text", "low", "high"), [
    ("Seven or eight civilians were killed in the village of Akhtarin.", 7, 8),
    ("12 or 13 civilians were killed in Khanasir.", 12, 13),
    ("An airstrike on Harbinafsah left a death toll exceeding 30 civilians.", 30, None),
    ("The death toll surpassed 40 in Kafr Batna, with dozens injured.", 40, None),
])
def test_or_ranges_and_tolls_exceeding(extractor: Extractor, text: str, low: int, high: int | None) -> None:
    killed = lead(extractor, text).casualties.killed
    assert killed is not None and (killed.low, killed.high) == (low, high)


def test_or_joins_only_neighbouring_figures(extractor: Extractor) -> None:
    killed = lead(extractor, "Five or 50 civilians were killed in Khanasir.").casualties.killed
    assert killed is not None and killed.low != 5


@pytest.mark.parametrize(("text", "total", "children", "women"), [
    ("The shelling of Khanasir killed 17 civilians: seven children, three women and seven men.", 17, 7, 3),
    ("The shelling of Khanasir killed 17 civilians, including 7 children, 3 women and 7 men.", 17, 7, 3),
    ("24 civilians were killed in Akhtarin. The dead include five children and 5 women.", 24, 5, 5),
    ("Thirteen people were killed in Kafr Batna, among them 4 women and a child.", 13, 1, 4),
    ("Thirteen people were killed in Kafr Batna, including a child and a woman.", 13, 1, 1),
    ("Children make up nine of the twenty-one civilians killed in Kafr Batna.", 21, 9, None),
    ("Eleven civilians were killed in Khanasir. Five of the dead were children.", 11, 5, None),
    ("24 civilians were killed in Akhtarin, among them children (5) and women (3).", 24, 5, 3),
    ("The toll from the strike on a maternity hospital in Kafr Batna has risen to 16, including 4 newborns.", 16, 4,
     None),
])
def test_more_ways_of_naming_the_parts(extractor: Extractor, text: str, total: int, children: int | None,
                                       women: int | None) -> None:
    killed = lead(extractor, text).casualties.killed
    assert killed is not None and killed.low == total
    assert (killed.children, killed.women) == (children, women)


@pytest.mark.parametrize(("text", "code", "role"), [
    ("Fighters of Hurras al-Din opened fire on civilians in Khanasir, killing 30.", "HTS", "perpetrator"),
    ("Members of the Quds Brigade opened fire on civilians in Akhtarin, killing 9.", "SYR_GOV", "perpetrator"),
    ("Airstrikes killed 20 fighters of Hurras al-Din in Khanasir.", "HTS", "target"),
    ("Ten civilians were killed in shelling by units of the Levant Front on Kafr Batna.", "OPPOSITION", "perpetrator"),
    ("Pro-Turkish factions shelled Akhtarin, killing 5 civilians.", "OPPOSITION", "perpetrator"),
    ("Fighters of the Fatemiyoun Brigade stormed Khanasir, killing 19 civilians.", "IRN", "perpetrator"),
    ("The Desert Hawks Brigade shelled Harbinafsah, killing 6 civilians.", "SYR_GOV", "perpetrator"),
    ("Faylaq al-Rahman shelled Kafr Batna, killing 4 civilians.", "OPPOSITION", "perpetrator"),
])
def test_sides_named_by_their_units(extractor: Extractor, text: str, code: str, role: str) -> None:
    assert any(a.code == code and a.role == role for a in lead(extractor, text).actors), text


@pytest.mark.parametrize(("text", "admin1"), [
    ("Eighteen civilians were killed in an Israeli air raid on Kafr Batna.", "Rural Damascus"),
    ("Russia's bombing of the village of Khan Arnabah killed 17 civilians.", "Quneitra"),
    ("Sixteen civilians were killed in an attack by Iranian-affiliated militias on Suluk.", "Raqqa"),
    ("39 civilians were killed in the village of Harbinafsah in airstrikes conducted by Israel.", "Hama"),
    ("28 civilians were killed in joint Russian and regime airstrikes on Kafr Batna.", "Rural Damascus"),
])
def test_a_foreign_side_does_not_move_the_village_abroad(extractor: Extractor, text: str, admin1: str) -> None:
    places = [p for p in lead(extractor, text).places if p.resolved is not None]
    assert places and places[0].resolved is not None and places[0].resolved.admin1 == admin1, places


def test_machine_guns(extractor: Extractor) -> None:
    text = "Regime forces fired heavy machine guns at Akhtarin, killing 25 civilians."
    assert "small_arms" in {w.code for w in lead(extractor, text).weapons}


@pytest.mark.parametrize("text", [
    "Seventeen civilians were killed in Khanasir on Tuesday. In January alone, the network documented 816 civilian "
    "deaths.",
    "784 civilians killed in Syria in March, monitor says. The deadliest attack, on Akhtarin, killed six.",
])
def test_a_months_count_beside_the_days_toll(extractor: Extractor, text: str) -> None:
    result = extract(extractor, text)
    incidents = [m.casualties.killed.low for m in result.mentions if m.kind == "incident" and m.casualties.killed]
    assert len(incidents) == 1 and incidents[0] < 100, result.mentions


@pytest.mark.parametrize(("text", "code"), [
    ("Nine civilians were killed when a Russian Su-24 bombed Khanasir.", "RUS"),
    ("Syrian MiG-23s struck Akhtarin, killing 6 civilians.", "SYR_GOV"),
])
def test_aircraft_by_model(extractor: Extractor, text: str, code: str) -> None:
    m = lead(extractor, text)
    assert "airstrike" in {w.code for w in m.weapons}
    assert any(a.code == code and a.role == "perpetrator" for a in m.actors)
    assert [p.resolved.admin1 for p in m.places if p.resolved] == ["Aleppo"]


@pytest.mark.parametrize(("text", "low", "high"), [
    ("The number of civilians killed in Dreikish is no more than fourteen.", None, 14),
    ("Thirty-two civilians at most were killed in the town of Dreikish.", None, 32),
])
def test_ceilings_after_a_toll_or_the_count(extractor: Extractor, text: str, low: int | None, high: int | None) -> None:
    killed = lead(extractor, text).casualties.killed
    assert killed is not None and (killed.low, killed.high) == (low, high)


def test_a_deadliest_month_clause_is_the_total(extractor: Extractor) -> None:
    result = extract(extractor, "Twelve civilians were killed in Binnish yesterday, in the deadliest month this year "
                                "with 1,078 dead.")
    assert [(m.kind, m.casualties.killed.low) for m in result.mentions if m.casualties.killed] == [
        ("incident", 12), ("aggregate", 1078)]


@pytest.mark.parametrize(("text", "code"), [
    ("Twenty civilians were killed in shelling on the part of the Russian Aerospace Forces on Babella.", "RUS"),
    ("Thirteen civilians were killed in a raid by the Wagner Group on Darbasiyah.", "RUS"),
    ("Twenty-seven civilians were killed in shelling on the part of the Islamic Revolutionary Guard Corps on "
     "Salkhad.", "IRN"),
])
def test_on_the_part_of_and_more_sides(extractor: Extractor, text: str, code: str) -> None:
    m = lead(extractor, text)
    assert any(a.code == code and a.role == "perpetrator" for a in m.actors)
    assert any(p.resolved is not None for p in m.places)  # a foreign side is no evidence against the town


@pytest.mark.parametrize(("text", "kind", "code"), [
    ("The town of Safita was struck with an Iskander missile; eleven civilians were killed.", "weapons",
     "ballistic_missile"),
    ("Warplanes targeted a prayer hall in Shahba, killing 5 civilians.", "targets", "place_of_worship"),
    ("Warplanes targeted a pharmacy in Safita, killing six civilians.", "targets", "medical"),
    ("Warplanes targeted an electricity substation in Thiban, killing six civilians.", "targets", "water_power"),
])
def test_more_weapons_and_targets(extractor: Extractor, text: str, kind: str, code: str) -> None:
    assert code in {h.code for h in getattr(lead(extractor, text), kind)}
