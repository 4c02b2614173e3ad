"""Who may change what: anonymous 401, viewer 403, CSRF, API tokens, the public view; nothing changes on refusal."""

from __future__ import annotations

from fastapi.testclient import TestClient
from sqlalchemy import update

from harmledger.review.accounts import create_token, get_user
from harmledger.store import Store
from harmledger.store.models import AuditEntry
from tests.api import sampledata
from tests.api.apiclient import login, make_client

WRITES = [
    ("patch", "/api/incidents/inc_qah", {"killed_best": 1}),
    ("post", "/api/incidents/inc_qah/confirm", None),
    ("post", "/api/incidents/inc_qah/grade", {"grade": "confirmed"}),
    ("post", "/api/incidents/inc_qah/status", {"status": "reviewed"}),
    ("post", "/api/incidents/inc_qah/merge", {"other_ids": ["inc_ariha"]}),
    ("post", "/api/mentions/1/reject", {"rejected": True}),
]


def _unchanged(client: TestClient) -> None:
    data = client.get("/api/incidents/inc_qah").json()
    assert data["casualties"]["killed"]["best"] == 12 and data["status"] == "machine" and data["grade"] == "weak"
    assert client.get("/api/incidents/inc_ariha").json()["deleted"] is False


def test_anonymous_gets_401_and_nothing_changes(client: TestClient, filled: Store) -> None:
    for method, path, body in WRITES:
        r = getattr(client, method)(path, json=body) if body is not None else getattr(client, method)(path)
        assert r.status_code == 401, path
    _unchanged(client)
    with filled.session() as session:
        assert session.query(AuditEntry).count() == 0


def test_viewer_gets_403_through_the_api_and_the_pages(client: TestClient) -> None:
    csrf = login(client, "viewer")
    for method, path, body in WRITES:
        r = getattr(client, method)(path, json=body, headers={"X-CSRF-Token": csrf})
        assert r.status_code == 403, path
        assert r.json()["error"]["code"] == "forbidden"
    r = client.post("/incidents/inc_qah/review", data={"op": "correct", "reason": "checked", "killed_best": "1", "csrf_token": csrf})
    assert r.status_code == 403 and "may not change" in r.text
    page = client.get("/incidents/inc_qah").text
    assert 'id="correct-form"' not in page
    _unchanged(client)


def test_cookie_writes_need_the_csrf_token(client: TestClient) -> None:
    csrf = login(client, "analyst")
    assert client.patch("/api/incidents/inc_qah", json={"reason": "checked against the source", "killed_best": 1}).status_code == 403
    assert client.patch("/api/incidents/inc_qah", json={"reason": "checked against the source", "killed_best": 1},
                        headers={"X-CSRF-Token": "forged"}).json()["error"]["code"] == "csrf"
    assert client.post("/incidents/inc_qah/review", data={"op": "confirm"}).status_code == 403
    _unchanged(client)
    r = client.patch("/api/incidents/inc_qah", json={"reason": "checked against the source", "killed_best": 13}, headers={"X-CSRF-Token": csrf})
    assert r.status_code == 200 and r.json()["casualties"]["killed"]["best"] == 13


