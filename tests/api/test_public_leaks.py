"""The public view never shows restricted material, through any read route of the application's route
table: the restricted report's text, title, id and source stay out of every page, API answer and export,
even for a request carrying an administrator's token. A new read route without a sample fails here."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi import FastAPI, routing

from harmledger.review.accounts import create_token, get_user
from harmledger.store import Store
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
    "/": [("/", {})],
    "/timeline": [("/timeline", {})],
    "/stats": [("/stats", {})],
    "/incidents": [("/incidents", {}), ("/incidents", {"q": "Ariha"})],
    "/incidents/{incident_id}": [("/incidents/inc_ariha", {})],
    "/documents/{document_id}": [("/documents/doc-ariha", {})],
    "/search": [("/search", q) for q in SEARCHES],
    "/upload": [("/upload", {})],
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


@pytest.mark.parametrize("with_token", [False, True])
def test_no_read_route_of_the_public_view_shows_restricted_material(filled: Store, admin_token: str,
                                                                     with_token: bool) -> None:
    headers = {"Authorization": f"Bearer {admin_token}"} if with_token else {}
    with make_client(filled, public_mode=True) as public:
        routes = [p for p in read_routes(public.app) if not p.startswith("/static")]  # type: ignore[arg-type]
        missing = [p for p in routes if p not in SAMPLES]
        assert not missing, f"new read routes {missing}: add sample requests to SAMPLES"
        for template in routes:
            for path, params in SAMPLES[template]:
                r = public.get(path, params=params, headers=headers)
                assert r.status_code < 500, (path, params, r.status_code)
                body = r.text
                # A 404 may repeat the id that was asked for; that tells nothing the asker did not know.
                leaked = [s for s in SECRETS if s in body and s not in path]
                assert not leaked, (path, params, leaked)
        # The incident itself stays public: only its restricted source is left out.
        detail = public.get("/api/incidents/inc_ariha", headers=headers).json()
        assert detail["casualties"]["killed"]["best"] == 5 and detail["n_hidden_sources"] == 1
