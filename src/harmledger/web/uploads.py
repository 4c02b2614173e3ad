"""The upload page: several reports at once, each stored, then processed in the background; the page
lists the latest uploads with their state and follows it through /upload/status (static/upload.js)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request, UploadFile
from fastapi.responses import Response
from sqlalchemy.orm import Session

from ..api.deps import DbSession
from ..api.errors import ApiError
from ..api.guard import GuardedRoute
from ..api.security import hides_restricted
from ..api.upload import accept_upload, parse_date, processor
from ..api.writes import in_thread
from ..processing.uploads import recent_uploads, states
from .render import render

router = APIRouter(include_in_schema=False, route_class=GuardedRoute)
RECENT = 20
MAX_IDS = 100
# States that change by themselves; the page asks again while a row is in one of them.
MOVING = ("queued", "processing", "linking")


def summary(item: dict[str, Any]) -> str:
    """The line a person reads for one upload's state (the page and its updates say the same)."""
    state = item["state"]
    if state == "done":
        mentions, links = item["mentions"], item["links"]
        return (f"done: {mentions} {'mention' if mentions == 1 else 'mentions'} read, "
                f"{links} {'link' if links == 1 else 'links'} to incidents")
    if state == "failed":
        return f"failed: {item['error']}"
    if state == "linking":
        return "extracted; linking to incidents"
    if state == "processing":
        return "processing (extracting and geocoding)"
    if state == "missing":
        return "not in the store"
    return "queued"


def with_summaries(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{**item, "summary": summary(item)} for item in items]


def _recent(request: Request, session: Session) -> list[dict[str, Any]]:
    names = recent_uploads(session, RECENT)
    items = with_summaries(states(session, list(names), processor(request.app)))
    return [{**item, "filename": names[item["document_id"]]} for item in items]


def upload_view(request: Request, session: Session, *, accepted: list[dict[str, Any]] | None = None,
                refused: list[dict[str, str]] | None = None, status_code: int = 200) -> Response:
    """The form, what the last post did with each file, and the latest uploads with their state."""
    rows = [] if hides_restricted(request, session) else _recent(request, session)
    return render(request, session, "upload.html", status_code=status_code,
                  limit=request.app.state.settings.max_upload_bytes, accepted=accepted, refused=refused or [],
                  uploads=rows, moving=MOVING)


async def upload_files(request: Request, files: list[UploadFile], *, source: str | None, published: str | None,
                       restricted: bool, language: str | None = None) -> Response:
    """Store each file on its own: one refused file (wrong type, empty, unreadable) does not stop the others."""
    parse_date(published)  # a wrong date is the form's mistake, for every file: refused before any is stored
    accepted: list[dict[str, Any]] = []
    refused: list[dict[str, str]] = []
    for file in files:
        name = file.filename or "upload"
        if not file.filename and not file.size:
            continue  # the browser's empty part when no file was chosen
        try:
            accepted.append(await accept_upload(request, file, source=source, published=published,
                                                restricted=restricted, language=language))
        except ApiError as exc:
            if exc.status in (401, 403):
                raise
            refused.append({"filename": name, "error": exc.message})
    if not accepted and not refused:
        raise ApiError(422, "choose at least one file to upload", code="invalid")
    status = 200 if accepted else 422
    return await in_thread(request, lambda session: upload_view(request, session, accepted=accepted,
                                                                refused=refused, status_code=status))


@router.get("/upload/status")
def upload_status(request: Request, session: DbSession,
                  ids: Annotated[list[str], Query(max_length=MAX_IDS)]) -> dict[str, Any]:
    """The state of each upload in ``ids`` (the page's updates), for a logged-in user of the internal server."""
    if hides_restricted(request, session):
        raise ApiError(401, "log in on the internal server to follow uploads")
    items = with_summaries(states(session, ids[:MAX_IDS], processor(request.app)))
    return {"items": items, "moving": any(item["state"] in MOVING for item in items)}
