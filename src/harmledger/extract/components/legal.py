"""Legal references: UN Security Council resolutions by number, and the terms in ``data/legal.tsv``."""

from __future__ import annotations

import re

from ..doc import Doc, Hit
from ..lexicon import lexicon
from ..registry import Component, PipelineContext, component
from ._words import cue_words

_RESOLUTION = re.compile(
    r"\b(?:(?:" + cue_words("un_names", space=" ") + r")\s+)?(?:security\s+council\s+)?resolutions?\s+(?:no\.?\s*|number\s+)?"
    r"(?P<n>\d{2,4})\b"
)


@component(name="legal", assigns=["legal"], requires=["sentences"])
def make_legal(context: PipelineContext) -> Component:
    lex = lexicon("legal.tsv")

    def legal(doc: Doc) -> None:
        hits = [Hit(m.start(), m.end(), f"UNSC {m.group('n')}") for m in _RESOLUTION.finditer(doc.lower, 0, doc.limit)]
        hits += lex.find(doc.lower, 0, doc.limit)
        doc.legal = sorted(hits, key=lambda h: h.start)

    return legal
