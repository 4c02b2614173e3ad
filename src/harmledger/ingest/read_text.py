"""Plain text and Markdown: decode the bytes, and read a Markdown title and front matter."""

from __future__ import annotations

import codecs
import re
from contextvars import ContextVar

from .._errors import EmptyInputError, UnreadableInputError
from .dateline import parse_date
from .types import Parsed

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?P<body>.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_FIELD = re.compile(r"^(?P<key>[A-Za-z_][\w-]*)\s*:\s*(?P<value>.*?)\s*$")
_ATX_TITLE = re.compile(r"\A#[ \t]+(?P<title>[^\n]+?)[ \t#]*(?:\n|\Z)")
_MARKDOWN_EXTENSIONS = (".md", ".markdown")


def decode(name: str, data: bytes, *, charset: str | None = None, warnings: list[str] | None = None) -> str:
    """Text from bytes: the declared charset, else UTF-8 (with or without BOM), else a detected one.

    A file that is UTF-8 but for a few bad bytes (a truncated character, a byte flipped in transit)
    stays UTF-8: the bad bytes become U+FFFD and a warning names their byte offsets. A file with fewer
    UTF-8 characters than bad bytes (a Latin-1 file has none) is read in a detected charset, and that
    is said too; when none is detected, as UTF-8 with replacements if under a tenth of it is bad.
    Warnings are appended to ``warnings``. Line ends become "\\n" and surrounding whitespace goes, so
    the stored text, its hash and the offsets into it do not depend on the platform the file was
    written on.
    """
    notes = warnings if warnings is not None else []
    text: str | None = None
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = _try(data, "utf-16")
    if text is None and charset:
        text = _try(data, charset)
    if text is None:
        text = _try(data, "utf-8-sig")
    if text is None:
        text = _utf8_replacing(data, notes, force=False)
    if text is None:
        from charset_normalizer import from_bytes

        best = from_bytes(data[:200_000]).best()
        if best is not None and best.encoding and _ascii_compatible(best.encoding):
            text = _try(data, best.encoding)
            if text is not None:
                notes.append(f"not UTF-8: read as {best.encoding} (detected); save it as UTF-8 if that is wrong")
    if text is None:
        # Nothing reads it whole: UTF-8 with the bad bytes replaced says the most and hides nothing.
        text = _utf8_replacing(data, notes, force=True)
    if text is None:
        raise UnreadableInputError(name, "cannot tell its character encoding; save it as UTF-8")
    nuls = text.count("\x00")
    if nuls:
        notes.append(f"{nuls} NUL character{'s' if nuls > 1 else ''} removed from the text")
    return normalise(text)


_BAD_BYTES: ContextVar[list[tuple[int, int]]] = ContextVar("_BAD_BYTES")


def _note_bad_bytes(exc: UnicodeError) -> tuple[str, int]:
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    _BAD_BYTES.get().append((exc.start, exc.end))
    return "\ufffd", exc.end


codecs.register_error("harmledger.note_bad_bytes", _note_bad_bytes)


def _utf8_replacing(data: bytes, notes: list[str], *, force: bool) -> str | None:
    """``data`` as UTF-8 with bad bytes replaced, when it is mostly UTF-8 (or ``force``); else None."""
    token = _BAD_BYTES.set([])
    try:
        text = data.decode("utf-8", "harmledger.note_bad_bytes")
        bad = _BAD_BYTES.get()
    finally:
        _BAD_BYTES.reset(token)
    if not bad:
        return text.removeprefix("\ufeff")
    # Characters that UTF-8 decoded (not ASCII, not a replacement): evidence the file is UTF-8.
    good = len(text) - len(text.encode("ascii", "ignore")) - len(bad) - data.count(b"\xef\xbf\xbd")
    nbytes = sum(end - start for start, end in bad)
    if good < max(1, len(bad)) and (not force or nbytes > len(data) // 10):
        return None  # not UTF-8 with a few bad bytes: another charset, or not text at all
    shown = ", ".join(str(start) for start, _ in bad[:5]) + (f" and {len(bad) - 5} more" if len(bad) > 5 else "")
    notes.append(f"not UTF-8 at byte offset{'s' if len(bad) > 1 else ''} {shown} "
                 f"({nbytes} byte{'s' if nbytes > 1 else ''} replaced by U+FFFD); the rest is read as UTF-8")
    return text.removeprefix("\ufeff")


def _ascii_compatible(encoding: str) -> bool:
    """Whether ``encoding`` reads ASCII as ASCII: a guess of EBCDIC or UTF-7 would garble every word."""
    sample = bytes(range(32, 127))
    return _try(sample, encoding) == sample.decode("ascii")


def _try(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def normalise(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "").strip()


def read_text(name: str, data: bytes, *, charset: str | None = None) -> Parsed:
    warnings: list[str] = []
    text = decode(name, data, charset=charset, warnings=warnings)
    if not text:
        raise EmptyInputError(name, "no text in it")
    parsed = _read_markdown(name, text) if name.lower().endswith(_MARKDOWN_EXTENSIONS) else Parsed(body=text, media_type="text/plain")
    parsed.warnings.extend(warnings)
    return parsed


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
