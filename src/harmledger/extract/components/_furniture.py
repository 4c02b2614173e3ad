"""Site furniture that is not the report: related-headline lists, headlines after photo credits, link tails.
The taggers (actors, weapons, targets, attacks) skip these spans."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from ..._dates import MONTHS, WEEKDAYS
from ._words import cue_words

# Site furniture that is not the report: a head list of related headlines ("Print Tweet Views 729 Related IS
# group claims responsibility for attack on Syrian town ...") up to where the lead is told again, and a tail
# of links ("Related News ...", "Read Also", "Read more: ...") to the end.
_RELATED_HEAD = re.compile(r"\b(?:" + cue_words("share_buttons", then=r"\s+") + r")Related\s+(?=[A-Z0-9])")
_RELATED_TAIL = re.compile(
    r"\b(?:" + cue_words("related_links") + r")\b"
)
_SENTENCE_OPENING = re.compile(r"\b[A-Z][\w'’-]*(?:\s+(?!al-)[a-z0-9][\w'’,-]*){3}")
HEAD_FURNITURE_CHARS = 800
# Characters read for a list's end: a list of related headlines is longer than a site's list of tags.
HEADLINES_REACH = 600
HEADLINES_OPENING_REACH = 400  # a sentence opening within this many characters ends the headlines
LEAD_WORDS_REACH = 120  # the lead's first four words lie within this many characters of its start
# A photo credit with a related headline in the body: "REUTERS Murad Sezer Turkish Army Seizes Armed Insurgent at
# Turkish-Syrian Border Syrian forces managed ...", "Sputnik Dmitriy Vinogradov Syrian Airstrikes Kill Over 100 Daesh
# Fighters in Hama Province WASHINGTON (Sputnik) ...": a run of capitalised words after the credit.
_TITLE_WORD = r"(?:[A-Z0-9][\w.'’-]*|" + cue_words("title_small_words") + r")(?=\s|$)"
_CREDITED_HEADLINE = re.compile(
    r"\b(?:" + cue_words("photo_credits") + r")\s+((?:" + _TITLE_WORD + r"\s+){5,30}" + _TITLE_WORD + r")"
)
_DATE_WORD = re.compile(
    r"\b(?:\d{4}|\d+\.\d+|" + "|".join(name.capitalize() for name in [*WEEKDAYS, *MONTHS]) + r")\b"
)
CREDIT_MIN_START = 120


def furniture_of(doc: Any) -> list[tuple[int, int]]:
    """The site furniture of a document (cached: the taggers each ask)."""
    lead = doc.published_span[1] if doc.published_span and doc.published_span[0] < 40 else 0
    return list(_furniture(doc.text, doc.limit, lead))


@lru_cache(maxsize=8)
def _furniture(text: str, limit: int, lead_start: int) -> tuple[tuple[int, int], ...]:
    return tuple(furniture(text, limit, lead_start))


def list_end(text: str, start: int, lead_start: int, stop: int, opening_reach: int) -> int | None:
    """Where a list at the head of a report (related headlines, a site's tags) that runs from ``start`` ends:
    where the lead (from ``lead_start``) is told again, by its first four words or else three, before
    ``stop``; else where a sentence opens (a capitalised word and three that are not) within
    ``opening_reach`` characters; else None (no list)."""
    lead_words = re.findall(r"\w+", text[lead_start : lead_start + LEAD_WORDS_REACH])[:4]
    window = text[start:stop]
    for n in (4, 3):
        if len(lead_words) >= n:
            again = re.search(r"\W+".join(map(re.escape, lead_words[:n])), window)
            if again:
                return start + again.start()
    opening = _SENTENCE_OPENING.search(window[:opening_reach])
    return start + opening.start() if opening else None


def furniture(text: str, limit: int, lead_start: int = 0) -> list[tuple[int, int]]:
    """Spans of site furniture: related-headline lists at the head, headlines after a photo credit in the body,
    and link lists at the tail."""
    spans: list[tuple[int, int]] = []
    m = _RELATED_HEAD.search(text, 0, min(limit, HEAD_FURNITURE_CHARS))
    if m is not None:
        end = list_end(text, m.end(), lead_start, min(limit, m.end() + HEADLINES_REACH), HEADLINES_OPENING_REACH)
        if end is not None:
            spans.append((m.start(), end))
    for m in _CREDITED_HEADLINE.finditer(text, CREDIT_MIN_START, limit):
        run = m.group(1)
        if _DATE_WORD.search(run):
            continue  # a dateline ("AFP Wednesday 29 Oct 2014 ..."), not a headline
        words = list(re.finditer(r"\S+", run))
        end = m.end(1)
        # The last capitalised word opens the report's next sentence ("... Border Syrian forces managed"), and an
        # all-capitals place is the next dateline ("... Province WASHINGTON (Sputnik)").
        if re.match(r"\s+[a-z]", text[end : end + 3]) or (words[-1].group(0).isupper() and len(words[-1].group(0)) > 2):
            end = m.start(1) + words[-1].start()
        spans.append((m.start(), end))
    # A tail list of links: only near the end of the report, so that a "read more" link inside it is not cut.
    for tail in _RELATED_TAIL.finditer(text, 0, limit):
        if tail.start() >= len(text) * 0.7 or len(text) - tail.start() < 1500:
            spans.append((tail.start(), limit))
            break
    return spans
