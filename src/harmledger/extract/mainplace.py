"""The one place a mention is shown and linked at, shared by the store, the map and the evaluation."""

from __future__ import annotations

from ..geo.registry import get_geocoder
from ..schema import Mention, PlaceRef, ResolvedPlace

# Roles of places that locate another name ("in rural Idlib", "near Atmeh") rather than stand for a point.
_LOCATING_ROLES = frozenset({"area", "near"})


def main_place(mention: Mention) -> PlaceRef | None:
    """The place the event happened at: the first resolved place in the mention's order (the extractor
    lists places nearest the count first), except that a coarser place ("rural Idlib", role ``area``,
    or a country) yields to a more precise resolved place inside it, and that one in turn if it is an
    area itself ("rural Idlib", "the Maarat al-Numan district", "Kafr Jalis"). Without any resolved
    place, the first place named (so that its name is still shown), else None.

    When a place the gazetteer lacks comes before every resolved one ("the village of Qah in rural
    Idlib"), the event was there: the answer is the unit the text puts it in (the first place after it
    with role ``area`` or ``near``, or a finer area of the same governorate after that), never another
    place's point. With only points after it, the governorate of the first one stands for it (precision 4).
    Either way the answer's ``resolved.unmatched_name`` is the unknown place's name, so that it is shown
    as "Qah (Idlib, precision 4)"."""
    resolved = [p for p in mention.places if p.resolved is not None]
    if not resolved:
        return mention.places[0] if mention.places else None
    first = resolved[0]
    before = mention.places[: mention.places.index(first)]
    unknown = next((p for p in before if p.resolved is None), None)
    if unknown is not None:
        return _unit_of_unknown(unknown, resolved)
    chosen = first
    while True:  # "rural Idlib", "the Maarat al-Numan district", "Kafr Jalis": each yields to the next
        outer = chosen.resolved
        assert outer is not None
        if chosen.role != "area" and outer.admin1_pcode is not None:
            return chosen
        later = resolved[resolved.index(chosen) + 1 :]
        finer = next((p for p in later if _inside(p.resolved, outer)), None)
        if finer is None:
            return chosen
        chosen = finer


def _inside(inner: ResolvedPlace | None, outer: ResolvedPlace) -> bool:
    """A more precise place in the same governorate (any governorate when the outer place is a country)."""
    return (inner is not None and inner.admin1_pcode is not None and inner.precision < outer.precision
            and (outer.admin1_pcode is None or inner.admin1_pcode == outer.admin1_pcode))


def _unit_of_unknown(unknown: PlaceRef, resolved: list[PlaceRef]) -> PlaceRef:
    """The unit standing for a place the gazetteer lacks (see ``main_place``), else that place itself."""
    units = [p for p in resolved if p.role in _LOCATING_ROLES]
    if units:
        unit = units[0]
        outer = unit.resolved
        assert outer is not None
        for place in units[1:]:
            # "Qah, Syria, Hasakeh province": the governorate; "Qah in the Harem district of Idlib": the district
            if place.role == "area" and place.resolved is not None and _inside(place.resolved, outer):
                unit, outer = place, place.resolved
        return _naming(unit, outer, unknown.name)
    point = resolved[0]
    assert point.resolved is not None
    area = _governorate_of(point.resolved, unknown.name)
    if area is None:
        return unknown
    return PlaceRef(name=area.name, role="area", resolved=area, evidence=list(point.evidence))


def _naming(place: PlaceRef, resolved: ResolvedPlace, name: str) -> PlaceRef:
    if resolved.unmatched_name:
        return place
    return place.model_copy(update={"resolved": resolved.model_copy(update={"unmatched_name": name})})


def _governorate_of(resolved: ResolvedPlace, unmatched_name: str) -> ResolvedPlace | None:
    return get_geocoder().area_of(resolved, unmatched_name)
