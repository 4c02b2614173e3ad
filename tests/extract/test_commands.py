from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from harmledger.cli import build_app


def test_extract_text_files_and_jsonl(tmp_path: Path) -> None:
    report = tmp_path / "report.txt"
    report.write_text("Jets killed five people in Aleppo on Friday.", encoding="utf-8")
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(
        json.dumps({"id": "a1", "text": "A car bomb killed 12 people in Homs.", "title": "Blast", "published": "2020-01-03"})
        + "\nnot json\n"
        + json.dumps({"id": "a2", "text": "Nothing happened."})
        + "\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(
        build_app(), ["extract", str(report), "--input-jsonl", str(corpus), "--published", "2020-01-04"]
    )
    assert result.exit_code == 1
    lines = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert [d["id"] for d in lines] == [lines[0]["text_sha256"], "a1", "a2"]
    assert lines[0]["published"] == "2020-01-04" and lines[1]["published"] == "2020-01-03"
    assert lines[1]["title"] == "Blast"
    assert lines[1]["mentions"][lines[1]["primary"]]["casualties"]["killed"]["low"] == 12
    errors = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(errors) == 1 and "corpus.jsonl:2" in errors[0] and "Traceback" not in result.stderr


def test_extract_missing_file(tmp_path: Path) -> None:
    result = CliRunner().invoke(build_app(), ["extract", str(tmp_path / "absent.txt")])
    assert result.exit_code == 1 and "absent.txt" in result.stderr


def test_an_unreadable_published_fails_its_line_alone(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    rows = [
        {"id": "b1", "text": "A car bomb killed 12 people in Homs.", "published": "9-May-20"},
        {"id": "b2", "text": "Shelling killed two people in Douma.", "published": "not a date"},
        {"id": "b3", "text": "Jets killed five people in Aleppo.", "published": "Sun 16 Apr 2017"},
    ]
    corpus.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    result = CliRunner().invoke(build_app(), ["extract", "--input-jsonl", str(corpus)])
    assert result.exit_code == 1
    lines = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    assert [(d["id"], d["published"]) for d in lines] == [("b1", "2020-05-09"), ("b3", "2017-04-16")]
    errors = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(errors) == 1
    assert errors[0].startswith(f"Error: [E001] {corpus}:2: published 'not a date' is not a date; give it as YYYY-MM-DD")


def test_published_option_forms_and_date_order(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(
        json.dumps({"id": "c1", "text": "Shelling hit Douma.", "published": "05/04/2017"}) + "\n"
        + json.dumps({"id": "c2", "text": "Shelling hit Douma again.", "published": ""}) + "\n",
        encoding="utf-8",
    )  # fmt: skip
    app = build_app()

    def published(*args: str) -> list[str | None]:
        result = CliRunner().invoke(app, ["extract", "--input-jsonl", str(corpus), *args])
        assert result.exit_code == 0, result.output
        return [json.loads(line)["published"] for line in result.stdout.splitlines()]

    # A blank published falls back to --published; the order reads both numeric values.
    assert published("--published", "9-May-20") == ["2017-04-05", "2020-05-09"]
    assert published("--published", "06/04/2017", "--date-order", "MDY") == ["2017-05-04", "2017-06-04"]
    assert published("--published", "April 4, 2017", "--date-order", "dmy") == ["2017-04-05", "2017-04-04"]
    wrong = CliRunner().invoke(app, ["extract", "--input-jsonl", str(corpus), "--date-order", "DYM"])
    assert wrong.exit_code == 2 and "DMY, MDY or YMD" in wrong.output
