"""Review through the pages' forms: grade, status, merge, split, reject a mention, upload."""

from __future__ import annotations

from fastapi.testclient import TestClient

from tests.api.apiclient import login


def _post(client: TestClient, path: str, csrf: str, **form: str) -> str:
    reason = {"reason": "checked against the reports"} if form.get("op") == "correct" else {}
    r = client.post(path, data={"csrf_token": csrf, **reason, **form}, follow_redirects=False)
    assert r.status_code == 303, r.text
    return str(r.headers["location"])


def test_grade_status_merge_split_and_reject(client: TestClient) -> None:
    csrf = login(client, "analyst")
    _post(client, "/incidents/inc_daraa/review", csrf, op="grade", grade="confirmed")
    _post(client, "/incidents/inc_daraa/review", csrf, op="confirm")
    _post(client, "/incidents/inc_daraa/review", csrf, op="status", status="final")
    daraa = client.get("/api/incidents/inc_daraa").json()
    assert (daraa["grade"], daraa["status"]) == ("confirmed", "final")

    mentions = [s["mention_id"] for s in client.get("/api/incidents/inc_qah").json()["sources"]]
    location = _post(client, "/incidents/inc_qah/review", csrf, op="split", mention_id=str(mentions[1]))
    new_id = location.split("/incidents/")[1].split("?")[0]
    assert new_id != "inc_qah" and client.get(f"/api/incidents/{new_id}").json()["n_sources"] == 1
    _post(client, "/incidents/inc_qah/review", csrf, op="merge", other_ids=new_id)
    assert client.get(f"/api/incidents/{new_id}").json()["merged_into"] == "inc_qah"
    assert "was merged into" in client.get(f"/incidents/{new_id}").text

    back = _post(client, f"/mentions/{mentions[1]}/reject", csrf, rejected="1")
    assert back.startswith("/documents/doc-qah-2")
    assert client.get("/api/documents/doc-qah-2").json()["mentions"][0]["rejected"] is True
    actions = [e["action"] for e in client.get("/api/audit", params={"limit": 20}).json()["items"]]
    assert actions == ["reject_mention", "merge", "split", "set_status", "confirm", "set_grade"]


def test_upload_form(client: TestClient) -> None:
    csrf = login(client, "analyst")
    text = b"Airstrikes hit Saraqib on Monday, killing 6 civilians.\n"
    page = client.post("/upload", data={"csrf_token": csrf, "source": "SNHR", "published": "2020-02-10"},
                       files={"file": ("saraqib.txt", text, "text/plain")})
    assert page.status_code == 200 and 'id="upload-result"' in page.text
    too_old = client.post("/upload", data={"csrf_token": csrf, "published": "last year"},
                          files={"file": ("x.txt", text, "text/plain")})
    assert too_old.status_code == 422 and "is not a date" in too_old.text


def test_list_fields_and_unchanged_lists_in_the_form(client: TestClient) -> None:
    csrf = login(client, "analyst")
    page = client.get("/incidents/inc_qah").text
    assert 'value="RUS:perpetrator"' in page and 'value="airstrike"' in page
    form = {"op": "correct", "weapons": "airstrike", "actors": "RUS:perpetrator", "targets": "idp_camp, residential"}
    _post(client, "/incidents/inc_qah/review", csrf, **form)
    data = client.get("/api/incidents/inc_qah").json()
    assert data["targets"] == ["idp_camp", "residential"] and set(data["overrides"]) == {"targets"}
    _post(client, "/incidents/inc_qah/review", csrf, op="correct", actors="RUS:perpetrator, SYR_GOV:supporter")
    assert client.get("/api/incidents/inc_qah").json()["actors"][1] == {"code": "SYR_GOV", "role": "supporter"}


def test_gazetteer_lookup_for_the_place(client: TestClient) -> None:
    found = client.get("/api/geocode", params={"name": "Saraqib"}).json()
    assert found["resolved"]["admin1"] == "Idlib" and found["resolved"]["lat"] > 35
    assert client.get("/api/geocode", params={"name": "Nowhere-at-all-xyz"}).json()["resolved"] is None
