"""The dateline: the publication date (and place, "Damascus, SANA") at the head of a report.

When the caller gives no publication date, it comes from here: the date is read by the one dateline
reader, ``harmledger.ingest.dateline`` (which ingest uses too). Site furniture at the head (times,
"Get short URL" share counters) is marked ignored so that its digits are not read as counts.
"""

from __future__ import annotations

import re

from ...ingest.dateline import WINDOW, dateline_span
from .. import timeparse as tp
from ..doc import Doc
from ..registry import Component, PipelineContext, component
from ._furniture import list_end

_NOISE = [
    re.compile(r"get short url(?:\s+\d+){1,2}"),
    re.compile(r"\b(?:at\s+)?\d{1,2}:\d{2}(?::\d{2})?\b"),
    re.compile(r"\bat\s+\d{4}\b"),
    re.compile(r"(?<=\d{4})\s+\d{6}\b"),
]
# "ALEPPO, March 3 (Reuters) -", "Damascus, 12 March 2019 (SANA) -", "BEIRUT (AP) -", "Aleppo, SANA-": where the
# reporter files from, at the start of the text or of a line near it; never by itself the place of the event.
_AGENCY = r"(?:SANA|AFP|Reuters|AP|AA|Anadolu|Xinhua|dpa|DPA|UPI|IANS|ANHA|NNA|IRNA|Sputnik|TASS|RIA|Al\s+Jazeera)"
_SANA_PLACE = re.compile(
    r"(?:^|\n)\s*(?P<place>[A-Z][\w'’ .-]{1,40}?)\s*(?:,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?)"
    r"(?:,?\s*(?:19|20)\d\d)?\s*)?(?:,\s*|\s*\(\s*)" + _AGENCY + r"\b\s*\)?\s*[-–—:]"
)


_TAGS = re.compile(r"\bTags\s+")
TAGS_WITHIN = 1500  # a site's list of tags starts within this many characters of the head
TAGS_REACH = 400  # and is at most this long
TAGS_OPENING_REACH = 200  # a sentence opening within this many characters ends the tags


def tag_list(text: str, lead_start: int, limit: int) -> tuple[int, int] | None:
    """A site's keyword list ("Tags Syria Aleppo Rebels Douma ...") ends where the lead is told again."""
    m = _TAGS.search(text, 0, min(limit, TAGS_WITHIN))
    if m is None:
        return None
    # No lead told again: the list ends where a sentence starts ("Tags Raqqa airstrikes IS Syria Overnight airstrikes on the").
    end = list_end(text, m.end(), lead_start, min(limit, m.end() + TAGS_REACH), TAGS_OPENING_REACH)
    return (m.start(), end) if end is not None else None


_WEEKDAY_BEFORE = re.compile(rf"\b(?:{tp.WEEKDAY_ALT})\.?,?\s+$")


@component(name="dateline", assigns=["published", "ignored"])
def make_dateline(context: PipelineContext) -> Component:
    def dateline(doc: Doc) -> None:
        head_end = min(WINDOW, doc.limit)
        head = doc.lower[:head_end]
        for pattern in _NOISE:
            for m in pattern.finditer(head):
                doc.ignored.append((m.start(), m.end()))
        best = dateline_span(doc.text, head_end)
        if best is not None:
            # "AFP Friday 22 Jul 2016": the weekday is the dateline's, not a day of the report's events.
            weekday = _WEEKDAY_BEFORE.search(head, max(0, best[0] - 12), best[0])
            doc.published_span = (weekday.start() if weekday else best[0], best[1])
            doc.ignored.append(doc.published_span)
            if doc.published is None:
                doc.published = best[2]
        elif doc.published is None:
            first = doc.text[: min(30, doc.limit)].strip()
            looks_dated = bool(re.search(r"\d", first)) and bool(re.search(rf"\b(?:{tp.MONTH_ALT})\b", first.lower()))
            parsed = tp.dateparser_date(first) if looks_dated else None
            if parsed is not None and 1900 <= parsed.year <= 2100:
                doc.published = parsed
        tags = tag_list(doc.text, doc.published_span[1] if doc.published_span else 0, doc.limit)
        if tags is not None:
            doc.ignored.append(tags)
        place = _SANA_PLACE.search(doc.text[:head_end])
        if place:
            doc.dateline_place = (place.start("place"), place.end("place"))

    return dateline
