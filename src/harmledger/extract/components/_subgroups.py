"""Which group a count names beside a casualty figure: its head group ("ten children"), a part inside the
figure before it ("including 13 children", "six of whom were children", "the number of children among the
dead reached 6"), or one more count of people added to it ("killed 31 jihadists and eight civilians"). Read
by ``casualties``."""

from __future__ import annotations

import re

from ..doc import CasualtyFrame, Doc, NumberHit
from ._casualty_terms import _CLAUSE_END, _IN_ADDITION, _TOKEN, _any, _head_nouns, terms


def head_group(doc: Doc, n: NumberHit) -> str | None:
    """"children" for "ten children", "women" for "three women", "civilians" for "5 civilians", else None."""
    t = terms()
    for tok in [m.group() for m in _TOKEN.finditer(doc.lower[n.end : n.end + 40])][:3]:
        if tok in t.children:
            return "children"
        if tok in t.women:
            return "women"
        if tok in t.civilian:
            return "civilians"
    return None


def coordinated(doc: Doc, frame: CasualtyFrame, n: NumberHit) -> bool:
    """"killed 31 jihadists and eight civilians": a second count of people in the same frame adds to it."""
    t = terms()
    head, _ = _head_nouns([m.group() for m in _TOKEN.finditer(doc.lower[n.end : n.end + 40])], t)
    if head is None or head in ("more", "others", "other"):
        return False
    between = doc.lower[frame.number.end : n.start]
    if _IN_ADDITION.search(between):
        # "... killed in X, in addition to 20 civilians injured": another group named after the second count.
        end = _CLAUSE_END.search(doc.lower, n.end)
        rest = doc.lower[n.end : end.start() if end else len(doc.lower)]
        if any(g.search(rest) for group, g in t.groups if group != frame.group):
            return False
    elif any(g.search(between) for _, g in t.groups):
        return False  # "12 killed and 20 injured": a new group, not an addition
    if re.search(r"\b(?:including|among|of whom|of them|mostly|mainly)\b", between):
        return False  # "61 people including five children and three policemen": parts, not additions
    value = n.low if n.low is not None else n.high
    if value is None:
        return False
    n0 = frame.number
    frame.number = NumberHit(n0.start, n.end, None if n0.low is None else n0.low + value,
                             None if n0.high is None or n.high is None else n0.high + value, n0.value + value, n0.vague)
    if head in t.civilian:
        frame.civilians = (frame.civilians or 0) + value
    if head in t.children:
        frame.children = (frame.children or 0) + value
    if head in t.women:
        frame.women = (frame.women or 0) + value
    frame.evidence.append((n.start, n.end))
    return True


_OF_WHOM_AFTER = re.compile(r"\s+(?:of|among)\s+(?:whom|them|the\s+(?:dead|victims|killed))\s+(?:(?:were|are|was|is)\s+)?")
# "among them children (5) and women (5)": a group's figure in brackets after it, in a list of parts.
_GROUP_IN_BRACKETS = re.compile(r"\b(?P<group>[a-z]+)\s*\(\s*$")
# "six of them were younger than 18", "two of whom under the age of eighteen": children named by their age.
_CHILD_AGE = re.compile(r"(?:" + _any("child_ages") + r")\b")


# "two girls and a woman among them": parts listed first, then the words that make them parts.
_PARTS_THEN_AMONG = re.compile(
    r"(?:\s+[a-z'-]+){1,2}?(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:\d[\d,]*|[a-z]+)(?:\s+[a-z'-]+){1,2}?)*"
    r"\s*,?\s+(?:among|of)\s+(?:them|whom|the\s+(?:dead|victims|killed))\s*(?:[.,;:)]|$)")
# "The number of children among the dead reached 6": the group named before its figure.
_NUMBER_OF_GROUP = re.compile(
    r"\bthe\s+number\s+of\s+(?P<group>[a-z]+)\s+(?:among|of)\s+(?:the\s+|those\s+)?(?:dead|victims|killed|fatalities)\s+"
    r"(?:has\s+|had\s+)?(?:reached|rose\s+to|risen\s+to|stood\s+at|was|is|totall?ed)\s+(?:at\s+least\s+)?$")


# "the children among them numbered 6 and the women 5": the group among the dead named before its figure, and the
# next group of the same breakdown with its verb left out.
_GROUP_AMONG_NUMBERED = re.compile(
    r"\b(?P<group>[a-z]+)\s+(?:among|of)\s+(?:them|whom|the\s+dead|the\s+victims|the\s+killed|those\s+killed)\s+"
    r"(?:numbered|number|totall?ed|reached|stood\s+at)\s+(?:at\s+least\s+)?"
    r"(?:$|[\w-]+\s*,?\s+(?:and\s+|while\s+)?(?:the\s+)?(?P<next>[a-z]+)\s+$)")


def subgroup(doc: Doc, n: NumberHit) -> str | None:
    """The group a number counts inside the figure before it ("including 13 children", "six of whom were
    children", "two girls and a woman among them", "the number of children among the dead reached 6"), if
    it is one."""
    t = terms()
    before = doc.lower[max(0, n.start - 60) : n.start]
    named = _NUMBER_OF_GROUP.search(before)
    among = _GROUP_AMONG_NUMBERED.search(before) if named is None else None
    if among is not None:
        word = among.group("next") or among.group("group")
        return "children" if word in t.children else "women" if word in t.women else None
    if named is not None:
        word = named.group("group")
        return "children" if word in t.children else "women" if word in t.women else None
    if _PARTS_THEN_AMONG.match(doc.lower, n.end):
        return head_group(doc, n)
    bracketed = _GROUP_IN_BRACKETS.search(before)
    if bracketed and doc.lower.startswith(")", n.end) and re.search(r"\b(?:among|including|of\s+whom)\b", before):
        word = bracketed.group("group")
        return "children" if word in t.children else "women" if word in t.women else None
    if not (t.sub_cue.search(before) or t.sub_cue_and.search(before)):
        after = _OF_WHOM_AFTER.match(doc.lower, n.end)
        if after and _CHILD_AGE.match(doc.lower, after.end()):
            return "children"
        return head_group(doc, NumberHit(n.start, after.end(), n.low, n.high, n.value)) if after else None
    return head_group(doc, n)
