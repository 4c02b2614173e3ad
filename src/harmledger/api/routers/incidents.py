"""/api/incidents: list, detail and the analyst's review actions."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Body, Depends, Request
from pydantic import BaseModel, Field

from ..._errors import CorrectionError
from ...review import actions
from ...review.fields import Correction
from ..deps import DbSession, PagingDep, Public
from ..errors import ApiError
from ..filters import SORTS, IncidentQuery, incident_query
from ..guard import GuardedRoute
from ..queries import get_incident_detail, incident_summary, list_incidents
from ..writes import write

router = APIRouter(prefix="/api", tags=["incidents"], route_class=GuardedRoute)
Filter = Annotated[IncidentQuery, Depends(incident_query)]


@router.get("/incidents", summary="List incidents, filtered and paged")
def incidents(request: Request, session: DbSession, flt: Filter, page: PagingDep, sort: str = "-date") -> dict[str, Any]:
    """Incidents (not merged away), newest first by default. ``sort``: one of date, -date, killed, -killed, -updated."""
    if sort not in SORTS:
        sort = "-date"
    items, total = list_incidents(session, flt, limit=page.limit, offset=page.offset, sort=sort,
                                  cache=request.app.state.id_cache, chunks=request.app.state.chunk_counts)
    return {"items": items, "total": total, "limit": page.limit, "offset": page.offset}


@router.get("/incidents/{incident_id}", summary="One incident with its sources and evidence")
def incident(incident_id: str, session: DbSession, public: Public) -> dict[str, Any]:
    """Figures (effective, machine and analyst values), grade, status and every source report with the
    sentences each value came from."""
    return get_incident_detail(session, incident_id, public=public)


class GradeBody(BaseModel):
    grade: str = Field(description="confirmed, fair, weak, contested or discounted")


class StatusBody(BaseModel):
    status: str = Field(description="machine, reviewed or final")


class MergeBody(BaseModel):
    other_ids: list[str] = Field(min_length=1, description="Incidents merged into this one (kept, marked merged).")


class SplitBody(BaseModel):
    mention_ids: list[int] = Field(min_length=1, description="Mentions that move to a new incident.")


class RevertBody(BaseModel):
    fields: list[str] = Field(min_length=1, description="Fields whose analyst value is dropped.")


@router.patch("/incidents/{incident_id}", summary="Correct fields (analyst)")
async def correct(incident_id: str, request: Request, body: Annotated[Correction, Body()]) -> dict[str, Any]:
    """Override any of the fields given, with a ``reason``; the machine's values stay visible beside them.
    A correction that breaks a rule (figures or dates out of order, an unknown code or place, no reason)
    is a 422 and nothing is saved."""
    try:
        return await write(request, lambda s, user: incident_summary(actions.correct(s, user, incident_id, body)))
    except CorrectionError as exc:
        raise ApiError(422, exc.message, code="invalid", details={"ref": exc.code, "field": exc.field}) from exc


@router.post("/incidents/{incident_id}/confirm", summary="Confirm (analyst)")
async def confirm(incident_id: str, request: Request) -> dict[str, Any]:
    return await write(request, lambda s, user: incident_summary(actions.confirm(s, user, incident_id)))


@router.post("/incidents/{incident_id}/grade", summary="Set the grade (analyst)")
async def grade(incident_id: str, body: GradeBody, request: Request) -> dict[str, Any]:
    return await write(request, lambda s, user: incident_summary(actions.set_grade(s, user, incident_id, body.grade)))


@router.post("/incidents/{incident_id}/status", summary="Set the review status (analyst)")
async def status(incident_id: str, body: StatusBody, request: Request) -> dict[str, Any]:
    return await write(request, lambda s, user: incident_summary(actions.set_status(s, user, incident_id, body.status)))


@router.post("/incidents/{incident_id}/revert", summary="Drop analyst values (analyst)")
async def revert(incident_id: str, body: RevertBody, request: Request) -> dict[str, Any]:
    return await write(request, lambda s, user: incident_summary(actions.revert(s, user, incident_id, body.fields)))


@router.post("/incidents/{incident_id}/merge", summary="Merge other incidents into this one (analyst)")
async def merge(incident_id: str, body: MergeBody, request: Request) -> dict[str, Any]:
    return await write(request, lambda s, user: incident_summary(
        actions.merge_incidents(s, user, incident_id, body.other_ids)))


@router.post("/incidents/{incident_id}/split", summary="Split mentions off into a new incident (analyst)")
async def split(incident_id: str, body: SplitBody, request: Request) -> dict[str, Any]:
    """Returns the new incident."""
    return await write(request, lambda s, user: incident_summary(
        actions.split_incident(s, user, incident_id, body.mention_ids)))
