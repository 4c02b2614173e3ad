"""Heavy reads kept per slice of the incidents (api/chunks.py): a write anywhere shows on the next read.

Two applications over one store stand for two `serve --workers` processes: each has its own caches and
learns from the database, not from its own writes, which slices changed. The chunked answers must equal
the same computation made from scratch.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from harmledger.api import queries
from harmledger.api.aggregates import facets, stats
from harmledger.api.app import create_app
from harmledger.api.chunks import ChunkTracker
from harmledger.api.filters import IncidentQuery
from harmledger.api.queries import list_incidents
from harmledger.link.incidents import record_change
from harmledger.review import audit
from harmledger.review.accounts import create_token, user_for_token
from harmledger.store import Store
from harmledger.store.models import ApiToken, Document, Incident, User, utcnow
from tests.api import sampledata


@pytest.fixture
def two_servers(store: Store) -> Iterator[tuple[Store, TestClient, TestClient, str, list[str]]]:
    ids = sampledata.build(store)
    with store.session() as session:
        analyst = session.scalar(select(User).where(User.username == "analyst"))
        assert analyst is not None
        token = create_token(session, analyst, "chunks")
    with TestClient(create_app(store)) as one, TestClient(create_app(store)) as other:
        yield store, one, other, token, sorted(set(ids["incidents"]))


def _figures(client: TestClient) -> dict[str, Any]:
    stats_ = client.get("/api/stats").json()
    map_ = client.get("/api/map").json()
    return {"killed": stats_["totals"]["killed_best"], "by_grade": stats_["by_grade"],
            "map": {f["id"]: f["properties"]["k"] for f in map_["features"]},
            "facets": client.get("/api/facets").json(), "total": client.get("/api/incidents").json()["total"]}


def _fresh(store: Store) -> dict[str, Any]:
    """The same figures computed from scratch, without any cache."""
    with store.session() as session:
        data = stats(session, IncidentQuery())
        _, total = list_incidents(session, IncidentQuery(), limit=1, offset=0)
        placed = session.execute(select(Incident.id, Incident.killed_best).where(
            Incident.deleted.is_(False), Incident.kind == "incident", Incident.lat.is_not(None))).all()
        return {"killed": data["totals"]["killed_best"], "by_grade": data["by_grade"],
                "map": {i: k or 0 for i, k in placed}, "facets": facets(session), "total": total}


def test_a_write_through_one_process_shows_in_the_other(two_servers: tuple[Store, TestClient, TestClient, str, list[str]]) -> None:
    store, one, other, token, incidents = two_servers
    assert _figures(one) == _figures(other) == _fresh(store)  # both have computed and kept every slice
    target = incidents[0]
    r = one.patch(f"/api/incidents/{target}", headers={"Authorization": f"Bearer {token}"},
                  json={"killed_best": 4321, "weapon": "drone", "reason": "checked against the source"})
    assert r.status_code == 200, r.text
    seen = _figures(other)
    assert seen["map"][target] == 4321
    assert "drone" in seen["facets"]["weapon"]
    assert seen == _fresh(store) == _figures(one)
    r = one.post(f"/api/incidents/{target}/grade", headers={"Authorization": f"Bearer {token}"},
                 json={"grade": "contested"})
    assert r.status_code == 200, r.text
    assert _figures(other) == _fresh(store)


def test_a_change_made_outside_any_server_shows(two_servers: tuple[Store, TestClient, TestClient, str, list[str]]) -> None:
    """As `harmledger process` changes incidents: no audit entry, a change trail row and a new stamp."""
    store, one, _, _, incidents = two_servers
    _figures(one)
    with store.session() as session:
        incident = session.get(Incident, incidents[-1])
        assert incident is not None
        incident.killed_best, incident.updated_at = 777, utcnow() + dt.timedelta(seconds=1)
        record_change(session, incident.id, "updated")
    assert _figures(one) == _fresh(store)
    assert _figures(one)["map"][incidents[-1]] == 777
    with store.session() as session:  # a new stamp alone (no trail row) is seen too
        incident = session.get(Incident, incidents[-1])
        assert incident is not None
        incident.killed_best, incident.updated_at = 778, utcnow() + dt.timedelta(seconds=2)
    assert _figures(one)["map"][incidents[-1]] == 778
    with store.session() as session:  # an audited review alone (no stamp, no trail row) is seen too
        incident = session.get(Incident, incidents[-1])
        assert incident is not None
        incident.killed_best = 779
        audit.record(session, "analyst", "correct", "incident", incident.id, {"killed_best": 778}, {"killed_best": 779})
    assert _figures(one)["map"][incidents[-1]] == 779


@pytest.mark.parametrize("many", [2000, 0])
def test_text_filter_lists_what_the_plain_filter_lists(two_servers: tuple[Store, TestClient, TestClient, str, list[str]],
                                                       many: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """Through the names and indexes, and (``many`` 0: every text is in too many names) the plain way."""
    monkeypatch.setattr(queries, "MANY_NAMES", many)
    store, one, _, _, incidents = two_servers
    with store.session() as session:
        names = [str(n) for (n,) in session.execute(select(Incident.place_name).where(Incident.place_name.is_not(None)))]
        titles = [t for (t,) in session.execute(select(Document.title)) if t]
    texts = [names[0], names[0].upper(), names[0][1:4].lower(), incidents[0], incidents[0][3:9], titles[0].split()[0],
             "no such place at all", "%", "_"]
    for q in texts:
        with store.session() as session:
            expected, total = list_incidents(session, IncidentQuery(q=q), limit=500, offset=0)
        got = one.get("/api/incidents", params={"q": q, "limit": 500}).json()
        assert got["total"] == total, q
        assert [i["id"] for i in got["items"]] == [i["id"] for i in expected], q


def test_slices_are_assigned_as_the_database_orders_ids(store: Store) -> None:
    sampledata.build(store)
    tracker = ChunkTracker(chunks=3)
    with store.session() as session:
        state = tracker.state(session)
        ids = list(session.scalars(select(Incident.id)))
        found = {i: [n for n in range(len(state.versions))
                     if session.scalar(select(Incident.id).where(Incident.id == i, state.where(n))) is not None]
                 for i in ids}
        assert all(len(chunks) == 1 for chunks in found.values())
        assert tracker._chunks_of(session, set(ids)) == {c[0] for c in found.values()}


def test_a_token_is_stamped_at_most_once_a_minute(sqlite_store: Store) -> None:
    ids = sampledata.build(sqlite_store)
    with sqlite_store.session() as session:
        user = session.scalar(select(User).where(User.username == "analyst"))
        assert user is not None
        token = create_token(session, user, "stamp")
    client = TestClient(create_app(sqlite_store))
    headers = {"Authorization": f"Bearer {token}"}
    page = f"/api/incidents/{ids['incidents'][0]}"  # a read that asks who is reading (restricted sources)

    def stamp() -> dt.datetime | None:
        with sqlite_store.session() as session:
            return session.scalar(select(ApiToken.last_used_at).where(ApiToken.name == "stamp"))

    assert client.get(page, headers=headers).status_code == 200
    first = stamp()
    assert first is not None
    assert client.get(page, headers=headers).status_code == 200
    assert stamp() == first  # the second request within the minute wrote nothing
    with sqlite_store.session() as session:
        row = session.scalar(select(ApiToken).where(ApiToken.name == "stamp"))
        assert row is not None
        row.last_used_at = first - dt.timedelta(minutes=2)
    assert client.get(page, headers=headers).status_code == 200
    later = stamp()
    assert later is not None and later >= first
    with sqlite_store.session() as session:  # the library's default (the CLI's) still stamps every use
        user_for_token(session, token)
    assert stamp() != later
