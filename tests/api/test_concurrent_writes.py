"""Analysts saving corrections at the same time, against a real `harmledger serve`, on SQLite and on
PostgreSQL: every write lands (none lost to another, none refused), the audit log verifies, and the
server still stops on SIGTERM.

Three analysts saving at once hung the PostgreSQL server for good and froze the SQLite one; this is the
regression test. It measures nothing: speed is benchmarks/load.py's job.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select

from harmledger.review.accounts import create_token
from harmledger.store import Store
from harmledger.store.models import AuditEntry, User
from tests.api import sampledata
from tests.web.serverproc import Server, start_server

pytestmark = pytest.mark.slow

# One field per writer, so the writers' corrections of one incident must all survive each other.
FIELDS = ("killed_best", "injured_best", "civilians_killed", "place_name")
ROUNDS = 6  # corrections per writer per incident


def _value(field: str, writer: int, round_: int) -> Any:
    return f"Place {writer}-{round_}" if field == "place_name" else 1000 * (writer + 1) + round_


def _body(field: str, writer: int, round_: int) -> dict[str, Any]:
    """A correction as the API takes it: with a reason, and a new place with its point."""
    point = {"lat": 36.0, "lon": 37.0} if field == "place_name" else {}
    return {"reason": "checked against the source", field: _value(field, writer, round_), **point}


@pytest.fixture(params=["sqlite", "postgres"])
def served(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[Store, Server, list[str], list[str]]]:
    store: Store = request.getfixturevalue("sqlite_store" if request.param == "sqlite" else "pg_store")
    ids = sampledata.build(store)
    tokens = []
    with store.session() as session:
        analyst = session.scalar(select(User).where(User.username == "analyst"))
        admin = session.scalar(select(User).where(User.username == "admin"))
        assert analyst is not None and admin is not None
        for i in range(len(FIELDS)):
            tokens.append(create_token(session, analyst if i % 2 == 0 else admin, f"writer{i}"))
    db = None if store.dialect == "sqlite" else store.url
    server = start_server(store.settings.home, db=db, log_dir=tmp_path)
    try:
        yield store, server, sorted(set(ids["incidents"])), tokens
    finally:
        server.stop()


def _writer(base: str, token: str, writer: int, incidents: list[str]) -> list[tuple[str, int, str]]:
    """Every correction of one analyst, one after another; the failures as (incident, status, body)."""
    failures = []
    field = FIELDS[writer]
    with httpx.Client(base_url=base, headers={"Authorization": f"Bearer {token}"}, timeout=120) as client:
        for round_ in range(ROUNDS):
            for incident in incidents:
                r = client.patch(f"/api/incidents/{incident}", json=_body(field, writer, round_))
                if r.status_code != 200:
                    failures.append((incident, r.status_code, r.text[:300]))
    return failures


def test_concurrent_corrections_all_land_and_the_audit_log_verifies(
        served: tuple[Store, Server, list[str], list[str]]) -> None:
    store, server, incidents, tokens = served
    with store.session() as session:
        before = session.scalar(select(func.count()).select_from(AuditEntry)) or 0

    with ThreadPoolExecutor(len(tokens)) as pool:
        results = list(pool.map(lambda w: _writer(server.base, tokens[w], w, incidents), range(len(tokens))))
    failures = [f for r in results for f in r]
    assert failures == [], f"writes refused: {failures[:5]}\nserver stderr:\n{server.stderr()[-2000:]}"

    # No lost update: each writer's last value of its own field is on every incident.
    with httpx.Client(base_url=server.base, headers={"Authorization": f"Bearer {tokens[0]}"}, timeout=60) as client:
        for incident in incidents:
            r = client.get(f"/api/incidents/{incident}")
            assert r.status_code == 200, r.text
            overrides = r.json()["overrides"]
            for writer, field in enumerate(FIELDS):
                assert overrides.get(field) == _value(field, writer, ROUNDS - 1), (incident, field, overrides)

    with store.session() as session:
        after = session.scalar(select(func.count()).select_from(AuditEntry)) or 0
    assert after - before == len(FIELDS) * ROUNDS * len(incidents)

    env = {**os.environ, "HARMLEDGER_HOME": str(store.settings.home)}
    env.pop("HARMLEDGER_DB", None)
    args = [sys.executable, "-m", "harmledger.cli", "audit", "verify"]
    if store.dialect != "sqlite":
        args += ["--db", store.url]
    verified = subprocess.run(args, env=env, capture_output=True, text=True, timeout=300)
    assert verified.returncode == 0, verified.stdout + verified.stderr

