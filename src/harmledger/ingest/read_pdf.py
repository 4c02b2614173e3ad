"""PDF: the text layer with pypdf, and the title, author and date from the document information.

Arabic: PDF producers write the glyphs of right-to-left text in visual order, which pypdf turns back
into reading order. Many map each glyph to its Arabic presentation form (U+FB50-FDFF, U+FE70-FEFF:
the initial, medial, final and isolated shapes of each letter, and the lam-alef ligatures) rather
than to the letter: those are glyphs, not spellings, and no one types or searches them, so they are
replaced by their NFKC compatibility decomposition (``ﻗﺘﻞ`` -> ``قتل``, ``ﻷ`` -> ``لأ``). The rest of
the text is left as pypdf reads it.

pypdf reorders right-to-left text run by run, which leaves the runs of a line (words around a number,
a Latin name) in page order and reverses Arabic-Indic numbers: a page with right-to-left letters is
read again in pypdf's layout mode, which keeps page order, and each line put in reading order by
``bidi.visual_to_logical``; then presentation forms are decomposed (a lam-alef ligature drawn as one
glyph decomposes in reading order).
"""

from __future__ import annotations

import io
import logging
import re
import unicodedata
from typing import Any

from .._errors import EmptyInputError, EncryptedInputError, UnreadableInputError
from .bidi import has_rtl, visual_to_logical
from .read_text import normalise
from .types import Parsed

logger = logging.getLogger(__name__)
_PDF_DATE = re.compile(r"^(?:D:)?(?P<year>\d{4})(?P<month>\d\d)(?P<day>\d\d)")
_SPACES = re.compile(r"[ \t]+")
_PRESENTATION_FORMS = re.compile("[\ufb50-\ufdff\ufe70-\ufefe]+")


def letters_of_forms(text: str) -> str:
    """``text`` with every run of Arabic presentation forms replaced by its NFKC decomposition."""
    return _PRESENTATION_FORMS.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)


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
        pages = [_page_text(page) for page in reader.pages]
        info = reader.metadata
    except EncryptedInputError:
        raise
    except (FileNotDecryptedError, DependencyError) as exc:
        raise EncryptedInputError(name, "an encrypted PDF; save a copy without the password and ingest that") from exc
    except damaged as exc:
        raise UnreadableInputError(name, f"a damaged PDF ({type(exc).__name__}: {exc}); try re-saving it") from exc
    body = normalise("\n\n".join(_SPACES.sub(" ", letters_of_forms(page)).strip() for page in pages if page.strip()))
    if not body:
        raise EmptyInputError(name, "the PDF has no text layer (a scan?); run OCR on it first")
    parsed = Parsed(body=body, media_type="application/pdf", meta={"pages": len(pages)})
    if info is not None:
        try:
            title, author, created = (info.get(key) for key in ("/Title", "/Author", "/CreationDate"))
        except damaged:
            logger.debug("%s: unreadable PDF document information", name, exc_info=True)
            return parsed  # the text was read: damaged metadata costs only the metadata
        parsed.title = _clean(letters_of_forms(str(title))) if title is not None else None
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


def _page_text(page: Any) -> str:
    text = page.extract_text() or ""
    if not has_rtl(text):
        return text
    from pypdf.errors import PyPdfError

    failures: tuple[type[BaseException], ...] = (PyPdfError, *_DAMAGED)
    try:
        visual = page.extract_text(extraction_mode="layout", layout_mode_space_vertically=False) or ""
    except failures:
        # The layout reader trips on fonts the plain one reads: keep pypdf's own order rather than fail the file.
        logger.debug("layout text extraction failed; right-to-left lines keep pypdf's order", exc_info=True)
        return text
    return "\n".join(visual_to_logical(_SPACES.sub(" ", line).strip()) for line in visual.splitlines())


def _clean(value: object) -> str | None:
    if value is None:
        return None
    text = " ".join(str(value).split())
    return text or None
