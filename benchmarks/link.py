"""Linking benchmark: synthetic mentions with realistic spreads of dates and places.

    .venv/bin/python benchmarks/link.py                 # 10,000 and 100,000, in memory and on SQLite
    .venv/bin/python benchmarks/link.py --sizes 10000 --modes memory
    .venv/bin/python benchmarks/link.py --sizes 10000,100000,1000000 --modes memory --max-seconds 600

Modes:
  memory  the blocking and clustering alone (`harmledger.link.cluster.Clusterer`) over features
          built in memory: the algorithm's own cost.
  sqlite  the whole `link_pending` on a fresh SQLite store (mentions inserted beforehand by another
          process, neither timed nor counted in the memory): loading, blocking, scoring, writing
          incidents and links, computing their figures.

Each (size, mode) runs in a child process on one core (the linker is single-threaded), so the
peak resident memory reported is that run's own. Results are appended to benchmarks/results/link.txt.

Synthetic data: events over 2012-2020 (40% of them in bursts around 25 campaign dates), at towns
drawn with a Zipf popularity (exponent 0.8) from 1,500 towns scattered around the 14 governorate centres; each event
gets 1-8 reports (geometric). A report states the day (75%), a day off (14%), the month (6%) or no
date (5%); the town (80%), a town 3-15 km away (4%), the governorate only (12%) or no place (4%);
its weapon, perpetrator and toll vary as real reports do. The true event of each mention is known,
so the run also prints how many incidents were formed and the pairwise precision and recall.

With a fixed span, ten times the mentions means ten times as many reports per town and day, so
the comparisons per mention grow with that density; `--fixed-density` stretches the span with the
size (100,000 mentions over the nine years, 10,000 over ten months) to show the growth in size alone.

`--max-seconds N` stops a run whose linking has not finished in N seconds (an alarm in the child,
set when the timed part starts: generating the mentions is not counted) and reports it as
"not finished in N s", with the comparisons made and the peak memory reached until then. The
header line names the commit measured (and whether src/ had uncommitted changes): the linker
changes often.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import math
import platform
import random
import resource
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

GOVERNORATES = [  # OCHA P-code, name, centre (lat, lon)
    ("SY01", "Damascus", 33.515, 36.274), ("SY02", "Aleppo", 36.147, 37.395), ("SY03", "Rural Damascus", 33.452, 36.9),
    ("SY04", "Homs", 34.465, 37.6), ("SY05", "Hama", 35.31, 37.0), ("SY06", "Lattakia", 35.58, 35.99),
    ("SY07", "Idleb", 35.858, 36.571), ("SY08", "Al-Hasakeh", 36.428, 40.558), ("SY09", "Deir-ez-Zor", 35.2, 40.295),
    ("SY10", "Tartous", 34.95, 36.076), ("SY11", "Ar-Raqqa", 36.023, 38.921), ("SY12", "Dar'a", 32.83, 36.112),
    ("SY13", "As-Sweida", 32.756, 36.895), ("SY14", "Quneitra", 33.017, 35.797),
]
WEAPONS = ["airstrike", "barrel_bomb", "artillery", "rocket", "missile", "cluster_munition", "chemical", "ied",
           "car_bomb", "small_arms", "drone", "landmine_erw"]
WEAPON_WEIGHTS = [30, 12, 20, 8, 5, 4, 1, 5, 3, 6, 4, 2]
PERPS = ["SYR_GOV", "RUS", "ISIS", "OPPOSITION", "COALITION", "TUR", "SDF", "HTS", "UNKNOWN"]
PERP_WEIGHTS = [40, 20, 10, 8, 6, 4, 4, 3, 5]
TARGETS = ["residential", "market", "medical", "school", "idp_camp", "vehicle", "bakery"]
START, END = dt.date(2012, 1, 1).toordinal(), dt.date(2020, 12, 31).toordinal()


def towns(rng: random.Random, n: int = 1500) -> list[dict[str, Any]]:
    out = []
    for i in range(n):
        pcode, name, lat, lon = GOVERNORATES[i % len(GOVERNORATES)]
        out.append({"place_id": f"town:{i}", "name": f"Town {i}", "lat": lat + rng.gauss(0, 0.35),
                    "lon": lon + rng.gauss(0, 0.35), "admin1": name, "admin1_pcode": pcode, "admin2": f"D{i % 60}"})
    return out


def generate(n_mentions: int, seed: int = 7, span_days: int | None = None) -> list[dict[str, Any]]:
    """Mentions as plain dicts with the true event id in `event`; over 2012-2020 unless `span_days`."""
    rng = random.Random(seed)
    places = towns(rng)
    zipf = [1 / (k + 1) ** 0.8 for k in range(len(places))]
    end = START + span_days if span_days else END
    # 25 campaigns in nine years; a stretched span (--fixed-density) has as many per year, not 25 in all.
    n_campaigns = max(1, round(25 * (end - START) / (END - START)))
    campaigns = [rng.randint(START, end) for _ in range(n_campaigns)]
    mentions: list[dict[str, Any]] = []
    event = 0
    while len(mentions) < n_mentions:
        event += 1
        day = (rng.choice(campaigns) + int(rng.gauss(0, 20))) if rng.random() < 0.4 else rng.randint(START, end)
        town = rng.choices(places, zipf)[0]
        weapon = rng.choices(WEAPONS, WEAPON_WEIGHTS)[0]
        perp = rng.choices(PERPS, PERP_WEIGHTS)[0]
        target = rng.choice(TARGETS)
        toll = max(0, int(rng.expovariate(1 / 6)))
        for _ in range(min(8, 1 + int(rng.expovariate(0.9)))):
            if len(mentions) >= n_mentions:
                break
            r = rng.random()
            date: tuple[int | None, int | None, str | None]
            if r < 0.75:
                date = (day, day, "day")
            elif r < 0.89:
                d = day + rng.choice((-1, 1))
                date = (d, d, "day")
            elif r < 0.95:
                first = dt.date.fromordinal(day).replace(day=1).toordinal()
                date = (first, first + 27, "month")
            else:
                date = (None, None, None)
            r = rng.random()
            place: dict[str, Any] | None
            if r < 0.80:
                place = dict(town, prec=1)
            elif r < 0.84:
                km, bearing = rng.uniform(3, 15), rng.uniform(0, 2 * math.pi)
                place = dict(town, place_id=town["place_id"] + "-near", lat=town["lat"] + km / 111 * math.cos(bearing),
                             lon=town["lon"] + km / 92 * math.sin(bearing), prec=1)
            elif r < 0.96:
                g = next(g for g in GOVERNORATES if g[0] == town["admin1_pcode"])
                place = {"place_id": f"ocha:{g[0]}", "name": g[1], "lat": g[2], "lon": g[3], "admin1": g[1],
                         "admin1_pcode": g[0], "admin2": None, "prec": 4}
            else:
                place = None
            killed = None if rng.random() < 0.2 else max(0, int(toll * rng.uniform(0.7, 1.4)))
            mentions.append({
                "event": event, "date": date, "place": place,
                "weapons": [weapon] if rng.random() < 0.8 else [],
                "perps": [perp if rng.random() < 0.95 else rng.choice(PERPS)] if rng.random() < 0.7 else [],
                "targets": [target] if rng.random() < 0.5 else [],
                "killed": killed, "outlet": rng.randint(1, 60),
            })
    rng.shuffle(mentions)
    return mentions


def feats(mentions: list[dict[str, Any]]) -> list[Any]:
    from harmledger.geo.admin_names import area_key as admin1_key
    from harmledger.link.features import MentionFeat

    out = []
    for i, m in enumerate(mentions):
        p = m["place"] or {}
        out.append(MentionFeat(
            mention_id=i, document_id=f"d{i}", index=0, text_sha=f"t{i}", source_root=m["outlet"],
            lo=m["date"][0], hi=m["date"][1], precision=m["date"][2], place_id=p.get("place_id"),
            name=p.get("name", "").lower().replace(" ", "") or None, lat=p.get("lat"), lon=p.get("lon"),
            prec=p.get("prec"), a1=admin1_key(p.get("admin1"), p.get("admin1_pcode")), a2=p.get("admin2"),
            weapons=frozenset(m["weapons"]), targets=frozenset(m["targets"]), perps=frozenset(m["perps"]) - {"UNKNOWN"},
            killed=(m["killed"], m["killed"]),
        ))
    return out


def quality(truth: dict[int, int], found: dict[int, str]) -> dict[str, Any]:
    """Pairwise precision and recall of the clustering against the true events."""
    def pairs(groups: Counter[Any]) -> int:
        return sum(n * (n - 1) // 2 for n in groups.values())

    both = Counter((truth[m], found[m]) for m in truth)
    tp = pairs(both)
    pred = pairs(Counter(found.values()))
    gold = pairs(Counter(truth.values()))
    return {"true_events": len(set(truth.values())), "incidents": len(set(found.values())),
            "pair_precision": round(tp / pred, 4) if pred else None, "pair_recall": round(tp / gold, 4) if gold else None}


def _span(n: int, fixed_density: bool) -> int | None:
    return max(30, (END - START) * n // 100_000) if fixed_density else None


class OutOfTime(Exception):
    """The timed part ran past --max-seconds."""


def _alarm(max_seconds: int | None) -> None:
    """From now, raise OutOfTime after max_seconds (none: no limit)."""
    if max_seconds:
        def handler(signum: int, frame: Any) -> None:
            raise OutOfTime

        signal.signal(signal.SIGALRM, handler)
        signal.alarm(max_seconds)


def run_memory(n: int, fixed_density: bool = False, max_seconds: int | None = None) -> dict[str, Any]:
    from harmledger.link.cluster import Clusterer

    mentions = generate(n, span_days=_span(n, fixed_density))
    features = feats(mentions)
    started = time.perf_counter()
    clusterer = Clusterer()
    _alarm(max_seconds)
    try:
        assignments = clusterer.assign_all(features)
    except OutOfTime:
        return {"finished": False, "seconds": round(time.perf_counter() - started, 2), "comparisons": clusterer.comparisons}
    signal.alarm(0)
    seconds = time.perf_counter() - started
    found = {a.mention_id: a.cluster for a in assignments}
    truth = {i: m["event"] for i, m in enumerate(mentions)}
    return {"seconds": round(seconds, 2), "comparisons": clusterer.comparisons, **quality(truth, found)}


def _contract(m: dict[str, Any]) -> dict[str, Any]:
    p = m["place"]
    lo, hi, prec = m["date"]
    return {
        "kind": "incident",
        "date": {"start": dt.date.fromordinal(lo).isoformat(), "end": dt.date.fromordinal(hi).isoformat(),
                 "precision": prec, "evidence": []} if lo is not None else None,
        "places": [{"name": p["name"], "role": "event", "evidence": [], "resolved": {
            "place_id": p["place_id"], "name": p["name"], "lat": p["lat"], "lon": p["lon"], "admin1": p["admin1"],
            "admin1_pcode": p["admin1_pcode"], "admin2": p["admin2"], "country": "SY", "precision": p["prec"]}}] if p else [],
        "actors": [{"code": c, "role": "perpetrator", "evidence": []} for c in m["perps"]],
        "weapons": [{"code": c, "evidence": []} for c in m["weapons"]],
        "targets": [{"code": c, "evidence": []} for c in m["targets"]],
        "casualties": {"killed": {"low": m["killed"], "high": m["killed"], "evidence": []} if m["killed"] is not None else None,
                       "injured": None},
        "attribution": [], "legal": [], "confidence": 0.8,
    }


def insert_mentions(n: int, fixed_density: bool, home: Path) -> float:
    """Create a store in `home` holding n synthetic mentions (run in its own process); seconds taken."""
    from sqlalchemy import insert

    from harmledger._config import Settings
    from harmledger.store import Store
    from harmledger.store.models import Document, Mention, Source

    mentions = generate(n, span_days=_span(n, fixed_density))
    store = Store(None, settings=Settings(home=home))
    store.init()
    started = time.perf_counter()
    with store.session() as s:
        s.execute(insert(Source), [{"id": i, "name": f"Outlet {i}", "kind": "outlet",
                                    "parent_id": (i - 1) if i % 10 == 0 else None} for i in range(1, 61)])
        for first in range(0, n, 5000):
            docs, rows = [], []
            for i in range(first, min(n, first + 5000)):
                m = mentions[i]
                text = f"Report {i} of event {m['event']}"
                sha = hashlib.sha256(text.encode()).hexdigest()
                docs.append({"id": f"d{i}", "sha256": sha, "text_sha256": sha, "title": text, "text": text,
                             "origin": "bench", "media_type": "text/plain", "size": len(text), "source_id": m["outlet"],
                             "status": "processed", "meta": {}, "body_offset": 0, "restricted": False})
                p = m["place"] or {}
                lo, hi, prec = m["date"]
                rows.append({"id": i + 1, "document_id": f"d{i}", "index": 0, "kind": "incident", "is_primary": True,
                             "date_start": dt.date.fromordinal(lo) if lo else None,
                             "date_end": dt.date.fromordinal(hi) if hi else None, "date_precision": prec,
                             "place_name": p.get("name"), "place_id": p.get("place_id"), "lat": p.get("lat"),
                             "lon": p.get("lon"), "where_prec": p.get("prec"), "admin1": p.get("admin1"),
                             "admin1_pcode": p.get("admin1_pcode"), "admin2": p.get("admin2"),
                             "killed_low": m["killed"], "killed_high": m["killed"], "confidence": 0.8,
                             "data": _contract(m), "rejected": False})
            s.execute(insert(Document), docs)
            s.execute(insert(Mention), rows)
    store.engine.dispose()
    return time.perf_counter() - started


def run_sqlite(n: int, fixed_density: bool = False, max_seconds: int | None = None) -> dict[str, Any]:
    """Insert in a child process (so its memory is not counted), then time `link_pending` here."""
    from sqlalchemy import select

    from harmledger._config import Settings
    from harmledger.link import link_pending
    from harmledger.store import Store
    from harmledger.store.models import IncidentLink

    mentions = generate(n, span_days=_span(n, fixed_density))
    truth = {i + 1: m["event"] for i, m in enumerate(mentions)}
    del mentions
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [sys.executable, __file__, "--insert", str(n), tmp] + (["--fixed-density"] if fixed_density else [])
        setup = float(subprocess.run(cmd, capture_output=True, text=True, check=True).stdout.strip())
        store = Store(None, settings=Settings(home=Path(tmp)))
        started = time.perf_counter()
        _alarm(max_seconds)
        try:
            with store.session() as s:
                report = link_pending(s)
        except OutOfTime:
            store.engine.dispose()
            return {"finished": False, "seconds": round(time.perf_counter() - started, 2), "comparisons": None,
                    "insert_seconds": round(setup, 2)}
        signal.alarm(0)
        seconds = time.perf_counter() - started
        with store.session() as s:
            found = {mid: iid for mid, iid in s.execute(select(IncidentLink.mention_id, IncidentLink.incident_id))}
        store.engine.dispose()
    return {"seconds": round(seconds, 2), "insert_seconds": round(setup, 2), "comparisons": report.comparisons,
            **quality(truth, found)}


def child(mode: str, n: int, fixed_density: bool, max_seconds: int | None = None) -> None:
    run = run_memory if mode == "memory" else run_sqlite
    result = run(n, fixed_density, max_seconds)
    result.update(mode=mode, mentions=n, peak_rss_mb=round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1))
    print(json.dumps(result))


def _commit() -> str:
    """The checkout's commit, and whether src/ differs from it (other work in progress)."""
    root = Path(__file__).resolve().parent.parent
    try:
        head = subprocess.run(["git", "-C", str(root), "rev-parse", "--short", "HEAD"], capture_output=True,
                              text=True, check=True).stdout.strip()
        diff = subprocess.run(["git", "-C", str(root), "diff", "HEAD", "--", "src"], capture_output=True,
                              check=True).stdout
        new = subprocess.run(["git", "-C", str(root), "ls-files", "--others", "--exclude-standard", "--", "src"],
                             capture_output=True, text=True, check=True).stdout.split()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    if not diff and not new:
        return head
    digest = hashlib.sha256(diff + b"".join((root / f).read_bytes() for f in new)).hexdigest()[:10]
    return f"{head} with uncommitted changes in src/ (work in progress; sha256 of the diff and new files {digest})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", nargs="+", default=["10000", "100000"],
                        help="Sizes, space- or comma-separated (10000,100000,1000000).")
    parser.add_argument("--max-seconds", type=int, default=None,
                        help="Stop a run whose linking takes longer and report it as not finished.")
    parser.add_argument("--modes", nargs="+", default=["memory", "sqlite"], choices=["memory", "sqlite"])
    parser.add_argument("--fixed-density", action="store_true", help="Stretch the span with the size (see above).")
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    parser.add_argument("--insert", nargs=2, help=argparse.SUPPRESS)
    parser.add_argument("--output", type=Path, default=Path(__file__).parent / "results" / "link.txt")
    args = parser.parse_args()
    if args.insert:
        print(insert_mentions(int(args.insert[0]), args.fixed_density, Path(args.insert[1])))
        return
    if args.child:
        child(args.child[0], int(args.child[1]), args.fixed_density, args.max_seconds)
        return
    sizes = [int(x) for arg in args.sizes for x in arg.split(",") if x.strip()]
    lines = [f"# {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC, commit {_commit()}, Python {platform.python_version()}, "
             f"{platform.machine()}, one process on one core (taskset -c 0)"
             + (", fixed density (span grows with size)" if args.fixed_density else ", span 2012-2020 for every size")
             + (f", time limit {args.max_seconds} s a run" if args.max_seconds else "")]
    header = f"{'mode':7} {'mentions':>9} {'seconds':>8} {'peak MB':>8} {'compar.':>10} {'events':>8} {'incidents':>9} {'pair P':>7} {'pair R':>7}"
    lines.append(header)
    print(lines[0])
    print(header)
    for mode in args.modes:
        for n in sizes:
            cmd = ["taskset", "-c", "0", sys.executable, __file__, "--child", mode, str(n)]
            if args.fixed_density:
                cmd.append("--fixed-density")
            if args.max_seconds:
                cmd += ["--max-seconds", str(args.max_seconds)]
            proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
            if proc.returncode != 0:
                print(proc.stderr, file=sys.stderr)
                raise SystemExit(f"{mode} {n} failed")
            r = json.loads(proc.stdout.strip().splitlines()[-1])
            if r.get("finished") is False:
                line = (f"{mode:7} {n:>9} {'-':>8} {r['peak_rss_mb']:>8} {r['comparisons'] or '-':>10}   "
                        f"not finished in {args.max_seconds} s (stopped at {r['seconds']} s; peak MB and comparisons "
                        f"until then)")
                lines.append(line)
                print(line, flush=True)
                continue
            line = (f"{mode:7} {n:>9} {r['seconds']:>8} {r['peak_rss_mb']:>8} {r['comparisons']:>10} "
                    f"{r['true_events']:>8} {r['incidents']:>9} {r['pair_precision']:>7} {r['pair_recall']:>7}")
            if "insert_seconds" in r:
                line += f"   (inserting the mentions, not timed above: {r['insert_seconds']}s)"
            lines.append(line)
            print(line, flush=True)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    with args.output.open("a", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n\n")


if __name__ == "__main__":
    main()
