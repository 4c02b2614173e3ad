"""Time `harmledger report` on a large store: 100,000 incidents in SQLite, each with a source document.

    .venv/bin/python benchmarks/report.py [--incidents 100000] [--cap 500] [--no-pdf]

Generates the incidents in bulk (one report each; 5,000 places, a tenth of them located only to the
governorate, a third reviewed), then times the whole report over every incident (HTML, and PDF when
Chromium is installed) and a one-year report, with the time of each part. Writes
benchmarks/results/report.txt. The goal: a report over 100,000 incidents in under a minute.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import os
import random
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from sqlalchemy import insert

sys.path.insert(0, str(Path(__file__).resolve().parent))

from harmledger._config import Settings  # noqa: E402
from harmledger.publish import IncidentFilter  # noqa: E402
from harmledger.publish.report import ReportOptions, build_report, render_html, write_incident_csv  # noqa: E402
from harmledger.publish.report.output import write_report  # noqa: E402
from harmledger.publish.report.pdf import ChromiumNotFoundError, find_chromium, html_to_pdf  # noqa: E402
from harmledger.store import Store  # noqa: E402
from harmledger.store.models import Document, Incident, IncidentLink, Mention, Source  # noqa: E402
from web import ACTORS, GOVERNORATES, GRADES, TARGETS, WEAPONS  # noqa: E402

RESULTS = Path(__file__).resolve().parent / "results" / "report.txt"
OUTLETS = ["SNHR", "SOHR", "Syrian Civil Defence", "Reuters", "AFP", "Enab Baladi", "SANA", "local network"]


def generate(store: Store, n: int, seed: int = 11) -> float:
    """``n`` incidents over 2012-2020, each linked to one document of one of OUTLETS, inserted in bulk."""
    rng = random.Random(seed)
    names = list(GOVERNORATES)
    places = []
    for k in range(5000):
        gov = rng.choice(names)
        lat, lon = GOVERNORATES[gov]
        places.append((f"Place {k}", gov, lat + rng.uniform(-0.4, 0.4), lon + rng.uniform(-0.4, 0.4)))
    start = time.perf_counter()
    day0 = dt.date(2012, 1, 1)
    with store.session() as session:
        session.execute(insert(Source), [{"name": name, "kind": "outlet"} for name in OUTLETS])
    with store.session() as session:
        incidents: list[dict[str, Any]] = []
        documents: list[dict[str, Any]] = []
        mentions: list[dict[str, Any]] = []
        links: list[dict[str, Any]] = []
        for i in range(n):
            name, gov, lat, lon = rng.choice(places)
            vague = i % 10 == 0
            killed = int(rng.expovariate(1 / 6))
            weapon, target, actor = rng.choice(WEAPONS), rng.choice(TARGETS), rng.choice(ACTORS)
            day = day0 + dt.timedelta(days=rng.randrange(3000))
            iid, doc = f"inc_{i:012x}", f"doc_{i:012x}"
            incidents.append({
                "id": iid, "kind": "incident", "date_start": day, "date_end": day, "date_precision": "day",
                "place_name": gov if vague else name, "lat": lat, "lon": lon, "where_prec": 4 if vague else 1,
                "admin1": gov, "country": "SY", "weapons": [weapon], "targets": [target],
                "actors": [{"code": actor, "role": "perpetrator"}], "weapon": weapon, "target": target,
                "perpetrator": actor, "killed_low": killed, "killed_best": killed, "killed_high": killed + i % 3,
                "injured_low": killed * 2, "injured_best": killed * 2, "injured_high": killed * 2,
                "civilians_killed": killed if i % 2 else None, "children_killed": killed // 3 if i % 4 == 1 else None,
                "women_killed": None, "n_sources": 1, "n_independent": 1, "grade": rng.choice(GRADES),
                "status": "reviewed" if i % 3 == 0 else "machine", "machine": {}, "overrides": {}, "deleted": False,
            })
            title = f"{weapon.replace('_', ' ').title()} kills {killed} in {name}"
            documents.append({
                "id": doc, "sha256": hashlib.sha256(doc.encode()).hexdigest(),
                "text_sha256": hashlib.sha256(title.encode()).hexdigest(), "title": title, "text": title,
                "body_offset": 0, "published": day + dt.timedelta(days=1), "source_id": 1 + i % len(OUTLETS),
                "origin": f"https://news.example/{doc}", "media_type": "text/html", "size": len(title),
                "restricted": False, "status": "processed", "meta": {},
            })
            mentions.append({"id": i + 1, "document_id": doc, "index": 0, "kind": "incident", "is_primary": True,
                             "date_start": day, "date_end": day, "killed_low": killed, "killed_high": killed,
                             "confidence": 0.9, "data": {}, "rejected": False})
            links.append({"mention_id": i + 1, "incident_id": iid, "score": 1.0, "reasons": [], "method": "machine"})
            if len(incidents) == 5000 or i == n - 1:
                for model, rows in ((Incident, incidents), (Document, documents), (Mention, mentions),
                                    (IncidentLink, links)):
                    session.execute(insert(model), rows)
                    rows.clear()
    return time.perf_counter() - start


def _timed(label: str, fn: Any, lines: list[str]) -> Any:
    t0 = time.perf_counter()
    value = fn()
    lines.append(f"  {label:<44} {time.perf_counter() - t0:7.2f} s")
    print(lines[-1], flush=True)
    return value


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--incidents", type=int, default=100_000)
    parser.add_argument("--cap", type=int, default=500)
    parser.add_argument("--no-pdf", action="store_true")
    args = parser.parse_args()
    try:
        chromium = None if args.no_pdf else find_chromium()
    except ChromiumNotFoundError:
        chromium = None
    with tempfile.TemporaryDirectory() as home:
        store = Store(None, settings=Settings(home=Path(home)))
        store.init()
        took = generate(store, args.incidents)
        lines = [f"harmledger report on {args.incidents:,} incidents with one source each (SQLite), cap {args.cap}",
                 f"  (generated in {took:.1f} s)"]
        print("\n".join(lines), flush=True)
        flt, options = IncidentFilter(), ReportOptions(cap=args.cap)
        with store.session() as s:
            lines.append("parts, every incident:")
            report = _timed("build_report (stats, list, map, sources)", lambda: build_report(s, flt, options), lines)
            html = _timed("render_html", lambda: render_html(report), lines)
            with (Path(home) / "all.csv").open("w", encoding="utf-8", newline="") as out:
                _timed("write_incident_csv (every incident)",
                       lambda: write_incident_csv(s, flt, out, public=options.public), lines)
            if chromium:
                _timed("html_to_pdf (Chromium)", lambda: html_to_pdf(html, chromium=chromium), lines)
            lines.append(f"  HTML size {len(html.encode()) / 1e6:.2f} MB, {len(report['incidents'])} incidents listed")
            lines.append("whole reports (write_report):")
            _timed("every incident, HTML + CSV", lambda: write_report(s, flt, Path(home) / "all.html", options), lines)
            if chromium:
                _timed("every incident, PDF + CSV", lambda: write_report(s, flt, Path(home) / "all.pdf", options,
                                                                           chromium=chromium), lines)
                size = (Path(home) / "all.pdf").stat().st_size
                lines.append(f"  PDF size {size / 1e6:.2f} MB")
            year = IncidentFilter(date_from=dt.date(2016, 1, 1), date_to=dt.date(2016, 12, 31))
            _timed("one year (2016), HTML + CSV", lambda: write_report(s, year, Path(home) / "y.html", options), lines)
            month = IncidentFilter(date_from=dt.date(2016, 3, 1), date_to=dt.date(2016, 3, 31))
            _timed("one month (2016-03), HTML", lambda: write_report(s, month, Path(home) / "m.html", options), lines)
    # The machine is shared: the load says how much of the time was spent waiting for a core.
    lines.append(f"load average (1, 5 min) at the end: {os.getloadavg()[0]:.1f}, {os.getloadavg()[1]:.1f} "
                 f"on {os.cpu_count()} cores")
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text("\n".join(lines) + "\n")
    print(f"wrote {RESULTS}")


if __name__ == "__main__":
    main()
