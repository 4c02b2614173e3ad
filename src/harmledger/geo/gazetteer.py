"""The gazetteer: places with their names, type, coordinates and administrative parents.

The default is the Syria gazetteer shipped in ``data/places.json.gz`` (built by
``scripts/build_gazetteer.py``); places from a store's ``places`` table are added on top of it.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import logging
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from ..schema import ResolvedPlace
from .admin import DATA_DIR
from .admin_names import admin1_name, admin1_pcodes
from .normalise import ARTICLES, is_arabic, normalise_name, skeleton

logger = logging.getLogger(__name__)

# UCDP where_prec by feature type: points are exact, districts and sub-districts are second-order
# units, governorates first-order, regions and lines 5, the country 6.
PRECISION = {"country": 6, "line": 5, "region": 5, "governorate": 4, "district": 3, "sub-district": 3}


@dataclass(eq=False)  # identity: places are compared and hashed as entries, not by value
class GazPlace:
    id: str
    name: str
    feature_type: str
    lat: float | None
    lon: float | None
    name_ar: str | None = None
    alternate_names: list[str] = field(default_factory=list)
    admin1: str | None = None  # P-codes
    admin2: str | None = None
    admin3: str | None = None
    population: int | None = None
    country: str = "SY"
    precision: int | None = None
    origin: str = "shipped"
    seat: str | None = None  # for an administrative unit: the id of the town it is named after
    # The name of ``admin1`` when it is not an OCHA unit (imports of other countries: ``IQ.07`` -> "Baghdad").
    admin1_name: str | None = None

    _names: list[str] | None = field(default=None, repr=False, compare=False)

    @property
    def all_names(self) -> list[str]:
        """Every spelling: name, alternates, Arabic, and the article glued on ("Al-Waer" -> "Alwaer")."""
        if self._names is None:
            names = [self.name, *self.alternate_names]
            if self.name_ar:
                names.append(self.name_ar)
            glued = []
            for n in names:
                words = normalise_name(n).split()
                if len(words) > 1 and words[0] in ARTICLES and not is_arabic(words[1]):
                    glued.append("al" + " ".join(words[1:]))
            self._names = names + glued
        return self._names

    @property
    def point_precision(self) -> int:
        return self.precision or PRECISION.get(self.feature_type, 1)


class Gazetteer:
    """Places indexed by the skeleton key of each of their names."""

    def __init__(self, places: Iterable[GazPlace] = (), admin_names: dict[str, dict[str, Any]] | None = None) -> None:
        self.places: list[GazPlace] = []
        self.by_id: dict[str, GazPlace] = {}
        self.by_key: dict[str, list[GazPlace]] = defaultdict(list)
        self.by_light: dict[str, list[GazPlace]] = defaultdict(list)
        self.admin_names: dict[str, dict[str, Any]] = dict(admin_names or {})
        self.version = 0
        self.add(places)

    def add(self, places: Iterable[GazPlace]) -> None:
        for place in places:
            old = self.by_id.get(place.id)
            if old is not None:
                self._unindex(old)
            self.places.append(place)
            self.by_id[place.id] = place
            if place.admin1 and place.admin1_name and place.admin1 not in self.admin_names:
                self.admin_names[place.admin1] = {"name": place.admin1_name}
            keys: set[str] = set()
            lights: set[str] = set()
            for name in place.all_names:
                light, key = normalise_name(name), skeleton(name)
                if key and key not in keys:
                    keys.add(key)
                    self.by_key[key].append(place)
                if light and light not in lights:
                    lights.add(light)
                    self.by_light[light].append(place)
        self.version += 1

    def _unindex(self, place: GazPlace) -> None:
        self.places.remove(place)
        for name in place.all_names:
            for index, key in ((self.by_key, skeleton(name)), (self.by_light, normalise_name(name))):
                bucket = index.get(key)
                if bucket and place in bucket:
                    bucket.remove(place)
                    if not bucket:
                        del index[key]

    def remove(self, place_id: str) -> GazPlace | None:
        """Take a place out of the gazetteer; returns it, or None if it was not there."""
        place = self.by_id.pop(place_id, None)
        if place is not None:
            self._unindex(place)
            self.version += 1
        return place

    def admin_name(self, pcode: str | None) -> str | None:
        if not pcode:
            return None
        if pcode in admin1_pcodes():
            return admin1_name(pcode)
        entry = self.admin_names.get(pcode)
        return str(entry["name"]) if entry else None

    def resolved(self, place: GazPlace, precision: int | None = None) -> ResolvedPlace:
        """The contract's ``resolved`` object for a place."""
        # Built from trusted gazetteer values: skip validation, it is the hot path of find_places.
        return ResolvedPlace.model_construct(
            place_id=place.id, name=place.name, lat=place.lat, lon=place.lon,
            admin1=self.admin_name(place.admin1), admin1_pcode=place.admin1, admin2=self.admin_name(place.admin2),
            country=place.country, precision=precision or place.point_precision,
        )

    def copy(self) -> Gazetteer:
        return Gazetteer(self.places, self.admin_names)


def _from_row(fields: list[str], row: list[Any]) -> GazPlace:
    rec = dict(zip(fields, row, strict=False))
    return GazPlace(id=rec["id"], name=rec["name"], feature_type=rec["type"], lat=rec["lat"], lon=rec["lon"],
                    name_ar=rec.get("name_ar"), alternate_names=list(rec.get("alt") or []),
                    admin1=rec.get("admin1"), admin2=rec.get("admin2"), admin3=rec.get("admin3"),
                    population=rec.get("population"), precision=rec.get("precision"), seat=rec.get("seat"))


@lru_cache(maxsize=1)
def _shipped_payload() -> dict[str, Any]:
    with gzip.open(DATA_DIR / "places.json.gz", "rt", encoding="utf-8") as fh:
        return dict(json.load(fh))


def load_shipped() -> Gazetteer:
    """The Syria gazetteer shipped with the package (OCHA CC BY-IGO, GeoNames CC BY 4.0)."""
    payload = _shipped_payload()
    fields = payload["fields"]
    return Gazetteer((_from_row(fields, row) for row in payload["places"]), payload["admin"])


def shipped_admin_name(pcode: str | None) -> str | None:
    """The English name of an OCHA unit by P-code (governorates in their display spelling)."""
    if not pcode:
        return None
    if pcode in admin1_pcodes():
        return admin1_name(pcode)
    entry = _shipped_payload()["admin"].get(pcode)
    return str(entry["name"]) if entry else None


def place_id(prefix: str, name: str, lat: float | None, lon: float | None) -> str:
    """A stable id for a place that comes without one: its origin, and a hash of its name and point."""
    digest = hashlib.sha256(f"{name}|{lat:.4f}|{lon:.4f}".encode() if lat is not None and lon is not None else name.encode())
    return f"{prefix}:{digest.hexdigest()[:16]}"
