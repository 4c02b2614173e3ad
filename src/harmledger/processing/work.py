"""What runs on a worker (or in this process): extract a batch of documents into rows ready to store.

Workers need no database: the documents come as plain payloads, and the places the store adds to the
shipped gazetteer come with the run (scattered once to every worker), so a worker only needs the
package installed. What goes back is compact plain data (`ExtractedDoc`): the rows to insert, already
built, so the process that writes does no per-mention work beyond the inserts.
"""

from __future__ import annotations

import hashlib
import logging
import pickle
from typing import Any

from ..extract.mainplace import main_place
from ..store.mentions import ExtractedDoc, extracted_rows

logger = logging.getLogger(__name__)

# A document travels as plain data: (id, body, title, published ISO date or None, language or None).
Payload = tuple[str, str, str | None, str | None, str | None]

# One extractor per set of store places, kept by the process (a worker keeps it between tasks and runs).
_extractors: dict[str, Any] = {}


def places_key(places: list[Any]) -> str:
    """A digest naming a set of store places: workers rebuild their geocoder only when it changes."""
    if not places:
        return "shipped"
    return hashlib.sha256(pickle.dumps(places, protocol=5)).hexdigest()[:24]


def extractor_for(key: str, places: list[Any]) -> Any:
    """The default extractor over the shipped gazetteer plus ``places`` (built once per key)."""
    extractor = _extractors.get(key)
    if extractor is None:
        from ..extract import Extractor
        from ..geo import Geocoder, load_shipped

        gazetteer = load_shipped()
        if places:
            gazetteer.add(places)
        extractor = Extractor(geocoder=Geocoder(gazetteer))
        _extractors.clear()  # an older set of places is not used again
        _extractors[key] = extractor
    return extractor


def extract_one(extractor: Any, payload: Payload) -> ExtractedDoc:
    doc_id, body, title, published, language = payload
    try:
        # The language ingest stored (detected, or stated by the user) chooses the extractor's pipeline.
        result = extractor.extract(body, title=title, doc_id=doc_id, published=published, language=language)
        return doc_id, None, extracted_rows(result, place_of=main_place)
    except Exception as exc:  # noqa: BLE001 - one bad document must not stop the batch
        logger.exception("extraction failed for %s", doc_id)
        return doc_id, f"{type(exc).__name__}: {exc}", []


def extract_batch(payloads: list[Payload], key: str, places: list[Any]) -> list[ExtractedDoc]:
    """Runs as one Dask task (or here): each document's rows, or its error."""
    extractor = extractor_for(key, places)
    return [extract_one(extractor, payload) for payload in payloads]
