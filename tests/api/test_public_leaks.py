"""The public view never shows restricted material, through any read route of the application's route
table: the restricted report's text, title, id and source stay out of every page, API answer and export,
even for a request carrying an administrator's token. An anonymous visitor of the internal server, and
one holding a session cookie copied before its user logged out, see exactly the same. A new read route
without a sample fails here."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi import FastAPI, routing
from sqlalchemy import select

from harmledger.api.security import COOKIE
from harmledger.review.accounts import create_token, get_user
from harmledger.store import Store
from harmledger.store.models import Mention
from tests.api import sampledata
from tests.api.apiclient import login, make_client

# What only the restricted report (doc-ariha) says; the incident it supports stays public, its source does not.
SECRETS = (sampledata.WITNESS, "Market shelled in Ariha", "doc-ariha", "local network", "Witness ")
SEARCHES = [{"q": "Khalil"}, {"q": "Ariha"}, {"q": "market"}, {"q": "Witness"}]
SAMPLES: dict[str, list[tuple[str, dict[str, Any]]]] = {
    "/openapi.json": [("/openapi.json", {})],
    "/api/incidents": [("/api/incidents", {"limit": 500}), ("/api/incidents", {"q": "Ariha"})],
    "/api/incidents/{incident_id}": [("/api/incidents/inc_ariha", {}), ("/api/incidents/inc_qah", {})],
    "/api/documents": [("/api/documents", {"limit": 500})],
    "/api/documents/{document_id}": [("/api/documents/doc-ariha", {})],
    "/api/mentions": [("/api/mentions", {"limit": 500}), ("/api/mentions", {"document_id": "doc-ariha"}),
                      ("/api/mentions", {"incident_id": "inc_ariha"}), ("/api/mentions", {"admin1": "Idlib"})],
    # {ariha_mention}: the restricted report's mention, whose id is known once the store is filled.
    "/api/mentions/{mention_id}": [("/api/mentions/{ariha_mention}", {})],
    "/api/search": [("/api/search", q) for q in SEARCHES],
    "/api/map": [("/api/map", {})],
    "/api/stats": [("/api/stats", {})],
    "/api/facets": [("/api/facets", {})],
    "/api/export": [("/api/export", {"format": f}) for f in ("jsonl", "csv", "geojson", "acled", "ucdp")],
    "/api/places": [("/api/places", {}), ("/api/places", {"q": "Ariha"})],
    "/api/geocode": [("/api/geocode", {"name": "Ariha"})],
    "/api/basemap/{layer}": [("/api/basemap/country", {})],
    "/api/auth/me": [("/api/auth/me", {})],
    "/api/audit": [("/api/audit", {})],
    "/api/audit/verify": [("/api/audit/verify", {})],
    "/api/users": [("/api/users", {})],
    "/api/health": [("/api/health", {})],
    "/": [("/", {})],
    "/timeline": [("/timeline", {})],
    "/stats": [("/stats", {})],
    "/stats/report": [("/stats/report", {}), ("/stats/report", {"cap": 1, "admin1": "Idlib"})],
    "/stats/report/incidents.csv": [("/stats/report/incidents.csv", {})],
    "/incidents": [("/incidents", {}), ("/incidents", {"q": "Ariha"})],
    "/incidents/{incident_id}": [("/incidents/inc_ariha", {})],
    "/documents/{document_id}": [("/documents/doc-ariha", {})],
    "/documents/{document_id}/original": [("/documents/doc-ariha/original", {})],
    "/search": [("/search", q) for q in SEARCHES],
    "/upload": [("/upload", {})],
    "/upload/status": [("/upload/status", {"ids": "doc-ariha"})],
    "/api/documents/{document_id}/processing": [("/api/documents/doc-ariha/processing", {})],
    "/map/labels": [("/map/labels", {})],
    "/map/context": [("/map/context", {"lat": 35.81, "lon": 36.63})],
    "/login": [("/login", {})],
    "/audit": [("/audit", {})],
    "/api/docs": [("/api/docs", {})],
}


def read_routes(app: FastAPI) -> list[str]:
    contexts = list(routing.iter_route_contexts(app.routes)) if hasattr(routing, "iter_route_contexts") else app.routes
    return sorted({path for r in contexts if (path := getattr(r, "path", None)) and "GET" in (getattr(r, "methods", None)
                                                                                                or ())})


@pytest.fixture
def admin_token(filled: Store) -> str:
    # Something about the restricted report in the audit log too, made on the internal server.
    with make_client(filled) as internal:
        csrf = login(internal, "analyst")
        r = internal.post("/api/incidents/inc_ariha/grade", json={"grade": "fair"}, headers={"X-CSRF-Token": csrf})
        assert r.status_code == 200
        assert sampledata.WITNESS in internal.get("/api/documents/doc-ariha").text  # it is there to leak
    with filled.session() as session:
        return create_token(session, get_user(session, "admin"), "script")


AUDIENCES = {
    "public": (True, "none"),
    "public-admin-token": (True, "admin-token"),
    "internal-anonymous": (False, "none"),
    "internal-logged-out-cookie": (False, "stale-cookie"),
}


def _stale_cookie(store: Store) -> str:
    """An administrator's session cookie, copied before the administrator logged out."""
    with make_client(store) as browser:
        csrf = login(browser, "admin")
        cookie = browser.cookies.get(COOKIE)
        assert cookie and sampledata.WITNESS in browser.get("/api/documents/doc-ariha").text
        assert browser.post("/api/auth/logout", headers={"X-CSRF-Token": csrf}).status_code == 200
    return cookie


