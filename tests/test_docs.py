"""Fails when a command, option group or setting is not documented (as datasette does)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import typer.main

from harmledger._config import Settings
from harmledger.cli import build_app

DOCS = Path(__file__).resolve().parents[1] / "docs"


def _command_paths(command: Any, prefix: str = "harmledger") -> list[str]:
    # Typer vendors its own click, so groups are recognised by their `commands`.
    paths = []
    if hasattr(command, "commands"):
        for name, sub in command.commands.items():
            paths.extend(_command_paths(sub, f"{prefix} {name}"))
    else:
        paths.append(prefix)
    return paths


def test_every_command_is_documented() -> None:
    cli_doc = (DOCS / "cli.md").read_text(encoding="utf-8")
    documented = set(re.findall(r"^#+ `(harmledger[^`]*)`", cli_doc, flags=re.M))
    commands = _command_paths(typer.main.get_command(build_app()))
    assert commands, "no commands registered"
    missing = [c for c in commands if c not in documented]
    assert not missing, f"commands missing a '## `...`' heading in docs/cli.md: {missing}"


def test_every_setting_is_documented() -> None:
    settings_doc = (DOCS / "settings.md").read_text(encoding="utf-8")
    missing = [
        f"HARMLEDGER_{name.upper()}" for name in Settings.model_fields if f"HARMLEDGER_{name.upper()}" not in settings_doc
    ]
    assert not missing, f"settings missing from docs/settings.md: {missing}"


def test_every_command_has_help() -> None:
    group = typer.main.get_command(build_app())
    assert hasattr(group, "commands")

    def walk(command: Any) -> None:
        assert command.help or command.short_help, f"{command.name} has no help text"
        if hasattr(command, "commands"):
            for sub in command.commands.values():
                walk(sub)

    walk(group)
