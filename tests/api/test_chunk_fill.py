"""Statistics' slices filled in one pass (api/chunks.py ``fill``), the map's slices keeping only their
deadliest, and a request that waited for a slot reading the writes made meanwhile.

Whichever way the slices are computed (one query per slice, one query grouped by slice) and however few
incidents a map slice keeps, the answers must equal the same computation made without slices.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import threading
from typing import Any

import pytest
from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from harmledger.api import chunks, mapdata
from harmledger.api.aggregates import facets, stats
from harmledger.api.chunks import ChunkCache, ChunkTracker
from harmledger.api.filters import IncidentQuery
from harmledger.api.mapdata import map_geojson
from harmledger.review.fields import GRADES
from harmledger.store import Store
from harmledger.store.models import Incident, utcnow

PLACES = ["Aleppo", "Idlib", "Homs", "Daraa", "Hama"]


def _fill(store: Store, n: int = 300, seed: int = 3) -> None:
    rng = random.Random(seed)
    rows: list[dict[str, Any]] = []
    for i in range(n):
        start = dt.date(2014, 1, 1) + dt.timedelta(days=rng.randrange(900))
        end = start + dt.timedelta(days=rng.choice([0, 0, 3, 40])) if rng.random() < 0.8 else None
        killed = rng.choice([None, 0, 1, 2, 5, 30, rng.randrange(100)])
        placed = rng.random() < 0.85
        rows.append({
            "id": f"inc_{rng.getrandbits(40):010x}_{i}", "kind": "incident", "date_start": start if i % 17 else None,
            "date_end": end if i % 17 else None, "date_precision": "day", "place_name": f"Place {rng.randrange(40)}",
            "lat": 35 + rng.random() if placed else None, "lon": 37 + rng.random() if placed else None,
            "where_prec": rng.choice([1, 2, 3]), "admin1": rng.choice(PLACES), "country": "SY",
            "weapon": rng.choice(["airstrike", "shelling", None]), "target": rng.choice(["market", "school", None]),
            "perpetrator": rng.choice(["SY-GOV", "UNKNOWN", None]), "killed_best": killed,
            "killed_low": killed, "killed_high": killed, "injured_best": rng.choice([None, 0, 3]),
            "civilians_killed": rng.choice([None, 1]), "n_sources": 1, "n_independent": 1,
            "grade": rng.choice(GRADES), "status": rng.choice(["machine", "reviewed"]), "machine": {},
            "overrides": {}, "deleted": False,
        })
    with store.session() as session:
        session.execute(insert(Incident), rows)


FILTERS = [IncidentQuery(), IncidentQuery(admin1=["Aleppo"]), IncidentQuery(weapon=["airstrike"])]


@pytest.mark.parametrize("period", ["day", "week", "month", "year"])
def test_stats_filled_at_once_equal_slice_by_slice_and_whole(store: Store, period: str,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    _fill(store)
    answers: dict[str, list[Any]] = {}
    for way, fill_at in (("at once", -1), ("slice by slice", 10**6)):
        monkeypatch.setattr(chunks, "FILL_AT", fill_at)
        cache = ChunkCache(ChunkTracker(chunks=7))
        with store.session() as session:
            answers[way] = [stats(session, flt, period=period, reviewed_only=reviewed, chunks=cache)
                            for flt in FILTERS for reviewed in (False, True)] + [facets(session, cache)]
    with store.session() as session:
        whole = [stats(session, flt, period=period, reviewed_only=reviewed) for flt in FILTERS
                 for reviewed in (False, True)] + [facets(session)]
    assert answers["at once"] == answers["slice by slice"] == whole
    assert whole[0]["totals"]["first"] and whole[0]["by_period"]  # the data has dates to get wrong


@pytest.mark.parametrize("least", [1, 50])
def test_map_slices_keeping_few_still_give_the_deadliest(store: Store, least: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """With slices keeping one incident each, most maps need more of some slice than it kept."""
    _fill(store)
    monkeypatch.setattr(mapdata, "MAP_SLICE_LEAST", least)
    monkeypatch.setattr(mapdata, "MAP_SLICE_MARGIN", 1)
    cache = ChunkCache(ChunkTracker(chunks=9))
    for flt in FILTERS:
        for limit in (1, 2, 5, 20, 500):
            with store.session() as session:
                got = json.loads(map_geojson(session, flt, limit=limit, chunks=cache))
                whole = json.loads(map_geojson(session, flt, limit=limit))
            assert got == whole, (flt, limit)
            assert whole["features"]


class _Gate:
    """A slot's lock that says when a request found it taken."""

    def __init__(self) -> None:
        self.lock, self.waiting = threading.Lock(), threading.Event()

    def acquire(self, blocking: bool = True) -> bool:
        if not blocking:
            got = self.lock.acquire(blocking=False)
            if not got:
                self.waiting.set()
            return got
        return self.lock.acquire()

    def release(self) -> None:
        self.lock.release()


def _bump(store: Store, by: int) -> None:
    with store.session() as session:
        target = session.scalar(select(Incident).order_by(Incident.id).limit(1))
        assert target is not None
        target.killed_best = (target.killed_best or 0) + by
        target.updated_at = utcnow()


@pytest.mark.parametrize("behind", [True, False])
def test_a_request_that_waited_for_a_slot_reads_the_writes_made_meanwhile(store: Store, behind: bool) -> None:
    """A request that finds the slot taken waits. If the slot is then still older than this request's
    snapshot (``behind``: a write came before the request), it reads the store afresh, so what it returns
    (and leaves for the requests behind it) has the writes made while it waited too. If the slot is new
    enough for it, it computes nothing and returns what the slot holds (the write made while it waited
    came after it began)."""
    _fill(store, n=60)
    cache = ChunkCache(ChunkTracker(chunks=4, fine=3))
    computed: list[int] = []

    def killed(session: Session) -> int:
        def part(where: Any) -> dict[str, int]:
            computed.append(1)
            return {"k": int(session.scalar(select(func.coalesce(func.sum(Incident.killed_best), 0)).where(where)) or 0)}

        return cache.summed(session, "killed", part).get("k", 0)

    with store.session() as session:
        before = killed(session)
    if behind:
        _bump(store, 1000)
    gate = _Gate()
    slot: Any = cache._slot("killed")
    slot.lock = gate
    gate.acquire()
    seen: list[int] = []

    def reader() -> None:
        with store.session() as session:
            seen.append(killed(session))

    thread = threading.Thread(target=reader)
    computed.clear()
    thread.start()
    assert gate.waiting.wait(60)
    _bump(store, 100)
    gate.release()
    thread.join(60)
    assert seen == ([before + 1100] if behind else [before])
    assert bool(computed) == behind
    with store.session() as session:  # the next request sees every write
        assert killed(session) == before + (1100 if behind else 100)
