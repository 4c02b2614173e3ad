"""`link_pending`: link every incident mention that has no incident yet.

Idempotent and resumable: it only touches mentions without an `IncidentLink`, inside the caller's
transaction, so an interrupted run leaves the store as it was and the next run does the work.
Existing links are never undone (analyst links included); incidents whose mentions were all
removed (a document re-extracted) are marked removed, and those that lost some are recomputed.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections import defaultdict
from typing import Any, cast

from pydantic import BaseModel
from sqlalchemy import Table, func, insert, select, update
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, aliased

from .._errors import LinkError
from ..store.models import Document, Incident, IncidentChange, IncidentLink, Mention, Meta, utcnow
from .cluster import Assignment, Clusterer
from .features import (
    MentionFeat,
    add_fingerprints,
    feat_from_row,
    feature_columns,
    load_features,
    source_roots,
)
from .grades import DEFAULT_GRADE
from .incidents import new_incident_id, recompute_many
from .prepare import Prepared

logger = logging.getLogger(__name__)

# Existing mentions this many days either side of the pending ones' dates are loaded as candidates.
_WINDOW_DAYS = 40
_CHUNK = 900
# Core tables for the bulk inserts: executemany without the ORM's per-row bookkeeping.
_INCIDENTS, _CHANGES, _LINKS = (cast(Table, m.__table__) for m in (Incident, IncidentChange, IncidentLink))


class LinkReport(BaseModel):
    mentions_linked: int = 0
    incidents_created: int = 0
    incidents_updated: int = 0
    incidents_removed: int = 0
    comparisons: int = 0
    seconds: float = 0.0

    @property
    def linked(self) -> int:
        return self.mentions_linked

    @property
    def created(self) -> int:
        return self.incidents_created


def _pending_stmt() -> Any:
    return (
        feature_columns()
        .outerjoin(IncidentLink, IncidentLink.mention_id == Mention.id)
        .where(IncidentLink.mention_id.is_(None), Mention.kind == "incident", Mention.rejected.is_(False))
    )


def _sweep(session: Session) -> tuple[dict[str, list[str]], list[str]]:
    """Incidents left with no links at all (with the mention keys they had: their documents were
    re-extracted or deleted), and those whose counted mentions changed (to recompute). An incident
    whose mentions were all rejected keeps its links and is recomputed to grade "discounted"."""
    linked = {row[0] for row in session.execute(select(IncidentLink.incident_id).distinct())}
    counts: dict[str, int] = dict(
        (row[0], row[1]) for row in session.execute(
            select(IncidentLink.incident_id, func.count())
            .join(Mention, Mention.id == IncidentLink.mention_id)
            .where(Mention.rejected.is_(False), Mention.kind == "incident")
            .group_by(IncidentLink.incident_id)
        )
    )
    empty: dict[str, list[str]] = {}
    stale: list[str] = []
    for iid, machine in session.execute(select(Incident.id, Incident.machine).where(Incident.deleted.is_(False))):
        if iid not in linked:
            empty[iid] = list((machine or {}).get("mention_keys") or ())
        elif len((machine or {}).get("mention_ids") or ()) != counts.get(iid, 0):
            stale.append(iid)
    return empty, stale


def _pending(session: Session, roots: dict[int, int], prepared: Prepared | None) -> list[MentionFeat]:
    """The pending mentions' features: those prepared while extracting, the others read here."""
    if prepared is None:
        return load_features(session, _pending_stmt(), roots)
    ids = sorted(session.scalars(_pending_stmt().with_only_columns(Mention.id)))
    found, missing = prepared.take(ids)
    for i in range(0, len(missing), _CHUNK):
        found += load_features(session, _pending_stmt().where(Mention.id.in_(missing[i : i + _CHUNK])), roots)
    logger.debug("%d pending mentions prepared ahead, %d read now", len(ids) - len(missing), len(missing))
    return sorted(found, key=lambda f: f.mention_id)


def _fingerprint(session: Session, feats: list[MentionFeat], prepared: Prepared | None) -> None:
    """Give each mention its document's fingerprint, those computed ahead taken as they are."""
    if prepared is not None:
        todo = []
        for f in feats:
            if f.document_id in prepared.prints:
                f.fingerprint = prepared.prints[f.document_id]
            else:
                todo.append(f)
        feats = todo
    add_fingerprints(session, feats)


def _existing(session: Session, pending: list[MentionFeat], roots: dict[int, int]) -> dict[str, list[MentionFeat]]:
    """Linked mentions that pending ones might join: near their dates, or copies of their texts."""
    dated = [f for f in pending if f.lo is not None and f.hi is not None]
    linked = feature_columns().add_columns(IncidentLink.incident_id).join(
        IncidentLink, IncidentLink.mention_id == Mention.id).where(Mention.rejected.is_(False))
    out: dict[str, list[MentionFeat]] = defaultdict(list)
    seen: set[int] = set()

    def take(stmt: Any) -> None:
        # Streamed: each row carries the mention's JSON, dropped once its features are read.
        for row in session.execute(stmt.execution_options(yield_per=2000)):
            if row[0] not in seen:
                seen.add(row[0])
                out[row[-1]].append(feat_from_row(row[:-1], roots))

    if dated:
        lo = dt.date.fromordinal(min(f.lo for f in dated if f.lo is not None) - _WINDOW_DAYS)
        hi = dt.date.fromordinal(max(f.hi for f in dated if f.hi is not None) + _WINDOW_DAYS)
        take(linked.where(Mention.date_start.between(lo, hi)))
    if any(f.text_sha for f in pending):
        # One query for the copies of every pending mention's text (not one per few hundred texts: on
        # PostgreSQL each query is a round trip), the pending texts named by a subquery of their own.
        m, d, link = aliased(Mention), aliased(Document), aliased(IncidentLink)
        pending_texts = (
            select(d.text_sha256).join(m, m.document_id == d.id).outerjoin(link, link.mention_id == m.id)
            .where(link.mention_id.is_(None), m.kind == "incident", m.rejected.is_(False))
        )
        take(linked.where(Document.text_sha256.in_(pending_texts)))
    return dict(out)


