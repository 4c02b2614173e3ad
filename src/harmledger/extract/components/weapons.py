"""Weapons and means of attack (contract section 3 codes) from ``data/weapons.tsv``."""

from __future__ import annotations

from ..doc import Doc, Intervals
from ..lexicon import lexicon
from ..registry import Component, PipelineContext, component


@component(name="weapons", assigns=["weapons"], requires=["sentences", "ignored"])
def make_weapons(context: PipelineContext) -> Component:
    lex = lexicon("weapons.tsv")

    def weapons(doc: Doc) -> None:
        ignored = Intervals(doc.ignored)
        doc.weapons = [h for h in lex.find(doc.lower, 0, doc.limit, doc.text) if not ignored.overlaps(h.start, h.end)]

    return weapons
