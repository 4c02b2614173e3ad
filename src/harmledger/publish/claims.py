"""Aggregate mentions ("1,510 people since 2012"): kept and listed as the claims they are.

They are never linked into incidents nor added to their figures; stats report how many match a
filter and the API can list them beside the incidents.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from ..geo.admin_names import area_key
from ..store.models import Document, Mention, Source
from .filters import IncidentFilter


def _dated(stmt: Any, flt: IncidentFilter) -> Any:
    stmt = stmt.where(Mention.kind == "aggregate", Mention.rejected.is_(False))
    if flt.date_from:
        stmt = stmt.where(or_(Mention.date_start.is_(None),
                              func.coalesce(Mention.date_end, Mention.date_start) >= flt.date_from))
    if flt.date_to:
        stmt = stmt.where(or_(Mention.date_start.is_(None), Mention.date_start <= flt.date_to))
    return stmt


def _in_area(wanted: set[Any], admin1: str | None, pcode: str | None) -> bool:
    return not wanted or area_key(admin1, pcode) in wanted or area_key(admin1, None) in wanted


def count_claims(session: Session, flt: IncidentFilter | None = None) -> int:
    """How many claims ``list_claims`` lists (read for every statistics answer: two columns, not the rows)."""
    flt = flt or IncidentFilter()
    wanted = {area_key(a, None) for a in flt.admin1}
    rows = session.execute(_dated(select(Mention.admin1, Mention.admin1_pcode), flt))
    return sum(1 for admin1, pcode in rows if _in_area(wanted, admin1, pcode))


def list_claims(session: Session, flt: IncidentFilter | None = None, *, limit: int | None = None) -> list[dict[str, Any]]:
    """Aggregate mentions matching the filter's dates and governorates (other filters do not apply)."""
    flt = flt or IncidentFilter()
    stmt = _dated(
        select(Mention, Document.title, Document.published, Source.name)
        .join(Document, Document.id == Mention.document_id)
        .outerjoin(Source, Source.id == Document.source_id), flt).order_by(Mention.date_start, Mention.id)
    wanted = {area_key(a, None) for a in flt.admin1}
    out: list[dict[str, Any]] = []
    for mention, title, published, source in session.execute(stmt):
        if not _in_area(wanted, mention.admin1, mention.admin1_pcode):
            continue
        out.append({
            "document_id": mention.document_id, "mention_index": mention.index, "title": title,
            "published": published.isoformat() if published else None, "source": source,
            "date": {"start": mention.date_start.isoformat() if mention.date_start else None,
                     "end": mention.date_end.isoformat() if mention.date_end else None,
                     "precision": mention.date_precision},
            "place": mention.place_name, "admin1": mention.admin1,
            "killed": {"low": mention.killed_low, "high": mention.killed_high},
            "injured": {"low": mention.injured_low, "high": mention.injured_high},
        })
        if limit is not None and len(out) >= limit:
            break
    return out
