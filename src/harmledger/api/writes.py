"""How a request changes the store: off the event loop, in one short transaction, retried when busy.

The event loop only awaits. Every write runs in a worker thread (the write threads below) in a
transaction of its own that opens, changes, writes its audit entry and commits without ever waiting
on the loop: a transaction that held its locks across an ``await`` (or a blocking call on the loop
while another request's commit waited for the loop) hung the server for good under three analysts.

On PostgreSQL the transaction takes the audit log's advisory lock first, before any row lock, so
writers queue in one order and can never deadlock on each other; it also means a correction reads the
incident as the previous writer left it (no lost update). On SQLite ``BEGIN IMMEDIATE`` does the same
(``Store.write_session``). A write still busy after the busy timeout is a 503 with Retry-After.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import TypeVar

import anyio.to_thread
from anyio import CapacityLimiter
from fastapi import Request
from sqlalchemy.orm import Session
from starlette.types import ASGIApp, Receive, Scope, Send

from ..review import audit
from ..store.db import Store
from ..store.models import User
from .security import checked_user

T = TypeVar("T")
# Writes have a worker thread of their own: they must never wait for a thread behind dozens of slow
# reads (which share anyio's default 40). One: a write transaction holds the database's write lock (SQLite)
# or the audit log's lock (PostgreSQL) from its start to its commit, so writes run one at a time whatever
# the threads; more threads only waited at the lock (SQLite's busy handler polling) and took the
# interpreter from the reads meanwhile. The writes queue here in arrival order instead.
WRITE_THREADS = 1
# Reads first: a write waits for a moment when no read is being answered, at most this long. Analysts
# saving one correction after another could otherwise keep the one interpreter busy all the time, and every
# read would queue behind them (read p95 over 0.5 s in benchmarks/load.py). A write is never refused for it.
READS_FIRST_SECONDS = 0.5


class ReadTraffic:
    """How many reads the server is answering now, and a wait for the moment it answers none. Used on the
    event loop only (``CountReads`` counts, writes wait), so it needs no lock."""

    def __init__(self) -> None:
        self.active = 0
        self._waiters: list[asyncio.Future[None]] = []

    def started(self) -> None:
        self.active += 1

    def finished(self) -> None:
        self.active -= 1
        if not self.active:
            for waiter in self._waiters:
                if not waiter.done():
                    waiter.set_result(None)
            self._waiters.clear()

    async def quiet(self, limit: float) -> None:
        """Return when no read is being answered, or after ``limit`` seconds."""
        if not self.active:
            return
        # A future of the running loop, made per wait: the application may outlive one event loop (tests).
        waiter = asyncio.get_running_loop().create_future()
        self._waiters.append(waiter)
        try:
            await asyncio.wait_for(waiter, limit)
        except TimeoutError:
            pass


class CountReads:
    """ASGI middleware: counts the GET and HEAD requests being answered into a ``ReadTraffic``."""

    def __init__(self, app: ASGIApp, traffic: ReadTraffic) -> None:
        self.app, self.traffic = app, traffic

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in ("GET", "HEAD"):
            await self.app(scope, receive, send)
            return
        self.traffic.started()
        try:
            await self.app(scope, receive, send)
        finally:
            self.traffic.finished()


def write_limiter(request: Request) -> CapacityLimiter:
    """The application's limiter for write threads (made on first use, inside the event loop)."""
    limiter: CapacityLimiter | None = getattr(request.app.state, "write_limiter", None)
    if limiter is None:
        limiter = request.app.state.write_limiter = CapacityLimiter(WRITE_THREADS)
    return limiter


async def in_write_thread(request: Request, fn: Callable[[], T]) -> T:
    """``fn()`` in one of the write threads."""
    return await anyio.to_thread.run_sync(fn, limiter=write_limiter(request))


def _write_turn(request: Request) -> asyncio.Lock:
    turn: asyncio.Lock | None = getattr(request.app.state, "write_turn", None)
    if turn is None:
        turn = request.app.state.write_turn = asyncio.Lock()
    return turn


async def in_write_transaction(request: Request, fn: Callable[[], T]) -> T:
    """``fn()`` (a write transaction) in the write thread, once the reads being answered are done (at most
    READS_FIRST_SECONDS later). Writes take turns here in arrival order, so each one waits for quiet once."""
    traffic: ReadTraffic | None = getattr(request.app.state, "read_traffic", None)
    async with _write_turn(request):
        if traffic is not None:
            await traffic.quiet(READS_FIRST_SECONDS)
        return await in_write_thread(request, fn)


def serialise_writers(session: Session) -> None:
    """Queue this transaction behind every other writer of the audit log, before it locks any row."""
    # The lock the audit log takes anyway (re-entrant within a transaction); taken first, every writer
    # takes its locks in the same order.
    audit.lock(session)


def run_write(store: Store, work: Callable[[Session], T]) -> T:
    """``work`` in one serialised write transaction, retried while busy (blocking: call from a thread)."""

    def transaction(session: Session) -> T:
        serialise_writers(session)
        return work(session)

    return store.write(transaction)


async def write(request: Request, work: Callable[[Session, User], T], *, role: str = "editor") -> T:
    """Run ``work(session, user)`` in a worker thread, in one short write transaction, as the user the
    write guard let through (``role="admin"``: an administrator)."""
    store: Store = request.app.state.store

    def as_user(session: Session) -> T:
        return work(session, checked_user(request, session, role=role))

    return await in_write_transaction(request, lambda: run_write(store, as_user))


async def in_thread(request: Request, work: Callable[[Session], T], *, writes: bool = False) -> T:
    """Run ``work(session)`` in a worker thread with a session of its own: a read, or with ``writes`` a
    write that needs no analyst (logging in and out)."""
    store: Store = request.app.state.store
    if writes:
        return await in_write_transaction(request, lambda: run_write(store, work))

    def run() -> T:
        with store.session() as session:
            return work(session)

    return await anyio.to_thread.run_sync(run)
