"""Reading a date given as a value: an option, a metadata field, a corpus record's ``published``.

A value, not free text (finding the date in a report's text is the dateline's job): the whole value is
one date, in one of the forms the field's data uses:

    ISO          2020-05-09, 2020-5-9, 20200509, 2020-05-09T10:00:00Z (the date as written: no time zone
                 conversion), 2017/04/16, 2017.04.16
    month name   9 May 2020, 09-May-2020, 9-May-20 (ACLED), 09MAY2020, 9 May, 2020, 9th of May 2020,
                 May 9, 2020, April 4, 2017, Sun 16 Apr 2017, Sunday, April 16, 2017, 2020 May 9
    numeric      16/04/2017, 16.04.2017, 16-04-2017, 04/16/2017, 05/04/17

The rules, documented for users in docs/extract.md ("Publication dates"):

- English month names, full or abbreviated ("Sept", "Apr."), in any case; an ordinal day ("9th") too.
- A weekday name may open the value; it is not checked against the date (a scraping slip in the weekday
  should not cost the report its date). A time after the date ("10:00", "10:00:00 GMT") is ignored.
- Two-digit years are those of POSIX strptime's ``%y``: 00-68 are 2000-2068, 69-99 are 1969-1999.
- With a month name the order is never in doubt: the number after the month is the year when the day
  came first, so "9-May-20" is 9 May 2020 (not 2009, not the 20th).
- An all-numeric date with its four-digit year first is year, month, day, whatever the order.
- Otherwise ``order`` says how the numbers of an all-numeric date are read: "DMY", day first, by
  default (the convention of the regions the reports come from; "05/04/2017" is 5 April), "MDY", month
  first (4 May), or "YMD" (a two-digit year first: "17/04/05"; with the year last, month before day).
  When the number read as the month cannot be one (over 12) and the other can, they are swapped:
  "04/16/2017" is 16 April 2017 in any order.
- Years before 1900 or after 2200 are refused: there they are a typo, not a report's date.

Regular expressions and ``datetime`` only: dateparser is slow on a batch and guesses ("2020-13-01"
becomes 13 January), which a stated value should never be.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Literal

from ._errors import DateValueError

DateOrder = Literal["DMY", "MDY", "YMD"]
DATE_ORDERS: tuple[DateOrder, ...] = ("DMY", "MDY", "YMD")
MIN_YEAR, MAX_YEAR = 1900, 2200
# POSIX strptime's %y: a two-digit year below this is 20xx, from it 19xx.
PIVOT = 69

MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
    "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}  # fmt: skip
# The one table of English month and weekday names: the dateline readers, the dates component, the
# geocoder's stopwords and the furniture of reports all read them from here.
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                "November", "December")  # fmt: skip
_HOW = "give it as YYYY-MM-DD or as '9 May 2020'"
_FORMS = "forms read: 2020-05-09, 9 May 2020, 9-May-20, May 9 2020, Sun 16 Apr 2017, 16/04/2017"

WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
WEEKDAY_ABBR = {"mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4, "sat": 5, "sun": 6}
WEEKDAY_RE = "|".join(sorted([*WEEKDAYS, *WEEKDAY_ABBR], key=len, reverse=True))  # full names and abbreviations

_WEEKDAY = r"(?:(?:" + WEEKDAY_RE + r")\.?,?\s+)?"
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_SEP = r"(?:\s*[-/.,]\s*|\s+)"  # one separator between two numbers
_GAP = r"(?:\s*[-/.,]\s*|\s*)"  # between a number and a word, which may touch ("09MAY2020")
_TIME = (
    r"(?:(?:T|\s+|,\s*)\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:[ap]\.?m\.?)?"
    r"\s*(?:z|(?:utc|gmt)?\s*[+-]\d{1,2}(?::?\d{2})?|utc|gmt)?)?"
)


def _form(body: str) -> re.Pattern[str]:
    return re.compile(r"^" + _WEEKDAY + body + _TIME + r"$", re.I)


# (pattern, kind): "named" has a month name, "ymd" its four-digit year first, "numeric" needs the order.
_FORMS_RE: list[tuple[re.Pattern[str], str]] = [
    (_form(r"(?P<year>\d{4})(?P<sep>[-/.])(?P<month>\d{1,2})(?P=sep)(?P<day>\d{1,2})"), "ymd"),
    (re.compile(r"^(?P<year>\d{4})(?P<month>\d{2})(?P<day>\d{2})$"), "ymd"),
    (_form(r"(?P<a>\d{1,2})(?P<sep>[-/.])(?P<b>\d{1,2})(?P=sep)(?P<c>\d{4}|\d{2})"), "numeric"),
    (_form(_DAY + r"(?:\s+of)?" + _GAP + _MONTH + _GAP + r"(?P<year>\d{4}|\d{2})"), "named"),
    (_form(_MONTH + _GAP + _DAY + _SEP + r"(?P<year>\d{4}|\d{2})"), "named"),
    (_form(r"(?P<year>\d{4})" + _GAP + _MONTH + _GAP + _DAY), "named"),
]


def parse_date_value(value: str | dt.date, *, order: DateOrder = "DMY") -> dt.date:
    """The date ``value`` states, read by the rules of this module's docstring.

    A ``datetime.date`` is checked and returned (a datetime gives its date). Raises DateValueError,
    whose message starts with the value quoted and says how to give it instead.
    """
    if isinstance(value, dt.datetime):
        return _in_range(value.date(), str(value))
    if isinstance(value, dt.date):
        return _in_range(value, str(value))
    text = value.strip()
    shown = _show(value)
    if not text:
        raise DateValueError(f"{shown} is not a date: it is empty; {_HOW}", value=value)
    for pattern, kind in _FORMS_RE:
        match = pattern.match(text)
        if match is None:
            continue
        year, month, day, how = _fields(match, kind, order)
        try:
            date = dt.date(year, month, day)
        except ValueError:
            problem = f"there is no month {month}" if not 1 <= month <= 12 else f"{MONTH_NAMES[month - 1]} {year} has no day {day}"
            raise DateValueError(f"{shown} is not a date: {problem}{how}; {_HOW}", value=value, recognised=True) from None
        return _in_range(date, value)
    raise DateValueError(f"{shown} is not a date; {_HOW} ({_FORMS})", value=value)


def date_order(value: str) -> DateOrder | None:
    """``value`` ("dmy" too) as a DateOrder; None when it is not one of DATE_ORDERS."""
    wanted = value.strip().upper()
    for order in DATE_ORDERS:
        if order == wanted:
            return order
    return None


def _fields(match: re.Match[str], kind: str, order: DateOrder) -> tuple[int, int, int, str]:
    """(year, month, day, how they were read, for an error message) from a form's match."""
    groups = match.groupdict()
    if kind == "ymd":
        return int(groups["year"]), int(groups["month"]), int(groups["day"]), ""
    if kind == "named":
        return _year(groups["year"]), MONTHS[groups["month"].lower()], int(groups["day"]), ""
    a, b, c = groups["a"], groups["b"], groups["c"]
    if order == "YMD" and len(c) == 2:
        year, month, day = _year(a), int(b), int(c)
    else:
        year = _year(c)
        day, month = (int(a), int(b)) if order == "DMY" else (int(b), int(a))
    if month > 12 and day <= 12:  # the only reading that can be a date
        day, month = month, day
    return year, month, day, f" (an all-numeric date, read in the order {order})"


def _year(digits: str) -> int:
    if len(digits) == 4:
        return int(digits)
    two = int(digits)
    return (1900 if two >= PIVOT else 2000) + two


def _in_range(date: dt.date, value: str) -> dt.date:
    if not MIN_YEAR <= date.year <= MAX_YEAR:
        raise DateValueError(
            f"{_show(value)}: the year {date.year} is not between {MIN_YEAR} and {MAX_YEAR}; check the value",
            value=value,
            recognised=True,
        )
    return date


def _show(value: str) -> str:
    # A whole text pasted into a date field should not fill the terminal.
    return repr(value if len(value) <= 60 else value[:57] + "...")


__all__ = ["DATE_ORDERS", "MAX_YEAR", "MIN_YEAR", "MONTHS", "MONTH_NAMES", "WEEKDAYS", "WEEKDAY_ABBR", "WEEKDAY_RE",
           "DateOrder", "date_order", "parse_date_value"]
