"""PDF: the text layer with pypdf, and the title, author and date from the document information."""

from __future__ import annotations

import io
import logging
import re

from .._errors import EmptyInputError, EncryptedInputError, UnreadableInputError
from .read_text import normalise
from .types import Parsed

logger = logging.getLogger(__name__)
_PDF_DATE = re.compile(r"^(?:D:)?(?P<year>\d{4})(?P<month>\d\d)(?P<day>\d\d)")
_SPACES = re.compile(r"[ \t]+")


# What pypdf raises on a damaged file, beyond its own errors: it parses untrusted bytes with asserts
# ("assert pdf is not None" in a content stream that refers to an object) and plain arithmetic.
_DAMAGED: tuple[type[BaseException], ...] = (
    ValueError, LookupError, TypeError, AttributeError, RecursionError, AssertionError, ArithmeticError,
)


def read_pdf(name: str, data: bytes) -> Parsed:
    import datetime as dt

    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError, PyPdfError

    damaged: tuple[type[BaseException], ...] = (PyPdfError, *_DAMAGED)
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            # Many PDFs are encrypted only against editing, with an empty password for reading.
            try:
                if not reader.decrypt(""):
                    raise EncryptedInputError(name, "an encrypted PDF; save a copy without the password and ingest that")
            except (FileNotDecryptedError, DependencyError, NotImplementedError) as exc:
                # DependencyError: AES needs the optional `cryptography` package to even try.
                raise EncryptedInputError(name, "an encrypted PDF; save a copy without the password and ingest that") from exc
        pages = [page.extract_text() or "" for page in reader.pages]
        info = reader.metadata
    except EncryptedInputError:
        raise
    except (FileNotDecryptedError, DependencyError) as exc:
        raise EncryptedInputError(name, "an encrypted PDF; save a copy without the password and ingest that") from exc
    except damaged as exc:
        raise UnreadableInputError(name, f"a damaged PDF ({type(exc).__name__}: {exc}); try re-saving it") from exc
    body = normalise("\n\n".join(_SPACES.sub(" ", page).strip() for page in pages if page.strip()))
    if not body:
        raise EmptyInputError(name, "the PDF has no text layer (a scan?); run OCR on it first")
    parsed = Parsed(body=body, media_type="application/pdf", meta={"pages": len(pages)})
    if info is not None:
        try:
            title, author, created = (info.get(key) for key in ("/Title", "/Author", "/CreationDate"))
        except damaged:
            logger.debug("%s: unreadable PDF document information", name, exc_info=True)
            return parsed  # the text was read: damaged metadata costs only the metadata
        parsed.title = _clean(title)
        parsed.author = _clean(author)
        match = _PDF_DATE.match(str(created or ""))
        if match:
            try:
                # A PDF's creation date is often the day it was printed from a web page, so it only
                # counts when the text has no dateline.
                parsed.fallback_published = dt.date(int(match["year"]), int(match["month"]), int(match["day"]))
            except ValueError:
                logger.debug("%s: bad PDF creation date %r", name, match.group(0))
    return parsed


def _clean(value: object) -> str | None:
    if value is None:
        return None
    text = " ".join(str(value).split())
    return text or None
