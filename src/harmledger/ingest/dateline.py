"""The publication date stated in a dateline at the top of a report: the one reader of datelines, for
ingest (a document's date when nothing else gives one) and for extraction (the ``dateline`` component).

Reports open with lines like "Wed 05 Apr 2017", "Damascus, 12 March 2019 (SANA) -", "Posted on April 19
2017 by ...", "Date of publication 5 August 2016", "02.10.2017", "Last updated at Apr 152017" (the space
lost in scraping), "Middle East 1730 28.04.2017Get short URL", or a headline followed by "Monitor AFP
Friday 6 Feb 2015". "BEIRUT (Reuters) -" states no date. Only full dates (day, month and year) count, and
only where a dateline stands: opening the text or a paragraph, after a site's label ("Published", "Posted
on", an agency's name, a weekday), or next to a time, an agency or a dateline's dash ("Idlib, 3 May
2019 - "). A date anywhere else ("on 12 March 2019", "Around 2 May 2020 (as reported)") dates an event:
guessing there would date the report by its subject. Parsing is done here rather than with dateparser's free-text search, which is slow and reads
dates into ordinary words; the few layouts reports use are known.
"""

from __future__ import annotations

import datetime as dt
import re

from .._dates import MAX_YEAR, MIN_YEAR, MONTHS, WEEKDAY_RE, DateOrder, parse_date_value
from .._errors import DateValueError

WINDOW = 260  # characters from the top where a dateline may sit (after a headline, at most)
DATEPARSER_MAX_CHARS = 200

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"

_PATTERNS = [
    # 5 April 2017, 05 Apr. 2017, 5th of April, 2017
    re.compile(r"(?<!\d)(?P<day>\d{1,2})(?:st|nd|rd|th)?(?:\s+of)?[\s-]+" + _MONTH + r",?[\s-]*(?P<year>(?:19|20)\d\d)(?!\d)", re.I),
    # April 19 2017, April 19, 2017, Apr 152017
    re.compile(r"(?<![a-z])" + _MONTH + r"\s*(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s*(?P<year>(?:19|20)\d\d)(?!\d)", re.I),
    # 2017-04-05
    re.compile(r"(?<!\d)(?P<year>(?:19|20)\d\d)-(?P<nmonth>\d{1,2})-(?P<day>\d{1,2})(?!\d)"),
    # 02.10.2017, 13-08-2013, 5/4/2016: day first, as in the reports' own regions, unless impossible
    re.compile(r"(?<![\d.\-/])(?P<a>\d{1,2})(?P<sep>[./-])(?P<b>\d{1,2})(?P=sep)(?P<year>(?:19|20)\d\d)(?!\d)"),
]

# A date is the dateline when it opens the text, follows a site's label ("Published", "Posted on", an
# agency name and weekday after the headline) or a time ("1730 28.04.2017"), or is followed by a time
# ("at 14:30"), an agency ("(SANA)") or the dash of "Idlib, 3 May 2019 - "; otherwise it is an event's date,
# as it is after "on" and a weekday ("On Saturday, 13 February 2021, 24 civilians were killed").
_DATELINE_BEFORE = re.compile(
    r"(?:^\W*|\b(?:published|posted\s+on|posted|date\s+of\s+publication|last\s+updated(?:\s+at)?|updated|issued|"
    r"released|dated|modified|afp|reuters|ap|nna|sana|dpa|xinhua)\W*(?:on\s+)?(?:(?:" + WEEKDAY_RE + r")\w*\W*)?"
    r"|(?<!\bon\s)\b(?:(?:" + WEEKDAY_RE + r")\w*\W*)|(?:\b\d{1,2}:\d{2}|\b\d{4})\s+)$",
    re.I,
)
_TIME_AFTER = re.compile(r"^\W*(?:at\s+)?\d{1,2}:\d{2}\b|^\W*at\s+\d{3,4}\b|^\s*[-–—]\s|^\W*\(updated|^\W*(?:[\w'-]+\s+){0,2}\W*(?:sana|afp|reuters)\b", re.I)
# A date opening the first paragraph after the title ("Title\n\nApril 11 2017 ...") is one too.
_PARAGRAPH_START = re.compile(r"\n[ \t]*\n\W*$")


