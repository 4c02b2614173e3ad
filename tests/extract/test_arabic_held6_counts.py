"""The Arabic count readings the parallel set's ``held6`` half asked for once it became a tuned half, over each
family of wordings (other places and figures than the half's, digits and words, with negatives):

- a floor told after the figure behind a comma ("قُتل 40 مدنياً، إن لم يكن أكثر") or just above it ("ما يزيد
  قليلاً على 12"); a ceiling the toll nears ("اقترب عدد القتلى في X من 30") or that estimates reach with
  "حتى" ("تصل تقديرات عدد القتلى في X حتى 25"); a confirmed toll that "may reach" more is a floor and ceiling;
- "in all" (في المجمل، إجمالي) with no period, no "since" and not the whole country sums the strikes named:
  an incident's toll, not a total;
- a woman counted by her occupation ("معلمة"، "ممرضة"، "طبيبات") among the dead.
"""

from __future__ import annotations

import pytest

from harmledger.extract import Extractor

from .checklist import killed, killed_bounds, primary, subgroup
from .readings import read_ar as _run


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("قُتل أربعون مدنياً، إن لم يكن أكثر، في سراقب.", 40, None),
        ("قُتل 27 مدنياً، وربما أكثر، في أريحا.", 27, None),
        ("قُتل ما يزيد قليلاً على 12 مدنياً في دوما.", 12, None),
        ("قُتل ما يزيد بقليل عن ثلاثين مدنياً في حرستا.", 30, None),
        ("قُتل أكثر بقليل من 9 مدنيين في كفرنبل.", 9, None),
        ("اقترب عدد القتلى المدنيين في معرة النعمان من 30.", None, 30),
        ("يقترب عدد الضحايا في جسر الشغور من عشرين.", None, 20),
        ("تصل تقديرات عدد القتلى في تلبيسة حتى 25.", None, 25),
        ("تأكد مقتل 8 مدنيين في سراقب، وقد يرتفع العدد إلى 14.", 8, 14),
        ("قُتل تسعة مدنيين في أريحا، ويمكن أن يصل العدد إلى خمسة عشر.", 9, 15),
    ],
)
def test_floors_and_ceilings(extractor: Extractor, text: str, low: int | None, high: int | None) -> None:
    assert killed_bounds(low, high).fn(_run(extractor, text)), text


@pytest.mark.parametrize(
    "text",
    [
        "قُتل 6 مدنيين في سراقب، وأصيب 13 آخرون.",  # a second figure of another kind is no ceiling
        "قُتل 40 مدنياً في أريحا.",
    ],
)
def test_exact_tolls_stay_exact(extractor: Extractor, text: str) -> None:
    r = _run(extractor, text)
    m = primary(r)
    c = m.casualties.killed if m is not None and m.casualties is not None else None
    assert c is not None and c.low == c.high, text


@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("قُتل في المجمل 14 مدنياً في الغارات على سراقب.", 14),
        ("في المجمل، قُتل تسعة مدنيين بالقصف على بلدة كفرنبل.", 9),
        ("بلغ إجمالي القتلى 11 مدنياً في الغارات على حرستا.", 11),
    ],
)
def test_in_all_for_the_strikes_named_is_an_incident(extractor: Extractor, text: str, n: int) -> None:
    assert killed(n).fn(_run(extractor, text)), text


@pytest.mark.parametrize(
    "text",
    [
        "قُتل في المجمل 320 مدنياً في سوريا خلال شهر آذار.",
        "قُتل في المجمل 95 مدنياً في إدلب منذ بداية العام.",
    ],
)
def test_in_all_over_a_period_or_the_country_stays_a_total(extractor: Extractor, text: str) -> None:
    r = _run(extractor, text)
    assert all(m.kind != "incident" for m in r.mentions if m.casualties and m.casualties.killed), text


@pytest.mark.parametrize(
    ("text", "women", "children"),
    [
        ("قُتل 7 مدنيين في سراقب، بينهم معلمة و4 من تلاميذها.", 1, 4),
        ("قُتل 9 مدنيين في أريحا، بينهم ممرضة وطفلان.", 1, 2),
        ("قُتل 12 مدنياً في دوما، بينهم طبيبتان و3 أطفال.", 2, 3),
        ("قُتل 10 مدنيين في حرستا، من بينهم 3 معلمات و5 طلاب.", 3, 5),
    ],
)
def test_women_by_occupation(extractor: Extractor, text: str, women: int, children: int) -> None:
    r = _run(extractor, text)
    assert subgroup("women", women).fn(r) and subgroup("children", children).fn(r), text


def test_a_male_teacher_is_no_woman(extractor: Extractor) -> None:
    r = _run(extractor, "قُتل 6 مدنيين في سراقب، بينهم معلم و3 من تلاميذه.")
    assert not subgroup("women", 1).fn(r)


@pytest.mark.parametrize(
    ("text", "total", "part"),
    [
        ("شهد الشهران الماضيان مقتل 310 مدنيين في ريف إدلب، 9 منهم في سراقب يوم الأحد.", 310, 9),
        ("شهد الأسبوعان الأخيران مقتل 140 مدنياً في المنطقة، ستة منهم في أريحا يوم الخميس.", 140, 6),
        ("شهد العامان الماضيان مقتل 900 مدني في المحافظة، 12 منهم في دوما.", 900, 12),
    ],
)
def test_a_past_period_as_subject_is_a_total(extractor: Extractor, text: str, total: int, part: int) -> None:
    r = _run(extractor, text)
    kinds = {m.casualties.killed.low: m.kind for m in r.mentions if m.casualties and m.casualties.killed}
    assert kinds.get(total) == "aggregate" and kinds.get(part) == "incident", text


@pytest.mark.parametrize(
    ("text", "toll", "children", "women"),
    [
        ("ستة أطفال وأربع نساء من بين ثمانية عشر قتيلاً سقطوا في سراقب.", 18, 6, 4),
        ("كان 4 أطفال و2 نساء من بين 15 مدنياً قُتلوا في أريحا.", 15, 4, 2),
        ("5 أطفال من أصل 14 قتيلاً سقطوا في دوما.", 14, 5, None),
    ],
)
def test_groups_listed_out_of_a_toll(extractor: Extractor, text: str, toll: int, children: int,
                                      women: int | None) -> None:
    r = _run(extractor, text)
    assert killed(toll).fn(r) and subgroup("children", children).fn(r) and subgroup("women", women).fn(r), text


def test_groups_listed_with_no_toll_are_the_toll(extractor: Extractor) -> None:
    assert killed(9).fn(_run(extractor, "قُتل 6 أطفال و3 نساء في قصف على سراقب."))


@pytest.mark.parametrize(
    ("text", "children"),
    [
        ("قُتل 8 مدنيين في سراقب، بينهم طفل وشقيقتاه الصغيرتان.", 3),
        ("قُتل 7 مدنيين في أريحا، بينهم طفلة وشقيقاها الصغيران.", 3),
        ("قُتل 9 مدنيين في دوما، بينهم امرأة وطفلاها.", 2),
        ("قُتل 5 مدنيين في حرستا، بينهم رجل وابنتاه القاصرتان.", 2),
    ],
)
def test_two_young_kin_named_by_a_dual(extractor: Extractor, text: str, children: int) -> None:
    assert subgroup("children", children).fn(_run(extractor, text)), text


def test_two_kin_with_no_word_of_youth_are_no_children(extractor: Extractor) -> None:
    assert subgroup("children", None).fn(_run(extractor, "قُتل 5 مدنيين في سراقب، بينهم رجل وشقيقاه."))