@pytest.mark.parametrize("audience", list(AUDIENCES))
def test_no_read_route_shows_restricted_material_without_a_login(filled: Store, admin_token: str,
                                                                  audience: str) -> None:
    public_mode, credentials = AUDIENCES[audience]
    headers = {"Authorization": f"Bearer {admin_token}"} if credentials == "admin-token" else {}
    cookies = {COOKIE: _stale_cookie(filled)} if credentials == "stale-cookie" else {}
    with filled.session() as session:
        ariha_mention = session.scalars(select(Mention.id).where(Mention.document_id == "doc-ariha")).one()
    with make_client(filled, public_mode=public_mode) as client:
        client.cookies.update(cookies)
        routes = [p for p in read_routes(client.app) if not p.startswith("/static")]  # type: ignore[arg-type]
        missing = [p for p in routes if p not in SAMPLES]
        assert not missing, f"new read routes {missing}: add sample requests to SAMPLES"
        for template in routes:
            for path, params in SAMPLES[template]:
                path = path.replace("{ariha_mention}", str(ariha_mention))
                r = client.get(path, params=params, headers=headers)
                assert r.status_code < 500, (path, params, r.status_code)
                body = r.text
                # A 404 may repeat the id that was asked for; that tells nothing the asker did not know.
                leaked = [s for s in SECRETS if s in body and s not in path]
                assert not leaked, (path, params, leaked)
        # The incident itself stays visible: only its restricted source is left out.
        detail = client.get("/api/incidents/inc_ariha", headers=headers).json()
        assert detail["casualties"]["killed"]["best"] == 5 and detail["n_hidden_sources"] == 1
        if not public_mode:
            assert client.get("/api/auth/me", headers=headers).status_code == 401


@pytest.mark.parametrize("via", ["session", "token"])
def test_a_logged_in_viewer_of_the_internal_server_sees_the_restricted_report(filled: Store, via: str) -> None:
    with make_client(filled) as client:
        headers: dict[str, str] = {}
        if via == "session":
            login(client, "viewer")
        else:
            with filled.session() as session:
                headers = {"Authorization": f"Bearer {create_token(session, get_user(session, 'viewer'), 'read')}"}
        document = client.get("/api/documents/doc-ariha", headers=headers).json()
        assert sampledata.WITNESS in document["text"] and document["restricted"] is True
        detail = client.get("/api/incidents/inc_ariha", headers=headers).json()
        assert detail["n_hidden_sources"] == 0 and [s["document_id"] for s in detail["sources"]] == ["doc-ariha"]
        listed = client.get("/api/documents", params={"limit": 500}, headers=headers).json()
        assert "doc-ariha" in [d["id"] for d in listed["items"]]
        mentions = client.get("/api/mentions", params={"document_id": "doc-ariha"}, headers=headers).json()
        assert [m["document_id"] for m in mentions["items"]] == ["doc-ariha"]
        shown = client.get(f"/api/mentions/{mentions['items'][0]['id']}", headers=headers)
        assert shown.status_code == 200 and sampledata.WITNESS in shown.text
        found = client.get("/api/search", params={"q": "Khalil"}, headers=headers).json()
        assert [item["id"] for item in found["items"]] == ["doc-ariha"]
        if via == "session":  # the pages read the same session
            assert sampledata.WITNESS in client.get("/documents/doc-ariha").text
            assert "Market shelled in Ariha" in client.get("/incidents/inc_ariha").text
            assert "Ahmad" in client.get("/search", params={"q": "Khalil"}).text
