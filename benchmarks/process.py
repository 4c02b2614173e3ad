#!/usr/bin/env python
"""`harmledger process` end to end on generated reports: locally and on a Dask LocalCluster.

    .venv/bin/python benchmarks/process.py                          # 1,000 and 10,000 reports, local and 2 workers
    .venv/bin/python benchmarks/process.py --sizes 1000 --modes local
    .venv/bin/python benchmarks/process.py --sizes 100000 --no-link     # extraction and storing only
    .venv/bin/python benchmarks/process.py --sizes 10000 --db postgresql+psycopg://postgres@127.0.0.1:5432/hl_bench

Each (size, mode) runs in a child process on a fresh store (SQLite in a temporary folder, or the
PostgreSQL database given with --db, dropped and created again), filled beforehand with generated
reports (not timed). The child runs `process_pending` and reports, measured in that one run:
the wall time and docs/s; the part spent storing (inside `save_batch`) and linking; the CPU seconds of
the process that writes (the "main" process, whose CPU the workers need on a small machine) and of its
children (the Dask workers); the peak resident memory of the main process and of the largest worker.
The ratio local/dask of each size compares two runs of this one invocation. Results are appended to
benchmarks/results/process.txt.

Generated reports: events over 2012-2020 at towns and villages of the shipped gazetteer, each told by
1-5 reports (different outlets, templates and wording, published 0-2 days later), each report a lead
sentence with the weapon, place, date and toll, and 6-12 sentences of background (about 130 words in all)
made of varied parts, so that reports of different events are not near-copies of each other. Stock
phrases shared by many reports make the linker's near-copy test compare many pairs (docs/scale.md): real
archives have them, so the linking column is a lower bound.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import hashlib
import json
import os
import platform
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, cast

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "benchmarks" / "results" / "process.txt"

WEAPONS = ["airstrikes", "shelling", "rockets", "missiles", "barrels", "mortars", "drones", "bombing", "artillery",
           "gunfire", "warplanes", "helicopters"]
PERPS = ["Syrian", "Russian", "coalition", "Turkish", "regime", "unidentified", "government", "foreign"]
OUTLETS = ["Reuters", "AFP", "SOHR", "SNHR", "Horan", "Baladi", "AP", "Jazeera", "Orient", "Smart"]
PEOPLE = ["people", "civilians", "residents", "villagers", "persons", "inhabitants"]
DIED = ["died", "perished", "killed", "dead"]
HURT = ["wounded", "injured", "hurt", "maimed"]
WHEN = ["when", "as", "after", "once", "while"]
HIT = ["hit", "struck", "pounded", "targeted", "shelled", "raided", "bombarded"]
SAID = ["said", "reported", "stated", "wrote", "announced", "confirmed"]
# A slot at least every fourth word, and a number or a date right after the governorate's name (some are
# three words): the near-copy test compares four-word shingles, and a stock phrase in most reports
# would make every report a near-copy candidate of every other (see docs/scale.md).
LEADS = [
    "{k} {people} {died} and {i} {hurt} {when} {perp} {weapon} {hit} {town}, {gov}, {date}, {src} {said}.",
    "{src} {said} {perp} {weapon} {hit} {town}, {gov}, {date}: {k} {people} {died} ({c} children).",
    "On {date} {perp} {weapon} {hit} {town}, {gov}, {k} {people} {died} and {i} {hurt}, {src} {said}.",
]
FIRST = ["Ahmad", "Mohammed", "Fatima", "Huda", "Omar", "Khaled", "Rania", "Samer", "Yusuf", "Layla", "Hassan", "Mariam",
         "Bilal", "Nour", "Tariq", "Amal", "Ziad", "Salma", "Rami", "Dima", "Walid", "Hiba", "Fadi", "Rasha"]
LAST = ["Hassan", "Khalil", "Darwish", "Ali", "Haddad", "Mansour", "Saleh", "Qasim", "Nasser", "Younes", "Abboud",
        "Shami", "Kurdi", "Hamwi", "Halabi", "Idlibi", "Sabbagh", "Zein", "Barakat", "Hijazi", "Masri", "Tamer"]
THINGS = ["families", "tents", "trucks", "sacks", "generators", "classrooms", "tanks", "blankets", "ambulances",
          "baskets", "panels", "mattresses", "boxes", "bundles", "stoves"]
STATES = ["arrived", "delivered", "destroyed", "repaired", "requested", "counted", "lost", "moved"]
PREPS = ["near", "at", "around", "beside", "inside", "behind"]
PLACES = ["camps", "clinics", "warehouses", "shelters", "schools", "mosques", "squares", "depots", "fields", "markets"]
UNITS = ["days", "weeks", "months"]


def _background(rng: random.Random) -> str:
    # A number at least every fourth word (see LEADS).
    return (f"{rng.randint(2, 999)} {rng.choice(THINGS)} {rng.choice(STATES)} {rng.choice(PREPS)} {rng.randint(2, 999)} "
            f"{rng.choice(PLACES)} {rng.randint(2, 99)} {rng.choice(UNITS)} ago, {rng.choice(FIRST)} {rng.choice(LAST)} "
            f"{rng.choice(SAID)}.")


def _places() -> list[tuple[str, str]]:
    from harmledger.geo import load_shipped
    from harmledger.geo.gazetteer import shipped_admin_name

    out = []
    for p in load_shipped().places:
        if p.feature_type in ("town", "village", "city") and p.admin1:
            gov = shipped_admin_name(p.admin1)
            if gov:
                out.append((p.name, gov))
    return out


def generate(n: int, seed: int = 11) -> list[dict[str, Any]]:
    """``n`` reports as documents: id, title, text (title + blank line + body), published date."""
    rng = random.Random(seed)
    places = _places()
    start, span = dt.date(2012, 1, 1).toordinal(), 9 * 365
    reports: list[dict[str, Any]] = []
    event = 0
    # Zipf popularity (exponent 0.8), as in benchmarks/link.py: a few places are hit far more often.
    weights, total = [], 0.0
    for rank in range(len(places)):
        total += 1 / (rank + 1) ** 0.8
        weights.append(total)
    rng.shuffle(places)
    while len(reports) < n:
        event += 1
        town, gov = rng.choices(places, cum_weights=weights)[0]
        day = dt.date.fromordinal(start + rng.randrange(span))
        k = max(1, int(rng.expovariate(1 / 6)))
        values = {"town": town, "gov": gov, "k": k, "c": max(1, k // 3), "i": k + rng.randrange(10),
                  "weapon": rng.choice(WEAPONS), "perp": rng.choice(PERPS)}
        for _ in range(min(5, 1 + int(rng.expovariate(0.7)))):
            published = day + dt.timedelta(days=rng.randrange(3))
            date = day.strftime("%A") if published != day and rng.random() < 0.5 else f"{day.day} {day:%B %Y}"
            lead = rng.choice(LEADS).format(
                src=rng.choice(OUTLETS), date=date, people=rng.choice(PEOPLE), died=rng.choice(DIED),
                hurt=rng.choice(HURT), when=rng.choice(WHEN), hit=rng.choice(HIT), said=rng.choice(SAID), **values)
            body = " ".join([lead, *(_background(rng) for _ in range(rng.randint(6, 12)))])
            title = f"{town}: {k} {rng.choice(PEOPLE)} {rng.choice(DIED)}"
            reports.append({"id": f"r{len(reports):07d}", "title": title, "text": f"{title}\n\n{body}",
                            "published": published, "body_offset": len(title) + 2})
            if len(reports) == n:
                break
    return reports


def fill(url: str | None, home: Path, n: int) -> str:
    from sqlalchemy import Table, insert

    from harmledger._config import Settings
    from harmledger.store import Store
    from harmledger.store.models import Document

    store = Store(url, settings=Settings(home=home))
    if store.dialect == "postgresql":
        _recreate_pg(store.url)
        store = Store(url, settings=Settings(home=home))
    store.init()
    rows = generate(n)
    with store.session() as session:
        for i in range(0, len(rows), 5000):
            session.execute(insert(cast(Table, Document.__table__)), [
                {"id": r["id"], "sha256": hashlib.sha256(r["text"].encode() + b"raw").hexdigest(),
                 "text_sha256": hashlib.sha256(r["text"].encode()).hexdigest(), "title": r["title"], "text": r["text"],
                 "body_offset": r["body_offset"], "published": r["published"], "origin": "benchmark",
                 "media_type": "text/plain", "size": len(r["text"]), "status": "ingested", "restricted": False,
                 "meta": {}, "ingested_at": dt.datetime(2026, 1, 1) + dt.timedelta(microseconds=i + j)}
                for j, r in enumerate(rows[i : i + 5000])])
    return store.url


def _recreate_pg(url: str) -> None:
    from sqlalchemy import create_engine, make_url

    parsed = make_url(url)
    admin = create_engine(parsed.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{parsed.database}" WITH (FORCE)')
        connection.exec_driver_sql(f'CREATE DATABASE "{parsed.database}"')
    admin.dispose()


def child(url: str, home: Path, mode: str, workers: int, batch: int, link: bool) -> dict[str, Any]:
    """One timed run (in its own process, so that its peak memory is its own)."""
    from harmledger._config import Settings
    from harmledger.processing import runner
    from harmledger.store import Store

    store = Store(url, settings=Settings(home=home))
    storing = [0.0]
    original = runner.save_batch

    def timed_save(*args: Any, **kwargs: Any) -> Any:
        t = time.perf_counter()
        try:
            return original(*args, **kwargs)
        finally:
            storing[0] += time.perf_counter() - t

    runner.save_batch = timed_save
    # Linking runs inside `process_pending` (with the inputs it prepared while extracting): timed from its start.
    link_start: list[float] = []
    original_link = runner._link

    def timed_link(*args: Any, **kwargs: Any) -> Any:
        mine = resource.getrusage(resource.RUSAGE_SELF)
        link_start.extend([time.perf_counter(), mine.ru_utime + mine.ru_stime])
        try:
            return original_link(*args, **kwargs)
        finally:
            link_start.append(time.perf_counter())

    runner._link = timed_link
    cluster_start = 0.0
    started = time.perf_counter()
    if mode == "local":
        report = runner.process_pending(store, link=link, chunk=batch)
    else:
        from distributed import Client, LocalCluster

        with contextlib.ExitStack() as dask:
            cluster = dask.enter_context(LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                                      dashboard_address=":0"))
            client = dask.enter_context(Client(cluster))
            cluster_start = time.perf_counter() - started
            # As `harmledger process` does: the cluster closed before linking (its scheduler runs here).
            report = runner.process_pending(store, client=client, link=link, chunk=batch, on_extracted=dask.close)
    finished = time.perf_counter()
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    if not link_start:
        link_start = [finished, me.ru_utime + me.ru_stime, finished]
    extracted, main_cpu_extracting = link_start[0] - started, link_start[1]
    linking = link_start[2] - link_start[0]
    total = finished - started
    linked, created = report.linked, report.incidents_created
    return {"docs": report.processed, "failed": len(report.failed), "mentions": report.mentions, "linked": linked,
            "incidents": created, "seconds": total, "extract_store": extracted, "storing": storing[0],
            "linking": linking, "cluster_start": cluster_start, "main_cpu_extracting": main_cpu_extracting, "main_cpu": me.ru_utime + me.ru_stime,
            "workers_cpu": kids.ru_utime + kids.ru_stime, "main_rss_mb": me.ru_maxrss / 1024,
            "worker_rss_mb": kids.ru_maxrss / 1024}


def run(size: int, mode: str, args: argparse.Namespace) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="hl-process-") as tmp:
        home = Path(tmp)
        url = fill(args.db, home, size)
        cmd = [sys.executable, __file__, "--child", mode, "--url", url, "--home", str(home),
               "--workers", str(args.workers), "--batch", str(args.batch), *(["--no-link"] if args.no_link else [])]
        done = subprocess.run(cmd, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            raise SystemExit(f"{mode} run of {size} failed:\n{done.stderr[-3000:]}")
        return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def _commit() -> str:
    try:
        sha = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "src"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
        return sha + (" with uncommitted changes in src/" if dirty else "")
    except OSError:
        return "unknown"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1000,10000", help="comma-separated numbers of reports")
    parser.add_argument("--modes", default="local,dask", help="local, dask or both")
    parser.add_argument("--workers", type=int, default=2, help="Dask workers of the LocalCluster")
    parser.add_argument("--batch", type=int, default=100, help="documents per task and transaction")
    parser.add_argument("--no-link", action="store_true", help="extract and store only (linking grows faster than the rest)")
    parser.add_argument("--db", default=None, help="a PostgreSQL URL (database recreated); default SQLite in a temp dir")
    parser.add_argument("--child", default=None, help=argparse.SUPPRESS)
    parser.add_argument("--url", default=None, help=argparse.SUPPRESS)
    parser.add_argument("--home", default=None, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(child(args.url, Path(args.home), args.child, args.workers, args.batch, not args.no_link)))
        return 0
    sizes = [int(s) for s in args.sizes.split(",") if s]
    modes = [m for m in args.modes.split(",") if m]
    db = "PostgreSQL" if args.db else "SQLite"
    load = os.getloadavg()[0]
    lines = [f"# {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC, commit {_commit()}; {os.cpu_count()} cores (load {load:.1f} "
             "at the start: other work on the machine slows both modes), "
             f"Python {platform.python_version()}, {db}; batch {args.batch}; dask = LocalCluster of {args.workers} workers"
             + ("; not linked" if args.no_link else ""),
             f"{'reports':>8} {'mode':<6} {'seconds':>8} {'docs/s':>7} {'start':>6} {'extract':>8} {'storing':>8} {'linking':>8} "
             f"{'main cpu':>9} {'(extr.)':>8} {'workers cpu':>11} {'main MB':>8} {'worker MB':>9} {'mentions':>9} {'incidents':>9} {'ratio':>6} {'(extr.)':>7}"]
    print(lines[0], flush=True)
    print(lines[1], flush=True)
    for size in sizes:
        seconds: dict[str, tuple[float, float]] = {}
        for mode in modes:
            r = run(size, mode, args)
            seconds[mode] = (r["seconds"], r["extract_store"])
            ratio = extr_ratio = ""
            if mode == "dask" and "local" in seconds:
                ratio = f"{seconds['local'][0] / r['seconds']:.2f}x"
                extr_ratio = f"{seconds['local'][1] / r['extract_store']:.2f}x"
            line = (f"{size:>8} {mode:<6} {r['seconds']:>8.1f} {r['docs'] / r['seconds']:>7.1f} {r['cluster_start']:>6.1f} "
                    f"{r['extract_store']:>8.1f} {r['storing']:>8.1f} "
                    f"{r['linking']:>8.1f} {r['main_cpu']:>9.1f} {r['main_cpu_extracting']:>8.1f} {r['workers_cpu']:>11.1f} {r['main_rss_mb']:>8.0f} "
                    f"{r['worker_rss_mb']:>9.0f} {r['mentions']:>9} {r['incidents']:>9} {ratio:>6} {extr_ratio:>7}")
            print(line, flush=True)
            lines.append(line)
    lines.append("(seconds: all of it, from starting the cluster to the end of linking; start: starting the LocalCluster; "
                 "extract: from the start to the last batch stored (cluster start, extraction, storing, closing the cluster); "
                 "storing: inside save_batch; main cpu (extr.): the main process's CPU until linking starts; "
                 "ratio (extr.): the same ratio for the extract column; ratio: local seconds / dask seconds)")
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    with RESULTS.open("a", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
