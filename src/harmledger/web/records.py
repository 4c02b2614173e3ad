"""The page of one incident (with its correction form and audit trail) and the page of one report."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response

from ..api.deps import DbSession
from ..api.guard import GuardedRoute
from ..api.queries import get_document, visible_document
from ..api.security import hides_restricted
from ..api.upload import UPLOAD_DATE
from .documents import original_facts, paragraphs
from .forms import incident_view
from .render import render

# How a document's date was found, when a reader should know it is not a date the report states.
DATED_BY = {UPLOAD_DATE: "the day of its upload: the report states no date", "dateline": "read from its dateline"}
# Only reads here; GuardedRoute anyway so a write route added later is checked before its form is parsed.
router = APIRouter(include_in_schema=False, route_class=GuardedRoute)


@router.get("/incidents/{incident_id}")
def incident_page(incident_id: str, request: Request, session: DbSession) -> Response:
    return incident_view(request, session, incident_id)


@router.get("/documents/{document_id}")
def document_page(document_id: str, request: Request, session: DbSession) -> Response:
    public = hides_restricted(request, session)
    document = get_document(session, document_id, public=public)
    row = visible_document(session, document_id, public=public)
    original = original_facts(request.app.state.store, row)
    return render(request, session, "document.html", document=document, original=original,
                  paragraphs=paragraphs(document["segments"]), dated_by=DATED_BY.get(row.published_from or ""))
