#!/usr/bin/env python
"""Measure the extractor on ACLED monitor notes (short, formulaic, other countries than Syria).

    .venv/bin/python scripts/eval_acled.py [--data ../shared/data/acled/notes_dev.jsonl] [--misses PATH]

Runs the extractor in-process on every note with the note's own ``published`` value (ACLED's "9-May-20"
form), writes the output in the layout of ``harmledger extract --input-jsonl`` and scores it with
``../shared/tools/score_acled_notes.py`` (the scorer the notes are judged with; its summary line is printed
first). Then prints its own table, read from the primary mention of each note:

- fatalities exact: the killed figure (low, else high; none = 0) equals ACLED's ``fatalities``, over all
  notes and over those with fatalities > 0 (the official scorer's definition);
- injured: ACLED has no injured label, so the table says "not labelled";
- date exact: the mention's date starts on ACLED's ``event_date``, over the violent sub-event types (the
  official scorer's list);
- admin1: ACLED's ``admin1`` is the admin1 of one of the mention's resolved places (spelling-insensitive
  ``admin1_key``), over violent notes; only meaningful in countries the gazetteer has places in, so the
  table also gives how many violent notes are in those countries and the rate over them;
- perpetrator named: the share of violent notes whose mention names any actor with role perpetrator. ACLED's
  ``actor1`` is free text with country names ("Unidentified Armed Group (Mexico)"), so this is a loose
  coverage rate, not an exact-match score;
- cause: ACLED's ``sub_event_type`` mapped to the weapon codes that fit it (``CAUSE_CODES``); right when any
  of the mention's weapon codes is in the set, over the notes of a mapped type, with the rate per type.
  "Armed clash" and "Attack" take {small_arms, execution}. A note of those two types whose mention names
  no weapon counts as wrong: many of those notes do name the means ("opened fire", "shot dead"), and
  counting silence as right would reward an extractor that names nothing; the per-type lines give the
  share with no weapon named beside the share with a wrong one, so the lenient rate is right + none.
  Other violent types (mob violence, excessive force, sexual violence) name no weapon family: not scored.

Then lists the fatality misses by phenomenon (single victims, listed groups, bodies found, ranges). The
misses file has three sections: fatalities (by phenomenon), date and cause, each with the note's text.
ACLED's own coding conventions ("Unknown fatalities coded as 10", tolls split between events) cap what any
reader of a note can reach: read the misses, do not chase those. ACLED data never ships: the misses file is
written under ``benchmarks/results/`` which git ignores.
"""

from __future__ import annotations

import argparse
import datetime as dt
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
from harmledger.geo import admin1_key, get_geocoder
from harmledger.schema import DocumentExtraction, Mention

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _eval_common import date_scores, date_span, killed_of, pct, primary_mention, show_span  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DEFAULT_DATA = SHARED / "data" / "acled" / "notes_dev.jsonl"
SCORER = SHARED / "tools" / "score_acled_notes.py"

# The official scorer's violent sub-event types (date and admin1 are scored on these only).
VIOLENT = {"Armed clash", "Shelling/artillery/missile attack", "Air/drone strike", "Attack",
           "Remote explosive/landmine/IED", "Grenade", "Suicide bomb", "Chemical weapon",
           "Excessive force against protesters", "Mob violence", "Sexual violence"}
# ACLED sub-event type -> the weapon codes (contract section 3) that fit it.
CAUSE_CODES: dict[str, frozenset[str]] = {
    "Air/drone strike": frozenset({"airstrike", "drone", "missile", "barrel_bomb", "cluster_munition"}),
    "Shelling/artillery/missile attack": frozenset({"artillery", "rocket", "missile", "ballistic_missile"}),
    "Remote explosive/landmine/IED": frozenset({"ied", "landmine_erw", "car_bomb"}),
    "Suicide bomb": frozenset({"suicide_attack", "car_bomb", "ied"}),
    "Grenade": frozenset({"ied", "small_arms", "unknown"}),
    "Armed clash": frozenset({"small_arms", "execution"}),
    "Attack": frozenset({"small_arms", "execution"}),
    "Chemical weapon": frozenset({"chemical"}),
}
# ISO codes of the gazetteer's places -> ACLED's country names (the countries it could be extended to).
COUNTRY_NAMES = {"SY": "Syria", "IQ": "Iraq", "YE": "Yemen", "LB": "Lebanon", "TR": "Turkey", "JO": "Jordan",
                 "IL": "Israel", "PS": "Palestine", "EG": "Egypt", "LY": "Libya", "AF": "Afghanistan"}

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


def acled_date(value: str) -> dt.date | None:
    for form in ("%d-%b-%y", "%d %B %Y", "%Y-%m-%d"):
        try:
            return dt.datetime.strptime(value, form).date()
        except ValueError:
            pass
    return None


def admin1_keys(mention: Mention | None) -> set[str]:
    if mention is None:
        return set()
    return {admin1_key(p.resolved.admin1) for p in mention.places if p.resolved is not None and p.resolved.admin1}


def gazetteer_countries() -> list[str]:
    return sorted({p.country for p in get_geocoder().gazetteer.places if p.country})


