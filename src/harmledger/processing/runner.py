"""Extract what is stored and not yet processed, store the mentions, then link them.

Each document's mentions are written in a transaction of their own, so a killed run leaves whole
documents done or not done and the next run picks up the rest. Extraction can run in this process or
on a Dask cluster (``client``); the store is only ever written from this process.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import or_, select

from ..schema import DocumentExtraction
from ..store import Store
from ..store.mentions import save_extraction
from ..store.models import Document

logger = logging.getLogger(__name__)

# A document travels to a worker as plain data: (id, body, title, published ISO date or None).
Payload = tuple[str, str, str | None, str | None]


@dataclass
class ProcessReport:
    processed: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    mentions: int = 0
    linked: int = 0
    incidents_created: int = 0

    @property
    def ok(self) -> bool:
        return not self.failed


def _payload(doc: Document) -> Payload:
    title = doc.title if doc.body_offset else None
    return (doc.id, doc.text[doc.body_offset :], title, doc.published.isoformat() if doc.published else None)


# One extractor per store URL and process (workers keep theirs between tasks), with the run it was made for.
_extractors: dict[str, tuple[str, Any]] = {}


def _extractor_for(db_url: str, run_id: str) -> Any:
    """An extractor whose geocoder includes the store's own places (imports, analysts' additions).

    The store's places are read once per run, not once per document: reading them scans the places table."""
    from ..extract import Extractor
    from ..geo import get_geocoder

    cached = _extractors.get(db_url)
    if cached is not None and cached[0] == run_id:
        return cached[1]
    # get_geocoder is cached and rebuilds only when the store's places changed since the last run.
    geocoder = get_geocoder(Store(db_url))
    if cached is not None and cached[1].context.geocoder is geocoder:
        extractor = cached[1]
    else:
        extractor = Extractor(geocoder=geocoder)
    _extractors[db_url] = (run_id, extractor)
    return extractor


def extract_payload(payload: Payload, db_url: str, run_id: str = "") -> tuple[str, dict[str, Any] | None, str | None]:
    """Runs on a worker (or here): returns (id, extraction as JSON, error)."""
    doc_id, body, title, published = payload
    try:
        result = _extractor_for(db_url, run_id).extract(body, title=title, doc_id=doc_id, published=published)
    except Exception as exc:  # noqa: BLE001 - one bad document must not stop the batch
        logger.exception("extraction failed for %s", doc_id)
        return doc_id, None, f"{type(exc).__name__}: {exc}"
    return doc_id, result.model_dump(mode="json"), None


def _pending_ids(store: Store, redo: bool, version: str, everything: bool) -> list[str]:
    with store.session() as session:
        stmt = select(Document.id).order_by(Document.ingested_at, Document.id)
        if redo and not everything:
            stmt = stmt.where(or_(Document.extractor_version.is_(None), Document.extractor_version != version))
        elif not everything:
            stmt = stmt.where(Document.status == "ingested")
        return list(session.scalars(stmt))


def _payloads(store: Store, ids: list[str], chunk: int) -> Iterator[list[Payload]]:
    for start in range(0, len(ids), chunk):
        with store.session() as session:
            docs = session.scalars(select(Document).where(Document.id.in_(ids[start : start + chunk])))
            yield [_payload(d) for d in docs]


def _extract_all(
    batches: Iterable[list[Payload]], client: Any, db_url: str
) -> Iterator[tuple[str, dict[str, Any] | None, str | None]]:
    run_id = uuid.uuid4().hex
    for batch in batches:
        if client is None:
            yield from (extract_payload(payload, db_url, run_id) for payload in batch)
        else:
            futures = client.map(extract_payload, batch, db_url=db_url, run_id=run_id, pure=False)
            for future in futures:
                yield future.result()


def process_pending(
    store: Store,
    *,
    client: Any = None,
    redo: bool = False,
    everything: bool = False,
    link: bool = True,
    chunk: int = 200,
    on_document: Callable[[str, str | None], None] | None = None,
    on_total: Callable[[int], None] | None = None,
) -> ProcessReport:
    """Process every stored document that is not yet processed (or, with ``redo``, processed by an older
    extractor; with ``everything``, all of them, e.g. after places were added to the gazetteer), then link
    the new incident mentions. ``client`` is a ``dask.distributed.Client``."""
    from ..extract import EXTRACTOR_VERSION

    report = ProcessReport()
    ids = _pending_ids(store, redo, EXTRACTOR_VERSION, everything)
    if on_total:
        on_total(len(ids))
    for doc_id, data, error in _extract_all(_payloads(store, ids, chunk), client, store.url):
        with store.session() as session:
            doc = session.get(Document, doc_id)
            if doc is None:  # removed while we worked
                continue
            if error is not None or data is None:
                doc.status, doc.error = "failed", error
                report.failed.append((doc_id, error or "no result"))
            else:
                rows = save_extraction(session, doc, DocumentExtraction.model_validate(data), version=EXTRACTOR_VERSION)
                report.processed += 1
                report.mentions += len(rows)
        if on_document:
            on_document(doc_id, error)
    if link:
        report.linked, report.incidents_created = _link(store)
    return report


def _link(store: Store) -> tuple[int, int]:
    from ..link import link_pending

    with store.session() as session:
        result = link_pending(session)
    return getattr(result, "linked", 0), getattr(result, "created", 0)
