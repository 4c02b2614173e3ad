"""`harmledger extract --language`: which pipeline reads each report."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from harmledger.cli import build_app

ARABIC = "قتل 7 مدنيين في قصف على مدينة سراقب يوم الجمعة."


def _killed(stdout: str) -> list[int | None]:
    out = []
    for line in stdout.splitlines():
        if not line.startswith("{"):
            continue
        doc = json.loads(line)
        primary = doc["primary"]
        killed = doc["mentions"][primary]["casualties"]["killed"] if primary is not None else None
        out.append(killed["low"] if killed else None)
    return out


def _run(args: list[str]) -> tuple[int, str, str]:
    result = CliRunner().invoke(build_app(), ["extract", *args, "--published", "2020-05-09"])
    return result.exit_code, result.stdout, result.stderr


def test_language_auto_detects_forced_reads_every_report_so(tmp_path: Path) -> None:
    report = tmp_path / "ar.txt"
    report.write_text(ARABIC, encoding="utf-8")
    code, out, _ = _run([str(report)])
    assert code == 0 and _killed(out) == [7]
    code, out, _ = _run([str(report), "--language", "AR"])
    assert code == 0 and _killed(out) == [7]
    # The English pipeline finds no count in an Arabic text: the option did reach the extractor.
    code, out, _ = _run([str(report), "--language", "en"])
    assert code == 0 and _killed(out) == [None]


def test_a_corpus_line_language_is_used_unless_forced(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    lines = [{"id": "a", "text": ARABIC, "language": "en"}, {"id": "b", "text": ARABIC, "language": "ar-SY"},
             {"id": "c", "text": ARABIC, "language": "und"}, {"id": "d", "text": ARABIC}]
    corpus.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines), encoding="utf-8")
    code, out, _ = _run(["--input-jsonl", str(corpus)])
    assert code == 0 and _killed(out) == [None, 7, 7, 7]
    code, out, _ = _run(["--input-jsonl", str(corpus), "--language", "ar"])
    assert code == 0 and _killed(out) == [7, 7, 7, 7]


def test_a_bad_language_is_a_usage_error(tmp_path: Path) -> None:
    report = tmp_path / "ar.txt"
    report.write_text(ARABIC, encoding="utf-8")
    code, out, err = _run([str(report), "--language", "fr"])
    assert code == 2 and "--language" in err and out == ""
