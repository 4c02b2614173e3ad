"""Event words ("attack", "struck", "shelled"): with a place or a toll they mark a sentence as an event.
Site furniture (related headlines, link lists) tells of no event."""

from __future__ import annotations

from ..doc import Doc, Intervals
from ..lexicon import lexicon_for
from ..registry import Component, PipelineContext, component
from ._furniture import furniture_of


@component(name="attacks", assigns=["attacks"], requires=["sentences", "ignored"])
def make_attacks(context: PipelineContext) -> Component:
    lex = lexicon_for("attacks.tsv", context.options.get("language"))

    def attacks(doc: Doc) -> None:
        ignored = Intervals(doc.ignored + furniture_of(doc))
        doc.attacks = [h for h in lex.find(doc.lower, 0, doc.limit) if not ignored.overlaps(h.start, h.end)]

    return attacks
