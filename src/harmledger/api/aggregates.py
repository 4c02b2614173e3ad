"""Statistics and filter facets (the map data: mapdata.py), cached until the incidents change.

These are the heavy reads (every incident at once). Their results are kept per filter and dropped as
soon as the store's version changes (the newest incident update, incident change and audit entry), so
a correction shows on the next request; the counts behind them are kept per slice of the incidents
(api/chunks.py), so that computing them again after a write reads only the slice it changed.
"""

from __future__ import annotations

import datetime as dt
import json
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from starlette.responses import Response

from ..publish import IncidentFilter, compute_stats
from ..publish.stats import (
    BREAKDOWNS,
    UNREVIEWED,
    check_period,
    stats_counts,
    stats_counts_by,
    stats_from_counts,
)
from ..store.models import Incident
from .chunks import ChunkCache
from .filters import IncidentQuery
from .mapdata import injured_or_zero, killed_or_zero
from .ranges import execute, range_params
from .tracker import store_version


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


class Encoded:
    """A cached result and its JSON body, encoded once however many requests send it (FastAPI would walk
    the whole result for every response)."""

    __slots__ = ("_body", "data")
    _body: bytes | None
    data: Any

    def __init__(self, data: Any) -> None:
        self.data, self._body = data, None

    def response(self) -> Response:
        if self._body is None:
            # As FastAPI's JSONResponse encodes.
            self._body = json.dumps(self.data, ensure_ascii=False, allow_nan=False, separators=(",", ":")).encode("utf-8")
        return Response(self._body, media_type="application/json")


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


def _reviewed(stmt: Any, reviewed_only: bool) -> Any:
    return stmt.where(Incident.status != UNREVIEWED) if reviewed_only else stmt


def _within(stmt: Any, where: Any) -> Any:
    return stmt.where(where) if where is not None else stmt


def _grouped(session: Session, flt: IncidentQuery, column: Any, limit: int | None = None, *,
             reviewed_only: bool = False, where: Any = None) -> list[dict[str, Any]]:
    def build(where: Any) -> Any:
        stmt = _reviewed(flt.apply(select(column, func.count(), func.sum(killed_or_zero()), func.sum(injured_or_zero()))),
                         reviewed_only).group_by(column)
        return _within(stmt, where)

    rows = execute(session, ("grouped", str(column), reviewed_only, flt.key()), where, build).all()
    found = {r[0]: (int(r[1]), int(r[2] or 0), int(r[3] or 0)) for r in rows}
    out = _sorted_groups(set(found), lambda key, measure: found[key][("incidents", "killed", "injured").index(measure)])
    return out[:limit] if limit else out


def _sorted_groups(keys: set[Any], value: Callable[[Any, str], int]) -> list[dict[str, Any]]:
    out = [{"key": k, "incidents": value(k, "incidents"), "killed": value(k, "killed"), "injured": value(k, "injured")}
           for k in keys]
    out = [d for d in out if d["incidents"] > 0]
    out.sort(key=lambda d: (-d["killed"], -d["incidents"], str(d["key"])))
    return out


def _months_to(counts: dict[Hashable, int], period: str) -> dict[Hashable, int]:
    """Counts with their months ("2015-03") as years or quarters: every other key as it is."""
    out: dict[Hashable, int] = {}
    for key, value in counts.items():
        if isinstance(key, tuple) and key[0] == "period" and key[1] != "unknown":
            year, month = str(key[1]).split("-")
            bucket = year if period == "year" else f"{year}-Q{(int(month) - 1) // 3 + 1}"
            key = ("period", bucket, key[2])
        out[key] = out.get(key, 0) + value
    return out


def _days(counts: dict[Hashable, int], first: dt.date | None, last: dt.date | None) -> None:
    # A slice's first and last days, counted (a write takes its slice's off again): the least and the
    # greatest day among every slice's are the first and last of all.
    for day in (first, last):
        if day is not None:
            counts["day", day] = counts.get(("day", day), 0) + 1


