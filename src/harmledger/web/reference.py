"""Reference pages: the audit trail and the API documentation."""

from __future__ import annotations

from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from ..api.deps import DbSession, PagingDep
from ..api.guard import GuardedRoute
from ..api.routers.auth import require_reader
from ..review import audit
from .render import render

# Only reads here; GuardedRoute anyway so a write route added later is checked before its form is parsed.
router = APIRouter(include_in_schema=False, route_class=GuardedRoute)


@router.get("/audit")
def audit_page(request: Request, session: DbSession, page: PagingDep,
               entity_id: Annotated[str | None, Query(max_length=200)] = None) -> Response:
    require_reader(request, session)
    rows, total = audit.entries_for(session, None, entity_id, limit=page.limit, offset=page.offset)
    nxt = urlencode({"offset": page.offset + page.limit}) if page.offset + page.limit < total else None
    return render(request, session, "audit.html", entries=rows, total=total, verify=audit.verify(session),
                  next_query=nxt, entity_id=entity_id)


@router.get("/api/docs")
def api_docs(request: Request, session: DbSession) -> Response:
    """The API reference, rendered from the OpenAPI schema on the server (no script from a CDN)."""
    schema = request.app.openapi()
    operations = []
    for path, methods in schema.get("paths", {}).items():
        for method, op in methods.items():
            params = [{"name": p.get("name"), "in": p.get("in"), "required": p.get("required", False),
                       "description": p.get("description") or p.get("schema", {}).get("description", "")}
                      for p in op.get("parameters", [])]
            operations.append({"path": path, "method": method.upper(), "summary": op.get("summary", ""),
                               "description": op.get("description", ""), "tag": (op.get("tags") or ["other"])[0],
                               "params": params, "body": "requestBody" in op})
    return render(request, session, "api_docs.html", info=schema.get("info", {}), operations=operations)
