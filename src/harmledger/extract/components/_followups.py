"""Which later sentences of a report still tell the incident at hand: used by the assembler to attach a
perpetrator or a weapon named after the toll, and never one of another incident the report turns to."""

from __future__ import annotations

import re
from typing import Any

from ...geo import admin1_key
from ._words import any_of


def _any(key: str) -> str:
    return any_of("cues.json", key)


# A sentence that turns to another attack: "Meanwhile ...", "Elsewhere ...", "In another development ...".
ANOTHER_OPENER = re.compile(r"\W*(?:" + _any("other_event_openers") + r")\b")


def _regions(grouper: Any, sentence: int) -> set[str]:
    """The governorates a sentence names, spelling-insensitive (``harmledger.geo.admin1_key``)."""
    names = (getattr(p.resolved, "admin1", None) for p in grouper.by_sentence["places"][sentence] if p.resolved is not None)
    return {admin1_key(n) for n in names if n}


def turns_elsewhere(grouper: Any, event: Any, sentence: int) -> bool:
    """The sentence names another governorate than the event's (Damascus and Rural Damascus count as one:
    "called on Damascus" names the government) or turns to another attack ("Meanwhile", "Elsewhere")."""
    doc = grouper.doc
    if ANOTHER_OPENER.match(doc.lower, doc.sentences[sentence][0]):
        return True
    regions = _regions(grouper, sentence)
    if not regions:
        return False
    own_regions = {r for i in event.sentences for r in _regions(grouper, i)}
    return bool(own_regions and not regions & own_regions)


def tells_same_incident(grouper: Any, event: Any, sentence: int) -> bool:
    """Whether a sentence outside an event can name who or what struck in it (a weapon or a perpetrator
    named later in the report): it is about that attack (``_same_attack``: no other time, no fear or
    background), tells no toll of another incident, names no other governorate, does not turn to another
    attack ("Meanwhile", "Elsewhere"), and does not come after the report has turned to another incident."""
    doc = grouper.doc
    own = list(event.frames.values()) + event.extra
    own_ids = {id(f) for f in own}
    own_values = {f.number.value for f in own}
    others = [f for f in doc.frames if not f.aggregate and id(f) not in own_ids and f.number.value not in own_values]
    if any(f.sentence == sentence for f in others):
        return False

    def elsewhere(i: int) -> bool:
        return turns_elsewhere(grouper, event, i)

    if elsewhere(sentence):
        return False
    # Once the report has turned to another incident (a toll elsewhere, at another time, after "Meanwhile"),
    # what follows is about that one.
    last = max(event.sentences) if event.sentences else -1
    turned = [f.sentence for f in others if last < f.sentence < sentence]
    if any(elsewhere(i) or not grouper._same_attack(event, i) for i in turned):
        return False
    return bool(grouper._same_attack(event, sentence))


# A sentence that speaks of the event's deaths or of the attack already told: "the victims", "the attack",
# "were killed", "claimed the lives".
_REFERS_BACK = re.compile(
    r"\b(?:(?:the|that|this|these|those)\s+(?:\w+\s+)?(?:" + _any("event_nouns") + r")|" + _any("death_words") + r"|"
    r"(?:" + _any("killing_acts") + r")\s+(?:them|him|her|the\s+(?:\w+\s+)?(?:" + _any("captives") + r")))\b"
)


def refers_back(grouper: Any, event: Any, sentence: int) -> bool:
    """A later sentence names the event's place, restates its toll or speaks of its deaths or its attack."""
    doc = grouper.doc
    start, end = doc.sentences[sentence]
    if grouper._place_keys(sentence) & event.place_names:
        return True
    values = {f.number.value for f in list(event.frames.values()) + event.extra}
    if any(n.value in values for n in doc.numbers if start <= n.start < end):
        return True
    return bool(_REFERS_BACK.search(doc.lower, start, end))


_ANAPHOR = re.compile(r"\b(?:the|that|this|these|those)\s+(?:\w+\s+)?(?:" + _any("anaphor_nouns") + r")\b")


def restates_attack(grouper: Any, event: Any, sentence: int) -> bool:
    """A later sentence speaks of the attack already told ("the raids were carried out by ...") or restates its toll."""
    doc = grouper.doc
    start, end = doc.sentences[sentence]
    values = {f.number.value for f in list(event.frames.values()) + event.extra}
    if any(n.value in values for n in doc.numbers if start <= n.start < end):
        return True
    return bool(_ANAPHOR.search(doc.lower, start, end))
