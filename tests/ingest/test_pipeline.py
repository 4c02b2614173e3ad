"""The batch against a real SQLite file and the real PostgreSQL server."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
from pathlib import Path

import pytest
from sqlalchemy import func, select

from harmledger._config import Settings
from harmledger._errors import NotInitialisedError
from harmledger.ingest import IngestResult, ingest, ingest_bytes
from harmledger.store import Store
from harmledger.store.models import Document, Source

from .conftest import LocalServer, Route, encrypt_pdf, make_pdf
from .test_read_html import ARTICLE

REPORT = "Damascus, 12 March 2019 (SANA) - Terrorists fired rocket shells on residential neighbourhoods, killing two civilians."


def _doc(store: Store, doc_id: str) -> Document:
    with store.session() as session:
        doc = session.get(Document, doc_id)
        assert doc is not None
        if doc.source_id:
            doc.source = session.get(Source, doc.source_id)
        return doc


def _count(store: Store) -> int:
    with store.session() as session:
        return int(session.scalar(select(func.count()).select_from(Document)) or 0)


def test_text_file_is_stored_with_its_original(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "r.txt"
    path.write_bytes(REPORT.encode() + b"\r\n")
    report = ingest(store, [str(path)])
    [result] = report.results
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    assert result == IngestResult(input=str(path), status="added", document_id=digest)
    doc = _doc(store, digest)
    assert doc.sha256 == digest and doc.text == REPORT and doc.title is None and doc.body_offset == 0
    assert doc.text_sha256 == hashlib.sha256(REPORT.encode()).hexdigest()
    assert (doc.published, doc.published_from) == (dt.date(2019, 3, 12), "dateline")
    assert doc.language == "en" and doc.media_type == "text/plain" and doc.size == path.stat().st_size
    assert doc.origin == str(path.resolve())
    assert store.blobs.get(digest) == path.read_bytes()


def test_reingesting_the_same_bytes_adds_nothing(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "r.txt"
    path.write_text(REPORT)
    assert ingest(store, [str(path)]).added == 1
    again = ingest(store, [str(path)])
    assert (again.added, again.duplicates, again.failed) == (0, 1, 0)
    assert again.results[0].document_id == hashlib.sha256(path.read_bytes()).hexdigest()
    assert _count(store) == 1


def test_every_format_in_a_folder_recursively(store: Store, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    (folder / "sub" / "deeper").mkdir(parents=True)
    (folder / "a.txt").write_text(REPORT)
    (folder / "sub" / "b.md").write_text("# Shelling of Douma\n\nMortar shells hit Douma on Monday, killing three.")
    (folder / "sub" / "c.html").write_text(ARTICLE)
    (folder / "sub" / "deeper" / "d.pdf").write_bytes(make_pdf(["Idlib, 3 May 2019 - Barrel bombs hit a hospital."], title="Hospital hit"))
    (folder / ".hidden.txt").write_text("not to be read")
    (folder / ".git").mkdir()
    (folder / ".git" / "x.txt").write_text("not to be read either")
    report = ingest(store, [str(folder)])
    assert (report.added, report.failed) == (4, 0)
    docs = {Path(r.input).name: _doc(store, r.document_id or "") for r in report.results}
    assert set(docs) == {"a.txt", "b.md", "c.html", "d.pdf"}
    md = docs["b.md"]
    assert md.title == "Shelling of Douma" and md.text == "Shelling of Douma\n\nMortar shells hit Douma on Monday, killing three."
    assert md.text[md.body_offset :].startswith("Mortar shells")
    html = docs["c.html"]
    assert html.title == "Airstrike kills 12 in Idlib market" and html.text.startswith(html.title + "\n\nAt least 12")
    assert (html.published, html.published_from, html.author) == (dt.date(2019, 11, 21), "metadata", "Jane Doe")
    assert html.source is not None and html.source.name == "Example News"
    pdf = docs["d.pdf"]
    assert pdf.title == "Hospital hit" and pdf.media_type == "application/pdf"
    assert (pdf.published, pdf.published_from) == (dt.date(2019, 5, 3), "dateline")


def test_bad_inputs_fail_one_by_one_and_the_batch_goes_on(store: Store, tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(REPORT)
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.md").write_text("  \n\n ")
    (tmp_path / "locked.pdf").write_bytes(encrypt_pdf(make_pdf(["secret"])))
    (tmp_path / "big.txt").write_text("x" * 5000)
    (tmp_path / "pdf.txt").write_bytes(make_pdf(["a PDF in disguise"]))
    (tmp_path / "junk.html").write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(200))
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "nowhere")
    os.mkfifo(tmp_path / "pipe.txt")
    names = ["empty.txt", "blank.md", "locked.pdf", "big.txt", "pdf.txt", "junk.html", "dangling.txt", "pipe.txt", "missing.txt"]
    inputs = [str(tmp_path / n) for n in names[:4]] + [str(good)] + [str(tmp_path / n) for n in names[4:]]
    report = ingest(store, inputs, max_bytes=4000)
    assert (report.added, report.failed) == (1, 9)
    by_name = {Path(r.input).name: r for r in report.results}
    assert by_name["good.txt"].status == "added"
    reasons = {name: by_name[name].error or "" for name in names}
    assert "empty" in reasons["empty.txt"] and "no text" in reasons["blank.md"]
    assert "encrypted" in reasons["locked.pdf"] and "over the limit of 4000" in reasons["big.txt"]
    assert "content is a PDF" in reasons["pdf.txt"] and "PNG" in reasons["junk.html"]
    assert "broken symbolic link" in reasons["dangling.txt"] and "not a regular file" in reasons["pipe.txt"]
    assert "no such file" in reasons["missing.txt"]
    assert [Path(r.input).name for r in report.results] == [Path(i).name for i in inputs]  # input order
    assert _count(store) == 1


def test_corpus_ids_and_conflicts(store: Store, tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    rows = [
        {"id": "fakes-1", "title": "Six killed", "text": "Six people were killed.", "published": "2017-04-19", "source": "asharq"},
        {"id": "fakes-2", "text": "Wed 05 Apr 2017 Strike hit Khan Sheikhoun."},
    ]
    corpus.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    report = ingest(store, [str(corpus)], source="Option Source", published=dt.date(2000, 1, 1))
    assert [r.document_id for r in report.results] == ["fakes-1", "fakes-2"]
    first, second = _doc(store, "fakes-1"), _doc(store, "fakes-2")
    assert first.text == "Six killed\n\nSix people were killed." and first.body_offset == len("Six killed\n\n")
    # A corpus's own fields win over the options, which win over what is read from the text.
    assert (first.published, first.published_from) == (dt.date(2017, 4, 19), "corpus")
    assert first.source is not None and first.source.name == "asharq"
    assert (second.published, second.published_from) == (dt.date(2000, 1, 1), "option")
    assert second.source is not None and second.source.name == "Option Source"
    assert first.sha256 == hashlib.sha256(corpus.read_bytes().splitlines()[0]).hexdigest()
    assert store.blobs.get(first.sha256) == corpus.read_bytes().splitlines()[0]

    # Same id and same text (another serialisation): a duplicate. Same id, other text: an error.
    other = tmp_path / "d.jsonl"
    other.write_text(json.dumps({"text": "Six people were killed.", "title": "Six killed", "id": "fakes-1"}) + "\n"
                     + json.dumps({"id": "fakes-2", "text": "Different text."}) + "\n")  # fmt: skip
    again = ingest(store, [str(other)])
    assert [r.status for r in again.results] == ["duplicate", "failed"]
    assert "already stored with a different text" in (again.results[1].error or "")
    assert _count(store) == 2


def test_duplicates_within_one_batch(store: Store, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(REPORT)
    (tmp_path / "b.txt").write_text(REPORT)
    report = ingest(store, [str(tmp_path / "a.txt"), str(tmp_path / "b.txt")])
    assert [r.status for r in report.results] == ["added", "duplicate"]
    assert report.results[0].document_id == report.results[1].document_id


def test_sources_are_shared(store: Store, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(3):
        (folder / f"{i}.txt").write_text(f"{REPORT} ({i})")
    assert ingest(store, [str(folder)], source="SNHR").added == 3
    with store.session() as session:
        assert session.scalars(select(Source.name)).all() == ["SNHR"]
        assert len(set(session.scalars(select(Document.source_id)).all())) == 1


def test_urls_against_a_local_server(store: Store, http_server: LocalServer) -> None:
    http_server.routes["/article"] = Route(body=ARTICLE.encode(), content_type="text/html; charset=utf-8")
    http_server.routes["/report.pdf"] = Route(body=make_pdf(["Raqqa, 2 June 2017 - Coalition strikes."]), content_type=None)
    http_server.routes["/lies"] = Route(body=make_pdf(["x"]), content_type="text/html")
    http_server.routes["/slow"] = Route(body=b"late", delay=1.5)
    store.settings.fetch_timeout = 0.4
    urls = [http_server.url(p) for p in ("/article", "/report.pdf", "/gone", "/lies", "/slow")]
    report = ingest(store, urls)
    assert [r.status for r in report.results] == ["added", "added", "failed", "failed", "failed"]
    assert "HTTP 404" in (report.results[2].error or "")
    assert "served as text/html but the content is a PDF" in (report.results[3].error or "")
    assert "timed out" in (report.results[4].error or "")
    page = _doc(store, report.results[0].document_id or "")
    assert page.origin == urls[0] and page.media_type == "text/html" and page.title
    assert _doc(store, report.results[1].document_id or "").published == dt.date(2017, 6, 2)


def test_ingest_bytes_for_uploads(store: Store) -> None:
    result = ingest_bytes(store, ARTICLE.encode(), filename="page.html", source="Uploader")
    assert result.status == "added"
    doc = _doc(store, result.document_id or "")
    assert doc.origin == "upload:page.html" and doc.source is not None and doc.source.name == "Uploader"
    assert ingest_bytes(store, ARTICLE.encode(), filename="again.html").status == "duplicate"
    bad = ingest_bytes(store, make_pdf(["x"]), filename="x.txt", media_type="text/plain")
    assert bad.status == "failed" and "content is a PDF" in (bad.error or "")


def test_on_item_sees_every_result(store: Store, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(REPORT)
    seen: list[str] = []
    ingest(store, [str(tmp_path / "a.txt"), str(tmp_path / "nope.txt")], on_item=lambda r: seen.append(r.status))
    assert sorted(seen) == ["added", "failed"]


def test_uninitialised_store_is_refused(tmp_path: Path) -> None:
    store = Store(None, settings=Settings(home=tmp_path / "none"))
    with pytest.raises(NotInitialisedError, match="harmledger init"):
        ingest(store, [str(tmp_path)])


def test_a_corpus_without_records_fails(sqlite_store: Store, tmp_path: Path) -> None:
    corpus = tmp_path / "blank.jsonl"
    corpus.write_text("\n\n  \n")
    [result] = ingest(sqlite_store, [str(corpus)]).results
    assert result.status == "failed" and "no records" in (result.error or "")


def test_a_reader_bug_fails_that_input_only(sqlite_store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # No real file trips the readers in an unexpected way today; a stand-in reader shows the batch survives one.
    import harmledger.ingest.pipeline as pipeline

    def broken(name: str, data: bytes) -> None:
        raise RuntimeError("parser bug")

    monkeypatch.setattr(pipeline, "read_pdf", broken)
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.pdf").write_bytes(make_pdf(["x"]))
    (folder / "b.txt").write_text(REPORT)
    report = ingest(sqlite_store, [str(folder)])
    assert [r.status for r in report.results] == ["failed", "added"]
    assert "RuntimeError: parser bug" in (report.results[0].error or "")
