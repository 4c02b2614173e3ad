#!/usr/bin/env python
"""Audit log: append rate (one entry per transaction, one writer and four at once) and verify rate, on
SQLite and, when the server is reachable, PostgreSQL.

    .venv/bin/python benchmarks/audit.py [--appends 1000] [--verify-entries 20000] [--pg postgresql://postgres@127.0.0.1:5432/postgres]

Writes benchmarks/results/audit.txt. Every entry is signed (HMAC-SHA256) and appended in its
transaction's commit under the log's lock; verify recomputes each hash and signature.
"""

from __future__ import annotations

import argparse
import platform
import tempfile
import threading
import time
import uuid
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import create_engine, text

from harmledger._config import Settings
from harmledger.review import audit
from harmledger.store import Store

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "benchmarks" / "results" / "audit.txt"


def _append(store: Store, n: int, actor: str) -> None:
    for i in range(n):
        with store.session() as session:
            audit.record(session, actor, "correct", "incident", f"inc_{i}", {"killed_best": i}, {"killed_best": i + 1})


def _timed(run: Callable[[], None]) -> float:
    started = time.perf_counter()
    run()
    return time.perf_counter() - started


def _threads(store: Store, writers: int, each: int) -> None:
    threads = [threading.Thread(target=_append, args=(store, each, f"w{n}")) for n in range(writers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


def measure(store: Store, appends: int, verify_entries: int) -> list[str]:
    lines = []
    seconds = _timed(lambda: _append(store, appends, "solo"))
    lines.append(f"  append, 1 writer:  {appends} transactions in {seconds:.2f} s = {appends / seconds:,.0f}/s")
    each = appends // 4
    seconds = _timed(lambda: _threads(store, 4, each))
    lines.append(f"  append, 4 writers: {4 * each} transactions in {seconds:.2f} s = {4 * each / seconds:,.0f}/s")
    bulk = verify_entries - appends - 4 * each
    with store.session() as session:  # the rest in one transaction, to reach the verify size quickly
        for i in range(max(0, bulk)):
            audit.record(session, "bulk", "correct", "incident", f"inc_{i}", {"killed_best": i}, {"killed_best": i + 1})
    result: list[audit.VerifyResult] = []

    def check() -> None:
        with store.session() as session:
            result.append(audit.verify(session))

    seconds = _timed(check)
    assert result[0].ok, result[0].line()
    lines.append(f"  verify: {result[0].checked} entries in {seconds:.2f} s = {result[0].checked / seconds:,.0f}/s "
                 f"({result[0].line()})")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--appends", type=int, default=1000)
    parser.add_argument("--verify-entries", type=int, default=20000)
    parser.add_argument("--pg", default="postgresql://postgres@127.0.0.1:5432/postgres")
    args = parser.parse_args()
    report = [f"# audit log benchmark ({platform.python_version()}, {platform.machine()})",
              f"# .venv/bin/python benchmarks/audit.py --appends {args.appends} --verify-entries {args.verify_entries}"]
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(None, settings=Settings(home=Path(tmp) / "home"))
        store.init()
        report += ["SQLite (WAL, file on local disk):", *measure(store, args.appends, args.verify_entries)]
        name = f"harmledger_bench_{uuid.uuid4().hex[:8]}"
        admin_url = args.pg.replace("postgresql://", "postgresql+psycopg://", 1)
        admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
        try:
            with admin.connect() as conn:
                conn.execute(text(f'CREATE DATABASE "{name}"'))
        except Exception as exc:  # noqa: BLE001 - no server: the SQLite figures stand alone
            report.append(f"PostgreSQL: skipped ({type(exc).__name__})")
        else:
            url = args.pg.rsplit("/", 1)[0] + f"/{name}"
            try:
                pg = Store(url, settings=Settings(home=Path(tmp) / "pg-home", db=url))
                pg.init()
                report += ["PostgreSQL (local server):", *measure(pg, args.appends, args.verify_entries)]
                pg.engine.dispose()
            finally:
                with admin.connect() as conn:
                    conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("\n".join(report) + "\n", encoding="utf-8")
    print("\n".join(report))


if __name__ == "__main__":
    main()
