"""Extract what is stored and not yet processed, store the mentions in batches, then link them.

Documents go in batches (``chunk`` of them): one extraction task and one transaction each, so a killed
run leaves whole batches done or not done and the next run picks up the rest. Extraction runs in this
process, or on a Dask cluster (``client``) where each worker returns the batch's rows already built;
this process only reads payloads, writes the rows with bulk statements and, at the end, links once.
The store is only ever written from this process. Batches are written in the order of the pending
documents whichever path extracted them, so a Dask run stores (and links) exactly what a local run does.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass, field
from functools import partial
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import Table, or_, select
from sqlalchemy.orm import Session

from .._errors import ExtractionError
from ..store import Store
from ..store.mentions import BatchResult, ExtractedDoc, save_batch
from ..store.models import Document
from .work import Payload, extract_batch, places_key

if TYPE_CHECKING:
    from ..link.prepare import Prepared

logger = logging.getLogger(__name__)

# How a write transaction is run: ``write(work)`` calls ``work(session)`` in one transaction and commits.
Write = Callable[[Callable[[Session], Any]], Any]

# Tasks in flight per Dask worker thread: enough that no worker waits for the next batch while this process
# writes the previous one, few enough that a million pending documents are not all in memory at once.
_TASKS_PER_WORKER = 3


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


def _pending_ids(store: Store, redo: bool, version: str, everything: bool,
                 only: Collection[str] | None = None) -> list[str]:
    with store.session() as session:
        stmt = select(Document.id).order_by(Document.ingested_at, Document.id)
        if redo and not everything:
            stmt = stmt.where(or_(Document.extractor_version.is_(None), Document.extractor_version != version))
        elif not everything:
            stmt = stmt.where(Document.status == "ingested")
        if only is not None:
            stmt = stmt.where(Document.id.in_(list(only)))
        return list(session.scalars(stmt))


def _save(session: Session, *, docs: list[ExtractedDoc], version: str) -> BatchResult:
    return save_batch(session, docs, version=version)


def _in_session(store: Store) -> Write:
    """The command's way to write: a plain session per transaction (it is the store's only writer)."""

    def write(work: Callable[[Session], Any]) -> Any:
        with store.session() as session:
            return work(session)

    return write


def _payloads(store: Store, ids: list[str]) -> list[Payload]:
    """The batch's documents as plain tuples, in the order of ``ids`` (plain columns, no ORM objects)."""
    doc = cast(Table, Document.__table__).c
    with store.session() as session:
        rows = session.execute(
            select(doc.id, doc.text, doc.body_offset, doc.title, doc.published, doc.language).where(doc.id.in_(ids))
        ).all()
    by_id = {
        r[0]: (r[0], r[1][r[2] or 0 :], r[3] if r[2] else None, r[4].isoformat() if r[4] else None, r[5]) for r in rows
    }
    return [by_id[i] for i in ids if i in by_id]


def _store_places(store: Store) -> list[Any]:
    from ..geo.store_places import load_store_places

    return load_store_places(store)


def _chunks(ids: list[str], chunk: int) -> Iterator[list[str]]:
    for start in range(0, len(ids), chunk):
        yield ids[start : start + chunk]


def _extract_here(store: Store, ids: list[str], chunk: int, places: list[Any]) -> Iterator[list[ExtractedDoc]]:
    key = places_key(places)
    for batch in _chunks(ids, chunk):
        yield extract_batch(_payloads(store, batch), key, places)


