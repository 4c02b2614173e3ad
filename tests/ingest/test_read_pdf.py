from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader, PdfWriter

from harmledger._errors import EmptyInputError, EncryptedInputError, UnreadableInputError
from harmledger.ingest.read_pdf import read_pdf

from .conftest import encrypt_pdf, make_pdf

LINES = ["Aleppo, 5 April 2017 - Barrel bombs hit the (old) market.", "Twelve people were killed."]


def test_text_layer_and_information() -> None:
    parsed = read_pdf("r.pdf", make_pdf(LINES, title="Strike on market", author="SNHR", created="20170406120000Z"))
    assert "Barrel bombs hit the (old) market." in parsed.body
    assert "Twelve people were killed." in parsed.body
    assert parsed.title == "Strike on market" and parsed.author == "SNHR"
    # The creation date is only a fallback for when the text has no dateline.
    assert parsed.published is None and parsed.fallback_published == dt.date(2017, 4, 6)
    assert parsed.media_type == "application/pdf" and parsed.meta["pages"] == 1


def test_encrypted_pdf_is_refused() -> None:
    with pytest.raises(EncryptedInputError, match="encrypted"):
        read_pdf("e.pdf", encrypt_pdf(make_pdf(LINES)))


@pytest.mark.parametrize("algorithm", ["RC4-128", "AES-128"])
def test_pdf_encrypted_only_against_editing_is_read(algorithm: str) -> None:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(make_pdf(LINES))))
    writer.encrypt(user_password="", owner_password="owner", algorithm=algorithm)
    out = io.BytesIO()
    writer.write(out)
    assert "Twelve people" in read_pdf("p.pdf", out.getvalue()).body


def test_damaged_pdf_is_unreadable() -> None:
    with pytest.raises(UnreadableInputError, match="damaged PDF"):
        read_pdf("d.pdf", b"%PDF-1.4\n1 0 obj << /Type /Catalog >> garbage")


def test_pdf_without_text_layer_is_empty() -> None:
    with pytest.raises(EmptyInputError, match="OCR"):
        read_pdf("s.pdf", make_pdf([]))
