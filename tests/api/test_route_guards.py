"""Every route that is not a read, taken from the application's own route table, refuses an anonymous
client (401), a viewer by session and by token (403) and anyone in the public view (403), and the
store is byte-for-byte the same afterwards, with a valid request and with empty or malformed ones (the
check runs before the body is read, so nobody unauthorised learns a 422). A new route that forgets its
check fails here; a new route with a body or path parameter not known below fails too, until a sample
is added."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi import FastAPI, routing
from fastapi.testclient import TestClient
from sqlalchemy import select

from harmledger.review.accounts import create_token, get_user
from harmledger.store import Store
from harmledger.store.models import Base, IncidentLink
from tests.api import sampledata
from tests.api.apiclient import login, make_client

READS = {"GET", "HEAD", "OPTIONS"}
# Logging in and out is open to anyone by design; test_security.py covers their CSRF and throttling.
OPEN = {("POST", "/api/auth/login"), ("POST", "/api/auth/logout"), ("POST", "/login"), ("POST", "/logout")}
PATH_SAMPLES = {"incident_id": "inc_qah", "document_id": "doc-qah", "username": "analyst", "mention_id": "{mention}"}
UPLOAD = {"file": ("report.txt", b"Five people were killed in Daraa on Monday.", "text/plain")}
SAMPLES: dict[tuple[str, str], dict[str, Any]] = {
    ("PATCH", "/api/incidents/{incident_id}"): {"json": {"killed_best": 1, "place_name": "Elsewhere", "lat": 36.0, "lon": 37.0, "reason": "x"}},
    ("POST", "/api/incidents/{incident_id}/confirm"): {},
    ("POST", "/api/incidents/{incident_id}/grade"): {"json": {"grade": "confirmed"}},
    ("POST", "/api/incidents/{incident_id}/status"): {"json": {"status": "final"}},
    ("POST", "/api/incidents/{incident_id}/revert"): {"json": {"fields": ["killed_best"]}},
    ("POST", "/api/incidents/{incident_id}/merge"): {"json": {"other_ids": ["inc_ariha"]}},
    ("POST", "/api/incidents/{incident_id}/split"): {"json": {"mention_ids": ["{mention}"]}},
    ("POST", "/api/documents"): {"files": UPLOAD, "data": {"source": "x"}},
    ("PATCH", "/api/documents/{document_id}"): {"json": {"restricted": True}},
    ("POST", "/api/mentions/{mention_id}/reject"): {"json": {"rejected": True}},
    ("POST", "/api/tokens"): {"json": {"name": "mine"}},
    ("POST", "/api/users"): {"json": {"username": "intruder", "password": "a long password", "role": "admin"}},
    ("PATCH", "/api/users/{username}"): {"json": {"role": "viewer", "active": False}},
    ("POST", "/incidents/{incident_id}/review"): {"data": {"op": "correct", "killed_best": "1", "reason": "x"}},
    ("POST", "/mentions/{mention_id}/reject"): {"data": {"rejected": "1"}},
    ("POST", "/documents/{document_id}/restricted"): {"data": {"restricted": "1"}},
    ("POST", "/upload"): {"files": UPLOAD, "data": {"source": "x"}},
    ("POST", "/api/gazetteer/places"): {"json": {"name": "Qah", "lat": 36.29, "lon": 36.72}},
    ("POST", "/incidents/{incident_id}/gazetteer"): {"data": {"name": "Qah", "lat": "36.29", "lon": "36.72"}},
}


# Bodies that no route accepts: the refusal must come before the body is parsed or validated.
MALFORMED: list[dict[str, Any]] = [
    {},
    {"json": {}},
    {"json": {"role": "emperor", "grade": 7, "other_ids": "x", "mention_ids": [None], "restricted": "maybe"}},
    {"content": b"{not json", "headers": {"Content-Type": "application/json"}},
    {"data": {"source": "x"}},
    {"files": {"other": ("x.exe", b"MZ", "application/octet-stream")}},
    {"content": b"--nope\r\n", "headers": {"Content-Type": "multipart/form-data; boundary=b"}},
]
BAD_PATH_SAMPLES = {"mention_id": "not-a-number"}


def write_routes(app: FastAPI) -> list[tuple[str, str]]:
    """(method, path) of every route of the app that is not a read, nested routers included."""
    contexts = list(routing.iter_route_contexts(app.routes)) if hasattr(routing, "iter_route_contexts") else app.routes
    found = set()
    for route in contexts:
        methods, path = getattr(route, "methods", None), getattr(route, "path", None)
        if methods and path:
            found.update((m, path) for m in methods - READS)
    return sorted(found)


def snapshot(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table (a token's last-used time and a user's last login aside: reading with a token
    sets the one, logging in the other)."""
    out = {}
    with store.session() as session:
        for table in Base.metadata.sorted_tables:
            cols = [c for c in table.columns if c.name not in ("last_used_at", "last_login_at")]
            out[table.name] = sorted(tuple(map(repr, row)) for row in session.execute(select(*cols)))
    return out


