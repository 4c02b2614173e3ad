"""GET /api/mentions and /api/mentions/{id}: filters, paging, the detail's evidence and incident link, and
restricted reports' mentions hidden from anyone not logged in (on SQLite and PostgreSQL)."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import select

from harmledger.review.accounts import create_token, get_user
from harmledger.store import Store
from harmledger.store.models import Mention
from tests.api import sampledata
from tests.api.apiclient import login, make_client


def _ids(client: TestClient, headers: dict[str, str] | None = None, **params: Any) -> list[str]:
    r = client.get("/api/mentions", params=params, headers=headers or {})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["total"] >= len(body["items"]) and set(body) == {"items", "total", "limit", "offset"}
    return [item["document_id"] for item in body["items"]]


def _mention_of(store: Store, document_id: str) -> int:
    with store.session() as session:
        return int(session.scalars(select(Mention.id).where(Mention.document_id == document_id)).one())


def test_lists_filters_and_pages_on_both_databases(store: Store) -> None:
    sampledata.build(store)
    with make_client(store) as client:
        login(client, "viewer")
        assert _ids(client) == ["doc-aleppo", "doc-daraa", "doc-ariha", "doc-qah-2", "doc-qah"]  # newest first
        assert _ids(client, document_id="doc-qah") == ["doc-qah"]
        assert _ids(client, incident_id="inc_qah") == ["doc-qah-2", "doc-qah"]
        assert _ids(client, admin1="Daraa,Aleppo") == ["doc-aleppo", "doc-daraa"]
        assert _ids(client, date_from="2020-01-01", date_to="2020-02-03") == ["doc-daraa", "doc-ariha"]
        assert _ids(client, kind="aggregate") == [] and len(_ids(client, kind="incident")) == 5
        page = client.get("/api/mentions", params={"limit": 2, "offset": 2}).json()
        assert [i["document_id"] for i in page["items"]] == ["doc-ariha", "doc-qah-2"]
        assert (page["total"], page["limit"], page["offset"]) == (5, 2, 2)
        csrf = login(client, "analyst")
        target = _mention_of(store, "doc-daraa")
        assert client.post(f"/api/mentions/{target}/reject", json={"rejected": True},
                           headers={"X-CSRF-Token": csrf}).status_code == 200
        assert _ids(client, rejected="true") == ["doc-daraa"]
        assert "doc-daraa" not in _ids(client, rejected="false") and len(_ids(client, rejected="false")) == 4
        item = client.get("/api/mentions", params={"document_id": "doc-qah"}).json()["items"][0]
        assert item["incident_id"] == "inc_qah" and item["score"] == 0.9 and item["killed_low"] == 12
        assert item["place"]["admin1"] == "Idlib" and item["date"]["start"] == "2019-11-20"


def test_bad_filters_get_the_one_error_shape(client: TestClient) -> None:
    for params in ({"date_from": "yesterday"}, {"kind": "rumour"}, {"limit": 0}, {"rejected": "perhaps"}):
        r = client.get("/api/mentions", params=params)
        assert r.status_code == 422 and r.json()["error"]["code"] == "invalid", params
    r = client.get("/api/mentions/999999")
    assert r.status_code == 404 and r.json()["error"]["code"] == "not_found"


def test_detail_has_the_extraction_evidence_document_and_link(client: TestClient, filled: Store) -> None:
    mention_id = _mention_of(filled, "doc-qah")
    body = client.get(f"/api/mentions/{mention_id}").json()
    assert body["id"] == mention_id and body["document_id"] == "doc-qah" and body["source"] == "SNHR"
    assert body["title"] == "Airstrike kills 12 civilians in Qah camp"
    assert body["incident"] == {"id": "inc_qah", "score": 0.9, "reasons": ["same place", "same day"],
                                "method": "machine"}
    # The contract section 2 object, as the extractor gave it.
    assert body["mention"]["casualties"]["killed"]["low"] == 12 and body["mention"]["places"][0]["name"] == "Qah"
    text = client.get("/api/documents/doc-qah").json()["text"]
    killed = [e for e in body["evidence"] if e["field"] == "killed"]
    assert killed and text[killed[0]["start"]:killed[0]["end"]] == "killing 12 civilians" == killed[0]["text"]
    assert "killing 12 civilians" in killed[0]["sentence"]["text"] and body["sentences"]


def test_a_restricted_reports_mentions_are_hidden_without_a_login(filled: Store) -> None:
    hidden = _mention_of(filled, "doc-ariha")
    for public_mode in (False, True):
        with make_client(filled, public_mode=public_mode) as client:
            assert "doc-ariha" not in _ids(client, limit=500)
            assert _ids(client, document_id="doc-ariha") == [] and _ids(client, incident_id="inc_ariha") == []
            assert client.get("/api/mentions", params={"limit": 500}).json()["total"] == 4
            r = client.get(f"/api/mentions/{hidden}")
            assert r.status_code == 404 and sampledata.WITNESS not in r.text
    with filled.session() as session:
        token = create_token(session, get_user(session, "viewer"), "read")
    headers = {"Authorization": f"Bearer {token}"}
    with make_client(filled) as client:
        assert "doc-ariha" in _ids(client, headers, limit=500)
        detail = client.get(f"/api/mentions/{hidden}", headers=headers).json()
        assert detail["restricted"] is True and any(sampledata.WITNESS in e["sentence"]["text"]
                                                   for e in detail["evidence"])
    with make_client(filled, public_mode=True) as public:  # credentials change nothing there
        assert public.get(f"/api/mentions/{hidden}", headers=headers).status_code == 404
