"""Storing extractions: a document's mentions and their evidence spans (replacing any earlier ones).

Two ways in: `save_extraction` for one document through the ORM (tests, hand-made stores), and
`save_batch` for `harmledger process`, which writes many documents' rows with a few bulk statements
(executemany) in the caller's transaction. The rows themselves are built by `extracted_rows`, which
needs no database, so Dask workers build them and the writing process only writes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, cast

from sqlalchemy import Table, bindparam, delete, insert, select, update
from sqlalchemy.orm import Session

from ..schema import DocumentExtraction, PlaceRef, Span
from ..schema import Mention as MentionModel
from .models import Document, Evidence, IncidentLink, Mention, utcnow

# (field, value, start, end, text) of one evidence span.
EvidenceRow = tuple[str, str | None, int, int, str]
# A mention's column values (without document_id) and its evidence spans.
MentionRows = tuple[dict[str, Any], list[EvidenceRow]]
# One document's outcome: (id, error or None, mentions). Plain data, cheap to pickle between processes.
ExtractedDoc = tuple[str, str | None, list[MentionRows]]

# The rule that picks the place a mention is stored, linked and mapped at. The store sits below the
# extractor, so the caller passes it in (``harmledger.extract.main_place``).
PlaceOf = Callable[[MentionModel], PlaceRef | None]

# Ids per IN (...) list: below SQLite's variable limit on any build.
_IN_CHUNK = 900


def _date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def evidence_rows(mention: MentionModel) -> list[EvidenceRow]:
    rows: list[EvidenceRow] = []

    def add(name: str, value: str | None, spans: list[Span]) -> None:
        rows.extend((name, value, span.start, span.end, span.text) for span in spans)

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


def mention_values(index: int, mention: MentionModel, *, primary: bool, place: PlaceRef | None) -> dict[str, Any]:
    """The `mentions` columns of one extracted mention (all but document_id, id and created_at); ``place``
    is the one the linker and the map use."""
    resolved = place.resolved if place is not None else None
    killed, injured = mention.casualties.killed, mention.casualties.injured
    return {
        "index": index,
        "kind": mention.kind,
        "is_primary": primary,
        "date_start": _date(mention.date.start) if mention.date else None,
        "date_end": _date(mention.date.end) if mention.date else None,
        "date_precision": mention.date.precision if mention.date else None,
        "place_name": place.name if place is not None else None,
        "place_id": resolved.place_id if resolved else None,
        "lat": resolved.lat if resolved else None,
        "lon": resolved.lon if resolved else None,
        "where_prec": resolved.precision if resolved else None,
        "admin1": resolved.admin1 if resolved else None,
        "admin1_pcode": resolved.admin1_pcode if resolved else None,
        "admin2": resolved.admin2 if resolved else None,
        "killed_low": killed.low if killed else None,
        "killed_high": killed.high if killed else None,
        "injured_low": injured.low if injured else None,
        "injured_high": injured.high if injured else None,
        "confidence": mention.confidence,
        "rejected": False,
        "data": mention.model_dump(mode="json"),
    }


def extracted_rows(extraction: DocumentExtraction, *, place_of: PlaceOf) -> list[MentionRows]:
    """Every row an extraction stores, as plain data (no database needed: this runs on Dask workers)."""
    return [
        (mention_values(i, m, primary=extraction.primary == i, place=place_of(m)), evidence_rows(m))
        for i, m in enumerate(extraction.mentions)
    ]


def mention_row(document_id: str, index: int, mention: MentionModel, *, primary: bool, place: PlaceRef | None) -> Mention:
    values = mention_values(index, mention, primary=primary, place=place)
    spans = [Evidence(field=f, value=v, start=s, end=e, text=t) for f, v, s, e, t in evidence_rows(mention)]
    return Mention(document_id=document_id, **values, evidence=spans)


def _delete_mentions(session: Session, document_ids: Sequence[str]) -> None:
    """Remove the documents' earlier mentions with their evidence and links (a re-extraction)."""
    for i in range(0, len(document_ids), _IN_CHUNK):
        old = list(session.scalars(select(Mention.id).where(Mention.document_id.in_(document_ids[i : i + _IN_CHUNK]))))
        for j in range(0, len(old), _IN_CHUNK):
            ids = old[j : j + _IN_CHUNK]
            session.execute(delete(IncidentLink).where(IncidentLink.mention_id.in_(ids)))
            session.execute(delete(Evidence).where(Evidence.mention_id.in_(ids)))
            session.execute(delete(Mention).where(Mention.id.in_(ids)))


