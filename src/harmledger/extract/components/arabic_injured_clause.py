"""The Arabic injured told by any verb: a count whose own clause carries a word of injury (``arabic_casualties``).

The English reader takes the first casualty word after a count, up to the next count or the clause's end,
whatever verb told it ("12 people were taken to hospital with injuries"); so a new verb of evacuation or care
needs no new entry. This is the same for Arabic: a count of people whose own clause (from the end of the figure
or clause before it to the next figure, clause mark or sentence end) carries a word of injury after it
("نُقل 7 أشخاص إلى المشفى مصابين", "أُجلي أربعة مدنيين بإصابات", "وصل 6 أشخاص إلى المستوصف وهم جرحى") and no
killed or missing cue of its own is injured. Guards: a killed or missing cue in the count's own clause before
the word wins ("قتل 5 مدنيين بينهم مصاب", "5 مدنيين توفوا متأثرين بجروحهم"); "إصابة مباشرة" is a direct hit; a
word of injury right before the next figure is that figure's cue ("نقل 5 ... وإصابة 10"); a word right after the
figure is its noun, read as before ("5 إصابات"). The words are ``data/ar/casualties.json``'s
(``injured_clause_words``, ``injured_clause_not_after``, ``injured_clause_not_before``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ..arabic_text import CLITIC, key_of
from ..doc import NumberHit
from ..lexicon import alternation, load_json

_REACH = 90  # key characters after a count's noun in which its clause's word of injury is looked for
_CLAUSE = re.compile(r"[,;:.()]|(?<!\w)(?:فيما|بينما|في\s+حين|كما|ليرتفع|لترتفع|وبذلك|وبهذا|بينهم|منهم)(?!\w)")
_NEXT_CUE = re.compile(r"\s*(?:\S+\s*)?$")  # at most one word between a word of injury and the next figure


class _Words:
    def __init__(self) -> None:
        data = load_json("ar/casualties.json")

        def words(name: str) -> str:
            return alternation({key_of(w) for w in data[name]})

        self.hurt = re.compile(rf"(?<!\w){CLITIC}(?:{words('injured_clause_words')})(?!\w)")
        self.not_after = re.compile(rf"\s+(?:{words('injured_clause_not_after')})(?!\w)")
        self.not_before = re.compile(rf"(?<!\w)(?:{words('injured_clause_not_before')})\s+$")


@lru_cache(maxsize=1)
def _words() -> _Words:
    return _Words()


def hurt_in_clause(key: str, n: NumberHit, kind: str | None, noun_end: int, cues: Sequence[tuple[int, int, str]],
                   numbers: Sequence[NumberHit], ke: int) -> tuple[int, int] | None:
    """The span of the word of injury in the own clause of the count ``n`` (its noun ending at ``noun_end``) that
    makes it a count of the injured, or None. ``cues`` are the sentence's casualty cues, ``numbers`` its counts."""
    if kind not in (None, "civilian", "person", "child", "woman"):
        return None
    w = _words()
    before = max([m.end() for m in _CLAUSE.finditer(key, max(0, n.start - 80), n.start)]
                 + [m.end for m in numbers if m.end <= n.start] + [max(0, n.start - 80)])
    if any(before <= s and e <= n.start and g != "injured" for s, e, g in cues):
        return None  # "قتل 5 مدنيين بينهم مصاب": the count's own killed cue
    nxt = min([m.start for m in numbers if m.start >= n.end] + [ke, noun_end + _REACH])
    if (cut := _CLAUSE.search(key, noun_end, nxt)) is not None:
        nxt = cut.start()
    if noun_end == n.end and w.hurt.match(key, n.end + 1) and not key[n.end : n.end + 1].strip():
        return None  # "5 إصابات": the word right after the figure is its noun, read as before
    for m in w.hurt.finditer(key, noun_end, nxt):
        if any(noun_end <= s < m.start() and g != "injured" for s, _, g in cues):
            return None  # "5 مدنيين توفوا متأثرين بجروحهم"
        if w.not_after.match(key, m.end()) or w.not_before.search(key, max(0, m.start() - 20), m.start()):
            continue
        if nxt < ke and nxt < noun_end + _REACH and _NEXT_CUE.fullmatch(key, m.end(), nxt) \
                and any(k.start == nxt for k in numbers):
            return None  # "وإصابة 10": the next figure's own cue
        return m.start(), m.end()
    return None
