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
