"""/api/map, /api/stats, /api/export, /api/places, /api/facets, /api/basemap, /api/geocode, and adding a
place to the gazetteer (/api/gazetteer/places)."""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response
from sqlalchemy import func, select

from ...review import places as review_places
from ...store.models import Incident, Place
from ..aggregates import Encoded, facets, stats
from ..deps import DbSession, Public
from ..errors import ApiError
from ..exports import export_text
from ..filters import IncidentQuery, contains, incident_query
from ..guard import GuardedRoute
from ..mapdata import MAP_DEFAULT, MAP_LIMIT, map_geojson
from ..writes import write

router = APIRouter(prefix="/api", tags=["data"], route_class=GuardedRoute)
Filter = Annotated[IncidentQuery, Depends(incident_query)]
GEO_DATA = Path(__file__).resolve().parents[2] / "geo" / "data"


@router.get("/map", summary="Incidents as compact GeoJSON for the map", response_class=Response)
def map_data(request: Request, session: DbSession, flt: Filter,
             limit: Annotated[int, Query(ge=1, le=MAP_LIMIT)] = MAP_DEFAULT) -> Response:
    """Points with properties ``k`` killed, ``i`` injured (null when unknown), ``d`` date, ``g`` grade;
    the deadliest first, at most ``limit`` (``total`` says how many match)."""
    cache = request.app.state.cache

    def compute() -> tuple[bytes, bytes]:
        body = map_geojson(session, flt, limit=limit, chunks=request.app.state.chunks)
        return body, gzip.compress(body, compresslevel=1)

    # Compressed once when computed, not on every request: the map data is the largest response. Level 1:
    # half the time of level 5 for a fifth more bytes, and the map is computed again after every write.
    body, zipped = cache.get_or_compute(session, f"map:{limit}:{flt.key()}", compute)
    headers = {"Vary": "Accept-Encoding"}
    if "gzip" in request.headers.get("accept-encoding", ""):
        return Response(zipped, media_type="application/geo+json", headers={**headers, "Content-Encoding": "gzip"})
    return Response(body, media_type="application/geo+json", headers=headers)


@router.get("/stats", summary="Counts of incidents, killed and injured, by period and category",
            response_model=dict[str, Any])
def statistics(request: Request, session: DbSession, flt: Filter,
               period: Literal["day", "week", "month", "year"] = "month",
               reviewed_only: Annotated[bool, Query(description="Count only incidents an analyst has reviewed "
                                                    "(status reviewed or final).")] = False) -> Response:
    """``killed`` / ``killed_best`` count everyone killed; ``civilians_killed``, ``children_killed`` and
    ``women_killed`` are the parts sources state (``labels`` names each figure). ``totals.unreviewed_incidents``
    and ``review_note`` say how much is unreviewed machine output; ``period_rule`` how a range is dated."""
    # Encoded once per computation; the pages read the same cache entry's data (web/browse.py).
    result: Encoded = request.app.state.cache.get_or_compute(
        session, f"stats:{period}:{reviewed_only}:{flt.key()}",
        lambda: Encoded(stats(session, flt, period=period, reviewed_only=reviewed_only, chunks=request.app.state.chunks)))
    return result.response()


@router.get("/facets", summary="The values present for each filter", response_model=dict[str, list[str]])
def filter_values(request: Request, session: DbSession) -> Response:
    result: Encoded = request.app.state.cache.get_or_compute(
        session, "facets", lambda: Encoded(facets(session, request.app.state.chunks)))
    return result.response()


@router.get("/export", summary="Export the filtered incidents", response_class=Response)
def export(session: DbSession, flt: Filter, public: Public,
           format: Literal["jsonl", "csv", "geojson", "acled", "ucdp"] = "jsonl") -> Response:
    body, media_type, count = export_text(session, format, flt, public=public)
    headers = {"Content-Disposition": f'attachment; filename="harmledger-incidents.{_ext(format)}"',
               "X-Total-Count": str(count)}
    return Response(body, media_type=media_type, headers=headers)


