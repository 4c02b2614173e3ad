"""Cached geocoders: one for the shipped gazetteer, one per store (rebuilt when its places change)."""

from __future__ import annotations

import gc
import logging
import threading
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from .gazetteer import load_shipped
from .geocoder import Geocoder
from .store_places import load_store_places

if TYPE_CHECKING:
    from ..store import Store

logger = logging.getLogger(__name__)

_lock = threading.Lock()
_default: Geocoder | None = None
_by_store: dict[str, tuple[Any, Geocoder]] = {}


def _fingerprint(store: Store) -> Any:
    from ..store.models import Place

    try:
        with store.session() as session:
            # Cheap aggregates that change when a place is added, moved or renamed.
            row = session.execute(select(
                func.count(Place.id), func.max(Place.created_at), func.sum(Place.lat), func.sum(Place.lon),
                func.sum(func.length(Place.name)), func.sum(func.length(Place.feature_type)),
            )).one()
            return tuple(str(v) for v in row)
    except Exception as exc:  # no store or no places table yet: nothing to add  # noqa: BLE001
        logger.warning("cannot read places from %s (%s); using the shipped gazetteer only", store.safe_url, exc)
        return None


def _frozen(geocoder: Geocoder) -> Geocoder:
    """The geocoder, its tens of thousands of long-lived objects moved out of the collector's sight
    (``gc.freeze``): reading a long document makes about a million short-lived objects, and the
    collections they set off walked the gazetteer again and again (a fifth of the time on long texts).
    Unlike switching the collector off while reading, this leaves collection on for the rest of the
    process (a web server keeps collecting while it extracts an upload)."""
    gc.freeze()
    return geocoder


def get_geocoder(store: Store | None = None) -> Geocoder:
    """The shipped Syria gazetteer's geocoder, or that plus the places stored in ``store``."""
    global _default
    with _lock:
        if store is None:
            if _default is None:
                _default = _frozen(Geocoder(load_shipped()))
            return _default
        fp = _fingerprint(store)
        cached = _by_store.get(store.url)
        if cached is not None and cached[0] == fp:
            return cached[1]
        gaz = load_shipped()
        if fp is not None and fp[0] != "0":
            gaz.add(load_store_places(store))
        geocoder = _frozen(Geocoder(gaz))
        _by_store[store.url] = (fp, geocoder)
        return geocoder


def clear_cache() -> None:
    global _default
    with _lock:
        _default = None
        _by_store.clear()
