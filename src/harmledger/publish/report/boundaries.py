"""The shipped governorate boundaries (geo/data/admin1.geojson) as plain rings, for the report's map.

Read with the standard library only: the geometry stack (shapely) is not needed to draw outlines or to
find a governorate's centre, and the report should not pay for loading it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

ADMIN1 = Path(__file__).resolve().parents[2] / "geo" / "data" / "admin1.geojson"

Ring = list[tuple[float, float]]  # (lon, lat) points, closed


@dataclass(frozen=True)
class Unit:
    pcode: str
    name: str
    rings: tuple[Ring, ...]  # outer rings only: holes do not change an outline drawn at report scale
    centre: tuple[float, float]  # (lon, lat): area-weighted centroid of its rings


def _area_centroid(ring: Ring) -> tuple[float, float, float]:
    """Signed area and centroid of a ring (the shoelace formula, in degrees: fine at this size)."""
    a = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:], strict=False):
        cross = x0 * y1 - x1 * y0
        a += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    if a == 0:
        xs, ys = [p[0] for p in ring], [p[1] for p in ring]
        return 0.0, sum(xs) / len(xs), sum(ys) / len(ys)
    return a / 2, cx / (3 * a), cy / (3 * a)


def _outer_rings(geometry: dict[str, Any]) -> list[Ring]:
    coords = geometry.get("coordinates") or []
    polygons = [coords] if geometry.get("type") == "Polygon" else list(coords)
    return [[(float(x), float(y)) for x, y, *_ in polygon[0]] for polygon in polygons if polygon]


@lru_cache(maxsize=1)
def governorates() -> tuple[Unit, ...]:
    data = json.loads(ADMIN1.read_text(encoding="utf-8"))
    units = []
    for feature in data["features"]:
        props = feature["properties"]
        rings = _outer_rings(feature["geometry"])
        parts = [_area_centroid(r) for r in rings]
        total = sum(abs(a) for a, _, _ in parts) or 1.0
        centre = (sum(abs(a) * x for a, x, _ in parts) / total, sum(abs(a) * y for a, _, y in parts) / total)
        units.append(Unit(str(props["PCODE"]).upper(), str(props.get("NAME_DISPLAY") or props["NAME_EN"]),
                          tuple(rings), centre))
    return tuple(units)


def centres() -> dict[str, tuple[float, float]]:
    """P-code -> (lon, lat) of the governorate's centre."""
    return {u.pcode: u.centre for u in governorates()}


def bounds() -> tuple[float, float, float, float]:
    """(min lon, min lat, max lon, max lat) of all the governorates."""
    xs = [x for u in governorates() for r in u.rings for x, _ in r]
    ys = [y for u in governorates() for r in u.rings for _, y in r]
    return min(xs), min(ys), max(xs), max(ys)
