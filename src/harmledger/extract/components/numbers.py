"""Quantities in digits and words, with the hedges that bound them ("at least 75", "nearly 100", "dozens")."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from ..doc import Doc, Intervals, NumberHit
from ..lexicon import alternation, load_json
from ..registry import Component, PipelineContext, component
from ._words import any_of, cue_words
from .persons import person_counts


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, int], dict[str, int], dict[str, str], re.Pattern[str], re.Pattern[str]]:
    data = load_json("numbers.json")
    words: dict[str, int] = {}
    words.update({k: v for k, v in data["units"].items() if k not in {"a", "an", "no", "single", "dozen"}})
    words.update(data["tens"])
    words.update(data["scales"])
    vague: dict[str, int] = data["vague"]
    hedges = {h: "low" for h in data["hedges_low"]}
    hedges.update({h: "high" for h in data["hedges_high"]})
    hedges.update({h: "about" for h in data["hedges_about"]})
    word_alt = alternation(words)
    scale_alt = "|".join(re.escape(w) for w in data["scales"])
    vague_alt = alternation(w for w in vague if " of" not in w)
    number = (
        rf"(?P<digits>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s+(?P<dscale>{scale_alt})\b)?"
        rf"|(?P<dozen>(?:an?|one|two|three|four|five|six|half\s+a)\s+dozen)(?!s)\b"
        rf"|(?P<words>(?:an?\s+(?={scale_alt}))?(?:{word_alt})(?:(?:\s+and\s+|[\s-]+)(?:{word_alt}))*)\b"
        rf"|(?P<vague>{vague_alt})\b"
    )
    pattern = re.compile(rf"(?<![\w.,])(?:{number})(?![\w])")
    hedge_alt = alternation(hedges)
    hedge_re = re.compile(rf"(?:^|\W)(?P<hedge>{hedge_alt})\s+$")
    return words, vague, hedges, pattern, hedge_re


def words_value(text: str, words: dict[str, int]) -> int | None:
    total, current = 0, 0
    for token in re.split(r"[\s-]+", text):
        if token in ("and", "a", "an", ""):
            if token in ("a", "an"):
                current = max(current, 1)
            continue
        value = words.get(token)
        if value is None:
            return None
        if value == 100:
            current = (current or 1) * 100
        elif value >= 1000:
            total += (current or 1) * value
            current = 0
        else:
            current += value
    return total + current


_BOUND_AFTER = re.compile(r"\s+(?:[a-z'’-]+\s+)?at\s+(?:the\s+)?(?:very\s+)?(?P<side>least|most)\b")
# "53 civilians, if not more, were killed", "12 people or more": a floor said after the figure (and its noun).
_FLOOR_AFTER = re.compile(r"(?:\s+[a-z'’-]+)?,?\s+(?:" + any_of("numbers.json", "floors_after") + r")\b")
# "30-plus civilians", "50+ dead": a floor glued to the figure ("30 plus 5" is a sum, and is left alone).
_PLUS_AFTER = re.compile(r"(?:-plus\b|\+(?!\s*\d))")
_AND = re.compile(r"\s+and\s+")
_SCALE_WORDS = ("hundred", "thousand", "million", "billion")


def _word_numbers(text: str, start: int) -> list[tuple[int, str]]:
    """A run of number words split where "and" joins two numbers rather than a scale to its rest: "two hundred
    and twelve" is one number, "seven and twelve" two. (start, words) of each."""
    parts: list[tuple[int, str]] = []
    pos = 0
    for m in _AND.finditer(text):
        if not text[pos : m.start()].endswith(_SCALE_WORDS):
            parts.append((start + pos, text[pos : m.start()]))
            pos = m.end()
    parts.append((start + pos, text[pos:]))
    return parts


def parse_numbers(lower: str, start: int = 0, end: int | None = None) -> list[NumberHit]:
    words, vague, hedges, pattern, hedge_re = _tables()
    end = len(lower) if end is None else end
    found: list[NumberHit] = []
    for m in pattern.finditer(lower, start, end):
        if m.group("digits"):
            raw = m.group("digits").replace(",", "")
            try:
                value = float(raw)
            except ValueError:
                continue
            if m.group("dscale"):
                value *= words[m.group("dscale")]
            if value > 10**12:
                continue
            number = int(value)
            is_vague = False
        elif m.group("dozen"):
            # "a dozen", "two dozen", "half a dozen": counts ("dozens" alone is vague).
            first = m.group("dozen").split()[0]
            number, is_vague = (6 if first == "half" else 12 * words.get(first, 1)), False
        elif m.group("words"):
            parts = _word_numbers(m.group("words"), m.start("words"))
            if len(parts) > 1:
                # "between seven and twelve": two numbers, not 19; each is read on its own.
                for part_start, part in parts:
                    part_value = words_value(part, words)
                    if part_value is not None:
                        found.append(NumberHit(part_start, part_start + len(part), part_value, part_value, part_value))
                continue
            parsed = words_value(m.group("words"), words)
            if parsed is None:
                continue
            number, is_vague = parsed, False
        else:
            key = m.group("vague")
            # "tens of thousands" / "dozens of": the bound is the same with or without "of".
            number, is_vague = vague.get(key, vague.get(key + " of", 2)), True
        low: int | None = number
        high: int | None = number
        s = m.start()
        before = lower[max(0, s - 30) : s]
        h = hedge_re.search(before)
        if h:
            kind = hedges[h.group("hedge")]
            s = s - (len(before) - h.start("hedge"))
            if kind == "low":
                high = None
            elif kind == "high":
                low = None
        elif (after := _BOUND_AFTER.match(lower, m.end())) is not None:
            # "54 civilians at the very least", "32 civilians at most"
            if after.group("side") == "least":
                high = None
            else:
                low = None
        elif _FLOOR_AFTER.match(lower, m.end()) is not None or _PLUS_AFTER.match(lower, m.end()) is not None:
            high = None
        if is_vague:
            high = None
        found.append(NumberHit(s, m.end(), low, high, number, is_vague))
    return found


