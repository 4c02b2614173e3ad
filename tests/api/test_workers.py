"""`harmledger serve --workers 2` on SQLite and PostgreSQL: a correction saved through whichever process
takes it is in the next read through any of them (statistics, map, facets, list, incident page), and the
audit log still verifies. It measures nothing: speed is benchmarks/load.py's job."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from sqlalchemy import select

from harmledger.review.accounts import create_token
from harmledger.store import Store
from harmledger.store.models import User
from tests.api import sampledata
from tests.web.serverproc import Server, start_server

pytestmark = pytest.mark.slow
READS = 12  # fresh connections per check: the kernel hands them to both processes


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(stat[1]) == pid:
                found.append(int(entry.name))
    return found


@pytest.fixture(params=["sqlite", "postgres"])
def served(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[Store, Server, list[str], str]]:
    store: Store = request.getfixturevalue("sqlite_store" if request.param == "sqlite" else "pg_store")
    ids = sampledata.build(store)
    with store.session() as session:
        analyst = session.scalar(select(User).where(User.username == "analyst"))
        assert analyst is not None
        token = create_token(session, analyst, "workers")
    server = start_server(store.settings.home, db=None if store.dialect == "sqlite" else store.url, log_dir=tmp_path,
                          extra_args=["--workers", "2"])
    try:
        yield store, server, sorted(set(ids["incidents"])), token
    finally:
        server.stop()


def _read_everywhere(base: str, incident: str) -> list[tuple[int, int, bool, int, int | None]]:
    """What READS separate connections see of the incident: its map toll, the statistics' total, whether
    its weapon is among the facets, the list's total and its page's toll."""
    seen = []
    for _ in range(READS):
        with httpx.Client(base_url=base, timeout=60) as client:  # a new connection each time
            features = {f["id"]: f["properties"]["k"] for f in client.get("/api/map").json()["features"]}
            totals = client.get("/api/stats").json()["totals"]
            weapons = client.get("/api/facets").json()["weapon"]
            listed = client.get("/api/incidents").json()["total"]
            page = client.get(f"/api/incidents/{incident}").json()
            seen.append((features.get(incident, -1), totals["killed_best"], "drone" in weapons, listed,
                         page["casualties"]["killed"]["best"]))
    return seen


def test_a_write_through_one_process_is_read_through_every_other(served: tuple[Store, Server, list[str], str]) -> None:
    store, server, incidents, token = served
    assert len(_children(server.proc.pid)) >= 2, server.stderr()
    target = incidents[0]
    before = _read_everywhere(server.base, target)  # every process has computed and cached its answers
    assert len(set(before)) == 1, before
    headers = {"Authorization": f"Bearer {token}"}
    with httpx.Client(base_url=server.base, timeout=60) as client:
        r = client.patch(f"/api/incidents/{target}", headers=headers,
                         json={"killed_best": 4321, "weapon": "drone", "reason": "checked against the source"})
        assert r.status_code == 200, r.text
    after = _read_everywhere(server.base, target)
    assert len(set(after)) == 1, after  # no process answered from before the write
    toll, total, drone, listed, page = after[0]
    assert toll == page == 4321 and drone
    assert total == before[0][1] - (before[0][4] or 0) + 4321
    assert listed == before[0][3]

    env = {**os.environ, "HARMLEDGER_HOME": str(store.settings.home)}
    env.pop("HARMLEDGER_DB", None)
    args = [sys.executable, "-m", "harmledger.cli", "audit", "verify"] + ([] if store.dialect == "sqlite" else ["--db", store.url])
    verified = subprocess.run(args, env=env, capture_output=True, text=True, timeout=300)
    assert verified.returncode == 0, verified.stdout + verified.stderr
