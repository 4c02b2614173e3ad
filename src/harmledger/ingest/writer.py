"""Writing documents: originals to the blob store, rows to the database, in small batches.

A batch is checked against the store (and against itself) for duplicates before anything is written,
its new originals go to the blob store, and its rows are inserted in one transaction. A process killed
at any point leaves whole documents only: a blob without a row is harmless (the next run finds it
there and reuses it), and a row is never written before its blob. When another process inserted the
same document meanwhile, or the database refuses a value of one document, the batch falls back to
one transaction per document, so that only that document fails. Every string is cleaned first
(harmledger._text: NUL removed, lone surrogates replaced), the same for SQLite and PostgreSQL.
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
from sqlalchemy.exc import DataError, DBAPIError, IntegrityError, SQLAlchemyError, StatementError

from .._errors import StoreError
from .._text import clean, clean_json, printable
from ..store import Store
from ..store.models import Document, Source
from .dateline import find_dateline
from .language import detect_language
from .types import IngestResult, Item, Status

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
    warnings: list[str]


def build_row(
    item: Item, *, source: str | None, published: dt.date | None, language: str | None = None
) -> tuple[dict[str, Any], str | None, list[str]]:
    """The documents row for an item (without source_id), the name of its source, and warnings.

    Stated beats inferred: a corpus field, then the command-line option, then the document's own
    metadata, then a dateline in the text; the language is a corpus field's, else ``language`` (already
    checked by language.check_language), else detected. Every string goes through harmledger._text's rule (NUL
    removed, lone surrogates replaced) so that SQLite and PostgreSQL store the same thing; each
    change is a warning, after those of reading the original.
    """
    parsed = item.parsed
    warnings = list(parsed.warnings)

    def cleaned(value: str | None, where: str) -> str | None:
        if value is None:
            return None
        value, notes = clean(value)
        warnings.extend(f"{where}: {note}" for note in notes)
        return value

    digest = hashlib.sha256(item.data).hexdigest()
    title = cleaned(parsed.title, "the title")
    body = cleaned(parsed.body, "the text") or ""
    if title and body:
        text, body_offset = f"{title}\n\n{body}", len(title) + 2
    elif title:
        text, body_offset = title, len(title)
    else:
        text, body_offset = body, 0
    doc_id = cleaned(parsed.doc_id, "the id")
    if parsed.doc_id and not (doc_id or "").strip():
        warnings.append("the id: empty once cleaned; the document is stored under its sha256 instead")
        doc_id = None
    from_corpus = "corpus" in parsed.meta
    date, date_from = parsed.published, parsed.published_from
    if published is not None and date_from != "corpus":
        date, date_from = published, "option"
    if date is None:
        date = find_dateline(text)
        date_from = "dateline" if date else None
    if date is None and parsed.fallback_published:
        date, date_from = parsed.fallback_published, "metadata"
    source_name = cleaned(parsed.source, "the source") if from_corpus and parsed.source else None
    source_name = source_name or cleaned(source, "the source") or cleaned(parsed.source, "the source")
    author = cleaned(parsed.author, "the author")
    row: dict[str, Any] = {
        "id": doc_id or digest,
        "sha256": digest,
        "text_sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
        "title": title,
        "text": text,
        "body_offset": body_offset,
        "published": date,
        "published_from": date_from,
        "author": author[:500] if author else None,
        "origin": printable(item.origin)[:2000],
        "media_type": parsed.media_type,
        "size": len(item.data),
        "language": parsed.language or language or detect_language(body or text),
        "meta": clean_json(parsed.meta, warnings, "the metadata"),
    }
    return row, (source_name.strip()[:300] if source_name and source_name.strip() else None), warnings


class Writer:
    """Collects prepared documents and writes them in batches; reports each result through ``sink``."""

    def __init__(self, store: Store, sink: ResultSink, *, batch_size: int = BATCH_SIZE) -> None:
        self.store = store
        self.sink = sink
        self.batch_size = batch_size
        self._pending: list[_Pending] = []
        self._first_at = 0.0
        self._sources: dict[str, int] = {}

    def add(self, seq: int, item: Item, row: dict[str, Any], source_name: str | None,
            warnings: list[str] | None = None) -> None:
        if not self._pending:
            self._first_at = time.monotonic()
        self._pending.append(_Pending(seq, item.name, row, item.data, source_name, list(warnings or [])))
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
            self._one_at_a_time(fresh)
            return
        except Exception as exc:
            if not _refused_value(exc):
                if isinstance(exc, SQLAlchemyError):
                    raise _store_error(exc) from exc
                raise
            # One document the database will not take must not cost the others: find it alone.
            logger.info("the database refused a value in a batch (%s); storing it one document at a time", exc)
            self._one_at_a_time(fresh)
            return
        for pending in fresh:
            self.sink(pending.seq, self._result(pending, "added", pending.row["id"]))

    def _one_at_a_time(self, batch: list[_Pending]) -> None:
        for pending in batch:
            self._insert_one(pending)

    @staticmethod
    def _result(pending: _Pending, status: Status, document_id: str | None, error: str | None = None) -> IngestResult:
        return IngestResult(input=pending.name, status=status, document_id=document_id, error=error,
                            warnings=pending.warnings)

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
                verdict.warnings = pending.warnings
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
        except Exception as exc:
            if not _refused_value(exc):
                if isinstance(exc, SQLAlchemyError):
                    raise _store_error(exc) from exc
                raise
            reason = (str(getattr(exc, "orig", None) or exc).strip().splitlines() or [type(exc).__name__])[0][:300]
            self.sink(pending.seq, self._result(
                pending, "failed", None, f"the database refused a value of this document ({reason}); please report this"))
            return
        self.sink(pending.seq, self._result(pending, "added", pending.row["id"]))

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


def _refused_value(exc: BaseException) -> bool:
    """Whether ``exc`` is the database refusing one row's values (a document's own problem) rather
    than the database failing (which fails every document after it too)."""
    if isinstance(exc, DataError):
        return True
    if isinstance(exc, StatementError) and not isinstance(exc, DBAPIError):
        return True  # raised while binding the parameters, before the database saw them
    return isinstance(exc, UnicodeError | ValueError | TypeError)


def _store_error(exc: SQLAlchemyError) -> StoreError:
    return StoreError(f"database error while storing documents: {exc}; is the database reachable?")
