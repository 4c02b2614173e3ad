"""Map data, statistics and filter facets, cached until the incidents change.

These are the heavy reads (every incident at once). Their results are kept per filter and dropped as
soon as the store's version changes (the newest incident update, incident change and audit entry), so
a correction shows on the next request.
"""

from __future__ import annotations

import json
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..publish import IncidentFilter, compute_stats
from ..publish.stats import BREAKDOWNS, UNREVIEWED
from ..store.models import AuditEntry, Incident, IncidentChange
from .filters import IncidentQuery

MAP_LIMIT = 100_000
MAP_DEFAULT = 20_000  # the deadliest; more circles than this tell a reader nothing more at country scale


class VersionClock:
    """The store version, looked up at most once per ``ttl`` seconds.

    Writes through this application reset it at once (see the app's middleware); changes made by
    other processes (``harmledger process``) show within ``ttl``."""

    def __init__(self, ttl: float = 1.0) -> None:
        self.ttl, self._lock = ttl, threading.Lock()
        self._value: tuple[Any, ...] | None = None
        self._at = 0.0

    def get(self, session: Session) -> tuple[Any, ...]:
        now = time.monotonic()
        with self._lock:
            if self._value is not None and now - self._at < self.ttl:
                return self._value
        value = store_version(session)
        with self._lock:
            self._value, self._at = value, now
        return value

    def invalidate(self) -> None:
        with self._lock:
            self._value = None


@dataclass
class _Entry:
    version: Any
    value: Any
    at: float  # when its computation started (time.monotonic)


class ResultCache:
    """A small LRU keyed by (name, filter), each result kept with the store version it was computed at.

    One computation per key at a time: the requests that miss while it runs wait for its result
    instead of each computing the same thing (after a write, many readers miss at once).

    ``reuse_seconds`` (``HARMLEDGER_CACHE_REUSE_SECONDS``, default 0): a result computed less than that
    long ago is served even when writes came after it, and while a newer one is computed the readers
    get the previous one instead of waiting. 0 keeps every read exact: the first read after a write
    computes afresh and the reads that come meanwhile wait for it.
    """

    def __init__(self, clock: VersionClock, size: int = 64, *, reuse_seconds: float = 0.0,
                 wait_seconds: float = 60.0) -> None:
        self.clock = clock
        self.reuse_seconds = reuse_seconds
        self._size, self._lock, self._wait = size, threading.Lock(), wait_seconds
        self._data: OrderedDict[str, _Entry] = OrderedDict()
        self._running: dict[str, tuple[Any, threading.Event]] = {}
        self._seen: Any = None  # the newest store version seen, and when it last changed
        self._changed_at = float("-inf")

    def _see(self, version: Any, now: float) -> None:
        if version != self._seen:
            if self._seen is not None:
                self._changed_at = now
            self._seen = version

    def changed_within(self, seconds: float) -> bool:
        """Whether the store version changed in the last ``seconds`` (analysts are writing)."""
        with self._lock:
            return time.monotonic() - self._changed_at < seconds

    def _usable(self, key: str, version: Any, now: float, *, stale_ok: bool) -> _Entry | None:
        entry = self._data.get(key)
        if entry is None:
            return None
        if entry.version == version or (stale_ok and self.reuse_seconds > 0) or (
                now - entry.at < self.reuse_seconds):
            self._data.move_to_end(key)
            return entry
        return None

    def peek(self, session: Session, key: str) -> Any:
        """The result for ``key`` when the cache may serve it now, else None (nothing is computed)."""
        version = self.clock.get(session)
        now = time.monotonic()
        with self._lock:
            self._see(version, now)
            entry = self._usable(key, version, now, stale_ok=False)
        return entry.value if entry is not None else None

    def get_or_compute(self, session: Session, key: str, compute: Callable[[], Any]) -> Any:
        version = self.clock.get(session)
        now = time.monotonic()
        with self._lock:
            self._see(version, now)
            entry = self._usable(key, version, now, stale_ok=False)
            if entry is not None:
                return entry.value
            running = self._running.get(key)
            if running is not None and running[0] == version or running is not None and self.reuse_seconds > 0:
                # The same computation is under way: reuse the previous result if allowed, else wait for it.
                entry = self._usable(key, version, now, stale_ok=True)
                if entry is not None:
                    return entry.value
            else:
                running = None
                done = threading.Event()
                self._running[key] = (version, done)
        if running is not None:
            running[1].wait(self._wait)
            with self._lock:
                entry = self._usable(key, version, time.monotonic(), stale_ok=True)
            return entry.value if entry is not None else compute()
        try:
            value = compute()
            with self._lock:
                previous = self._data.get(key)
                if previous is None or previous.at <= now:
                    self._data[key] = _Entry(version, value, now)
                    self._data.move_to_end(key)
                    while len(self._data) > self._size:
                        self._data.popitem(last=False)
            return value
        finally:
            with self._lock:
                if self._running.get(key, (None, None))[1] is done:
                    del self._running[key]
            done.set()


