"""Calendar arithmetic and the date patterns shared by the dateline and dates components."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from .._dates import MONTHS, WEEKDAY_ABBR, WEEKDAYS

__all__ = ["MONTHS", "WEEKDAYS", "WEEKDAY_ABBR"]  # the names are harmledger._dates'; re-exported for the components

MONTH_ALT = "|".join(sorted(MONTHS, key=len, reverse=True))
WEEKDAY_ALT = "|".join(WEEKDAYS)
_ORD = r"(?:st|nd|rd|th)?"

# Full dates, with the year: "6 November 2022", "November 6, 2022", "Apr 052017" (a glued layout some sites use).
DAY_MONTH_YEAR = re.compile(rf"\b(?P<d>\d{{1,2}}){_ORD}\s+(?:of\s+)?(?P<m>{MONTH_ALT})\.?,?\s+(?P<y>(?:19|20)\d{{2}})\b")
MONTH_DAY_YEAR = re.compile(rf"\b(?P<m>{MONTH_ALT})\.?\s+(?P<d>\d{{1,2}}){_ORD},?\s*(?P<y>(?:19|20)\d{{2}})\b")
NUMERIC = re.compile(r"\b(?P<d>\d{1,2})[-./](?P<m>\d{1,2})[-./](?P<y>(?:19|20)\d{2})")


def make_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except (ValueError, OverflowError):
        return None


def month_end(year: int, month: int) -> dt.date:
    if month == 12:
        return dt.date(year, 12, 31)
    return dt.date(year, month + 1, 1) - dt.timedelta(days=1)


def from_match(m: re.Match[str]) -> dt.date | None:
    month_raw = m.group("m")
    month = MONTHS.get(month_raw) if not month_raw.isdigit() else int(month_raw)
    if month is None:
        return None
    return make_date(int(m.group("y")), month, int(m.group("d")))


def last_weekday(base: dt.date, weekday: int, strictly_before: bool = False) -> dt.date:
    """The most recent ``weekday`` on or before ``base`` (news says "on Friday" of the past few days);
    ``strictly_before`` for "last Friday" in a report published on a Friday (a week before)."""
    back = (base.weekday() - weekday) % 7
    if strictly_before and back == 0:
        back = 7
    return base - dt.timedelta(days=back)


def weekday_of_last_week(published: dt.date, weekday: int) -> dt.date:
    """``weekday`` (0 Monday) in the calendar week before publication's ("Monday of last week", "يوم الاثنين من
    الأسبوع الماضي")."""
    return published - dt.timedelta(days=published.weekday() + 7 - weekday)


def day_of_month(published: dt.date, day: int, months_back: int = 0) -> dt.date | None:
    """Day ``day`` of the month of publication (``months_back`` 0) or of the month before it (1) ("the 3rd of this
    month", "في 28 من الشهر الماضي"); None for a day that month does not have."""
    month_of = published.replace(day=1) - dt.timedelta(days=1) if months_back else published
    return make_date(month_of.year, month_of.month, day)


def infer_year(month: int, day: int, published: dt.date | None) -> dt.date | None:
    """A date given without a year: the latest such day not after publication ("August 8" in a report of
    5 August 2020 is 8 August 2019; a date still to come is told by its wording, see ``dates``)."""
    if published is None:
        return None
    candidate = make_date(published.year, month, day)
    if candidate is None or candidate > published:
        # 29 February of a year that has none: the latest year that has one.
        year = published.year - 1
        candidate = make_date(year, month, day)
        while candidate is None and year > published.year - 8:
            year -= 1
            candidate = make_date(year, month, day)
    return candidate


def day_range(
    d1: int, m1: int, y1: int | None, d2: int, m2: int, y2: int | None, published: dt.date | None
) -> tuple[dt.date, dt.date] | None:
    """"between 30 April and 2 May 2020", "from 5 to 12 October": the first and last day. The year, when only
    one end gives it, is the other's too (the earlier one a year before if the months wrap: "28 December to
    3 January 2021"); when neither does, the start is the latest such day not after publication."""
    wraps = (m1, d1) > (m2, d2)
    if y2 is not None:
        first, last = make_date(y1 if y1 is not None else (y2 - 1 if wraps else y2), m1, d1), make_date(y2, m2, d2)
    elif y1 is not None:
        first, last = make_date(y1, m1, d1), make_date(y1 + 1 if wraps else y1, m2, d2)
    else:
        first = infer_year(m1, d1, published)
        last = make_date(first.year + 1 if wraps else first.year, m2, d2) if first is not None else None
    if first is None or last is None or not first <= last or (last - first).days > 366:
        return None
    return first, last


@lru_cache(maxsize=4096)
def dateparser_date(text: str) -> dt.date | None:
    """Last resort for unusual layouts; dateparser is slow, so calls are cached and kept to datelines."""
    try:
        import dateparser

        parsed = dateparser.parse(
            text, languages=["en"], settings={"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"]}
        )
    except Exception:  # noqa: BLE001 - dateparser raises many types on odd input; a dateline is optional
        return None
    return parsed.date() if parsed else None
