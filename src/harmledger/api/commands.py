"""`harmledger serve`."""

from __future__ import annotations

import os
import socket
from typing import TYPE_CHECKING, Annotated

import typer

from .._errors import ConfigError
from ..cli import DbOption
from ..plugins import hookimpl

if TYPE_CHECKING:
    from fastapi import FastAPI

    from ..store.db import Store


def _check_port_free(host: str, port: int) -> None:
    """Say it in one line before uvicorn would log a bind error and exit."""
    try:
        with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            probe.bind((host, port))
    except OSError as exc:
        raise ConfigError(f"cannot listen on {host}:{port} ({exc.strerror}); choose another with --port or --host") from exc


def refresh_planner_statistics(store: Store) -> None:
    """Let the database's query planner know the store's shape (ANALYZE). Without it SQLite reads an
    incident list through the index on ``deleted`` (one value in every row) and sorts the whole table for
    each page: 30 ms instead of 1 ms at 100,000 incidents. About 0.1 s per 100,000 incidents on SQLite
    (a sampled one, PRAGMA analysis_limit, misjudged ``deleted`` as selective); PostgreSQL samples."""
    from sqlalchemy import text

    if store.dialect in ("sqlite", "postgresql"):
        with store.engine.begin() as connection:
            connection.execute(text("ANALYZE"))


def worker_app() -> FastAPI:
    """The application of one `serve --workers` process (uvicorn calls this in each; the settings, the
    database URL and --public included, come from the environment the command set)."""
    from .._config import get_settings
    from ..store.db import open_store
    from .app import create_app

    settings = get_settings()
    return create_app(open_store(settings.db), settings)


@hookimpl
def register_commands(app: typer.Typer) -> None:
    @app.command()
    def serve(
        host: Annotated[str, typer.Option("--host", help="Address to listen on.")] = "127.0.0.1",
        port: Annotated[int, typer.Option("--port", help="Port to listen on.")] = 8000,
        public: Annotated[bool, typer.Option("--public", help="Read-only public view that hides restricted material.")] = False,
        workers: Annotated[int, typer.Option("--workers", min=1, max=64, help=(
            "Server processes answering requests (default 1). Each uses a CPU core at most; a write through "
            "one is seen by the next read through any other."))] = 1,
        db: DbOption = None,
    ) -> None:
        """Serve the web application and the HTTP API (OpenAPI schema at /openapi.json)."""
        import uvicorn

        from .._config import get_settings
        from ..store.db import open_store
        from .app import create_app
        from .proxies import parse_networks
        from .security import secret_key

        settings = get_settings(db=db)
        if public:
            settings = settings.model_copy(update={"public_mode": True})
        store = open_store(db)
        refresh_planner_statistics(store)
        _check_port_free(host, port)
        mode = "public read-only view" if settings.public_mode else "application"
        processes = f" with {workers} processes" if workers > 1 else ""
        typer.echo(f"Serving the {mode} of {store.safe_url} at http://{host}:{port}/{processes} (Ctrl+C stops)", err=True)
        # X-Forwarded-For and -Proto are believed only from the configured proxies (none by default).
        trusted = [str(n) for n in parse_networks(settings.trusted_proxies)]
        options = {"host": host, "port": port, "log_level": "warning", "proxy_headers": bool(trusted),
                   "forwarded_allow_ips": trusted or None, "timeout_graceful_shutdown": 10}
        if workers == 1:
            uvicorn.run(create_app(store, settings), **options)  # type: ignore[arg-type]
            return
        # The session key is made here, once, so that the processes do not race to make one each.
        secret_key(store, settings.secret_key)
        os.environ["HARMLEDGER_DB"] = store.url
        if settings.public_mode:
            os.environ["HARMLEDGER_PUBLIC_MODE"] = "true"
        uvicorn.run("harmledger.api.commands:worker_app", factory=True, workers=workers, **options)  # type: ignore[arg-type]
