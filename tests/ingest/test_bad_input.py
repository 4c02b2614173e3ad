"""Bad input stays one line and never costs the good input: odd file names, NUL characters, lone
surrogates, bytes that are not UTF-8, and a row the database refuses."""

from __future__ import annotations

import hashlib
import json
import os
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from harmledger._errors import UnreadableInputError
from harmledger._text import clean, printable
from harmledger.cli import build_app
from harmledger.ingest import ingest
from harmledger.ingest import writer as writer_module
from harmledger.ingest.read_html import read_html
from harmledger.ingest.read_pdf import read_pdf
from harmledger.ingest.read_text import decode
from harmledger.store import Store
from harmledger.store.models import Document

from .conftest import make_pdf

REPORT = "Idlib, 4 April 2017 - A chemical attack on Khan Sheikhoun killed at least 72 people."


def _docs(store: Store) -> dict[str, Document]:
    with store.session() as session:
        return {doc.id: doc for doc in session.query(Document).all()}


def test_a_file_name_that_is_not_utf8_is_stored_with_the_others(store: Store, tmp_path: Path) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "a.txt").write_text(REPORT)
    bad = os.fsencode(folder) + b"/b\xff\xfe name.txt"
    with open(bad, "wb") as handle:
        handle.write(b"Aleppo, 5 May 2016 - Shelling killed 4 people.")
    (folder / "c.txt").write_text("Homs, 6 June 2016 - A car bomb killed 9 people.")
    report = ingest(store, [str(folder)])
    assert (report.added, report.failed) == (3, 0)
    shown = [r.input for r in report.results]
    assert str(folder / "b\\xff\\xfe name.txt") in shown
    origins = sorted(doc.origin for doc in _docs(store).values())
    assert origins[1] == str((folder / "b\\xff\\xfe name.txt").resolve())
    json.dumps([r.model_dump() for r in report.results]).encode("utf-8")  # every result can be sent as JSON


