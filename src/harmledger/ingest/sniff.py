"""What an input really is, from its bytes, checked against what its name or Content-Type claims.

Kinds: ``text`` (plain text and Markdown), ``html``, ``pdf``, ``corpus-jsonl``, ``corpus-csv`` and
``binary`` (anything else: images, archives, office files, junk). A claim that the bytes contradict
(a PDF named ``.txt``, a PNG served as ``text/html``) is a mislabelled input, not something to guess
around: the user should know that the file is not what it says.
"""

from __future__ import annotations

import re
from pathlib import PurePosixPath

from .._errors import MislabelledInputError, UnreadableInputError

TEXT, HTML, PDF, JSONL, CSV, BINARY = "text", "html", "pdf", "corpus-jsonl", "corpus-csv", "binary"

EXTENSIONS: dict[str, str] = {
    ".txt": TEXT, ".text": TEXT, ".md": TEXT, ".markdown": TEXT,
    ".html": HTML, ".htm": HTML, ".xhtml": HTML,
    ".pdf": PDF,
    ".jsonl": JSONL, ".ndjson": JSONL,
    ".csv": CSV,
}  # fmt: skip

MEDIA_TYPES: dict[str, str] = {
    "text/plain": TEXT, "text/markdown": TEXT, "text/x-markdown": TEXT,
    "text/html": HTML, "application/xhtml+xml": HTML,
    "application/pdf": PDF,
    "application/jsonl": JSONL, "application/x-ndjson": JSONL,
    "text/csv": CSV,
}  # fmt: skip

# Media types that say nothing about the content.
VAGUE_MEDIA_TYPES = {"", "application/octet-stream", "binary/octet-stream", "application/unknown"}

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"), (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive or office document"), (b"\x1f\x8b", "a gzip archive"),
    (b"BZh", "a bzip2 archive"), (b"\xfd7zXZ", "an xz archive"), (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"Rar!", "a RAR archive"), (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
    (b"\x7fELF", "a program"), (b"MZ", "a Windows program"), (b"RIFF", "a media file"),
    (b"ID3", "an MP3 file"), (b"OggS", "an Ogg file"), (b"SQLite format 3", "an SQLite database"),
)  # fmt: skip

_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 27))
_HTML_START = re.compile(rb"^\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body|meta|title)[\s>/]", re.I | re.S)


def kind_from_name(name: str) -> str | None:
    """The kind a file name claims by its extension, or None when it claims nothing we know."""
    return EXTENSIONS.get(PurePosixPath(name).suffix.lower())


def kind_from_media_type(media_type: str | None) -> str | None:
    mt = (media_type or "").split(";")[0].strip().lower()
    if mt in VAGUE_MEDIA_TYPES:
        return None
    return MEDIA_TYPES.get(mt, BINARY if not mt.startswith("text/") else TEXT)


def describe_binary(data: bytes) -> str | None:
    """A phrase for known non-text content, e.g. "a PNG image"; None if it looks like text."""
    head = data[:16]
    if data.startswith(b"%PDF-"):
        return "a PDF"
    for magic, what in _MAGIC:
        if head.startswith(magic):
            return what
    sample = data[:8192]
    if b"\x00" in sample and not _is_utf16(sample):
        return "binary data"
    # Control characters other than whitespace are rare in text in any encoding.
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    if sample and controls / len(sample) > 0.05:
        return "binary data"
    return None


def _is_utf16(sample: bytes) -> bool:
    return sample.startswith((b"\xff\xfe", b"\xfe\xff"))


def sniff(data: bytes) -> str:
    """The kind the bytes show, without regard to any name."""
    stripped = data.lstrip(b"\xef\xbb\xbf")
    # The PDF specification lets the header sit anywhere in the first 1024 bytes.
    if b"%PDF-" in stripped[:1024]:
        return PDF
    if describe_binary(data) is not None:
        return BINARY
    if _HTML_START.match(stripped[:4096]):
        return HTML
    return TEXT


def resolve_kind(name: str, data: bytes, *, claimed: str | None, claimed_by: str = "") -> str:
    """The kind to read ``data`` as. ``claimed`` is what the extension or Content-Type says, and
    ``claimed_by`` how, for the message ("named .txt", "served as text/html").

    Raises MislabelledInputError when the bytes contradict the claim, UnreadableInputError when they
    are of a kind harmledger does not read.
    """
    actual = sniff(data)
    if claimed is None:
        if actual == BINARY:
            what = describe_binary(data) or "binary data"
            raise UnreadableInputError(name, f"{what}, not text, HTML or PDF; harmledger reads .txt, .md, .html, .pdf, .jsonl and .csv")
        return actual
    if claimed == BINARY:
        raise UnreadableInputError(name, "an unsupported type; harmledger reads text, Markdown, HTML and PDF")
    if claimed == actual:
        return actual
    # A page saved or served as text is still a page (it opens with <html> or a doctype), and an
    # HTML fragment need not open with <html>: both are read as HTML.
    if {claimed, actual} <= {TEXT, HTML}:
        return HTML
    if claimed in (JSONL, CSV) and actual == TEXT:
        return claimed
    what = "a PDF" if actual == PDF else describe_binary(data) or actual
    claim = claimed_by or f"labelled {_claim_phrase(claimed)}"
    raise MislabelledInputError(name, f"{claim} but the content is {what}; rename it or fix its type")


def _claim_phrase(kind: str) -> str:
    return {TEXT: "text", HTML: "HTML", PDF: "PDF", JSONL: "JSON Lines", CSV: "CSV"}.get(kind, kind)
