"""Ranges split into small ranges after a write (api/chunks.py): every read after every correction must
equal the same computation made from scratch, on SQLite and PostgreSQL.

A range's counts are taken off the sums and its small ranges' put on when it is first written into; then
each write takes one small range's counts off and puts its new ones on. A slip in that bookkeeping (a
small range's old counts left in, a range counted twice after being merged back, a write into a range
missed) shows as statistics, facets, map or list totals that differ from a fresh computation.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from typing import Any

import pytest
from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from harmledger.api import chunks
from harmledger.api.aggregates import facets, stats
from harmledger.api.chunks import ChunkCache, ChunkTracker
from harmledger.api.filters import IncidentQuery
from harmledger.api.mapdata import map_geojson
from harmledger.api.queries import list_incidents
from harmledger.review import audit
from harmledger.store import Store
from harmledger.store.models import Incident, IncidentChange, utcnow
from tests.api.test_chunk_fill import PLACES, _fill

FILTERS = [IncidentQuery(), IncidentQuery(admin1=["Aleppo"]), IncidentQuery(weapon=["airstrike"], date_from=dt.date(2014, 6, 1))]


def _answers(session: Session, cache: ChunkCache | None) -> list[Any]:
    out: list[Any] = []
    for flt in FILTERS:
        for period in ("month", "quarter", "year"):
            out.append(stats(session, flt, period=period, chunks=cache))
        out.append(json.loads(map_geojson(session, flt, limit=40, chunks=cache)))
        out.append(list_incidents(session, flt, limit=10, offset=0, chunks=cache))
    out.append(list_incidents(session, IncidentQuery(q="Place 1"), limit=10, offset=0, chunks=cache))
    out.append(facets(session, cache))
    return out


def _correct(session: Session, incident: Incident, rng: random.Random) -> None:
    """A correction that moves the incident between buckets: toll, weapon, governorate, dates, grade."""
    before = {"killed_best": incident.killed_best, "weapon": incident.weapon, "admin1": incident.admin1}
    incident.killed_best = rng.choice([None, 0, 3, 250])
    incident.weapon = rng.choice(["airstrike", "shelling", "drone", None])
    incident.admin1 = rng.choice(PLACES)
    incident.date_start = dt.date(2014, 1, 1) + dt.timedelta(days=rng.randrange(900))
    incident.grade = rng.choice(["confirmed", "weak", "discounted"])
    incident.status = rng.choice(["machine", "reviewed"])
    incident.updated_at = utcnow()
    audit.record(session, "analyst", "correct", "incident", incident.id, before,
                 {"killed_best": incident.killed_best, "weapon": incident.weapon, "admin1": incident.admin1})


@pytest.mark.parametrize("split_max", [1, 3])
def test_every_read_after_every_correction_equals_a_fresh_computation(store: Store, split_max: int,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    _fill(store, n=240)
    monkeypatch.setattr(chunks, "SPLIT_MAX", split_max)
    cache = ChunkCache(ChunkTracker(chunks=5, fine=6))
    with store.session() as session:
        ids = list(session.scalars(select(Incident.id).order_by(Incident.id)))
        assert _answers(session, cache) == _answers(session, None)
    rng = random.Random(11)
    # Writes into a few ranges again and again (split, then small ranges recomputed), and now and then
    # into others (ranges merged back when more than split_max are split).
    hot = [ids[3], ids[4], ids[60], ids[61], ids[130]]
    for step in range(14):
        target = rng.choice(hot) if step % 4 else rng.choice(ids)
        with store.session() as session:
            incident = session.get(Incident, target)
            assert incident is not None
            _correct(session, incident, rng)
        with store.session() as session:
            assert _answers(session, cache) == _answers(session, None), (step, target)
    slot = cache._slot(f"stats:month:False:{IncidentQuery().key()}")
    assert 0 < len(slot.split) <= split_max  # ranges were split, and no more than allowed stay so
    assert any(len(parts) > 1 for parts in slot.parts)


def test_a_small_range_write_recomputes_only_that_small_range(sqlite_store: Store) -> None:
    """Once a range is split, a write into it recomputes one small range: the parts computed are counted."""
    _fill(sqlite_store, n=120)
    cache = ChunkCache(ChunkTracker(chunks=3, fine=5))
    computed: list[Any] = []

    def total(session: Session) -> int:
        def part(where: Any) -> dict[str, int]:
            computed.append(where)
            rows = session.execute(select(Incident.killed_best).where(where)).scalars()
            return {"k": sum(k or 0 for k in rows)}

        return cache.summed(session, "k", part).get("k", 0)

    def bump(incident_id: str) -> None:
        with sqlite_store.session() as session:
            incident = session.get(Incident, incident_id)
            assert incident is not None
            incident.killed_best = (incident.killed_best or 0) + 7
            audit.record(session, "analyst", "correct", "incident", incident_id, {}, {"killed_best": incident.killed_best})

    with sqlite_store.session() as session:
        first = total(session)
        target = session.scalars(select(Incident.id).order_by(Incident.id)).first()
    assert target is not None
    assert len(computed) == 3  # one part per range
    computed.clear()
    bump(target)
    with sqlite_store.session() as session:
        assert total(session) == first + 7
    assert len(computed) == 5  # the range split: one part per small range
    computed.clear()
    bump(target)
    with sqlite_store.session() as session:
        assert total(session) == first + 14
    assert len(computed) == 1  # the one small range the incident is in


def test_a_trail_row_that_commits_after_a_later_one_is_still_seen(store: Store) -> None:
    """Trail ids are given out when a transaction inserts, so a later id may commit first: the tracker
    looks for the skipped id again (within CHANGE_WINDOW) when it next catches up, and sees the change it
    stands for."""
    _fill(store, n=40)
    cache = ChunkCache(ChunkTracker(chunks=2, fine=2))
    with store.session() as session:
        ids = list(session.scalars(select(Incident.id).order_by(Incident.id)))
        baseline = stats(session, IncidentQuery(), chunks=cache)["totals"]["killed_best"]
        last = session.scalar(select(IncidentChange.id).order_by(IncidentChange.id.desc()).limit(1)) or 0

    def change(incident_id: str, change_id: int, killed: int) -> None:
        with store.session() as session:
            stamp = session.scalar(select(Incident.updated_at).where(Incident.id == incident_id))
            # The stamp left as it was: only the trail row tells that the incident changed.
            session.execute(update(Incident).where(Incident.id == incident_id).values(killed_best=killed, updated_at=stamp))
            session.execute(insert(IncidentChange), [{"id": change_id, "incident_id": incident_id, "action": "updated",
                                                      "related_id": None, "at": utcnow(), "details": {}}])

    def fresh() -> Any:
        with store.session() as session:
            return stats(session, IncidentQuery())["totals"]["killed_best"]

    change(ids[-1], last + 2, 5000)  # the later id commits first
    with store.session() as session:
        assert stats(session, IncidentQuery(), chunks=cache)["totals"]["killed_best"] == fresh() != baseline
    change(ids[0], last + 1, 7000)  # then the earlier one (the store's version does not move: its newest id is the same)
    change(ids[len(ids) // 2], last + 3, 9000)  # and any later change, which makes the tracker look
    with store.session() as session:
        assert stats(session, IncidentQuery(), chunks=cache)["totals"]["killed_best"] == fresh()
