"""HTML: the main text with trafilatura, and the title, date, author and site name from metadata.

trafilatura drops every character Python does not call printable, and so the invisible marks of
right-to-left text: the direction marks (RLM, LRM, ALM, embeddings and isolates) that keep a figure
or a Latin name in its place within an Arabic sentence, and the zero-width joiners. They are handed
to it as visible stand-ins (U+FFFC and a circled number, which no page writes together) and put
back in what it returns, so the text keeps them as the page had them.
"""

from __future__ import annotations

import logging
import re

from .._errors import EmptyInputError, UnreadableInputError
from .dateline import parse_date
from .read_text import decode, normalise
from .types import Parsed

logger = logging.getLogger(__name__)

# Only dates the page states in its metadata: htmldate's extensive search guesses from any date in the
# text, which would date a report by its subject.
_DATE_PARAMS = {"extensive_search": False, "original_date": True}
_BLANK_LINES = re.compile(r"\n{3,}")
_INVISIBLE = "\u061c\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_STAND_IN = "\ufffc"
_HIDE = str.maketrans({ch: f"{_STAND_IN}{chr(0x2460 + i)}" for i, ch in enumerate(_INVISIBLE)})
_HIDDEN = re.compile(f"{_STAND_IN}([\u2460-{chr(0x2460 + len(_INVISIBLE) - 1)}])")
_INVISIBLE_RE = re.compile(f"[{_INVISIBLE}]")


def _unhide(value: str) -> str:
    return _HIDDEN.sub(lambda m: _INVISIBLE[ord(m.group(1)) - 0x2460], value) if _STAND_IN in value else value


def read_html(name: str, data: bytes, *, charset: str | None = None, url: str | None = None) -> Parsed:
    warnings: list[str] = []
    html = decode(name, data, charset=charset or _meta_charset(data), warnings=warnings)
    if not html:
        raise EmptyInputError(name, "no text in it")
    hidden = _INVISIBLE_RE.search(html) is not None
    if hidden:
        html = html.translate(_HIDE)
    try:
        import trafilatura

        doc = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, include_tables=True,
            date_extraction_params=_DATE_PARAMS, favor_recall=True,
        )  # fmt: skip
    except ImportError as exc:
        # An install without a declared dependency (lxml_html_clean, which justext imports): every HTML
        # input would fail the same way, and it is the installation to fix, not the file.
        missing = exc.name or str(exc)
        raise UnreadableInputError(
            name, f"the HTML reader needs the Python package {missing!r}, which is not installed; "
            "reinstall harmledger with its dependencies (pip install harmledger)",
        ) from exc
    except Exception as exc:  # noqa: BLE001 - trafilatura raises whatever lxml raises on broken markup
        raise UnreadableInputError(name, f"cannot parse the HTML ({exc})") from exc
    if isinstance(doc, dict):  # only with as_dict=True; keeps the type checker sure
        doc = None
    if hidden and doc is not None:
        for key in ("text", "title", "author", "sitename", "description"):
            value = getattr(doc, key, None)
            if isinstance(value, str):
                setattr(doc, key, _unhide(value))
    body = normalise(_BLANK_LINES.sub("\n\n", doc.text or "")) if doc is not None else ""
    if not body:
        body = _unhide(_plain_text(html)) if hidden else _plain_text(html)
    if not body:
        raise EmptyInputError(name, "no readable text in the page")
    title = _clean(getattr(doc, "title", None))
    if title and body.startswith(title):
        # trafilatura often keeps the <h1> as the first line; the title is kept apart.
        body = body[len(title) :].lstrip()
    parsed = Parsed(body=body or title or "", media_type="text/html", title=title, warnings=warnings)
    parsed.author = _clean(getattr(doc, "author", None))
    parsed.source = _clean(getattr(doc, "sitename", None))
    date = parse_date(getattr(doc, "date", None) or "")
    if date:
        parsed.published, parsed.published_from = date, "metadata"
    for key in ("sitename", "hostname", "description", "url"):
        value = _clean(getattr(doc, key, None))
        if value:
            parsed.meta[key] = value
    return parsed


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None


def _meta_charset(data: bytes) -> str | None:
    match = re.search(rb"<meta[^>]+charset=[\"']?([A-Za-z0-9_\-]+)", data[:4096], re.I)
    return match.group(1).decode("ascii") if match else None


def _plain_text(html: str) -> str:
    """The page's visible text when trafilatura finds no main content (a short fragment, a list)."""
    import lxml.html

    try:
        tree = lxml.html.fromstring(html)
    except Exception:  # noqa: BLE001 - lxml's parser errors have no common base worth naming
        return ""
    for bad in tree.xpath("//script|//style|//noscript"):
        bad.drop_tree()
    return normalise(_BLANK_LINES.sub("\n\n", tree.text_content()))
