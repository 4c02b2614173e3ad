"""Places kept in a store's ``places`` table: imports and analysts' additions."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.exc import OperationalError, ProgrammingError
from sqlalchemy.orm import Session

from .._errors import GazetteerError
from .admin import shipped_admin_index
from .admin_names import admin1_pcode as admin1_pcode_for
from .gazetteer import GazPlace, place_id, shipped_admin_name
from .kinds import FEATURE_TYPES

if TYPE_CHECKING:
    from ..store import Store

logger = logging.getLogger(__name__)


def fill_admin(place: GazPlace) -> GazPlace:
    """Give a place its governorate, district and sub-district P-codes by point-in-polygon."""
    if place.lat is None or place.lon is None or place.country.upper() != "SY":
        return place
    if place.admin1 and place.admin2 and place.admin3:
        return place
    found = shipped_admin_index().locate(place.lat, place.lon)
    if found is not None:
        a1, a2, a3 = found
        place.admin1 = place.admin1 or a1
        place.admin2 = place.admin2 or a2
        place.admin3 = place.admin3 or a3
    return place


def load_store_places(store: Store) -> list[GazPlace]:
    """Every place in the store; an empty list when the store has no places table yet."""
    from ..store.models import Place

    try:
        with store.session() as session:
            # Plain rows, not ORM objects: a GeoNames country dump is tens of thousands of places.
            rows = session.execute(select(
                Place.id, Place.name, Place.feature_type, Place.lat, Place.lon, Place.name_ar, Place.alternate_names,
                Place.admin1_pcode, Place.admin2_pcode, Place.admin3_pcode, Place.population, Place.country, Place.origin,
                Place.admin1,
            )).all()
            return [
                GazPlace(id=r.id, name=r.name, feature_type=r.feature_type, lat=r.lat, lon=r.lon, name_ar=r.name_ar,
                         alternate_names=[str(a) for a in (r.alternate_names or [])], admin1=r.admin1_pcode,
                         admin2=r.admin2_pcode, admin3=r.admin3_pcode, population=r.population, country=r.country or "SY",
                         origin=r.origin, admin1_name=r.admin1 if (r.country or "SY").upper() != "SY" else None)
                for r in rows
            ]
    except Exception as exc:  # the store may not be initialised: then it simply adds no places
        if isinstance(exc.__cause__, (OperationalError, ProgrammingError)) or isinstance(exc, (OperationalError, ProgrammingError)):
            logger.info("no places table in %s; using the shipped gazetteer only", store.safe_url)
            return []
        raise


def save_places(store: Store, places: Iterable[GazPlace], *, created_by: str | None = None) -> int:
    """Insert or update places (by id) in the store; returns how many were written."""
    from ..store.models import Place

    count = 0
    with store.session() as session:
        for batch in _batches(places, 1000):
            existing = {r.id: r for r in session.scalars(select(Place).where(Place.id.in_([p.id for p in batch])))}
            for place in batch:
                _write_row(session, existing.get(place.id) or Place(id=place.id), place, created_by)
                count += 1
            session.flush()
    logger.info("wrote %d places to %s", count, store.safe_url)
    return count


def analyst_place(name: str, lat: float, lon: float, *, feature_type: str = "village",
                  alternate_names: Iterable[str] = (), admin1: str | None = None, name_ar: str | None = None,
                  country: str = "SY") -> GazPlace:
    """The place ``harmledger gazetteer add`` makes: checked, with its id from its name and point and its
    administrative units from the point (``admin1``, a governorate name or P-code, overrides the first)."""
    name = " ".join(name.split())
    if not name:
        raise GazetteerError("give the place a name")
    if feature_type not in FEATURE_TYPES:
        raise GazetteerError(f"unknown type {feature_type!r}; use one of {', '.join(FEATURE_TYPES)}")
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise GazetteerError("the latitude must be within -90..90 and the longitude within -180..180")
    a1 = admin1_pcode_for(admin1) if admin1 else None
    if admin1 and a1 is None:
        raise GazetteerError(f"unknown governorate {admin1!r}; give its name (e.g. Idlib) or P-code (e.g. SY07)")
    alts = list(dict.fromkeys(a for a in (" ".join(alt.split()) for alt in alternate_names) if a and a != name))
    return fill_admin(GazPlace(id=place_id("analyst", name, lat, lon), name=name, feature_type=feature_type, lat=lat,
                               lon=lon, name_ar=(name_ar or "").strip() or None, alternate_names=alts, admin1=a1,
                               country=country.strip().upper() or "SY", origin="analyst"))


def add_place(session: Session, place: GazPlace, *, created_by: str | None = None) -> Any:
    """Write one place (new, or the same id again) in the caller's transaction, as ``save_places`` does;
    returns the ``places`` row."""
    from ..store.models import Place

    row = session.get(Place, place.id) or Place(id=place.id)
    _write_row(session, row, place, created_by)
    session.flush()
    return row


def _batches(places: Iterable[GazPlace], size: int) -> Iterator[list[GazPlace]]:
    batch: list[GazPlace] = []
    for place in places:
        batch.append(place)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _write_row(session: Session, row: Any, place: GazPlace, created_by: str | None) -> None:
    if not place.name.strip():
        raise GazetteerError(f"place {place.id!r} has no name; give every place a name")
    fill_admin(place)
    row.name = place.name[:300]
    row.name_ar = place.name_ar[:300] if place.name_ar else None
    row.alternate_names = list(place.alternate_names)
    row.feature_type = place.feature_type
    row.lat, row.lon = place.lat, place.lon
    row.country = place.country
    row.admin1_pcode, row.admin2_pcode, row.admin3_pcode = place.admin1, place.admin2, place.admin3
    row.admin1, row.admin2, row.admin3 = (shipped_admin_name(c) for c in (place.admin1, place.admin2, place.admin3))
    row.admin1 = row.admin1 or (place.admin1_name[:100] if place.admin1_name else None)
    row.population = place.population
    row.origin = place.origin
    row.created_by = created_by
    session.add(row)
