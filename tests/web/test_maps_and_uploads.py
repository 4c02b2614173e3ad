"""In a real Chromium: incidents at one place gathered into one cluster with their count, place names
that never overlap, the incident's small map with its surroundings, and a report uploaded through the
page processed in the background until its incident appears."""

from __future__ import annotations

from collections import Counter
from typing import Any

import httpx
import pytest

from tests.web.browserkit import SCREENSHOTS, log_in
from tests.web.test_browser import _marker_count

pytestmark = pytest.mark.browser
PROCESSING_WAIT_MS = 180_000  # generous: the server builds its extractor for the first upload


def _overlap(a: dict[str, float], b: dict[str, float]) -> bool:
    return (a["x"] < b["x"] + b["width"] and b["x"] < a["x"] + a["width"]
            and a["y"] < b["y"] + b["height"] and b["y"] < a["y"] + a["height"])


def test_incidents_at_one_place_show_as_one_cluster_with_their_count(page: Any, server: dict[str, Any]) -> None:
    features = httpx.get(f"{server['base']}/api/map").json()["features"]
    (lon, lat), n = Counter(tuple(f["geometry"]["coordinates"]) for f in features).most_common(1)[0]
    assert n >= 2, "the sample has no two incidents at one place"
    page.goto("/")
    _marker_count(page)
    page.screenshot(path=str(SCREENSHOTS / "map-clusters.png"))
    # As close as the map goes: only incidents at the very same point still share a cluster.
    page.evaluate("([lat, lon]) => document.getElementById('map').hlMap.setView([lat, lon], 16, {animate: false})",
                  [lat, lon])
    cluster = page.locator("#map .hl-cluster", has=page.locator(f"span:text-is('{n}')"))
    cluster.first.wait_for(state="visible")
    assert cluster.count() == 1
    assert f"{n} incidents here" in (cluster.locator(".hl-cluster-inner").get_attribute("title") or "")
    # A click spreads them out: every one of them can be opened.
    cluster.click()
    page.locator("path.incident-marker").nth(n - 1).wait_for(state="attached")
    assert page.locator("path.incident-marker").count() >= n
    page.screenshot(path=str(SCREENSHOTS / "map-spiderfied.png"))


def test_the_map_names_the_incidents_places_without_overlap(page: Any, server: dict[str, Any]) -> None:
    known = {p["name"]: p["kind"] for p in httpx.get(f"{server['base']}/map/labels").json()["places"]}
    page.goto("/")
    _marker_count(page)
    page.locator("#map .place-label").first.wait_for(state="visible")
    # One snapshot of names and boxes: the labels are laid out again whenever the map moves, so reading them one
    # call at a time could mix two layouts.
    shown = page.eval_on_selector_all("#map .place-label", """els => els.map(e => {
        const r = e.getBoundingClientRect();
        return {name: e.innerText, box: {x: r.x, y: r.y, width: r.width, height: r.height}};
    })""")
    names = [s["name"] for s in shown]
    assert names and all(name in known for name in names)
    assert any(known[name] == "incidents" for name in names)
    boxes = [s["box"] for s in shown]
    assert not any(_overlap(a, b) for i, a in enumerate(boxes) for b in boxes[i + 1:])
    # The country under the names is drawn, not squeezed to nothing by the pages' phone-width rules.
    land = page.locator("#map .leaflet-hl-land-pane svg").first.bounding_box()
    assert land is not None and land["width"] > 100 and land["height"] > 100
    page.screenshot(path=str(SCREENSHOTS / "map-labels.png"))


def test_the_incident_map_shows_where_the_place_is(page: Any, server: dict[str, Any]) -> None:
    items = httpx.get(f"{server['base']}/api/incidents", params={"sort": "-killed", "limit": 50}).json()["items"]
    incident = next(i for i in items if i["place"]["lat"] is not None and i["place"]["admin1"])
    page.goto(f"/incidents/{incident['id']}")
    page.wait_for_selector("#incident-map[data-context]:not([data-context='none'])", state="attached")
    zoom = int(page.get_attribute("#incident-map", "data-zoom"))
    assert 7 <= zoom <= 10  # a town's surroundings, not its streets
    own = page.locator("#incident-map .place-label.place-incident")
    assert own.count() == 1 and own.inner_text() == incident["place"]["name"]
    towns = page.locator("#incident-map .place-label:not(.place-incident)")
    assert towns.count() >= 2
    context = page.inner_text("#minimap-context")
    assert "Syria" in context and "governorate" in context
    page.locator("#incident-map").scroll_into_view_if_needed()
    page.locator("#incident-map").screenshot(path=str(SCREENSHOTS / "incident-minimap.png"))


def test_an_upload_is_processed_in_the_background_until_its_incident_appears(page: Any, server: dict[str, Any]) -> None:
    report = (b"Local Coordination Committees\n\nRussian warplanes struck a market in the town of Saraqib in the "
              b"Idlib countryside on 9 September 2022, killing 9 civilians, including 3 children, and injuring 14.\n")
    log_in(page, "analyst")
    page.goto("/upload")
    page.set_input_files("input[name=file]", files=[
        {"name": "saraqib-market.txt", "mimeType": "text/plain", "buffer": report},
        {"name": "blank.txt", "mimeType": "text/plain", "buffer": b"   "},
    ])
    page.click("form.stack button[type=submit]")
    page.wait_for_selector("#upload-result")
    assert "blank.txt" in page.inner_text("#upload-refused")  # refused on its own line; the other went on
    row = page.locator("#uploads tbody tr").first  # the newest upload
    document_id = row.get_attribute("data-document-id")
    assert document_id and row.get_attribute("data-state") in ("queued", "processing", "linking", "done")
    done = page.locator(f"#uploads tr[data-document-id='{document_id}'][data-state='done']")
    done.wait_for(state="attached", timeout=PROCESSING_WAIT_MS)
    assert done.locator("td.state").inner_text().startswith("done: ")
    page.screenshot(path=str(SCREENSHOTS / "upload-done.png"), full_page=True)
    done.locator("td.incidents a").first.click()
    page.wait_for_selector("#killed-best")
    assert "Saraqib" in page.inner_text("h1")
    assert page.locator(f"section.source h3 a[href='/documents/{document_id}']").count() == 1
