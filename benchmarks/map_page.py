"""The main map page in Debian's Chromium with many incidents: the time from opening the page until every
incident is a circle or counted in a cluster, and the clusters and place names then shown.

    .venv/bin/python benchmarks/map_page.py [--incidents 20000] [--runs 3]

A real `harmledger serve` over synthetic incidents (benchmarks/_incidents.py) on 127.0.0.1; writes
benchmarks/results/map_page.txt. The page's default map data is the 20,000 deadliest incidents.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

import httpx
from _incidents import insert_incidents

from harmledger._config import Settings
from harmledger.store import Store

RESULTS = Path(__file__).resolve().parent / "results" / "map_page.txt"
CHROMIUM = "/usr/bin/chromium"



def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--incidents", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory(prefix="harmledger-bench-") as tmp:
        store = Store(None, settings=Settings(home=Path(tmp)))
        store.init()
        with store.session() as session:
            insert_incidents(session, args.incidents, random.Random(7))
        store.engine.dispose()
        # The test suite's start: waits for /api/health, and says why (its stderr) when the server does not come up.
        sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
        from tests.web.serverproc import start_server

        server = start_server(Path(tmp))
        base = server.base
        try:
            httpx.get(base + "/api/map", timeout=120)  # the server's first computation is not the page's
            httpx.get(base + "/map/labels", timeout=120)
            seconds, clusters, names, shown = [], 0, 0, 0
            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path=CHROMIUM, args=["--headless", "--no-sandbox", "--disable-gpu"])
                for _ in range(args.runs):
                    page = browser.new_page(viewport={"width": 1280, "height": 900})
                    start = time.perf_counter()
                    page.goto(base + "/")
                    page.wait_for_selector("#map-count[data-count]:not([data-count=''])", state="attached", timeout=300_000)
                    seconds.append(time.perf_counter() - start)
                    shown = int(page.get_attribute("#map-count", "data-count") or 0)
                    clusters = page.locator("#map .hl-cluster").count()
                    page.locator("#map .place-label").first.wait_for(state="attached", timeout=60_000)
                    names = page.locator("#map .place-label").count()
                    page.close()
                browser.close()
        finally:
            server.stop()
    lines = [f"harmledger map page benchmark, {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC",
             f"{args.incidents:,} incidents in SQLite; Chromium 1280x900; {args.runs} page loads",
             f"incidents on the map: {shown:,}; clusters shown: {clusters}; place names shown: {names}",
             f"open -> every incident clustered or drawn: median {statistics.median(seconds):.2f} s, "
             f"max {max(seconds):.2f} s"]
    RESULTS.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
