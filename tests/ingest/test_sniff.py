from __future__ import annotations

import pytest

from harmledger._errors import MislabelledInputError, UnreadableInputError
from harmledger.ingest import sniff

from .conftest import make_pdf


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"Plain report text.", sniff.TEXT),
        ("تقرير عن الغارة".encode(), sniff.TEXT),
        (b"<!DOCTYPE html><html><body>x</body></html>", sniff.HTML),
        (b"\xef\xbb\xbf  <!-- c --> <html lang=en>", sniff.HTML),
        (b"%PDF-1.7\n...", sniff.PDF),
        (b"\x89PNG\r\n\x1a\n\x00\x00", sniff.BINARY),
        (bytes(range(256)) * 4, sniff.BINARY),
    ],
)
def test_sniff_reads_the_bytes(data: bytes, kind: str) -> None:
    assert sniff.sniff(data) == kind


def test_a_pdf_named_txt_is_mislabelled() -> None:
    with pytest.raises(MislabelledInputError, match="named .txt but the content is a PDF"):
        sniff.resolve_kind("r.txt", make_pdf(["x"]), claimed=sniff.TEXT, claimed_by="named .txt")


def test_binary_junk_named_html_is_mislabelled() -> None:
    with pytest.raises(MislabelledInputError, match="PNG image"):
        sniff.resolve_kind("r.html", b"\x89PNG\r\n\x1a\n" + b"\x00" * 50, claimed=sniff.HTML)


def test_text_named_pdf_is_mislabelled() -> None:
    with pytest.raises(MislabelledInputError):
        sniff.resolve_kind("r.pdf", b"just text", claimed=sniff.PDF)


def test_unknown_extension_uses_the_content_and_refuses_binary() -> None:
    assert sniff.resolve_kind("report", b"%PDF-1.4 x", claimed=None) == sniff.PDF
    with pytest.raises(UnreadableInputError, match="ZIP"):
        sniff.resolve_kind("report.bin", b"PK\x03\x04rest", claimed=None)


def test_claims_from_names_and_media_types() -> None:
    assert sniff.kind_from_name("A.HTM") == sniff.HTML
    assert sniff.kind_from_name("notes.md") == sniff.TEXT
    assert sniff.kind_from_name("x.docx") is None
    assert sniff.kind_from_media_type("text/html; charset=utf-8") == sniff.HTML
    assert sniff.kind_from_media_type("application/octet-stream") is None
    assert sniff.kind_from_media_type("image/png") == sniff.BINARY


def test_a_page_named_txt_is_read_as_html() -> None:
    assert sniff.resolve_kind("page.txt", b"<!DOCTYPE html><html><body><p>x</p>", claimed=sniff.TEXT) == sniff.HTML
    assert sniff.resolve_kind("frag.html", b"<p>Shelling hit Douma.</p>", claimed=sniff.HTML) == sniff.HTML
