#!/usr/bin/env python
"""Extraction time on long run-on texts (no full stop anywhere): 50 KB, 200 KB and 500 KB.

    .venv/bin/python benchmarks/extract_long.py [--sizes 50000,200000,500000] [--before-src DIR]

A report scraped without its punctuation is one sentence; any step that searches "the sentence"
once per number or place is then quadratic in the text's length. Time per KB staying flat across the
sizes is what linear looks like. ``--before-src`` also times another source tree (e.g. a copy of
``src`` from an older commit, made with ``git archive``) in a subprocess, for a before/after table.
Writes benchmarks/results/extract_long.txt.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SIZES = (50_000, 200_000, 500_000)

# Clauses of the kind that fill casualty reports: counts, places, dates, weapons, sources. None says
# "earlier", "after" or "elsewhere": a sentence holding one of those words is answered at its first
# occurrence, so the slow path (search the whole sentence and find nothing) would not be timed.
CLAUSES = (
    "an airstrike killed {n} civilians in Aleppo on {d} March 2019",
    "shelling wounded {n} people including {k} children near Idlib",
    "government forces shelled the village of Kafr Nabl",
    "a barrel bomb hit a market in Douma killing {n} and injuring {m}",
    "the Syrian Observatory for Human Rights said",
    "according to local sources",
    "Russian warplanes struck a hospital in Maarat al-Numan",
    "{n} other fighters were also killed",
    "a car bomb exploded in Azaz wounding dozens",
    "the death toll rose to {n} on Sunday",
    "among the dead were {k} women",
)


def run_on_text(size: int, seed: int = 17) -> str:
    """A text of about ``size`` characters: clauses joined by commas, never a full stop."""
    rng = random.Random(seed)
    parts: list[str] = []
    length = 0
    while length < size:
        clause = rng.choice(CLAUSES).format(n=rng.randint(2, 90), m=rng.randint(2, 40), k=rng.randint(1, 9),
                                            d=rng.randint(1, 28))
        parts.append(clause)
        length += len(clause) + 2
    return ", ".join(parts)[:size]


def time_sizes(sizes: list[int]) -> list[dict[str, float]]:
    from harmledger.extract import Extractor

    extractor = Extractor()
    extractor.extract("Warm-up: an airstrike killed 3 civilians in Aleppo.")  # lexicons and gazetteer load once
    rows = []
    for size in sizes:
        text = run_on_text(size)
        started = time.perf_counter()
        result = extractor.extract(text)
        seconds = time.perf_counter() - started
        rows.append({"size": size, "seconds": seconds, "mentions": len(result.mentions)})
    return rows


def pin_one_core() -> str:
    try:
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
        return "pinned to one core"
    except (AttributeError, OSError):
        return "not pinned"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default=",".join(str(s) for s in DEFAULT_SIZES))
    parser.add_argument("--before-src", type=Path, help="another source tree (holding harmledger/) to time too")
    parser.add_argument("--before-label", help="what the other tree is, for the results file (default: its path)")
    parser.add_argument("--json", action="store_true", help=argparse.SUPPRESS)  # the subprocess's answer
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "extract_long.txt")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    core = pin_one_core()
    if args.json:
        print(json.dumps(time_sizes(sizes)))
        return 0
    before: list[dict[str, float]] | None = None
    if args.before_src is not None:
        env = dict(os.environ, PYTHONPATH=str(args.before_src.resolve()))
        done = subprocess.run([sys.executable, __file__, "--json", "--sizes", args.sizes], env=env,
                              capture_output=True, text=True, check=True)
        before = json.loads(done.stdout.strip().splitlines()[-1])
    after = time_sizes(sizes)
    lines = [f"Extraction of one run-on text (no full stop), one run each; {core}; Python {platform.python_version()}"
             f" on {platform.machine()}."]
    if before is None:
        lines.append(f"{'size':>9} {'seconds':>9} {'ms/KB':>8} {'mentions':>9}")
        for row in after:
            lines.append(f"{row['size']:>9} {row['seconds']:>9.2f} {1000 * row['seconds'] / (row['size'] / 1000):>8.2f}"
                         f" {row['mentions']:>9}")
    else:
        lines.append(f"before: {args.before_label or args.before_src}")
        lines.append(f"{'size':>9} {'before s':>9} {'after s':>9} {'speed-up':>9} {'after ms/KB':>12} {'mentions':>9}")
        for old, new in zip(before, after, strict=True):
            same = "" if old["mentions"] == new["mentions"] else f" (before: {old['mentions']})"
            lines.append(f"{new['size']:>9} {old['seconds']:>9.2f} {new['seconds']:>9.2f}"
                         f" {old['seconds'] / new['seconds']:>8.1f}x {1000 * new['seconds'] / (new['size'] / 1000):>12.2f}"
                         f" {new['mentions']:>9}{same}")
    text = "\n".join(lines)
    print(text)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
