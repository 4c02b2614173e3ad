"""Storing an extraction's mentions for a document (replacing any earlier ones)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from ..schema import DocumentExtraction, Span
from ..schema import Mention as MentionModel
from .models import Document, Evidence, IncidentLink, Mention


def _date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def _event_place(mention: MentionModel) -> Any:
    """The place the linker and the map use: the extractor's rule (``harmledger.extract.main_place``)."""
    from ..extract.mainplace import main_place

    return main_place(mention)


def _evidence_rows(mention: MentionModel) -> list[Evidence]:
    rows: list[Evidence] = []

    def add(field: str, value: str | None, spans: list[Span]) -> None:
        for span in spans:
            rows.append(Evidence(field=field, value=value, start=span.start, end=span.end, text=span.text))

    if mention.date:
        add("date", mention.date.start, mention.date.evidence)
    for place in mention.places:
        add("place", place.name, place.evidence)
    for actor in mention.actors:
        add("actor", f"{actor.code}:{actor.role}", actor.evidence)
    for weapon in mention.weapons:
        add("weapon", weapon.code, weapon.evidence)
    for target in mention.targets:
        add("target", target.code, target.evidence)
    for group in ("killed", "injured"):
        count = getattr(mention.casualties, group)
        if count is not None:
            add(group, str(count.low if count.low is not None else count.high), count.evidence)
    if mention.attacks is not None:
        add("attacks", str(mention.attacks.low if mention.attacks.low is not None else mention.attacks.high), mention.attacks.evidence)
    for attribution in mention.attribution:
        add("attribution", attribution.name, attribution.evidence)
    for legal in mention.legal:
        add("legal", legal.ref, legal.evidence)
    return rows


def mention_row(document_id: str, index: int, mention: MentionModel, *, primary: bool) -> Mention:
    place = _event_place(mention)
    resolved = place.resolved if place is not None else None
    killed, injured = mention.casualties.killed, mention.casualties.injured
    return Mention(
        document_id=document_id,
        index=index,
        kind=mention.kind,
        is_primary=primary,
        date_start=_date(mention.date.start) if mention.date else None,
        date_end=_date(mention.date.end) if mention.date else None,
        date_precision=mention.date.precision if mention.date else None,
        place_name=place.name if place is not None else None,
        place_id=resolved.place_id if resolved else None,
        lat=resolved.lat if resolved else None,
        lon=resolved.lon if resolved else None,
        where_prec=resolved.precision if resolved else None,
        admin1=resolved.admin1 if resolved else None,
        admin1_pcode=resolved.admin1_pcode if resolved else None,
        admin2=resolved.admin2 if resolved else None,
        killed_low=killed.low if killed else None,
        killed_high=killed.high if killed else None,
        injured_low=injured.low if injured else None,
        injured_high=injured.high if injured else None,
        confidence=mention.confidence,
        data=mention.model_dump(mode="json"),
        evidence=_evidence_rows(mention),
    )


def save_extraction(session: Session, document: Document, extraction: DocumentExtraction, *, version: str) -> list[Mention]:
    """Replace the document's mentions with the extraction's and mark it processed.

    Runs inside the caller's transaction, so a killed process leaves either the old state or the new.
    """
    old_ids = list(session.scalars(select(Mention.id).where(Mention.document_id == document.id)))
    if old_ids:
        session.execute(delete(IncidentLink).where(IncidentLink.mention_id.in_(old_ids)))
        session.execute(delete(Evidence).where(Evidence.mention_id.in_(old_ids)))
        session.execute(delete(Mention).where(Mention.id.in_(old_ids)))
    rows = [
        mention_row(document.id, i, m, primary=(extraction.primary == i)) for i, m in enumerate(extraction.mentions)
    ]
    session.add_all(rows)
    document.status = "processed"
    document.error = None
    document.extractor_version = version
    document.processed_at = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    session.flush()
    return rows
