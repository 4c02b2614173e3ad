"""The application in a real Chromium: map markers and filters, an analyst's correction in the audit
log, a viewer who cannot change anything. Screenshots go to tests/web/screenshots/."""

from __future__ import annotations

import re
from typing import Any

import httpx
import pytest

from tests.web.browserkit import SCREENSHOTS, log_in

pytestmark = pytest.mark.browser


def _marker_count(page: Any) -> int:
    """The incidents on the map: each is a circle of its own or counted in a cluster, none left out."""
    # Selectors, not wait_for_function: the pages' CSP forbids eval, and the test keeps the CSP on.
    page.wait_for_selector("#map-count[data-count]:not([data-count=''])", state="attached")
    shown = int(page.get_attribute("#map-count", "data-count"))
    clustered = sum(int(n) for n in page.locator("#map .hl-cluster span").all_inner_texts())
    assert page.locator("path.incident-marker").count() + clustered == shown
    return shown


def test_map_shows_the_sample_and_a_filter_changes_the_markers(page: Any, server: dict[str, Any]) -> None:
    api = httpx.get(f"{server['base']}/api/map").json()
    assert api["total"] > 0
    page.goto("/")
    assert _marker_count(page) == api["returned"]
    page.wait_for_timeout(300)  # let the base layer draw for the screenshot
    page.screenshot(path=str(SCREENSHOTS / "map.png"))

    stats = httpx.get(f"{server['base']}/api/stats").json()
    governorate = min((a for a in stats["by_admin1"] if a["key"] not in (None, "unknown")), key=lambda a: a["incidents"])["key"]
    expected = httpx.get(f"{server['base']}/api/map", params={"admin1": governorate}).json()["returned"]
    page.select_option("select[name=admin1]", governorate)
    page.wait_for_selector(f"#map-count[data-count='{expected}']", state="attached")
    assert _marker_count(page) == expected < api["returned"]
    assert f"admin1={governorate.replace(' ', '+')}" in page.url
    page.screenshot(path=str(SCREENSHOTS / "map-filtered.png"))


def _deadly_incident(server: dict[str, Any]) -> dict[str, Any]:
    items = httpx.get(f"{server['base']}/api/incidents", params={"sort": "-killed", "limit": 5}).json()["items"]
    return next(i for i in items if i["casualties"]["killed"]["best"] is not None)


def test_analyst_corrects_a_casualty_figure_and_the_audit_log_shows_it(page: Any, server: dict[str, Any]) -> None:
    incident = _deadly_incident(server)
    machine = incident["casualties"]["killed"]["best"]
    corrected = machine + 7
    log_in(page, "analyst")
    page.goto(f"/incidents/{incident['id']}")
    page.fill("#f-killed_best", str(corrected))
    page.fill("#f-reason", "a later report gives the higher figure")
    page.click("#save-correction")
    page.wait_for_selector(".flash")
    assert page.inner_text("#killed-best").replace(",", "") == str(corrected)
    row = page.locator("#values tr[data-field=killed_best]")
    assert row.locator("td.machine").inner_text().replace(",", "") == str(machine)
    assert row.locator("td.analyst").inner_text() == str(corrected)
    assert page.get_attribute("#status", "title") == "reviewed" and page.inner_text("#status") == "Reviewed"
    page.screenshot(path=str(SCREENSHOTS / "incident-corrected.png"), full_page=True)

    page.goto("/audit")
    assert "intact" in page.inner_text("#audit-verify")
    first = page.locator("#audit-table tbody tr").first
    assert "analyst" in first.inner_text() and "correct" in first.inner_text()
    assert f"killed_best: {machine} → {corrected}" in first.inner_text()
    page.screenshot(path=str(SCREENSHOTS / "audit.png"), full_page=True)
    assert httpx.get(f"{server['base']}/api/incidents/{incident['id']}").json()["casualties"]["killed"]["best"] == corrected


def test_viewer_cannot_change_anything(page: Any, server: dict[str, Any]) -> None:
    incident = _deadly_incident(server)
    before = httpx.get(f"{server['base']}/api/incidents/{incident['id']}").json()
    log_in(page, "viewer")
    page.goto(f"/incidents/{incident['id']}")
    assert page.locator("#correct-form").count() == 0
    # Even a hand-made request with the viewer's own session and CSRF token is refused.
    status = page.evaluate(
        """async (id) => {
            const csrf = document.querySelector('meta[name=csrf-token]').content;
            const r = await fetch('/api/incidents/' + id, {method: 'PATCH', credentials: 'same-origin',
                headers: {'Content-Type': 'application/json', 'X-CSRF-Token': csrf},
                body: JSON.stringify({killed_best: 99999})});
            return r.status;
        }""",
        incident["id"],
    )
    assert status == 403
    after = httpx.get(f"{server['base']}/api/incidents/{incident['id']}").json()
    assert after["casualties"] == before["casualties"] and after["overrides"] == before["overrides"]


