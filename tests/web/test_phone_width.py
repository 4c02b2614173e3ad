"""The pages fit a 390 px wide phone: nothing scrolls sideways except a table inside its own box."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from tests.web.browserkit import SCREENSHOTS, log_in

pytestmark = pytest.mark.browser
PHONE = {"width": 390, "height": 844}


def _widths(page: Any) -> tuple[int, int]:
    # Selectors and properties only: the pages' CSP forbids eval, so no evaluate() here.
    doc = int(page.query_selector("html").get_property("scrollWidth").json_value())
    body = int(page.query_selector("body").get_property("scrollWidth").json_value())
    return doc, body


def test_pages_fit_a_phone_without_sideways_scrolling(page: Any, server: dict[str, Any]) -> None:
    items = httpx.get(f"{server['base']}/api/incidents", params={"sort": "-killed", "limit": 1}).json()["items"]
    assert items, "the sample has incidents"
    log_in(page, "analyst")  # the review forms and the audit log are the widest parts
    page.set_viewport_size(PHONE)
    too_wide = {}
    for path in ("/incidents", f"/incidents/{items[0]['id']}", "/stats", "/", "/audit"):
        page.goto(path)
        page.wait_for_load_state("load")
        doc, body = _widths(page)
        if doc > PHONE["width"] or body > PHONE["width"]:
            too_wide[path] = (doc, body)
        page.screenshot(path=str(SCREENSHOTS / f"phone-{path.strip('/').replace('/', '-') or 'map'}.png"), full_page=True)
    assert too_wide == {}, f"pages wider than {PHONE['width']} px (html, body scrollWidth): {too_wide}"


def test_the_incident_list_reads_as_cards_on_a_phone(page: Any, server: dict[str, Any]) -> None:
    page.set_viewport_size(PHONE)
    page.goto("/incidents")
    assert not page.locator("#incident-table thead").is_visible()
    first = page.locator("#incident-table tbody tr").first
    box = first.bounding_box()
    assert box is not None and box["width"] <= PHONE["width"]
