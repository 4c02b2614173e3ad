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