def test_main_pages_render_offline(page: Any, server: dict[str, Any]) -> None:
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    document_id = httpx.get(f"{server['base']}/api/documents", params={"limit": 1}).json()["items"][0]["id"]
    for name, path in (("timeline", "/timeline"), ("stats", "/stats"), ("incidents", "/incidents"),
                       ("document", f"/documents/{document_id}"), ("search", "/search?q=killed")):
        page.goto(path)
        page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=name != "document")
    assert page.locator("ol.results li").count() > 0
    assert errors == []


def test_map_draws_the_offline_base_layer_and_sizes_markers_by_killed(page: Any, server: dict[str, Any]) -> None:
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto("/")
    _marker_count(page)
    for pane in ("hl-land", "hl-admin1", "hl-admin2"):
        page.wait_for_selector(f".leaflet-{pane}-pane path", state="attached")
    assert page.locator(".leaflet-hl-admin1-pane path").count() >= 1
    assert not page.locator(".leaflet-tile").count()  # no tile layer unless configured
    assert all(url.startswith(server["base"]) for url in requests), requests
    # Each circle's class names its figure (k-12, or k-unknown): the radius grows with it, unknown as none.
    circles = page.locator("path.incident-marker")
    sized = []
    for i in range(circles.count()):
        k = re.search(r"\bk-(\d+|unknown)\b", circles.nth(i).get_attribute("class") or "")
        assert k is not None
        radius = float(circles.nth(i).get_attribute("d").split("a")[1].split(",")[0])
        sized.append((0 if k.group(1) == "unknown" else int(k.group(1)), radius))
    sized.sort()
    assert [r for _, r in sized] == sorted(r for _, r in sized)
    if len({k for k, _ in sized}) > 1:
        assert sized[-1][1] > sized[0][1]


def test_incident_page_shows_the_sentences_the_figures_came_from(page: Any, server: dict[str, Any]) -> None:
    incident = _deadly_incident(server)
    detail = httpx.get(f"{server['base']}/api/incidents/{incident['id']}").json()
    page.goto(f"/incidents/{incident['id']}")
    marks = page.locator("section.source mark.ev")
    assert marks.count() >= 1
    labels = " ".join(marks.nth(i).get_attribute("title") for i in range(marks.count()))
    assert "killed" in labels
    sentences = sum(len(s["sentences"]) for s in detail["sources"])
    assert page.locator("section.source ul.evidence > li").count() == sentences
    assert page.locator("#values tr[data-field=killed_best] td.machine").count() == 1
    page.screenshot(path=str(SCREENSHOTS / "incident.png"), full_page=True)


def test_analyst_moves_the_place_by_clicking_the_map(page: Any, server: dict[str, Any]) -> None:
    items = httpx.get(f"{server['base']}/api/incidents", params={"sort": "-killed", "limit": 20}).json()["items"]
    incident = [i for i in items if i["place"]["lat"] is not None][-1]  # not the one the other test corrects
    before = httpx.get(f"{server['base']}/api/incidents/{incident['id']}").json()
    log_in(page, "analyst")
    page.goto(f"/incidents/{incident['id']}")
    page.wait_for_selector("#incident-map .leaflet-interactive", state="attached")
    box = page.locator("#incident-map").bounding_box()
    page.mouse.click(box["x"] + box["width"] / 2 + 80, box["y"] + box["height"] / 2 + 50)
    lat, lon = float(page.input_value("#f-lat")), float(page.input_value("#f-lon"))
    assert (lat, lon) != (before["place"]["lat"], before["place"]["lon"])
    assert lon > before["place"]["lon"] and lat < before["place"]["lat"]  # right of and below the old place
    page.fill("#f-reason", "the satellite image shows the crater here")
    page.click("#save-correction")
    page.wait_for_selector(".flash")
    after = httpx.get(f"{server['base']}/api/incidents/{incident['id']}").json()
    assert (after["place"]["lat"], after["place"]["lon"]) == (lat, lon)
    assert {"lat", "lon"} <= set(after["overrides"])
    assert after["machine"]["lat"] == before["machine"]["lat"]  # the machine's place stays beside it


