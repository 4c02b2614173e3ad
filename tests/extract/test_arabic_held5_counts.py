"""The Arabic count readings the parallel set's ``held5`` half asked for once it became a tuned half, each as a
family of wordings on other places and figures (سراقب، أريحا، دوما، حرستا، الأتارب، كفرنبل، نوى) with negatives:
bounds told by a cue ahead of the figure ("أدنى التقديرات"، "تخطى عدد القتلى ..."، "لا تتجاوز حصيلة ...") or by a
ceiling after a floor ("على الأقل، وربما يصل العدد إلى")، the injured named by a verb of hospital transfer
("ونُقل N آخرون إلى المشفى مصابين")، parts of a toll ("كان الأطفال N من أصل M"، "دون سن الـ18"، "وبلغ عدد
الأطفال بينهم N وعدد النساء M"، "إلى جانب"، "رجل وزوجته وأطفالهما الستة") and country-wide totals over the last
hours or days."""

from __future__ import annotations

import pytest

from harmledger.extract import Extractor
from harmledger.schema import Count

from .checklist import primary
from .readings import read_ar as _run


def _killed(extractor: Extractor, text: str) -> Count:
    m = primary(_run(extractor, text))
    assert m is not None and m.casualties.killed is not None, text
    return m.casualties.killed


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("تشير أدنى التقديرات إلى مقتل 23 مدنياً في سراقب.", 23, None),
        ("وفق أقل التقديرات، قُتل خمسة عشر مدنياً في أريحا.", 15, None),
        ("تشير أعلى التقديرات إلى مقتل 40 مدنياً في دوما.", None, 40),
        ("تخطى عدد القتلى في حرستا 12، بحسب الدفاع المدني.", 12, None),
        ("وتجاوزت حصيلة القتلى في الأتارب عشرين، وفق ناشطين.", 20, None),
        ("لا تتجاوز حصيلة القتلى المدنيين في كفرنبل 9، بحسب المجلس المحلي.", None, 9),
        ("لم يتجاوز عدد القتلى في نوى ستة، وفق مصادر محلية.", None, 6),
        ("قُتل 9 مدنيين على الأقل، وقد يرتفع العدد إلى 12، في دوما.", 9, 12),
        ("قُتل أحد عشر مدنياً على الأقل في سراقب، وربما يصل العدد إلى خمسة عشر.", 11, 15),
        # negatives: no cue, or the verb's object is no toll
        ("قُتل 12 مدنياً في أريحا، بحسب الدفاع المدني.", 12, 12),
        ("تجاوزت القوات حاجز البلدة وقتلت 7 مدنيين في حرستا.", 7, 7),
        ("قُتل 8 مدنيين في دوما وتخطى القصف الأحياء السكنية.", 8, 8),
    ],
)
def test_bounds_from_a_cue_ahead_or_a_ceiling_after(extractor: Extractor, text: str, low: int | None,
                                                     high: int | None) -> None:
    k = _killed(extractor, text)
    assert (k.low, k.high) == (low, high), text


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("قُتل 5 مدنيين في سراقب، ونُقل 12 آخرون إلى المستشفى مصابين.", 5, 12),
        ("قُتل ثلاثة مدنيين في أريحا، وأُسعف تسعة آخرون بجروح.", 3, 9),
        ("قُتل 4 مدنيين في دوما، فيما يتلقى 7 آخرون العلاج.", 4, 7),
        ("قُتل 6 مدنيين في حرستا وأُدخل 15 آخرون إلى المشافي للعلاج.", 6, 15),
        ("قُتل 5 مدنيين في سراقب ونُقلوا إلى المستشفى.", 5, None),  # the dead were taken there: nobody injured
    ],
)
def test_the_injured_by_a_verb_of_hospital_transfer(extractor: Extractor, text: str, killed: int,
                                                    injured: int | None) -> None:
    m = primary(_run(extractor, text))
    assert m is not None and m.casualties.killed is not None and m.casualties.killed.low == killed, text
    got = m.casualties.injured.low if m.casualties.injured is not None else None
    assert got == injured, text


@pytest.mark.parametrize(
    ("text", "killed", "children", "women"),
    [
        ("كان الأطفال 4 من أصل 9 مدنيين قُتلوا في سراقب.", 9, 4, None),
        ("كانت النساء 3 من بين 10 مدنيين قُتلوا في أريحا.", 10, None, 3),
        ("كان 5 من بين 12 مدنياً قُتلوا في دوما دون سن الثامنة عشرة.", 12, 5, None),
        ("كان 6 من أصل 14 مدنياً قُتلوا في حرستا من القاصرين.", 14, 6, None),
        ("كان 5 من بين 12 مدنياً قُتلوا في دوما من الرجال.", 12, None, None),  # men: no sub-group read
        ("قُتل 14 مدنياً في سراقب، وبلغ عدد الأطفال منهم 5 وعدد النساء 4.", 14, 5, 4),
        ("قُتل 11 مدنياً في أريحا، وبلغ عدد النساء بينهن ثلاثاً.", 11, None, None),  # no child, no woman count read
        ("قُتل 14 مدنياً في سراقب، وبلغ عدد الجرحى 20.", 14, None, None),
        ("قُتل 6 أطفال في أريحا، إلى جانب 4 رجال.", 10, 6, None),
        ("قُتلت 3 نساء في الأتارب، زيادة على 5 أطفال.", 8, 5, 3),
        ("قُتلت امرأة وأطفالها الأربعة في قصف على سراقب.", 5, 4, 1),
        ("قُتل رجل وأطفاله الثلاثة في غارة على أريحا.", 4, 3, None),
        ("قُتل رجل وزوجته وطفلهما في قصف على دوما.", 3, 1, 1),
        ("قُتل شاب ووالدته في حرستا.", 2, None, 1),
        ("قُتل رجل في سراقب وأُصيب أطفاله الثلاثة.", 1, None, None),  # the children were injured
    ],
)
def test_parts_and_families_of_a_toll(extractor: Extractor, text: str, killed: int, children: int | None,
                                      women: int | None) -> None:
    k = _killed(extractor, text)
    assert (k.low, k.children, k.women) == (killed, children, women), text


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("قُتل 4 مدنيين في سراقب اليوم. وخلال الأيام الثلاثة الماضية، قُتل 70 مدنياً في عموم سوريا.", 70),
        ("قُتل 3 مدنيين في أريحا. وفي الساعات الـ24 الأخيرة، قُتل 41 مدنياً في أنحاء البلاد.", 41),
        ("قُتل 60 مدنياً في سوريا خلال الـ24 ساعة الماضية.", 60),
    ],
)
def test_country_wide_tolls_over_the_last_hours_or_days(extractor: Extractor, text: str, total: int) -> None:
    r = _run(extractor, text)
    assert not any(m.kind == "incident" and m.casualties.killed and m.casualties.killed.low == total for m in r.mentions), text
    assert any(m.kind == "aggregate" and m.casualties.killed and m.casualties.killed.low == total for m in r.mentions), text


def test_a_place_over_the_last_hours_stays_an_incident(extractor: Extractor) -> None:
    r = _run(extractor, "وخلال الـ48 ساعة الماضية، قُتل 8 مدنيين في سراقب.")
    assert any(m.kind == "incident" and m.casualties.killed and m.casualties.killed.low == 8 for m in r.mentions)
