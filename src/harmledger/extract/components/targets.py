"""What was hit (docs/contract.md section 3 target codes) from ``data/targets.tsv``.

A term inside a weapon phrase ("car bomb") is not a target, an organisation that reports
("the White Helmets said") is a source, not a target, and site furniture (related headlines, link
lists) names none.
"""

from __future__ import annotations

from ..doc import Doc, Intervals
from ..lexicon import lexicon_for
from ..registry import Component, PipelineContext, component
from ._context import is_source
from ._furniture import furniture_of


@component(name="targets", assigns=["targets"], requires=["sentences", "weapons"])
def make_targets(context: PipelineContext) -> Component:
    lex = lexicon_for("targets.tsv", context.options.get("language"))

    def targets(doc: Doc) -> None:
        weapon_spans = Intervals([(w.start, w.end) for w in doc.weapons])
        ignored = Intervals(doc.ignored + furniture_of(doc))
        kept = []
        for hit in lex.find(doc.lower, 0, doc.limit, doc.text):
            if weapon_spans.overlaps(hit.start, hit.end) or ignored.overlaps(hit.start, hit.end):
                continue
            if hit.code == "civil_defense" and is_source(doc.lower, hit.start, hit.end):
                continue
            kept.append(hit)
        doc.targets = kept

    return targets
