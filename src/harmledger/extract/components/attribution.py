"""Who reports the figures ("the Syrian Observatory for Human Rights said"), from ``data/attributions.tsv``.

A name counts only where it is the subject of a reporting verb or follows "according to"."""

from __future__ import annotations

from ..doc import Doc
from ..lexicon import lexicon
from ..registry import Component, PipelineContext, component
from ._context import is_source


@component(name="attribution", assigns=["attributions"], requires=["sentences"])
def make_attribution(context: PipelineContext) -> Component:
    lex = lexicon("attributions.tsv")

    def attribution(doc: Doc) -> None:
        doc.attributions = [h for h in lex.find(doc.lower, 0, doc.limit, doc.text) if is_source(doc.lower, h.start, h.end)]

    return attribution
