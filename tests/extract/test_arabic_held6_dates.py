"""A weekday "of last week" ("يوم الاثنين من الأسبوع الماضي", the parallel set's ``held6`` half): that weekday in
the calendar week before the week of publication, not the latest such weekday and not the whole week. Other
places and weekdays than the half's, with the forms that keep their old reading."""

from __future__ import annotations

import datetime as dt

import pytest

from harmledger.extract import Extractor

from .checklist import primary

PUB = "2021-06-16"  # a Wednesday


def _date(extractor: Extractor, text: str) -> tuple[dt.date, dt.date] | None:
    m = primary(extractor.extract(text, published=PUB, language="ar"))
    if m is None or m.date is None:
        return None
    return dt.date.fromisoformat(str(m.date.start)), dt.date.fromisoformat(str(m.date.end))


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("قُتل 5 مدنيين في سراقب يوم الاثنين من الأسبوع الماضي.", dt.date(2021, 6, 7)),
        ("قُتل 3 مدنيين في أريحا يوم الخميس من الأسبوع الماضي.", dt.date(2021, 6, 10)),
        ("قُتل 7 مدنيين في دوما الثلاثاء من الأسبوع المنصرم.", dt.date(2021, 6, 8)),
        ("قُتل مدنيان في حرستا يوم الأربعاء من الأسبوع الفائت.", dt.date(2021, 6, 9)),
    ],
)
def test_a_weekday_of_last_week(extractor: Extractor, text: str, day: dt.date) -> None:
    assert _date(extractor, text) == (day, day), text


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("قُتل 5 مدنيين في سراقب يوم الاثنين.", dt.date(2021, 6, 14), dt.date(2021, 6, 14)),
        ("قُتل 5 مدنيين في سراقب يوم الأربعاء الماضي.", dt.date(2021, 6, 9), dt.date(2021, 6, 9)),
        ("قُتل 5 مدنيين في سراقب الأسبوع الماضي.", dt.date(2021, 6, 7), dt.date(2021, 6, 13)),
    ],
)
def test_other_weekday_forms_keep_their_reading(extractor: Extractor, text: str, first: dt.date, last: dt.date) -> None:
    assert _date(extractor, text) == (first, last), text
