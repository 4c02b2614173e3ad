"""Search time with the Arabic key: generated Arabic and English reports in SQLite and PostgreSQL.

    .venv/bin/python benchmarks/search.py [--docs 5000] [--pg postgresql://postgres@127.0.0.1:5432/postgres]

Stores ``--docs`` reports (half Arabic, half English, about 1.5 KB each), then times
``harmledger.api.search.search_documents`` for a few queries, place names expanded with the shipped
gazetteer's spellings as the API does (the first search builds the index of keys, FTS5 on SQLite,
a tsvector table on PostgreSQL: timed apart). On PostgreSQL the same searches are also timed with the
planner kept off the GIN index (the table read whole), to show what the index saves and that it finds
the same documents: the planner reads the index for a word in few documents (``1234``, one report's
title) and the table for common words. Appends to benchmarks/results/search.txt and prints the run.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import platform
import random
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, insert, text

from harmledger._config import Settings
from harmledger.api.search import search_documents
from harmledger.api.search_index import KEY_VERSION
from harmledger.store import Store
from harmledger.store.models import Document

RESULTS = Path(__file__).parent / "results" / "search.txt"
QUERIES = ["إدلب", "مدرسة", "قُتِلَ أطفال", "بالمستشفى", "النازحين", "market", "Idlib airstrike", "1234"]
AR_PLACES = ["إدلب", "أريحا", "سراقب", "دوما", "حلب", "معرة النعمان"]
AR_TARGETS = ["مدرسة", "مستشفى", "سوق شعبي", "مخيم للنازحين", "مخبز"]
EN_PLACES = ["Idlib", "Ariha", "Saraqib", "Douma", "Aleppo", "Maarat al-Numan"]
EN_TARGETS = ["a school", "a hospital", "a market", "a camp for displaced people", "a bakery"]


def _report(rng: random.Random, i: int) -> str:
    if i % 2:
        place, target = rng.choice(AR_PLACES), rng.choice(AR_TARGETS)
        sentence = (f"قُتِلَ {rng.randint(2, 60)} مدنياً بينهم أطفال في غارة جوية على {target} في مدينة {place} يوم "
                    f"الثلاثاء، وأصيب آخرون بجروح، بحسب الدفاع المدني. ")
    else:
        place, target = rng.choice(EN_PLACES), rng.choice(EN_TARGETS)
        sentence = (f"At least {rng.randint(2, 60)} civilians, including children, were killed when an airstrike "
                    f"hit {target} in {place} on Tuesday, the civil defence said. ")
    return f"Report {i}\n\n" + sentence * 8


def _fill(store: Store, n: int) -> None:
    rng = random.Random(7)
    rows = []
    for i in range(n):
        body = _report(rng, i)
        digest = hashlib.sha256(f"{i}{body}".encode()).hexdigest()
        rows.append({"id": f"doc-{i}", "sha256": digest, "text_sha256": digest, "title": f"Report {i}", "text": body,
                     "body_offset": len(f"Report {i}") + 2, "published": dt.date(2017, 4, 4), "origin": "bench",
                     "media_type": "text/plain", "size": len(body), "restricted": False, "status": "ingested",
                     "meta": {}, "ingested_at": dt.datetime(2020, 1, 1)})
    with store.session() as session:
        for i in range(0, n, 1000):
            session.execute(insert(Document), rows[i : i + 1000])


def _time(fn: Any, repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _without_index(session: Any, q: str) -> tuple[float, int]:
    session.execute(text("SET enable_bitmapscan = off"))
    session.execute(text("SET enable_indexscan = off"))
    try:
        total = search_documents(session, q, geocoder=None)[1]
        return _time(lambda: search_documents(session, q, geocoder=None)), total
    finally:
        session.execute(text("RESET enable_bitmapscan"))
        session.execute(text("RESET enable_indexscan"))


def run(store: Store, n: int, label: str) -> list[str]:
    _fill(store, n)
    lines = []
    with store.session() as session:
        start = time.perf_counter()
        _, total = search_documents(session, QUERIES[0], geocoder=None)
        first = time.perf_counter() - start
        lines.append(f"{label}: {n} documents, first search {first * 1000:.0f} ms ({total} found)")
        for q in QUERIES:
            _, total = search_documents(session, q, geocoder=None)
            ms = _time(lambda q=q: search_documents(session, q, geocoder=None)) * 1000
            line = f"  {q!r}: {ms:.0f} ms, {total} found"
            if label == "postgresql":
                plain, found = _without_index(session, q)
                line += f" (without the GIN index: {plain * 1000:.0f} ms, {found} found)"
            lines.append(line)
    return lines


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--docs", type=int, default=5000)
    parser.add_argument("--pg", default="postgresql://postgres@127.0.0.1:5432/postgres")
    args = parser.parse_args()
    lines = [f"search benchmark, {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC, key version {KEY_VERSION}, Python {platform.python_version()}, {platform.machine()}"]
    with tempfile.TemporaryDirectory() as home:
        store = Store(None, settings=Settings(home=Path(home)))
        store.init()
        lines += run(store, args.docs, "sqlite")
    name = f"hl_bench_{uuid.uuid4().hex[:8]}"
    admin = create_engine(args.pg.replace("postgresql://", "postgresql+psycopg://", 1), isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    except Exception as exc:  # noqa: BLE001 - a benchmark says why it skipped
        lines.append(f"postgresql: skipped ({exc.__class__.__name__}: {exc})")
    else:
        url = args.pg.rsplit("/", 1)[0] + f"/{name}"
        try:
            with tempfile.TemporaryDirectory() as home:
                store = Store(url, settings=Settings(home=Path(home), db=url))
                store.init()
                lines += run(store, args.docs, "postgresql")
                store.engine.dispose()
        finally:
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    with RESULTS.open("a", encoding="utf-8") as out:
        out.write("\n" + "\n".join(lines) + "\n")
    sys.stdout.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
