"""Time `compute_stats` directly on generated incidents in SQLite (the uncached /api/stats work).

    .venv/bin/python benchmarks/stats.py [--incidents 100000] [--repeat 3]

Prints the best time per period and writes it to benchmarks/results/stats.txt.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from harmledger._config import Settings  # noqa: E402
from harmledger.publish import IncidentFilter, compute_stats  # noqa: E402
from harmledger.publish.stats import PERIODS  # noqa: E402
from harmledger.store import Store  # noqa: E402
from web import generate  # noqa: E402

RESULTS = Path(__file__).resolve().parent / "results" / "stats.txt"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--incidents", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as home:
        store = Store(None, settings=Settings(home=Path(home)))
        store.init()
        generate(store, args.incidents)
        lines = [f"compute_stats on {args.incidents} incidents (SQLite), best of {args.repeat}"]
        for period in PERIODS:
            best = float("inf")
            for _ in range(args.repeat):
                with store.session() as s:
                    t0 = time.perf_counter()
                    compute_stats(s, IncidentFilter(), period=period)
                    best = min(best, time.perf_counter() - t0)
            lines.append(f"  period={period:<8} {best * 1000:8.1f} ms")
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
