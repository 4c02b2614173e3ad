"""The background processor of a server's uploads: the same library code as `harmledger process`,
one document's state at a time, writes through the given write path, and what a stopped server left
unfinished found again from the store."""

from __future__ import annotations

import time
from collections.abc import Callable
from functools import partial
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from harmledger.api.writes import run_write
from harmledger.processing import process_pending, runner
from harmledger.processing.background import BackgroundProcessor, first_line
from harmledger.processing.uploads import UPLOAD_ACTION, recent_uploads, states, unfinished
from harmledger.review import audit
from harmledger.store import Store
from harmledger.store.models import Document, IncidentLink, Mention
from tests.processing.test_runner import _add_sample

WAIT = 120.0  # generous: the first document builds the extractor; nothing here measures speed


def _wait_idle(processor: BackgroundProcessor) -> None:
    deadline = time.monotonic() + WAIT
    while processor.busy():
        assert time.monotonic() < deadline, "the background processing never finished"
        time.sleep(0.05)


def _mark_uploaded(store: Store, ids: list[str]) -> None:
    with store.session() as session:
        for doc_id in ids:
            audit.record(session, "analyst", UPLOAD_ACTION, "document", doc_id, None, {"filename": f"{doc_id}.txt"})


def test_only_narrows_a_run_and_the_rest_stays_pending(sqlite_store: Store) -> None:
    ids = _add_sample(sqlite_store, 4)
    report = process_pending(sqlite_store, only=ids[:1])
    assert report.processed == 1
    with sqlite_store.session() as session:
        assert {d.id: d.status for d in session.scalars(select(Document))} == {
            ids[0]: "processed", **{i: "ingested" for i in ids[1:]}}
    # The command's own run (no `only`) takes the rest, as before.
    assert process_pending(sqlite_store).processed == 3


def test_processor_runs_the_command_code_through_the_given_writes(store: Store) -> None:
    ids = _add_sample(store, 3)
    writes: list[str] = []

    def write(work: Callable[[Session], Any]) -> Any:
        writes.append(getattr(work, "__name__", type(work).__name__))
        return run_write(store, work)

    processor = BackgroundProcessor(store, write=write)
    assert processor.submit(ids[:2]) == ids[:2]
    assert processor.submit(ids[:2]) == []  # already queued or under way: not twice
    _wait_idle(processor)
    processor.stop()
    assert len(writes) == 3  # one transaction per document, then the linking
    with store.session() as session:
        found = {i["document_id"]: i for i in states(session, [*ids, "no-such-doc"], processor)}
        processed = session.scalar(select(func.count()).select_from(Document).where(Document.status == "processed"))
        links = session.scalar(select(func.count()).select_from(IncidentLink).join(Mention).where(
            Mention.document_id.in_(ids[:2]))) or 0
        mentions = session.scalar(select(func.count()).select_from(Mention).where(Mention.document_id == ids[0]))
    assert processed == 2
    assert found[ids[0]]["state"] == found[ids[1]]["state"] == "done"
    assert found[ids[0]]["mentions"] == mentions
    assert sum(found[i]["links"] for i in ids[:2]) == links and links > 0
    assert found[ids[2]]["state"] == "queued" and found["no-such-doc"]["state"] == "missing"


def test_a_failing_document_is_shown_failed_with_its_error_line(sqlite_store: Store) -> None:
    ids = _add_sample(sqlite_store, 2)

    def broken_write(work: Callable[[Session], Any]) -> Any:
        if getattr(work, "func", None) is runner._save:  # the per-document save; the linking still runs
            raise RuntimeError("disk full\nTraceback details that a page does not show")
        return run_write(sqlite_store, work)

    processor = BackgroundProcessor(sqlite_store, write=broken_write)
    processor.submit(ids[:1])
    _wait_idle(processor)
    with sqlite_store.session() as session:
        item = states(session, ids[:1], processor)[0]
    assert item["state"] == "failed" and item["error"] == "RuntimeError: disk full"
    assert processor.submit(ids[:1]) == ids[:1]  # a failed document may be queued again
    processor.stop()
    assert processor.submit(ids[1:]) == []  # a stopping processor takes nothing new


def test_unfinished_uploads_are_those_not_processed_or_not_linked(sqlite_store: Store) -> None:
    ids = _add_sample(sqlite_store, 4)
    _mark_uploaded(sqlite_store, ids[:3])  # ids[3] came by `harmledger ingest`: left to `harmledger process`
    process_pending(sqlite_store, only=ids[:1])  # processed and linked
    process_pending(sqlite_store, only=ids[1:2], link=False)  # the server stopped before linking it
    with sqlite_store.session() as session:
        assert unfinished(session) == sorted(ids[1:3])
        assert recent_uploads(session) == {i: f"{i}.txt" for i in reversed(ids[:3])}
        assert list(recent_uploads(session, 2)) == [ids[2], ids[1]]
    processor = BackgroundProcessor(sqlite_store, write=partial(run_write, sqlite_store))
    with sqlite_store.session() as session:
        processor.submit(unfinished(session))
    _wait_idle(processor)
    processor.stop()
    with sqlite_store.session() as session:
        assert unfinished(session) == []
        doc = session.get(Document, ids[3])
        assert doc is not None and doc.status == "ingested"


def test_first_line() -> None:
    assert first_line("  \nStoreError: busy\n  at line 3") == "StoreError: busy"
    assert first_line("") == "unknown error"
