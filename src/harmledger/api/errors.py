"""One JSON error shape for every error of the API: ``{"error": {"code", "message", "status"}}``.

Pages get the same message in an HTML page instead.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from .._errors import (
    HarmledgerError,
    NotFoundError,
    PermissionDeniedError,
    ReviewError,
    StoreBusyError,
    StoreError,
)

logger = logging.getLogger(__name__)

_CODES = {400: "bad_request", 401: "unauthenticated", 403: "forbidden", 404: "not_found", 405: "method_not_allowed",
          409: "conflict", 413: "too_large", 415: "unsupported_type", 422: "invalid", 429: "too_many_requests",
          500: "internal", 503: "unavailable"}
RETRY_AFTER = 5  # seconds a client waits before sending a write again that found the database busy


class ApiError(Exception):
    """An error with an HTTP status, a short code and a message that says what to do."""

    def __init__(self, status: int, message: str, code: str | None = None, details: Any = None) -> None:
        super().__init__(message)
        self.status, self.message, self.code, self.details = status, message, code or _CODES.get(status, "error"), details


def error_body(status: int, code: str, message: str, details: Any = None, ref: str | None = None) -> dict[str, Any]:
    error: dict[str, Any] = {"code": code, "message": message, "status": status}
    if ref is not None:
        error["ref"] = ref
    if details is not None:
        error["details"] = details
    return {"error": error}


def _wants_html(request: Request) -> bool:
    path = request.url.path
    return not (path.startswith("/api/") or path == "/openapi.json")


def _respond(request: Request, status: int, code: str, message: str, details: Any = None,
             ref: str | None = None, headers: dict[str, str] | None = None) -> Response:
    if status == 401:
        headers = {**(headers or {}), "WWW-Authenticate": "Bearer"}
    if _wants_html(request):
        templates = getattr(request.app.state, "templates", None)
        if templates is not None:
            session = getattr(request.state, "session", None) or {}
            context = {"status": status, "code": code, "message": message, "csrf_token": session.get("c", "")}
            return templates.TemplateResponse(request, "error.html", context, status_code=status, headers=headers)
        return HTMLResponse(f"<h1>{status}</h1>", status_code=status, headers=headers)
    return JSONResponse(error_body(status, code, message, details, ref), status_code=status, headers=headers)


def status_for(exc: HarmledgerError) -> int:
    if isinstance(exc, NotFoundError):
        return 404
    if isinstance(exc, PermissionDeniedError):
        return 403
    if isinstance(exc, ReviewError):
        return 409
    if isinstance(exc, StoreError):
        return 503
    return 400


def install(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError) -> Response:
        return _respond(request, exc.status, exc.code, exc.message, exc.details)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> Response:
        message = exc.detail if isinstance(exc.detail, str) else "request failed"
        if exc.status_code == 404 and message == "Not Found":
            message = f"nothing at {request.url.path}; see /openapi.json for the API"
        return _respond(request, exc.status_code, _CODES.get(exc.status_code, "error"), message)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> Response:
        details = [{"loc": list(e.get("loc", ())), "msg": e.get("msg", "")} for e in exc.errors()]
        first = details[0] if details else {"loc": [], "msg": "invalid request"}
        where = ".".join(str(p) for p in first["loc"])
        return _respond(request, 422, "invalid", f"{where}: {first['msg']}", details)

    @app.exception_handler(HarmledgerError)
    async def _harmledger(request: Request, exc: HarmledgerError) -> Response:
        status = status_for(exc)
        if isinstance(exc, StoreBusyError):
            logger.warning("%s %s: %s", request.method, request.url.path, exc.message)
            return _respond(request, 503, "busy", f"the database is busy with other changes; nothing was changed. "
                            f"Try again in {RETRY_AFTER} seconds", ref=exc.code,
                            headers={"Retry-After": str(RETRY_AFTER)})
        if status == 503:
            # The driver's message can hold SQL, table names and values: the log has it, the client does not.
            logger.error("%s %s: [%s] %s", request.method, request.url.path, exc.code, exc.message)
            return _respond(request, 503, "unavailable", "the database could not answer; the server log has the "
                            "details", ref=exc.code)
        # The stable library code (E022...) goes in "ref"; "code" stays the same family as every other error.
        return _respond(request, status, _CODES.get(status, "error"), exc.message, ref=exc.code)

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> Response:
        logger.exception("unexpected error on %s %s", request.method, request.url.path)
        return _respond(request, 500, "internal", "unexpected server error; the server log has the details")
