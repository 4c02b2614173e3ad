#!/usr/bin/env python
"""Measure the extractor on ACLED monitor notes (short, formulaic, other countries than Syria).

    .venv/bin/python scripts/eval_acled.py [--data ../shared/data/acled/notes_dev.jsonl] [--misses PATH]

Runs the extractor in-process on every note with the note's own ``published`` value (ACLED's "9-May-20"
form), writes the output in the layout of ``harmledger extract --input-jsonl`` and scores it with
``../shared/tools/score_acled_notes.py`` (the scorer the notes are judged with), then lists the fatality
misses by phenomenon (single victims, listed groups, bodies found, ranges) with the note's text. ACLED's
own coding conventions ("Unknown fatalities coded as 10", tolls split between events) cap what any reader
of a note can reach: read the misses, do not chase those. ACLED data never ships: the misses file is
written under ``benchmarks/results/`` which git ignores.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from harmledger import HarmledgerError
from harmledger.extract import Extractor

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DEFAULT_DATA = SHARED / "data" / "acled" / "notes_dev.jsonl"
SCORER = SHARED / "tools" / "score_acled_notes.py"

# Phenomena the issue names, told apart by the note's wording so that each has its own failure rate.
PHENOMENA = [
    ("unknown_coded", re.compile(r"unknown fatalities|fatalities coded|coded as", re.I)),
    ("body_found", re.compile(r"\b(?:body|bodies|corpses?|remains)\b[^.]{0,60}\b(?:found|discovered|recovered)|found dead", re.I)),
    ("single_victim", re.compile(r"\b(?:a|an|one)\s+(?:\w+\s+){0,2}(?:civilian|man|woman|child|boy|girl|person|"
                                 r"soldier|policeman|officer|member|commander|fighter|farmer|trader|student|teacher|"
                                 r"journalist|leader|militant|driver|resident|youth|villager|herder|chief|official)\b", re.I)),
    ("listed_group", re.compile(r"\d+\s+\w+(?:\s+\w+)?\s*(?:,|and)\s+\d+\s+\w+", re.I)),
    ("range_bound", re.compile(r"\b(?:between|at least|more than|up to|nearly|about|over|dozens|several)\b", re.I)),
]


def phenomenon(text: str) -> str:
    for name, pattern in PHENOMENA:
        if pattern.search(text):
            return name
    return "other"


def killed_of(result: dict) -> int:  # type: ignore[type-arg]
    mentions = result.get("mentions") or []
    p = result.get("primary")
    m = mentions[p] if isinstance(p, int) and 0 <= p < len(mentions) else {}
    k = (m.get("casualties") or {}).get("killed") or {}
    return k.get("low") if k.get("low") is not None else (k.get("high") or 0)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--scorer", type=Path, default=SCORER)
    parser.add_argument("--misses", type=Path, default=ROOT / "benchmarks" / "results" / "acled_misses.txt")
    parser.add_argument("--output", type=Path, help="also keep the extraction output (JSON Lines) here")
    args = parser.parse_args(argv)
    if not args.data.exists():
        print(f"Error: {args.data} not found; pass --data PATH to ACLED notes_dev.jsonl", file=sys.stderr)
        return 1
    rows = [json.loads(line) for line in args.data.open(encoding="utf-8") if line.strip()]
    extractor = Extractor()
    started = time.perf_counter()
    out_lines: list[str] = []
    results: dict[str, dict] = {}  # type: ignore[type-arg]
    errors: Counter[str] = Counter()
    for row in rows:
        try:
            result = extractor.extract(row["text"], doc_id=str(row["id"]), published=row.get("published"))
        except HarmledgerError as exc:
            errors[type(exc).__name__] += 1
            print(f"Error: {row['id']}: {exc}", file=sys.stderr)
            continue
        payload = result.model_dump(mode="json")
        results[str(row["id"])] = payload
        out_lines.append(json.dumps(payload))
    elapsed = time.perf_counter() - started
    output = args.output or Path(tempfile.mkstemp(suffix=".jsonl")[1])
    output.write_text("\n".join(out_lines) + "\n", encoding="utf-8")
    print(f"ACLED notes: {len(rows)} ({elapsed:.1f} s, {len(rows) / max(elapsed, 1e-9):.0f} notes/s); "
          f"unreadable: {sum(errors.values())}")
    if args.scorer.exists():
        scored = subprocess.run([sys.executable, str(args.scorer), str(args.data), str(output)],
                                capture_output=True, text=True, check=False)
        print(scored.stdout.strip().splitlines()[-1] if scored.stdout.strip() else scored.stderr.strip())
    # Fatality misses by phenomenon (notes with a stated toll > 0, and notes with none).
    totals: Counter[str] = Counter()
    wrong: Counter[str] = Counter()
    misses: list[str] = []
    for row in rows:
        want = int(row["gold"]["fatalities"])
        got = killed_of(results.get(str(row["id"]), {}))
        kind = phenomenon(row["text"]) if want > 0 else "zero"
        totals[kind] += 1
        if got != want:
            wrong[kind] += 1
            misses.append(f"[{kind}] id={row['id']} gold={want} got={got}\n    {row['text'][:500]}\n")
    print(f"{'fatalities by phenomenon':<26} {'n':>5} {'right':>7}")
    for kind in [p for p, _ in PHENOMENA] + ["other", "zero"]:
        if totals[kind]:
            print(f"  {kind:<24} {totals[kind]:>5} {1 - wrong[kind] / totals[kind]:>7.1%}")
    args.misses.parent.mkdir(parents=True, exist_ok=True)
    args.misses.write_text("ACLED notes (Raleigh et al. 2010; for development only, never shipped)\n\n"
                           + "\n".join(sorted(misses)), encoding="utf-8")
    print(f"{len(misses)} fatality misses written to {args.misses}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
