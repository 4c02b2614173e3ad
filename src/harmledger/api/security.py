"""Sessions, CSRF and who is asking.

The session is a signed cookie (HttpOnly, SameSite=Lax, Secure over https) holding the user id, the
user's session epoch and a CSRF token; every visitor gets one, so the login form is protected too. The
epoch is kept on the user's row and raised by logout and by deactivation (``accounts.end_sessions``), so
every cookie issued before then stops working at once: a copied cookie does not outlive the logout.
Writes with the cookie need the CSRF token (form field ``csrf_token`` or header ``X-CSRF-Token``);
scripts send ``Authorization: Bearer TOKEN`` instead and need no CSRF token.
"""

from __future__ import annotations

import hmac
import secrets
from dataclasses import dataclass
from typing import Any

from fastapi import Request, Response
from itsdangerous import BadSignature, URLSafeTimedSerializer
from sqlalchemy.orm import Session
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..review.accounts import EDITORS, end_sessions, user_for_token
from ..store.db import Store
from ..store.models import Meta, User
from .errors import ApiError

COOKIE = "hl_session"
MAX_AGE = 12 * 3600
SECRET_KEY = "secret_key"
# A token's last use is written at most this often: a write per request made every request a writer.
TOKEN_TOUCH_SECONDS = 60.0


@dataclass(frozen=True)
class Principal:
    user_id: int
    username: str
    role: str
    via: str  # "session" | "token"

    @property
    def can_edit(self) -> bool:
        return self.role in EDITORS


def secret_key(store: Store, configured: str | None) -> str:
    """The configured key, else one generated once and kept in the store."""
    if configured:
        return configured
    with store.session() as session:
        row = session.get(Meta, SECRET_KEY)
        if row is None:
            row = Meta(key=SECRET_KEY, value=secrets.token_urlsafe(48))
            session.add(row)
        return row.value


class SessionCodec:
    def __init__(self, key: str) -> None:
        self._serializer = URLSafeTimedSerializer(key, salt="harmledger-session")

    def load(self, cookie: str | None) -> dict[str, Any] | None:
        if not cookie:
            return None
        try:
            data = self._serializer.loads(cookie, max_age=MAX_AGE)
        except BadSignature:
            return None
        return data if isinstance(data, dict) and isinstance(data.get("c"), str) else None

    def dump(self, data: dict[str, Any]) -> str:
        return self._serializer.dumps(data)


def new_session(user: User | None = None) -> dict[str, Any]:
    """A fresh session (new CSRF token): anonymous, or logged in as ``user`` at its current epoch."""
    if user is None:
        return {"u": None, "c": secrets.token_urlsafe(24)}
    return {"u": user.id, "e": user.session_epoch or 0, "c": secrets.token_urlsafe(24)}


def session_data(request: Request) -> dict[str, Any]:
    data: dict[str, Any] = request.state.session
    return data


def set_session(request: Request, data: dict[str, Any]) -> None:
    request.state.session = data
    request.state.session_dirty = True


def cookie_header(codec: SessionCodec, data: dict[str, Any], *, secure: bool) -> str:
    """The Set-Cookie value for the session: signed, HttpOnly, SameSite=Lax, Secure over https."""
    response = Response()
    response.set_cookie(COOKIE, codec.dump(data), max_age=MAX_AGE, httponly=True, samesite="lax", secure=secure,
                        path="/")
    return response.headers["set-cookie"]


def csrf_token(request: Request) -> str:
    return str(session_data(request)["c"])


def _bearer(request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    scheme, _, value = header.partition(" ")
    if scheme.lower() == "bearer" and value.strip():
        return value.strip()
    return None


def resolve_principal(request: Request, session: Session) -> Principal | None:
    """Who is asking: a bearer token first, else the session cookie. Cached on the request."""
    if hasattr(request.state, "principal"):
        cached: Principal | None = request.state.principal
        return cached
    principal: Principal | None = None
    token = _bearer(request)
    if token is not None:
        user = user_for_token(session, token, touch_every=TOKEN_TOUCH_SECONDS)
        if user is None:
            raise ApiError(401, "the API token is unknown or revoked; create one with `harmledger tokens create`")
        principal = Principal(user.id, user.username, user.role, "token")
    else:
        data = session_data(request)
        user_id = data.get("u")
        user = session.get(User, user_id) if isinstance(user_id, int) else None
        # A cookie from before the user's last logout or deactivation is anonymous.
        if user is not None and user.active and data.get("e") == (user.session_epoch or 0):
            principal = Principal(user.id, user.username, user.role, "session")
    request.state.principal = principal
    return principal


def hides_restricted(request: Request, session: Session) -> bool:
    """Whether restricted material is left out of this answer: always in the public view, and on the
    internal server for anyone not logged in (session or token), so an anonymous visitor there sees
    exactly what the public view shows."""
    if request.app.state.settings.public_mode:
        return True
    return resolve_principal(request, session) is None


def log_out(request: Request, session: Session) -> None:
    """Start an anonymous session; if the cookie was a valid login, end every session of that user
    server-side, so a copy of the cookie (taken from a shared computer, a proxy log) is worth nothing."""
    data = session_data(request)
    user_id = data.get("u")
    user = session.get(User, user_id) if isinstance(user_id, int) else None
    if user is not None and data.get("e") == (user.session_epoch or 0):
        end_sessions(user)
    set_session(request, new_session())


async def check_csrf(request: Request) -> None:
    """Refuse a cookie-authenticated write without the session's CSRF token."""
    sent = request.headers.get("x-csrf-token")
    if sent is None and request.headers.get("content-type", "").startswith(
        ("application/x-www-form-urlencoded", "multipart/form-data")
    ):
        try:
            form = await request.form()
        except StarletteHTTPException as exc:
            if exc.status_code != 400:  # 413 (too large) says more than "no token"
                raise
            form = None  # a malformed form carries no token
        value = form.get("csrf_token") if form is not None else None
        sent = value if isinstance(value, str) else None
    if not sent or not hmac.compare_digest(sent, csrf_token(request)):
        raise ApiError(403, "missing or wrong CSRF token; reload the page and try again", code="csrf")


def checked_user(request: Request, session: Session, *, role: str = "editor") -> User:
    """The user the write guard (api/guard.py) let through for this request, loaded in ``session``.
    Refuses when the guard did not run, so a handler cannot skip the role and CSRF checks by mistake."""
    principal: Principal | None = getattr(request.state, "write_principal", None)
    if principal is None:
        raise ApiError(403, "this change was not checked by the write guard; it is refused", code="forbidden")
    if role == "admin" and principal.role != "admin":
        raise ApiError(403, f"{principal.username} is a {principal.role}; only an administrator manages accounts")
    user = session.get(User, principal.user_id)
    if user is None or not user.active:
        raise ApiError(401, "log in (or send an API token) as an analyst or administrator to change anything")
    if user.role not in EDITORS:
        raise ApiError(403, f"{user.username} is a {user.role} and may not change anything")
    return user
