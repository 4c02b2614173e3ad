"""The FastAPI application: the API under /api/, the pages, static files, sessions and errors."""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .. import __version__
from .._config import Settings
from ..plugins import get_plugin_manager
from ..store.db import Store
from . import errors
from .aggregates import ResultCache, VersionClock
from .chunks import ChunkCache, ChunkTracker
from .guard import unguarded_writes
from .proxies import TrustedProxies
from .routers import auth, data, documents, health, incidents, users
from .security import COOKIE, SessionCodec, cookie_header, new_session, secret_key
from .throttle import LoginThrottle
from .upload import UploadLimit
from .writes import CountReads, ReadTraffic

logger = logging.getLogger(__name__)


def _csp(settings: Settings) -> str:
    img = "'self' data:"
    if settings.tile_url:
        from urllib.parse import urlsplit

        parts = urlsplit(settings.tile_url.replace("{s}", "a"))
        host = parts.netloc.replace("a.", "*.", 1) if "{s}" in settings.tile_url else parts.netloc
        img += f" {parts.scheme}://{host}"
    return ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            f"img-src {img}; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'")


class SessionMiddleware:
    """Loads the signed session (every visitor gets one, for CSRF), sends the cookie when it changed,
    adds the security headers, and resets the version clock after a successful write.

    A plain ASGI middleware: it never touches the response body, so large map data passes straight through.
    """

    def __init__(self, app: ASGIApp, *, codec: SessionCodec, clock: VersionClock, csp: str) -> None:
        self.app, self.codec, self.clock, self.csp = app, codec, clock, csp

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        data = self.codec.load(Request(scope).cookies.get(COOKIE))
        state = scope.setdefault("state", {})
        state["session"] = data or new_session()
        state["session_dirty"] = data is None
        path, method = scope["path"], scope["method"]

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                if method not in ("GET", "HEAD", "OPTIONS") and message["status"] < 400:
                    self.clock.invalidate()  # this request may have changed incidents: the next read sees it
                # Pages and auth calls hand out the cookie; plain API reads stay cookie-free.
                if state["session_dirty"] and (not path.startswith("/api/") or path.startswith("/api/auth/")):
                    headers.append("set-cookie", cookie_header(self.codec, state["session"],
                                                               secure=scope.get("scheme") == "https"))
                headers.setdefault("X-Content-Type-Options", "nosniff")
                headers.setdefault("Referrer-Policy", "same-origin")
                headers.setdefault("Content-Security-Policy", self.csp)
            await send(message)

        await self.app(scope, receive, send_with_headers)


def create_app(store: Store, settings: Settings | None = None) -> FastAPI:
    """The application over one store. ``settings.public_mode`` makes it a read-only public view."""
    settings = settings or store.settings
    app = FastAPI(
        title="harmledger",
        version=__version__,
        description="Incidents of civilian harm with their sources and evidence. Reads are open, but restricted "
        "material is shown only to logged-in users of the internal server (never in the public view); changes "
        "need an analyst or administrator, by session cookie with a CSRF token or by `Authorization: Bearer "
        "TOKEN`. Every error is `{\"error\": {\"code\", \"message\", \"status\"}}`.",
        docs_url=None,  # Swagger UI would load from a CDN; /api/docs is a page instead (web/reference.py)
        redoc_url=None,
    )
    app.state.store = store
    app.state.settings = settings
    # The store's version is read from the database on every request (three index lookups), so a write
    # through another server process (`serve --workers`) or command is seen by the next read here.
    clock = VersionClock(ttl=0.0)
    reuse = settings.cache_reuse_seconds
    app.state.cache = ResultCache(clock, reuse_seconds=reuse)
    # Heavy reads kept per slice of the incidents (api/chunks.py): statistics, map data and facets, and
    # apart (many small entries: one per filter) the counts of list filters.
    tracker = ChunkTracker()
    app.state.chunks = ChunkCache(tracker, size=32)
    app.state.chunk_counts = ChunkCache(tracker, size=256)
    app.state.id_cache = ResultCache(clock, size=16, reuse_seconds=reuse)  # sorted incident ids per filter, for paging
    app.state.login_throttle = LoginThrottle()
    app.state.proxies = TrustedProxies(settings.trusted_proxies)
    app.state.session_codec = SessionCodec(secret_key(store, settings.secret_key))
    csp = _csp(settings)
    errors.install(app)

    app.add_middleware(SessionMiddleware, codec=app.state.session_codec, clock=clock, csp=csp)
    app.add_middleware(UploadLimit, limit=settings.max_upload_bytes)
    app.state.read_traffic = ReadTraffic()
    app.add_middleware(CountReads, traffic=app.state.read_traffic)  # outermost: writes wait for reads (api/writes.py)

    for module in (incidents, documents, data, auth, users, health):
        app.include_router(module.router)
    # The pages come in through the same hook as an outside plugin's routes (harmledger.web.pages).
    get_plugin_manager(routes=True).hook.register_routes(app=app)
    for method, path in unguarded_writes(app):
        # A plugin's route that changes things without harmledger.api.guard.GuardedRoute checks nobody first.
        logger.warning("%s %s is not a GuardedRoute: it must check the caller itself", method, path)
    return app