def store_version(session: Session) -> tuple[Any, ...]:
    # Each is an index lookup: a new or changed incident moves updated_at, a merge or removal adds a
    # change row, a review adds an audit entry.
    updated = session.scalar(select(func.max(Incident.updated_at)))
    changes = session.scalar(select(func.max(IncidentChange.id)))
    audit = session.scalar(select(func.max(AuditEntry.id)))
    return (str(updated), changes, audit)


# Best estimates, an unknown toll counting 0, as `harmledger stats` counts them.
def _killed() -> Any:
    return func.coalesce(Incident.killed_best, 0)


def _injured() -> Any:
    return func.coalesce(Incident.injured_best, 0)


def map_geojson(session: Session, flt: IncidentQuery, *, limit: int = MAP_DEFAULT) -> bytes:
    """A compact FeatureCollection (encoded) of incidents with coordinates, the deadliest first.

    Properties are one letter (k killed, i injured, d date, g grade); the page fetches the rest of an
    incident when its popup opens."""
    stmt = flt.apply(select(Incident.id, Incident.lat, Incident.lon, _killed(), _injured(), Incident.date_start,
                            Incident.grade))
    stmt = stmt.where(Incident.lat.is_not(None), Incident.lon.is_not(None))
    total = session.scalar(flt.apply(select(func.count()).select_from(Incident)).where(
        Incident.lat.is_not(None), Incident.lon.is_not(None))) or 0
    matching = session.scalar(flt.apply(select(func.count()).select_from(Incident))) or 0
    rows = session.execute(stmt.order_by(_killed().desc(), Incident.id).limit(limit)).all()
    features = [
        {"type": "Feature", "id": r[0], "geometry": {"type": "Point", "coordinates": [round(r[2], 4), round(r[1], 4)]},
         "properties": {"k": r[3], "i": r[4], "d": r[5].isoformat() if r[5] else None, "g": r[6]}}
        for r in rows
    ]
    collection = {"type": "FeatureCollection", "total": int(total), "returned": len(features),
                  "truncated": len(features) < total, "unplaced": int(matching) - int(total), "features": features}
    return json.dumps(collection, separators=(",", ":")).encode("utf-8")


def _reviewed(stmt: Any, reviewed_only: bool) -> Any:
    return stmt.where(Incident.status != UNREVIEWED) if reviewed_only else stmt


def _grouped(session: Session, flt: IncidentQuery, column: Any, limit: int | None = None, *,
             reviewed_only: bool = False) -> list[dict[str, Any]]:
    stmt = _reviewed(flt.apply(select(column, func.count(), func.sum(_killed()), func.sum(_injured()))),
                     reviewed_only).group_by(column)
    rows = session.execute(stmt).all()
    out = [{"key": r[0], "incidents": int(r[1]), "killed": int(r[2] or 0), "injured": int(r[3] or 0)} for r in rows]
    out.sort(key=lambda d: (-d["killed"], -d["incidents"], str(d["key"])))
    return out[:limit] if limit else out


def stats(session: Session, flt: IncidentQuery, *, period: str = "month", reviewed_only: bool = False) -> dict[str, Any]:
    """The figures of `harmledger stats` (``publish.compute_stats``: the same function, so the API, the
    pages and the command count alike), plus what the charts read: ``killed``/``injured`` as the best
    estimates on every row (everyone killed, civilians or not), the first and last dates, and breakdowns
    by grade and review status. ``reviewed_only`` leaves out the incidents no analyst has reviewed."""
    data = compute_stats(session, flt.to_publish() or IncidentFilter(), period=period, reviewed_only=reviewed_only)
    rows = [data["totals"], *(row for name in BREAKDOWNS for row in data[f"by_{name}"])]
    for row in rows:
        row["killed"], row["injured"] = row["killed_best"], row["injured_best"]
    # Undated incidents are counted in the totals and in their own "unknown" period; a time axis skips them.
    data["by_period"] = [row for row in data["by_period"] if row["key"] != "unknown"]
    span: Any = select(func.min(Incident.date_start), func.max(Incident.date_start))
    first, last = session.execute(_reviewed(flt.apply(span), reviewed_only)).one()
    data["totals"]["first"] = first.isoformat() if first else None
    data["totals"]["last"] = last.isoformat() if last else None
    data["by_grade"] = _grouped(session, flt, Incident.grade, reviewed_only=reviewed_only)
    data["by_status"] = _grouped(session, flt, Incident.status, reviewed_only=reviewed_only)
    return data


def facets(session: Session) -> dict[str, list[str]]:
    """The values present, for the filter menus."""
    out: dict[str, list[str]] = {}
    base = IncidentQuery()
    for name, column in (("admin1", Incident.admin1), ("weapon", Incident.weapon), ("target", Incident.target),
                         ("perpetrator", Incident.perpetrator), ("grade", Incident.grade), ("status", Incident.status)):
        values = session.scalars(base.apply(select(column).distinct()).where(column.is_not(None)))
        out[name] = sorted(v for v in values if v)
    return out
