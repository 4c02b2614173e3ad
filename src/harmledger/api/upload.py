"""Accepting an uploaded report: size and type limits, then the ingest library stores it and the
server's background processor extracts, geocodes and links it (processing/background.py).

A report with no date of its own (none given, none in its metadata or dateline) is dated by the day of
its upload, marked ``published_from = "upload"`` so that pages and exports can tell it from a stated date.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from functools import partial
from pathlib import PurePosixPath
from typing import Any

import anyio.to_thread
from fastapi import FastAPI, HTTPException, Request, UploadFile
from fastapi.responses import JSONResponse
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .._dates import parse_date_value
from .._errors import ConfigError, DateValueError, InputError, StoreError
from ..ingest import ingest_bytes
from ..processing.background import BackgroundProcessor
from ..processing.uploads import UPLOAD_ACTION, unfinished
from ..review import audit
from ..store.db import Store
from ..store.models import Document, User
from .errors import ApiError, error_body
from .writes import run_write, write

logger = logging.getLogger(__name__)
UPLOAD_DATE = "upload"  # Document.published_from of a report dated by its upload

ALLOWED = {".txt": "text/plain", ".md": "text/markdown", ".html": "text/html", ".htm": "text/html",
           ".pdf": "application/pdf"}
CHUNK = 64 * 1024


async def read_limited(file: UploadFile, limit: int) -> bytes:
    """The upload's bytes; 413 as soon as it passes the limit (the rest is never read)."""
    parts, size = [], 0
    while True:
        chunk = await file.read(CHUNK)
        if not chunk:
            break
        size += len(chunk)
        if size > limit:
            raise ApiError(413, f"the file is over the upload limit of {limit} bytes; split it or use `harmledger ingest`")
        parts.append(chunk)
    return b"".join(parts)


def check_type(filename: str) -> str:
    suffix = PurePosixPath(filename).suffix.lower()
    if suffix not in ALLOWED:
        raise ApiError(415, f"{filename!r}: upload a .txt, .md, .html or .pdf report", code="unsupported_type")
    return ALLOWED[suffix]


def parse_date(value: str | None) -> dt.date | None:
    """The form's publication date, in any form harmledger._dates reads (numeric ones day first)."""
    if not value or not value.strip():
        return None
    try:
        return parse_date_value(value)
    except DateValueError as exc:
        raise ApiError(422, f"published {exc.message}", code="invalid") from exc


async def accept_upload(request: Request, file: UploadFile, *, source: str | None, published: str | None,
                        restricted: bool, language: str | None = None) -> dict[str, Any]:
    """Read the upload (on the event loop: it only awaits), ingest it and record it (in worker threads)."""
    filename = PurePosixPath(file.filename or "upload.txt").name[:200] or "upload.txt"
    media_type = check_type(filename)
    day = parse_date(published)
    limit = int(request.app.state.settings.max_upload_bytes)
    data = await read_limited(file, limit)
    if not data.strip():
        raise ApiError(422, f"{filename!r} is empty; choose a file with the report's text", code="invalid")
    try:
        result = await run_in_threadpool(partial(
            ingest_bytes, request.app.state.store, data, filename=filename, source=(source or "").strip() or None,
            published=day, media_type=media_type, language=(language or "").strip() or None))
    except (InputError, ConfigError) as exc:
        raise ApiError(422, exc.message, code=exc.code) from exc
    if result.status == "failed" or result.document_id is None:
        raise ApiError(422, result.error or f"{filename!r} could not be read", code="unreadable")
    document_id = result.document_id
    today = dt.datetime.now(dt.UTC).date()

    def record(session: Session, user: User) -> str | None:
        document = session.get(Document, document_id)
        dated = None
        if document is not None:
            if restricted and not document.restricted:
                document.restricted = True
            if document.published is None and result.status == "added":
                document.published, document.published_from = today, UPLOAD_DATE
            dated = document.published_from
        audit.record(session, user.username, UPLOAD_ACTION, "document", document_id, None,
                     {"filename": filename, "status": result.status, "restricted": restricted})
        return dated

    dated = await write(request, record)
    queued = processor(request.app)
    if queued is not None:
        queued.submit([document_id])
    return {"document_id": document_id, "status": result.status, "filename": filename,
            "url": f"/documents/{document_id}", "published_from": dated,
            "processing_url": f"/api/documents/{document_id}/processing"}


def processor(app: FastAPI) -> BackgroundProcessor | None:
    """The application's background processor (made on first use); None in the public view, which
    never changes the store."""
    if app.state.settings.public_mode:
        return None
    found: BackgroundProcessor | None = getattr(app.state, "processor", None)
    if found is None:
        store: Store = app.state.store
        found = app.state.processor = BackgroundProcessor(store, write=partial(run_write, store))
    return found


@asynccontextmanager
async def background_processing(app: FastAPI) -> AsyncIterator[None]:
    """At start, queue the uploads a stopped server left unfinished; at shutdown, stop after the
    document in hand (what is left stays pending for the next start or `harmledger process`)."""
    found = processor(app)
    if found is not None:
        store: Store = app.state.store

        def pending() -> list[str]:
            with store.session() as session:
                return unfinished(session)

        try:
            found.submit(await anyio.to_thread.run_sync(pending))
        except StoreError as exc:  # the server still serves; `harmledger process` finishes the work
            logger.warning("could not look for unfinished uploads (%s): %s", exc.code, exc.message)
    try:
        yield
    finally:
        if found is not None:
            await anyio.to_thread.run_sync(found.stop)


class UploadLimit:
    """Refuses a request body past the limit while it arrives, before anything parses it: the upload
    limit for the two upload paths, ``other_limit`` for every other body (a correction or a JSON change
    is a few kilobytes; without a limit one request could fill the memory).

    The form parser would otherwise spool a body of any size to disk before the handler could look at it.
    """

    PATHS = ("/upload", "/api/documents")

    def __init__(self, app: ASGIApp, *, limit: int, other_limit: int = 1024 * 1024) -> None:
        # Room for the form's other fields and the multipart framing.
        self.app, self.limit, self.other_limit = app, limit + 64 * 1024, other_limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        if scope["method"] == "POST" and scope["path"] in self.PATHS:
            limit = self.limit
            message = f"the upload is over the limit of {limit - 64 * 1024} bytes; split it or use `harmledger ingest`"
        else:
            limit = self.other_limit
            message = f"the request body is over {limit} bytes; send smaller changes"
        length = dict(scope["headers"]).get(b"content-length")
        if length is not None and length.isdigit() and int(length) > limit:
            response = JSONResponse(error_body(413, "too_large", message), status_code=413)
            await response(scope, receive, send)
            return
        seen = 0

        async def counted() -> Message:
            nonlocal seen
            msg = await receive()
            if msg["type"] == "http.request":
                seen += len(msg.get("body", b""))
                if seen > limit:
                    # An HTTPException, which the framework's body parsing passes on as it is.
                    raise HTTPException(413, message)
            return msg

        await self.app(scope, counted, send)