def _ext(fmt: str) -> str:
    return {"jsonl": "jsonl", "geojson": "geojson"}.get(fmt, "csv")


@router.get("/places", summary="Places: governorates with incidents, and gazetteer places by name")
def places(session: DbSession, q: Annotated[str | None, Query(max_length=100)] = None,
           limit: Annotated[int, Query(ge=1, le=200)] = 50) -> dict[str, Any]:
    admin1 = session.execute(
        select(Incident.admin1, Incident.admin1_pcode, func.count()).where(
            Incident.deleted.is_(False), Incident.admin1.is_not(None)).group_by(Incident.admin1, Incident.admin1_pcode)
        .order_by(Incident.admin1)).all()
    stmt = select(Place).order_by(Place.name).limit(limit)
    if q:
        stmt = stmt.where(contains(Place.name, q.strip()))
    found = [{"id": p.id, "name": p.name, "lat": p.lat, "lon": p.lon, "admin1": p.admin1, "admin2": p.admin2,
              "feature_type": p.feature_type, "country": p.country} for p in session.scalars(stmt)]
    return {"admin1": [{"name": r[0], "pcode": r[1], "incidents": int(r[2])} for r in admin1], "places": found}


@router.get("/geocode", summary="Look a place name up in the gazetteer (for correcting an incident's place)")
def geocode(request: Request, name: Annotated[str, Query(min_length=1, max_length=200)],
            within: Annotated[str | None, Query(max_length=100)] = None,
            limit: Annotated[int, Query(ge=1, le=50)] = 20) -> dict[str, Any]:
    """``resolved``: the place the geocoder picks (docs/contract.md section 2's ``resolved``, or null), inside
    ``within`` when given. ``candidates``: every place the name can be, in the whole gazetteer (``within``
    does not narrow them), the picked one first, each with its governorate and district, so that a
    reader can choose when the pick is wrong."""
    try:
        from ...geo import get_geocoder
    except ImportError as exc:
        raise ApiError(503, "the gazetteer is not installed in this build", code="unavailable") from exc
    gc = get_geocoder(request.app.state.store)
    resolved = gc.geocode(name, within=within or None)
    found = gc.candidates(name.strip())
    if resolved is not None:
        picked = gc.gazetteer.by_id.get(resolved.place_id)
        found = ([picked] if picked is not None else []) + [p for p in found if p is not picked]
    candidates = [{**gc.gazetteer.resolved(p).model_dump(mode="json"), "feature_type": p.feature_type,
                   "population": p.population, "picked": resolved is not None and p.id == resolved.place_id}
                  for p in found[:limit]]
    return {"name": name, "resolved": resolved.model_dump(mode="json") if resolved is not None else None,
            "candidates": candidates}


@router.post("/gazetteer/places", summary="Add a place to the store's gazetteer (analyst)", status_code=201)
async def add_place(body: review_places.NewPlace, request: Request) -> dict[str, Any]:
    """What ``harmledger gazetteer add`` does, audited with who and when; then the stored mentions that
    named the place and had it unresolved are geocoded again and their incidents recomputed. Returns
    ``place`` (as the geocoder resolves it), ``mentions`` (the ids geocoded again) and ``incidents``
    (the ids whose values changed)."""
    return await write(request, lambda session, user: review_places.add_place(session, user, body).as_json())


@router.get("/basemap/{layer}", summary="Offline base layer (country outline or administrative boundaries)",
            response_class=Response)
def basemap(layer: Literal["country", "admin1", "admin2"]) -> Response:
    """Shipped with the package, so the map works without the internet."""
    for name in (f"{layer}.geojson", f"{layer}.geojson.gz"):
        path = GEO_DATA / name
        if path.is_file():
            data = path.read_bytes()
            if name.endswith(".gz"):
                data = gzip.decompress(data)
            return Response(data, media_type="application/geo+json",
                            headers={"Cache-Control": "public, max-age=86400"})
    if layer == "country":
        return Response(json.dumps({"type": "FeatureCollection", "features": []}), media_type="application/geo+json")
    raise ApiError(404, f"no {layer} layer is installed; the map shows the other layers")


