"""Actors and their roles: who attacked (perpetrator), who backed them (supporter), who was hit (target),
and who reports it (source). Names come from ``data/actors.tsv``.

A side named only as the one holding a place ("rebel-held town", "IS territory") gets the internal role
``holder``: it stays in ``doc.actors`` (so the name is not read as a place) but never reaches a mention,
since controlling the area that was hit does not make it the side that was attacked."""

from __future__ import annotations

import re

from ..doc import Doc, Intervals
from ..lexicon import lexicon
from ..registry import Component, PipelineContext, component
from ._context import is_holder, is_source, is_strong_perpetrator, is_supporter, is_target

_LIST_GAP = re.compile(r"\s*(?:,|and|,\s*and|&|or)\s*(?:the\s+)?")


@component(name="actors", assigns=["actors"], requires=["sentences", "ignored"])
def make_actors(context: PipelineContext) -> Component:
    lex = lexicon("actors.tsv")

    def actors(doc: Doc) -> None:
        ignored = Intervals(doc.ignored)
        hits = [h for h in lex.find(doc.lower, 0, doc.limit, doc.text) if h.code != "-" and not ignored.overlaps(h.start, h.end)]
        for hit in hits:
            if is_source(doc.lower, hit.start, hit.end):
                hit.role = "source"
            elif is_supporter(doc.lower, hit.start, hit.end):
                hit.role = "supporter"
            elif is_holder(doc.lower, hit.start, hit.end):
                hit.role = "holder"
            elif is_target(doc.lower, hit.start, hit.end):
                hit.role = "target"
            else:
                hit.role = "perpetrator"
                hit.weight = 1.0 if is_strong_perpetrator(doc.lower, hit.start, hit.end) else 0.5
        # "jihadists from the Islamic State and Al-Nusra Front were killed": a list shares its first member's role.
        for before, hit in zip(hits, hits[1:], strict=False):
            if before.role in ("target", "supporter", "holder") and hit.role == "perpetrator" and hit.weight < 1.0:
                if _LIST_GAP.fullmatch(doc.lower[before.end : hit.start]):
                    hit.role = before.role
        doc.actors = hits

    return actors
