"""Calendar arithmetic and the date patterns shared by the dateline and dates components."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
WEEKDAY_ABBR = {"mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4, "sat": 5, "sun": 6}

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


def last_weekday(base: dt.date, weekday: int) -> dt.date:
    """The most recent ``weekday`` on or before ``base`` (news says "on Friday" of the past few days)."""
    return base - dt.timedelta(days=(base.weekday() - weekday) % 7)


def infer_year(month: int, day: int, published: dt.date | None) -> dt.date | None:
    """A date given without a year: the latest such day not after publication (plus a day of slack)."""
    if published is None:
        return None
    candidate = make_date(published.year, month, day)
    if candidate is None:
        return None
    if candidate > published + dt.timedelta(days=1):
        candidate = make_date(published.year - 1, month, day)
    return candidate


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
