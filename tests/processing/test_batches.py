"""Bulk storage of extracted batches (`store.mentions.save_batch`) and what a batch leaves in the store."""

from __future__ import annotations

import hashlib

from sqlalchemy import func, select

from harmledger.extract import Extractor
from harmledger.processing import process_pending
from harmledger.processing.work import extract_batch, places_key
from harmledger.store import Store
from harmledger.store.mentions import evidence_rows, save_batch
from harmledger.store.models import Document, Evidence, IncidentLink, Mention

TEXTS = {
    "a": "Airstrikes hit a market in Maarat al-Numan, Idlib, on 3 March 2017, killing 12 civilians including 4 children.",
    "b": "Barrel bombs struck Daraya on 5 May 2016, killing 3 people and injuring 9, activists said.",
    "c": "Shelling of Douma in Rural Damascus on 20 February 2018 killed 17 civilians.",
}


def _add(store: Store, texts: dict[str, str]) -> None:
    with store.session() as session:
        for doc_id, text in texts.items():
            digest = hashlib.sha256(text.encode()).hexdigest()
            session.add(Document(id=doc_id, sha256=digest, text_sha256=digest, text=text, origin="test",
                                 media_type="text/plain", size=len(text)))


def _payloads(texts: dict[str, str]) -> list[tuple[str, str, str | None, str | None, str | None]]:
    return [(doc_id, text, None, None, None) for doc_id, text in texts.items()]


def test_a_batch_stores_every_mention_and_span_the_extractor_reads(store: Store) -> None:
    _add(store, TEXTS)
    docs = extract_batch(_payloads(TEXTS), places_key([]), [])
    with store.session() as session:
        saved = save_batch(session, docs, version="9.9")
    assert sorted(saved.processed) == ["a", "b", "c"] and not saved.failed
    extractor = Extractor()
    with store.session() as session:
        for doc_id, text in TEXTS.items():
            expected = extractor.extract(text, doc_id=doc_id)
            doc = session.get(Document, doc_id)
            assert doc is not None and doc.status == "processed" and doc.extractor_version == "9.9"
            assert [m.data for m in doc.mentions] == [m.model_dump(mode="json") for m in expected.mentions]
            spans = [(e.field, e.value, e.start, e.end, e.text) for m in doc.mentions for e in
                     sorted(m.evidence, key=lambda e: e.id)]
            assert spans == [s for m in expected.mentions for s in evidence_rows(m)]
            assert all(text[s[2]:s[3]] == s[4] for s in spans)
    assert saved.evidence == sum(len(evidence_rows(m)) for t in TEXTS for m in extractor.extract(TEXTS[t]).mentions)


def test_a_batch_again_replaces_mentions_and_links_without_doubling(sqlite_store: Store) -> None:
    _add(sqlite_store, TEXTS)
    process_pending(sqlite_store)
    with sqlite_store.session() as session:
        before = session.scalar(select(func.count()).select_from(Mention))
        evidence = session.scalar(select(func.count()).select_from(Evidence))
    assert before and evidence
    report = process_pending(sqlite_store, everything=True)
    assert report.processed == 3
    with sqlite_store.session() as session:
        assert session.scalar(select(func.count()).select_from(Mention)) == before
        assert session.scalar(select(func.count()).select_from(Evidence)) == evidence
        incident_mentions = session.scalar(select(func.count()).select_from(Mention).where(Mention.kind == "incident"))
        assert session.scalar(select(func.count()).select_from(IncidentLink)) == incident_mentions


def test_a_failed_document_keeps_its_old_mentions_and_a_deleted_one_is_skipped(sqlite_store: Store) -> None:
    _add(sqlite_store, TEXTS)
    process_pending(sqlite_store, link=False)
    with sqlite_store.session() as session:
        old = [m.data for m in session.get(Document, "a").mentions]
    docs = [("a", "ExtractionError: broken", []), ("gone", None, [])]
    with sqlite_store.session() as session:
        saved = save_batch(session, docs, version="9.9")
    assert saved.failed == [("a", "ExtractionError: broken")] and saved.missing == ["gone"] and not saved.processed
    with sqlite_store.session() as session:
        doc = session.get(Document, "a")
        assert doc.status == "failed" and doc.error == "ExtractionError: broken"
        assert [m.data for m in doc.mentions] == old


def test_a_document_that_cannot_be_extracted_fails_alone(sqlite_store: Store, monkeypatch) -> None:
    from harmledger.processing import work

    class Broken:
        def extract(self, body: str, **kwargs: object) -> object:
            if kwargs.get("doc_id") == "b":
                raise ValueError("bad document")
            return Extractor().extract(body, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(work, "extractor_for", lambda key, places: Broken())
    _add(sqlite_store, TEXTS)
    report = process_pending(sqlite_store, link=False)
    assert report.processed == 2 and report.failed == [("b", "ValueError: bad document")]
    with sqlite_store.session() as session:
        assert session.get(Document, "b").status == "failed"
        assert session.get(Document, "c").status == "processed"


def test_a_batch_lost_on_the_cluster_stops_the_run_keeping_the_batches_stored(sqlite_store: Store) -> None:
    """A worker that dies is not one document's fault: E091, with the batches written before kept."""
    import pytest

    from harmledger._errors import ExtractionError

    class Future:
        def __init__(self, value: object) -> None:
            self.value = value

        def result(self) -> object:
            if isinstance(self.value, Exception):
                raise self.value
            return self.value

        def release(self) -> None: ...

        def cancel(self) -> None: ...

    class Client:  # the few calls process_pending makes of a dask.distributed.Client
        calls = 0

        def nthreads(self) -> dict[str, int]:
            return {"tcp://worker": 1}

        def scatter(self, data: object, **kwargs: object) -> object:
            return data

        def submit(self, fn, *args, **kwargs):  # type: ignore[no-untyped-def]
            Client.calls += 1
            return Future(fn(*args) if Client.calls == 1 else OSError("worker lost"))

    _add(sqlite_store, TEXTS)
    with pytest.raises(ExtractionError) as caught:
        process_pending(sqlite_store, client=Client(), chunk=2, link=False)
    assert caught.value.code == "E091"
    with sqlite_store.session() as session:
        statuses = dict(session.execute(select(Document.id, Document.status)).all())
    assert statuses == {"a": "processed", "b": "processed", "c": "ingested"}
