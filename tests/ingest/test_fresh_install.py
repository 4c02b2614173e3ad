"""A fresh install from pyproject.toml alone reads HTML, PDF and text: every dependency is declared.

The development virtualenv hides a missing declaration (lxml_html_clean was installed there by hand
while the package did not ask for it, and every HTML input of a fresh install failed), so this builds
a new virtualenv, installs the checkout into it with pip (from PyPI or pip's cache), and ingests one
file of each kind with the installed command.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import make_pdf
from .test_read_html import ARTICLE

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_a_fresh_install_ingests_html_pdf_and_text(tmp_path: Path) -> None:
    # A copy of what a source distribution holds, so the build leaves nothing in the checkout.
    project = tmp_path / "project"
    project.mkdir()
    for name in ("pyproject.toml", "README.md", "LICENSE"):
        shutil.copy(ROOT / name, project / name)
    shutil.copytree(ROOT / "src", project / "src", ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV", "HARMLEDGER_"))}
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    installed = subprocess.run([str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet", str(project)],
                               capture_output=True, text=True, env=env, timeout=1800)
    assert installed.returncode == 0, installed.stderr[-3000:]

    inputs = tmp_path / "inputs"
    inputs.mkdir()
    (inputs / "page.html").write_text(ARTICLE, encoding="utf-8")
    (inputs / "report.pdf").write_bytes(make_pdf(["Aleppo, 5 May 2016 - Shelling killed 4 people in Salaheddine."]))
    (inputs / "note.txt").write_text("Homs, 6 June 2016 - A car bomb killed 9 people.", encoding="utf-8")
    env["HARMLEDGER_HOME"] = str(tmp_path / "home")
    command = str(venv / "bin" / "harmledger")
    subprocess.run([command, "init"], check=True, capture_output=True, env=env, timeout=300, cwd=tmp_path)
    done = subprocess.run([command, "ingest", str(inputs)], capture_output=True, text=True, env=env, timeout=600,
                          cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "3 added, 0 already stored, 0 failed." in done.stdout
    assert "please report this" not in done.stderr