def _fill(value: Any, mention: int) -> Any:
    if isinstance(value, str):
        return mention if value == "{mention}" else value
    if isinstance(value, list):
        return [_fill(v, mention) for v in value]
    if isinstance(value, dict):
        return {k: _fill(v, mention) for k, v in value.items()}
    return value


def _call(client: TestClient, method: str, template: str, mention: int, *, csrf: str | None = None,
          headers: dict[str, str] | None = None) -> int:
    path = _concrete(template, mention)
    assert "{" not in path, f"{path}: add a sample for its path parameter to PATH_SAMPLES"
    kwargs = {k: v if k == "files" else _fill(v, mention) for k, v in SAMPLES[(method, template)].items()}
    headers = dict(headers or {})
    if csrf is not None:
        headers["X-CSRF-Token"] = csrf
        if "data" in kwargs:
            kwargs["data"] = {**kwargs["data"], "csrf_token": csrf}
    return client.request(method, path, headers=headers, follow_redirects=False, **kwargs).status_code


@pytest.fixture
def mention_id(filled: Store) -> int:
    with filled.session() as session:
        return int(session.scalars(select(IncidentLink.mention_id).where(IncidentLink.incident_id == "inc_qah")).first())


@pytest.fixture
def routes(client: TestClient) -> list[tuple[str, str]]:
    found = [r for r in write_routes(client.app) if r not in OPEN]  # type: ignore[arg-type]
    unknown = [r for r in found if r not in SAMPLES]
    assert not unknown, f"new write routes {unknown}: add a sample request for each to SAMPLES"
    return found


def test_the_route_table_is_read(routes: list[tuple[str, str]]) -> None:
    assert ("PATCH", "/api/incidents/{incident_id}") in routes and ("POST", "/upload") in routes
    assert len(routes) >= len(SAMPLES)


def test_anonymous_is_refused_everywhere(client: TestClient, filled: Store, routes: list[tuple[str, str]],
                                         mention_id: int) -> None:
    before = snapshot(filled)
    page = client.get("/login").text  # a CSRF token of an anonymous session must not help either
    csrf = page.split('name="csrf_token" value="')[1].split('"')[0]
    for method, template in routes:
        assert _call(client, method, template, mention_id) == 401, (method, template)
        assert _call(client, method, template, mention_id, csrf=csrf) == 401, (method, template)
    assert snapshot(filled) == before


def test_viewer_session_and_token_are_refused_everywhere(client: TestClient, filled: Store,
                                                         routes: list[tuple[str, str]], mention_id: int) -> None:
    with filled.session() as session:
        token = create_token(session, get_user(session, "viewer"), "script")
    before = snapshot(filled)
    with make_client(filled) as bearer_client:
        for method, template in routes:
            status = _call(bearer_client, method, template, mention_id, headers={"Authorization": f"Bearer {token}"})
            assert status == 403, (method, template, "viewer token")
    csrf = login(client, "viewer")
    for method, template in routes:
        # With the session's right CSRF token: the refusal is for the role, not for a missing token.
        assert _call(client, method, template, mention_id, csrf=csrf) == 403, (method, template)
    assert snapshot(filled) == before


def test_public_view_refuses_even_an_administrator(filled: Store, routes: list[tuple[str, str]],
                                                   mention_id: int) -> None:
    with filled.session() as session:
        token = create_token(session, get_user(session, "admin"), "script")
    before = snapshot(filled)
    with make_client(filled, public_mode=True) as public:
        for method, template in routes:
            status = _call(public, method, template, mention_id,
                           headers={"Authorization": f"Bearer {token}"})
            assert status == 403, (method, template)
        assert public.post("/api/auth/login", json={"username": "admin",
                                                    "password": sampledata.PASSWORDS["admin"]}).status_code == 403
    assert snapshot(filled) == before


def test_an_analyst_passes_the_same_checks(client: TestClient, routes: list[tuple[str, str]],
                                           mention_id: int) -> None:
    """The samples are real requests: an analyst gets past the guard with them (so the refusals above
    are the guard's, not a malformed request's)."""
    csrf = login(client, "analyst")
    for method, template in routes:
        status = _call(client, method, template, mention_id, csrf=csrf)
        if template.startswith("/api/users"):
            assert status == 403, template  # administrators only
        else:
            assert status not in (401, 403, 422), (method, template, status)


