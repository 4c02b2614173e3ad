"""Counts of attacks that an Arabic report gives as a total, as the English ``attack_counts`` does:
"184 هجوماً على منشآت طبية منذ 2011", "ما لا يقل عن 60 حادثة اعتداء على مدارس منذ آذار 2011", "قصفت المدرسة 12 مرة منذ 2019" (times, in a
sentence that names an attack or a weapon).

A number of attacks is a total only when its clause says so, with an aggregate cue of
``data/ar/casualties.json`` or a "since" date; "شن الطيران 30 غارة على ... يوم الجمعة" tells of one
day's raids and is left to the incident (in a sentence that names a day, only "منذ" makes a total).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..arabic_text import arabic_text, key_of
from ..doc import AttackCount, Doc, Intervals, NumberHit
from ..lexicon import alternation, load_json
from ..registry import Component, PipelineContext, component
from .arabic_casualties import clauses_of, terms

_WINDOW = 80  # key characters either side of the count in which a cue makes it a total


@lru_cache(maxsize=1)
def _nouns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = load_json("ar/casualties.json")
    nouns = alternation({key_of(w) for w in data["attack_nouns"]})
    repeats = alternation({key_of(w) for w in data["attack_repeats"]})
    # "184 هجوماً", "30 غارة جوية", "ما لا يقل عن 60 حادثة اعتداء": the count's own noun right after it.
    return (re.compile(rf"\s*(?:من\s+)?(?:ال)?(?P<noun>{nouns})(?!\w)"), re.compile(rf"\s*(?P<noun>{repeats})(?!\w)"))


@component(name="arabic_attack_counts", assigns=["attack_counts"], requires=["sentences", "numbers", "dates", "attacks", "weapons"])
def make_arabic_attack_counts(context: PipelineContext) -> Component:
    def attack_counts(doc: Doc) -> None:
        at = arabic_text(doc.text)
        key, aggregate = at.key, terms().aggregate
        nouns, repeats = _nouns()
        # "استهدفت المدرسة 12 مرة": times count attacks only in a sentence that names one ("نزحت 5 مرات" does not).
        attack_sentences = {doc.sentence_of(h.start) for h in [*doc.attacks, *doc.weapons]}
        dated = Intervals([(d.start, d.end) for d in doc.dates])
        since = [at.to_key(d.start) for d in doc.dates if d.since]
        day_sentences = {doc.sentence_of(d.start) for d in doc.dates if d.precision == "day" and not d.reporting}
        found: list[AttackCount] = []
        for n in doc.numbers:
            if n.vague or dated.overlaps(n.start, n.end):
                continue
            sentence = doc.sentence_of(n.start)
            if sentence < 0:
                continue
            ks, ke = at.to_key(n.start), at.to_key(n.end)
            m = nouns.match(key, ke, min(len(key), ke + 40))
            if m is None:
                m = repeats.match(key, ke, min(len(key), ke + 20))
                if m is None or sentence not in attack_sentences:
                    continue
            s_start, s_end = (at.to_key(x) for x in doc.sentences[sentence])
            c_start, c_end = clauses_of(key, s_start, s_end, ks)
            lo, hi = max(c_start, ks - _WINDOW), min(c_end, ke + _WINDOW)
            cues = [c.group() for c in aggregate.finditer(key, lo, hi) if c.end() <= m.start("noun") or c.start() >= m.end("noun")]
            if sentence in day_sentences:
                cues = [c for c in cues if "منذ" in c]
            if not cues and not any(lo <= d < hi for d in since):
                continue
            number = NumberHit(n.start, n.end, n.low, n.high, n.value, n.vague)
            found.append(AttackCount(number=number, sentence=sentence, evidence=[(n.start, n.end), at.span(m.start("noun"), m.end("noun"))]))
        doc.attack_counts = found

    return attack_counts
