"""Weapons and means of attack (docs/contract.md section 3 codes) from ``data/weapons.tsv``.

Words that say something was bombed without saying how ("strikes", "bombardment", "bombing", code
``unknown`` in the lexicon) take the family their context names: the nearest means in the same
sentence, else in the sentence before or after ("warplanes", "aerial" -> airstrike; "artillery", "tanks",
"mortars" -> artillery; "rockets", "Grad" -> rocket; helicopters with barrels -> barrel_bomb; an
explosive device -> ied). With no such word near, they stay ``unknown``. "Explosions" and "blasts" are
those of a shell, rocket or air strike named in the same sentence ("missiles were used and explosions
were heard"), else a bomb (``ied``). Site furniture (related headlines, link lists) names no weapon.
"""

from __future__ import annotations

import re

from ..doc import Doc, Hit, Intervals
from ..lexicon import lexicon_for
from ..registry import Component, PipelineContext, component
from ._furniture import furniture_of
from ._words import cue_words

# Families a generic word can take, and words that name one without being a weapon term of their own.
_FAMILIES = frozenset({
    "airstrike", "barrel_bomb", "artillery", "rocket", "missile", "ballistic_missile", "drone", "ied", "car_bomb",
    "suicide_attack", "cluster_munition",
})
_CUES = [
    (re.compile(r"\b(?:" + cue_words("airstrike_cues") + r")\b"), "airstrike"),
    (re.compile(r"\b(?:" + cue_words("artillery_cues") + r")\b"), "artillery"),
    (re.compile(r"\b(?:" + cue_words("rocket_cues") + r")\b"), "rocket"),
    (re.compile(r"\b(?:" + cue_words("ied_cues") + r")\b"), "ied"),
]
_HELICOPTER = re.compile(r"\b(?:" + cue_words("helicopter_words") + r")\b")
# "explosions were heard", "the blast": the sound of a means named in the same sentence, when there is one.
_BLAST_WORDS = frozenset({"explosion", "explosions", "blast", "blasts"})
_BLAST_FAMILIES = _FAMILIES - {"ied", "car_bomb", "suicide_attack"}
_BARREL = re.compile(r"\bbarrels?\b")


@component(name="weapons", assigns=["weapons"], requires=["sentences", "ignored"])
def make_weapons(context: PipelineContext) -> Component:
    lex = lexicon_for("weapons.tsv", context.options.get("language"))

    def weapons(doc: Doc) -> None:
        ignored = Intervals(doc.ignored + furniture_of(doc))
        # Code "-": a phrase that contains a weapon word but is none ("tear gas bombs", "bomb disposal").
        hits = [h for h in lex.find(doc.lower, 0, doc.limit, doc.text) if not ignored.overlaps(h.start, h.end)]
        hits = [h for h in hits if h.code != "-"]
        if any(h.code == "unknown" or (h.code == "ied" and doc.lower[h.start : h.end] in _BLAST_WORDS) for h in hits):
            hits = _resolve_generic(doc, hits)
        doc.weapons = hits

    return weapons


def _cues(doc: Doc, start: int, end: int, hits: list[Hit]) -> list[tuple[int, int, str]]:
    """Means named in ``doc.text[start:end]``: weapon terms of a family, and the cue words."""
    found = [(h.start, h.end, h.code) for h in hits if start <= h.start < end and h.code in _FAMILIES]
    for pattern, code in _CUES:
        found.extend((m.start(), m.end(), code) for m in pattern.finditer(doc.lower, start, end))
    if _HELICOPTER.search(doc.lower, start, end) and _BARREL.search(doc.lower, start, end):
        # Helicopters and barrels: barrel bombs, whichever word is nearer.
        found = [(a, b, "barrel_bomb" if code == "airstrike" else code) for a, b, code in found]
    return found


def _resolve_generic(doc: Doc, hits: list[Hit]) -> list[Hit]:
    out: list[Hit] = []
    n = len(doc.sentences)
    # Each sentence's cues are read once: a long sentence (a report with no full stop) with many generic
    # weapon words was read again for each of them.
    read: dict[tuple[int, int], list[tuple[int, int, str]]] = {}

    def cues(s: int, e: int) -> list[tuple[int, int, str]]:
        if (s, e) not in read:
            read[s, e] = _cues(doc, s, e, hits)
        return read[s, e]

    for hit in hits:
        if n and hit.code == "ied" and doc.lower[hit.start : hit.end] in _BLAST_WORDS:
            # "tanks, artillery and missiles were used and explosions were heard": the explosions are theirs.
            s, e = doc.sentences[doc.sentence_of(hit.start)]
            found = [c for c in cues(s, e) if c[2] in _BLAST_FAMILIES]
            if found:
                code = min(found, key=lambda c: abs(c[0] - hit.start))[2]
                out.append(Hit(hit.start, hit.end, code, hit.role, hit.weight))
                continue
        if hit.code != "unknown" or n == 0:
            out.append(hit)
            continue
        i = doc.sentence_of(hit.start)
        code = "unknown"
        for window in ([i], [i - 1, i + 1]):
            found = []
            for j in window:
                if 0 <= j < n:
                    s, e = doc.sentences[j]
                    found.extend(cues(s, e))
            if found:
                a, b, code = min(found, key=lambda c: abs(c[0] - hit.start) if c[0] >= hit.end else abs(hit.start - c[1]))
                break
        out.append(Hit(hit.start, hit.end, code, hit.role, hit.weight) if code != "unknown" else hit)
    return out
