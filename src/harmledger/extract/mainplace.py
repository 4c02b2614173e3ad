"""The one place a mention is shown and linked at, shared by the store, the map and the evaluation."""

from __future__ import annotations

from ..schema import Mention, PlaceRef


def main_place(mention: Mention) -> PlaceRef | None:
    """The place the event happened at: the first resolved place in the mention's order (the extractor
    lists places nearest the count first), except that a coarser place ("rural Idlib", role ``area``,
    or a country) yields to a more precise resolved place inside it. Without any resolved place, the
    first place named (so that its name is still shown), else None."""
    resolved = [p for p in mention.places if p.resolved is not None]
    if not resolved:
        return mention.places[0] if mention.places else None
    first = resolved[0]
    outer = first.resolved
    assert outer is not None
    if first.role == "area" or outer.admin1_pcode is None:
        for place in resolved[1:]:
            inner = place.resolved
            assert inner is not None
            inside = outer.admin1_pcode is None or inner.admin1_pcode == outer.admin1_pcode
            if inside and inner.admin1_pcode is not None and inner.precision < outer.precision:
                return place
    return first
