"""Writing documents: originals to the blob store, rows to the database, in small batches.

A batch is checked against the store (and against itself) for duplicates before anything is written,
its new originals go to the blob store, and its rows are inserted in one transaction. A process killed
at any point leaves whole documents only: a blob without a row is harmless (the next run finds it
there and reuses it), and a row is never written before its blob. When another process inserted the
same document meanwhile, the batch falls back to one transaction per document.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import insert, or_, select
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from .._errors import StoreError
from ..store import Store
from ..store.models import Document, Source
from .dateline import find_dateline
from .language import detect_language
from .types import IngestResult, Item

logger = logging.getLogger(__name__)

BATCH_SIZE = 200
BATCH_SECONDS = 2.0

ResultSink = Callable[[int, IngestResult], None]


@dataclass
class _Pending:
    seq: int
    name: str
    row: dict[str, Any]
    data: bytes
    source_name: str | None


def build_row(item: Item, *, source: str | None, published: dt.date | None) -> tuple[dict[str, Any], str | None]:
    """The documents row for an item (without source_id) and the name of its source.

    Stated beats inferred: a corpus field, then the command-line option, then the document's own
    metadata, then a dateline in the text.
    """
    parsed = item.parsed
    digest = hashlib.sha256(item.data).hexdigest()
    title = parsed.title
    body = parsed.body
    if title and body:
        text, body_offset = f"{title}\n\n{body}", len(title) + 2
    elif title:
        text, body_offset = title, len(title)
    else:
        text, body_offset = body, 0
    from_corpus = "corpus" in parsed.meta
    date, date_from = parsed.published, parsed.published_from
    if published is not None and date_from != "corpus":
        date, date_from = published, "option"
    if date is None:
        date = find_dateline(text)
        date_from = "dateline" if date else None
    if date is None and parsed.fallback_published:
        date, date_from = parsed.fallback_published, "metadata"
    source_name = parsed.source if from_corpus and parsed.source else source or parsed.source
    row: dict[str, Any] = {
        "id": parsed.doc_id or digest,
        "sha256": digest,
        "text_sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
        "title": title,
        "text": text,
        "body_offset": body_offset,
        "published": date,
        "published_from": date_from,
        "author": parsed.author[:500] if parsed.author else None,
        "origin": item.origin[:2000],
        "media_type": parsed.media_type,
        "size": len(item.data),
        "language": detect_language(body or text),
        "meta": parsed.meta,
    }
    return row, (source_name.strip()[:300] if source_name else None)


class Writer:
    """Collects prepared documents and writes them in batches; reports each result through ``sink``."""

    def __init__(self, store: Store, sink: ResultSink, *, batch_size: int = BATCH_SIZE) -> None:
        self.store = store
        self.sink = sink
        self.batch_size = batch_size
        self._pending: list[_Pending] = []
        self._first_at = 0.0
        self._sources: dict[str, int] = {}

    def add(self, seq: int, item: Item, row: dict[str, Any], source_name: str | None) -> None:
        if not self._pending:
            self._first_at = time.monotonic()
        self._pending.append(_Pending(seq, item.name, row, item.data, source_name))
        if len(self._pending) >= self.batch_size or time.monotonic() - self._first_at > BATCH_SECONDS:
            self.flush()

    def flush(self) -> None:
        batch, self._pending = self._pending, []
        if not batch:
            return
        fresh = self._drop_duplicates(batch)
        if not fresh:
            return
        self._resolve_sources(fresh)
        for pending in fresh:
            self.store.blobs.put(pending.data)
        try:
            with self.store.engine.begin() as connection:
                connection.execute(insert(Document), [p.row for p in fresh])
        except IntegrityError:
            logger.info("a batch met documents stored meanwhile; storing it one document at a time")
            for pending in fresh:
                self._insert_one(pending)
            return
        except SQLAlchemyError as exc:
            raise _store_error(exc) from exc
        for pending in fresh:
            self.sink(pending.seq, IngestResult(input=pending.name, status="added", document_id=pending.row["id"]))

    def _drop_duplicates(self, batch: list[_Pending]) -> list[_Pending]:
        """The items of ``batch`` not yet stored; reports the others as duplicates or conflicts."""
        shas = {p.row["sha256"] for p in batch}
        ids = {p.row["id"] for p in batch}
        query = select(Document.id, Document.sha256, Document.text_sha256).where(
            or_(Document.sha256.in_(shas), Document.id.in_(ids))
        )
        try:
            with self.store.engine.connect() as connection:
                known = connection.execute(query).all()
        except SQLAlchemyError as exc:
            raise _store_error(exc) from exc
        by_sha = {row.sha256: row.id for row in known}
        by_id = {row.id: row.text_sha256 for row in known}
        fresh: list[_Pending] = []
        for pending in batch:
            verdict = self._verdict(pending, by_sha, by_id)
            if verdict is None:
                fresh.append(pending)
                by_sha[pending.row["sha256"]] = pending.row["id"]
                by_id[pending.row["id"]] = pending.row["text_sha256"]
            else:
                self.sink(pending.seq, verdict)
        return fresh

    @staticmethod
    def _verdict(pending: _Pending, by_sha: dict[str, str], by_id: dict[str, str]) -> IngestResult | None:
        row = pending.row
        if row["sha256"] in by_sha:
            return IngestResult(input=pending.name, status="duplicate", document_id=by_sha[row["sha256"]])
        if row["id"] in by_id:
            if by_id[row["id"]] == row["text_sha256"]:
                return IngestResult(input=pending.name, status="duplicate", document_id=row["id"])
            return IngestResult(
                input=pending.name, status="failed", document_id=row["id"],
                error=f"the id {row['id']!r} is already stored with a different text; give this document another id",
            )  # fmt: skip
        return None

    def _insert_one(self, pending: _Pending) -> None:
        try:
            with self.store.engine.begin() as connection:
                connection.execute(insert(Document), [pending.row])
        except IntegrityError:
            fresh = self._drop_duplicates([pending])
            if fresh:  # not a duplicate after all: a real constraint problem
                raise StoreError(f"cannot store {pending.name}: a database constraint refused it") from None
            return
        self.sink(pending.seq, IngestResult(input=pending.name, status="added", document_id=pending.row["id"]))

    def _resolve_sources(self, batch: list[_Pending]) -> None:
        for pending in batch:
            name = pending.source_name
            pending.row["source_id"] = self._source_id(name) if name else None

    def _source_id(self, name: str) -> int:
        if name in self._sources:
            return self._sources[name]
        query = select(Source.id).where(Source.name == name)
        for _attempt in range(2):
            try:
                with self.store.engine.begin() as connection:
                    found = connection.execute(query).scalar()
                    if found is None:
                        found = connection.execute(insert(Source).values(name=name).returning(Source.id)).scalar_one()
                self._sources[name] = found
                return found
            except IntegrityError:
                continue  # another process created it meanwhile; read it back
            except SQLAlchemyError as exc:
                raise _store_error(exc) from exc
        raise StoreError(f"cannot create the source {name!r}")


def _store_error(exc: SQLAlchemyError) -> StoreError:
    return StoreError(f"database error while storing documents: {exc}; is the database reachable?")