def save_extraction(
    session: Session, document: Document, extraction: DocumentExtraction, *, version: str, place_of: PlaceOf
) -> list[Mention]:
    """Replace the document's mentions with the extraction's and mark it processed (``place_of``: see
    ``PlaceOf``).

    Runs inside the caller's transaction, so a killed process leaves either the old state or the new.
    """
    _delete_mentions(session, [document.id])
    rows = [
        mention_row(document.id, i, m, primary=(extraction.primary == i), place=place_of(m))
        for i, m in enumerate(extraction.mentions)
    ]
    session.add_all(rows)
    document.status = "processed"
    document.error = None
    document.extractor_version = version
    document.processed_at = utcnow()
    session.flush()
    return rows


@dataclass
class BatchResult:
    """What `save_batch` wrote."""

    processed: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)  # documents deleted while they were extracted
    mentions: int = 0
    evidence: int = 0


# Core tables: plain executemany, without the ORM's per-row bookkeeping.
_DOC, _MENTIONS, _EVIDENCE = (cast(Table, m.__table__) for m in (Document, Mention, Evidence))
_SET_PROCESSED = (
    update(_DOC).where(_DOC.c.id == bindparam("doc_id"))
    .values(status="processed", error=None, extractor_version=bindparam("version"), processed_at=bindparam("at"))
)
_SET_FAILED = update(_DOC).where(_DOC.c.id == bindparam("doc_id")).values(status="failed", error=bindparam("message"))


def save_batch(session: Session, docs: Sequence[ExtractedDoc], *, version: str) -> BatchResult:
    """Store many documents' extractions with bulk statements, replacing their earlier mentions.

    Runs in the caller's transaction: commit once per batch, and a killed process leaves each batch
    wholly stored or not at all (its documents stay pending and the next run extracts them again).
    """
    result = BatchResult()
    if not docs:
        return result
    wanted = [d[0] for d in docs]
    present: set[str] = set()
    for i in range(0, len(wanted), _IN_CHUNK):
        present.update(session.scalars(select(Document.id).where(Document.id.in_(wanted[i : i + _IN_CHUNK]))))
    ok = [d for d in docs if d[0] in present and d[1] is None]
    result.missing = [d[0] for d in docs if d[0] not in present]
    result.failed = [(d[0], d[1]) for d in docs if d[0] in present and d[1] is not None]
    result.processed = [d[0] for d in ok]
    now = utcnow()
    _delete_mentions(session, result.processed)
    mentions = [{**values, "document_id": doc_id, "created_at": now} for doc_id, _, rows in ok for values, _ in rows]
    if mentions:
        session.execute(insert(_MENTIONS), mentions)
        ids: dict[tuple[str, int], int] = {}
        for i in range(0, len(result.processed), _IN_CHUNK):
            chunk = result.processed[i : i + _IN_CHUNK]
            stmt = select(Mention.id, Mention.document_id, Mention.index).where(Mention.document_id.in_(chunk))
            ids.update(((row[1], row[2]), row[0]) for row in session.execute(stmt))
        evidence = [
            {"mention_id": ids[(doc_id, values["index"])], "field": f, "value": v, "start": s, "end": e, "text": t}
            for doc_id, _, rows in ok for values, spans in rows for f, v, s, e, t in spans
        ]
        if evidence:
            session.execute(insert(_EVIDENCE), evidence)
        result.mentions, result.evidence = len(mentions), len(evidence)
    if ok:
        session.execute(_SET_PROCESSED, [{"doc_id": d, "version": version, "at": now} for d in result.processed])
    if result.failed:
        session.execute(_SET_FAILED, [{"doc_id": d, "message": m} for d, m in result.failed])
    return result
