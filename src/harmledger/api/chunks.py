"""Heavy reads kept per slice of the incidents, so that a write costs the recomputation of one slice.

The incidents are cut into CHUNKS ranges of their ids. A result (statistics, map, facets, the count of a
list) is kept as one part per range, each with the range's version; a read recomputes only the ranges
whose version moved and combines the parts. Which ranges moved is learnt from the database itself (the
audit log, the incident change trail and ``updated_at``), not from this process's own writes, so a
correction saved through one server process dirties the same range in every other.
"""

from __future__ import annotations

import bisect
import datetime as dt
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, and_, bindparam, case, func, literal, literal_column, select, text, true
from sqlalchemy.orm import Session

from ..store.models import AuditEntry, Incident, IncidentChange

CHUNKS = 64
# Audited actions that change the one incident the entry names; any other entry (merge, split, a
# mention or a place changed...) may move many incidents at once and makes every range recompute.
ONE_INCIDENT = frozenset({"confirm", "correct", "revert", "set_grade", "set_status"})
# Trail ids looked at again behind the newest seen (an id taken before a later one can commit after it).
CHANGE_WINDOW = 1000
# More stale ranges than this (a new key, a change that moved every range) are computed by one query
# grouped by range, when the caller gives one: one pass instead of a query per range.
FILL_AT = 4
VERSION_KEY = "harmledger.store_version"
RARE = "0.001"  # SQLite's likelihood() of a range bound (see ChunkState.where)


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


@dataclass
class ChunkState:
    """Where the ranges start and the version of each, as one request sees them."""

    bounds: list[str]
    versions: tuple[int, ...]
    # SQLite's planner takes a range open at one end for a quarter of the table and then prefers an index
    # on the grouped column: the first and last ranges get a bound that no id passes (SQLite compares bytes).
    closed: bool = False

    def where(self, index: int) -> ColumnElement[bool]:
        lo = self.bounds[index - 1] if index > 0 else "" if self.closed else None
        hi = self.bounds[index] if index < len(self.bounds) else "\U0010ffff" * 8 if self.closed else None
        # Bounds written into the SQL: with them as parameters SQLite's planner, not knowing how narrow the
        # range is, scans a whole index on the grouped column instead of the range (15 times slower).
        clauses = ([Incident.id >= bindparam(None, lo, literal_execute=True)] if lo is not None else []) + (
            [Incident.id < bindparam(None, hi, literal_execute=True)] if hi is not None else [])
        if self.closed:
            # Without statistics SQLite's planner takes an equality on any indexed column (a status, or
            # ``deleted IS 0`` before the filter said ``IS NOT 1``) for a handful of rows and reads the whole
            # table through it: 11 ms a range instead of 0.2. Told each bound is rarely true, it reads the
            # range. Untyped: typed Boolean, SQLAlchemy writes ``likelihood(...) = 1``, which hides the bound.
            clauses = [func.likelihood(c, literal_column(RARE)) for c in clauses]
        return and_(true(), *clauses)

    def split(self) -> ColumnElement[int]:
        """Each incident's range number, as ``where`` assigns them (the database's comparison)."""
        return self._split(0, len(self.bounds))

    def _split(self, first: int, last: int) -> ColumnElement[int]:
        # A balanced tree of comparisons: six per row for 64 ranges, where a flat CASE averaged 32.
        if first == last:
            return literal(first)
        middle = (first + last) // 2
        return case((Incident.id < bindparam(None, self.bounds[middle], literal_execute=True),
                     self._split(first, middle)), else_=self._split(middle + 1, last))


