"""Heavy reads kept per slice of the incidents, so that a write costs the recomputation of one slice.

The incidents are cut into CHUNKS ranges of their ids, each cut again into FINE small ranges. A result
(statistics, map, facets, the count of a list) is kept as one part per range, each with the versions of
its small ranges; a read recomputes only the ranges whose version moved and combines the parts. The first
write into a range splits its part into one part per small range (computed in one query grouped by
small range), so the writes after it cost the recomputation of one small range (a few dozen incidents)
instead of the whole range; at most SPLIT_MAX ranges of a result stay split (the ones written last).
Which ranges moved is learnt from the database itself (api/tracker.py), so a correction saved through one
server process dirties the same range in every other; the ranges as SQL conditions: api/ranges.py.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement
from sqlalchemy.orm import Session

from .ranges import ChunkState, execute, range_params
from .tracker import CHANGE_WINDOW, CHUNKS, FINE, ONE_INCIDENT, ChunkTracker, store_version

__all__ = ["CHANGE_WINDOW", "CHUNKS", "FINE", "ONE_INCIDENT", "ChunkCache", "ChunkState", "ChunkTracker", "execute",
           "range_params", "store_version"]

# Ranges of one result kept split at most (a split range holds about FINE times the entries of a whole one).
SPLIT_MAX = 8
# More stale ranges than this (a new key, a change that moved every range) are computed by one query
# grouped by range, when the caller gives one: one pass instead of a query per range.
FILL_AT = 4


Fill = Callable[[ColumnElement[int], "ColumnElement[bool] | None"], dict[int, Any]]


@dataclass
class _Slot:
    lock: threading.Lock = field(default_factory=threading.Lock)
    versions: list[int] = field(default_factory=list)  # per small range: the version its part is at
    # Per range: its part, or its small ranges' parts (split), or nothing yet (empty).
    parts: list[list[Any]] = field(default_factory=list)
    split: OrderedDict[int, None] = field(default_factory=OrderedDict)  # ranges kept split, last written last
    merged: dict[Hashable, int] = field(default_factory=dict)

    def covers(self, state: ChunkState) -> bool:
        """Whether every part is at least as new as ``state`` needs."""
        if len(self.versions) != len(state.versions):
            return False
        return self.versions == list(state.versions) or all(
            mine >= needed for mine, needed in zip(self.versions, state.versions, strict=True))


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
        """Every range's part for ``key`` (a split range gives one per small range); ``part(where)``
        computes one range's (``where`` selects it). ``fill(split, where)``: the part of every range
        ``split`` numbers among the incidents ``where`` selects (all when None), by number, at once (a
        range left out has ``empty``)."""
        state, slot = self._locked(session, key)
        try:
            self._refresh(slot, state, part, fill, additive=False, empty=empty)
            return [p for parts in slot.parts for p in parts]
        finally:
            slot.lock.release()

    def summed(self, session: Session, key: str, part: Callable[[ColumnElement[bool]], dict[Hashable, int]],
               fill: Fill | None = None, *, fill_all: bool = True) -> dict[Hashable, int]:
        """The sum of every range's counts for ``key`` (``part`` returns a range's counts by name); a
        changed range's old counts are taken off and its new ones added, so a write costs one range (one
        small range once its range is split). ``fill`` as for ``parts`` (a range left out has none); with
        ``fill_all`` False only for the small ranges of one range, a new key being computed range by range."""
        state, slot = self._locked(session, key)
        try:
            self._refresh(slot, state, part, fill, additive=True, empty={}, fill_all=fill_all)
            return dict(slot.merged)
        finally:
            slot.lock.release()

    def _locked(self, session: Session, key: str) -> tuple[ChunkState, _Slot]:
        """The slot of ``key``, locked, and the state to bring it to. A request that had to wait for the
        slot and finds it still older than its snapshot reads the store afresh (a new transaction): writes
        came while it waited, and the requests queued behind it then find the slot at least as new as they
        need instead of each computing it. One that finds the slot new enough (the request before it
        brought it up to date) computes nothing."""
        state = self.tracker.state(session)
        slot = self._slot(key)
        if not slot.lock.acquire(blocking=False):
            slot.lock.acquire()
            try:
                if not slot.covers(state):
                    session.commit()
                    state = self.tracker.state(session)
            except BaseException:
                slot.lock.release()
                raise
        return state, slot

    @staticmethod
    def _refresh(slot: _Slot, state: ChunkState, part: Callable[[ColumnElement[bool]], Any], fill: Fill | None,
                 *, additive: bool, empty: Any, fill_all: bool = True) -> None:
        if len(slot.versions) != len(state.versions):
            slot.versions, slot.parts, slot.split, slot.merged = [-1] * len(state.versions), [[] for _ in range(state.ranges)], OrderedDict(), {}
        # A range's versions only grow, and a part kept at a later version than this request's state is
        # newer than it needs (computed by a request that waited less): kept, not computed again.
        if slot.versions == list(state.versions):  # the common case, compared in C
            return
        per = state.per
        stale = sorted({f // per for f, (mine, needed) in enumerate(zip(slot.versions, state.versions, strict=True))
                        if mine < needed})
        if not stale:
            return

        def put(chunk: int, fresh: list[Any]) -> None:
            if additive:
                for old in slot.parts[chunk]:
                    _add(slot.merged, old, -1)
                for new in fresh:
                    _add(slot.merged, new, 1)
            slot.parts[chunk] = fresh
            for f in state.fine(chunk):
                slot.versions[f] = state.versions[f]

        # A new key, or a change that moved many ranges (a merge...): whole ranges, in one query when more
        # than FILL_AT. Otherwise a range computed before is split, and a split one recomputes its small ranges.
        whole = stale if len(stale) > FILL_AT else [c for c in stale if not slot.parts[c]]
        filled = fill(state.split(), None) if fill is not None and fill_all and len(whole) > FILL_AT else None
        for c in whole:
            fine = state.fine(c)
            slot.split.pop(c, None)
            put(c, [filled.get(c, empty) if filled is not None else part(state.where(fine.start, fine.stop - 1))])
        for c in stale:
            if c in whole:
                continue
            fine = state.fine(c)
            if c in slot.split:
                # Only the small ranges that moved: their old parts off the sums, their new ones on.
                for n, f in enumerate(fine):
                    if slot.versions[f] < state.versions[f]:
                        fresh_one = part(state.where(f))
                        if additive:
                            _add(slot.merged, slot.parts[c][n], -1)
                            _add(slot.merged, fresh_one, 1)
                        slot.parts[c][n] = fresh_one
                        slot.versions[f] = state.versions[f]
                slot.split.move_to_end(c)
                continue
            if fill is not None:
                got = fill(state.split_fine(c), state.where(fine.start, fine.stop - 1))
                fresh = [got.get(f, empty) for f in fine]
            else:
                fresh = [part(state.where(f)) for f in fine]
            put(c, fresh)
            slot.split[c] = None
            slot.split.move_to_end(c)
        while len(slot.split) > SPLIT_MAX:
            # Kept split no longer: its counts in one part again (the parts of other results stay as they
            # are, being few rows each); a write into it splits it again.
            c, _ = slot.split.popitem(last=False)
            if additive and len(slot.parts[c]) > 1:
                combined: dict[Hashable, int] = {}
                for p in slot.parts[c]:
                    _add(combined, p, 1)
                slot.parts[c] = [combined]
