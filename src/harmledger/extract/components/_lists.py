"""Counts that belong together: a list of groups sharing one verb ("3 policemen, 2 militia members and 1
soldier were killed", "killed nine children and 14 others"), a breakdown in brackets ("5 civilians (2 men,
2 women and 1 child)"), a figure added to an earlier one ("2 militants were also killed"), a closing
total ("4 fatalities."), and a figure of the killed and the injured together ("19 killed and injured")."""

from __future__ import annotations

import re
from typing import Any

from ..doc import CasualtyFrame, Doc, NumberHit
from ._words import any_of


def _any(key: str) -> str:
    return any_of("cues.json", key)


MAX_MEMBERS = 8
# A bracketed breakdown starts within this many characters of its count: "5 civilians, among them
# residents of the camp (2 men, 2 women ..." and no further.
BREAKDOWN_REACH = 120
# Between two members: a few words (the first member's noun) and a list separator, nothing else.
_LIST_GAP = re.compile(
    r"(?P<words>\s*(?:[\w'’.-]+\s+){0,4}?[\w'’.-]+)\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*,?\s*as\s+well\s+as\s+|\s+plus\s+)"
    # "a woman and her three children": the kin counted after the people named.
    r"(?:(?:his|her|their)\s+)?"
)
_VERBISH = re.compile(r"\b(?:" + _any("list_breakers") + r")\b|\d")
# An open bracket after a count's noun: what is inside breaks that count down.
_OPEN_BRACKET = re.compile(r"\s*(?:[\w'’-]+\s+){0,3}?[\w'’-]*\s*\([^()]*$")
# "another 5", "a further 5", "2 other policemen", "5 more people", "were also killed", "were killed as well".
_ADDED_BEFORE = re.compile(r"\b(?:" + _any("added_before") + r")\s+$")
# "2 other policemen", "five more": not "eight civilians killed, others injured", where "others" are other people.
_ADDED_AFTER = re.compile(r"\s+(?:(?!(?:" + _any("harm_stems") + r")\w*\b)[\w-]+\s+){0,2}?(?:other|others|more)\b(?!\s+than)")
_ALSO = re.compile(r"\balso\b")
_AS_WELL = re.compile(r"\s*,?\s*(?:as\s+well|too)\b")
_OTHER_TIME = re.compile(r"\b(?:" + _any("list_other_times") + r")\b")
_ELSEWHERE = re.compile(r"\b(?:" + _any("elsewhere") + r"|in\s+(?:" + _any("other_counts") + r")\s+(?:more\s+)?"
                        r"(?:" + _any("other_places") + r"))\b")
_JOINED_BEFORE = re.compile(r"\b(?:and|with|plus|along\s+with)\s+$")
_AMONG_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,3}?among\b")
# "4 fatalities." or "1 fatality, 2 injured." closing a monitor's note: the note's total.
_SUMMARY = re.compile(r"\s*(?:total\s*:?\s*)?\S+\s+(?:fatalit(?:y|ies)|deaths?|dead|killed)\s*(?:[,;]\s*\d+\s+\w+\s*)?\.?\s*$")
_COMBINED_AFTER = re.compile(r"\s*(?:and|or|&|and/or)\s+(?:" + _any("injured_words") + r")\b")
_COMBINED_BEFORE = re.compile(r"\b(?:" + _any("killed_words") + r")\s+(?:and|or|&)\s+$")


def list_members(doc: Doc, numbers: list[NumberHit], i: int, t: Any) -> list[NumberHit]:
    """The counts of a list that starts with ``numbers[i]`` (only that one when there is no list);
    ``t`` is the casualty reader's terms (``casualties.terms()``)."""
    members = [numbers[i]]
    lower = doc.lower
    while len(members) < MAX_MEMBERS and i + len(members) < len(numbers):
        last, nxt = members[-1], numbers[i + len(members)]
        gap = _LIST_GAP.fullmatch(lower, last.end, nxt.start)
        # The words before the separator (whose "and" is not a verb-ish word) must not be a clause.
        if gap is None or _VERBISH.search(lower, last.end, gap.end("words")):
            break
        if t.unit.match(lower, nxt.end) or t.unit.match(lower, last.end) or nxt.vague or last.vague:
            break  # "3 km and 5 km", "dozens and hundreds"
        if any(g.search(lower, last.end, nxt.start) for _, g in t.groups):
            break  # "12 killed and 20 injured": two groups, not a list
        if any(w in t.not_casualty_words for w in re.findall(r"[\w'-]+", lower[last.end : nxt.start])):
            break  # "three suspects fled and one was killed"
        if _PART_OF_BEFORE.match(lower, nxt.end):
            break  # "12 people, four of them children": a part of the figure before, not one more
        if _own_group(lower, last, nxt, t):
            break  # "the bodies of 12 civilians and 20 wounded": the second count is of another group
        members.append(nxt)
    return members


def _own_group(lower: str, last: NumberHit, nxt: NumberHit, t: Any) -> bool:
    """The next count has a casualty word right after it and no noun ("20 wounded"), while the count before
    it has its noun ("12 civilians and"): two groups told side by side, not one list sharing a verb."""
    space = re.match(r"\s+", lower[nxt.end : nxt.end + 3])
    if space is None or not any(g.match(lower, nxt.end + space.end()) for _, g in t.groups):
        return False
    return any(w in t.people for w in re.findall(r"[\w'-]+", lower[last.end : nxt.start]))


_OF_THEM = r"(?:of|among)\s+(?:them|whom)\b"  # "four of them", "among them": a part of the figure before
_PART_OF_BEFORE = re.compile(r"\s+" + _OF_THEM)
_PARTS_AFTER = re.compile(r"\s+[\w'-]+\s*,?\s+" + _OF_THEM)


