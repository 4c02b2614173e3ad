"""`harmledger extract --input-jsonl` past bad lines: each is one error line with its number, the rest is read."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from harmledger.cli import build_app

TOLL = "A car bomb killed 12 people in Homs."


def test_bad_lines_fail_alone_and_the_rest_is_read(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_bytes(
        b'\xef\xbb\xbf{"id": "a", "text": "' + TOLL.encode() + b'"}\n'
        b'{"id": "b", "text": "bad \xff byte"}\n'
        + b"[" * 100_000 + b"\n"
        + json.dumps({"id": "c\u0000", "text": "x\u0000 " + TOLL + " \ud800"}).encode() + b"\n"
        b'{"id": "d", "text": "' + TOLL.encode() + b'"}\n'
    )
    # A real process: what reaches a real stdout must be encodable, and no traceback may appear.
    done = subprocess.run([sys.executable, "-m", "harmledger.cli", "extract", "--input-jsonl", str(corpus)],
                          capture_output=True, timeout=120)
    assert done.returncode == 1, done.stderr.decode()
    stderr = done.stderr.decode("utf-8")
    assert "Traceback" not in stderr
    assert [line for line in stderr.splitlines() if line.startswith("Error:")] == [
        f"Error: {corpus}:2: not UTF-8 at byte 25 of the line; convert the file to UTF-8",
        f"Error: {corpus}:3: not valid JSON (nested too deeply); each line must be one JSON object",
    ]
    assert [line for line in stderr.splitlines() if line.startswith("Warning:")] == [
        f"Warning: {corpus}:4: the text: 1 NUL character removed",
        f"Warning: {corpus}:4: the text: 1 lone surrogate replaced by U+FFFD",
        f"Warning: {corpus}:4: the id: 1 NUL character removed",
    ]
    docs = [json.loads(line) for line in done.stdout.decode("utf-8").splitlines()]
    assert [d["id"] for d in docs] == ["a", "c", "d"]
    # The same rule as ingest's: the hash is of the cleaned text, so both agree on the document.
    assert docs[1]["text_sha256"] == hashlib.sha256(f"x {TOLL} \ufffd".encode()).hexdigest()


def test_a_text_file_that_is_not_utf8_names_the_byte(tmp_path: Path) -> None:
    path = tmp_path / "r.txt"
    path.write_bytes(b"caf\xe9")
    result = CliRunner().invoke(build_app(), ["extract", str(path)])
    assert result.exit_code == 1
    assert f"{path}: is not UTF-8 text (byte 3)" in result.stderr