# "between 43 and 52", "from 2 to 4", "8-10", "20 to 25": one count with both bounds.
_RANGE_GAP = re.compile(r"\s*(?:" + cue_words("range_gaps") + r")\s*")
_RANGE_OPEN = re.compile(r"\b(?:" + cue_words("range_openers") + r")\s+$")
MAX_RANGE_RATIO = 10


def _joins_alone(gap: str) -> bool:
    return gap.strip() in ("-", "–", "to", "or")


def _close(a: NumberHit, b: NumberHit, gap: str, opened: bool) -> bool:
    """"seven or eight civilians": "or" alone joins only neighbouring figures ("5 or 50" are two guesses)."""
    return opened or gap.strip() != "or" or b.high is not None and a.low is not None and b.high <= 2 * a.low + 1


def ranges(lower: str, hits: list[NumberHit], *, gaps: re.Pattern[str] = _RANGE_GAP,
           openers: re.Pattern[str] = _RANGE_OPEN, joins_alone: Callable[[str], bool] = _joins_alone) -> list[NumberHit]:
    """Joins two counts that bound one figure. A dash or "to" joins them alone; "and" and "or" only
    after "between"/"from" ("killed 5 and injured 12" are two counts). Another language passes its own
    ``gaps`` between the bounds, ``openers`` before them and which gaps join without an opener."""
    out: list[NumberHit] = []
    i = 0
    while i < len(hits):
        a = hits[i]
        b = hits[i + 1] if i + 1 < len(hits) else None
        if b is not None and not a.vague and not b.vague and a.low is not None and b.high is not None:
            gap = gaps.fullmatch(lower, a.end, b.start)
            opened = openers.search(lower, max(0, a.start - 10), a.start)
            joined = gap is not None and (opened is not None or joins_alone(gap.group()))
            years = 1900 <= a.value <= 2100 and 1900 <= b.value <= 2100
            if joined and not years and a.low < b.high <= max(a.low * MAX_RANGE_RATIO, a.low + 10) \
                    and _close(a, b, gap.group() if gap else "", opened is not None):
                start = opened.start() if opened is not None else a.start
                out.append(NumberHit(start, b.end, a.low, b.high, a.low))
                i += 2
                continue
        out.append(a)
        i += 1
    return out


# "at least 14 civilians, and possibly as many as 17", "no fewer than 9 and no more than 12": a floor and then a
# ceiling of one figure (the people noun may stand after the floor).
_BOUND_PAIR_GAP = re.compile(
    r"(?:\s+[a-z-]+){0,2}?\s*,?\s*(?:(?:" + cue_words("bound_pair_links") + r")\s+)?(?:even\s+)?")


def bound_pairs(lower: str, hits: list[NumberHit]) -> list[NumberHit]:
    """Joins a count bounded only below to the next count bounded only above when a link joins them."""
    out: list[NumberHit] = []
    i = 0
    while i < len(hits):
        a = hits[i]
        b = hits[i + 1] if i + 1 < len(hits) else None
        if (b is not None and not a.vague and not b.vague and a.low is not None and a.high is None
                and b.low is None and b.high is not None and a.low < b.high <= max(a.low * MAX_RANGE_RATIO, a.low + 10)
                and _BOUND_PAIR_GAP.fullmatch(lower, a.end, b.start)):
            out.append(NumberHit(a.start, b.end, a.low, b.high, a.low))
            i += 2
            continue
        out.append(a)
        i += 1
    return out


_FRACTIONS = {"quarter": 0.25, "half": 0.5, "third": 1 / 3}
_SCALE = {"million": 1_000_000, "thousand": 1000, "hundred": 100}
_FRACTION = re.compile(
    r"(?<![\w-])(?:(?:" + cue_words("fraction_leads") + r")\s+)?(?P<f>" + "|".join(_FRACTIONS) + r")\s+(?:of\s+)?an?\s+"
    r"(?P<s>" + "|".join(_SCALE) + r")\b"
)


def fractions(lower: str, start: int, end: int) -> list[NumberHit]:
    """"a quarter of a million", "half a million"."""
    out = []
    for m in _FRACTION.finditer(lower, start, end):
        value = int(_FRACTIONS[m.group("f")] * _SCALE[m.group("s")])
        out.append(NumberHit(m.start(), m.end(), value, value, value))
    return out


@component(name="numbers", assigns=["numbers"], requires=["sentences"])
def make_numbers(context: PipelineContext) -> Component:
    def numbers(doc: Doc) -> None:
        special = fractions(doc.lower, 0, doc.limit)
        taken = Intervals([(h.start, h.end) for h in special])
        hits = ranges(doc.lower, [h for h in parse_numbers(doc.lower, 0, doc.limit) if not taken.overlaps(h.start, h.end)])
        hits = bound_pairs(doc.lower, hits)
        people = person_counts(doc.lower, 0, doc.limit)
        # "One mother and her child": the list of people (2) over the number word that opens it (1).
        pairs = Intervals([(h.start, h.end) for h in people if h.value > 1])
        hits = [h for h in hits if not pairs.overlaps(h.start, h.end)]
        taken = Intervals([(h.start, h.end) for h in hits + special])
        people = [h for h in people if not taken.overlaps(h.start, h.end)]
        hits = sorted(hits + special + people, key=lambda h: h.start)
        ignore = Intervals(doc.ignored)
        doc.numbers = [h for h in hits if not ignore.overlaps(h.start, h.start + 1)]

    return numbers
