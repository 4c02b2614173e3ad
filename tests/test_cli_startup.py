"""The command line starts at once: registering the commands imports nothing heavy.

Checked by what gets imported (in a fresh interpreter), never by timing: Dask, the web stack, argon2
and the gazetteer's geometry stack load only inside the commands that use them.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

HEAVY = ("dask", "distributed", "fastapi", "starlette", "uvicorn", "argon2", "harmledger.web", "harmledger.api.app",
         "shapely", "harmledger.extract.components", "harmledger.link.cluster", "tqdm")


def _imported_after(code: str) -> set[str]:
    probe = f"import sys, json\n{code}\nprint(json.dumps(sorted(sys.modules)))"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True)
    return set(json.loads(done.stdout.strip().splitlines()[-1]))


def _heavy(modules: set[str]) -> list[str]:
    return sorted(m for m in modules if any(m == h or m.startswith(h + ".") for h in HEAVY))


@pytest.mark.parametrize("code", [
    "import harmledger",
    "import harmledger.cli",
    # What `harmledger --help` does: every command registered, through the plugin hooks.
    "import harmledger.cli as cli; cli.build_app()",
])
def test_startup_imports_nothing_heavy(code: str) -> None:
    assert _heavy(_imported_after(code)) == []


def test_help_lists_every_command() -> None:
    code = "import typer.main, harmledger.cli as cli\nprint(json.dumps(sorted(typer.main.get_command(cli.build_app()).commands)))"
    done = subprocess.run([sys.executable, "-c", "import json\n" + code], capture_output=True, text=True, timeout=60, check=True)
    assert {"process", "link", "serve", "geocode", "export", "init", "ingest", "users", "audit"} <= set(json.loads(done.stdout))


def test_the_lazy_re_exports_still_load_what_they_name() -> None:
    modules = _imported_after("import harmledger.link as link, harmledger.api as api; link.link_pending; api.create_app")
    assert "harmledger.link.pending" in modules and "fastapi" in modules
    import harmledger
    import harmledger.store

    assert harmledger.Store is harmledger.store.Store
    with pytest.raises(AttributeError):
        _ = harmledger.no_such_name  # type: ignore[attr-defined]


def test_help_text_copies_match_the_library() -> None:
    """The command modules keep copies of a few constants for their help texts; they must not drift."""
    from harmledger.geo import commands as geo_commands
    from harmledger.geo.importers import FORMATS as PLACE_FORMATS
    from harmledger.geo.kinds import FEATURE_TYPES
    from harmledger.publish import commands as publish_commands
    from harmledger.publish.exports import FORMATS
    from harmledger.publish.stats import BREAKDOWNS, PERIODS

    assert geo_commands.FEATURE_TYPES == FEATURE_TYPES and geo_commands.FORMATS == PLACE_FORMATS
    assert publish_commands.FORMATS == FORMATS
    assert publish_commands.BREAKDOWNS == BREAKDOWNS and publish_commands.PERIODS == PERIODS
