#!/usr/bin/env python
"""Measure the extractor on the FA-KES development labels (contract section 4).

    .venv/bin/python scripts/eval_fakes.py [--data ../shared/data/fakes/dev.jsonl] [--misses PATH]

Prints, for the primary mention of each document, beside a simple baseline (the first number next to a
word like "killed"; the first full date, day month and year, in the text; the first governorate named;
the first actor named; the first weapon named):

- killed: the killed total (low, else high) equals civilians_killed + noncivilians_killed;
- injured: FA-KES has no injured label, so the table says "not labelled in FA-KES";
- date (exact start): the mention's date starts on the label's date (labels.date, m/d/yy), over all
  documents, those with no date counting as wrong; date (within): the label's date lies in the mention's
  start..end (a period that contains it counts as right); date coverage: the share of documents whose
  primary mention has a date at all (FA-KES rows have no published value: the date comes from the
  dateline or the text);
- governorate, actor, cause: exact match of the contract's section 4 mapping.

Every miss (date: every document whose date does not start on the label's) is written with the text
around it to the misses file to read. The labels are noisy: where a label contradicts the text, the text
wins (see the misses file).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

from harmledger.extract import Extractor, main_place
from harmledger.extract.components.dates import find_dates
from harmledger.extract.components.numbers import parse_numbers
from harmledger.extract.doc import lower_same_length
from harmledger.extract.lexicon import lexicon
from harmledger.geo import admin1_key
from harmledger.schema import Mention

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _eval_common import DateSpan, date_scores, date_span, killed_of, pct, primary_mention, show_span  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "fakes" / "dev.jsonl"

ACTOR_LABEL = {
    "SYR_GOV": "syrian government or russian troops", "RUS": "syrian government or russian troops",
    "IRN": "syrian government or russian troops", "HEZBOLLAH": "syrian government or russian troops",
    "ISIS": "the organization of the islamic state in iraq and the levant - isis",
    "COALITION": "international coalition forces", "OPPOSITION": "armed opposition groups",
    "TUR": "armed opposition groups", "SDF": "self administration forces", "HTS": "al-nusra front",
}
CAUSE_LABEL = {
    "chemical": "chemical and toxic gases", "small_arms": "shooting", "execution": "execution",
    "car_bomb": "explosion", "ied": "explosion", "suicide_attack": "explosion", "landmine_erw": "explosion",
}
# When a mention names several weapons, the most specific decides the cause.
CAUSE_ORDER = ["chemical", "execution", "suicide_attack", "car_bomb", "ied", "landmine_erw", "barrel_bomb",
               "cluster_munition", "incendiary", "ballistic_missile", "missile", "rocket", "drone", "artillery",
               "airstrike", "small_arms", "unknown"]


def cause_of(codes: list[str]) -> str:
    if not codes:
        return "unknown"
    best = min(codes, key=lambda c: CAUSE_ORDER.index(c) if c in CAUSE_ORDER else 99)
    return CAUSE_LABEL.get(best, "shelling")


def actor_of(codes: list[str]) -> str:
    return ACTOR_LABEL.get(codes[0], "unknown") if codes else "unknown"


def governorate_of(mention: Mention) -> str | None:
    """The governorate of the place the store and the map use for the mention (``main_place``)."""
    place = main_place(mention)
    if place is None or place.resolved is None or not place.resolved.admin1:
        return None
    return admin1_key(place.resolved.admin1)


_KILL_WORD = re.compile(r"\b(?:killed|killing|kills|kill|dead|died|deaths|death toll)\b")


def baseline(text: str) -> dict[str, object]:
    lower = lower_same_length(text)
    killed = None
    for n in parse_numbers(lower):
        window = lower[max(0, n.start - 25) : n.end + 25]
        if _KILL_WORD.search(window) and not (1900 <= n.value <= 2100):
            killed = n.low if n.low is not None else n.high
            break
    positions = []
    for name, key in (("aleppo", "aleppo"), ("idlib", "idlib"), ("damascus", "damascus"), ("ghouta", "damascus"),
                      ("raqqa", "raqqa"), ("raqa", "raqqa"), ("deir ez", "deir ezzor"), ("deir al-zor", "deir ezzor"),
                      ("deir ezzor", "deir ezzor"), ("hasak", "hasakeh"), ("homs", "homs"), ("hama", "hama"),
                      ("latakia", "lattakia"), ("lattakia", "lattakia"), ("daraa", "daraa"), ("deraa", "daraa"),
                      ("quneitra", "quneitra"), ("tartus", "tartous"), ("suwayda", "as-sweida")):
        i = lower.find(name)
        if i >= 0:
            positions.append((i, key))
    gov = min(positions)[1] if positions else None
    # The first full date (day, month and year; none is inferred without a publication date).
    days = [h for h in find_dates(lower, None) if h.precision == "day" and h.first == h.last]
    actors = lexicon("actors.tsv").find(lower, text=text)
    weapons = lexicon("weapons.tsv").find(lower, text=text)
    return {
        "killed": killed,
        "date": (days[0].first, days[0].first) if days else None,
        "governorate": gov,
        "actor": actor_of([actors[0].code]) if actors else "unknown",
        "cause": cause_of([weapons[0].code]) if weapons else "unknown",
    }


def predict(extractor: Extractor, row: dict) -> tuple[dict[str, object], Mention | None]:
    mention = primary_mention(extractor.extract(row["text"], doc_id=str(row["id"])))
    if mention is None:
        return {"killed": None, "date": None, "governorate": None, "actor": "unknown", "cause": "unknown"}, None
    perpetrators = [a.code for a in mention.actors if a.role == "perpetrator"]
    return {
        "killed": killed_of(mention),
        "date": date_span(mention),
        "governorate": governorate_of(mention),
        "actor": actor_of(perpetrators),
        "cause": cause_of([w.code for w in mention.weapons]),
    }, mention


def gold(row: dict) -> dict[str, object]:
    lab = row["labels"]
    return {
        "killed": int(lab["civilians_killed"] or 0) + int(lab["noncivilians_killed"] or 0),
        "date": dt.datetime.strptime(lab["date"], "%m/%d/%y").date(),
        "governorate": admin1_key(lab["governorate"]),
        "actor": lab["actor"],
        "cause": lab["cause_of_death"],
    }


def _show(value: object) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    if value is None or isinstance(value, tuple):
        return show_span(value)
    return repr(value)


def _right(field: str, pred: dict[str, object], want: dict[str, object]) -> bool:
    if field == "date":  # the date field scores the exact start
        return date_scores(pred["date"], want["date"])[0]  # type: ignore[arg-type]
    return pred[field] == want[field]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--misses", type=Path, default=ROOT / "benchmarks" / "results" / "fakes_misses.txt")
    args = parser.parse_args(argv)
    if not args.data.exists():
        print(f"Error: {args.data} not found; pass --data PATH to the FA-KES dev.jsonl", file=sys.stderr)
        return 1
    rows = [json.loads(line) for line in args.data.open(encoding="utf-8") if line.strip()]
    extractor = Extractor()
    fields = ["killed", "date", "governorate", "actor", "cause"]
    ours: Counter[str] = Counter()
    base: Counter[str] = Counter()
    misses: list[str] = []
    started = time.perf_counter()
    for row in rows:
        want = gold(row)
        got, _ = predict(extractor, row)
        simple = baseline(row["text"])
        for pred, counter in ((got, ours), (simple, base)):
            span: DateSpan | None = pred["date"]  # type: ignore[assignment]
            counter["date within"] += date_scores(span, want["date"])[1]  # type: ignore[arg-type]
            counter["date coverage"] += span is not None
            for f in fields:
                counter[f] += _right(f, pred, want)
        for f in fields:
            if not _right(f, got, want):
                misses.append(f"[{f}] id={row['id']} label={_show(want[f])} got={_show(got[f])} "
                              f"baseline={_show(simple[f])}\n"
                              f"    title: {row['title'][:150]}\n    text: {row['text'][:400]}\n")
    elapsed = time.perf_counter() - started
    n = len(rows)
    rows_shown = [("killed", "killed"), ("injured", None), ("date", "date"), ("  within", "date within"),
                  ("  coverage", "date coverage"), ("governorate", "governorate"), ("actor", "actor"),
                  ("cause", "cause")]
    lines = [f"FA-KES dev: {n} documents ({elapsed:.1f} s including the baseline)",
             f"{'field':<14} {'extractor':>10} {'baseline':>10}"]
    for label, key in rows_shown:
        if key is None:
            lines.append(f"{label:<14} not labelled in FA-KES")
        else:
            lines.append(f"{label:<14} {pct(ours[key], n):>10} {pct(base[key], n):>10}")
    lines.append("date = exact start; within = the label's date lies in start..end; coverage = has a date")
    print("\n".join(lines))
    args.misses.parent.mkdir(parents=True, exist_ok=True)
    source = ("Excerpts below are from FA-KES (Abu Salem, Al Feel, Elbassuoni, Jaber & Farah, ICWSM 2019; "
              "Zenodo record 2607278), CC BY 4.0.")
    args.misses.write_text("\n".join(lines) + "\n" + source + "\n\n" + "\n".join(misses), encoding="utf-8")
    print(f"{len(misses)} misses written to {args.misses}")
    return 0

if __name__ == "__main__":
    raise SystemExit(main())
