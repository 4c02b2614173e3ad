"""Arabic dates, resolved against the publication date as the English ``dates`` component does.

Both month-name systems: the Levantine ("كانون الثاني", "شباط", "تشرين الأول") and the Egyptian
("يناير" ... "ديسمبر"), also paired ("نوفمبر/تشرين الثاني"); numeric dates ("15/11/2019", "2019-11-15");
weekdays ("يوم الثلاثاء", "فجر الأحد", "أمس الجمعة"), "اليوم", "أمس", "أول أمس", "قبل ساعات"; a day of this month or the last
("في 3 من الشهر الحالي", "الخامس من الشهر الجاري", "في 28 من الشهر الماضي"); a month or a year alone
("في تشرين الثاني 2019", "عام 2013"); and "since" periods ("منذ عام 2012", "منذ بداية الشهر", "منذ مطلع
العام الجاري", "منذ آذار 2011"), which date an aggregate, never an incident. No date is after publication.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from ..arabic_text import ArabicText, arabic_text, key_of
from ..doc import DateHit, Doc
from ..lexicon import alternation
from ..registry import Component, PipelineContext, component
from ..timeparse import (
    day_of_month,
    day_range,
    infer_year,
    last_weekday,
    make_date,
    month_end,
    weekday_of_last_week,
)

_MONTHS_RAW = {
    "كانون الثاني": 1, "شباط": 2, "آذار": 3, "نيسان": 4, "أيار": 5, "حزيران": 6, "تموز": 7, "آب": 8, "أيلول": 9,
    "تشرين الأول": 10, "تشرين الثاني": 11, "كانون الأول": 12,
    "يناير": 1, "كانون ثاني": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "إبريل": 4, "ابريل": 4, "مايو": 5, "أيار/مايو": 5,
    "يونيو": 6, "يونيه": 6, "يوليو": 7, "يوليه": 7, "أغسطس": 8, "آغسطس": 8, "سبتمبر": 9, "أكتوبر": 10, "اكتوبر": 10,
    "نوفمبر": 11, "ديسمبر": 12, "تشرين أول": 10, "تشرين ثاني": 11, "كانون أول": 12,
}  # fmt: skip
_WEEKDAYS_RAW = {"الاثنين": 0, "الإثنين": 0, "الثلاثاء": 1, "الأربعاء": 2, "الخميس": 3, "الجمعة": 4, "السبت": 5, "الأحد": 6}
MONTHS = {key_of(k): v for k, v in _MONTHS_RAW.items()}
WEEKDAYS = {key_of(k): v for k, v in _WEEKDAYS_RAW.items()}
_M = alternation(MONTHS)
# A month may be named in both systems: "نوفمبر/تشرين الثاني", "تشرين الثاني (نوفمبر)".
_MONTH = rf"(?P<m>{_M})(?:\s*[/(]\s*(?:{_M})\s*\)?)?"
# The month a whole word: "7 من أبنائها" is no 7 August ("آب" keys as "اب").
# "4/ تشرين الثاني/ 2020", "4 - آب - 2020": the day, month name and year may be parted by a slash or dash.
_FULL = re.compile(rf"(?<!\d)(?P<d>\d{{1,2}})(?:\s+|\s*[/-]\s*)(?:من\s+)?(?:شهر\s+)?{_MONTH}(?!\w)(?:\s*(?:[,/-]\s*)?(?:من\s+)?(?:عام\s+|سنه\s+)?(?P<y>(?:19|20)\d\d))?(?!\d)")
_NUMERIC = re.compile(r"(?<![\d/-])(?<!\d\.)(?:(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})[/.-](?P<y>(?:19|20)\d\d)|(?P<y2>(?:19|20)\d\d)-(?P<m2>\d{1,2})-(?P<d2>\d{1,2}))(?![\d/-]|\.\d)")
_MONTH_YEAR = re.compile(rf"(?<!\w)(?:[وفبل]|في\s+|خلال\s+|منذ\s+)?(?:شهر\s+)?{_MONTH}(?:\s*(?:من\s+)?(?:عام\s+|سنه\s+)?(?P<y>(?:19|20)\d\d))?(?!\w)")
_YEAR = re.compile(r"(?:(?<!\w)(?:عام|سنه|العام)\s+|(?<!\w)(?:منذ|في|خلال)\s+)(?P<y>(?:19|20)\d\d)(?!\d)")
_WEEKDAY = re.compile(rf"(?<!\w)(?:(?:[وفب]?يوم|امس|فجر|صباح|مساء|ليل|ليله|ظهر|عصر|اليوم)\s+)?(?P<prev>الماضي\s+)?(?:[وفب]?(?=ال))?(?P<w>{alternation(WEEKDAYS)})(?!\w)(?P<last>\s+الماضي)?"
                      r"(?P<week>\s+من\s+الاسبوع\s+(?:الماضي|الماضيه|المنصرم|المنصرمه|الفائت|الفائته|السابق|السابقه))?")
_TODAY = re.compile(r"(?<!\w)[وفب]?(?:(?P<before>اول\s+)?(?P<y>امس)(?P<after>\s+الاول)?|(?P<t>اليوم)(?!\s+(?:التالي|السابق))|(?P<h>(?:قبل|منذ)\s+(?:بضع\s+)?(?:ساعات|ساعه|ساعتين|لحظات|دقائق|قليل)(?:\s+قليله)?(?!\s+(?:من|علي|الصباح)))|(?P<n>الليله\s+الماضيه))(?!\w)")
_SINCE = re.compile(r"(?<!\w)(?:منذ|ومنذ)\s+(?:(?:بدايه|مطلع|اول|أول)\s+)?(?:شهر\s+)?(?:عام\s+|سنه\s+|العام\s+)?$")
_SINCE_RELATIVE = re.compile(r"(?<!\w)و?منذ\s+(?:بدايه|مطلع|اول)\s+(?P<u>الشهر|العام|السنه|الاسبوع)(?:\s+(?:الجاري|الحالي))?(?!\w)")
# Ordinal day words: "الخامس عشر من أيار", "في الأول من تشرين الثاني", "الحادي والعشرين من شهر آذار".
_UNIT_ORDINALS = ["الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع"]
_ORDINALS_RAW = {word: i + 1 for i, word in enumerate(_UNIT_ORDINALS)} | {"العاشر": 10, "الحادي عشر": 11, "العشرين": 20, "الثلاثين": 30}
_ORDINALS_RAW |= {f"{word} عشر": i + 1 + 10 for i, word in enumerate(_UNIT_ORDINALS) if i > 0}
_ORDINALS_RAW |= {f"{word} والعشرين": i + 21 for i, word in enumerate(["الحادي", *_UNIT_ORDINALS[1:]])}
_ORDINALS_RAW |= {"الواحد والعشرين": 21, "الحادي والثلاثين": 31, "الواحد والثلاثين": 31}
ORDINALS = {key_of(k): v for k, v in _ORDINALS_RAW.items()}
_YEAR_AFTER = r"(?:\s*(?:,\s*)?(?:من\s+)?(?:عام\s+|سنه\s+|العام\s+)?(?P<y>(?:19|20)\d\d))?"
_ORDINAL = re.compile(rf"(?<!\w)(?P<o>{alternation(ORDINALS)})\s+من\s+(?:شهر\s+)?{_MONTH}(?:\s+(?:الماضي|المنصرم|الفائت))?{_YEAR_AFTER}(?!\w)")
# A day of this month or the last, by its number or ordinal: "في 3 من الشهر الحالي", "الخامس من الشهر
# الجاري", "في 12 من هذا الشهر", "في 28 من الشهر الماضي".
_OF_MONTH = re.compile(rf"(?<!\w)(?:(?P<d>\d{{1,2}})|(?P<o>{alternation(ORDINALS)}))\s+(?:من\s+)?(?:شهر\s+)?"
                       r"(?:(?P<last>الشهر\s+(?:الماضي|المنصرم|الفائت|السابق))|(?:هذا\s+)?الشهر(?:\s+(?:الجاري|الحالي))?)(?!\w)")
# Ranges: "بين 10 و12 آذار", "من 3 إلى 5 نيسان", "ما بين 30 آذار و2 نيسان 2020", "10-12 آذار".
_RANGE = re.compile(
    rf"(?<!\w)(?:(?:ما\s+)?بين|من)\s+(?P<d1>\d{{1,2}})\s+(?:(?:من\s+)?(?P<m1>{_M})\s+)?(?:و\s*|الي\s+|حتي\s+|ولغايه\s+|-\s*)"
    rf"(?P<d2>\d{{1,2}})\s+(?:من\s+)?(?:شهر\s+)?{_MONTH}{_YEAR_AFTER}(?!\w)"
    rf"|(?<![\w/.-])(?P<r1>\d{{1,2}})\s*-\s*(?P<r2>\d{{1,2}})\s+(?:من\s+)?(?:شهر\s+)?(?P<rm>{_M}){_YEAR_AFTER.replace('<y>', '<ry>')}(?!\w)"
)
# Periods counted back from publication: "الأسبوع الماضي", "منذ يومين", "قبل ثلاثة أيام", "العام الماضي".
_COUNTS = {"يوم": 1, "يومين": 2, "يومان": 2} | {key_of(k): v for k, v in {
    "ثلاثة": 3, "أربعة": 4, "خمسة": 5, "ستة": 6, "سبعة": 7, "ثمانية": 8, "تسعة": 9, "عشرة": 10}.items()}
_AGO = re.compile(rf"(?<!\w)(?:منذ|قبل)\s+(?:(?P<w>يومين|يومان|يوم)|(?P<n>\d{{1,2}}|{alternation(_COUNTS)})\s+(?:ايام|يوما|يوم))(?!\w)(?!\s+من\s+(?!الان))")
_LAST = re.compile(r"(?<!\w)(?:[وفبل]|في\s+|خلال\s+)?(?P<u>الاسبوع|الشهر|العام|السنه)\s+(?:الماضي|الماضيه|المنصرم|المنصرمه|الفائت|الفائته|السابق|السابقه)(?!\w)")
# A day still to come: "سيعقد يوم الثلاثاء المقبل", "الأسبوع المقبل".
_FUTURE_AFTER = re.compile(r"\s+(?:المقبل|القادم)")


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], ...]:
    return (_RANGE, _ORDINAL, _FULL, _NUMERIC, _MONTH_YEAR, _YEAR, _WEEKDAY, _TODAY, _SINCE_RELATIVE, _AGO, _LAST)


def _relative(m: re.Match[str], published: dt.date) -> tuple[dt.date, dt.date, str]:
    """The period a "last week", "last month", "last year" names: the whole one before publication's."""
    unit = m.group("u")
    if unit == "الاسبوع":
        start = published - dt.timedelta(days=published.weekday() + 7)
        return start, start + dt.timedelta(days=6), "week"
    if unit == "الشهر":
        last = published.replace(day=1) - dt.timedelta(days=1)
        return last.replace(day=1), last, "month"
    return dt.date(published.year - 1, 1, 1), dt.date(published.year - 1, 12, 31), "year"


