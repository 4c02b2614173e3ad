"""`harmledger link`."""

from __future__ import annotations

import typer

from ..cli import DbOption, JsonOption
from ..plugins import hookimpl


@hookimpl
def register_commands(app: typer.Typer) -> None:
    @app.command()
    def link(db: DbOption = None, as_json: JsonOption = False) -> None:
        """Link every stored incident mention that has no incident yet (idempotent, resumable)."""
        from ..store import open_store
        from .pending import link_pending

        store = open_store(db)
        with store.session() as session:
            report = link_pending(session)
        if as_json:
            typer.echo(report.model_dump_json())
            return
        typer.echo(
            f"Linked {report.mentions_linked} mentions: {report.incidents_created} new incidents, "
            f"{report.incidents_updated} updated, {report.incidents_removed} removed ({report.seconds:.1f}s)."
        )
