"""Point-in-polygon over the OCHA sub-districts: which governorate, district and sub-district a point is in."""

from __future__ import annotations

import gzip
import json
import logging
from functools import lru_cache
from pathlib import Path
from typing import Any

from shapely import STRtree
from shapely.geometry import Point, shape
from shapely.geometry.base import BaseGeometry
from shapely.ops import unary_union

logger = logging.getLogger(__name__)

DATA_DIR = Path(__file__).parent / "data"
# A point this close to a sub-district (in degrees, about 2 km) still belongs to it: coastal towns and
# points on simplified borders otherwise fall just outside every polygon.
_NEAR = 0.02


class AdminIndex:
    """Sub-district polygons with their parent P-codes, indexed for point lookups."""

    def __init__(self, geoms: list[BaseGeometry], codes: list[tuple[str, str, str]]) -> None:
        self._geoms = geoms
        self._codes = codes
        self._tree = STRtree(geoms)

    @classmethod
    def from_geojson(cls, data: dict[str, Any]) -> AdminIndex:
        geoms: list[BaseGeometry] = []
        codes: list[tuple[str, str, str]] = []
        for feature in data["features"]:
            props = feature["properties"]
            geoms.append(shape(feature["geometry"]))
            codes.append((props["ADM1_PCODE"], props["ADM2_PCODE"], props["PCODE"]))
        return cls(geoms, codes)

    def locate(self, lat: float, lon: float) -> tuple[str, str, str] | None:
        """(admin1, admin2, admin3) P-codes of the sub-district holding the point, else of the nearest
        one within about 2 km; None outside the country."""
        point = Point(lon, lat)
        for i in self._tree.query(point, predicate="intersects"):
            return self._codes[int(i)]
        nearest = self._tree.query_nearest(point, max_distance=_NEAR)
        if len(nearest):
            return self._codes[int(nearest[0])]
        return None

    def geometry(self, pcode: str) -> BaseGeometry | None:
        """The union of the sub-districts under a P-code of any level."""
        parts = [g for g, codes in zip(self._geoms, self._codes, strict=True) if pcode in codes]
        return unary_union(parts) if parts else None


@lru_cache(maxsize=1)
def shipped_admin_index() -> AdminIndex:
    with gzip.open(DATA_DIR / "admin3.geojson.gz", "rt", encoding="utf-8") as fh:
        return AdminIndex.from_geojson(json.load(fh))