def stats(session: Session, flt: IncidentQuery, *, period: str = "month", reviewed_only: bool = False,
          chunks: ChunkCache | None = None) -> dict[str, Any]:
    """The figures of `harmledger stats` (``publish.compute_stats``: the same function, so the API, the
    pages and the command count alike), plus what the charts read: ``killed``/``injured`` as the best
    estimates on every row (everyone killed, civilians or not), the first and last dates, and breakdowns
    by grade and review status. ``reviewed_only`` leaves out the incidents no analyst has reviewed.
    With ``chunks``, the counts are kept per slice of the incidents and a write recomputes one slice."""
    published = flt.to_publish() or IncidentFilter()
    if chunks is None:
        data = compute_stats(session, published, period=period, reviewed_only=reviewed_only)
    else:
        check_period(period)
        published.check_admin1(session)
        # Years and quarters are sums of months (an incident's middle day is in one month, which is in one
        # year and one quarter): their counts are the months', kept and kept up to date once for all three.
        kept = "month" if period in ("quarter", "year") else period
        key = f"stats:{kept}:{reviewed_only}:{flt.key()}"
        extra = {"grade": Incident.grade, "status": Incident.status}

        def part(where: Any) -> dict[Hashable, int]:
            counts: dict[Hashable, int] = dict(stats_counts(session, published, period=kept, reviewed_only=reviewed_only,
                                                            where=where, reuse=range_params(where)))
            for name, column in extra.items():
                for row in _grouped(session, flt, column, reviewed_only=reviewed_only, where=where):
                    for measure in ("incidents", "killed", "injured"):
                        counts[f"by_{name}", row["key"], measure] = row[measure]
            bounds: Any = select(func.min(Incident.date_start), func.max(Incident.date_start))
            _days(counts, *execute(session, ("span", reviewed_only, flt.key()), where,
                                   lambda w: _reviewed(flt.apply(bounds), reviewed_only).where(w)).one())
            return counts

        def fill(split: Any, where: Any) -> dict[int, Any]:
            by: dict[int, dict[Hashable, int]] = {
                i: dict(c) for i, c in stats_counts_by(session, published, split, period=kept,
                                                        reviewed_only=reviewed_only, where=where).items()}
            for name, column in extra.items():
                grouped = select(split, column, func.count(), func.sum(killed_or_zero()), func.sum(injured_or_zero()))
                for index, value, *figures in session.execute(
                        _within(_reviewed(flt.apply(grouped), reviewed_only), where).group_by(split, column)):
                    for measure, n in zip(("incidents", "killed", "injured"), figures, strict=True):
                        by.setdefault(int(index), {})[f"by_{name}", value, measure] = int(n or 0)
            span = select(split, func.min(Incident.date_start), func.max(Incident.date_start))
            for index, first, last in session.execute(_within(_reviewed(flt.apply(span), reviewed_only), where).group_by(split)):
                _days(by.setdefault(int(index), {}), first, last)
            return by

        summed = chunks.summed(session, key, part, fill)
        if kept != period:
            summed = _months_to(summed, period)
        # The by_grade, by_status and day keys are this function's own: stats_from_counts passes them by.
        data = stats_from_counts(session, published, summed, period=period, reviewed_only=reviewed_only)  # type: ignore[arg-type]
    rows = [data["totals"], *(row for name in BREAKDOWNS for row in data[f"by_{name}"])]
    for row in rows:
        row["killed"], row["injured"] = row["killed_best"], row["injured_best"]
    # Undated incidents are counted in the totals and in their own "unknown" period; a time axis skips them.
    data["by_period"] = [row for row in data["by_period"] if row["key"] != "unknown"]
    if chunks is None:
        span: Any = select(func.min(Incident.date_start), func.max(Incident.date_start))
        first, last = session.execute(_reviewed(flt.apply(span), reviewed_only)).one()
        data["by_grade"] = _grouped(session, flt, Incident.grade, reviewed_only=reviewed_only)
        data["by_status"] = _grouped(session, flt, Incident.status, reviewed_only=reviewed_only)
    else:
        days: list[dt.date] = []
        groups: dict[str, set[Any]] = {"by_grade": set(), "by_status": set()}
        for k in summed:
            if k[0] == "day":  # type: ignore[index]
                days.append(k[1])  # type: ignore[index]
            elif k[0] in groups:  # type: ignore[index]
                groups[k[0]].add(k[1])  # type: ignore[index]
        first, last = (min(days), max(days)) if days else (None, None)
        for name, keys in groups.items():
            def value(key: Any, measure: str, n: str = name) -> int:
                return summed.get((n, key, measure), 0)

            data[name] = _sorted_groups(keys, value)
    data["totals"]["first"] = first.isoformat() if first else None
    data["totals"]["last"] = last.isoformat() if last else None
    return data


def facets(session: Session, chunks: ChunkCache | None = None) -> dict[str, list[str]]:
    """The values present, for the filter menus (with ``chunks``: kept per slice of the incidents)."""
    base = IncidentQuery()
    columns = (("admin1", Incident.admin1), ("weapon", Incident.weapon), ("target", Incident.target),
               ("perpetrator", Incident.perpetrator), ("grade", Incident.grade), ("status", Incident.status))

    def part(where: Any = None) -> dict[Hashable, int]:
        counts: dict[Hashable, int] = {}
        for name, column in columns:
            def build(w: Any, c: Any = column) -> Any:
                return _within(base.apply(select(c, func.count())).where(c.is_not(None)).group_by(c), w)

            for value, n in execute(session, ("facets", name), where, build):
                if value:
                    counts[name, value] = int(n)
        return counts

    def fill(split: Any, where: Any) -> dict[int, dict[Hashable, int]]:
        by: dict[int, dict[Hashable, int]] = {}
        for name, column in columns:
            grouped: Any = select(split, column, func.count())
            stmt = _within(base.apply(grouped).where(column.is_not(None)), where).group_by(split, column)
            for index, value, n in session.execute(stmt):
                if value:
                    by.setdefault(int(index), {})[name, value] = int(n)
        return by

    # Slice by slice even when new (no fill over every incident): six small range queries per slice read
    # less than six passes over every incident each working out its slice. A split range is one pass.
    present = part() if chunks is None else chunks.summed(session, "facets", part, fill, fill_all=False)
    out: dict[str, list[str]] = {name: [] for name, _ in columns}
    for key, n in present.items():
        if isinstance(key, tuple) and n > 0:
            out[key[0]].append(key[1])
    return {name: sorted(values) for name, values in out.items()}
