from __future__ import annotations

import datetime as dt

import pytest

from harmledger._errors import EmptyInputError
from harmledger.ingest.read_text import decode, read_text


def test_plain_text_is_kept_with_normalised_line_ends() -> None:
    parsed = read_text("r.txt", b"\xef\xbb\xbfLine one\r\nLine two\r\n\r\n")
    assert parsed.body == "Line one\nLine two"
    assert parsed.title is None
    assert parsed.media_type == "text/plain"


def test_other_encodings_are_decoded() -> None:
    assert decode("r.txt", "Qalaat al-Madiq – café".encode("cp1252")) == "Qalaat al-Madiq – café"
    assert decode("r.txt", "تقرير".encode("utf-16")) == "تقرير"
    assert decode("r.txt", "тест".encode("koi8-r"), charset="koi8-r") == "тест"


def test_whitespace_only_is_empty() -> None:
    with pytest.raises(EmptyInputError):
        read_text("r.txt", b" \n\t\r\n ")


def test_markdown_title_and_front_matter() -> None:
    data = (
        b"---\ntitle: \"Strike on Saraqib\"\ndate: 2020-01-15\nauthor: Jane Doe\nsource: SNHR\n---\n"
        b"# Heading that is not the title\n\nAt least 9 civilians were killed.\n"
    )
    parsed = read_text("r.md", data)
    assert parsed.title == "Strike on Saraqib"
    assert parsed.published == dt.date(2020, 1, 15) and parsed.published_from == "metadata"
    assert parsed.author == "Jane Doe" and parsed.source == "SNHR"
    assert parsed.body == "At least 9 civilians were killed."
    assert parsed.media_type == "text/markdown"


def test_markdown_heading_becomes_the_title() -> None:
    parsed = read_text("r.markdown", b"# Airstrike kills 12\n\nBody text here.")
    assert parsed.title == "Airstrike kills 12"
    assert parsed.body == "Body text here."
