"""A day named by its ordinal in the month of publication or the one before it: "on the 3rd of this
month", "the 12th of the current month", "on the 28th of last month", "the fifth of this month". Releases
that name the month only relative to their own date write it so; the day is a day, never the month (which
"this month" alone would be). Read by ``dates.scan_dates``."""

from __future__ import annotations

import datetime as dt
import re

from ..timeparse import day_of_month
from ._words import cue_words

# "this month" / "the current month" (the month of publication); "last month" / "the previous month" (the one before).
_DAY_OF_MONTH = re.compile(
    r"\b(?:the\s+)?(?:(?P<d>\d{1,2})(?:st|nd|rd|th)?|(?P<w>" + cue_words("ordinal_days") + r"))\s+of\s+"
    r"(?P<which>" + cue_words("this_month") + r"|" + cue_words("last_month") + r")\s+month\b"
)
_ORDINALS = {word: i + 1 for i, word in enumerate(cue_words("ordinal_days").split("|"))}
_THIS = frozenset(w.replace(r"\s+", " ") for w in cue_words("this_month").split("|"))


def days_of_month(lower: str, published: dt.date, limit: int) -> list[tuple[int, int, dt.date]]:
    """(start, end, day) of each such day; a day the month does not have is left out."""
    found = []
    for m in _DAY_OF_MONTH.finditer(lower, 0, limit):
        day = int(m.group("d")) if m.group("d") else _ORDINALS[m.group("w")]
        which = " ".join(m.group("which").split())
        named = day_of_month(published, day, months_back=0 if which in _THIS else 1)
        if named is not None:  # "the 31st of" a month of 30 days: no day
            found.append((m.start(), m.end(), named))
    return found
