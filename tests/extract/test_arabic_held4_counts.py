"""The Arabic count and date readings the parallel set's ``held4`` half asked for once it became a tuned half,
each on sentences of other places and figures (سراقب، أريحا، كفرنبل) with negatives: a place that "lost N of
its sons/residents" ("فقدت"، "خسرت"، "ودعت" ... "من أبنائها/سكانها/أهلها"), a figure before a word that only
starts like a month ("7 من أبنائها" is no 7 August), a day "of this month" or "of last month", sub-groups
"among" a toll ("كان 5 أطفال بين 12 مدنياً قُتلوا"، "ضمن"، "في عداد") and after "من ضمنهم"/"بمن فيهم",
and totals over "the first two months" or "the last two weeks"."""

from __future__ import annotations

import pytest

from harmledger.extract import Extractor
from harmledger.schema import DocumentExtraction

from .checklist import incidents, no_incident_killed, primary, total
from .readings import read_ar as _run


def _killed(r: DocumentExtraction) -> int | None:
    m = primary(r)
    return total(m.casualties.killed) if m is not None else None


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("فقدت مدينة سراقب 7 من أبنائها جراء القصف الليلي.", 7),
        ("فقدت بلدة كفرنبل ١٢ من أبنائها في غارة جوية.", 12),
        ("خسرت مدينة أريحا ثلاثة عشر من سكانها بقصف مدفعي.", 13),
        ("ودعت بلدة كفرنبل أربعة من أهلها قضوا بقصف صاروخي.", 4),
        ("فقدت مدينة معرة النعمان خمسة وعشرين من أهاليها خلال القصف.", 25),
    ],
)
def test_a_place_lost_its_residents(extractor: Extractor, text: str, killed: int) -> None:
    r = _run(extractor, text)
    assert _killed(r) == killed, text
    m = primary(r)
    assert m is not None and any(p.resolved and p.resolved.admin1 == "Idlib" for p in m.places), text


@pytest.mark.parametrize(
    "text",
    [
        "فقدت سراقب 40 بالمئة من سكانها بسبب النزوح.",  # a share of the residents, who fled
        "فقد الطفل 3 من أسنانه في الحادث.",  # a loss that is no death
    ],
)
def test_a_loss_that_is_no_toll(extractor: Extractor, text: str) -> None:
    r = _run(extractor, text)
    assert all(m.casualties.killed is None for m in r.mentions), text


def _date(r: DocumentExtraction) -> tuple[str, str] | None:
    m = primary(r)
    return (str(m.date.start), str(m.date.end)) if m is not None and m.date is not None else None


def _day(iso: str) -> tuple[str, str]:
    return iso, iso


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("قُتل 6 مدنيين في سراقب في 5 من الشهر الجاري.", "2021-03-05"),
        ("قُتل 6 مدنيين في أريحا في الثامن من الشهر الحالي.", "2021-03-08"),
        ("قُتل 6 مدنيين في كفرنبل في 11 من هذا الشهر.", "2021-03-11"),
        ("قُتل 6 مدنيين في سراقب في ٢٧ من الشهر الماضي.", "2021-02-27"),
        ("قُتل 6 مدنيين في سراقب في الحادي عشر من الشهر المنصرم.", "2021-02-11"),
        # "7 من أبنائها": the figure and a word starting like "آب" (August) are no date; the weekday dates it
        ("فقدت أريحا 7 من أبنائها يوم الجمعة جراء القصف.", "2021-03-12"),
    ],
)
def test_a_day_of_this_month_or_the_last(extractor: Extractor, text: str, day: str) -> None:
    assert _date(_run(extractor, text)) == _day(day), text


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("قُتل 3 مدنيين في سراقب في 7 آب.", "2020-08-07"),
        ("قُتل 3 مدنيين في سراقب في 9 آب/أغسطس 2020.", "2020-08-09"),
        ("قُتل 3 مدنيين في أريحا في 7 آذار.", "2021-03-07"),
    ],
)
def test_the_month_still_read_as_a_whole_word(extractor: Extractor, text: str, day: str) -> None:
    # a day months before publication dates its mention, which is then no primary one: read the mention
    r = _run(extractor, text)
    assert [(str(m.date.start), str(m.date.end)) for m in r.mentions if m.date is not None] == [_day(day)]


