"""Store.write: one short write transaction that waits for other writers (off the caller's event loop),
is run again when the database was busy, gives up with StoreBusyError, and never puts SQL in a message."""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import select, text

from harmledger._config import Settings
from harmledger._errors import StoreBusyError, StoreError
from harmledger.store import Store
from harmledger.store.models import Meta


def _store(tmp_path: Path, busy: float) -> Store:
    store = Store(None, settings=Settings(home=tmp_path / "home", db_busy_timeout=busy))
    store.init()
    return store


def _hold_write_lock(store: Store, seconds: float) -> threading.Thread:
    held = threading.Event()

    def hold() -> None:
        connection = sqlite3.connect(store.url[len("sqlite:///"):], isolation_level=None)
        connection.execute("BEGIN IMMEDIATE")
        held.set()
        time.sleep(seconds)
        connection.execute("COMMIT")
        connection.close()

    thread = threading.Thread(target=hold)
    thread.start()
    held.wait(10)
    return thread


def test_a_write_waits_for_another_writer_and_then_lands(tmp_path: Path) -> None:
    store = _store(tmp_path, busy=10)
    holder = _hold_write_lock(store, 0.5)
    assert store.write(lambda s: s.add(Meta(key="k", value="v"))) is None
    holder.join()
    with store.session() as session:
        assert session.get(Meta, "k") is not None


def test_a_write_that_cannot_get_the_lock_is_busy_and_changes_nothing(tmp_path: Path) -> None:
    store = _store(tmp_path, busy=0.3)
    holder = _hold_write_lock(store, 2)
    with pytest.raises(StoreBusyError) as info:
        store.write(lambda s: s.add(Meta(key="k", value="v")))
    holder.join()
    assert info.value.code == "E023" and "try again" in info.value.message
    with store.session() as session:
        assert session.get(Meta, "k") is None


def test_a_busy_attempt_is_run_again_from_the_start(tmp_path: Path) -> None:
    store = _store(tmp_path, busy=5)
    calls: list[int] = []

    def work(session: object) -> str:
        calls.append(1)
        if len(calls) == 1:
            raise StoreBusyError("simulated: another writer won")
        session.add(Meta(key="k", value=str(len(calls))))  # type: ignore[attr-defined]
        return "done"

    assert store.write(work) == "done"
    assert len(calls) == 2
    with store.session() as session:
        assert session.scalar(select(Meta.value).where(Meta.key == "k")) == "2"


def test_a_failed_write_is_rolled_back_whole(store: Store) -> None:
    def work(session: object) -> None:
        session.add(Meta(key="half", value="done"))  # type: ignore[attr-defined]
        session.flush()  # type: ignore[attr-defined]
        raise ValueError("the rest failed")

    with pytest.raises(ValueError):
        store.write(work)
    with store.session() as session:
        assert session.get(Meta, "half") is None


def test_database_errors_carry_the_reason_but_no_sql(store: Store) -> None:
    with pytest.raises(StoreError) as info:
        with store.session() as session:
            session.execute(text("SELECT no_such_column FROM meta WHERE key = :key"), {"key": "hidden-value"})
    message = info.value.message
    assert "no_such_column" in message  # the driver's reason stays, for the CLI and the log
    assert "SELECT" not in message and "hidden-value" not in message and "[SQL" not in message
