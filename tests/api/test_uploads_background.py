"""Uploads processed in the background (the same code as `harmledger process`), their state per file,
the date of a report that states none, a stopped server's work finished at the next start, the maps'
place names, and an unknown toll that stays unknown on the map."""

from __future__ import annotations

import datetime as dt
import time
from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import select

from harmledger.processing.uploads import UPLOAD_ACTION
from harmledger.review import audit
from harmledger.store import Store
from harmledger.store.models import Document, Incident
from tests.api.apiclient import login, make_client

WAIT = 120.0  # generous: the first document builds the extractor; nothing here measures speed
REPORT = (b"Syrian Network for Human Rights\n\nAirstrikes hit the town of Saraqib in Idlib on 3 March 2021, "
          b"killing 7 civilians, including 2 children, and injuring 11 others, local sources said.\n")


def _follow(client: TestClient, document_id: str) -> dict[str, Any]:
    deadline = time.monotonic() + WAIT
    while True:
        item: dict[str, Any] = client.get(f"/api/documents/{document_id}/processing").json()
        if item["state"] in ("done", "failed"):
            return item
        assert time.monotonic() < deadline, f"still {item['state']}"
        time.sleep(0.1)


def test_an_upload_is_processed_in_the_background_and_dated_by_its_upload(filled: Store) -> None:
    with make_client(filled) as client:
        csrf = login(client, "analyst")
        r = client.post("/api/documents", files={"file": ("saraqib.txt", REPORT, "text/plain")},
                        headers={"X-CSRF-Token": csrf})
        assert r.status_code == 201, r.text
        body = r.json()
        # No date given and none at the top of the report ("on 3 March 2021" dates the event): the upload's day.
        assert body["published_from"] == "upload"
        item = _follow(client, body["document_id"])
        assert item["state"] == "done", item
        assert item["mentions"] >= 1 and item["links"] >= 1 and item["incidents"]
        incident = client.get(f"/api/incidents/{item['incidents'][0]}").json()
        assert incident["place"]["name"] == "Saraqib"
        assert body["document_id"] in {s["document_id"] for s in incident["sources"]}
        document = client.get(f"/api/documents/{body['document_id']}").json()
        assert document["published"] == dt.datetime.now(dt.UTC).date().isoformat()
        page = client.get(f"/documents/{body['document_id']}").text
        assert 'id="published-from"' in page and "the day of its upload" in page
        # The upload page lists it, done, with its incident.
        listing = client.get("/upload").text
        assert f'data-document-id="{body["document_id"]}" data-state="done"' in listing
        status = client.get("/upload/status", params={"ids": body["document_id"]}).json()
        assert status["moving"] is False and status["items"][0]["summary"].startswith("done: ")


def test_a_stated_date_is_kept_and_refused_files_are_listed_per_file(filled: Store) -> None:
    with make_client(filled) as client:
        csrf = login(client, "analyst")
        dated = b"Damascus, 12 March 2019 (SANA) - Shelling hit Douma, killing 3 people.\n"
        page = client.post("/upload", data={"csrf_token": csrf},
                           files=[("file", ("douma.txt", dated, "text/plain")), ("file", ("empty.txt", b"  ", "text/plain")),
                                  ("file", ("run.exe", b"MZ", "application/octet-stream"))])
        assert page.status_code == 200
        refused = page.text.split('id="upload-refused"', 1)[1].split("</ul>", 1)[0]
        assert "empty.txt" in refused and "run.exe" in refused and "douma.txt" not in refused
        with filled.session() as session:
            doc = session.scalars(select(Document).where(Document.origin == "upload:douma.txt")).one()
            assert (doc.published, doc.published_from) == (dt.date(2019, 3, 12), "dateline")
        assert f'data-document-id="{doc.id}"' in page.text
        assert _follow(client, doc.id)["state"] == "done"
        nothing = client.post("/upload", data={"csrf_token": csrf}, files=[("file", ("x.exe", b"MZ", "application/x"))])
        assert nothing.status_code == 422 and "x.exe" in nothing.text


