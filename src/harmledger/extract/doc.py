"""The working document that pipeline components read and fill in.

Every component adds its findings as plain records with character offsets into ``Doc.text``; only the
assembler turns them into the pydantic models of docs/contract.md section 2. Offsets are Python string
offsets, so a span's text is always ``text[start:end]``.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any, Literal

from ..schema import Mention, Span

CasualtyGroup = Literal["killed", "injured", "missing"]


def lower_same_length(text: str) -> str:
    """Lower-case text without changing any offset (a few characters lower to two code points)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(lc := c.lower()) != 1 else lc for c in text)


@dataclass(slots=True)
class Hit:
    """A lexicon or pattern match: ``code`` is what it means, ``role`` an optional qualifier."""

    start: int
    end: int
    code: str
    role: str | None = None
    weight: float = 0.5  # how sure the role is: 1.0 when a cue says so ("killed by X", "X warplanes")


@dataclass(slots=True)
class NumberHit:
    """A quantity: ``low``/``high`` as the text bounds it (None = unbounded on that side)."""

    start: int
    end: int
    low: int | None
    high: int | None
    value: int
    vague: bool = False  # "dozens", "hundreds": an order of magnitude, not a count


@dataclass(slots=True)
class DateHit:
    start: int
    end: int
    first: dt.date
    last: dt.date
    precision: str  # day | week | month | year | period
    relative: bool = False  # read from "on Friday", "yesterday": only meaningful with a publication date
    reporting: bool = False  # the day a report was made ("the monitor said on Sunday"), not the event's
    # "since 2012": the start of a period up to publication (open-ended without one); it dates a total, never an attack.
    since: bool = False


@dataclass(slots=True)
class AttackCount:
    """A number of attacks ("184 attacks", "on 184 occasions") in a sentence that gives a total."""

    number: NumberHit
    sentence: int
    evidence: list[tuple[int, int]] = field(default_factory=list)  # the number, then its noun


@dataclass(slots=True)
class PlaceMention:
    """A place the geocoder found, kept as the geocoder returned it plus the offsets."""

    start: int
    end: int
    name: str
    role: str
    resolved: Any | None  # harmledger.schema.ResolvedPlace or the geocoder's equivalent
    feature_type: str | None = None


@dataclass(slots=True)
class CasualtyFrame:
    """One number read as people killed, injured or missing, with its sub-groups."""

    group: CasualtyGroup
    number: NumberHit
    sentence: int
    aggregate: bool = False
    update: bool = False  # "the death toll rose to ...": replaces an earlier figure for the same event
    addition: bool = False  # "two militants were also killed": adds to the event's figure instead of restating it
    combined: bool = False  # "19 killed and injured": at most this many in each group, how many in which unknown
    civilians: int | None = None
    children: int | None = None
    women: int | None = None
    evidence: list[tuple[int, int]] = field(default_factory=list)


@dataclass
class Doc:
    text: str
    published: dt.date | None = None
    published_span: tuple[int, int] | None = None
    dateline_place: tuple[int, int] | None = None
    lower: str = ""
    limit: int = 0  # analysis covers text[:limit]
    ignored: list[tuple[int, int]] = field(default_factory=list)  # boilerplate (share counters, bylines)
    sentences: list[tuple[int, int]] = field(default_factory=list)
    numbers: list[NumberHit] = field(default_factory=list)
    dates: list[DateHit] = field(default_factory=list)
    places: list[PlaceMention] = field(default_factory=list)
    actors: list[Hit] = field(default_factory=list)
    weapons: list[Hit] = field(default_factory=list)
    targets: list[Hit] = field(default_factory=list)
    attacks: list[Hit] = field(default_factory=list)  # "airstrike", "shelled", "explosion": an event happened
    attributions: list[Hit] = field(default_factory=list)
    legal: list[Hit] = field(default_factory=list)
    frames: list[CasualtyFrame] = field(default_factory=list)
    attack_counts: list[AttackCount] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    primary: int | None = None
    # (pattern, sentence start, end) -> whether it occurs there; see ``sentence_has``.
    _sentence_hits: dict[tuple[re.Pattern[str], int, int], bool] = field(
        default_factory=dict, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not self.lower:
            self.lower = lower_same_length(self.text)
        if not self.limit:
            self.limit = len(self.text)

    def span(self, start: int, end: int) -> Span:
        start = max(0, min(start, len(self.text)))
        end = max(start, min(end, len(self.text)))
        return Span(start=start, end=end, text=self.text[start:end])

    def sentence_of(self, offset: int) -> int:
        """Index of the sentence holding ``offset`` (binary search; -1 when there are none)."""
        lo, hi = 0, len(self.sentences) - 1
        found = -1
        while lo <= hi:
            mid = (lo + hi) // 2
            if self.sentences[mid][0] <= offset:
                found = mid
                lo = mid + 1
            else:
                hi = mid - 1
        return found

    def sentence_has(self, pattern: re.Pattern[str], index: int) -> bool:
        """Whether ``pattern`` occurs in sentence ``index`` of the lower-cased text.

        Remembered per sentence: a report with no full stop is one long sentence, and searching it
        again for each of its numbers made extraction quadratic in its length.
        """
        start, end = self.sentences[index]
        key = (pattern, start, end)
        found = self._sentence_hits.get(key)
        if found is None:
            found = self._sentence_hits[key] = pattern.search(self.lower, start, end) is not None
        return found

    def in_sentence(self, hits: list[Any], index: int) -> list[Any]:
        if index < 0 or index >= len(self.sentences):
            return []
        start, end = self.sentences[index]
        return [h for h in hits if start <= h.start < end]


class Intervals:
    """Non-overlapping [start, end) ranges with a logarithmic overlap test (long documents have many)."""

    def __init__(self, ranges: list[tuple[int, int]] | None = None) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []
        for start, end in sorted(ranges or []):
            if self._ends and start < self._ends[-1]:
                self._ends[-1] = max(self._ends[-1], end)
            else:
                self._starts.append(start)
                self._ends.append(end)

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self._starts, start) - 1
        if i >= 0 and self._ends[i] > start:
            return True
        j = i + 1
        return j < len(self._starts) and self._starts[j] < max(end, start + 1)

    def add(self, start: int, end: int) -> None:
        i = bisect.bisect_left(self._starts, start)
        self._starts.insert(i, start)
        self._ends.insert(i, end)
