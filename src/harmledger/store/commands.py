"""`harmledger init`."""

from __future__ import annotations

import typer

from ..cli import DbOption
from ..plugins import hookimpl
from .db import Store


@hookimpl
def register_commands(app: typer.Typer) -> None:
    @app.command()
    def init(db: DbOption = None) -> None:
        """Create the store, or migrate it to the newest schema."""
        store = Store(db)
        revision = store.init()
        typer.echo(f"Store ready at {store.safe_url} (schema {revision}).")
