"""Corrections through the API and the page's form: a refused one is a 422 and saves nothing; the reason
is kept and shown."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from harmledger.store import Store
from harmledger.store.models import AuditEntry, ReviewAction
from tests.api.apiclient import login


def _saved(store: Store) -> tuple[int, int]:
    with store.session() as session:
        return (session.scalar(select(func.count()).select_from(ReviewAction)) or 0,
                session.scalar(select(func.count()).select_from(AuditEntry)) or 0)


@pytest.mark.parametrize(("body", "ref", "field"), [
    ({"killed_low": 70, "killed_high": 53, "reason": "x"}, "E074", "killed_low"),
    ({"date_start": "2020-03-02", "date_end": "2020-03-01", "reason": "x"}, "E075", "date_start"),
    ({"actors": [{"code": "ISIS", "role": "cheerleader"}], "reason": "x"}, "E076", "actors"),
    ({"weapons": ["sling"], "reason": "x"}, "E076", "weapons"),
    ({"place_id": "nowhere", "reason": "x"}, "E077", "place_id"),
    ({"killed_best": 13}, "E078", "reason"),
    ({"killed_best": 13, "reason": "  "}, "E078", "reason"),
])
def test_a_refused_correction_is_a_422_in_the_error_shape_and_saves_nothing(
        client: TestClient, filled: Store, body: dict[str, Any], ref: str, field: str) -> None:
    csrf = login(client, "analyst")
    before_detail = client.get("/api/incidents/inc_qah").json()
    before = _saved(filled)
    r = client.patch("/api/incidents/inc_qah", json=body, headers={"X-CSRF-Token": csrf})
    assert r.status_code == 422, r.text
    error = r.json()["error"]
    assert error["code"] == "invalid" and error["status"] == 422 and error["details"] == {"ref": ref, "field": field}
    assert error["message"] and "[E0" not in error["message"]
    assert _saved(filled) == before
    after = client.get("/api/incidents/inc_qah").json()
    assert after["casualties"] == before_detail["casualties"] and after["overrides"] == before_detail["overrides"]


def test_a_correction_with_its_reason_is_saved_and_shown(client: TestClient, filled: Store) -> None:
    csrf = login(client, "analyst")
    r = client.patch("/api/incidents/inc_qah", headers={"X-CSRF-Token": csrf},
                     json={"killed_low": 12, "killed_best": 14, "killed_high": 16, "reason": "SNHR's list of names"})
    assert r.status_code == 200, r.text
    with filled.session() as session:
        assert session.scalars(select(ReviewAction)).one().reason == "SNHR's list of names"
    audit_page = client.get("/audit").text
    assert "SNHR&#39;s list of names" in audit_page and "killed_best: 12 → 14" in audit_page
    assert "reason: – →" not in audit_page  # shown once, in its own column
    incident_page = client.get("/incidents/inc_qah").text
    assert 'id="trail"' in incident_page and "SNHR&#39;s list of names" in incident_page


def test_the_form_shows_a_refusal_beside_the_form_and_keeps_the_input(client: TestClient, filled: Store) -> None:
    csrf = login(client, "analyst")
    before = _saved(filled)
    form = {"op": "correct", "csrf_token": csrf, "killed_low": "70", "killed_high": "53",
            "reason": "the ministry's figures"}
    r = client.post("/incidents/inc_qah/review", data=form, follow_redirects=False)
    assert r.status_code == 422
    assert 'id="correction-error"' in r.text and "killed_low (70) is above killed_high (53)" in r.text
    assert 'id="f-killed_low" value="70"' in r.text and 'id="f-killed_high" value="53"' in r.text
    assert "the ministry&#39;s figures</textarea>" in r.text
    assert _saved(filled) == before


def test_the_form_has_pickers_with_labels_and_posts_codes(client: TestClient) -> None:
    csrf = login(client, "analyst")
    page = client.get("/incidents/inc_qah").text
    assert '<select name="weapons" id="f-weapons" multiple' in page
    assert '<option value="barrel_bomb" >Barrel bomb</option>' in page
    assert '<option value="airstrike" selected>Airstrike</option>' in page
    assert '<option value="RUS:perpetrator" selected>RUS – russia (perpetrator)</option>' in page
    assert '<select name="perpetrator" id="f-perpetrator">' in page and 'id="f-reason"' in page
    r = client.post("/incidents/inc_qah/review", follow_redirects=False, data={
        "op": "correct", "csrf_token": csrf, "reason": "second source", "weapons": ["", "airstrike", "cluster_munition"],
        "actors": ["", "RUS:perpetrator", "SYR_GOV:supporter"]})
    assert r.status_code == 303, r.text
    data = client.get("/api/incidents/inc_qah").json()
    assert data["weapons"] == ["airstrike", "cluster_munition"]
    assert {"code": "SYR_GOV", "role": "supporter"} in data["actors"]
    # The same choices in another order change nothing.
    r = client.post("/incidents/inc_qah/review", follow_redirects=False, data={
        "op": "correct", "csrf_token": csrf, "reason": "again", "weapons": ["", "cluster_munition", "airstrike"]})
    assert r.status_code == 303 and "Nothing+changed" in r.headers["location"]
    r = client.post("/incidents/inc_qah/review", follow_redirects=False, data={
        "op": "correct", "csrf_token": csrf, "reason": "again", "actors": ["", "SYR_GOV:supporter", "RUS:perpetrator"]})
    assert r.status_code == 303 and "Nothing+changed" in r.headers["location"]
