"""List totals and place-text candidates filled in one grouped pass (api/chunks.py ``fill``), and the
SQLite plans that keep a slice's query to its slice and a page to an index walk.

Whichever way the slices are computed (one query per slice, one query grouped by slice, however many
slices) the pages and totals must equal the same list read without slices.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy import event, func, select, update

from harmledger.api import chunks, queries
from harmledger.api.chunks import ChunkCache, ChunkTracker
from harmledger.api.filters import IncidentQuery
from harmledger.api.queries import list_incidents
from harmledger.store import Store
from harmledger.store.models import Incident
from tests.api.test_chunk_fill import _fill

FILTERS = [IncidentQuery(), IncidentQuery(admin1=["Aleppo"]), IncidentQuery(weapon=["airstrike"]),
           IncidentQuery(admin1=["Homs"], weapon=["shelling"], date_from=dt.date(2014, 6, 1)),
           IncidentQuery(q="Place 1"), IncidentQuery(q="place 3"), IncidentQuery(q="Idl"), IncidentQuery(q="inc_"),
           IncidentQuery(q="nowhere")]


def _pages(session: Any, cache: ChunkCache | None) -> list[Any]:
    return [list_incidents(session, flt, limit=20, offset=offset, sort=sort, chunks=cache)
            for flt in FILTERS for offset in (0, 20) for sort in ("-date", "-killed")]


@pytest.mark.parametrize(("slices", "few"), [(1, 50), (7, 0), (7, 3), (64, 50)])
def test_lists_filled_at_once_equal_slice_by_slice_and_uncached(store: Store, slices: int, few: int,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    _fill(store)
    with store.session() as session:
        # Merged-away incidents are in the slices' ranges but never in a list.
        gone = list(session.scalars(select(Incident.id).order_by(Incident.id).limit(300).offset(5)))[::9]
        session.execute(update(Incident).where(Incident.id.in_(gone)).values(deleted=True))
    monkeypatch.setattr(queries, "FEW", few)
    answers: dict[str, list[Any]] = {}
    for way, fill_at in (("at once", -1), ("slice by slice", 10**6)):
        monkeypatch.setattr(chunks, "FILL_AT", fill_at)
        cache = ChunkCache(ChunkTracker(chunks=slices))
        with store.session() as session:
            answers[way] = _pages(session, cache)
    with store.session() as session:
        whole = _pages(session, None)
        live = session.scalar(select(func.count()).select_from(Incident).where(Incident.deleted.is_(False)))
    assert answers["at once"] == answers["slice by slice"] == whole
    assert whole[0][1] == live and whole[0][1] > 0  # the unfiltered total: every live incident, no merged one
    assert all(item["id"] not in gone for items, _ in whole for item in items)
    assert any(total for (_, total) in whole[16:32]) and whole[-1][1] == 0  # the text filters match some, not all


def test_sqlite_reads_a_slice_by_its_range_and_a_page_by_the_date_index(tmp_path: Any,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """Without statistics SQLite took ``deleted IS 0`` (every filter has it) for a few rows and read every
    incident through that index, for a slice of a sixty-fourth of them and for a page of 50."""
    from harmledger._config import Settings

    store = Store(None, settings=Settings(home=tmp_path))
    store.init()
    _fill(store)
    monkeypatch.setattr(chunks, "FILL_AT", 10**6)  # a query per slice, as after a write
    monkeypatch.setattr(queries, "FEW", 0)  # the page read from the filter, not from a slice's few ids
    statements: list[tuple[str, Any]] = []

    def seen(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        statements.append((statement, parameters))

    event.listen(store.engine, "before_cursor_execute", seen)
    cache = ChunkCache(ChunkTracker(chunks=7))
    with store.session() as session:
        list_incidents(session, IncidentQuery(admin1=["Aleppo"]), limit=20, offset=0, chunks=cache)
        event.remove(store.engine, "before_cursor_execute", seen)
        plans = {sql: " ".join(str(row[-1]) for row in session.connection().exec_driver_sql(
            "EXPLAIN QUERY PLAN " + sql, params).all()) for sql, params in statements if "FROM incidents" in sql}
    ranged = [plan for sql, plan in plans.items() if "likelihood(incidents.id" in sql]
    paged = [plan for sql, plan in plans.items() if "ORDER BY incidents.date_start DESC" in sql]
    assert ranged and paged
    assert all("ix_incidents_deleted" not in plan and "autoindex_incidents" in plan for plan in ranged), ranged
    assert all("ix_incidents_date_id" in plan for plan in paged), paged
