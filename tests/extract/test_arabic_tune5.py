"""The Arabic readings the parallel set's ``tune5`` half (tests/extract/checklist_parallel_tune5.py, written
Arabic-first for sub-groups and totals) asked for, each on sentences of other places (سراقب، أريحا، كفر لاها، جوبة برغال)
with negatives: parts of a toll told after its place ("جميعهم مدنيون"، "نصفهم من الأطفال"، "أحدهم طفل"، "إضافة
إلى")، a victim of one after a counted group ("طفلان وامرأة"، "ووالدتهم")، sentences on the victims after the
toll ("وكان بين القتلى"، "وبلغ عدد الأطفال بين القتلى"، "الضحايا: ..."), totals over a month or "على مدى" a
period, and a place after a proclitic (drawn out with tatweel or not) whose own second word starts with a proclitic's letter
("بـكفر لاها"، "بجوبة برغال") or before the article ("للرقة")."""

from __future__ import annotations

import pytest

from harmledger.extract import Extractor
from harmledger.schema import Count, DocumentExtraction

from .checklist import primary

PUB = "2021-03-17"


def _killed(extractor: Extractor, text: str) -> tuple[DocumentExtraction, Count]:
    r = extractor.extract(text, published=PUB, language="ar")
    m = primary(r)
    assert m is not None and m.casualties.killed is not None, text
    return r, m.casualties.killed


@pytest.mark.parametrize(
    ("text", "killed", "children", "women", "civilians"),
    [
        ("قُتل 11 شخصاً في سراقب، جميعهم مدنيون.", 11, None, None, 11),
        ("قُتل سبعة أشخاص في أريحا، وجميعهم من المدنيين.", 7, None, None, 7),
        ("قُتل 10 مدنيين في سراقب، نصفهم من الأطفال.", 10, 5, None, 10),
        ("قُتل 9 مدنيين في سراقب، ثلثهم أطفال.", 9, 3, None, 9),
        ("قُتل 7 مدنيين في سراقب، نصفهم أطفال.", 7, None, None, 7),  # 7 does not halve: no sub-group
        ("قُتل 6 مدنيين في أريحا، أحدهم طفل.", 6, 1, None, 6),
        ("قُتل 8 أشخاص في سراقب، إحداهن امرأة.", 8, None, 1, None),
        # "one of them" after the injured is one of the injured, not of the dead
        ("قُتل 12 مدنياً في سراقب، وأصيب 5 آخرون، أحدهم طفل.", 12, None, None, 12),
    ],
)
def test_parts_told_after_the_place(extractor: Extractor, text: str, killed: int, children: int | None,
                                    women: int | None, civilians: int | None) -> None:
    _, k = _killed(extractor, text)
    assert (k.low, k.children, k.women, k.civilians) == (killed, children, women, civilians)


@pytest.mark.parametrize(
    ("text", "killed", "children", "women"),
    [
        ("قُتل 5 أطفال في سراقب، إضافة إلى 3 نساء.", 8, 5, 3),
        ("قُتلت أربع نساء في أريحا، بالإضافة إلى طفلين.", 6, 2, 4),
        ("قُتل ستة أطفال في سراقب فضلاً عن ثلاث سيدات.", 9, 6, 3),
        ("قُتل 5 أطفال في سراقب، إضافة إلى إصابة 3 نساء.", 5, 5, None),  # the women were injured
        ("قُتل طفلان وامرأة بقصف على سراقب.", 3, 2, 1),
        ("قُتل ثلاثة أطفال ووالدتهم في غارة على أريحا.", 4, 3, 1),
        ("قُتل 5 مدنيين، بينهم طفل رضيع، في سراقب.", 5, 1, None),  # "رضيع" describes the child: one child
    ],
)
def test_further_groups_of_one_toll(extractor: Extractor, text: str, killed: int, children: int | None,
                                    women: int | None) -> None:
    _, k = _killed(extractor, text)
    assert (k.low, k.children, k.women) == (killed, children, women)


@pytest.mark.parametrize(
    ("text", "killed", "children", "women"),
    [
        ("قُتل 14 مدنياً في سراقب. وكان بين القتلى 5 أطفال.", 14, 5, None),
        ("قُتل 14 مدنياً في سراقب. وبلغ عدد النساء بين الضحايا 3.", 14, None, 3),
        ("قُتل 14 مدنياً في سراقب. ووصل عدد الأطفال من بين القتلى إلى 6.", 14, 6, None),
        ("قتل القصف على سراقب 15 مدنياً. الضحايا: 4 أطفال، 5 سيدات، و6 رجال.", 15, 4, 5),
        ("قتل القصف على سراقب 15 مدنياً. وتضم الحصيلة 4 أطفال.", 15, 4, None),
        ("قُتل 9 مدنيين في أريحا، وستة من الضحايا أطفال.", 9, 6, None),
        ("قُتل 9 مدنيين في أريحا. وثلاث من القتلى نساء.", 9, None, 3),
        ("قُتل 9 مدنيين في أريحا، و3 من الضحايا من عائلة واحدة.", 9, None, None),  # a family, no group
    ],
)
def test_a_sentence_on_the_victims_after_the_toll(extractor: Extractor, text: str, killed: int,
                                                  children: int | None, women: int | None) -> None:
    r, k = _killed(extractor, text)
    assert (k.low, k.children, k.women) == (killed, children, women)
    assert sum(m.kind == "incident" for m in r.mentions) == 1  # the men of a breakdown are no second toll


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("قُتل 4 مدنيين في سراقب أمس. ووثقت الشبكة مقتل 812 مدنياً في شهر آذار، بينهم 90 طفلاً.", 812),
        ("قُتل 4 مدنيين في سراقب أمس. وقتل القصف 391 مدنياً على مدى الأشهر الثلاثة الماضية.", 391),
        ("قُتل 4 مدنيين في سراقب أمس. وعلى مدار العام الماضي قُتل 1210 مدنيين في المحافظة.", 1210),
        # the period in a clause of its own before the figure's
        ("قُتل 4 مدنيين في سراقب أمس. وخلال شهر شباط، وثّقت الشبكة مقتل 812 مدنياً.", 812),
        ("قُتل 4 مدنيين في سراقب أمس. وفي عام 2020، قُتل 812 مدنياً في المحافظة.", 812),
        ("قُتل 4 مدنيين في سراقب أمس. وخلال الأسبوع الماضي، قُتل 45 مدنياً في المحافظة.", 45),
        ("قُتل 4 مدنيين في سراقب أمس. وارتفع عدد القتلى منذ بداية الهجوم، بحسب المرصد، إلى 230 مدنياً.", 230),
    ],
)
def test_totals_over_a_period(extractor: Extractor, text: str, total: int) -> None:
    r, k = _killed(extractor, text)
    assert k.low == 4 and sum(m.kind == "incident" for m in r.mentions) == 1
    assert any(m.kind == "aggregate" and m.casualties.killed and m.casualties.killed.low == total for m in r.mentions)


