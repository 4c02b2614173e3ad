"""What became of the documents uploaded through a server: their processing state, and which of them a
server that stopped half-way must finish when it starts again.

A document counts as uploaded when the audit log has its upload entry (``UPLOAD_ACTION``, written in the
upload's own transaction); one stored by `harmledger ingest` is left to `harmledger process`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session

from ..store.models import AuditEntry, Document, IncidentLink, Mention
from .background import FAILED, BackgroundProcessor, first_line

UPLOAD_ACTION = "upload"
DONE = "done"


def _uploaded() -> Any:
    return select(AuditEntry.entity_id).where(AuditEntry.entity_type == "document",
                                              AuditEntry.action == UPLOAD_ACTION)


def recent_uploads(session: Session, limit: int = 20) -> dict[str, str | None]:
    """The documents uploaded last, newest first (each once): id -> the file name it was uploaded as."""
    last = (select(func.max(AuditEntry.id)).where(AuditEntry.entity_type == "document", AuditEntry.action == UPLOAD_ACTION)
            .group_by(AuditEntry.entity_id))
    stmt = select(AuditEntry.entity_id, AuditEntry.after).where(AuditEntry.id.in_(last)).order_by(
        AuditEntry.id.desc()).limit(limit)
    return {doc_id: (after or {}).get("filename") for doc_id, after in session.execute(stmt).all()}


def unfinished(session: Session) -> list[str]:
    """Uploaded documents not yet processed, or processed with incident mentions not yet linked (the
    server stopped between the two): what a starting server queues again."""
    uploaded = _uploaded()
    waiting = set(session.scalars(select(Document.id).where(Document.id.in_(uploaded),
                                                            Document.status == "ingested")))
    unlinked = select(Mention.document_id).where(
        Mention.document_id.in_(uploaded), Mention.kind == "incident", Mention.rejected.is_(False),
        ~exists().where(IncidentLink.mention_id == Mention.id))
    waiting.update(session.scalars(unlinked.distinct()))
    return sorted(waiting)


def states(session: Session, ids: Sequence[str], processor: BackgroundProcessor | None) -> list[dict[str, Any]]:
    """Each document's processing state, in the order of ``ids``: ``queued``, ``processing``,
    ``linking``, ``done`` (with its ``mentions``, ``links`` and ``incidents``) or ``failed`` (with
    ``error``, its first line); ``missing`` for an id the store does not have."""
    docs = {d.id: d for d in session.scalars(select(Document).where(Document.id.in_(list(ids))))}
    counts = dict(session.execute(select(Mention.document_id, func.count()).where(
        Mention.document_id.in_(list(docs))).group_by(Mention.document_id)).all())
    links: dict[str, list[str]] = {}
    for doc_id, incident_id in session.execute(
            select(Mention.document_id, IncidentLink.incident_id).join(IncidentLink, IncidentLink.mention_id == Mention.id)
            .where(Mention.document_id.in_(list(docs))).order_by(Mention.document_id, Mention.index)).all():
        links.setdefault(doc_id, []).append(incident_id)
    out = []
    for doc_id in ids:
        doc = docs.get(doc_id)
        item: dict[str, Any] = {"document_id": doc_id, "state": "missing", "title": None, "mentions": 0,
                                "links": 0, "incidents": [], "error": None, "since": None}
        if doc is None:
            out.append(item)
            continue
        linked = links.get(doc_id, [])
        item.update(title=doc.title, mentions=int(counts.get(doc_id, 0)), links=len(linked),
                    incidents=list(dict.fromkeys(linked))[:20])
        job = processor.job(doc_id) if processor is not None else None
        if job is not None:
            item.update(state=job.state, error=job.error, since=job.since.isoformat(timespec="seconds") + "Z")
        elif doc.status == "failed":
            item.update(state=FAILED, error=first_line(doc.error or "could not be processed"))
        elif doc.status == "processed":
            item["state"] = DONE
        else:
            item["state"] = "queued"  # stored, and waiting for this server's next start or `harmledger process`
        out.append(item)
    return out
