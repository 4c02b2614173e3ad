"""`harmledger serve`."""

from __future__ import annotations

from typing import Annotated

import typer

from .._config import get_settings
from ..cli import DbOption
from ..plugins import hookimpl
from ..store.db import open_store


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

        from .app import create_app

        settings = get_settings(db=db)
        if public:
            settings = settings.model_copy(update={"public_mode": True})
        store = open_store(db)
        application = create_app(store, settings)

        mode = "public read-only view" if settings.public_mode else "application"
        typer.echo(f"Serving the {mode} of {store.safe_url} at http://{host}:{port}/ (Ctrl+C stops)", err=True)
        uvicorn.run(application, host=host, port=port, log_level="warning", proxy_headers=True)
