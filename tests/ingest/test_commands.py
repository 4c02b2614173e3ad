"""The `ingest` and `documents` commands: in process for behaviour, as a real process for the exit
code and the shape of stderr."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from harmledger._config import Settings
from harmledger._errors import NotFoundError
from harmledger.cli import build_app
from harmledger.store import Store

REPORT = "Idlib, 4 April 2017 - A chemical attack on Khan Sheikhoun killed at least 72 people."


@pytest.fixture(scope="module")
def app():  # type: ignore[no-untyped-def]
    return build_app()


def invoke(app, store: Store, *args: str):  # type: ignore[no-untyped-def]
    env = {"HARMLEDGER_HOME": str(store.settings.home), "HARMLEDGER_DB": store.url}
    return CliRunner().invoke(app, list(args), env=env)


def test_ingest_then_list_and_show(app, store: Store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "r.txt"
    path.write_text(REPORT)
    result = invoke(app, store, "ingest", str(path), "--source", "WHO")
    assert result.exit_code == 0, result.output
    assert "1 added, 0 already stored, 0 failed" in result.stdout
    again = invoke(app, store, "ingest", str(path))
    assert again.exit_code == 0 and "already stored as" in again.stdout and "(nothing new)" in again.stdout

    listed = invoke(app, store, "documents", "list", "--json")
    data = json.loads(listed.stdout)
    assert data["total"] == 1 and data["documents"][0]["source"] == "WHO"
    doc_id = data["documents"][0]["id"]
    shown = invoke(app, store, "documents", "show", doc_id, "--json")
    info = json.loads(shown.stdout)
    assert info["text"] == REPORT and info["published"] == "2017-04-04" and info["language"] == "en"
    assert invoke(app, store, "documents", "show", doc_id, "--text").stdout.strip() == REPORT
    table = invoke(app, store, "documents", "list")
    assert doc_id[:16] in table.stdout


def test_corpus_mapping_and_json_results(app, sqlite_store: Store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    corpus = tmp_path / "c.csv"
    corpus.write_text("uid,body,outlet\nx1,Shelling hit Douma.,SANA\nx2,,SANA\n")
    result = invoke(app, sqlite_store, "ingest", str(corpus), "--map", "id=uid", "--map", "text=body",
                    "--map", "source=outlet", "--json")  # fmt: skip
    assert result.exit_code == 1
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["status"], r["document_id"]) for r in lines] == [("added", "x1"), ("failed", None)]
    assert f"Error: {corpus}:3: the text is empty" in result.stderr


@pytest.mark.parametrize(
    "args",
    [["ingest", "x.txt", "--published", "someday"], ["ingest", "x.txt", "--map", "body"],
     ["ingest", "x.txt", "--map", "nofield=x"], ["documents", "list", "--limit", "0"]],
)  # fmt: skip
def test_usage_errors(app, sqlite_store: Store, args: list[str]) -> None:  # type: ignore[no-untyped-def]
    result = invoke(app, sqlite_store, *args)
    assert result.exit_code == 2 and "Traceback" not in result.output


@pytest.mark.parametrize("args", [["ingest"], ["documents"], ["documents", "list"], ["documents", "show"]])
def test_help(app, args: list[str]) -> None:  # type: ignore[no-untyped-def]
    result = CliRunner().invoke(app, [*args, "--help"])
    assert result.exit_code == 0 and "Usage" in result.stdout


def _cli(args: list[str], home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "HARMLEDGER_HOME": str(home)}
    env.pop("HARMLEDGER_DB", None)
    return subprocess.run([sys.executable, "-m", "harmledger.cli", *args], env=env, capture_output=True, text=True, timeout=120)


def test_real_process_failures_are_one_line_each(tmp_path: Path) -> None:
    home = tmp_path / "home"
    (tmp_path / "good.txt").write_text(REPORT)
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "fake.pdf").write_text("not a pdf at all")
    not_yet = _cli(["ingest", str(tmp_path / "good.txt")], home)
    assert not_yet.returncode == 1 and "harmledger init" in not_yet.stderr
    assert len(not_yet.stderr.strip().splitlines()) == 1 and "Traceback" not in not_yet.stderr

    Store(None, settings=Settings(home=home)).init()
    inputs = [str(tmp_path / n) for n in ("empty.txt", "good.txt", "fake.pdf", "missing.txt")]
    done = _cli(["ingest", *inputs], home)
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert done.stderr.strip().splitlines() == [
        f"Error: {inputs[0]}: the file is empty; nothing to store",
        f"Error: {inputs[2]}: named .pdf but the content is text; rename it or fix its type",
        f"Error: {inputs[3]}: no such file or folder; check the path",
    ]
    assert done.stdout.strip().endswith("1 added, 0 already stored, 3 failed.")


def test_unknown_document_is_a_library_error(app, sqlite_store: Store) -> None:  # type: ignore[no-untyped-def]
    result = invoke(app, sqlite_store, "documents", "show", "nope")
    # main() turns this into one "Error: ..." line and exit code 1.
    assert isinstance(result.exception, NotFoundError)


def test_corpus_dates_in_the_fields_forms(app, sqlite_store: Store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    corpus = tmp_path / "acled.csv"
    corpus.write_text("id,text,published\n"
                      "n1,Shelling hit Douma.,9-May-20\n"
                      "n2,Shelling hit Harasta.,not a date\n"
                      "n3,Shelling hit Saqba.,05/04/2017\n")  # fmt: skip
    result = invoke(app, sqlite_store, "ingest", str(corpus), "--json", "--date-order", "MDY")
    assert result.exit_code == 1
    assert [json.loads(line)["status"] for line in result.stdout.splitlines()] == ["added", "failed", "added"]
    assert result.stderr.strip().splitlines() == [
        f"Error: {corpus}:3: published 'not a date' is not a date; give it as YYYY-MM-DD or as '9 May 2020' "
        "(forms read: 2020-05-09, 9 May 2020, 9-May-20, May 9 2020, Sun 16 Apr 2017, 16/04/2017)"
    ]

    def published(doc_id: str) -> str:
        return str(json.loads(invoke(app, sqlite_store, "documents", "show", doc_id, "--json").stdout)["published"])

    assert published("n1") == "2020-05-09"  # not 2009, not the 20th
    assert published("n3") == "2017-05-04"  # --date-order MDY reads the corpus's numeric dates too


def test_published_option_forms(app, sqlite_store: Store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "r.txt"
    path.write_text("Shelling hit Douma on Friday.")
    result = invoke(app, sqlite_store, "ingest", str(path), "--published", "03/04/2017", "--date-order", "MDY", "--json")
    assert result.exit_code == 0, result.output
    doc_id = json.loads(result.stdout)["document_id"]
    info = json.loads(invoke(app, sqlite_store, "documents", "show", doc_id, "--json").stdout)
    assert info["published"] == "2017-03-04"
    # As a real process: one line, before the store is even opened.
    bad = _cli(["ingest", str(path), "--published", "31-02-2020"], tmp_path / "home")
    assert bad.returncode == 2 and len(bad.stderr.strip().splitlines()) == 1
    assert "'31-02-2020' is not a date: February 2020 has no day 31" in bad.stderr
