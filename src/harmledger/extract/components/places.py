"""Places, through the geocoder (``harmledger.geo``): known names, areas ("western rural Aleppo") and
names the text introduces ("the village of Qah"), each with its role (event, near, area)."""

from __future__ import annotations

import logging
from typing import Any

from ...geo.geocoder import Geocoder
from ...geo.normalise import normalise_name
from ...geo.registry import get_geocoder
from ..doc import Doc, Intervals, PlaceMention
from ..lexicon import lexicon
from ..registry import Component, PipelineContext, component

logger = logging.getLogger(__name__)


def default_geocoder() -> Geocoder:
    """The shipped gazetteer's geocoder, for a pipeline built without one."""
    return get_geocoder()


def possessive_stem(geocoder: Any, name: str, resolved: Any, cache: dict[str, Any]) -> Any | None:
    """The place "Idlibs" stands for when it is "Idlib's" with the apostrophe dropped: the name without
    its final "s" is known and the name itself is not one of the place's names ("Homs", "Damascus" stay).
    Only for a name the geocoder resolved: one it left unresolved in its document (a near spelling in a
    report about another country, "the village of X") is not looked up again out of that context."""
    if (resolved is None or len(name) < 5 or not name.endswith("s") or name.endswith("ss")
            or not hasattr(geocoder, "geocode")):
        return None
    if name not in cache:
        stem = geocoder.geocode(name[:-1])
        same = resolved is None or (stem is not None and stem.place_id == resolved.place_id)
        own_name = resolved is not None and normalise_name(resolved.name) == normalise_name(name)
        cache[name] = stem if stem is not None and same and not own_name else None
    return cache[name]


@component(name="places", assigns=["places"], requires=["sentences", "actors", "attributions"])
def make_places(context: PipelineContext) -> Component:
    geocoder = context.geocoder if context.geocoder is not None else default_geocoder()
    stems: dict[str, Any] = {}
    outlets = lexicon("outlets.tsv")

    def places(doc: Doc) -> None:
        text = doc.text if doc.limit >= len(doc.text) else doc.text[: doc.limit]
        # Names that are organisations, forces or outlets ("SANA", "Damascus government", "Daily Sabah",
        # "Aleppo Media Center") are not places.
        outlet_names = [(h.start, h.end) for h in outlets.find(doc.lower, 0, doc.limit)]
        # The dateline's city ("ALEPPO, March 3 (Reuters) -") is where the report was filed, not the event's place.
        dateline = [doc.dateline_place] if doc.dateline_place else []
        taken = Intervals([(h.start, h.end) for h in doc.attributions] + [(h.start, h.end) for h in doc.actors]
                          + outlet_names + doc.ignored + dateline)
        found = []
        for hit in geocoder.find_places(text):
            if taken.overlaps(hit.start, hit.end):
                continue
            name, end, resolved = hit.name, hit.end, hit.resolved
            stem = possessive_stem(geocoder, name, resolved, stems)
            if stem is not None and text[end - 1 : end].lower() == "s":
                # "Idlibs health authority": texts that drop apostrophes write "Idlib's" so.
                name, end, resolved = name[:-1], end - 1, stem
            found.append(PlaceMention(hit.start, end, name, hit.role, resolved, hit.feature_type))
        doc.places = found

    return places