@pytest.mark.parametrize(
    "text",
    [
        "قُتل 120 مدنياً في مجزرة ارتكبتها قوات النظام في سراقب في شهر آذار.",  # one massacre, dated by its month
        "قُتل 9 مدنيين في قصف استمر على مدى ساعات على سراقب.",  # over hours: one attack
        "وخلال شهر شباط، قُتل 120 مدنياً في مجزرة في سراقب.",  # the month in its own clause, one massacre
    ],
)
def test_one_attack_stays_an_incident(extractor: Extractor, text: str) -> None:
    r, k = _killed(extractor, text)
    assert primary(r).kind == "incident"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "admin1"),
    [
        ("مجزرة بـكفر لاها: مقتل سبعة مدنيين.", "Homs"),  # tatweel after the proclitic; the name's own "ل"
        ("قُتل 5 مدنيين بجوبة برغال.", "Latakia"),  # the name's own "ب" after a blanked proclitic
        ("قتل 3 مدنيين بدوما وحرستا", "Rural Damascus"),  # two names, each after its proclitic, still read
        ("أدى قصف مدفعي للرقة إلى مقتل سبعة مدنيين.", "Raqqa"),  # "ل" + "الرقة" drops the article's alif
    ],
)
def test_place_after_a_proclitic(extractor: Extractor, text: str, admin1: str) -> None:
    m = primary(extractor.extract(text, published=PUB, language="ar"))
    assert m is not None and any(p.resolved and p.resolved.admin1 == admin1 for p in m.places), text


def test_li_before_the_article_is_no_place_by_itself(extractor: Extractor) -> None:
    m = primary(extractor.extract("قُتل 3 مدنيين في قصف للنظام.", published=PUB, language="ar"))
    assert m is not None and not any(p.resolved for p in m.places)


# Sub-groups and totals tune4's Arabic side still missed (tests/extract/checklist_parallel_tune4.py), on other places.
@pytest.mark.parametrize(
    ("text", "killed", "children", "women"),
    [
        ("كان 6 أطفال من بين 14 مدنياً قُتلوا في سراقب.", 14, 6, None),  # the toll "out of" which the part is
        ("يشكل الأطفال 5 من أصل 19 مدنياً قُتلوا في أريحا.", 19, 5, None),
        ("قُتل 5 مدنيين من بين 20 شخصاً كانوا في المبنى في سراقب.", 5, None, None),  # 20 were in it, 5 killed
        ("قُتل 12 مدنياً في سراقب. وكان 4 من القتلى أطفالاً.", 12, 4, None),  # an accusative plural
        ("قُتل 12 مدنياً في سراقب، بينهم أطفال (4) ونساء (3).", 12, 4, 3),  # figures in brackets after the group
        ("قُتل 12 مدنياً في سراقب (4 منهم أطفال).", 12, 4, None),
    ],
)
def test_part_and_toll_around_out_of(extractor: Extractor, text: str, killed: int, children: int | None,
                                     women: int | None) -> None:
    _, k = _killed(extractor, text)
    assert (k.low, k.children, k.women) == (killed, children, women)


def test_a_sentence_opening_on_a_total_keeps_its_groups(extractor: Extractor) -> None:
    r, k = _killed(extractor, "قُتل 6 مدنيين في سراقب أمس. ومن بين 930 مدنياً قُتلوا الشهر الماضي، كان 120 طفلاً.")
    assert k.low == 6 and sum(m.kind == "incident" for m in r.mentions) == 1
    total = next(m.casualties.killed for m in r.mentions if m.kind == "aggregate")
    assert total is not None and (total.low, total.children) == (930, 120)


@pytest.mark.parametrize(
    ("text", "target", "weapon"),
    [
        ("قُتل 8 مدنيين في غارة استهدفت برجاً سكنياً في سراقب.", "residential", None),
        ("قُتل 8 مدنيين عندما قصفت طائرة L-39 تابعة للنظام سراقب.", None, "airstrike"),
    ],
)
def test_tower_and_aircraft_rows(extractor: Extractor, text: str, target: str | None, weapon: str | None) -> None:
    m = primary(extractor.extract(text, published=PUB, language="ar"))
    assert m is not None
    assert target is None or target in [t.code for t in m.targets]
    assert weapon is None or weapon in [w.code for w in m.weapons]
