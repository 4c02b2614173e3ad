"""/api/auth (login, logout, who am I), /api/tokens and /api/audit."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from pydantic import BaseModel, Field
from sqlalchemy.orm import Session

from ...review import audit
from ...review.accounts import authenticate, create_token
from ...store.models import User
from ..deps import DbSession, PagingDep
from ..errors import ApiError
from ..guard import GuardedRoute
from ..proxies import client_address
from ..security import check_csrf, log_out, new_session, resolve_principal, set_session
from ..throttle import LoginThrottle
from ..writes import in_thread, write

router = APIRouter(prefix="/api", tags=["accounts"], route_class=GuardedRoute)


class LoginBody(BaseModel):
    username: str = Field(max_length=100)
    password: str = Field(max_length=1000)


class TokenBody(BaseModel):
    name: str = Field(default="script", max_length=100)


def login_user(request: Request, session: DbSession, username: str, password: str) -> User:
    if request.app.state.settings.public_mode:
        raise ApiError(403, "this server is a read-only public view; log in on the internal server", code="read_only")
    throttle: LoginThrottle = request.app.state.login_throttle
    ip = client_address(request)  # X-Forwarded-For counts only from a configured proxy
    wait = throttle.retry_after(username, ip)
    if wait > 0:
        # Checked before the password, so a locked-out guesser learns nothing, not even from a right guess.
        raise ApiError(429, f"too many failed logins; try again in {int(wait // 60) + 1} minute(s)",
                       code="too_many_requests")
    user = authenticate(session, username, password)
    if user is None:
        throttle.failed(username, ip)
        raise ApiError(401, "wrong username or password")
    throttle.succeeded(username)
    # A new CSRF token at login, so a token seen before login is worth nothing after it.
    set_session(request, new_session(user))
    return user


@router.post("/auth/login", summary="Log in; sets the session cookie")
def login(body: LoginBody, request: Request, session: DbSession) -> dict[str, Any]:
    user = login_user(request, session, body.username, body.password)
    return {"username": user.username, "role": user.role, "csrf_token": request.state.session["c"]}


@router.post("/auth/logout", summary="Log out, ending all your sessions (send the session's X-CSRF-Token)")
async def logout(request: Request) -> dict[str, Any]:
    if request.state.session.get("u") is not None:
        await check_csrf(request)  # another site cannot log an analyst out in the middle of a review
    await in_thread(request, lambda session: log_out(request, session), writes=True)
    return {"ok": True}


@router.get("/auth/me", summary="Who is logged in, and the CSRF token for writes")
def me(request: Request, session: DbSession) -> dict[str, Any]:
    principal = resolve_principal(request, session)
    if principal is None:
        raise ApiError(401, "not logged in")
    return {"username": principal.username, "role": principal.role, "via": principal.via,
            "csrf_token": request.state.session["c"] if principal.via == "session" else None}


@router.post("/tokens", summary="Create an API token for yourself (analyst, administrator; shown once)", status_code=201)
async def new_token(body: TokenBody, request: Request) -> dict[str, Any]:
    # A viewer changes nothing, tokens included; an administrator can make one with `harmledger tokens create`.
    def work(session: Session, user: User) -> dict[str, Any]:
        token = create_token(session, user, body.name)
        audit.record(session, user.username, "token_create", "user", user.username, None, {"token_name": body.name})
        return {"token": token, "name": body.name}

    return await write(request, work)


def require_reader(request: Request, session: DbSession) -> None:
    """The audit log is for logged-in users, and never in the public view."""
    if request.app.state.settings.public_mode:
        raise ApiError(403, "the audit log is not part of the public view", code="read_only")
    if resolve_principal(request, session) is None:
        raise ApiError(401, "log in to read the audit log")


@router.get("/audit", summary="The audit log, newest first")
def audit_log(request: Request, session: DbSession, page: PagingDep,
              entity_type: Annotated[str | None, Query(max_length=30)] = None,
              entity_id: Annotated[str | None, Query(max_length=200)] = None) -> dict[str, Any]:
    require_reader(request, session)
    rows, total = audit.entries_for(session, entity_type, entity_id, limit=page.limit, offset=page.offset)
    items = [{"id": e.id, "at": e.at.isoformat(), "actor": e.actor, "action": e.action, "entity_type": e.entity_type,
              "entity_id": e.entity_id, "before": e.before, "after": e.after, "hash": e.hash} for e in rows]
    return {"items": items, "total": total, "limit": page.limit, "offset": page.offset}


@router.get("/audit/verify", summary="Check the audit log's hash chain")
def audit_verify(request: Request, session: DbSession) -> dict[str, Any]:
    require_reader(request, session)
    return audit.verify(session).model_dump()
