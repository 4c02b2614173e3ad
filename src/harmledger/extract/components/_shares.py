"""Parts of an English toll told after it without a count of their own: a share ("20 civilians were killed,
half of them children", "8 people were killed, all of them civilians") and a breakdown after a colon that
closes the toll's clause ("13 civilians were killed in the town of X: 6 minors and 7 young men"), and a
ceiling on a floored toll said after it ("at least 12 were killed, and the real toll could be as high as 20").

Shares are read only right after the toll, in its sentence, with no other figure between, and only when
the share of the toll is a whole number of people; "half of them in the market" names no group and is
passed over.
"""

from __future__ import annotations

import re

from ..doc import CasualtyFrame, Doc, NumberHit

_SHARES = {"all": (1, 1), "half": (1, 2), "a third": (1, 3), "one third": (1, 3), "two thirds": (2, 3),
           "a quarter": (1, 4), "one quarter": (1, 4), "three quarters": (3, 4)}
_SHARE_AFTER = re.compile(
    r"[^\d.;:]{0,80}?,\s*(?:and\s+)?(?P<share>" + "|".join(sorted(map(re.escape, _SHARES), key=len, reverse=True))
    + r")\s+of\s+(?:them|whom)\s+(?:(?:were|are|being)\s+)?(?P<group>[a-z]+)\b")
# "..., and the true figure may be as high as 31", "; the real toll could reach 40": the same toll's upper bound,
# named by a word for the figure and a modal of estimate, after a floor in the same sentence.
_CEILING_AFTER = re.compile(
    r"[^\d.;:]{0,80}?[,;]?\s+(?:and\s+|but\s+)?(?:the\s+)?(?:true|real|actual|final|full|overall)\s+"
    r"(?:death\s+)?(?:figure|toll|number|count)\s+(?:may|could|might|is\s+likely\s+to)\s+(?:well\s+|even\s+)?"
    r"(?:be\s+|reach\s+|rise\s+to\s+)?")
# The toll's clause closed by a colon, then (after earlier members of the list) the count.
_COLON_LIST = re.compile(r"[^\d.;:()]{1,120}:\s*(?:[^.;:()]{1,60}?(?:,\s*|\s+and\s+))?")


def apply_share(doc: Doc, frame: CasualtyFrame, children: set[str], women: set[str], civilians: set[str]) -> None:
    """Set the group a share after the toll names ("half of them children") on ``frame``."""
    end = max(e for _, e in frame.evidence)
    m = _SHARE_AFTER.match(doc.lower, end, doc.sentences[frame.sentence][1])
    if m is None:
        return
    total = frame.number.low if frame.number.low is not None else frame.number.high
    part, whole = _SHARES[m.group("share")]
    if total is None or (total * part) % whole:
        return
    word = m.group("group")
    value = total * part // whole
    if word in children:
        frame.children = value
    elif word in women:
        frame.women = value
    elif word in civilians and part == whole:
        frame.civilians = value
    else:
        return
    frame.evidence.append((m.start("share"), m.end("group")))


def after_colon(doc: Doc, frame: CasualtyFrame | None, n: NumberHit) -> bool:
    """Whether ``n`` is in a list opened by a colon that closes ``frame``'s clause, in its sentence."""
    if frame is None or frame.number.end > n.start or doc.sentence_of(n.start) != frame.sentence:
        return False
    return bool(_COLON_LIST.fullmatch(doc.lower, frame.number.end, n.start))


def apply_ceiling_after(doc: Doc, frame: CasualtyFrame) -> None:
    """Give a floored toll the ceiling said after it in its sentence ("..., and the true figure may be as high
    as 31")."""
    n = frame.number
    if n.low is None or n.high is not None or n.vague:
        return
    end = max(e for _, e in frame.evidence)
    m = _CEILING_AFTER.match(doc.lower, end, doc.sentences[frame.sentence][1])
    if m is None:
        return
    ceiling = next((h for h in doc.numbers if h.start == m.end()), None)
    if ceiling is None or ceiling.high is None or ceiling.vague or ceiling.high <= n.low:
        return
    if ceiling.low is not None and ceiling.low != ceiling.high:
        return
    frame.number = NumberHit(n.start, n.end, n.low, ceiling.high, n.value, n.vague)
    frame.evidence.append((ceiling.start, ceiling.end))