def test_a_day_of_this_month_after_publication_is_no_date(extractor: Extractor) -> None:
    assert _date(_run(extractor, "قُتل 6 مدنيين في سراقب في 25 من الشهر الجاري.")) is None


def test_last_month_alone_stays_a_period(extractor: Extractor) -> None:
    r = _run(extractor, "قُتل 6 مدنيين في سراقب خلال الشهر الماضي.")
    assert all(m.kind == "aggregate" for m in r.mentions if m.casualties.killed is not None)


@pytest.mark.parametrize(
    ("text", "killed", "kind", "part"),
    [
        ("كان 6 أطفال بين 14 مدنياً قُتلوا في سراقب.", 14, "children", 6),
        ("كانت 3 نساء ضمن 11 مدنياً قُتلوا في أريحا.", 11, "women", 3),
        ("كان 4 أطفال من ضمن 10 أشخاص قُتلوا في كفرنبل.", 10, "children", 4),
        ("كان خمسة أطفال في عداد 13 مدنياً قُتلوا في سراقب.", 13, "children", 5),
        ("قُتل ستة أفراد من أسرة واحدة، من ضمنهم طفلان، إثر قصف منزلهم في أريحا.", 6, "children", 2),
        ("قُتل 12 مدنياً، بمن فيهم 3 نساء، في قصف على سراقب.", 12, "women", 3),
        ("قُتل 9 مدنيين في كفرنبل، ومن ضمنهم 4 أطفال.", 9, "children", 4),
    ],
)
def test_a_part_among_a_toll(extractor: Extractor, text: str, killed: int, kind: str, part: int) -> None:
    r = _run(extractor, text)
    m = primary(r)
    assert m is not None and m.casualties.killed is not None, text
    assert (total(m.casualties.killed), getattr(m.casualties.killed, kind)) == (killed, part), text


def test_between_two_days_or_two_figures_is_no_part(extractor: Extractor) -> None:
    r = _run(extractor, "قُتل 5 مدنيين في سراقب بين 10 و12 آذار.")
    m = primary(r)
    assert m is not None and m.casualties.killed is not None
    assert (total(m.casualties.killed), m.casualties.killed.children) == (5, None)
    r = _run(extractor, "يتراوح عدد المدنيين الذين قُتلوا في أريحا بين 6 و9، وفق مصادر محلية.")
    m = primary(r)
    assert m is not None and m.casualties.killed is not None
    assert (m.casualties.killed.low, m.casualties.killed.high) == (6, 9)


@pytest.mark.parametrize(
    ("text", "toll", "aggregate"),
    [
        ("قُتل 7 مدنيين في سراقب يوم الأحد. وخلال الشهرين الأولين من العام، قُتل 433 مدنياً في أنحاء سوريا.", 7, 433),
        ("قُتل 9 مدنيين في أريحا يوم السبت. وفي الأشهر الثلاثة الأولى من العام قُتل 812 مدنياً في سوريا.", 9, 812),
        ("قُتل 4 مدنيين في كفرنبل يوم الاثنين. ووثقت الشبكة مقتل 260 مدنياً خلال الأسبوعين الماضيين.", 4, 260),
        ("قُتل 6 مدنيين في سراقب يوم الأحد. وفي أول شهرين من العام قُتل 390 مدنياً في أنحاء البلاد.", 6, 390),
    ],
)
def test_a_total_over_months_or_weeks(extractor: Extractor, text: str, toll: int, aggregate: int) -> None:
    r = _run(extractor, text)
    assert _killed(r) == toll
    assert incidents(1).fn(r) and no_incident_killed(aggregate).fn(r), text


def test_one_attack_stays_an_incident(extractor: Extractor) -> None:
    r = _run(extractor, "قُتل 8 مدنيين في سراقب يوم الأحد بغارة جوية على السوق.")
    assert incidents(1).fn(r) and _killed(r) == 8
