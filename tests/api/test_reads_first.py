"""Reads first: a write waits for a moment when the server answers no read (at most READS_FIRST_SECONDS),
so analysts saving corrections back to back cannot keep every reader queueing behind them."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import pytest
from sqlalchemy import select
from starlette.types import Message, Receive, Scope, Send

from harmledger._config import Settings
from harmledger.api import writes
from harmledger.api.writes import CountReads, ReadTraffic
from harmledger.review.accounts import create_token
from harmledger.store import Store
from harmledger.store.models import User
from tests.api import sampledata
from tests.api.apiclient import make_client


def test_quiet_returns_at_once_when_no_read_is_answered() -> None:
    async def main() -> float:
        traffic = ReadTraffic()
        start = time.perf_counter()
        await traffic.quiet(5)
        return time.perf_counter() - start

    assert asyncio.run(main()) < 1


def test_quiet_waits_for_the_last_read_to_finish() -> None:
    async def main() -> list[str]:
        traffic = ReadTraffic()
        events: list[str] = []
        traffic.started()
        traffic.started()

        async def write() -> None:
            await traffic.quiet(5)
            events.append("write")

        task = asyncio.create_task(write())
        await asyncio.sleep(0.01)
        traffic.finished()
        events.append("one read done")
        await asyncio.sleep(0.01)
        traffic.finished()
        events.append("both reads done")
        await task
        return events

    assert asyncio.run(main()) == ["one read done", "both reads done", "write"]


def test_quiet_gives_up_after_its_limit_when_reads_never_stop() -> None:
    async def main() -> float:
        traffic = ReadTraffic()
        traffic.started()
        start = time.perf_counter()
        await traffic.quiet(0.2)
        return time.perf_counter() - start

    assert 0.2 <= asyncio.run(main()) < 5


def test_the_middleware_counts_gets_and_heads_until_their_answer_is_sent() -> None:
    seen: list[tuple[str, int]] = []

    async def endpoint(scope: Scope, receive: Receive, send: Send) -> None:
        seen.append((scope["method"], traffic.active))
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b"ok"})

    traffic = ReadTraffic()
    app = CountReads(endpoint, traffic)

    async def call(method: str) -> None:
        async def receive() -> Message:
            return {"type": "http.request", "body": b""}

        async def send(message: Message) -> None:
            pass

        await app({"type": "http", "method": method, "path": "/"}, receive, send)

    for method in ("GET", "HEAD", "PATCH", "POST"):
        asyncio.run(call(method))
    assert seen == [("GET", 1), ("HEAD", 1), ("PATCH", 0), ("POST", 0)]
    assert traffic.active == 0


def test_a_write_waits_while_a_read_is_answered_and_then_lands(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = Store(None, settings=Settings(home=tmp_path / "home"))
    store.init()
    sampledata.build(store)
    with store.session() as session:
        analyst = session.scalar(select(User).where(User.username == "analyst"))
        assert analyst is not None
        token = create_token(session, analyst, "reads-first")
    monkeypatch.setattr(writes, "READS_FIRST_SECONDS", 0.6)
    headers = {"Authorization": f"Bearer {token}"}
    with make_client(store) as client:
        traffic: ReadTraffic = client.app.state.read_traffic  # type: ignore[attr-defined]
        traffic.started()  # a read that never ends: the write waits its whole turn
        start = time.perf_counter()
        r = client.patch("/api/incidents/inc_qah", json={"reason": "checked", "killed_best": 41}, headers=headers)
        held = time.perf_counter() - start
        traffic.finished()
        assert r.status_code == 200, r.text
        assert held >= 0.6
        start = time.perf_counter()
        r = client.patch("/api/incidents/inc_qah", json={"reason": "checked", "killed_best": 42}, headers=headers)
        assert r.status_code == 200, r.text
        assert time.perf_counter() - start < held
        assert client.get("/api/incidents/inc_qah").json()["casualties"]["killed"]["best"] == 42
