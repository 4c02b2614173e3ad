"""Ingest throughput: 10,000 generated text documents into SQLite and into PostgreSQL.

    .venv/bin/python benchmarks/ingest.py [--docs 10000] [--pg postgresql://postgres@127.0.0.1:5432/postgres]

Writes documents per second for each database to benchmarks/results/ingest.txt and prints them.
Times the library call (``harmledger.ingest.ingest`` over a folder of files), as the command does,
without process start-up. PostgreSQL is skipped, with the reason written, when it cannot be reached.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import sys
import tempfile
import time
import uuid
from pathlib import Path

from sqlalchemy import create_engine, text

from harmledger._config import Settings
from harmledger.ingest import ingest
from harmledger.store import Store

RESULTS = Path(__file__).parent / "results" / "ingest.txt"

PLACES = ["Idlib", "Aleppo", "Douma", "Maarat al-Numan", "Khan Sheikhoun", "Saraqib", "Ariha", "Deir ez-Zor", "Raqqa"]
WEAPONS = ["airstrike", "barrel bomb", "artillery shelling", "rocket attack", "car bomb", "drone strike"]
TARGETS = ["a market", "a school", "a hospital", "a bakery", "a camp for displaced people", "a residential building"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October"]


def make_corpus(folder: Path, n: int, seed: int = 7) -> None:
    """``n`` distinct report-like text files of about 1 KB, 100 to a folder."""
    rng = random.Random(seed)
    for i in range(n):
        sub = folder / f"{i // 100:04d}"
        sub.mkdir(parents=True, exist_ok=True)
        place, weapon, target = rng.choice(PLACES), rng.choice(WEAPONS), rng.choice(TARGETS)
        day, month, year = rng.randint(1, 28), rng.choice(MONTHS), rng.randint(2012, 2020)
        killed, injured = rng.randint(1, 60), rng.randint(0, 120)
        body = (
            f"{place}, {day} {month} {year} - At least {killed} civilians were killed and {injured} injured "
            f"when a {weapon} hit {target} in {place} on Tuesday, local rescuers said. "
            f"Report number {i}. " + " ".join(
                f"Witnesses said the {weapon} struck shortly after noon, and that rescue teams searched the rubble "
                f"for survivors until late in the evening (paragraph {k})." for k in range(5)
            )
        )
        (sub / f"report-{i:05d}.txt").write_text(body, encoding="utf-8")


def make_jsonl(folder: Path, path: Path) -> Path:
    with path.open("w", encoding="utf-8") as out:
        for i, file in enumerate(sorted(folder.rglob("*.txt"))):
            out.write(json.dumps({"id": f"doc-{i}", "text": file.read_text(encoding="utf-8")}) + "\n")
    return path


def run(store: Store, folder: Path, *, expect_new: bool = True) -> tuple[float, int]:
    start = time.perf_counter()
    report = ingest(store, [str(folder)])  # a folder of files, or a corpus file
    elapsed = time.perf_counter() - start
    if report.failed or (report.added == 0) == expect_new:
        raise SystemExit(f"benchmark run failed: {report.summary()}")
    return elapsed, len(report.results)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--pg", default=os.environ.get("HARMLEDGER_TEST_PG", "postgresql://postgres@127.0.0.1:5432/postgres"))
    parser.add_argument("--all-cores", action="store_true", help="Do not pin the process to one CPU.")
    args = parser.parse_args()
    if not args.all_cores and hasattr(os, "sched_setaffinity"):
        # The target is per core: pin to one, as the database server (PostgreSQL) runs apart anyway.
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    lines = [
        f"ingest benchmark, {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}",
        f"{args.docs} text documents of about 1 KB, one file each; one process"
        f" ({'on all cores' if args.all_cores else 'pinned to one core'}) on {platform.machine()},"
        f" Python {platform.python_version()}, load average before the run {os.getloadavg()[0]:.1f}"
        f" on {os.cpu_count()} CPUs",
    ]
    with tempfile.TemporaryDirectory(prefix="harmledger-bench-") as tmp:
        root = Path(tmp)
        make_corpus(root / "corpus", args.docs)

        store = Store(None, settings=Settings(home=root / "sqlite"))
        store.init()
        elapsed, added = run(store, root / "corpus")
        lines.append(f"sqlite:     {added / elapsed:8.0f} docs/s  ({added} docs in {elapsed:.1f} s)")
        elapsed, _ = run(store, root / "corpus", expect_new=False)
        lines.append(f"sqlite re-ingest (all duplicates): {args.docs / elapsed:8.0f} docs/s")
        corpus = make_jsonl(root / "corpus", root / "corpus.jsonl")
        store = Store(None, settings=Settings(home=root / "sqlite-jsonl"))
        store.init()
        elapsed, added = run(store, corpus)
        lines.append(f"sqlite, the same as one JSON Lines corpus: {added / elapsed:8.0f} docs/s")

        name = f"harmledger_bench_{uuid.uuid4().hex[:8]}"
        admin_url = args.pg.replace("postgresql://", "postgresql+psycopg://", 1)
        try:
            admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
            with admin.connect() as conn:
                conn.execute(text(f'CREATE DATABASE "{name}"'))
        except Exception as exc:  # noqa: BLE001 - any failure means no PostgreSQL figure
            lines.append(f"postgresql: not measured ({type(exc).__name__}: {str(exc).splitlines()[0]})")
        else:
            url = f"{args.pg.rsplit('/', 1)[0]}/{name}"
            try:
                pg = Store(url, settings=Settings(home=root / "pg", db=url))
                pg.init()
                elapsed, added = run(pg, root / "corpus")
                lines.append(f"postgresql: {added / elapsed:8.0f} docs/s  ({added} docs in {elapsed:.1f} s)")
                pg.engine.dispose()
            finally:
                with admin.connect() as conn:
                    conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
                admin.dispose()
    output = "\n".join(lines) + "\n"
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(output, encoding="utf-8")
    sys.stdout.write(output)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
