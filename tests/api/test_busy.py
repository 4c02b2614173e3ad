"""When another writer holds the database: reads go on, the write waits off the event loop, and a write
that truly cannot go through is a 503 ``busy`` with Retry-After and no SQL; other database errors are a
503 without SQL too (the detail goes to the server log)."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest
from sqlalchemy import select, text

from harmledger._config import Settings
from harmledger.review import actions, audit
from harmledger.review.accounts import create_token
from harmledger.store import Store
from harmledger.store.models import User
from tests.api import sampledata
from tests.api.apiclient import make_client

SQL_WORDS = ("SELECT", "UPDATE", "INSERT", "FROM incidents", "audit_log", "[SQL", "parameters")


def _analyst_token(store: Store) -> str:
    with store.session() as session:
        analyst = session.scalar(select(User).where(User.username == "analyst"))
        assert analyst is not None
        return create_token(session, analyst, "busy-test")


@pytest.fixture
def quick_store(tmp_path: Path) -> Store:
    """A SQLite store whose writes give up after half a second."""
    store = Store(None, settings=Settings(home=tmp_path / "home", db_busy_timeout=0.5))
    store.init()
    sampledata.build(store)
    return store


def test_a_write_that_cannot_get_the_database_is_a_clean_503_with_retry_after(quick_store: Store) -> None:
    token = _analyst_token(quick_store)
    app_client = make_client(quick_store)  # (creating the app writes the session key)
    # Another process's writer holds SQLite's write lock past the busy timeout.
    holder = sqlite3.connect(quick_store.url[len("sqlite:///"):], isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with app_client as client:
            r = client.patch("/api/incidents/inc_qah", json={"reason": "checked against the source", "killed_best": 99},
                             headers={"Authorization": f"Bearer {token}"})
            assert r.status_code == 503, r.text
            error = r.json()["error"]
            assert error["code"] == "busy" and error["ref"] == "E023" and error["status"] == 503
            assert int(r.headers["Retry-After"]) > 0
            assert not any(word in r.text for word in SQL_WORDS), r.text
            # Reads are not held up by the writer (WAL).
            assert client.get("/api/incidents/inc_qah").status_code == 200
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    with make_client(quick_store) as client:  # the lock is free: the same write goes through
        r = client.patch("/api/incidents/inc_qah", json={"reason": "checked against the source", "killed_best": 99}, headers={"Authorization": f"Bearer {token}"})
        assert r.status_code == 200, r.text
        assert r.json()["casualties"]["killed"]["best"] == 99


def test_a_waiting_write_does_not_hold_up_reads(tmp_path: Path) -> None:
    """The write waits for the lock in a worker thread; meanwhile the event loop serves a read."""
    store = Store(None, settings=Settings(home=tmp_path / "home", db_busy_timeout=20))
    store.init()
    sampledata.build(store)
    token = _analyst_token(store)
    app_client = make_client(store)
    holder = sqlite3.connect(store.url[len("sqlite:///"):], isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    result: dict[str, int] = {}
    with app_client as client:
        def write() -> None:
            r = client.patch("/api/incidents/inc_qah", json={"reason": "checked against the source", "injured_best": 5},
                             headers={"Authorization": f"Bearer {token}"})
            result["write"] = r.status_code

        writer = threading.Thread(target=write)
        writer.start()
        try:
            writer.join(0.5)
            assert writer.is_alive(), "the write should be waiting for the lock"
            assert client.get("/api/incidents?limit=2").status_code == 200
            assert client.get("/api/health").status_code == 200
            assert writer.is_alive(), "the read was served while the write was still waiting"
        finally:
            holder.execute("ROLLBACK")
            holder.close()
            writer.join(30)
    assert result == {"write": 200}


def test_a_database_error_is_a_503_without_sql(filled: Store, monkeypatch: pytest.MonkeyPatch,
                                               caplog: pytest.LogCaptureFixture) -> None:
    token = _analyst_token(filled)

    def broken(session: object, *args: object, **kwargs: object) -> None:
        session.execute(text("SELECT secret_column FROM incidents WHERE id = :id"), {"id": "x"})  # type: ignore[attr-defined]

    monkeypatch.setattr(actions, "confirm", broken)
    with make_client(filled) as client:
        r = client.post("/api/incidents/inc_qah/confirm", headers={"Authorization": f"Bearer {token}"})
    assert r.status_code == 503
    error = r.json()["error"]
    assert error["code"] == "unavailable" and error["ref"] == "E020"
    assert "secret_column" not in r.text and not any(word in r.text for word in SQL_WORDS), r.text
    assert "secret_column" in caplog.text  # the server log has the detail


def test_a_busy_postgresql_write_is_a_503_with_retry_after(pg_store: Store) -> None:
    """Another session holding the audit log's lock past the busy timeout: refused cleanly, not hung."""
    sampledata.build(pg_store)
    token = _analyst_token(pg_store)
    store = Store(pg_store.url, settings=pg_store.settings.model_copy(update={"db_busy_timeout": 0.5}))
    with pg_store.session() as holder:  # an open transaction holding the log's lock
        audit.lock(holder)
        with make_client(store) as client:
            r = client.patch("/api/incidents/inc_qah", json={"reason": "checked against the source", "killed_best": 7},
                             headers={"Authorization": f"Bearer {token}"})
            assert r.status_code == 503, r.text
            assert r.json()["error"]["code"] == "busy" and "Retry-After" in r.headers
            assert not any(word in r.text for word in SQL_WORDS), r.text
    with make_client(store) as client:
        r = client.patch("/api/incidents/inc_qah", json={"reason": "checked against the source", "killed_best": 7}, headers={"Authorization": f"Bearer {token}"})
        assert r.status_code == 200, r.text
