"""Where the people a place is told of came from, and when that is still where they were hit.

"buses carrying residents evacuated from the towns of Fuaa and Kafraya", "displaced from Homs": the
people's origin, not the attack's place. But the wounded a strike left are carried out of the place it hit
("rescuers evacuated 21 wounded from Markada after the strike"), and people killed as they fled a place
("killed while fleeing from Tell Rifaat towards Azaz") died on their way out of it: there the origin is the
best place the report gives for the attack."""

from __future__ import annotations

import re

from ._words import cue_words

_TAIL = (
    r"(?:the\s+)?(?:[\w'’-]+\s+){0,4}?(?:(?:" + cue_words("settlements") + r")\s+of\s+)?"
    r"(?:[\w'’-]+(?:\s+[\w'’-]+)?\s*(?:,|and)\s*)?$"
)
ORIGIN = re.compile(
    r"(?:\b(?:" + cue_words("leaving_words") + r")\b[^.;:]{0,60}?\bfrom\s+"
    r"|\bevacuat\w*\b[^.;:]{0,60}?\bof\s+)" + _TAIL
)
# The hurt or the dead carried out of a place, or people hit while they fled it (see the module's text).
# The count or a number word may stand between ("evacuated 21 wounded from", "pulled the bodies of five from").
_HIT_THERE = re.compile(
    r"(?:\b(?:" + cue_words("hurt_carried_out") + r")\b[^.;:]{0,40}?\bfrom\s+"
    r"|\b(?:" + cue_words("hit_in_flight") + r")\s+(?:[\w-]+\s+){0,3}?(?:while|as|when)\s+"
    r"(?:(?:they|he|she)\s+(?:were|was)\s+|trying\s+to\s+|attempting\s+to\s+)?"
    r"(?:" + cue_words("flight_words") + r")\s+(?:[\w'’-]+\s+){0,3}?from\s+)" + _TAIL
)
REACH = 120  # characters before a place read for its people's origin ("residents evacuated from the towns of")


def came_from(lower: str, start: int, end: int) -> bool:
    """Whether the place at ``end`` is told only as where its people came from (searched in ``start``..``end``)."""
    return ORIGIN.search(lower, start, end) is not None and _HIT_THERE.search(lower, start, end) is None