def find_dateline(text: str) -> dt.date | None:
    """The date of the dateline near the top of ``text``, or None when there is none."""
    found = dateline_span(text)
    return found[2] if found else None


def dateline_span(text: str, limit: int = WINDOW) -> tuple[int, int, dt.date] | None:
    """(start, end, date) of the dateline within the first ``limit`` (at most ``WINDOW``) characters, or None."""
    head = text[: min(limit, WINDOW)]
    best: tuple[int, int, dt.date] | None = None
    for pattern in _PATTERNS:
        for match in pattern.finditer(head):
            date = _to_date(match)
            if date is None or not is_dateline_position(head, match.start(), match.end()):
                continue
            if best is None or match.start() < best[0]:
                best = (match.start(), match.end(), date)
            break
    return best


def is_dateline_position(head: str, start: int, end: int) -> bool:
    """Whether a date at ``head[start:end]`` stands where a dateline does (see the module's docstring)."""
    before = head[max(0, start - 40) : start]
    # A word before it ("O 2 May 2020, in Loiza", a note's "On" misspelt) makes it the event's date.
    return bool(_DATELINE_BEFORE.search(before) or _TIME_AFTER.match(head[end : end + 20])
                or (start <= 2 and not re.search(r"[^\W\d_]", before)) or _PARAGRAPH_START.search(before))


def _to_date(match: re.Match[str], order: DateOrder = "DMY") -> dt.date | None:
    groups = match.groupdict()
    year = int(groups["year"])
    if groups.get("month"):
        month = MONTHS[groups["month"].lower().rstrip(".")]
        day = int(groups["day"])
    elif groups.get("nmonth"):
        month, day = int(groups["nmonth"]), int(groups["day"])
    else:
        # The year is last here: only "DMY" puts the day first (harmledger._dates has the rule).
        day, month = (int(groups["a"]), int(groups["b"])) if order == "DMY" else (int(groups["b"]), int(groups["a"]))
        if month > 12 and day <= 12:
            day, month = month, day
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def read_date(value: str, *, order: DateOrder = "DMY") -> dt.date:
    """A date from a metadata field, a corpus record or an option.

    The value forms of ``harmledger._dates`` first (one reader for ingest, extract and the API); then
    a dateline's layouts inside a longer value ("Posted on 5 April 2017 by ..."); then, for a value
    with words in another language ("5 avril 2017"), dateparser on absolute dates only, so that
    "yesterday" is not read as a day. Raises DateValueError with the value reader's message.
    """
    try:
        return parse_date_value(value, order=order)
    except DateValueError as exc:
        if exc.recognised or not value.strip():
            raise  # a date in a known form that does not exist: no other reader is better placed
        error = exc
    for pattern in _PATTERNS:
        found = pattern.search(value)
        if found:
            date = _to_date(found, order)
            if date is None:
                raise error
            return date
    # dateparser tries each of its ~200 locales on the whole value: a second or more for a paragraph
    # (a corpus column mapped wrongly), so only a value of date length is given to it.
    if len(value) <= DATEPARSER_MAX_CHARS and re.search(r"[^\W\d_]", value):
        import dateparser

        settings = {"REQUIRE_PARTS": ["day", "month", "year"], "DATE_ORDER": order, "PARSERS": ["absolute-time"]}
        parsed = dateparser.parse(value, settings=settings)
        if parsed is not None and MIN_YEAR <= parsed.year <= MAX_YEAR:
            return parsed.date()
    raise error


def parse_date(value: str, *, order: DateOrder = "DMY") -> dt.date | None:
    """``read_date``, or None when the value is not a full date (weak metadata is then just ignored)."""
    try:
        return read_date(value, order=order)
    except DateValueError:
        return None
