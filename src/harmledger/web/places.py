"""Place names for the maps (static/labels.js draws them where they fit).

``/map/labels``: the towns of the incidents the main map shows (by how many incidents each has), then the
gazetteer's cities for orientation. ``/map/context``: the towns and cities around one point, for the
incident page's small map, with its governorate. Names come from the incidents and the gazetteer as they
are; the pages put them in as text.
"""

from __future__ import annotations

import math
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from ..api.deps import DbSession
from ..api.filters import IncidentQuery, incident_query
from ..api.guard import GuardedRoute
from ..store.db import Store
from ..store.models import Incident

router = APIRouter(include_in_schema=False, route_class=GuardedRoute)
Filter = Annotated[IncidentQuery, Depends(incident_query)]

# where_prec of a point that is the town itself (1) or near it (2); a district's or a governorate's
# centroid would put a town's name where there is no town.
POINT_PRECISION = 2
MAX_INCIDENT_PLACES = 400
CONTEXT_KM = 60.0
CONTEXT_PLACES = 14
# Ranked for orientation: a city before a town; then by population, then by distance.
_KIND_RANK = {"city": 0, "town": 1}


def _gazetteer_places(store: Store) -> list[Any]:
    from ..geo import get_geocoder

    gazetteer = get_geocoder(store).gazetteer
    return [p for p in gazetteer.places if p.feature_type in _KIND_RANK and p.lat is not None and p.lon is not None]


def incident_places(session: Session, flt: IncidentQuery, limit: int = MAX_INCIDENT_PLACES) -> list[dict[str, Any]]:
    """The named places of the matching incidents, most incidents first, each at its most common point."""
    columns: Any = select(Incident.place_name, Incident.lat, Incident.lon, func.count())
    stmt = flt.apply(columns.where(
        Incident.place_name.is_not(None), Incident.lat.is_not(None), Incident.lon.is_not(None),
        or_(Incident.where_prec <= POINT_PRECISION, Incident.where_prec.is_(None)))).group_by(Incident.place_name, Incident.lat, Incident.lon)
    by_name: dict[str, dict[str, Any]] = {}
    for name, lat, lon, count in session.execute(stmt).all():
        entry = by_name.setdefault(name, {"name": name, "lat": lat, "lon": lon, "n": 0, "top": 0})
        entry["n"] += int(count)
        if count > entry["top"]:
            entry.update(lat=lat, lon=lon, top=int(count))
    ranked = sorted(by_name.values(), key=lambda e: (-e["n"], e["name"]))[:limit]
    return [{"name": e["name"], "lat": round(e["lat"], 4), "lon": round(e["lon"], 4), "n": e["n"], "kind": "incidents"}
            for e in ranked]


def city_labels(store: Store, skip: set[str]) -> list[dict[str, Any]]:
    """The gazetteer's cities, largest first, except names already labelled."""
    cities = [p for p in _gazetteer_places(store) if p.feature_type == "city" and p.name not in skip]
    cities.sort(key=lambda p: (-(p.population or 0), p.name))
    return [{"name": p.name, "lat": p.lat, "lon": p.lon, "n": 0, "kind": "city"} for p in cities]


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine), enough to rank neighbours."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 12742.0 * math.asin(min(1.0, math.sqrt(a)))


def context_places(store: Store, lat: float, lon: float, *, radius_km: float = CONTEXT_KM,
                   limit: int = CONTEXT_PLACES) -> list[dict[str, Any]]:
    """Cities and towns within ``radius_km`` of a point, the most telling first (cities, then towns by
    population, then the nearest), each with its distance; the nearest city is added from farther away
    when none is that close, so that the small map always has one place a reader knows."""
    near = []
    nearest_city: tuple[float, Any] | None = None
    for p in _gazetteer_places(store):
        km = _km(lat, lon, p.lat, p.lon)
        if p.feature_type == "city" and (nearest_city is None or km < nearest_city[0]):
            nearest_city = (km, p)
        if km <= radius_km and km > 0.5:  # not the incident's own place, which its marker names
            near.append((km, p))
    near.sort(key=lambda e: (_KIND_RANK[e[1].feature_type], -(e[1].population or 0), e[0]))
    chosen = near[:limit]
    if nearest_city is not None and nearest_city[0] > 0.5 and all(p is not nearest_city[1] for _, p in chosen):
        chosen.append(nearest_city)
    return [{"name": p.name, "lat": p.lat, "lon": p.lon, "kind": p.feature_type, "km": round(km, 1)}
            for km, p in chosen]


@router.get("/map/labels")
def map_labels(request: Request, session: DbSession, flt: Filter) -> dict[str, Any]:
    """Labels for the main map, in the order they are placed (the first that fit are shown)."""
    store: Store = request.app.state.store

    def compute() -> dict[str, Any]:
        places = incident_places(session, flt)
        return {"places": places + city_labels(store, {p["name"] for p in places})}

    result: dict[str, Any] = request.app.state.cache.get_or_compute(session, f"labels:{flt.key()}", compute)
    return result


@router.get("/map/context")
def map_context(request: Request, lat: Annotated[float, Query(ge=-90, le=90)],
                lon: Annotated[float, Query(ge=-180, le=180)]) -> dict[str, Any]:
    """The neighbouring towns of a point, for the incident page's small map."""
    return {"places": context_places(request.app.state.store, lat, lon)}
