"""Plain text and Markdown: decode the bytes, and read a Markdown title and front matter."""

from __future__ import annotations

import codecs
import re

from .._errors import EmptyInputError, UnreadableInputError
from .dateline import parse_date
from .types import Parsed

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?P<body>.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_FIELD = re.compile(r"^(?P<key>[A-Za-z_][\w-]*)\s*:\s*(?P<value>.*?)\s*$")
_ATX_TITLE = re.compile(r"\A#[ \t]+(?P<title>[^\n]+?)[ \t#]*(?:\n|\Z)")
_MARKDOWN_EXTENSIONS = (".md", ".markdown")


def decode(name: str, data: bytes, *, charset: str | None = None) -> str:
    """Text from bytes: the declared charset, else UTF-8 (with or without BOM), else a detected one.

    Line ends become "\\n" and surrounding whitespace goes, so the stored text, its hash and the
    offsets into it do not depend on the platform the file was written on.
    """
    text: str | None = None
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = _try(data, "utf-16")
    if text is None and charset:
        text = _try(data, charset)
    if text is None:
        text = _try(data, "utf-8-sig")
    if text is None:
        from charset_normalizer import from_bytes

        best = from_bytes(data[:200_000]).best()
        if best is not None and best.encoding:
            text = _try(data, best.encoding)
    if text is None:
        raise UnreadableInputError(name, "cannot tell its character encoding; save it as UTF-8")
    return normalise(text)


def _try(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def normalise(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "").strip()


def read_text(name: str, data: bytes, *, charset: str | None = None) -> Parsed:
    text = decode(name, data, charset=charset)
    if not text:
        raise EmptyInputError(name, "no text in it")
    if name.lower().endswith(_MARKDOWN_EXTENSIONS):
        return _read_markdown(name, text)
    return Parsed(body=text, media_type="text/plain")


def _read_markdown(name: str, text: str) -> Parsed:
    fields: dict[str, str] = {}
    match = _FRONT_MATTER.match(text)
    if match:
        for line in match.group("body").splitlines():
            field = _FIELD.match(line)
            if field:
                fields[field.group("key").lower()] = field.group("value").strip("\"'")
        text = text[match.end() :].strip()
    title = fields.get("title") or None
    heading = _ATX_TITLE.match(text)
    if heading:
        # A leading "# Heading" is the title; it moves out of the body so it is not said twice.
        title = title or heading.group("title").strip()
        text = text[heading.end() :].strip()
    if not text and not title:
        raise EmptyInputError(name, "no text in it")
    parsed = Parsed(body=text, media_type="text/markdown", title=title, author=fields.get("author") or None)
    parsed.source = fields.get("source") or None
    date = parse_date(fields.get("date") or fields.get("published") or "")
    if date:
        parsed.published, parsed.published_from = date, "metadata"
    if fields:
        parsed.meta["front_matter"] = fields
    return parsed
