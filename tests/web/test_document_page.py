"""The document page: the text in paragraphs (escaped, evidence still marked), the original's source,
date, link, SHA-256, size and media type, and a download of the original bytes exactly as stored, which
follows the page's rule for restricted reports and never lets an active original render in the app."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterator

import pytest
from lxml import html as lxml_html

from harmledger.api.queries import highlight
from harmledger.store import Store
from harmledger.store.models import Document, Source
from harmledger.web.documents import download_type, paragraphs
from tests.api import sampledata
from tests.api.apiclient import TestClient, login, make_client

HTML_ORIGINAL = (b"<!doctype html><html><head><title>Strike on Saraqib</title></head><body>"
                 b"<h1>Strike on Saraqib</h1><p>An airstrike hit the Saraqib bakery.</p>"
                 b"<script>alert('owned')</script><p>Four <b>people</b> were killed.</p></body></html>")
HTML_TEXT = ("Strike on Saraqib\n\nAn airstrike hit the Saraqib bakery.\n\n"
             "Four <b>people</b> were killed.\nThe civil defence said so.")
URL = "https://news.example.org/saraqib?id=1&lang=en"
AUDIENCES = {"public view": (True, None), "anonymous": (False, None), "viewer": (False, "viewer")}


def _add_document(store: Store, doc_id: str, data: bytes, text: str, *, media_type: str, origin: str,
                  restricted: bool = False) -> str:
    digest = store.blobs.put(data)
    with store.session() as session:
        source = Source(name=f"Outlet of {doc_id}")
        session.add(source)
        session.flush()
        session.add(Document(id=doc_id, sha256=digest, text_sha256=hashlib.sha256(text.encode()).hexdigest(),
                             title=text.split("\n", 1)[0], text=text, body_offset=text.index("\n\n") + 2,
                             published=dt.date(2020, 2, 3), origin=origin, media_type=media_type, size=len(data),
                             restricted=restricted, source_id=source.id, status="ingested"))
    return digest


@pytest.fixture
def filled(sqlite_store: Store) -> Store:
    sampledata.build(sqlite_store)
    # The sample's rows name originals that were never stored: store the bytes their digests stand for.
    for report in sampledata.REPORTS:
        with sqlite_store.session() as session:
            document = session.get(Document, report.doc_id)
            assert document is not None
            raw = document.text.encode() + b"raw"
        assert sqlite_store.blobs.put(raw) == document.sha256
    _add_document(sqlite_store, "doc-saraqib", HTML_ORIGINAL, HTML_TEXT, media_type="text/html", origin=URL)
    return sqlite_store


@pytest.fixture
def client(filled: Store) -> Iterator[TestClient]:
    with make_client(filled) as c:
        yield c


def _client(store: Store, audience: str) -> TestClient:
    public_mode, role = AUDIENCES[audience]
    client = make_client(store, public_mode=public_mode)
    client.__enter__()
    if role:
        login(client, role)
    return client


def test_the_text_is_shown_in_paragraphs_escaped(client: TestClient) -> None:
    page = client.get("/documents/doc-saraqib")
    assert page.status_code == 200
    article = lxml_html.fromstring(page.text).get_element_by_id("document-text")
    assert [p.text_content() for p in article.findall("p")] == [
        "Strike on Saraqib", "An airstrike hit the Saraqib bakery.",
        "Four <b>people</b> were killed.\nThe civil defence said so."]
    assert "Four &lt;b&gt;people&lt;/b&gt; were killed." in page.text and "<b>people</b>" not in page.text
    # pre-wrap would show whitespace between paragraphs as empty lines
    shown = page.text.split('id="document-text">', 1)[1].split("</article>", 1)[0]
    assert shown.startswith("<p>") and shown.endswith("</p>") and "</p><p>" in shown and "</p>\n" not in shown


def test_evidence_stays_marked_inside_paragraphs(client: TestClient) -> None:
    page = client.get("/documents/doc-qah").text
    article = lxml_html.fromstring(page).get_element_by_id("document-text")
    paras = article.findall("p")
    assert len(paras) == 2 and paras[0].text_content() == "Airstrike kills 12 civilians in Qah camp"
    marks = {m.text_content(): m.get("data-field") for m in paras[1].iter("mark")}
    assert marks["killing 12 civilians"] == "m0 killed"


def test_a_mark_across_a_blank_line_is_cut_and_kept_in_both_paragraphs() -> None:
    text = "Title\n\nOne line\nnext line.\n\n\nTwo killed 5\n\nthree"
    out = paragraphs(highlight(text, [(20, 33, "m0 killed")]))
    assert ["".join(s["text"] for s in para) for para in out] == [
        "Title", "One line\nnext line.", "Two killed 5", "three"]
    assert [(s["text"], s["mark"]) for para in out for s in para if s["mark"]] == [
        (" line.", "m0 killed"), ("Two ", "m0 killed")]
    assert paragraphs([]) == [] and paragraphs([{"text": "\n\n", "mark": None}]) == []


def test_the_page_shows_the_original_and_its_hash_is_that_of_the_download(client: TestClient) -> None:
    login(client, "viewer")
    tree = lxml_html.fromstring(client.get("/documents/doc-saraqib").text)
    assert tree.get_element_by_id("original-source").text_content() == "Outlet of doc-saraqib"
    assert tree.get_element_by_id("original-published").text_content() == "2020-02-03"
    assert tree.get_element_by_id("original-media-type").text_content() == "text/html"
    assert tree.get_element_by_id("original-size").text_content() == f"{len(HTML_ORIGINAL)} bytes"
    link = tree.get_element_by_id("origin-link")
    assert link.get("href") == URL and link.get("rel") == "noopener noreferrer"
    shown = tree.get_element_by_id("original-sha256").text_content()
    download = client.get(tree.get_element_by_id("original-download").get("href"))
    assert download.status_code == 200 and download.content == HTML_ORIGINAL
    assert shown == hashlib.sha256(download.content).hexdigest()


def test_a_plain_text_original_keeps_its_type_and_its_bytes(client: TestClient) -> None:
    tree = lxml_html.fromstring(client.get("/documents/doc-qah").text)
    r = client.get("/documents/doc-qah/original")
    assert r.status_code == 200
    assert r.headers["content-type"] == "text/plain"  # no charset claimed for bytes of unknown encoding
    assert r.headers["content-disposition"] == 'attachment; filename="doc-qah.txt"'
    assert r.headers["x-content-type-options"] == "nosniff"
    assert hashlib.sha256(r.content).hexdigest() == tree.get_element_by_id("original-sha256").text_content()
    assert r.content.endswith(b"raw")  # the stored original, not the text read from it


def test_an_html_original_is_downloaded_as_octet_stream_never_rendered(client: TestClient) -> None:
    r = client.get("/documents/doc-saraqib/original")
    assert r.status_code == 200 and r.content == HTML_ORIGINAL
    assert r.headers["content-type"] == "application/octet-stream"
    assert r.headers["content-disposition"].startswith("attachment;")
    assert r.headers["x-content-type-options"] == "nosniff"
    assert "sandbox" in r.headers["content-security-policy"]


def test_only_passive_media_types_are_sent_as_themselves() -> None:
    assert download_type("text/plain; charset=latin-1") == "text/plain"
    assert download_type("application/PDF") == "application/pdf"
    assert download_type("application/jsonl") == "application/jsonl"
    for active in ("text/html", "application/xhtml+xml", "image/svg+xml", "text/xml", "", None):
        assert download_type(active) == "application/octet-stream", active


@pytest.mark.parametrize("audience", list(AUDIENCES))
def test_a_restricted_original_downloads_exactly_where_its_page_shows(filled: Store, audience: str) -> None:
    client = _client(filled, audience)
    try:
        page = client.get("/documents/doc-ariha")
        download = client.get("/documents/doc-ariha/original")
        if audience == "viewer":
            assert page.status_code == 200 and download.status_code == 200
            assert sampledata.WITNESS.encode() in download.content
        else:
            assert page.status_code == 404 and download.status_code == 404
            assert sampledata.WITNESS not in download.text and b"raw" not in download.content
        # a report that is not restricted downloads for everyone who sees its page
        assert client.get("/documents/doc-qah/original").status_code == 200
    finally:
        client.__exit__(None, None, None)


def test_the_public_view_shows_no_origin(filled: Store) -> None:
    with make_client(filled, public_mode=True) as public:
        page = public.get("/documents/doc-saraqib").text
    assert URL.split("?")[0] not in page and 'id="original-download"' in page


def test_a_missing_original_offers_no_link_and_downloads_as_not_found(filled: Store, client: TestClient) -> None:
    with filled.session() as session:
        document = session.get(Document, "doc-qah")
        assert document is not None
        filled.blobs.path_for(document.sha256).unlink()
    page = client.get("/documents/doc-qah").text
    assert 'id="original-download"' not in page and "not in this store" in page
    assert client.get("/documents/doc-qah/original").status_code == 404
