"""A report's original, as stored, for the document page: the facts the page shows about it (SHA-256,
size, media type, where it came from), its text split into paragraphs, and the download of its bytes
(/documents/{id}/original).

Who may download an original is exactly who may see its page: a restricted report's original is hidden
from the public view and from anyone not logged in, with the same 404 as its page.
"""

from __future__ import annotations

import re
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response

from ..api.deps import DbSession, Public
from ..api.guard import GuardedRoute
from ..api.queries import visible_document
from ..store.db import Store
from ..store.models import Document

router = APIRouter(include_in_schema=False, route_class=GuardedRoute)

# Served under their own type: none of them runs script when a browser opens it. Anything else (HTML,
# SVG, XML...) goes out as application/octet-stream, so an original is never rendered in the app's origin.
PASSIVE_TYPES = {"text/plain", "text/markdown", "text/csv", "application/pdf", "application/json",
                 "application/jsonl"}
EXTENSIONS = {"text/plain": ".txt", "text/markdown": ".md", "text/csv": ".csv", "application/pdf": ".pdf",
              "application/json": ".json", "application/jsonl": ".json", "text/html": ".html", "application/xhtml+xml": ".xhtml"}
_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n\s*")
_UNSAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")


def original_facts(store: Store, document: Document) -> dict[str, Any]:
    """What the page says about the stored original; ``stored`` is False when its blob is missing (a store
    filled by hand, or blobs not copied along with the database), so the page offers no dead link."""
    return {"sha256": document.sha256, "size": document.size, "media_type": document.media_type,
            "stored": store.blobs.exists(document.sha256)}


def paragraphs(segments: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """The highlighted segments regrouped into paragraphs at blank lines. A mark across a paragraph break
    is cut in two, each part keeping its label, so the evidence stays marked in both paragraphs; single
    line breaks stay in the text (the page shows them as line breaks)."""
    text = "".join(segment["text"] for segment in segments)
    starts, pos = [], 0
    for segment in segments:
        starts.append(pos)
        pos += len(segment["text"])
    # Breaks are found in the whole text, not per segment: a blank line may straddle a mark's edge.
    bounds, pos = [], 0
    for found in _BLANK_LINE.finditer(text):
        bounds.append((pos, found.start()))
        pos = found.end()
    bounds.append((pos, len(text)))
    out: list[list[dict[str, Any]]] = []
    first = 0
    for begin, end in bounds:
        while first < len(segments) and starts[first] + len(segments[first]["text"]) <= begin:
            first += 1
        para, i = [], first
        while i < len(segments) and starts[i] < end:
            cut_from, cut_to = max(begin, starts[i]), min(end, starts[i] + len(segments[i]["text"]))
            if cut_to > cut_from:
                para.append({**segments[i], "text": text[cut_from:cut_to]})
            i += 1
        if any(seg["text"].strip() for seg in para):
            out.append(para)
    return out


def download_type(media_type: str | None) -> str:
    base = (media_type or "").split(";", 1)[0].strip().lower()
    return base if base in PASSIVE_TYPES else "application/octet-stream"


def download_name(document: Document) -> str:
    base = (document.media_type or "").split(";", 1)[0].strip().lower()
    stem = _UNSAFE_NAME.sub("_", document.id).strip("._")[:80] or document.sha256[:16]
    return stem + EXTENSIONS.get(base, ".bin")


@router.get("/documents/{document_id}/original")
def document_original(document_id: str, request: Request, session: DbSession, public: Public) -> Response:
    """The original bytes exactly as ingested (the blob store checks them against their SHA-256)."""
    document = visible_document(session, document_id, public=public)
    store: Store = request.app.state.store
    data = store.blobs.get(document.sha256)
    # content-type set as a header, not media_type: Starlette would append a charset the bytes may not have.
    headers = {
        "Content-Type": download_type(document.media_type),
        "Content-Disposition": f'attachment; filename="{download_name(document)}"',
        "X-Content-Type-Options": "nosniff",
        "Content-Security-Policy": "sandbox; default-src 'none'",
        "Cache-Control": "private, no-store" if document.restricted else "private",
    }
    return Response(data, headers=headers)