def _unknown_place(server: dict[str, Any]) -> tuple[str, str]:
    """A place name of the sample that the gazetteer does not know, and an incident whose report names it."""
    from sqlalchemy import select

    from harmledger.store.models import IncidentLink, Mention

    with server["store"].session() as session:
        rows = session.execute(select(Mention.data, IncidentLink.incident_id)
                               .join(IncidentLink, IncidentLink.mention_id == Mention.id).order_by(Mention.id)).all()
    unknown = [(str(ref["name"]), str(incident)) for data, incident in rows for ref in data.get("places") or []
               if ref.get("resolved") is None and str(ref.get("name", "")).istitle()]
    for name, incident in unknown:  # unknown on its own too, not just unresolved in its sentence
        if httpx.get(f"{server['base']}/api/geocode", params={"name": name}).json()["candidates"] == []:
            return name, incident
    pytest.skip("every place of this sample is in the gazetteer")


def test_analyst_looks_a_name_up_in_all_of_the_country_and_adds_a_place(page: Any, server: dict[str, Any]) -> None:
    name, incident_id = _unknown_place(server)
    base = server["base"]
    detail = httpx.get(f"{base}/api/incidents/{incident_id}").json()
    elsewhere, governorate = ("Tadmur", "Homs") if detail["place"]["admin1"] != "Homs" else ("Khan Shaykhun", "Idlib")
    log_in(page, "analyst")
    page.goto(f"/incidents/{incident_id}")
    page.wait_for_selector("#incident-map .leaflet-interactive, #incident-map .leaflet-hl-land-pane path",
                           state="attached")

    # The look-up is not limited to the incident's governorate: a place in another one is offered, with it.
    page.fill("#f-place_name", elsewhere)
    page.click("#geocode")
    page.wait_for_selector("#geocode-candidates button.candidate")
    choice = page.locator("#geocode-candidates button.candidate").first
    assert governorate in choice.inner_text() and governorate != detail["place"]["admin1"]
    choice.click()
    assert page.input_value("#f-admin1") == governorate and page.input_value("#g-lat") != ""
    page.screenshot(path=str(SCREENSHOTS / "incident-lookup.png"), full_page=True)

    # The unknown name, placed by a click on the map near the incident's place, goes into the gazetteer.
    page.goto(f"/incidents/{incident_id}")
    page.wait_for_selector("#incident-map .leaflet-interactive", state="attached")
    page.locator("#incident-map").scroll_into_view_if_needed()
    box = page.locator("#incident-map").bounding_box()
    page.mouse.click(box["x"] + box["width"] / 2 + 5, box["y"] + box["height"] / 2 - 40)
    lat, lon = float(page.input_value("#g-lat")), float(page.input_value("#g-lon"))
    page.click(f"#gazetteer-form button.use-name[data-name='{name}']")
    assert page.input_value("#g-name") == name
    if detail["place"]["lat"] is not None:
        assert lat > detail["place"]["lat"]  # above the incident's old place, where the map is centred
    page.click("#add-place")
    page.wait_for_selector(".flash")
    assert f"Added {name} to the gazetteer" in page.inner_text(".flash")
    assert "geocoded again" in page.inner_text(".flash")
    assert page.locator(f"#gazetteer-form button.use-name[data-name='{name}']").count() == 0
    page.screenshot(path=str(SCREENSHOTS / "incident-gazetteer-add.png"), full_page=True)

    found = httpx.get(f"{base}/api/geocode", params={"name": name}).json()["resolved"]
    assert found is not None and found["place_id"].startswith("analyst:")
    assert (round(found["lat"], 4), round(found["lon"], 4)) == (round(lat, 4), round(lon, 4))
    after = httpx.get(f"{base}/api/incidents/{incident_id}").json()
    assert after["machine"]["place_id"] == found["place_id"] or any(
        p["resolved"] and p["resolved"]["place_id"] == found["place_id"]
        for s in after["sources"] for p in httpx.get(f"{base}/api/mentions/{s['mention_id']}").json()["mention"]["places"])
    page.goto("/audit")
    first = page.locator("#audit-table tbody tr").first
    assert "analyst" in first.inner_text() and "gazetteer_add" in first.inner_text()
    assert "intact" in page.inner_text("#audit-verify")
