"""The commands, run through the built Typer app."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from harmledger.cli import build_app


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("HARMLEDGER_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("HARMLEDGER_DB", raising=False)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(build_app(), list(args))
    return result.exit_code, result.stdout, result.stderr


def test_geocode_prints_the_resolved_object_without_a_store(env: Path) -> None:
    code, out, _ = _run("geocode", "Maret Al-Nouman")
    assert code == 0
    data = json.loads(out)
    assert set(data) == {"place_id", "name", "lat", "lon", "admin1", "admin1_pcode", "admin2", "country", "precision"}
    assert data["admin1_pcode"] == "SY07" and data["precision"] == 1
    assert not (env / "home").exists()  # geocoding creates no store


def test_geocode_unknown_prints_null_exit_zero(env: Path) -> None:
    code, out, _ = _run("geocode", "Qah")
    assert code == 0 and out.strip() == "null"


def test_geocode_within_and_input_jsonl(env: Path) -> None:
    code, out, _ = _run("geocode", "Tishrine", "--within", "Aleppo")
    assert json.loads(out)["admin1_pcode"] == "SY02"
    lines = env / "names.jsonl"
    lines.write_text('{"id": "a", "name": "Saraqeb"}\n{"id": "b", "name": "Qah", "within": "Idlib"}\n', encoding="utf-8")
    code, out, _ = _run("geocode", "--input-jsonl", str(lines))
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and [r["id"] for r in rows] == ["a", "b"]
    assert rows[0]["resolved"]["admin1_pcode"] == "SY07" and rows[1]["resolved"] is None


def test_gazetteer_import_and_add_then_geocode(env: Path) -> None:
    db = f"sqlite:///{env / 'g.sqlite'}"
    code, _, err = _run("gazetteer", "import", "csv", "missing.csv", "--db", db)
    assert code != 0
    assert _run("init", "--db", db)[0] == 0
    (env / "p.csv").write_text("name,lat,lon,admin1\nQah,36.2902,36.7197,Idlib\n", encoding="utf-8")
    code, out, _ = _run("gazetteer", "import", "csv", str(env / "p.csv"), "--db", db)
    assert code == 0 and "Imported 1" in out
    code, out, _ = _run("geocode", "Qah", "--db", db)
    assert json.loads(out)["admin1"] == "Idlib"
    code, out, _ = _run("gazetteer", "add", "Kafr Jalis", "--lat", "35.951", "--lon", "36.691", "--alt", "Kfar Jales", "--db", db)
    assert code == 0
    code, out, _ = _run("geocode", "Kfar Jales", "--db", db)
    assert json.loads(out)["name"] == "Kafr Jalis"


def test_gazetteer_add_rejects_bad_input(env: Path) -> None:
    db = f"sqlite:///{env / 'g.sqlite'}"
    _run("init", "--db", db)
    code, _, err = _run("gazetteer", "add", "X", "--lat", "95", "--lon", "36", "--db", db)
    assert code != 0
    code, _, err = _run("gazetteer", "add", "X", "--lat", "35", "--lon", "36", "--type", "planet", "--db", db)
    assert code != 0


def test_import_other_country_then_geocode_within_and_country(env: Path) -> None:
    db = f"sqlite:///{env / 'iq.sqlite'}"
    assert _run("init", "--db", db)[0] == 0
    tail = "\t\t\t\t{pop}\t\t40\tAsia/Baghdad\t2020-01-01\n"
    (env / "IQ.txt").write_text(
        "1\tBaghdad\tBaghdad\t\t33.34\t44.40\tP\tPPLC\tIQ\t\t07" + tail.format(pop=7000000)
        + "2\tMuhafazat Baghdad\tMuhafazat Baghdad\tBaghdad Governorate\t33.3\t44.35\tA\tADM1\tIQ\t\t07" + tail.format(pop=0),
        encoding="utf-8")
    code, out, _ = _run("gazetteer", "import", "geonames", str(env / "IQ.txt"), "--db", db)
    assert code == 0 and "Imported 2" in out
    data = json.loads(_run("geocode", "Baghdad", "--within", "IQ.07", "--db", db)[1])
    assert (data["admin1"], data["admin1_pcode"], data["country"]) == ("Muhafazat Baghdad", "IQ.07", "IQ")
    assert json.loads(_run("geocode", "Baghdad", "--within", "07", "--country", "IQ", "--db", db)[1])["place_id"] == "geonames:1"
    for args in (("--within", "07"), ("--within", "Idlib"), ("--country", "SY")):
        code, out, _ = _run("geocode", "Baghdad", *args, "--db", db)
        assert code == 0 and out.strip() == "null", args
