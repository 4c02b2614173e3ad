"""Corrections in a real Chromium: a refused one shows its message beside the form and saves nothing; a
saved one shows its reason on the audit page. Screenshots go to tests/web/screenshots/."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from tests.web.browserkit import SCREENSHOTS, log_in

pytestmark = pytest.mark.browser


def _incident(server: dict[str, Any], skip: int) -> dict[str, Any]:
    items = httpx.get(f"{server['base']}/api/incidents", params={"sort": "-killed", "limit": 10}).json()["items"]
    return [i for i in items if i["casualties"]["killed"]["best"] is not None][skip]


def test_an_inconsistent_range_is_refused_with_its_message_and_nothing_saved(page: Any, server: dict[str, Any]) -> None:
    incident = _incident(server, 2)
    before = httpx.get(f"{server['base']}/api/incidents/{incident['id']}").json()
    audit_before = httpx.get(f"{server['base']}/audit").text.count("<tr>")
    log_in(page, "analyst")
    page.goto(f"/incidents/{incident['id']}")
    page.fill("#f-killed_low", "70")
    page.fill("#f-killed_high", "53")
    page.fill("#f-reason", "the ministry's figures")
    page.click("#save-correction")
    page.wait_for_selector("#correction-error")
    assert "killed_low (70) is above killed_high (53)" in page.inner_text("#correction-error")
    # The analyst's input is still in the form, to fix and send again.
    assert page.input_value("#f-killed_low") == "70" and page.input_value("#f-killed_high") == "53"
    assert page.input_value("#f-reason") == "the ministry's figures"
    page.screenshot(path=str(SCREENSHOTS / "correction-refused.png"), full_page=True)
    after = httpx.get(f"{server['base']}/api/incidents/{incident['id']}").json()
    assert after["casualties"] == before["casualties"] and after["overrides"] == before["overrides"]
    assert httpx.get(f"{server['base']}/audit").text.count("<tr>") == audit_before


def test_a_correction_with_its_reason_shows_on_the_audit_page(page: Any, server: dict[str, Any]) -> None:
    incident = _incident(server, 3)
    low = incident["casualties"]["killed"]["low"] or 0
    high = max(incident["casualties"]["killed"]["high"] or 0, low) + 3
    reason = f"hospital list names {high} dead"
    log_in(page, "analyst")
    page.goto(f"/incidents/{incident['id']}")
    page.fill("#f-killed_high", str(high))
    page.select_option("#f-weapons", ["airstrike", "barrel_bomb"])
    page.fill("#f-reason", reason)
    page.click("#save-correction")
    page.wait_for_selector(".flash")
    assert page.locator("#correction-error").count() == 0
    assert reason in page.inner_text("#trail")
    page.goto("/audit")
    row = page.locator("#audit-table tbody tr").first
    assert row.locator("td.reason").inner_text() == reason
    assert "killed_high:" in row.inner_text() and "correct" in row.inner_text()
    page.screenshot(path=str(SCREENSHOTS / "correction-audit.png"), full_page=True)
    saved = httpx.get(f"{server['base']}/api/incidents/{incident['id']}").json()
    assert saved["casualties"]["killed"]["high"] == high and saved["weapons"] == ["airstrike", "barrel_bomb"]
