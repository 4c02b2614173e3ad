"""Listing and showing stored documents (the ``documents`` commands and anyone else who asks)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from .._errors import NotFoundError
from ..store import Store
from ..store.models import Document, Source

SUMMARY_FIELDS = ("id", "title", "published", "source", "language", "media_type", "size", "status", "origin")


def list_documents(
    store: Store, *, limit: int = 50, offset: int = 0, status: str | None = None
) -> tuple[list[dict[str, Any]], int]:
    """One page of documents, newest first, as plain dicts; and how many match in all."""
    query = select(Document, Source.name).outerjoin(Source, Document.source_id == Source.id)
    counter = select(func.count()).select_from(Document)
    if status:
        query = query.where(Document.status == status)
        counter = counter.where(Document.status == status)
    query = query.order_by(Document.ingested_at.desc(), Document.id).limit(limit).offset(offset)
    with store.session() as session:
        rows = session.execute(query).all()
        total = session.execute(counter).scalar_one()
        return [_summary(doc, source) for doc, source in rows], int(total)


def get_document(store: Store, document_id: str) -> dict[str, Any]:
    """Everything stored about one document, its text included; NotFoundError when unknown.

    Accepts a unique prefix of the id (at least 8 characters), as sha256 ids are long to type.
    """
    with store.session() as session:
        row = session.execute(
            select(Document, Source.name).outerjoin(Source, Document.source_id == Source.id).where(Document.id == document_id)
        ).first()
        if row is None and len(document_id) >= 8:
            matches = session.execute(
                select(Document, Source.name)
                .outerjoin(Source, Document.source_id == Source.id)
                .where(Document.id.startswith(document_id, autoescape=True))
                .limit(2)
            ).all()
            row = matches[0] if len(matches) == 1 else None
        if row is None:
            raise NotFoundError(f"no document with id {document_id!r}; `harmledger documents list` shows the ids")
        doc, source = row
        info = _summary(doc, source)
        info.update(
            sha256=doc.sha256,
            text_sha256=doc.text_sha256,
            body_offset=doc.body_offset,
            published_from=doc.published_from,
            author=doc.author,
            restricted=doc.restricted,
            error=doc.error,
            extractor_version=doc.extractor_version,
            ingested_at=doc.ingested_at.isoformat(timespec="seconds") if doc.ingested_at else None,
            processed_at=doc.processed_at.isoformat(timespec="seconds") if doc.processed_at else None,
            mentions=len(doc.mentions),
            meta=doc.meta,
            text=doc.text,
        )
        return info


def _summary(doc: Document, source: str | None) -> dict[str, Any]:
    return {
        "id": doc.id,
        "title": doc.title,
        "published": doc.published.isoformat() if doc.published else None,
        "source": source,
        "language": doc.language,
        "media_type": doc.media_type,
        "size": doc.size,
        "status": doc.status,
        "origin": doc.origin,
    }