def _range(m: re.Match[str], published: dt.date | None) -> tuple[dt.date, dt.date] | None:
    if m.group("r1"):
        d1, d2, m2, y = int(m.group("r1")), int(m.group("r2")), MONTHS[m.group("rm")], m.group("ry")
        m1 = m2
    else:
        d1, d2, m2, y = int(m.group("d1")), int(m.group("d2")), MONTHS[m.group("m")], m.group("y")
        m1 = MONTHS[m.group("m1")] if m.group("m1") else m2
    return day_range(d1, m1, None, d2, m2, int(y) if y else None, published)


def _taken(spans: list[tuple[int, int]], s: int, e: int) -> bool:
    return any(s < b and a < e for a, b in spans)


def scan(at: ArabicText, published: dt.date | None, end: int) -> list[tuple[int, int, dt.date, dt.date, str, bool]]:
    """(start, end, first, last, precision, relative) in KEY offsets."""
    key = at.key
    out: list[tuple[int, int, dt.date, dt.date, str, bool]] = []
    spans: list[tuple[int, int]] = []

    def add(s: int, e: int, first: dt.date | None, last: dt.date | None, precision: str, relative: bool = False) -> None:
        if first is None or last is None or _taken(spans, s, e):
            return
        if published is not None:
            if first > published:
                return
            last = min(last, published)
        spans.append((s, e))
        out.append((s, e, first, last, precision, relative))

    for m in _RANGE.finditer(key, 0, end):
        span = _range(m, published)
        if span is not None:
            add(m.start(), m.end(), span[0], span[1], "period")
    for m in _ORDINAL.finditer(key, 0, end):
        month, day = MONTHS[m.group("m")], ORDINALS[m.group("o")]
        d = make_date(int(m.group("y")), month, day) if m.group("y") else infer_year(month, day, published)
        add(m.start(), m.end(), d, d, "day")
    for m in _OF_MONTH.finditer(key, 0, end):
        if published is None:
            break
        day = int(m.group("d")) if m.group("d") else ORDINALS[m.group("o")]
        d = day_of_month(published, day, months_back=1 if m.group("last") else 0)
        add(m.start(), m.end(), d, d, "day", relative=True)
    for m in _FULL.finditer(key, 0, end):
        month = MONTHS[m.group("m")]
        day = int(m.group("d"))
        d = make_date(int(m.group("y")), month, day) if m.group("y") else infer_year(month, day, published)
        add(m.start(), m.end(), d, d, "day")
    for m in _NUMERIC.finditer(key, 0, end):
        if m.group("y"):
            d = make_date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
        else:
            d = make_date(int(m.group("y2")), int(m.group("m2")), int(m.group("d2")))
        add(m.start(), m.end(), d, d, "day")
    for m in _SINCE_RELATIVE.finditer(key, 0, end):
        if published is None:
            continue
        unit = m.group("u")
        if unit == "الشهر":
            first = published.replace(day=1)
        elif unit == "الاسبوع":
            first = published - dt.timedelta(days=published.weekday())
        else:
            first = published.replace(month=1, day=1)
        add(m.start(), m.end(), first, published, "period")
    for m in _MONTH_YEAR.finditer(key, 0, end):
        month = MONTHS[m.group("m")]
        if not m.group("y") and m.start("m") == m.start():
            continue  # a bare month word ("آب" is also "أب", father): only with a year or "في", "خلال", "شهر"
        if m.group("y"):
            year = int(m.group("y"))
        elif published is not None:
            year = published.year if month <= published.month else published.year - 1
        else:
            continue
        s = m.start("m")
        add(s, m.end(), make_date(year, month, 1), month_end(year, month), "month")
    for m in _YEAR.finditer(key, 0, end):
        year = int(m.group("y"))
        add(m.start("y"), m.end(), dt.date(year, 1, 1), dt.date(year, 12, 31), "year")
    if published is not None:
        for m in _WEEKDAY.finditer(key, 0, end):
            if _FUTURE_AFTER.match(key, m.end()):
                continue
            last = bool(m.group("prev") or m.group("last"))
            d = last_weekday(published, WEEKDAYS[m.group("w")], strictly_before=last)
            if m.group("week"):  # "يوم الاثنين من الأسبوع الماضي": that weekday in the week before publication's
                d = weekday_of_last_week(published, WEEKDAYS[m.group("w")])
            add(m.start(), m.end(), d, d, "day", relative=True)
        for m in _AGO.finditer(key, 0, end):
            days = 1 if m.group("w") == "يوم" else 2 if m.group("w") else int(m.group("n")) if m.group("n").isdigit() else _COUNTS[m.group("n")]
            d = published - dt.timedelta(days=days)
            add(m.start(), m.end(), d, d, "day", relative=True)
        for m in _LAST.finditer(key, 0, end):
            first, final, precision = _relative(m, published)
            add(m.start("u"), m.end(), first, final, precision, relative=True)
        for m in _TODAY.finditer(key, 0, end):
            if m.group("t") or m.group("h"):  # "قبل ساعات", "منذ لحظات": the day the release came out
                d = published
            elif m.group("n"):
                d = published - dt.timedelta(days=1)
            else:
                d = published - dt.timedelta(days=2 if m.group("before") or m.group("after") else 1)  # "أمس الأول"
            add(m.start(), m.end(), d, d, "day", relative=True)
    return sorted(out)


@component(name="arabic_dates", assigns=["dates"], requires=["published"])
def make_arabic_dates(context: PipelineContext) -> Component:
    def dates(doc: Doc) -> None:
        at = arabic_text(doc.text)
        hits: list[DateHit] = []
        for s, e, first, last, precision, relative in scan(at, doc.published, at.to_key(doc.limit)):
            since = _SINCE.search(at.key, max(0, s - 30), s) is not None or _SINCE_RELATIVE.match(at.key, s) is not None
            start, end = at.span(s, e)
            hit = DateHit(start, end, first, last, precision, relative=relative)
            if since:
                # "منذ عام 2012": a period up to publication (open-ended without one); it dates a total only.
                hit.since, hit.precision = True, "period"
                if doc.published is not None:
                    hit.last = doc.published
            hits.append(hit)
        if doc.published_span is not None:
            a, b = doc.published_span
            hits = [h for h in hits if h.end <= a or h.start >= b]
        doc.dates = hits

    return dates