def _concrete(template: str, mention: int) -> str:
    for name, sample in PATH_SAMPLES.items():
        template = template.replace("{" + name + "}", str(_fill(sample, mention)))
    return template


def test_an_analysts_session_without_the_csrf_token_is_refused_everywhere(
        client: TestClient, filled: Store, routes: list[tuple[str, str]], mention_id: int) -> None:
    login(client, "analyst")
    before = snapshot(filled)
    for method, template in routes:
        for csrf in (None, "forged-token"):
            status = _call(client, method, template, mention_id, csrf=csrf)
            assert status == 403, (method, template, csrf)
    assert snapshot(filled) == before


def test_every_form_that_posts_carries_the_csrf_token(client: TestClient) -> None:
    import re

    login(client, "admin")
    for path in ("/", "/incidents/inc_qah", "/documents/doc-qah", "/upload", "/audit", "/stats", "/timeline"):
        html = client.get(path).text
        forms = re.findall(r"<form\b[^>]*method=\"post\"[^>]*>.*?</form>", html, flags=re.S | re.I)
        for form in forms:
            assert 'name="csrf_token"' in form, (path, form[:120])
    assert re.search(r'<form[^>]*action="/incidents/inc_qah/review"', client.get("/incidents/inc_qah").text)


def _call_malformed(client: TestClient, method: str, template: str, mention: int, sample: dict[str, Any], *,
                    bad_path: bool = False, csrf: str | None = None, headers: dict[str, str] | None = None) -> int:
    path = _concrete(template, mention)
    if bad_path:
        for name, value in BAD_PATH_SAMPLES.items():
            path = _concrete(template.replace("{" + name + "}", value), mention)
    kwargs = dict(sample)
    sent = {**(headers or {}), **kwargs.pop("headers", {})}
    if csrf is not None:
        sent["X-CSRF-Token"] = csrf
    return client.request(method, path, headers=sent, follow_redirects=False, **kwargs).status_code


def _every_malformed(client: TestClient, routes: list[tuple[str, str]], mention: int, expected: int,
                     **kwargs: Any) -> None:
    for method, template in routes:
        variants = [(sample, False) for sample in MALFORMED]
        if any("{" + name + "}" in template for name in BAD_PATH_SAMPLES):
            variants.append(({"json": {}}, True))
        for sample, bad_path in variants:
            status = _call_malformed(client, method, template, mention, sample, bad_path=bad_path, **kwargs)
            assert status == expected, (method, template, sample, bad_path, status)


def test_malformed_bodies_get_401_or_403_not_422(client: TestClient, filled: Store, routes: list[tuple[str, str]],
                                                 mention_id: int) -> None:
    """Anonymous, viewer (token and session), an analyst without the CSRF token and the public view are
    refused on every write route whatever the body, and nothing changes."""
    with filled.session() as session:
        viewer_token = create_token(session, get_user(session, "viewer"), "script")
        admin_token = create_token(session, get_user(session, "admin"), "script")
    before = snapshot(filled)
    _every_malformed(client, routes, mention_id, 401)
    with make_client(filled) as bearer_client:
        _every_malformed(bearer_client, routes, mention_id, 403, headers={"Authorization": f"Bearer {viewer_token}"})
    csrf = login(client, "viewer")
    _every_malformed(client, routes, mention_id, 403, csrf=csrf)
    with make_client(filled) as analyst:
        login(analyst, "analyst")
        _every_malformed(analyst, routes, mention_id, 403)  # a session write without the CSRF token
    with make_client(filled, public_mode=True) as public:
        _every_malformed(public, routes, mention_id, 403, headers={"Authorization": f"Bearer {admin_token}"})
    assert snapshot(filled) == before


def test_an_analyst_with_a_malformed_body_gets_the_validation_error(client: TestClient) -> None:
    """Past the guard the body is still validated, with the usual 422."""
    csrf = login(client, "analyst")
    r = client.post("/api/incidents/inc_qah/merge", json={}, headers={"X-CSRF-Token": csrf})
    assert r.status_code == 422 and r.json()["error"]["code"] == "invalid"
    r = client.post("/api/documents", data={"source": "x"}, headers={"X-CSRF-Token": csrf})
    assert r.status_code == 422


def test_every_write_route_is_guarded_before_its_body(client: TestClient) -> None:
    from harmledger.api.guard import unguarded_writes

    assert unguarded_writes(client.app) == []  # type: ignore[arg-type]
