#!/usr/bin/env python
"""Fuzz ingest's readers and the extractor with generated inputs: nothing may crash.

    .venv/bin/python benchmarks/fuzz.py [--count 100000] [--seed 2026] [--replay INDEX]

Each input is made by a seeded random generator (input i from seed + i, so any input can be made again
with --replay i): a seed document (text, Markdown, HTML, PDF, a JSON Lines or CSV corpus, or report
prose for the extractor) mutated with the bytes and characters that have broken readers before: bytes
that are not UTF-8, NUL, lone surrogates in JSON escapes, BOMs, stray carriage returns, deep nesting,
long runs without a full stop, truncation, splices of two documents.

Every input goes through the code a real ingest runs on it, without a database: the sniffer, the
reader its name or bytes choose, and the row builder (cleaning, dateline, language); corpora through
the JSON Lines and CSV readers, and ``extract --input-jsonl``'s line reader. Prose goes through the
extractor. A HarmledgerError is an answer, not a crash; any other exception is a crash, and so is the
extractor's own guard (E046, "this is a bug"). Writes benchmarks/results/fuzz.txt with the counts,
each distinct crash (stage, exception, where it was raised, the input to replay) and the slowest
input of each stage.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.ingest.conftest import make_pdf  # noqa: E402 - the tests' hand-written PDF maker

PROSE = [
    "Idlib, 4 April 2017 - A chemical attack on Khan Sheikhoun killed at least 72 people, including 20 children.",
    "Damascus, 12 March 2019 (SANA) - Terrorists fired rocket shells on residential neighbourhoods, killing two civilians.",
    "An airstrike killed 12 civilians in Maarat al-Numan on Thursday, the Syrian Observatory for Human Rights said.",
    "Government forces shelled the village of Kafr Nabl, wounding 5 people; days after a barrel bomb hit Douma.",
    "The death toll rose to 35 on Sunday. Among the dead were 4 women and 7 children (aged 2-12).",
    "Russian warplanes struck a hospital in Aleppo, killing between 10 and 15 people and injuring dozens.",
    "Posted on April 19 2017 by Jane Doe. Two other fighters were also killed elsewhere in the province.",
    "قتل ثلاثة مدنيين في قصف على إدلب يوم الخميس",
    "U.S.-led coalition strikes on Raqqa killed 1,200 civilians since 2017, according to Airwars.",
]
SPECIAL_TEXT = ["\x00", "\ud800", "\udfff", "\ufeff", "\r", "\r\n", "\u2028", "\u202e", "\ufffd", "\t", "\x1b[31m",
                "é", "ß", "İ", "ﬁ", "𝟘𝟙", "٣٤", "١٢", "½", "–", "—", "…", "\u200b", "=cmd|'/C calc'!A0"]
SPECIAL_BYTES = [b"\x00", b"\xff", b"\xfe", b"\xc3", b"\xe2\x80", b"\xed\xa0\x80", b"\xef\xbb\xbf", b"\xff\xfe",
                 b"\r", b"\x1a", b"\x80", b"%PDF-", b"<html>", b"<!--", b"\xf4\x90\x80\x80"]
MAX_BYTES = 30_000
KINDS = ["txt", "md", "html", "pdf", "jsonl", "csv", "none", "prose", "prose", "prose"]


@dataclass
class Stage:
    name: str
    inputs: int = 0
    answered: int = 0  # a HarmledgerError
    crashes: dict[tuple[str, str], tuple[int, str]] = field(default_factory=dict)
    crash_count: int = 0
    slowest: tuple[float, int, str] = (0.0, -1, "")


def mutate_text(rng: random.Random, text: str) -> str:
    for _ in range(rng.randint(0, 6)):
        op = rng.random()
        at = rng.randint(0, len(text))
        if op < 0.35:
            text = text[:at] + rng.choice(SPECIAL_TEXT) * rng.choice((1, 1, 2, 50)) + text[at:]
        elif op < 0.5:
            text = text[:at] + str(rng.choice((0, 7, 99, 1000, 10**9, 10**30))) + text[at:]
        elif op < 0.6:
            text = text.replace(".", ",")  # a run-on report
        elif op < 0.7:
            text = text[:at]
        elif op < 0.8:
            text = text[:at] + "".join(chr(rng.randint(1, 0x2FFF)) for _ in range(rng.randint(1, 40))) + text[at:]
        elif op < 0.9:
            text = text[:at] + rng.choice(PROSE) + text[at:]
        else:
            text = text * rng.randint(2, 20)
    return text


def mutate_bytes(rng: random.Random, data: bytes) -> bytes:
    for _ in range(rng.randint(0, 5)):
        op = rng.random()
        at = rng.randint(0, len(data))
        if op < 0.4:
            data = data[:at] + rng.choice(SPECIAL_BYTES) + data[at:]
        elif op < 0.6 and data:
            i = rng.randrange(len(data))
            data = data[:i] + bytes([rng.randrange(256)]) + data[i + 1 :]
        elif op < 0.7:
            data = data[:at]
        elif op < 0.8:
            data = data[:at] + bytes(rng.randrange(256) for _ in range(rng.randint(1, 64))) + data[at:]
        else:
            data = data[:at] + data[rng.randint(0, len(data)) :]
    return data


def _json_line(rng: random.Random) -> str:
    record: dict[str, Any] = {"id": rng.choice(["a1", "a\u0000b", "\ud800", 7, 1.5, None, "", ["x"], {"y": 1}, "x" * 300]),
                              "text": mutate_text(rng, rng.choice(PROSE))}
    for key in ("title", "published", "source", "author", "url", "extra"):
        if rng.random() < 0.4:
            record[key] = rng.choice(["9 May 2020", "2020-13-45", "\u0000", "\udc80", 12, None, True, [1, 2],
                                      mutate_text(rng, "Report"), "=SUM(A1)", "yesterday", "5 avril 2017"])
    if rng.random() < 0.1:
        record["text"] = rng.choice([None, 5, "", "   ", ["a"], {"b": 1}])
    line = json.dumps(record, ensure_ascii=rng.random() < 0.5)
    if rng.random() < 0.1:
        line = rng.choice(["[" * rng.randint(1, 50_000), "{", "not json", "null", '"text"', "{}" * 3])
    return line


def make_input(index: int, seed: int) -> tuple[str, str, bytes]:
    """(kind, file name, bytes) of input ``index``: prose is UTF-8 text for the extractor."""
    rng = random.Random(seed * 1_000_003 + index)
    kind = rng.choice(KINDS)
    prose = " ".join(rng.choice(PROSE) for _ in range(rng.randint(1, 6)))
    if kind in ("prose", "txt", "none"):
        text = mutate_text(rng, prose)
        if kind == "prose" and rng.random() < 0.5:
            text = text.encode("utf-8", "replace").decode("utf-8")  # half without lone surrogates
        data = text.encode("utf-8", "surrogatepass")
        if kind != "prose" and rng.random() < 0.3:
            data = text.encode(rng.choice(["cp1252", "utf-16", "latin-1", "koi8-r", "cp1256"]), "replace")
    elif kind == "md":
        text = f"---\ntitle: {mutate_text(rng, 'Strike')}\ndate: {rng.choice(['2020-01-15', '15/13/2020', 'x'])}\n---\n# {prose[:40]}\n\n{prose}"
        data = mutate_text(rng, text).encode("utf-8", "surrogatepass")
    elif kind == "html":
        body = "".join(f"<p>{mutate_text(rng, p)}</p>" for p in prose.split(". "))
        head = f'<meta charset="{rng.choice(["utf-8", "windows-1256", "bogus", "utf-16"])}"><title>{prose[:30]}</title>'
        text = rng.choice(["<!doctype html>", "", "<html>"]) + f"<head>{head}</head><body><article>{body}</article></body>"
        data = text.encode("utf-8", "surrogatepass")
    elif kind == "pdf":
        data = make_pdf([mutate_text(rng, prose)[:80].encode("latin-1", "replace").decode("latin-1")],
                        title=rng.choice([None, "T", "(x"]), created=rng.choice([None, "20200115", "99999999"]))
    elif kind == "jsonl":
        data = "\n".join(_json_line(rng) for _ in range(rng.randint(1, 4))).encode("utf-8", "surrogatepass")
    else:  # csv
        rows = ["id,text,published"] + [f'{i},"{mutate_text(rng, rng.choice(PROSE)).replace(chr(34), "")}",{rng.choice(["2020-01-02", "x", ""])}'
                                        for i in range(rng.randint(1, 4))]
        data = "\n".join(rows).encode("utf-8", "surrogatepass")
    if kind != "prose" and rng.random() < 0.5:
        data = mutate_bytes(rng, data)
    # Long inputs have their own benchmark (extract_long.py); here they would only make the run long.
    data = data[:MAX_BYTES] if kind != "prose" else text[:MAX_BYTES].encode("utf-8", "surrogatepass")
    name = {"none": "report", "prose": "prose.txt"}.get(kind, f"report.{kind}")
    if rng.random() < 0.1:
        name = os.fsdecode(b"r\xff\xfe " + name.encode())  # a file name that is not UTF-8
    return kind, name, data


def ingest_one(name: str, data: bytes, kind: str, tmp: Path) -> None:
    from harmledger.extract.commands import _jsonl_records
    from harmledger.ingest import sniff
    from harmledger.ingest.pipeline import _parse
    from harmledger.ingest.read_corpus import check_mapping, read_csv, read_jsonl
    from harmledger.ingest.types import Item
    from harmledger.ingest.writer import build_row

    if kind in ("jsonl", "csv"):
        path = tmp / f"corpus.{kind}"
        path.write_bytes(data)
        reader = read_jsonl if kind == "jsonl" else read_csv
        for record in reader(path, mapping=check_mapping(None), max_bytes=1_000_000):
            if isinstance(record, Item):
                build_row(record, source=None, published=None)
        if kind == "jsonl":
            for _label, _record, _error, _warnings in _jsonl_records(path):
                pass
        return
    parsed = _parse(name, data, sniff.kind_from_name(name), None, claimed_by="named")
    build_row(Item(name, name, data, parsed), source=None, published=None)


def run(args: argparse.Namespace) -> int:
    import logging

    logging.disable(logging.CRITICAL)
    from harmledger._errors import HarmledgerError
    from harmledger.extract import Extractor

    extractor = Extractor()
    with tempfile.TemporaryDirectory() as warm:  # lexicons, gazetteer and language models load once, untimed
        extractor.extract(PROSE[0])
        ingest_one("warm.html", b"<html><body><p>" + PROSE[2].encode() + b"</p></body></html>", "html", Path(warm))
        ingest_one("warm.txt", PROSE[0].encode(), "txt", Path(warm))
        ingest_one("warm.md", f"---\ndate: 5 avril x\n---\n{PROSE[7]}".encode(), "md", Path(warm))  # dateparser
    stages = {"ingest": Stage("ingest"), "extract": Stage("extract")}
    by_kind: dict[str, list[Any]] = {}  # kind -> [inputs, seconds]
    indices = [args.replay] if args.replay is not None else range(args.count)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmpdir:
        tmp = Path(tmpdir)
        for index in indices:
            kind, name, data = make_input(index, args.seed)
            work: list[tuple[str, Callable[[], Any]]] = []
            if kind == "prose":
                text = data.decode("utf-8", "surrogatepass")
                work.append(("extract", lambda text=text: extractor.extract(text)))
            else:
                work.append(("ingest", lambda name=name, data=data, kind=kind: ingest_one(name, data, kind, tmp)))
            for stage_name, call in work:
                stage = stages[stage_name]
                stage.inputs += 1
                t0 = time.perf_counter()
                try:
                    call()
                except HarmledgerError as exc:
                    if exc.code == "E046":  # the extractor's guard around a component that raised
                        _crash(stage, index, exc.__cause__ or exc, args.replay is not None)
                    else:
                        stage.answered += 1
                except Exception as exc:  # noqa: BLE001 - a crash is what we are looking for
                    _crash(stage, index, exc, args.replay is not None)
                elapsed = time.perf_counter() - t0
                by_kind.setdefault(kind, [0, 0.0])
                by_kind[kind][0] += 1
                by_kind[kind][1] += elapsed
                if elapsed > stage.slowest[0]:
                    stage.slowest = (elapsed, index, f"{kind}, {len(data)} bytes, named {name!r}")
            if args.progress and index and index % 10_000 == 0:
                print(f"{index} inputs, {time.perf_counter() - started:.0f} s", file=sys.stderr)
    total = time.perf_counter() - started
    return report(args, stages, total, by_kind)


def _crash(stage: Stage, index: int, exc: BaseException, show: bool) -> None:
    stage.crash_count += 1
    frames = traceback.extract_tb(exc.__traceback__)
    where = f"{Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else "?"
    key = (type(exc).__name__, where)
    if key not in stage.crashes:
        stage.crashes[key] = (index, str(exc)[:200])
    if show:
        traceback.print_exception(exc)


def report(args: argparse.Namespace, stages: dict[str, Stage], total: float, by_kind: dict[str, list[Any]]) -> int:
    n = sum(s.inputs for s in stages.values())
    crashes = sum(s.crash_count for s in stages.values())
    lines = [f"Fuzz run: {n} generated inputs (seed {args.seed}) in {total:.0f} s; Python {platform.python_version()}"
             f" on {platform.machine()}. Crashes: {crashes} (a HarmledgerError is an answer, not a crash)."]
    for stage in stages.values():
        secs, index, what = stage.slowest
        lines.append(f"{stage.name:8} {stage.inputs:>7} inputs, {stage.answered:>6} answered with a HarmledgerError,"
                     f" {stage.crash_count} crashes; slowest {secs * 1000:.0f} ms: input {index} ({what})")
        for (kind, where), (first, message) in sorted(stage.crashes.items()):
            lines.append(f"  crash {kind} at {where}, first input {first} (--replay {first}): {message}")
    lines.append("by kind (inputs, mean ms): " + ", ".join(
        f"{kind} {n} {1000 * secs / n:.1f}" for kind, (n, secs) in sorted(by_kind.items())))
    text = "\n".join(lines)
    print(text)
    if args.replay is None:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(text + "\n", encoding="utf-8")
    return 1 if crashes else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--replay", type=int, help="run input INDEX alone and print any traceback")
    parser.add_argument("--progress", action="store_true", help="say every 10000 inputs how far it got")
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "fuzz.txt")
    return run(parser.parse_args(argv))


if __name__ == "__main__":
    raise SystemExit(main())
