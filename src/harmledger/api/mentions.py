"""Reading mentions (docs/contract.md section 2's events as stored, one per described event or aggregate) for
/api/mentions: filtered and paged lists, and one mention with its evidence, document and incident link.

Mentions of a restricted document are left out exactly as the document itself is (``public``: see
``security.hides_restricted``): not listed, not counted, and 404 when asked for by id.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal

from fastapi import Query
from pydantic import BaseModel
from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from .._errors import NotFoundError
from ..review.fields import to_json
from ..store.models import Document, IncidentLink, Mention, Source
from .filters import _day, _split
from .queries import evidence_with_sentences, group_by_sentence


class MentionQuery(BaseModel):
    document_id: str | None = None
    kind: str | None = None
    incident_id: str | None = None
    admin1: list[str] | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    rejected: bool | None = None

    def apply(self, stmt: Select[Any], *, public: bool) -> Select[Any]:
        """``stmt`` selects from mentions joined to their document and (outer) to their incident link."""
        if public:
            stmt = stmt.where(Document.restricted.is_(False))
        if self.document_id:
            stmt = stmt.where(Mention.document_id == self.document_id)
        if self.kind:
            stmt = stmt.where(Mention.kind == self.kind)
        if self.incident_id:
            stmt = stmt.where(IncidentLink.incident_id == self.incident_id)
        if self.admin1:
            stmt = stmt.where(Mention.admin1.in_(self.admin1))
        if self.date_from:
            stmt = stmt.where(Mention.date_start >= self.date_from)
        if self.date_to:
            stmt = stmt.where(Mention.date_start <= self.date_to)
        if self.rejected is not None:
            stmt = stmt.where(Mention.rejected.is_(self.rejected))
        return stmt


def mention_query(
    document_id: Annotated[str | None, Query(max_length=200, description="Only this document's mentions.")] = None,
    kind: Annotated[Literal["incident", "aggregate"] | None, Query(description="incident or aggregate; both if absent.")] = None,
    incident_id: Annotated[str | None, Query(max_length=40, description="Only mentions linked to this incident.")] = None,
    admin1: Annotated[list[str] | None, Query(description="Governorate(s); repeat or separate with commas.")] = None,
    date_from: Annotated[str | None, Query(description="First day of the event (YYYY-MM-DD), inclusive.")] = None,
    date_to: Annotated[str | None, Query(description="Last day of the event (YYYY-MM-DD), inclusive.")] = None,
    rejected: Annotated[bool | None, Query(description="true: only rejected mentions; false: none of them.")] = None,
) -> MentionQuery:
    return MentionQuery(document_id=(document_id or "").strip() or None, kind=kind,
                        incident_id=(incident_id or "").strip() or None, admin1=_split(admin1),
                        date_from=_day("date_from", date_from), date_to=_day("date_to", date_to), rejected=rejected)


def _base(*columns: Any) -> Select[Any]:
    return (select(*columns).select_from(Mention).join(Document, Mention.document_id == Document.id)
            .outerjoin(IncidentLink, IncidentLink.mention_id == Mention.id))


def mention_summary(mention: Mention, document: Document, link: IncidentLink | None) -> dict[str, Any]:
    return {
        "id": mention.id, "document_id": document.id, "title": document.title,
        "published": to_json(document.published), "restricted": document.restricted,
        "index": mention.index, "kind": mention.kind, "is_primary": mention.is_primary, "rejected": mention.rejected,
        "date": {"start": to_json(mention.date_start), "end": to_json(mention.date_end),
                 "precision": mention.date_precision},
        "place": {"name": mention.place_name, "place_id": mention.place_id, "lat": mention.lat, "lon": mention.lon,
                  "admin1": mention.admin1, "admin1_pcode": mention.admin1_pcode, "admin2": mention.admin2,
                  "precision": mention.where_prec},
        "killed_low": mention.killed_low, "killed_high": mention.killed_high,
        "injured_low": mention.injured_low, "injured_high": mention.injured_high, "confidence": mention.confidence,
        "incident_id": link.incident_id if link is not None else None,
        "score": link.score if link is not None else None,
    }


def list_mentions(session: Session, flt: MentionQuery, *, limit: int, offset: int,
                  public: bool) -> tuple[list[dict[str, Any]], int]:
    """One page of mentions, newest document first (then the document's order), and the total."""
    total = session.scalar(flt.apply(_base(func.count()), public=public)) or 0
    stmt = flt.apply(_base(Mention, Document, IncidentLink), public=public).order_by(
        Document.published.desc().nulls_last(), Document.id, Mention.index).limit(limit).offset(offset)
    items = [mention_summary(m, d, link) for m, d, link in session.execute(stmt).all()]
    return items, int(total)


def get_mention(session: Session, mention_id: int, *, public: bool) -> dict[str, Any]:
    """The mention as the extractor gave it (``mention``: docs/contract.md section 2), its evidence with the
    sentence each value came from, its document and its incident link (score and reasons)."""
    mention = session.get(Mention, mention_id)
    document = session.get(Document, mention.document_id) if mention is not None else None
    if mention is None or document is None or (public and document.restricted):
        raise NotFoundError(f"no mention {mention_id}; check the id in the document's or the incident's sources")
    link = session.get(IncidentLink, mention.id)
    source = session.get(Source, document.source_id) if document.source_id is not None else None
    data = mention_summary(mention, document, link)
    evidence = evidence_with_sentences(document.text, list(mention.evidence))
    data.update(
        source=source.name if source else None,
        incident=None if link is None else {"id": link.incident_id, "score": link.score,
                                            "reasons": list(link.reasons or []), "method": link.method},
        mention=mention.data, evidence=evidence, sentences=group_by_sentence(document.text, evidence),
    )
    return data
