"""Slices of the incidents as SQL conditions: ranges of their ids, each cut into small ranges
(``ChunkState``), and the statements built once per shape of range and run with a range's bounds as
parameters (``execute``). The ranges and which of them changed: api/tracker.py; the results kept per
range: api/chunks.py."""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, and_, bindparam, case, func, literal, literal_column, true
from sqlalchemy.orm import Session

from ..store.models import Incident

RARE = "0.001"  # SQLite's likelihood() of a range bound (see ChunkState.where)
LO, HI, _RANGE = "chunk_lo", "chunk_hi", "_harmledger_range"
_BUILT: OrderedDict[Hashable, Any] = OrderedDict()
_BUILT_SIZE = 1024
_BUILT_LOCK = threading.Lock()


def execute(session: Session, key: Hashable, where: Any, build: Callable[[Any], Any]) -> Any:
    """``session.execute(build(where))``, where ``build`` depends on nothing but ``key`` and ``where``:
    for a ``ChunkState.where`` condition the statement is built once per key and shape of range and run
    with the range's bounds as parameters. After a write every cached read recomputes a range or two,
    and building their statements (filters, sums) cost more than running them over a few dozen rows."""
    found = range_params(where)
    if found is None:
        return session.execute(build(where))
    shape, params = found
    with _BUILT_LOCK:
        stmt = _BUILT.get((key, shape))
        if stmt is not None:
            _BUILT.move_to_end((key, shape))
    if stmt is None:
        stmt = build(where)
        with _BUILT_LOCK:
            _BUILT[key, shape] = stmt
            while len(_BUILT) > _BUILT_SIZE:
                _BUILT.popitem(last=False)
    return session.execute(stmt, params)


def range_params(where: Any) -> tuple[Hashable, dict[str, str]] | None:
    """For a ``ChunkState.where`` condition: its shape (which bounds it has) and its bounds as parameters;
    a statement built with one condition of a shape runs for any other of that shape with the other's
    parameters. None for any other condition."""
    found: tuple[Hashable, dict[str, str]] | None = getattr(where, _RANGE, None)
    return found


@dataclass
class ChunkState:
    """Where the small ranges start and the version of each, as one request sees them; range ``c`` is
    small ranges ``c * per`` to ``(c + 1) * per - 1``."""

    bounds: list[str]
    versions: tuple[int, ...]
    # SQLite's planner takes a range open at one end for a quarter of the table and then prefers an index
    # on the grouped column: the first and last ranges get a bound that no id passes (SQLite compares bytes).
    closed: bool = False
    per: int = 1
    # Conditions already built, by (first, last, closed): the bounds never change, and building one (the
    # likelihood() calls) cost more than running a small range's query. Shared by the tracker's states.
    clauses: dict[tuple[int, int, bool], ColumnElement[bool]] = field(default_factory=dict)

    @property
    def ranges(self) -> int:
        return -(-len(self.versions) // self.per)

    def fine(self, chunk: int) -> range:
        """The small ranges of range ``chunk``."""
        return range(chunk * self.per, min(len(self.versions), (chunk + 1) * self.per))

    def where(self, index: int, last: int | None = None) -> ColumnElement[bool]:
        """The incidents of small range ``index`` (to small range ``last``, inclusive)."""
        last = index if last is None else last
        built = self.clauses.get((index, last, self.closed))
        if built is not None:
            return built
        lo = self.bounds[index - 1] if index > 0 else "" if self.closed else None
        hi = self.bounds[last] if last < len(self.bounds) else "\U0010ffff" * 8 if self.closed else None
        # Bounds written into the SQL: with them as parameters SQLite's planner, not knowing how narrow the
        # range is, scans a whole index on the grouped column instead of the range (15 times slower).
        # Named: a statement built for one range runs for another of the same shape with its bounds as
        # parameters (``range_params``), saving the building of a large statement per range.
        clauses = ([Incident.id >= bindparam(LO, lo, literal_execute=True)] if lo is not None else []) + (
            [Incident.id < bindparam(HI, hi, literal_execute=True)] if hi is not None else [])
        if self.closed:
            # Without statistics SQLite's planner takes an equality on any indexed column (a status, or
            # ``deleted IS 0`` before the filter said ``IS NOT 1``) for a handful of rows and reads the whole
            # table through it: 11 ms a range instead of 0.2. Told each bound is rarely true, it reads the
            # range. Untyped: typed Boolean, SQLAlchemy writes ``likelihood(...) = 1``, which hides the bound.
            clauses = [func.likelihood(c, literal_column(RARE)) for c in clauses]
        where = and_(true(), *clauses)
        params = {name: value for name, value in ((LO, lo), (HI, hi)) if value is not None}
        setattr(where, _RANGE, ((lo is None, hi is None, self.closed), params))
        self.clauses[index, last, self.closed] = where
        return where

    def split(self) -> ColumnElement[int]:
        """Each incident's range number (of the ranges, not the small ones), as ``where`` assigns them."""
        return _split(self.bounds[self.per - 1 :: self.per], 0, self.ranges - 1)

    def split_fine(self, chunk: int) -> ColumnElement[int]:
        """Each incident's small range number, for the incidents of range ``chunk``."""
        fine = self.fine(chunk)
        return _split(self.bounds, fine.start, fine.stop - 1)


def _split(bounds: list[str], first: int, last: int) -> ColumnElement[int]:
    """The number of the range among ``first``..``last`` an incident of those ranges is in (the database's
    comparison). A balanced tree of comparisons: six per row for 64 ranges, where a flat CASE averaged 32."""
    if first == last:
        return literal(first)
    middle = (first + last) // 2
    return case((Incident.id < bindparam(None, bounds[middle], literal_execute=True),
                 _split(bounds, first, middle)), else_=_split(bounds, middle + 1, last))
