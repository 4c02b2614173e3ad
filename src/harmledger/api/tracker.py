"""Which ranges of the incidents changed, learnt from the database itself (the audit log, the incident
change trail and ``updated_at``), not from this process's own writes, so a correction saved through one
server process dirties the same range in every other (api/chunks.py keeps the results per range)."""

from __future__ import annotations

import bisect
import datetime as dt
import threading
from typing import Any

from sqlalchemy import ColumnElement, func, or_, select, text, true
from sqlalchemy.orm import Session

from ..store.models import AuditEntry, Incident, IncidentChange
from .ranges import ChunkState

CHUNKS = 64
# Small ranges per range: the unit a write recomputes once its range is split (100,000 incidents: ~49).
FINE = 32
# Audited actions that change the one incident the entry names; any other entry (merge, split, a
# mention or a place changed...) may move many incidents at once and makes every range recompute.
ONE_INCIDENT = frozenset({"confirm", "correct", "revert", "set_grade", "set_status"})
# Trail ids looked at again behind the newest seen (an id taken before a later one can commit after it).
CHANGE_WINDOW = 1000
VERSION_KEY = "harmledger.store_version"


def store_version(session: Session) -> tuple[Any, ...]:
    """The store's version, read once per transaction of ``session`` (a request asks for it twice: its
    result cache and its slices). Data read later in the same transaction is at least as new."""
    transaction = session.get_transaction()
    memo = session.info.get(VERSION_KEY)
    if memo is not None and transaction is not None and memo[0] is transaction:
        return memo[1]
    # Each is an index lookup, in one statement: a new or changed incident moves updated_at, a merge or
    # removal adds a change row, a review adds an audit entry.
    updated, changes, audit = session.execute(select(
        select(func.max(Incident.updated_at)).scalar_subquery(), select(func.max(IncidentChange.id)).scalar_subquery(),
        select(func.max(AuditEntry.id)).scalar_subquery())).one()
    version = (str(updated), changes, audit)
    session.info[VERSION_KEY] = (session.get_transaction(), version)
    return version


def _older(a: tuple[Any, ...], b: tuple[Any, ...]) -> bool:
    """Whether version ``a`` was read from a snapshot older than the one ``b`` was read from."""
    (ua, ca, aa), (ub, cb, ab) = a, b
    return (ca or 0) < (cb or 0) or (aa or 0) < (ab or 0) or (ua != "None" and ub != "None" and ua < ub)


class ChunkTracker:
    """This process's view of which id ranges changed, brought up to date from the database per request."""

    def __init__(self, chunks: int = CHUNKS, fine: int = FINE) -> None:
        self.chunks, self.per = chunks, fine
        self._lock = threading.Lock()
        self._bounds: list[str] | None = None
        self._versions: list[int] = []
        self._known: tuple[Any, ...] | None = None
        self._audit = self._change = 0
        # Trail ids below the newest seen that were not there yet (taken by a transaction still open, or
        # rolled back), looked for again while they are within CHANGE_WINDOW of the newest.
        self._gaps: set[int] = set()
        self._clauses: dict[tuple[int, int, bool], ColumnElement[bool]] = {}
        self._newest: dt.datetime | None = None

    def _chunks_of(self, session: Session, ids: set[str]) -> set[int]:
        """The ranges the ids fall in, compared as the database compares them (its collation decides
        which range a range's own query selects)."""
        bounds = self._bounds or []
        if not ids or not bounds:
            return {0} if ids else set()
        if session.get_bind().dialect.name != "postgresql":
            return {bisect.bisect_right(bounds, i) for i in ids}  # SQLite compares bytes, as Python does
        found = session.execute(text(
            "SELECT (SELECT count(*) FROM unnest(CAST(:bounds AS text[])) AS b(v) WHERE b.v <= t.i) "
            "FROM unnest(CAST(:ids AS text[])) AS t(i)"), {"bounds": bounds, "ids": sorted(ids)})
        return {int(n) for (n,) in found}

    def state(self, session: Session) -> ChunkState:
        """The ranges and their versions, as of this session's snapshot (at least as new as any seen)."""
        version = store_version(session)
        if self._known is not None and _older(version, self._known):
            # This transaction began before another request saw a newer store: read again from now on.
            session.commit()
            session.info.pop(VERSION_KEY, None)
            version = store_version(session)
        with self._lock:
            if self._bounds is None:
                self._start(session, version)
            elif version != self._known and not _older(version, self._known or version):
                self._catch_up(session, version)
            assert self._bounds is not None
            return ChunkState(self._bounds, tuple(self._versions), session.get_bind().dialect.name == "sqlite", self.per,
                              self._clauses)

    def _start(self, session: Session, version: tuple[Any, ...]) -> None:
        ids = list(session.scalars(select(Incident.id).order_by(Incident.id)))
        ranges = self.chunks * self.per
        step = max(1, len(ids) // ranges)
        # In the database's order, duplicates (none: ids are unique) aside. Never changed afterwards (a
        # state shares the list): new incidents fall in the ranges there are.
        self._bounds = list(dict.fromkeys(ids[step::step][: ranges - 1]))
        self._versions = [0] * (len(self._bounds) + 1)
        self._audit = version[2] or 0
        self._change = version[1] or 0
        present = set(session.scalars(select(IncidentChange.id).where(IncidentChange.id > self._change - CHANGE_WINDOW)))
        self._gaps = set(range(max(1, self._change - CHANGE_WINDOW + 1), self._change + 1)) - present
        self._newest = session.scalar(select(func.max(Incident.updated_at)))
        self._known = version

    def _catch_up(self, session: Session, version: tuple[Any, ...]) -> None:
        moved: set[str] = set()
        everything = False
        # Reviews: the audit log's ids are given out in commit order (every writer holds its lock).
        for entry_id, entity_type, entity_id, action in session.execute(
                select(AuditEntry.id, AuditEntry.entity_type, AuditEntry.entity_id, AuditEntry.action)
                .where(AuditEntry.id > self._audit).order_by(AuditEntry.id)):
            self._audit = max(self._audit, entry_id)
            if entity_type == "incident" and action in ONE_INCIDENT:
                moved.add(entity_id)
            else:
                everything = True
        # The pipeline's trail (linking, geocoding, corrections): the rows past the newest seen, and the ids
        # skipped below it (an id taken by a transaction that commits after a later one is still found).
        newer: Any = IncidentChange.id > self._change
        if self._gaps:
            newer = or_(newer, IncidentChange.id.in_(sorted(self._gaps)))
        before, found = self._change, set()
        for change_id, incident_id, related_id in session.execute(
                select(IncidentChange.id, IncidentChange.incident_id, IncidentChange.related_id).where(newer)):
            found.add(change_id)
            self._change = max(self._change, change_id)
            moved.update(i for i in (incident_id, related_id) if i)
        self._gaps = {g for g in (self._gaps | set(range(max(before + 1, self._change - CHANGE_WINDOW + 1), self._change)))
                      - found if g > self._change - CHANGE_WINDOW}
        # Anything else that stamped an incident after the newest stamp seen.
        if self._newest is None or version[0] != str(self._newest):
            stamp = Incident.updated_at > self._newest if self._newest is not None else true()
            for incident_id, updated in session.execute(select(Incident.id, Incident.updated_at).where(stamp)):
                moved.add(incident_id)
                self._newest = updated if self._newest is None else max(self._newest, updated)
        if everything:
            self._versions = [v + 1 for v in self._versions]
        else:
            for index in self._chunks_of(session, moved):
                self._versions[index] += 1
        self._known = version