def own_table(rows: list[dict], results: dict[str, DocumentExtraction]) -> tuple[list[str], list[str], list[str]]:
    """The table's lines, and the date and cause misses."""
    covered_codes = gazetteer_countries()
    covered = {COUNTRY_NAMES.get(code, code) for code in covered_codes}
    c: Counter[str] = Counter()
    type_n: Counter[str] = Counter()
    type_right: Counter[str] = Counter()
    type_none: Counter[str] = Counter()
    date_misses: list[str] = []
    cause_misses: list[str] = []
    for row in rows:
        g = row["gold"]
        result = results.get(str(row["id"]))
        m = primary_mention(result) if result is not None else None
        want, got = int(g["fatalities"]), killed_of(m) or 0
        c["n"] += 1
        c["fatalities"] += got == want
        if want > 0:
            c["positive"] += 1
            c["positive right"] += got == want
        sub = g.get("sub_event_type")
        text = row["text"][:500]
        if sub in VIOLENT:
            c["violent"] += 1
            day, span = acled_date(g["event_date"]), date_span(m)
            if day is not None and date_scores(span, day)[0]:
                c["date"] += 1
            else:
                date_misses.append(f"[date] id={row['id']} gold={g['event_date']} got={show_span(span)}\n    {text}\n")
            a1 = admin1_key(g["admin1"]) in admin1_keys(m) if g["admin1"] else False
            c["admin1"] += a1
            if g["country"] in covered:
                c["covered"] += 1
                c["covered admin1"] += a1
            c["perpetrator"] += m is not None and any(a.role == "perpetrator" for a in m.actors)
        if sub in CAUSE_CODES:
            codes = sorted({w.code for w in m.weapons}) if m is not None else []
            type_n[sub] += 1
            if set(codes) & CAUSE_CODES[sub]:
                type_right[sub] += 1
            else:
                type_none[sub] += not codes
                cause_misses.append(f"[cause] id={row['id']} sub_event_type={sub!r} "
                                    f"wanted one of {sorted(CAUSE_CODES[sub])} got={codes or 'none'}\n    {text}\n")
    n, v, scored = c["n"], c["violent"], sum(type_n.values())
    lines = [
        f"own table (primary mention): {n} notes, {v} of a violent sub-event type",
        f"{'field':<30} {'extractor':>10} {'n':>6}",
        f"{'fatalities exact (all)':<30} {pct(c['fatalities'], n):>10} {n:>6}",
        f"{'fatalities exact (>0)':<30} {pct(c['positive right'], c['positive']):>10} {c['positive']:>6}",
        f"{'injured':<30} {'not labelled':>10}  (ACLED has no injured count)",
        f"{'date exact (violent)':<30} {pct(c['date'], v):>10} {v:>6}",
        f"{'admin1 (violent)':<30} {pct(c['admin1'], v):>10} {v:>6}  (meaningful only where the gazetteer has the "
        f"country: it has places in {', '.join(covered_codes) or 'none'})",
        f"{'  in those countries':<30} {pct(c['covered admin1'], c['covered']):>10} {c['covered']:>6}",
        f"{'perpetrator named (violent)':<30} {pct(c['perpetrator'], v):>10} {v:>6}  (loose: any actor with role "
        "perpetrator; not an exact match of actor1)",
        f"{'cause (mapped types)':<30} {pct(sum(type_right.values()), scored):>10} {scored:>6}  (any weapon code in "
        "the sub-event type's set; none named = wrong)",
        f"  {'cause by sub_event_type':<34} {'n':>5} {'right':>7} {'none':>7} {'wrong':>7}",
    ]
    for sub, k in type_n.most_common():
        wrong = k - type_right[sub] - type_none[sub]
        lines.append(f"  {sub:<34} {k:>5} {pct(type_right[sub], k):>7} {pct(type_none[sub], k):>7} {pct(wrong, k):>7}")
    return lines, date_misses, cause_misses


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
    results: dict[str, DocumentExtraction] = {}
    errors: Counter[str] = Counter()
    for row in rows:
        try:
            result = extractor.extract(row["text"], doc_id=str(row["id"]), published=row.get("published"))
        except HarmledgerError as exc:
            errors[type(exc).__name__] += 1
            print(f"Error: {row['id']}: {exc}", file=sys.stderr)
            continue
        results[str(row["id"])] = result
        out_lines.append(json.dumps(result.model_dump(mode="json")))
    elapsed = time.perf_counter() - started
    output = args.output or Path(tempfile.mkstemp(suffix=".jsonl")[1])
    output.write_text("\n".join(out_lines) + "\n", encoding="utf-8")
    print(f"ACLED notes: {len(rows)} ({elapsed:.1f} s, {len(rows) / max(elapsed, 1e-9):.0f} notes/s); "
          f"unreadable: {sum(errors.values())}")
    if args.scorer.exists():
        scored = subprocess.run([sys.executable, str(args.scorer), str(args.data), str(output)],
                                capture_output=True, text=True, check=False)
        print(scored.stdout.strip().splitlines()[-1] if scored.stdout.strip() else scored.stderr.strip())
    table, date_misses, cause_misses = own_table(rows, results)
    print("\n".join(table))
    # Fatality misses by phenomenon (notes with a stated toll > 0, and notes with none).
    totals: Counter[str] = Counter()
    wrong: Counter[str] = Counter()
    misses: list[str] = []
    for row in rows:
        want = int(row["gold"]["fatalities"])
        result = results.get(str(row["id"]))
        got = (killed_of(primary_mention(result)) if result is not None else None) or 0
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
    args.misses.write_text(
        "ACLED notes (Raleigh et al. 2010; for development only, never shipped)\n\n" + "\n".join(table) + "\n\n"
        + "== fatalities (by phenomenon) ==\n\n" + "\n".join(sorted(misses))
        + "\n== date (violent notes) ==\n\n" + "\n".join(sorted(date_misses))
        + "\n== cause (mapped sub-event types) ==\n\n" + "\n".join(sorted(cause_misses)),
        encoding="utf-8")
    print(f"{len(misses)} fatality, {len(date_misses)} date and {len(cause_misses)} cause misses written to "
          f"{args.misses}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
