"""`harmledger serve`."""

from __future__ import annotations

import socket
from typing import Annotated

import typer

from .._errors import ConfigError
from ..cli import DbOption
from ..plugins import hookimpl


def _check_port_free(host: str, port: int) -> None:
    """Say it in one line before uvicorn would log a bind error and exit."""
    try:
        with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            probe.bind((host, port))
    except OSError as exc:
        raise ConfigError(f"cannot listen on {host}:{port} ({exc.strerror}); choose another with --port or --host") from exc


@hookimpl
def register_commands(app: typer.Typer) -> None:
    @app.command()
    def serve(
        host: Annotated[str, typer.Option("--host", help="Address to listen on.")] = "127.0.0.1",
        port: Annotated[int, typer.Option("--port", help="Port to listen on.")] = 8000,
        public: Annotated[bool, typer.Option("--public", help="Read-only public view that hides restricted material.")] = False,
        db: DbOption = None,
    ) -> None:
        """Serve the web application and the HTTP API (OpenAPI schema at /openapi.json)."""
        import uvicorn

        from .._config import get_settings
        from ..store.db import open_store
        from .app import create_app
        from .proxies import parse_networks

        settings = get_settings(db=db)
        if public:
            settings = settings.model_copy(update={"public_mode": True})
        store = open_store(db)
        application = create_app(store, settings)

        _check_port_free(host, port)
        mode = "public read-only view" if settings.public_mode else "application"
        typer.echo(f"Serving the {mode} of {store.safe_url} at http://{host}:{port}/ (Ctrl+C stops)", err=True)
        # X-Forwarded-For and -Proto are believed only from the configured proxies (none by default).
        trusted = [str(n) for n in parse_networks(settings.trusted_proxies)]
        uvicorn.run(application, host=host, port=port, log_level="warning", proxy_headers=bool(trusted),
                    forwarded_allow_ips=trusted or None, timeout_graceful_shutdown=10)
