"""Gazetteer and geocoder: where an attack happened, as a point with its administrative units.

    from harmledger.geo import get_geocoder
    gc = get_geocoder()                 # the shipped Syria gazetteer
    gc = get_geocoder(store)            # plus the places imported into or added to that store
    gc.geocode("Maarat al-Numan")       # -> ResolvedPlace | None
    gc.find_places(document_text)       # -> list[PlaceHit], in text order
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._lazy import lazy_exports

if TYPE_CHECKING:
    from .admin_names import admin1_key
    from .admin_names import admin1_pcode as admin1_pcode_for
    from .gazetteer import Gazetteer, GazPlace, load_shipped
    from .geocoder import Geocoder
    from .hits import PlaceHit
    from .normalise import normalise_name, skeleton
    from .registry import get_geocoder

__getattr__ = lazy_exports(__name__, {
    "admin1_key": ".admin_names", "admin1_pcode_for": ".admin_names:admin1_pcode",
    "Gazetteer": ".gazetteer", "GazPlace": ".gazetteer", "load_shipped": ".gazetteer",
    "Geocoder": ".geocoder", "PlaceHit": ".hits",
    "normalise_name": ".normalise", "skeleton": ".normalise",
    "get_geocoder": ".registry",
})

__all__ = [
    "Gazetteer",
    "GazPlace",
    "Geocoder",
    "PlaceHit",
    "admin1_key",
    "admin1_pcode_for",
    "get_geocoder",
    "load_shipped",
    "normalise_name",
    "skeleton",
]
