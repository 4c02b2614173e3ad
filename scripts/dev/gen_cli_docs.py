"""Write docs/cli.md from the commands' own help (run after adding or changing a command)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import typer.main

from harmledger.cli import build_app

OUT = Path(__file__).resolve().parents[2] / "docs" / "cli.md"

INTRO = """# Command line

`harmledger` is a thin layer over the library. Every command takes `--help`; commands that touch the
store take `--db URL` (default: a SQLite file in `$HARMLEDGER_HOME`, else `./.harmledger/`;
`postgresql://...` selects PostgreSQL). Errors are one line on stderr (`Error: [Exxx] what happened and
what to do`) and exit code 1; usage errors exit 2. This page is generated from the commands' help by
`scripts/dev/gen_cli_docs.py`; a test fails when a command is missing from it.
"""


def _walk(command: Any, path: str) -> list[tuple[str, Any]]:
    if hasattr(command, "commands"):
        found: list[tuple[str, Any]] = []
        for name in sorted(command.commands):
            found.extend(_walk(command.commands[name], f"{path} {name}"))
        return found
    return [(path, command)]


def _section(path: str, command: Any) -> str:
    ctx = typer.main.get_command(build_app()).make_context("harmledger", [], resilient_parsing=True)
    lines = [f"## `{path}`", "", (command.help or "").strip(), ""]
    usage = " ".join(command.collect_usage_pieces(ctx))
    lines += ["```", f"{path} {usage}".rstrip(), "```", ""]
    rows = []
    for param in command.params:
        if param.name == "help":
            continue
        names = ", ".join(f"`{o}`" for o in (param.opts + param.secondary_opts)) if param.param_type_name == "option" else f"`{param.name.upper()}`"
        help_text = (getattr(param, "help", None) or "").replace("|", "\\|").replace("\n", " ")
        rows.append(f"| {names} | {help_text} |")
    if rows:
        lines += ["| argument or option | what it does |", "|---|---|", *rows, ""]
    return "\n".join(lines)


def main() -> None:
    root = typer.main.get_command(build_app())
    body = [INTRO] + [_section(path, cmd) for path, cmd in _walk(root, "harmledger")]
    OUT.write_text("\n".join(body), encoding="utf-8")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
