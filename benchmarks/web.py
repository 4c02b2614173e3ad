"""Load benchmark of the HTTP API: 100,000 incidents in SQLite, a real `harmledger serve` on localhost.

    .venv/bin/python benchmarks/web.py [--incidents 100000] [--requests 300] [--concurrency 8]

Prints the throughput and the 50th/95th-percentile latency of the incident list, the map data and the
statistics, and writes them to benchmarks/results/web.txt. Traffic goes to 127.0.0.1 only; the number
of requests and the run time are bounded.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

import httpx
from _incidents import GOVERNORATES, WEAPONS, insert_incidents

from harmledger._config import Settings
from harmledger.store import Store

RESULTS = Path(__file__).resolve().parent / "results" / "web.txt"


def generate(store: Store, n: int, seed: int = 7) -> float:
    rng = random.Random(seed)
    start = time.perf_counter()
    with store.session() as session:
        insert_incidents(session, n, rng)
    return time.perf_counter() - start



def scenarios(rng: random.Random) -> dict[str, list[str]]:
    govs, weapons = list(GOVERNORATES), WEAPONS
    return {
        "incident list": [f"/api/incidents?limit=50&offset={rng.randrange(0, 5000, 50)}" for _ in range(10)]
        + [f"/api/incidents?limit=50&admin1={g}" for g in govs[:5]]
        + [f"/api/incidents?limit=50&weapon={w}&date_from=2015-01-01&date_to=2016-12-31" for w in weapons[:5]],
        "map data": ["/api/map", "/api/map?admin1=Idlib", "/api/map?weapon=barrel_bomb",
                     "/api/map?date_from=2016-01-01&date_to=2016-12-31", "/api/map?perpetrator=RUS"],
        "statistics": ["/api/stats", "/api/stats?admin1=Aleppo", "/api/stats?period=year",
                       "/api/stats?weapon=airstrike&perpetrator=RUS", "/api/stats?date_from=2018-01-01"],
    }


async def run(base: str, paths: list[str], total: int, concurrency: int, deadline: float
              ) -> tuple[list[float], float, int, float]:
    latencies: list[float] = []
    errors = 0
    sem = asyncio.Semaphore(concurrency)
    async with httpx.AsyncClient(base_url=base, timeout=60) as client:
        cold = 0.0
        for path in paths:  # the first request of each filter computes what later ones reuse: timed apart
            t = time.perf_counter()
            await client.get(path)
            cold = max(cold, time.perf_counter() - t)

        async def one(k: int) -> None:
            nonlocal errors
            async with sem:
                if time.monotonic() > deadline:
                    return
                t = time.perf_counter()
                # Time to the last byte of the response as sent (a browser inflates gzip in C; the
                # benchmark should not time Python's inflating of it).
                async with client.stream("GET", paths[k % len(paths)]) as r:
                    async for _ in r.aiter_raw():
                        pass
                latencies.append(time.perf_counter() - t)
                errors += r.status_code != 200

        start = time.perf_counter()
        await asyncio.gather(*(one(k) for k in range(total)))
        elapsed = time.perf_counter() - start
    return latencies, elapsed, errors, cold


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--incidents", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=300, help="requests per endpoint")
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--max-seconds", type=float, default=120, help="time limit per endpoint")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="harmledger-bench-") as tmp:
        store = Store(None, settings=Settings(home=Path(tmp)))
        store.init()
        gen_seconds = generate(store, args.incidents)
        store.engine.dispose()
        # The test suite's start: waits for /api/health, and says why (its stderr) when the server does not come up.
        sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
        from tests.web.serverproc import start_server

        server = start_server(Path(tmp))
        base = server.base
        try:
            lines = [f"harmledger web benchmark, {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC",
                     f"{args.incidents:,} incidents in SQLite (generated in {gen_seconds:.1f} s); "
                     f"{args.requests} requests per endpoint, {args.concurrency} concurrent, one uvicorn process",
                     "timed after one untimed request per distinct filter (its cold time is the 'cold ms' column: the slowest one)",
                     f"{'endpoint':<15} {'req/s':>8} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8} {'errors':>7} {'cold ms':>8}"]
            rng = random.Random(11)
            for name, paths in scenarios(rng).items():
                deadline = time.monotonic() + args.max_seconds
                lat, elapsed, errors, cold = asyncio.run(run(base, paths, args.requests, args.concurrency, deadline))
                ms = sorted(x * 1000 for x in lat)
                p95 = ms[max(0, int(len(ms) * 0.95) - 1)]
                lines.append(f"{name:<15} {len(ms) / elapsed:8.1f} {statistics.median(ms):8.1f} {p95:8.1f} "
                             f"{ms[-1]:8.1f} {errors:7d} {cold * 1000:8.1f}")
        finally:
            server.stop()
    text = "\n".join(lines) + "\n"
    print(text, end="")
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
