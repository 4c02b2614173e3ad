"""Map data: the deadliest incidents with coordinates as compact GeoJSON, kept per slice of the incidents.

Each slice of the incidents (api/chunks.py) keeps a few times its share of the map's deadliest; the
slices are merged, and a write reads one slice again.
"""

from __future__ import annotations

import heapq
import json
from collections import Counter
from collections.abc import Iterator
from itertools import islice
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..store.models import Incident
from .chunks import ChunkCache
from .filters import IncidentQuery
from .ranges import execute

MAP_LIMIT = 100_000
MAP_DEFAULT = 20_000  # the deadliest; more circles than this tell a reader nothing more at country scale
# A slice keeps this many times its share of the map's deadliest (at least MAP_SLICE_LEAST).
MAP_SLICE_MARGIN = 4
MAP_SLICE_LEAST = 50
# Best estimates, an unknown toll counting 0, as `harmledger stats` counts them.
def killed_or_zero() -> Any:
    return func.coalesce(Incident.killed_best, 0)


def injured_or_zero() -> Any:
    return func.coalesce(Incident.injured_best, 0)


class _Feature:
    """One incident on the map, encoded the first time it is sent: a slice keeps its ``limit`` deadliest,
    few of which make the map's ``limit`` overall."""

    __slots__ = ("_json", "row")
    _json: str | None
    row: Any

    def __init__(self, row: Any) -> None:
        self.row, self._json = row, None

    def json(self) -> str:
        if self._json is None:
            r = self.row
            self._json = json.dumps(
                {"type": "Feature", "id": r[1], "geometry": {"type": "Point", "coordinates": [round(r[3], 4), round(r[2], 4)]},
                 "properties": {"k": r[7], "i": r[4], "d": r[5].isoformat() if r[5] else None, "g": r[6]}},
                separators=(",", ":"))
        return self._json


_PLACED = (Incident.lat.is_not(None), Incident.lon.is_not(None))


def _map_columns() -> list[Any]:
    # The raw figures go out (null when unknown, never 0); the coalesced one only orders the deadliest first.
    return [killed_or_zero(), Incident.id, Incident.lat, Incident.lon, Incident.injured_best, Incident.date_start,
            Incident.grade, Incident.killed_best]


def _map_part(session: Session, flt: IncidentQuery, limit: int, where: Any = None) -> tuple[int, int, list[Any]]:
    """How many incidents match and are placed, how many match, and the ``limit`` deadliest placed ones
    as (-killed, id, feature): in the map's order."""
    def scoped(stmt: Any, w: Any) -> Any:
        stmt = flt.apply(stmt)
        return stmt.where(w) if w is not None else stmt

    # Built once per filter and shape of slice (chunks.execute): a write recomputes a slice or two.
    key = flt.key()
    total = execute(session, ("map placed", key), where,
                    lambda w: scoped(select(func.count()).select_from(Incident), w).where(*_PLACED)).scalar() or 0
    matching = execute(session, ("map matching", key), where,
                       lambda w: scoped(select(func.count()).select_from(Incident), w)).scalar() or 0
    found = execute(session, ("map rows", key, limit), where, lambda w: scoped(select(*_map_columns()), w).where(*_PLACED)
                    .order_by(killed_or_zero().desc(), Incident.id).limit(limit))
    rows = [(-r[0], r[1], _Feature(r)) for r in found]
    return int(total), int(matching), rows


def _tagged(rows: list[Any], part: int) -> Iterator[tuple[Any, ...]]:
    for killed, incident_id, feature in rows:
        yield killed, incident_id, feature, part


def map_geojson(session: Session, flt: IncidentQuery, *, limit: int = MAP_DEFAULT, chunks: ChunkCache | None = None) -> bytes:
    """A compact FeatureCollection (encoded) of incidents with coordinates, the deadliest first.

    Properties are one letter (k killed, i injured, d date, g grade); the page fetches the rest of an
    incident when its popup opens. With ``chunks``, each slice of the incidents keeps its own deadliest
    ``limit``, and a write recomputes only its slice's."""
    if chunks is None:
        parts = [_map_part(session, flt, limit)]
    else:
        # A slice keeps a few times its share of the deadliest, not ``limit``: a write then reads and keeps
        # that many again. Should the map need more of one slice than it kept, it is read whole below.
        kept = min(limit, max(MAP_SLICE_LEAST, MAP_SLICE_MARGIN * limit // chunks.tracker.chunks))
        parts = chunks.parts(session, f"map:{limit}:{flt.key()}", lambda where: _map_part(session, flt, kept, where))
    total, matching = sum(p[0] for p in parts), sum(p[1] for p in parts)
    # Each part is ordered deadliest first, then by id: merged, the first ``limit`` are the deadliest overall.
    chosen: list[Any] = list(islice(heapq.merge(*(_tagged(p[2], n) for n, p in enumerate(parts))), limit))
    taken = Counter(r[3] for r in chosen)
    if any(p[0] > len(p[2]) and taken[n] == len(p[2]) < limit for n, p in enumerate(parts)):
        chosen = _map_part(session, flt, limit)[2]  # all a slice kept were taken: it may have more to give
    features = [r[2].json() for r in chosen]
    head = json.dumps({"type": "FeatureCollection", "total": total, "returned": len(features),
                       "truncated": len(features) < total, "unplaced": matching - total}, separators=(",", ":"))
    return (head[:-1] + ',"features":[' + ",".join(features) + "]}").encode("utf-8")
