"""Commands that only read never create a store: a missing SQLite file (a mistyped --db, or no `init` yet)
gives one line with E021 saying to run `harmledger init` or check --db, and nothing appears on disk."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from harmledger import cli

READERS = [
    ["stats"],
    ["stats", "--by", "governorate"],
    ["export", "--format", "acled", "--output", "{out}/x.csv"],
    ["report", "--output", "{out}/r.html"],
    ["audit", "verify"],
    ["audit", "anchor", "--output", "{out}/a.json"],
    ["users", "list"],
    ["users", "passwd", "ana", "--password-stdin"],
    ["tokens", "create", "ana"],
    ["documents", "list"],
    ["documents", "show", "d1"],
    ["link"],
    ["process"],
    ["ingest", "{out}/a.txt"],
]


def _main(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], args: list[str]) -> tuple[int, str]:
    monkeypatch.setattr("sys.argv", ["harmledger", *args])
    monkeypatch.setattr("sys.stdin", io.StringIO("long-enough-password\n"))
    with pytest.raises(SystemExit) as done:
        cli.main()
    return int(done.value.code or 0), capsys.readouterr().err


@pytest.mark.parametrize("args", READERS, ids=lambda a: " ".join(a[:2]))
def test_a_mistyped_db_creates_nothing(args: list[str], tmp_path: Path, monkeypatch, capsys) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "a.txt").write_text("A report.", encoding="utf-8")
    monkeypatch.setenv("HARMLEDGER_HOME", str(tmp_path / "home"))
    typo = tmp_path / "typo" / "store.sqlite"
    code, err = _main(monkeypatch, capsys, [a.format(out=out) for a in args] + ["--db", str(typo)])
    assert code == 1
    assert err.startswith("Error: [E021] no harmledger store at ") and len(err.splitlines()) == 1
    assert "harmledger init" in err and "--db" in err
    assert not typo.parent.exists() and not (tmp_path / "home").exists()
    assert sorted(p.name for p in out.iterdir()) == ["a.txt"]  # no half-written output either


@pytest.mark.parametrize("args", [["stats"], ["users", "list"], ["audit", "verify"], ["documents", "list"]])
def test_the_default_store_is_not_created_by_a_read(args: list[str], tmp_path: Path, monkeypatch, capsys) -> None:
    home = tmp_path / "home"
    monkeypatch.setenv("HARMLEDGER_HOME", str(home))
    monkeypatch.delenv("HARMLEDGER_DB", raising=False)
    code, err = _main(monkeypatch, capsys, args)
    assert code == 1 and err.startswith("Error: [E021]")
    assert not home.exists()


def test_geocode_without_a_store_works_and_with_a_mistyped_db_says_so(tmp_path: Path, monkeypatch, capsys) -> None:
    monkeypatch.setenv("HARMLEDGER_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("HARMLEDGER_DB", raising=False)
    code, _ = _main(monkeypatch, capsys, ["geocode", "Saraqib"])
    assert code == 0 and not (tmp_path / "home").exists()
    typo = tmp_path / "typo.sqlite"
    code, err = _main(monkeypatch, capsys, ["geocode", "Saraqib", "--db", str(typo)])
    assert code == 1 and err.startswith("Error: [E021]") and not typo.exists()


def test_an_empty_database_file_is_refused_and_left_as_it_was(tmp_path: Path, monkeypatch, capsys) -> None:
    empty = tmp_path / "empty.sqlite"
    empty.write_bytes(b"")
    monkeypatch.setenv("HARMLEDGER_HOME", str(tmp_path / "home"))
    code, err = _main(monkeypatch, capsys, ["stats", "--db", str(empty)])
    assert code == 1 and err.startswith("Error: [E021]") and "harmledger init" in err


def test_init_still_creates_the_folder_and_the_store(tmp_path: Path, monkeypatch, capsys) -> None:
    db = tmp_path / "new" / "deeper" / "store.sqlite"
    monkeypatch.setenv("HARMLEDGER_HOME", str(tmp_path / "home"))
    monkeypatch.setattr("sys.argv", ["harmledger", "init", "--db", str(db)])
    with pytest.raises(SystemExit) as done:
        cli.main()
    assert done.value.code == 0 and db.is_file()
    code, err = _main(monkeypatch, capsys, ["stats", "--db", str(db)])
    assert code == 0, err