class ChunkTracker:
    """This process's view of which id ranges changed, brought up to date from the database per request."""

    def __init__(self, chunks: int = CHUNKS) -> None:
        self.chunks = chunks
        self._lock = threading.Lock()
        self._bounds: list[str] | None = None
        self._versions: list[int] = []
        self._known: tuple[Any, ...] | None = None
        self._audit = self._change = 0
        self._seen_changes: set[int] = set()
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
            return ChunkState(list(self._bounds), tuple(self._versions), session.get_bind().dialect.name == "sqlite")

    def _start(self, session: Session, version: tuple[Any, ...]) -> None:
        ids = list(session.scalars(select(Incident.id).order_by(Incident.id)))
        step = max(1, len(ids) // self.chunks)
        # In the database's order, duplicates (none: ids are unique) aside.
        self._bounds = list(dict.fromkeys(ids[step::step][: self.chunks - 1]))
        self._versions = [0] * (len(self._bounds) + 1)
        self._audit = version[2] or 0
        self._change = version[1] or 0
        self._seen_changes = set(session.scalars(select(IncidentChange.id).where(IncidentChange.id > self._change - CHANGE_WINDOW)))
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
        # The pipeline's trail (linking, geocoding): an id taken by a transaction that commits after a later
        # one is still found, as ids are looked at again for CHANGE_WINDOW back.
        for change_id, incident_id, related_id in session.execute(
                select(IncidentChange.id, IncidentChange.incident_id, IncidentChange.related_id)
                .where(IncidentChange.id > self._change - CHANGE_WINDOW)):
            if change_id in self._seen_changes:
                continue
            self._seen_changes.add(change_id)
            self._change = max(self._change, change_id)
            moved.update(i for i in (incident_id, related_id) if i)
        self._seen_changes = {i for i in self._seen_changes if i > self._change - CHANGE_WINDOW}
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


Fill = Callable[[ColumnElement[int]], dict[int, Any]]


@dataclass
class _Slot:
    lock: threading.Lock = field(default_factory=threading.Lock)
    versions: list[int] = field(default_factory=list)
    parts: list[Any] = field(default_factory=list)
    merged: dict[Hashable, int] = field(default_factory=dict)


def _add(merged: dict[Hashable, int], part: dict[Hashable, int], sign: int) -> None:
    for key, value in part.items():
        total = merged.get(key, 0) + sign * value
        if total:
            merged[key] = total
        else:
            merged.pop(key, None)


class ChunkCache:
    """Parts per id range for a few keys (LRU), each recomputed only when its range's version moved."""

    def __init__(self, tracker: ChunkTracker, size: int = 32) -> None:
        self.tracker, self._size = tracker, size
        self._lock = threading.Lock()
        self._slots: OrderedDict[str, _Slot] = OrderedDict()

    def _slot(self, key: str) -> _Slot:
        with self._lock:
            slot = self._slots.get(key)
            if slot is None:
                slot = self._slots[key] = _Slot()
                while len(self._slots) > self._size:
                    self._slots.popitem(last=False)
            self._slots.move_to_end(key)
            return slot

    def parts(self, session: Session, key: str, part: Callable[[ColumnElement[bool]], Any], fill: Fill | None = None,
              empty: Any = None) -> list[Any]:
        """Every range's part for ``key``; ``part(where)`` computes one range's (``where`` selects it).
        ``fill(split)``: every range's part at once, by range number (a range left out has ``empty``)."""
        state, slot = self._locked(session, key)
        try:
            self._refresh(slot, state, part, fill, additive=False, empty=empty)
            return list(slot.parts)
        finally:
            slot.lock.release()

    def summed(self, session: Session, key: str, part: Callable[[ColumnElement[bool]], dict[Hashable, int]],
               fill: Fill | None = None) -> dict[Hashable, int]:
        """The sum of every range's counts for ``key`` (``part`` returns a range's counts by name); a
        changed range's old counts are taken off and its new ones added, so a write costs one range.
        ``fill(split)``: every range's counts at once, by range number (a range left out has none)."""
        state, slot = self._locked(session, key)
        try:
            self._refresh(slot, state, part, fill, additive=True)
            return dict(slot.merged)
        finally:
            slot.lock.release()

    def _locked(self, session: Session, key: str) -> tuple[ChunkState, _Slot]:
        """The slot of ``key``, locked, and the state to bring it to. A request that had to wait for the
        slot reads the store afresh (a new transaction): writes came while it waited, and the requests
        queued behind it then find the slot at least as new as they need instead of each computing it."""
        state = self.tracker.state(session)
        slot = self._slot(key)
        if not slot.lock.acquire(blocking=False):
            slot.lock.acquire()
            try:
                session.commit()
                state = self.tracker.state(session)
            except BaseException:
                slot.lock.release()
                raise
        return state, slot

    @staticmethod
    def _refresh(slot: _Slot, state: ChunkState, part: Callable[[ColumnElement[bool]], Any], fill: Fill | None,
                 *, additive: bool, empty: Any = None) -> None:
        if len(slot.versions) != len(state.versions):
            slot.versions, slot.parts, slot.merged = [-1] * len(state.versions), [None] * len(state.versions), {}
        # A range's versions only grow, and a part kept at a later version than this request's state is
        # newer than it needs (computed by a request that waited less): kept, not computed again.
        stale = [i for i, version in enumerate(state.versions) if slot.versions[i] < version]
        filled: dict[int, Any] | None = fill(state.split()) if fill is not None and len(stale) > FILL_AT else None
        for index in stale:
            version = state.versions[index]
            if filled is not None:
                fresh = filled.get(index, {} if additive else empty)
            else:
                fresh = part(state.where(index))
            if additive:
                if slot.parts[index] is not None:
                    _add(slot.merged, slot.parts[index], -1)
                _add(slot.merged, fresh, 1)
            slot.parts[index], slot.versions[index] = fresh, version