def _insert_new(session: Session, ids: list[str], now: dt.datetime) -> None:
    """Empty incidents to link to (their values come from `recompute_many`), with their `created` rows."""
    session.flush()
    blank = {"kind": "incident", "machine": {}, "overrides": {}, "weapons": [], "targets": [], "actors": [],
             "n_sources": 0, "n_independent": 0, "grade": DEFAULT_GRADE, "status": "machine", "deleted": False,
             "created_at": now, "updated_at": now}
    for i in range(0, len(ids), 5000):
        chunk = ids[i : i + 5000]
        session.execute(insert(_INCIDENTS), [{"id": iid, **blank} for iid in chunk])
        session.execute(insert(_CHANGES), [{"incident_id": iid, "action": "created", "related_id": None,
                                                  "details": {}, "at": now} for iid in chunk])


def _remove_empty(ids: list[str], session: Session, now: dt.datetime) -> int:
    """Mark incidents left without mentions removed, with their `removed` trail rows (bulk statements)."""
    for i in range(0, len(ids), _CHUNK):
        chunk = ids[i : i + _CHUNK]
        session.execute(update(Incident).where(Incident.id.in_(chunk)).values(deleted=True, updated_at=now)
                        .execution_options(synchronize_session="fetch"))
        session.execute(insert(_CHANGES), [{"incident_id": iid, "action": "removed", "related_id": None,
                                                  "details": {"reason": "no mentions left"}, "at": now} for iid in chunk])
    return len(ids)


def link_pending(session: Session, prepared: Prepared | None = None) -> LinkReport:
    """Link every incident mention (kind incident, not rejected) that has no IncidentLink yet.

    ``prepared``: inputs built ahead by `harmledger process` (`link.prepare`); the result is the same."""
    started = time.perf_counter()
    report = LinkReport()
    try:
        roots = source_roots(session)
        if prepared is not None and prepared.roots != roots:
            prepared = None  # a source now republishes another outlet: what was prepared is out of date
        empty, stale = _sweep(session)
        now = utcnow()
        pending = _pending(session, roots, prepared)
        # A re-extracted document's mentions go back to the incident they made before (same id).
        ghosts = {key: iid for iid, keys in empty.items() for key in keys}
        revived: list[Assignment] = []
        rest: list[MentionFeat] = []
        for feat in pending:
            iid = ghosts.get(f"{feat.document_id}#{feat.index}")
            if iid is not None:
                revived.append(Assignment(feat.mention_id, iid, 1.0, ["same mention of a re-extracted document"]))
                stale.append(iid)
            else:
                rest.append(feat)
        revived_ids = {a.cluster for a in revived}
        report.incidents_removed = _remove_empty([iid for iid in empty if iid not in revived_ids], session, now)
        if pending:
            existing = _existing(session, pending, roots)
            by_id = {f.mention_id: f for f in pending}
            for a in revived:
                existing.setdefault(a.cluster, []).append(by_id[a.mention_id])
            # Once per document, for the near-copy test (agency copies, updated versions).
            _fingerprint(session, [*pending, *(f for feats in existing.values() for f in feats)], prepared)
            clusterer = Clusterer(existing)
            assignments = revived + clusterer.assign_all(rest)
            report.comparisons = clusterer.comparisons
            new_ids: dict[str, str] = {}
            for a in assignments:
                if a.cluster.startswith("new:") and a.cluster not in new_ids:
                    new_ids[a.cluster] = new_incident_id()
            _insert_new(session, list(new_ids.values()), now)
            rows: list[dict[str, Any]] = [
                {"mention_id": a.mention_id, "incident_id": new_ids.get(a.cluster, a.cluster), "score": a.score,
                 "reasons": a.reasons, "method": "machine", "created_at": now} for a in assignments]
            for i in range(0, len(rows), 5000):
                session.execute(insert(_LINKS), rows[i : i + 5000])
            touched = sorted({str(r["incident_id"]) for r in rows} | set(stale))
            report.mentions_linked = len(rows)
            report.incidents_created = len(new_ids)
            report.incidents_updated = len(recompute_many(session, touched, quiet=set(new_ids.values()), roots=roots,
                                                          known=prepared.members if prepared else None))
        elif stale:
            report.incidents_updated = len(recompute_many(session, stale, roots=roots))
        meta = session.get(Meta, "link.last_run") or Meta(key="link.last_run", value="")
        meta.value = now.isoformat()
        session.merge(meta)
        session.flush()
    except SQLAlchemyError as exc:
        raise LinkError(f"linking failed in the database: {exc}; run `harmledger link` again to resume") from exc
    report.seconds = round(time.perf_counter() - started, 3)
    logger.info("linked %d mentions: %d new incidents, %d updated, %d removed", report.mentions_linked,
                report.incidents_created, report.incidents_updated, report.incidents_removed)
    return report

