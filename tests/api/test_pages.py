"""The pages: report text is escaped everywhere, review forms work, uploads are limited."""

from __future__ import annotations

from fastapi.testclient import TestClient

from harmledger.store import Store
from tests.api import sampledata
from tests.api.apiclient import login, make_client

ESCAPED = "&lt;script&gt;alert(&#39;owned&#39;)&lt;/script&gt;"


def test_script_in_a_report_shows_as_text_everywhere(client: TestClient) -> None:
    login(client, "analyst")
    for path in ("/documents/doc-daraa", "/incidents/inc_daraa", "/search?q=barrel", "/incidents"):
        page = client.get(path)
        assert page.status_code == 200, path
        assert sampledata.SCRIPT not in page.text, path
    assert ESCAPED in client.get("/documents/doc-daraa").text
    assert client.get("/").headers["content-security-policy"].startswith("default-src 'self'")


def test_pages_render(client: TestClient) -> None:
    for path in ("/", "/timeline", "/timeline?period=year&admin1=Idlib", "/stats", "/stats?date_from=&weapon=",
                 "/incidents?admin1=Idlib", "/search", "/login", "/upload"):
        assert client.get(path).status_code == 200, path
    document = client.get("/documents/doc-qah").text
    assert '<mark class="ev mc0"' in document and ">killing 12 civilians</mark>" in document
    incident = client.get("/incidents/inc_qah").text
    assert ">killing 12 civilians</mark>" in incident and "Reuters" in incident
    assert client.get("/audit").status_code == 401


def test_analyst_corrects_through_the_form(client: TestClient) -> None:
    csrf = login(client, "analyst")
    page = client.get("/incidents/inc_qah").text
    assert 'id="correct-form"' in page
    form = {"op": "correct", "csrf_token": csrf, "killed_best": "15", "lat": "36.30000", "lon": "36.72",
            "place_name": "Qah", "date_start": "2019-11-20",
            "reason": "the second report gives 15"}
    r = client.post("/incidents/inc_qah/review", data=form, follow_redirects=False)
    assert r.status_code == 303
    data = client.get("/api/incidents/inc_qah").json()
    assert data["casualties"]["killed"]["best"] == 15 and data["place"]["lat"] == 36.3
    assert set(data["overrides"]) == {"killed_best", "lat", "lon"}  # unchanged fields are not overridden
    audit_page = client.get("/audit").text
    assert "killed_best: 12 → 15" in audit_page and "analyst" in audit_page
    bad = client.post("/incidents/inc_qah/review", data={**form, "killed_best": "-3"})
    assert bad.status_code == 422


def test_upload_limits_and_storage(filled: Store) -> None:
    with make_client(filled, max_upload_bytes=2000) as client:
        csrf = login(client, "analyst")
        headers = {"X-CSRF-Token": csrf}
        big = client.post("/api/documents", files={"file": ("big.txt", b"x" * 2001, "text/plain")}, headers=headers)
        assert big.status_code == 413 and big.json()["error"]["code"] == "too_large"
        exe = client.post("/api/documents", files={"file": ("run.exe", b"MZ...", "application/octet-stream")},
                          headers=headers)
        assert exe.status_code == 415
        png = client.post("/api/documents", files={"file": ("report.txt", b"\x89PNG\r\n\x1a\n" + b"\0" * 50,
                                                            "text/plain")}, headers=headers)
        assert png.status_code == 422
        text = b"Shelling hit Maarat al-Numan on Tuesday, killing 4 civilians, a witness said.\n"
        ok = client.post("/api/documents", files={"file": ("report.txt", text, "text/plain")},
                         data={"source": "SNHR", "published": "2020-01-14", "restricted": "true"}, headers=headers)
        assert ok.status_code == 201, ok.text
        doc = client.get(f"/api/documents/{ok.json()['document_id']}").json()
        assert "Maarat al-Numan" in doc["text"] and doc["restricted"] is True
        login(client, "viewer")
        denied = client.post("/api/documents", files={"file": ("r.txt", text, "text/plain")})
        assert denied.status_code == 403


def test_nothing_is_loaded_from_the_internet(client: TestClient) -> None:
    import re

    for path in ("/", "/incidents/inc_qah", "/documents/doc-qah", "/stats", "/timeline", "/api/docs"):
        html = client.get(path).text
        external = re.findall(r'<(?:script|link|img)[^>]+(?:src|href)="(https?:)?//', html)
        assert external == [], path
    docs = client.get("/api/docs").text
    assert "GET /api/incidents" in docs and "date_from" in docs


def test_oversized_upload_is_refused_before_it_is_parsed(filled: Store) -> None:
    with make_client(filled, max_upload_bytes=1000) as client:
        csrf = login(client, "analyst")
        body = b"x" * 200_000
        r = client.post("/api/documents", files={"file": ("big.txt", body, "text/plain")},
                        headers={"X-CSRF-Token": csrf})
        assert r.status_code == 413 and r.json()["error"]["code"] == "too_large"

        def chunks():  # no Content-Length: counted as it arrives
            yield b"--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n\r\n"
            for _ in range(10):
                yield b"y" * 20_000
        r = client.post("/upload", content=chunks(), headers={"Content-Type": "multipart/form-data; boundary=b",
                                                              "X-CSRF-Token": csrf})
        assert r.status_code == 413
