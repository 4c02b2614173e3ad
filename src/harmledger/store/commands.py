"""`harmledger init`."""

from __future__ import annotations

import typer

from ..cli import DbOption
from ..plugins import get_plugin_manager, hookimpl


@hookimpl
def register_commands(app: typer.Typer) -> None:
    @app.command()
    def init(db: DbOption = None) -> None:
        """Create the store, or migrate it to the newest schema."""
        from .db import Store

        store = Store(db)
        revision = store.init()
        typer.echo(f"Store ready at {store.safe_url} (schema {revision}).")
        for line in get_plugin_manager().hook.store_initialised(store=store):
            if line:
                typer.echo(line)
