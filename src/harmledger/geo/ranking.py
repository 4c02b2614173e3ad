"""Choosing among the places a name can be: feature type, population and the document's context.

A name that several distant places share, with nothing in the context to tell them apart, stays
unresolved: a wrong point on a map is worse than no point.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from .gazetteer import GazPlace
from .normalise import normalise_name

# How likely a bare name in a report means a place of this type.
TYPE_WEIGHT = {"city": 5.0, "town": 4.0, "region": 3.5, "country": 3.5, "line": 3.0, "camp": 3.0,
               "village": 3.0, "neighbourhood": 2.4, "district": 2.6, "sub-district": 2.2,
               "governorate": 1.5, "facility": 2.0}
# Two candidates this far apart (km) with scores this close are a coin toss: no answer.
AMBIGUOUS_KM = 25.0
AMBIGUOUS_MARGIN = 0.3


@dataclass
class Context:
    within_admin1: str | None = None
    within_admin2: str | None = None
    within_admin3: str | None = None
    doc_admin1: dict[str, float] = field(default_factory=dict)
    anchors: list[tuple[float, float]] = field(default_factory=list)
    country: str | None = None
    # Governorates named as areas in the same sentence ("Khan Tuman ... in the countryside of Aleppo"):
    # closer than the document's, weaker than one named right after the place.
    sentence_admin1: set[str] = field(default_factory=set)


def distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    lat1, lon1 = map(math.radians, a)
    lat2, lon2 = map(math.radians, b)
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(h)))


def _approx_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Equirectangular distance: exact enough at the scale of one country, and much cheaper."""
    dx = (a[1] - b[1]) * math.cos(math.radians((a[0] + b[0]) / 2))
    return 111.2 * math.hypot(a[0] - b[0], dx)


def _point(place: GazPlace) -> tuple[float, float] | None:
    return (place.lat, place.lon) if place.lat is not None and place.lon is not None else None


def score(place: GazPlace, surface: str, ctx: Context) -> float:
    s = TYPE_WEIGHT.get(place.feature_type, 2.0) + 0.4 * math.log10((place.population or 0) + 1)
    if normalise_name(place.name) == normalise_name(surface):
        s += 0.5
    if place.origin != "shipped":
        s += 0.2  # an analyst's or import's own entry knows the local name best
    if ctx.within_admin1:
        s += 8.0 if place.admin1 == ctx.within_admin1 else -8.0
    if ctx.within_admin2:
        s += 3.0 if place.admin2 == ctx.within_admin2 else -1.0
    if ctx.within_admin3 and place.admin3 == ctx.within_admin3:
        s += 2.0
    if place.admin1 and place.admin1 in ctx.sentence_admin1:
        s += 5.0
    if place.admin1 and place.admin1 in ctx.doc_admin1:
        s += 2.0 * min(1.0, ctx.doc_admin1[place.admin1])
    pt = _point(place)
    if pt and ctx.anchors:
        nearest = min(_approx_km(pt, a) for a in ctx.anchors)
        s += 1.5 if nearest < 30 else 0.5 if nearest < 80 else 0.0
    return s


_NO_CONTEXT = Context()


def _one_area(pool: list[GazPlace]) -> bool:
    first = pool[0]
    a = _point(first)
    if a is None:
        return False
    for other in pool[1:]:
        b = _point(other)
        if b is None or other.admin1 != first.admin1 or _approx_km(a, b) > AMBIGUOUS_KM:
            return False
    return True


def choose(candidates: list[GazPlace], surface: str, ctx: Context, *, strict_within: bool = True) -> GazPlace | None:
    """The best candidate, or None when the context rules all out or two far-apart ones tie."""
    pool = candidates
    if ctx.country:
        pool = [p for p in pool if p.country.upper() == ctx.country.upper()]
    if strict_within and ctx.within_admin1:
        pool = [p for p in pool if p.admin1 == ctx.within_admin1 or p.feature_type in {"country", "line"}]
    if strict_within and ctx.within_admin2:
        narrowed = [p for p in pool if p.admin2 == ctx.within_admin2]
        pool = narrowed or pool
    if not pool:
        return None
    if len(pool) == 1:
        return pool[0]
    if _one_area(pool):
        # City, district and governorate of one name in one place: no context can change the pick.
        return max(pool, key=lambda p: score(p, surface, _NO_CONTEXT))
    ranked = sorted(((score(p, surface, ctx), p) for p in pool), key=lambda sp: -sp[0])
    best_score, best = ranked[0]
    for other_score, other in ranked[1:]:
        if best_score - other_score >= AMBIGUOUS_MARGIN:
            break
        if _nested(best, other):
            continue
        a, b = _point(best), _point(other)
        if a and b and distance_km(a, b) > AMBIGUOUS_KM:
            return None
    return best


# The code of an administrative unit in the field its inner places carry it in.
_UNIT_FIELD = {"district": "admin2", "sub-district": "admin3"}


def _nested(a: GazPlace, b: GazPlace) -> bool:
    """One is a district or sub-district and the other lies inside it: a unit with no seat in the gazetteer and
    the village it is named after ("As-Saan" sub-district, far from its centroid) are one answer, not a tie."""
    for unit, inner in ((a, b), (b, a)):
        key = _UNIT_FIELD.get(unit.feature_type)
        if key is not None and inner.feature_type not in _UNIT_FIELD and getattr(unit, key) is not None \
                and getattr(unit, key) == getattr(inner, key):
            return True
    return False
