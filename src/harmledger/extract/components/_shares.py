"""Parts of an English toll told after it without a count of their own: a share ("20 civilians were killed,
half of them children", "8 people were killed, all of them civilians") and a breakdown after a colon that
closes the toll's clause ("13 civilians were killed in the town of X: 6 minors and 7 young men").

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
