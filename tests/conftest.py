"""Shared fixtures: real stores on a SQLite file and on the PostgreSQL server.

PostgreSQL tests run against ``$HARMLEDGER_TEST_PG`` (default postgresql://postgres@127.0.0.1:5432/postgres),
each test session in a database of its own. When the server cannot be reached they are skipped with the
reason shown, unless ``HARMLEDGER_REQUIRE_POSTGRES=1`` (set by .ci/run), when they fail instead.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from harmledger._config import Settings
from harmledger.store import Store

PG_ADMIN_URL = os.environ.get("HARMLEDGER_TEST_PG", "postgresql://postgres@127.0.0.1:5432/postgres")
REQUIRE_PG = os.environ.get("HARMLEDGER_REQUIRE_POSTGRES") == "1"


def _pg_driver_url(url: str) -> str:
    return url.replace("postgresql://", "postgresql+psycopg://", 1)


@pytest.fixture(scope="session")
def pg_database() -> Iterator[str]:
    """A fresh PostgreSQL database for this test session; its URL (plain postgresql:// form)."""
    name = f"harmledger_test_{uuid.uuid4().hex[:10]}"
    try:
        admin = create_engine(_pg_driver_url(PG_ADMIN_URL), isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    except Exception as exc:  # noqa: BLE001 - any failure to reach the server decides skip or fail
        if REQUIRE_PG:
            pytest.fail(f"PostgreSQL is required (HARMLEDGER_REQUIRE_POSTGRES=1) but unreachable: {exc}")
        pytest.skip(f"PostgreSQL not reachable at {PG_ADMIN_URL}: {exc}")
    base = PG_ADMIN_URL.rsplit("/", 1)[0]
    yield f"{base}/{name}"
    admin.dispose()
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


def _reset_pg(url: str) -> None:
    engine = create_engine(_pg_driver_url(url), isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()


@pytest.fixture
def sqlite_store(tmp_path: Path) -> Store:
    settings = Settings(home=tmp_path / "home")
    store = Store(None, settings=settings)
    store.init()
    return store


@pytest.fixture
def pg_store(pg_database: str, tmp_path: Path) -> Iterator[Store]:
    _reset_pg(pg_database)
    settings = Settings(home=tmp_path / "home", db=pg_database)
    store = Store(pg_database, settings=settings)
    store.init()
    yield store
    store.engine.dispose()


@pytest.fixture(params=["sqlite", "postgres"])
def store(request: pytest.FixtureRequest) -> Store:
    """The same test on a real SQLite file and on the real PostgreSQL server."""
    name = "sqlite_store" if request.param == "sqlite" else "pg_store"
    return request.getfixturevalue(name)