def test_a_bad_name_that_fails_is_one_escaped_line(sqlite_store: Store, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    bad = os.fsencode(folder) + b"/empty\xfe\nname.txt"
    open(bad, "wb").close()
    (folder / "good.txt").write_text(REPORT)
    env = {"HARMLEDGER_HOME": str(sqlite_store.settings.home), "HARMLEDGER_DB": sqlite_store.url}
    result = CliRunner().invoke(build_app(), ["ingest", str(folder)], env=env)
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error:")]
    assert errors == [f"Error: {folder}/empty\\xfe\\x0aname.txt: the file is empty; nothing to store"]
    assert "1 added, 0 already stored, 1 failed." in result.stdout


def test_nul_and_lone_surrogates_are_stored_the_same_on_both_databases(store: Store, tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    lines = [
        {"id": "a\u0000b", "text": "x\u0000y: " + REPORT, "title": "T\ud800", "source": "S\u0000OHR", "x": "m\u0000"},
        {"id": "plain", "text": REPORT + " Again."},
        {"id": "\u0000", "text": "Only a NUL for an id: " + REPORT},
    ]
    corpus.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    report = ingest(store, [str(corpus)])
    assert (report.added, report.failed) == (3, 0), report
    first, plain, third = report.results
    assert first.document_id == "ab"
    assert first.warnings == [
        "the title: 1 lone surrogate replaced by U+FFFD", "the text: 1 NUL character removed",
        "the id: 1 NUL character removed", "the source: 1 NUL character removed",
        "the metadata: NUL characters removed",
    ]
    assert plain.warnings == []
    # An id that is nothing but NUL: stored under the record's sha256, with a warning saying so.
    assert third.document_id is not None and len(third.document_id) == 64
    assert any("sha256" in w for w in third.warnings)
    doc = _docs(store)["ab"]
    assert doc.title == "T\ufffd" and doc.text == "T\ufffd\n\nxy: " + REPORT
    assert doc.text_sha256 == hashlib.sha256(doc.text.encode("utf-8")).hexdigest()
    assert doc.meta["fields"] == {"x": "m"}


def test_a_corpus_line_that_is_not_utf8_fails_alone(store: Store, tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_bytes(b'{"id": "1", "text": "good one"}\n{"id": "2", "text": "bad \xff byte"}\n{"id": "3", "text": "good two"}\n')
    report = ingest(store, [str(corpus)])
    assert [r.status for r in report.results] == ["added", "failed", "added"]
    assert report.results[1].input == f"{corpus}:2"
    assert report.results[1].error == "not UTF-8 at byte 25 of the line; save the corpus as UTF-8"


def test_a_csv_row_that_is_not_utf8_fails_alone(sqlite_store: Store, tmp_path: Path) -> None:
    corpus = tmp_path / "c.csv"
    corpus.write_bytes(b"id,text\n1,good one\n2,bad \xff byte\n3,good two\n")
    report = ingest(sqlite_store, [str(corpus)])
    assert [r.status for r in report.results] == ["added", "failed", "added"]
    assert report.results[1].error == "the 'text' column is not UTF-8; save the corpus as UTF-8"


def test_a_few_bad_bytes_keep_a_utf8_file_utf8_with_a_warning(sqlite_store: Store, tmp_path: Path) -> None:
    arabic = "قتل ثلاثة مدنيين في قصف على إدلب"
    path = tmp_path / "r.txt"
    path.write_bytes(arabic.encode() + b" \xd8\xff " + arabic.encode())
    [result] = ingest(sqlite_store, [str(path)]).results
    assert result.status == "added"
    offset = len(arabic.encode()) + 1
    assert result.warnings == [f"not UTF-8 at byte offsets {offset}, {offset + 1} "
                               "(2 bytes replaced by U+FFFD); the rest is read as UTF-8"]
    assert _docs(sqlite_store)[result.document_id].text == f"{arabic} \ufffd\ufffd {arabic}"


def test_decoding_rules() -> None:
    warnings: list[str] = []
    # A legacy file (no UTF-8 sequence in it) is still read in its detected charset, but not silently.
    assert decode("r.txt", "Qalaat al-Madiq – café".encode("cp1252"), warnings=warnings).endswith("café")
    assert len(warnings) == 1 and warnings[0].startswith("not UTF-8: read as ")
    warnings.clear()
    assert decode("r.txt", "café déjà".encode() + b"\x80", warnings=warnings) == "café déjà\ufffd"
    assert warnings == ["not UTF-8 at byte offset 12 (1 byte replaced by U+FFFD); the rest is read as UTF-8"]
    warnings.clear()
    assert decode("r.txt", "plain UTF-8 é".encode(), warnings=warnings) == "plain UTF-8 é" and warnings == []


def test_a_row_the_database_refuses_fails_alone(store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A value the cleaning rule missed (here put back on purpose) costs its document only, never the batch."""
    build_row = writer_module.build_row

    def leaky(item, **kwargs):  # type: ignore[no-untyped-def]
        row, source, warnings = build_row(item, **kwargs)
        if "poison" in row["text"]:
            row["text"] = row["text"] + "\ud800"  # neither database can store a lone surrogate
        return row, source, warnings

    monkeypatch.setattr("harmledger.ingest.pipeline.build_row", leaky)
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("a", "b", "c"):
        (folder / f"{name}.txt").write_text(f"{REPORT} {name} {'poison' if name == 'b' else ''}")
    report = ingest(store, [str(folder)])
    assert [r.status for r in report.results] == ["added", "failed", "added"]
    assert "the database refused a value" in (report.results[1].error or "")
    assert len(_docs(store)) == 2


def test_the_rule_itself() -> None:
    assert clean("a\x00b\ud800") == ("ab\ufffd", ["1 NUL character removed", "1 lone surrogate replaced by U+FFFD"])
    assert clean("fine é") == ("fine é", [])
    assert printable("plain/é.txt") == "plain/é.txt"
    assert printable(os.fsdecode(b"b\xff.txt")) == "b\\xff.txt"
    assert printable("two\nlines\x00") == "two\\x0alines\\x00"
    assert printable("lone \ud800") == "lone \\ud800"


def test_a_missing_html_dependency_is_named_not_reported_as_a_bug(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # as if it were not installed
    with pytest.raises(UnreadableInputError, match="needs the Python package 'trafilatura', which is not installed"):
        read_html("a.html", b"<html><body><p>An airstrike killed 3.</p></body></html>")


def test_html_reader_dependencies_are_installed() -> None:
    """trafilatura's justext imports lxml.html.clean, which lxml ships apart (lxml_html_clean) since 5.2."""
    import lxml.html.clean  # noqa: F401


def test_a_pdf_that_trips_an_assert_in_pypdf_is_a_damaged_pdf() -> None:
    """Found by benchmarks/fuzz.py: a content stream running into an object reference ("4 0 R") made
    pypdf fail an internal assert, which reached the batch as an unexpected error ("please report this")."""
    data = make_pdf(["An airstrike killed 3 people."])
    data = data.replace(b"ET\nendstream", b"ET/MediaBox [0 0 612 792] /Contents 4 0 R >>\nendstream")
    with pytest.raises(UnreadableInputError, match="a damaged PDF"):
        read_pdf("r.pdf", data)


def test_a_paragraph_for_a_date_is_refused_not_searched_in_every_language() -> None:
    """Found by benchmarks/fuzz.py: a corpus column of prose mapped as `published` went to dateparser, which
    tried its ~200 locales on it (seconds per record). Past 200 characters only the dateline layouts apply."""
    from harmledger._errors import DateValueError
    from harmledger.ingest.dateline import read_date

    prose = "Rapport sur les frappes de la semaine, sans date précise, " * 20
    with pytest.raises(DateValueError):
        read_date(prose)
    assert read_date(prose + "Publié le 5 April 2017").isoformat() == "2017-04-05"  # a dateline layout still reads
    assert read_date("5 avril 2017").isoformat() == "2017-04-05"  # a short value still goes to dateparser
