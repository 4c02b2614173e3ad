"""The ``harmledger`` command: a thin layer over the library.

Commands come from plugin hooks (``register_commands``), the built-in ones included. Library errors
become one line on stderr, with their code, and exit code 1; usage errors exit 2; there is no traceback for a
user error.
"""

from __future__ import annotations

import logging
import sys
from typing import Annotated, Any, get_args

import typer
import typer.core
import typer.main

from ._dates import DateOrder, date_order
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
    typer.Option("--db", metavar="URL", help="Database URL (default: a SQLite file in $HARMLEDGER_HOME, else ./.harmledger/).", envvar="HARMLEDGER_DB"),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]
DateOrderOption = Annotated[
    str,
    typer.Option(
        "--date-order",
        metavar="DMY|MDY|YMD",
        help="How all-numeric dates such as 05/04/2017 are read, in --published and in a corpus's published values: "
        "DMY, day first (5 April; the default), MDY, month first (4 May), or YMD, year first. A date with a month "
        "name, or with its four-digit year first, reads the same in any order.",
    ),
]


def check_date_order(value: str) -> DateOrder:
    """The --date-order value; a usage error (exit 2) when it is not one of the three."""
    order = date_order(value)
    if order is None:
        raise typer.BadParameter(f"{value!r} is not DMY, MDY or YMD", param_hint="--date-order")
    return order


@app.callback()
def _root(
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log progress details to stderr.")] = False,
) -> None:
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    if not verbose:
        # Parsers' own warnings about damaged files would double the one error line ingest prints.
        for noisy in ("pypdf", "trafilatura", "htmldate", "distributed"):
            logging.getLogger(noisy).setLevel(logging.ERROR)


# Plain names for the value an option takes; Typer 0.2x shows the Python annotation (``<bool>``,
# ``<list[str]>``), which means nothing to a user.
_LABELS: dict[object, str] = {str: "TEXT", int: "INTEGER", float: "NUMBER"}


def _value_label(param: Any, ctx: Any = None) -> str | None:
    """What a parameter's value looks like in --help: its metavar, else TEXT, INTEGER, NUMBER, PATH or the
    choices; nothing for a flag, nor for an argument (its name column says it already)."""
    if isinstance(param, typer.core.TyperArgument):
        return None
    if param.metavar is not None:
        return str(param.metavar)
    if getattr(param, "is_flag", False) or getattr(param, "count", False):
        return None
    desc = getattr(param, "type_descriptor", None)
    if desc is None:
        return None
    if desc.choices:
        return "|".join(str(getattr(choice, "value", choice)) for choice in desc.choices)
    if desc.is_path or desc.is_file:
        return "PATH"
    annotation = get_args(desc.annotation)[0] if desc.is_list else desc.annotation
    return _LABELS.get(annotation, "TEXT")


def _usage_name(param: Any) -> str:
    name = str(param.metavar or (param.name or "").upper())
    if param.nargs != 1 and not name.endswith("..."):
        name += "..."
    return name if param.required else f"[{name}]"


for _cls in (typer.core.TyperOption, typer.core.TyperArgument):
    if hasattr(_cls, "display_type_rich"):  # older Typers show click's plain labels already
        _cls.display_type_rich = _value_label  # type: ignore[method-assign,assignment]
if hasattr(typer.core.TyperArgument, "_usage_display_name"):  # else click's USAGE form, already plain
    typer.core.TyperArgument._usage_display_name = _usage_name  # type: ignore[method-assign,assignment]


_registered = False


def build_app() -> typer.Typer:
    """The app with every plugin's commands registered (once)."""
    global _registered
    if not _registered:
        get_plugin_manager(commands_only=True).hook.register_commands(app=app)
        _registered = True
    return app


def fail(message: str | HarmledgerError, code: int = 1) -> typer.Exit:
    """Print one error line and return the Exit to raise. A library error is shown with its code
    (``Error: [E021] ...``); pass the error itself rather than its message."""
    typer.echo(f"Error: {message}", err=True)
    return typer.Exit(code)


def main() -> None:
    command = typer.main.get_command(build_app())
    try:
        # Not standalone, so that usage errors become one line here rather than a boxed panel.
        result = command.main(prog_name="harmledger", standalone_mode=False)
    except HarmledgerError as exc:
        typer.echo(f"Error: {exc}", err=True)
        sys.exit(1)
    except typer.TyperException as exc:  # usage errors and bad parameters
        ctx = getattr(exc, "ctx", None)
        hint = f" (see `{ctx.command_path} --help`)" if ctx is not None else ""
        message = exc.format_message() if hasattr(exc, "format_message") else str(exc)
        if not message:  # no arguments: the help has been shown
            sys.exit(0)
        typer.echo(f"Error: {message}{hint}", err=True)
        sys.exit(getattr(exc, "exit_code", 2))
    except (KeyboardInterrupt, typer.Abort):
        typer.echo("Interrupted; the store is consistent and the next run continues.", err=True)
        sys.exit(130)
    sys.exit(result if isinstance(result, int) else 0)


if __name__ == "__main__":
    main()
