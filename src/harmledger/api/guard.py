"""The write guard: every state-changing route checks who is asking before its body is read.

FastAPI parses and validates a request body before it resolves any dependency, so a check inside the
handler (or in ``dependencies=[...]``) comes too late: an anonymous client sending a malformed body got
422, which says more than "no" and breaks docs/contract.md section 6 (401 or 403 for anyone who may not change
anything). ``GuardedRoute`` wraps the route's request handler instead, so the check runs on the request
before FastAPI touches its body; the handler then reuses the same request (the principal and any form
read for the CSRF token are cached on it).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Coroutine
from typing import Any

from fastapi import FastAPI, Request, Response, routing
from fastapi.routing import APIRoute

from .errors import ApiError
from .security import Principal, check_csrf, resolve_principal
from .writes import in_write_thread

logger = logging.getLogger(__name__)

READS = frozenset({"GET", "HEAD", "OPTIONS"})
# Logging in and out is open to anyone by design (the routes check their own CSRF token and throttling).
OPEN = frozenset({"/api/auth/login", "/api/auth/logout", "/login", "/logout"})


async def guard_write(request: Request, role: str = "editor") -> Principal:
    """Refuse the change unless an analyst or administrator (``role="admin"``: an administrator) asks,
    with the session's CSRF token when by cookie. 403 in the public view, 401 without credentials."""
    if request.app.state.settings.public_mode:
        raise ApiError(403, "this server is a read-only public view; changes are not possible here", code="read_only")
    store = request.app.state.store

    def lookup() -> Principal | None:
        with store.session() as session:
            return resolve_principal(request, session)

    principal = await in_write_thread(request, lookup)  # a database read: never on the event loop
    if principal is None:
        raise ApiError(401, "log in (or send an API token) as an analyst or administrator to change anything")
    if role == "admin" and principal.role != "admin":
        raise ApiError(403, f"{principal.username} is a {principal.role}; only an administrator manages accounts")
    if not principal.can_edit:
        raise ApiError(403, f"{principal.username} is a {principal.role} and may not change anything")
    if principal.via == "session":
        await check_csrf(request)
    request.state.write_principal = principal  # what security.checked_user hands the handler's transaction
    return principal


class GuardedRoute(APIRoute):
    """A route whose non-read methods need an analyst or administrator, checked before the body is parsed.
    Use it as ``APIRouter(route_class=GuardedRoute)``; reads pass through unchanged."""

    required_role = "editor"

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()
        if self.path in OPEN or not (self.methods or set()) - READS:
            return handler
        role = self.required_role

        async def guarded(request: Request) -> Response:
            if request.method not in READS:
                await guard_write(request, role)
            return await handler(request)

        return guarded


class AdminRoute(GuardedRoute):
    """Changes only an administrator may make (accounts)."""

    required_role = "admin"


def unguarded_writes(app: FastAPI) -> list[tuple[str, str]]:
    """(method, path) of each state-changing route that is not a GuardedRoute (a plugin's, say)."""
    contexts = routing.iter_route_contexts(app.routes) if hasattr(routing, "iter_route_contexts") else app.routes
    found: set[tuple[str, str]] = set()
    for context in contexts:
        route = getattr(context, "original_route", context)
        if not isinstance(route, APIRoute) or route.path in OPEN or isinstance(route, GuardedRoute):
            continue
        found.update((m, route.path) for m in (route.methods or set()) - READS)
    return sorted(found)