def _extract_on_dask(store: Store, ids: list[str], chunk: int, places: list[Any], client: Any) -> Iterator[list[ExtractedDoc]]:
    """Batches extracted by the cluster's workers, yielded in submission order with a bounded window."""
    key = places_key(places)
    # The places travel once to each worker, not with every task.
    shared: Any = client.scatter(places, broadcast=True, hash=False) if places else []
    # Threads, not workers: a worker with four threads runs four batches at once. Counted once, at the start.
    threads = max(1, sum(client.nthreads().values()))
    window = _TASKS_PER_WORKER * threads
    batches = _chunks(ids, chunk)
    in_flight: deque[Any] = deque()

    def submit_next() -> None:
        batch = next(batches, None)
        if batch is not None:
            in_flight.append(client.submit(extract_batch, _payloads(store, batch), key, shared, pure=False))

    for _ in range(window):
        submit_next()
    while in_flight:
        future = in_flight.popleft()
        try:
            docs = future.result()
        except Exception as exc:  # a worker died or the cluster went away: not one document's fault
            for other in in_flight:
                other.cancel()
            raise ExtractionError(
                f"a Dask worker lost a batch ({type(exc).__name__}: {exc}); the batches stored so far are kept: "
                "check the workers' logs, then run `harmledger process` again to do the rest",
                code="E091",
            ) from exc
        future.release()
        submit_next()
        yield docs


def process_pending(
    store: Store,
    *,
    client: Any = None,
    redo: bool = False,
    everything: bool = False,
    link: bool = True,
    chunk: int = 100,
    on_document: Callable[[str, str | None], None] | None = None,
    on_total: Callable[[int], None] | None = None,
    only: Collection[str] | None = None,
    write: Write | None = None,
    on_extracted: Callable[[], None] | None = None,
) -> ProcessReport:
    """Process every stored document that is not yet processed (or, with ``redo``, processed by an older
    extractor; with ``everything``, all of them, e.g. after places were added to the gazetteer), then link
    the new incident mentions. ``client`` is a ``dask.distributed.Client``; ``chunk`` documents make one
    task and one transaction. ``only`` narrows the run to these documents (the linking still takes every
    pending mention); ``write`` runs each write transaction (a server passes its serialised, retried
    writes: processing/background.py). ``on_extracted`` is called once the last batch is stored, before
    linking: the command closes its LocalCluster there, whose scheduler runs in this process and would
    slow the linking down (measured on a loaded machine: 10-20% more CPU, 25% more time)."""
    from ..extract import EXTRACTOR_VERSION

    write = write or _in_session(store)
    report = ProcessReport()
    ids = _pending_ids(store, redo, EXTRACTOR_VERSION, everything, only)
    if on_total:
        on_total(len(ids))
    places = _store_places(store) if ids else []
    chunk = max(1, chunk)
    if client is None:
        batches = _extract_here(store, ids, chunk, places)
    else:
        batches = _extract_on_dask(store, ids, chunk, places, client)
    # The linker's inputs are built from each batch as it is stored (while the workers extract the next).
    prepared = _new_prepared(store) if link and ids else None
    for docs in batches:
        saved: BatchResult = write(partial(_save, docs=docs, version=EXTRACTOR_VERSION))
        report.processed += len(saved.processed)
        report.mentions += saved.mentions
        report.failed.extend(saved.failed)
        if prepared is not None and not prepared.full:
            _prepare(store, prepared, docs, set(saved.processed))
        if on_document:
            errors = dict(saved.failed)
            for doc_id, _, _ in docs:
                on_document(doc_id, errors.get(doc_id))
    if on_extracted:
        on_extracted()
    if link:
        report.linked, report.incidents_created = _link(write, prepared)
    return report


def _new_prepared(store: Store) -> Prepared:
    from ..link.features import source_roots
    from ..link.prepare import Prepared

    with store.session() as session:
        return Prepared(roots=source_roots(session))


def _prepare(store: Store, prepared: Prepared, docs: list[ExtractedDoc], processed: set[str]) -> None:
    rows = [(doc_id, [values for values, _ in mentions]) for doc_id, _, mentions in docs if doc_id in processed]
    with store.session() as session:
        prepared.add_batch(session, rows)


def _link(write: Write, prepared: Prepared | None = None) -> tuple[int, int]:
    from ..link import link_pending

    result = write(partial(link_pending, prepared=prepared))
    return getattr(result, "linked", 0), getattr(result, "created", 0)
