"""The README's examples run: each command of its "Using it" block, against a temporary store.

The block is read from README.md itself, so an example that stops working (or a new one that never
did) fails here. `serve` is left out (it does not return); the report folder and the URL given to
`ingest` are replaced by a text file made here, since tests reach no network and ship no reports."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest

from harmledger import cli

README = Path(__file__).resolve().parents[1] / "README.md"
REPORT = ("Idlib, 21 November 2019 - Airstrikes hit a market in Maarat al-Numan on Thursday, killing 12 civilians "
          "including 3 children and injuring 20 others, the Syrian Network for Human Rights said.\n")


def _using_it() -> list[list[str]]:
    section = README.read_text(encoding="utf-8").split("## Using it", 1)[1]
    block = re.search(r"```bash\n(.*?)```", section, flags=re.S)
    assert block, "README.md's 'Using it' section has no ```bash block"
    commands = []
    for line in block.group(1).splitlines():
        words = shlex.split(line, comments=True)
        if words and words[0] == "harmledger":
            commands.append(words[1:])
    return commands


def _stand_ins(args: list[str], report: Path) -> list[str]:
    if args[0] != "ingest":
        return args
    inputs = [a for a in args[1:] if a.endswith("/") or a.startswith(("http://", "https://"))]
    rest = [a for a in args if a not in inputs]
    return [*rest, str(report)]


def test_the_block_is_read() -> None:
    names = [c[0] for c in _using_it()]
    assert names[0] == "init" and {"ingest", "process", "stats", "export", "extract", "geocode"} <= set(names)


def test_every_example_of_using_it_exits_0(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("HARMLEDGER_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("HARMLEDGER_DB", raising=False)
    report = tmp_path / "report.txt"
    report.write_text(REPORT, encoding="utf-8")
    (tmp_path / "article.txt").write_text(REPORT, encoding="utf-8")  # `extract article.txt`
    ran = []
    for args in _using_it():
        if args[0] == "serve":
            continue
        args = _stand_ins(args, report)
        monkeypatch.setattr("sys.argv", ["harmledger", *args])
        with pytest.raises(SystemExit) as done:
            cli.main()
        out, err = capsys.readouterr()
        assert done.value.code == 0, f"harmledger {shlex.join(args)} exited {done.value.code}: {err}"
        ran.append((args[0], out))
    assert [name for name, _ in ran] == ["init", "ingest", "process", "stats", "export", "extract", "geocode"]
    outputs = dict(ran)
    assert "By admin1" in outputs["stats"]  # --by governorate is the governorate breakdown
    assert (tmp_path / "incidents.csv").read_text(encoding="utf-8").count("\n") >= 2  # header and the incident
    assert "Ma'arrat" in outputs["geocode"]