def parts_of_first(doc: Doc, members: list[NumberHit]) -> bool:
    """"Twenty-one civilians, 8 children and 3 women among them, were killed": the members after the first are
    parts of it, not more."""
    return len(members) > 2 and bool(_PARTS_AFTER.match(doc.lower, members[-1].end))


def merge(frame: CasualtyFrame, members: list[NumberHit], heads: list[str | None], t: Any, *,
          parts: bool = False) -> None:
    """Makes ``frame`` count the sum of the members, with each member's group ("children") summed too;
    ``parts``: the first member is the figure and the others its groups."""
    if parts:
        first, last = members[0], members[-1]
        frame.number = NumberHit(first.start, last.end, first.low, first.high, first.value, first.vague)
        for key in ("civilians", "children", "women"):
            setattr(frame, key, None)
        for i, (member, head) in enumerate(zip(members, heads, strict=True)):
            value = member.low if member.low is not None else member.high
            for key in _keys(head, t):
                if i == 0 or key != "civilians":
                    setattr(frame, key, (getattr(frame, key) or 0) + (value or 0))
        spans = [(m.start, m.end) for m in members]
        frame.evidence = spans + [e for e in frame.evidence if e not in spans and not (first.start <= e[0] < last.end)]
        return
    lows = [m.low for m in members]
    highs = [m.high for m in members]
    total_low = None if any(v is None for v in lows) else sum(v for v in lows if v is not None)
    total_high = None if any(v is None for v in highs) else sum(v for v in highs if v is not None)
    first, last = members[0], members[-1]
    frame.number = NumberHit(first.start, last.end, total_low, total_high, sum(m.value for m in members),
                             any(m.vague for m in members))
    for key in ("civilians", "children", "women"):
        setattr(frame, key, None)
    for member, head in zip(members, heads, strict=True):
        value = member.low if member.low is not None else member.high
        for key in _keys(head, t):
            setattr(frame, key, (getattr(frame, key) or 0) + (value or 0))
    spans = [(m.start, m.end) for m in members]
    frame.evidence = spans + [e for e in frame.evidence if e not in spans and not (first.start <= e[0] < last.end)]


def _keys(head: str | None, t: Any) -> list[str]:
    keys = []
    if head in t.civilian:
        keys.append("civilians")
    if head in t.children:
        keys.append("children")
    if head in t.women:
        keys.append("women")
    return keys


def in_breakdown(doc: Doc, frame: CasualtyFrame | None, n: NumberHit) -> bool:
    """Whether ``n`` is inside brackets right after ``frame``'s count ("5 civilians (2 men, 2 women ...")."""
    if frame is None or frame.number.end > n.start or n.start - frame.number.end > BREAKDOWN_REACH:
        return False
    return bool(_OPEN_BRACKET.fullmatch(doc.lower, frame.number.end, n.start))


def add(previous: CasualtyFrame, frame: CasualtyFrame) -> CasualtyFrame:
    """The event's figure with another group's added ("... 2 militants were also killed")."""
    low = None if previous.number.low is None or frame.number.low is None else previous.number.low + frame.number.low
    high = None if previous.number.high is None or frame.number.high is None else previous.number.high + frame.number.high
    summed = CasualtyFrame(group=previous.group, number=NumberHit(previous.number.start, previous.number.end, low, high,
                                                                  previous.number.value + frame.number.value),
                           sentence=previous.sentence, update=previous.update)
    for key in ("civilians", "children", "women"):
        a, b = getattr(previous, key), getattr(frame, key)
        setattr(summed, key, None if a is None and b is None else (a or 0) + (b or 0))
    summed.evidence = list(previous.evidence) + [e for e in frame.evidence if e not in previous.evidence]
    return summed


def is_addition(doc: Doc, frame: CasualtyFrame) -> bool:
    """"2 militants were also killed", "2 other policemen were killed", "another 5 were injured"."""
    lower, n = doc.lower, frame.number
    if _AMONG_AFTER.match(lower, n.end):
        return False  # "there were also 20 women among the dead": a part, not more
    if doc.sentence_has(_OTHER_TIME, frame.sentence) or doc.sentence_has(_ELSEWHERE, frame.sentence):
        return False  # "a day after 100 were killed ... while five others were killed": another time's toll
    term_end = frame.evidence[1][1] if len(frame.evidence) > 1 and frame.evidence[1][0] >= n.end else n.end
    # "his son and 12 other militants": "other" set against a person of the same clause, not the event's dead.
    others = _ADDED_AFTER.match(lower, n.end) and not _JOINED_BEFORE.search(lower, max(0, n.start - 8), n.start)
    return bool(_ADDED_BEFORE.search(lower, max(0, n.start - 20), n.start) or others
                or _ALSO.search(lower, n.end, term_end) or _AS_WELL.match(lower, term_end))


def is_summary(doc: Doc, frame: CasualtyFrame) -> bool:
    """A sentence that is only a count of the dead ("4 fatalities.", "1 fatality, 2 injured")."""
    start, end = doc.sentences[frame.sentence]
    return frame.number.start - start <= 2 and bool(_SUMMARY.fullmatch(doc.lower, frame.number.start, end))


def combined(doc: Doc, frame: CasualtyFrame) -> bool:
    """"19 killed and injured", "killing and wounding dozens": one figure for both groups."""
    if len(frame.evidence) < 2:
        return False
    term_start, term_end = frame.evidence[1]
    return bool(_COMBINED_AFTER.match(doc.lower, term_end) or _COMBINED_BEFORE.search(doc.lower, max(0, term_start - 20), term_start))