def test_processing_state_is_for_logged_in_users_of_the_internal_server(filled: Store) -> None:
    with make_client(filled) as client:
        assert client.get("/api/documents/doc-qah/processing").status_code == 401
        assert client.get("/upload/status", params={"ids": "doc-qah"}).status_code == 401
        login(client, "viewer")
        assert client.get("/api/documents/doc-qah/processing").json()["state"] == "done"
        assert client.get("/api/documents/no-such/processing").status_code == 404
    with make_client(filled, public_mode=True) as public:
        assert public.get("/api/documents/doc-qah/processing").status_code == 401


def test_a_starting_server_finishes_the_uploads_a_stopped_one_left(filled: Store) -> None:
    from harmledger.ingest import ingest_bytes

    result = ingest_bytes(filled, REPORT, filename="left.txt", media_type="text/plain")
    assert result.document_id is not None
    with filled.session() as session:  # uploaded, then the server died before processing it
        audit.record(session, "analyst", UPLOAD_ACTION, "document", result.document_id, None, {"filename": "left.txt"})
    with make_client(filled) as client:
        login(client, "analyst")
        assert _follow(client, result.document_id)["state"] == "done"
    with filled.session() as session:
        doc = session.get(Document, result.document_id)
        assert doc is not None and doc.status == "processed"


def test_the_map_keeps_an_unknown_toll_unknown(client: TestClient) -> None:
    with client.app.state.store.session() as session:  # type: ignore[attr-defined]
        incident = session.get(Incident, "inc_alepp")
        assert incident is not None and incident.lat is not None
        incident.killed_low = incident.killed_best = incident.killed_high = None
        incident.injured_best = None
    features = {f["id"]: f["properties"] for f in client.get("/api/map").json()["features"]}
    assert features["inc_alepp"]["k"] is None and features["inc_alepp"]["i"] is None
    assert features["inc_qah"]["k"] == 12


def test_place_names_for_the_maps(client: TestClient) -> None:
    labels = client.get("/map/labels").json()["places"]
    incident_places = [p for p in labels if p["kind"] == "incidents"]
    assert incident_places and all(p["n"] >= 1 for p in incident_places)
    assert [p["n"] for p in incident_places] == sorted((p["n"] for p in incident_places), reverse=True)
    names = [p["name"] for p in labels]
    assert "Aleppo" in names and "Damascus" in names and len(names) == len(set(names))
    only_daraa = {p["name"] for p in client.get("/map/labels", params={"admin1": "Daraa"}).json()["places"]
                  if p["kind"] == "incidents"}
    assert only_daraa < {p["name"] for p in incident_places}
    context = client.get("/map/context", params={"lat": 35.80, "lon": 36.70}).json()["places"]
    assert {"Idlib", "Saraqib"} <= {p["name"] for p in context}
    assert all(p["km"] <= 60 for p in context if p["kind"] != "city")
    desert = client.get("/map/context", params={"lat": 34.55, "lon": 38.28}).json()["places"]
    assert any(p["kind"] == "city" for p in desert)  # the nearest city, however far


def test_an_upload_can_state_its_language(filled: Store) -> None:
    arabic = "قتل 5 مدنيين في قصف على بلدة سراقب يوم الثلاثاء".encode()
    with make_client(filled) as client:
        csrf = login(client, "analyst")
        r = client.post("/api/documents", files={"file": ("saraqib-ar.txt", arabic, "text/plain")},
                        data={"language": "AR", "published": "2021-03-04"}, headers={"X-CSRF-Token": csrf})
        assert r.status_code == 201, r.text
        with filled.session() as s:
            assert s.get(Document, r.json()["document_id"]).language == "ar"  # type: ignore[union-attr]
        bad = client.post("/api/documents", files={"file": ("other.txt", b"Shelling hit Douma.", "text/plain")},
                          data={"language": "Arabic"}, headers={"X-CSRF-Token": csrf})
        assert bad.status_code == 422 and bad.json()["error"]["code"] == "E145", bad.text
