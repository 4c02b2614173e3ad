"""`--help` speaks to users: no Python type placeholders (``<bool>``, ``<str>``), no internal jargon."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

import pytest
import typer
import typer.main
from typer.testing import CliRunner

from harmledger._errors import NotFoundError
from harmledger.cli import build_app, fail

# `harmledger extract` is being edited elsewhere (its help still cites "contract section 2"; the root help
# shows that line too); listed here
# so that this test guards every other command meanwhile. Remove it once its help says what it means.
JARGON_PENDING: set[str] = set()


@lru_cache(maxsize=1)
def _app() -> typer.Typer:
    return build_app()


def _paths(command: Any, path: str) -> list[str]:
    found = [path]
    for name, sub in sorted(getattr(command, "commands", {}).items()):
        found.extend(_paths(sub, f"{path} {name}"))
    return found


PATHS = _paths(typer.main.get_command(_app()), "harmledger")


def _help(path: str) -> str:
    result = CliRunner().invoke(_app(), [*path.split()[1:], "--help"], env={"COLUMNS": "200", "TERM": "dumb"})
    assert result.exit_code == 0, result.output
    return result.output


def test_every_command_is_walked() -> None:
    assert {"harmledger users list", "harmledger users passwd", "harmledger stats", "harmledger ingest"} <= set(PATHS)


@pytest.mark.parametrize("path", PATHS)
def test_help_has_no_type_placeholders(path: str) -> None:
    text = _help(path)
    assert not re.search(r"<(bool|str|int|float|list\[[^\]]*\]|Path|datetime)>", text), text
    assert not re.search(r"\{[a-z_]+\}", text), text  # Typer's {argument} form of the usage line


@pytest.mark.parametrize("path", [p for p in PATHS if p not in JARGON_PENDING])
def test_help_has_no_internal_jargon(path: str) -> None:
    assert "contract section" not in _help(path).lower()


def test_flags_show_no_value_and_valued_options_a_plain_one() -> None:
    text = _help("harmledger stats")
    assert re.search(r"--reviewed-only\s+Count only", text), text
    assert re.search(r"--from\s+TEXT\s+First day", text), text
    assert re.search(r"--db\s+URL\s+Database URL", text), text


def test_fail_shows_a_library_error_with_its_code(capsys: pytest.CaptureFixture[str]) -> None:
    exit_ = fail(NotFoundError("no user 'x'"))
    assert exit_.exit_code == 1
    assert capsys.readouterr().err == "Error: [E022] no user 'x'\n"
