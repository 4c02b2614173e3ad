"""`harmledger extract --db` also uses the places imported or added to that store's gazetteer."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from harmledger._config import Settings
from harmledger.store import Store

REPORT = "Shelling hit the village of Zarnuqiyya in rural Idlib on Monday, killing four civilians.\n"


def _run(args: list[str], home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "HARMLEDGER_HOME": str(home)}
    env.pop("HARMLEDGER_DB", None)
    return subprocess.run([sys.executable, "-m", "harmledger.cli", *args], env=env, capture_output=True, text=True, timeout=120)


def _places(stdout: str) -> dict[str, dict | None]:
    doc = json.loads(stdout)
    return {p["name"]: p["resolved"] for m in doc["mentions"] for p in m["places"]}


def test_extract_uses_a_stores_added_places_only_when_asked(tmp_path: Path) -> None:
    home = tmp_path / "home"
    Store(None, settings=Settings(home=home)).init()
    report = tmp_path / "report.txt"
    report.write_text(REPORT, encoding="utf-8")
    added = _run(["gazetteer", "add", "Zarnuqiyya", "--lat", "35.9", "--lon", "36.6", "--type", "village"], home)
    assert added.returncode == 0, added.stderr

    without = _run(["extract", str(report), "--published", "2020-02-05"], home)
    assert without.returncode == 0, without.stderr
    assert _places(without.stdout).get("Zarnuqiyya") is None
    # Contract section 2's keys exactly: the `attacks` extension only appears on aggregates that count attacks.
    mention = json.loads(without.stdout)["mentions"][0]
    assert set(mention) == {"kind", "date", "places", "actors", "weapons", "targets", "casualties", "attribution", "legal", "confidence"}

    url = f"sqlite:///{home / 'harmledger.sqlite'}"
    with_store = _run(["extract", str(report), "--published", "2020-02-05", "--db", url], home)
    assert with_store.returncode == 0, with_store.stderr
    resolved = _places(with_store.stdout)["Zarnuqiyya"]
    assert resolved is not None and (resolved["lat"], resolved["lon"]) == (35.9, 36.6)


def test_a_bad_published_date_is_one_error_line(tmp_path: Path) -> None:
    report = tmp_path / "report.txt"
    report.write_text(REPORT, encoding="utf-8")
    done = _run(["extract", str(report), str(report), "--published", "2020-02-30"], tmp_path / "home")
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.strip().splitlines() == [
        "Error: [E001] --published '2020-02-30' is not a date: February 2020 has no day 30; give it as YYYY-MM-DD or as '9 May 2020'"
    ]
