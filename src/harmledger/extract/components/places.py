"""Places, through the geocoder (``harmledger.geo``): known names, areas ("western rural Aleppo") and
names the text introduces ("the village of Qah"), each with its role (event, near, area)."""

from __future__ import annotations

import logging
from typing import Any

from ..doc import Doc, Intervals, PlaceMention
from ..registry import Component, PipelineContext, component

logger = logging.getLogger(__name__)


def default_geocoder() -> Any | None:
    try:
        from ...geo import get_geocoder
    except ImportError:  # the geo package is optional for a pipeline that swaps this component
        logger.warning("harmledger.geo is not available; places will not be extracted")
        return None
    return get_geocoder()


@component(name="places", assigns=["places"], requires=["sentences", "actors", "attributions"])
def make_places(context: PipelineContext) -> Component:
    geocoder = context.geocoder if context.geocoder is not None else default_geocoder()

    def places(doc: Doc) -> None:
        if geocoder is None:
            return
        text = doc.text if doc.limit >= len(doc.text) else doc.text[: doc.limit]
        # Names that are organisations or forces ("SANA", "Damascus government") are not places.
        taken = Intervals([(h.start, h.end) for h in doc.attributions] + [(h.start, h.end) for h in doc.actors] + doc.ignored)
        found = []
        for hit in geocoder.find_places(text):
            if taken.overlaps(hit.start, hit.end):
                continue
            found.append(PlaceMention(hit.start, hit.end, hit.name, hit.role, hit.resolved, hit.feature_type))
        doc.places = found

    return places