def test_login_form_needs_csrf_and_sets_a_safe_cookie(client: TestClient) -> None:
    page = client.get("/login")
    cookie = page.headers["set-cookie"]
    assert "HttpOnly" in cookie and "samesite=lax" in cookie.lower() and "Secure" not in cookie
    r = client.post("/login", data={"username": "analyst", "password": sampledata.PASSWORDS["analyst"]})
    assert r.status_code == 403
    token = page.text.split('name="csrf_token" value="')[1].split('"')[0]
    r = client.post("/login", data={"username": "analyst", "password": "wrong password", "csrf_token": token})
    assert r.status_code == 401 and "wrong username or password" in r.text
    r = client.post("/login", data={"username": "analyst", "password": sampledata.PASSWORDS["analyst"],
                                    "csrf_token": token, "next": "https://evil.example/"}, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/"
    # Logging in gives a new CSRF token: the one from before no longer works.
    assert client.post("/incidents/inc_qah/review", data={"op": "confirm", "csrf_token": token}).status_code == 403
    assert client.get("/api/auth/me").json()["username"] == "analyst"


def test_secure_cookie_over_https(filled: Store) -> None:
    with make_client(filled) as client:
        client.base_url = client.base_url.copy_with(scheme="https")
        assert "Secure" in client.get("/login").headers["set-cookie"]


def test_api_token_writes_without_csrf(filled: Store, client: TestClient) -> None:
    with filled.session() as session:
        token = create_token(session, get_user(session, "analyst"), "script")
        viewer_token = create_token(session, get_user(session, "viewer"), "script")
    bearer = {"Authorization": f"Bearer {token}"}
    r = client.post("/api/incidents/inc_daraa/grade", json={"grade": "confirmed"}, headers=bearer)
    assert r.status_code == 200 and r.json()["grade"] == "confirmed"
    bad = client.post("/api/incidents/inc_daraa/grade", json={"grade": "weak"}, headers={"Authorization": "Bearer nope"})
    assert bad.status_code == 401
    viewer = client.post("/api/incidents/inc_daraa/grade", json={"grade": "weak"},
                         headers={"Authorization": f"Bearer {viewer_token}"})
    assert viewer.status_code == 403
    assert client.get("/api/incidents/inc_daraa").json()["grade"] == "confirmed"


def test_public_view_hides_restricted_and_refuses_changes(public_client: TestClient, filled: Store) -> None:
    assert public_client.get("/api/documents/doc-ariha").status_code == 404
    assert public_client.get("/documents/doc-ariha").status_code == 404
    detail = public_client.get("/api/incidents/inc_ariha").json()
    assert detail["sources"] == [] and detail["n_hidden_sources"] == 1
    assert sampledata.WITNESS not in public_client.get("/incidents/inc_ariha").text
    assert sampledata.WITNESS not in public_client.get("/api/export", params={"format": "jsonl"}).text
    assert public_client.get("/api/search", params={"q": "Khalil"}).json()["total"] == 0
    assert "doc-ariha" not in {d["id"] for d in public_client.get("/api/documents").json()["items"]}
    with filled.session() as session:
        token = create_token(session, get_user(session, "admin"), "script")
    r = public_client.patch("/api/incidents/inc_qah", json={"reason": "checked against the source", "killed_best": 1},
                            headers={"Authorization": f"Bearer {token}"})
    assert r.status_code == 403 and r.json()["error"]["code"] == "read_only"
    assert public_client.post("/api/auth/login", json={"username": "admin",
                                                       "password": sampledata.PASSWORDS["admin"]}).status_code == 403
    assert public_client.get("/api/audit").status_code == 403
    _unchanged(public_client)


def test_internal_view_shows_restricted_material_to_logged_in_users_only(client: TestClient, filled: Store) -> None:
    assert client.get("/api/documents/doc-ariha").status_code == 404  # anonymous: as in the public view
    login(client, "viewer")
    assert sampledata.WITNESS in client.get("/api/documents/doc-ariha").json()["text"]


def test_audit_api_detects_tampering(client: TestClient, filled: Store) -> None:
    csrf = login(client, "analyst")
    for value in (13, 14):
        client.patch("/api/incidents/inc_qah", json={"reason": "checked against the source", "killed_best": value}, headers={"X-CSRF-Token": csrf})
    verified = client.get("/api/audit/verify").json()
    assert (verified["ok"], verified["checked"], verified["signed"], verified["first_bad_id"]) == (True, 2, 2, None)
    log = client.get("/api/audit").json()
    assert log["items"][0]["before"]["killed_best"] == 13 and log["items"][0]["after"]["killed_best"] == 14
    with filled.session() as session:
        session.execute(update(AuditEntry).where(AuditEntry.id == 1).values(actor="someone"))
    result = client.get("/api/audit/verify").json()
    assert result["ok"] is False and result["first_bad_id"] == 1
    assert "does not verify" in client.get("/audit").text


def test_only_an_administrator_manages_accounts(client: TestClient) -> None:
    csrf = login(client, "analyst")
    new = {"username": "newbie", "password": "a long password", "role": "analyst"}
    assert client.post("/api/users", json=new, headers={"X-CSRF-Token": csrf}).status_code == 403
    csrf = login(client, "admin")
    assert client.post("/api/users", json=new).status_code == 403  # no CSRF token
    assert client.post("/api/users", json=new, headers={"X-CSRF-Token": csrf}).status_code == 201
    r = client.patch("/api/users/viewer", json={"active": False}, headers={"X-CSRF-Token": csrf})
    assert r.status_code == 200 and r.json()["active"] is False
    names = {u["username"]: u for u in client.get("/api/users").json()["items"]}
    assert names["newbie"]["role"] == "analyst"
    r = client.post("/api/auth/login", json={"username": "viewer", "password": sampledata.PASSWORDS["viewer"]})
    assert r.status_code == 401  # deactivated


def test_analyst_marks_a_document_restricted(filled: Store, client: TestClient) -> None:
    csrf = login(client, "analyst")
    r = client.patch("/api/documents/doc-qah", json={"restricted": True}, headers={"X-CSRF-Token": csrf})
    assert r.status_code == 200 and r.json()["restricted"] is True
    with make_client(filled, public_mode=True) as public:
        assert public.get("/api/documents/doc-qah").status_code == 404
        assert [s["document_id"] for s in public.get("/api/incidents/inc_qah").json()["sources"]] == ["doc-qah-2"]
    r = client.post("/documents/doc-qah/restricted", data={"csrf_token": csrf, "restricted": "0"},
                    follow_redirects=False)
    assert r.status_code == 303 and client.get("/api/documents/doc-qah").json()["restricted"] is False
    login(client, "viewer")
    assert client.patch("/api/documents/doc-qah", json={"restricted": True}).status_code == 403


def test_api_logout_needs_the_csrf_token_of_a_logged_in_session(client: TestClient) -> None:
    csrf = login(client, "analyst")
    r = client.post("/api/auth/logout")
    assert r.status_code == 403 and r.json()["error"]["code"] == "csrf"
    assert client.get("/api/auth/me").json()["username"] == "analyst"
    assert client.post("/api/auth/logout", headers={"X-CSRF-Token": csrf}).status_code == 200
    assert client.get("/api/auth/me").status_code == 401


def test_session_cookie_flags_and_lifetime(client: TestClient) -> None:
    r = client.post("/api/auth/login", json={"username": "analyst", "password": sampledata.PASSWORDS["analyst"]})
    cookie = r.headers["set-cookie"]
    assert cookie.startswith("hl_session=") and "HttpOnly" in cookie and "samesite=lax" in cookie.lower()
    assert "Path=/" in cookie and "Max-Age=43200" in cookie
    # A forged or altered cookie is not a session.
    value = cookie.split(";")[0].split("=", 1)[1]
    client.cookies.set("hl_session", value[:-2] + ("AA" if not value.endswith("AA") else "BB"))
    assert client.get("/api/auth/me").status_code == 401


def test_oversized_json_body_is_refused_on_every_write(client: TestClient) -> None:
    csrf = login(client, "analyst")
    huge = {"killed_best": 13, "padding": "x" * (1024 * 1024 + 10)}
    r = client.patch("/api/incidents/inc_qah", json=huge, headers={"X-CSRF-Token": csrf})
    assert r.status_code == 413 and r.json()["error"]["code"] == "too_large"
    _unchanged(client)


def test_a_viewer_cannot_make_api_tokens(client: TestClient) -> None:
    csrf = login(client, "viewer")
    assert client.post("/api/tokens", json={"name": "x"}, headers={"X-CSRF-Token": csrf}).status_code == 403
    csrf = login(client, "analyst")
    r = client.post("/api/tokens", json={"name": "nightly"}, headers={"X-CSRF-Token": csrf})
    assert r.status_code == 201 and r.json()["token"].startswith("hl_")
    me = client.get("/api/auth/me", headers={"Authorization": f"Bearer {r.json()['token']}"}).json()
    assert me["username"] == "analyst" and me["via"] == "token"


def test_login_never_redirects_off_the_site(client: TestClient) -> None:
    from harmledger.web.pages import _safe_next

    for evil in ("https://evil.example/", "//evil.example", "/\\evil.example", "/\t/evil.example", "evil"):
        assert _safe_next(evil) == "/", evil
    assert _safe_next("/incidents/inc_qah?msg=x") == "/incidents/inc_qah?msg=x"
    page = client.get("/login")
    token = page.text.split('name="csrf_token" value="')[1].split('"')[0]
    r = client.post("/login", data={"username": "analyst", "password": sampledata.PASSWORDS["analyst"],
                                    "csrf_token": token, "next": "/\\evil.example"}, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/"


def _copy_of_session(client: TestClient, filled: Store) -> TestClient:
    """Another client holding a copy of ``client``'s session cookie (as a thief would)."""
    thief = make_client(filled)
    thief.cookies.set("hl_session", str(client.cookies.get("hl_session")))
    return thief


def test_logout_revokes_copies_of_the_session_cookie(client: TestClient, filled: Store) -> None:
    csrf = login(client, "analyst")
    with _copy_of_session(client, filled) as thief:
        assert thief.get("/api/auth/me").json()["username"] == "analyst"
        assert client.post("/api/auth/logout", headers={"X-CSRF-Token": csrf}).status_code == 200
        assert thief.get("/api/auth/me").status_code == 401
        r = thief.patch("/api/incidents/inc_qah", json={"reason": "checked against the source", "killed_best": 1}, headers={"X-CSRF-Token": csrf})
        assert r.status_code == 401
        assert thief.post("/incidents/inc_qah/review", data={"op": "confirm", "csrf_token": csrf}).status_code == 401
        # Reads are anonymous: the restricted report is hidden, as in the public view.
        assert thief.get("/api/documents/doc-ariha").status_code == 404
        assert thief.get("/api/incidents/inc_ariha").json()["n_hidden_sources"] == 1
        assert sampledata.WITNESS not in thief.get("/documents/doc-ariha").text
        assert thief.get("/api/audit").status_code == 401
        _unchanged(thief)
        # Logging in again makes a new session; the old copy stays dead.
        login(client, "analyst")
        assert client.get("/api/auth/me").json()["username"] == "analyst"
        assert thief.get("/api/auth/me").status_code == 401


def test_page_logout_revokes_the_cookie_too(client: TestClient, filled: Store) -> None:
    csrf = login(client, "viewer")
    with _copy_of_session(client, filled) as thief:
        assert sampledata.WITNESS in thief.get("/api/documents/doc-ariha").text
        assert client.post("/logout", data={"csrf_token": csrf}, follow_redirects=False).status_code == 303
        assert thief.get("/api/auth/me").status_code == 401
        assert thief.get("/api/documents/doc-ariha").status_code == 404


def test_deactivating_a_user_ends_their_sessions_for_good(client: TestClient, filled: Store) -> None:
    login(client, "analyst")
    with make_client(filled) as admin:
        csrf = login(admin, "admin")
        assert admin.patch("/api/users/analyst", json={"active": False}, headers={"X-CSRF-Token": csrf}).status_code == 200
        assert client.get("/api/auth/me").status_code == 401
        # Reactivated later: the cookie from before stays revoked; a new login works.
        assert admin.patch("/api/users/analyst", json={"active": True}, headers={"X-CSRF-Token": csrf}).status_code == 200
    assert client.get("/api/auth/me").status_code == 401
    login(client, "analyst")
    assert client.get("/api/auth/me").json()["username"] == "analyst"


def test_a_cookie_without_the_session_epoch_is_anonymous(client: TestClient, filled: Store) -> None:
    """A cookie signed with the right key but from before epochs (or with the epoch removed) is no login."""
    codec = client.app.state.session_codec  # type: ignore[attr-defined]
    with filled.session() as session:
        user_id = get_user(session, "admin").id
    client.cookies.set("hl_session", codec.dump({"u": user_id, "c": "x" * 32}))
    assert client.get("/api/auth/me").status_code == 401
    client.cookies.set("hl_session", codec.dump({"u": user_id, "e": 0, "c": "x" * 32}))
    assert client.get("/api/auth/me").json()["username"] == "admin"  # the same cookie with the epoch is one
