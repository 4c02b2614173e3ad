"""Counts of attacks that a report gives as a total: "184 attacks on medical facilities since 2011",
"attacked schools on 184 occasions since September 2013".

A number of attacks is a total only when its sentence says so, with an aggregate cue ("since", "so far",
"has documented") or a "since" date; "30 air strikes on Idlib on Monday" tells of one day's raids and is
left to the incident (in a sentence that names a day, only "since" makes a total). "on 184 occasions" and "50 times" count attacks only in a sentence that names one.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..doc import AttackCount, Doc, Intervals
from ..lexicon import alternation, load_json
from ..registry import Component, PipelineContext, component
from .casualties import terms

_WINDOW = 80  # characters either side of the count in which a cue makes it a total




@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = load_json("casualties.json")
    modifiers = rf"(?:(?:{alternation(data['attack_modifiers'])})[\s-]+){{0,2}}"
    nouns = re.compile(rf"^\s+{modifiers}(?P<noun>{alternation(data['attack_nouns'])})(?!\w)")
    repeats = re.compile(rf"^\s+(?P<noun>{alternation(data['attack_repeats'])})(?!\w)")
    return nouns, repeats


@component(name="attack_counts", assigns=["attack_counts"], requires=["sentences", "numbers", "dates", "attacks"])
def make_attack_counts(context: PipelineContext) -> Component:
    def attack_counts(doc: Doc) -> None:
        nouns, repeats = _patterns()
        aggregate = terms().aggregate
        dated = Intervals([(d.start, d.end) for d in doc.dates])
        since_sentences = {doc.sentence_of(d.start) for d in doc.dates if d.since}
        day_sentences = {doc.sentence_of(d.start) for d in doc.dates if d.precision == "day" and not d.reporting}
        attack_sentences = {doc.sentence_of(h.start) for h in doc.attacks}
        found: list[AttackCount] = []
        for n in doc.numbers:
            if n.vague or dated.overlaps(n.start, n.end):
                continue
            sentence = doc.sentence_of(n.start)
            if sentence < 0:
                continue
            s_start, s_end = doc.sentences[sentence]
            after = doc.lower[n.end : min(s_end, n.end + 60)]
            m = nouns.match(after)
            if m is None:
                m = repeats.match(after)
                if m is None or sentence not in attack_sentences:
                    continue
            noun = (n.end + m.start("noun"), n.end + m.end("noun"))
            window_start, window_end = max(s_start, n.start - _WINDOW), min(s_end, n.end + _WINDOW)
            # "occasions" is itself a cue; the count's own noun does not make it a total.
            cues = [c.group() for c in aggregate.finditer(doc.lower, window_start, window_end) if c.end() <= noun[0] or c.start() >= noun[1]]
            if sentence in day_sentences:
                # "16 airstrikes throughout Raqqa on Sunday": a day's raids are one incident unless counted "since".
                cues = [c for c in cues if c.startswith("since")]
            if sentence not in since_sentences and not cues:
                continue
            found.append(AttackCount(number=n, sentence=sentence, evidence=[(n.start, n.end), noun]))
        doc.attack_counts = found

    return attack_counts
