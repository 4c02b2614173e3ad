"""The page of one incident (with its correction form and audit trail) and the page of one report."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response

from ..api.deps import DbSession
from ..api.guard import GuardedRoute
from ..api.queries import get_document, get_incident_detail
from ..api.security import hides_restricted
from ..geo.store_places import FEATURE_TYPES
from ..review import audit
from ..review.fields import GRADES, STATUSES
from ..review.places import unresolved_names
from ..store.models import Incident
from .display import figure_warnings
from .forms import FORM_FIELDS, form_text
from .render import render

# Only reads here; GuardedRoute anyway so a write route added later is checked before its form is parsed.
router = APIRouter(include_in_schema=False, route_class=GuardedRoute)


@router.get("/incidents/{incident_id}")
def incident_page(incident_id: str, request: Request, session: DbSession) -> Response:
    hidden = hides_restricted(request, session)
    incident = get_incident_detail(session, incident_id, public=hidden)
    trail: list[Any] = []
    unknown: list[str] = []
    if not hidden:  # logged in on the internal server
        trail, _ = audit.entries_for(session, "incident", incident_id, limit=20)
        unknown = unresolved_names(session, incident_id)
    row = session.get(Incident, incident_id)
    form_values = {f: form_text(f, getattr(row, f)) for f in FORM_FIELDS} if row is not None else {}
    return render(request, session, "incident.html", incident=incident, grades=GRADES, statuses=STATUSES,
                  trail=trail, warnings=figure_warnings(incident.get("casualties") or {}), form_fields=FORM_FIELDS,
                  form_values=form_values, unresolved=unknown, feature_types=FEATURE_TYPES)


@router.get("/documents/{document_id}")
def document_page(document_id: str, request: Request, session: DbSession) -> Response:
    document = get_document(session, document_id, public=hides_restricted(request, session))
    return render(request, session, "document.html", document=document)
