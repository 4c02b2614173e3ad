"""The ``harmledger`` command: a thin layer over the library.

Commands come from plugin hooks (``register_commands``), the built-in ones included. Library errors
become one line on stderr and exit code 1; there is no traceback for a user error.
"""

from __future__ import annotations

import logging
import sys
from typing import Annotated

import typer

from ._errors import HarmledgerError
from .plugins import get_plugin_manager

app = typer.Typer(
    name="harmledger",
    help="A civilian-harm observatory: ingest reports, extract and link incidents, review and publish them.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)

DbOption = Annotated[
    str | None,
    typer.Option("--db", help="Database URL (default: a SQLite file in $HARMLEDGER_HOME, else ./.harmledger/).", envvar="HARMLEDGER_DB"),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]


@app.callback()
def _root(
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log progress details to stderr.")] = False,
) -> None:
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING, format="%(levelname)s %(name)s: %(message)s")


_registered = False


def build_app() -> typer.Typer:
    """The app with every plugin's commands registered (once)."""
    global _registered
    if not _registered:
        get_plugin_manager().hook.register_commands(app=app)
        _registered = True
    return app


def fail(message: str, code: int = 1) -> typer.Exit:
    """Print one error line and return the Exit to raise."""
    typer.echo(f"Error: {message}", err=True)
    return typer.Exit(code)


def main() -> None:
    try:
        build_app()(standalone_mode=True)
    except HarmledgerError as exc:
        typer.echo(f"Error: {exc}", err=True)
        sys.exit(1)
    except KeyboardInterrupt:
        typer.echo("Interrupted; the store is consistent and the next run continues.", err=True)
        sys.exit(130)


if __name__ == "__main__":
    main()
