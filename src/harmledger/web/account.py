"""Logging in and out through the login form."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response
from sqlalchemy.orm import Session

from ..api.deps import DbSession
from ..api.errors import ApiError
from ..api.guard import GuardedRoute
from ..api.routers.auth import login_user
from ..api.security import check_csrf, log_out
from ..api.writes import in_thread
from .render import render

# Login and logout are open to anyone (api/guard.py OPEN); GuardedRoute keeps any other write checked.
router = APIRouter(include_in_schema=False, route_class=GuardedRoute)


@router.get("/login")
def login_page(request: Request, session: DbSession, next: str = "/") -> Response:
    return render(request, session, "login.html", next=_safe_next(next), error=None)


def _safe_next(value: str) -> str:
    # Only paths on this site, so the login form cannot send anyone elsewhere. Browsers read "/\\host"
    # and "/<tab>/host" as "//host", so backslashes and control characters are refused too.
    if not value.startswith("/") or value.startswith("//") or "\\" in value or any(ord(c) < 32 for c in value):
        return "/"
    return value


@router.post("/login")
async def login_post(request: Request, username: Annotated[str, Form(max_length=100)],
                     password: Annotated[str, Form(max_length=1000)], next: Annotated[str, Form()] = "/") -> Response:
    await check_csrf(request)

    def attempt(session: Session) -> Response:
        # Checking the password (argon2) and the account are blocking work: done in a worker thread.
        try:
            login_user(request, session, username, password)
        except ApiError as exc:
            if exc.status not in (401, 429):
                raise
            return render(request, session, "login.html", status_code=exc.status, next=_safe_next(next),
                          error=exc.message)
        return RedirectResponse(_safe_next(next), status_code=303)

    return await in_thread(request, attempt)


@router.post("/logout")
async def logout_post(request: Request) -> Response:
    await check_csrf(request)
    await in_thread(request, lambda session: log_out(request, session), writes=True)
    return RedirectResponse("/", status_code=303)
