"""`scripts/demo.sh` ends by saying how to log in: a fresh store gets an administrator `admin` whose
generated password is printed once and stored nowhere; a later run says the account exists and prints
the command that resets its password.

The script runs for real, from a copy whose setup, ingest, process and serve steps are stubbed out (they
are tested elsewhere and take minutes); its .venv is this checkout's."""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

import pytest

from harmledger._config import Settings
from harmledger.review.accounts import authenticate
from harmledger.store import Store

ROOT = Path(__file__).resolve().parents[1]
STUBBED = {r"^bash scripts/setup.sh$": "true", r"^\$hl ingest .*$": "true", r"^\$hl process$": "true",
           r"^exec \$hl serve .*$": "echo SERVE-STARTED"}


def _demo_copy(tmp_path: Path) -> Path:
    text = (ROOT / "scripts" / "demo.sh").read_text(encoding="utf-8")
    for pattern, stub in STUBBED.items():
        text, n = re.subn(pattern, stub, text, flags=re.M)
        assert n == 1, f"demo.sh no longer has a line matching {pattern}"
    (tmp_path / "scripts").mkdir()
    (tmp_path / "scripts" / "demo.sh").write_text(text, encoding="utf-8")
    (tmp_path / ".venv").symlink_to(ROOT / ".venv")
    return tmp_path / "scripts" / "demo.sh"


def _run(script: Path, home: Path) -> str:
    env = {k: v for k, v in os.environ.items() if not k.startswith("HARMLEDGER_")}
    done = subprocess.run(["bash", str(script)], env={**env, "HARMLEDGER_HOME": str(home)}, capture_output=True,
                          text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.rstrip().endswith("SERVE-STARTED")
    return done.stdout


@pytest.mark.slow
def test_demo_makes_an_admin_once_and_then_only_says_how_to_reset(tmp_path: Path) -> None:
    script, home = _demo_copy(tmp_path), tmp_path / "home"
    first = _run(script, home)
    match = re.search(r"^Password for 'admin' \(shown this once, stored nowhere\): (\S+)$", first, flags=re.M)
    assert match, first
    password = match.group(1)
    assert first.count(password) == 1 and "/login" in first and "users passwd admin" in first
    store = Store(None, settings=Settings(home=home))
    with store.session() as session:
        user = authenticate(session, "admin", password)
        assert user is not None and user.role == "admin"
    for path in home.rglob("*"):  # not in a file (the database holds its argon2 hash only)
        if path.is_file():
            assert password.encode() not in path.read_bytes(), path

    second = _run(script, home)
    assert "Password for" not in second and password not in second
    assert "exists already" in second
    assert f"HARMLEDGER_HOME={home} .venv/bin/harmledger users passwd admin" in second
