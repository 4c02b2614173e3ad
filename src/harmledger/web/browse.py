"""The pages for browsing incidents and reports: map, timeline, statistics, the incident list, search."""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response
from sqlalchemy.orm import Session

from ..api.aggregates import Encoded, facets, stats
from ..api.deps import DbSession, PagingDep
from ..api.filters import IncidentQuery, incident_query
from ..api.guard import GuardedRoute
from ..api.queries import list_incidents
from ..api.search import search_documents
from ..api.security import hides_restricted
from ..review.fields import GRADES, STATUSES
from .charts import auto_period, bars, fill_periods, hbars
from .render import render

# Only reads here; GuardedRoute anyway so a write route added later is checked before its form is parsed.
router = APIRouter(include_in_schema=False, route_class=GuardedRoute)
Filter = Annotated[IncidentQuery, Depends(incident_query)]
LIST_SORTS = {"-date": "newest first", "date": "oldest first", "-killed": "most killed first",
              "-updated": "recently changed first"}


def _facets(request: Request, session: Session) -> dict[str, list[str]]:
    result: Encoded = request.app.state.cache.get_or_compute(
        session, "facets", lambda: Encoded(facets(session, request.app.state.chunks)))
    return result.data


@router.get("/")
def map_page(request: Request, session: DbSession, flt: Filter) -> Response:
    return render(request, session, "map.html", flt=flt, facets=_facets(request, session), api_query=urlencode(flt.params()))


ReviewedOnly = Annotated[bool, Query(description="Count only incidents an analyst has reviewed.")]


def _stats(request: Request, session: Session, flt: IncidentQuery, period: str,
           reviewed_only: bool = False) -> dict[str, Any]:
    # The same cache key as /api/stats, so the page and the API share one computation.
    result: Encoded = request.app.state.cache.get_or_compute(
        session, f"stats:{period}:{reviewed_only}:{flt.key()}",
        lambda: Encoded(stats(session, flt, period=period, reviewed_only=reviewed_only,
                              chunks=request.app.state.chunks)))
    return result.data


def _period_stats(request: Request, session: Session, flt: IncidentQuery,
                  period: str | None, reviewed_only: bool = False) -> tuple[str, dict[str, Any], bool]:
    """The statistics per ``period``; without one, per month unless that would be too many bars to read."""
    data = _stats(request, session, flt, period or "month", reviewed_only)
    if period is None and auto_period(data["by_period"]) == "year":
        return "year", _stats(request, session, flt, "year", reviewed_only), True
    return period or "month", data, False


def _review_links(flt: IncidentQuery, reviewed_only: bool, **extra: str) -> dict[str, Any]:
    """Query strings for the API link and for switching between all and reviewed-only figures."""
    params = {**flt.params(), **extra}
    reviewed = {**params, "reviewed_only": "true"}
    return {"api_query": urlencode(reviewed if reviewed_only else params), "all_query": urlencode(params),
            "reviewed_query": urlencode(reviewed)}


@router.get("/timeline")
def timeline_page(request: Request, session: DbSession, flt: Filter,
                  period: Annotated[str | None, Query(pattern="^(day|week|month|year)$")] = None,
                  reviewed_only: ReviewedOnly = False) -> Response:
    chosen = period
    period, data, auto = _period_stats(request, session, flt, period, reviewed_only)
    series = fill_periods(data["by_period"], period)
    return render(request, session, "timeline.html", flt=flt, facets=_facets(request, session), period=period,
                  auto_period=auto, stats=data, incidents_chart=bars(series, "incidents"),
                  killed_chart=bars(series, "killed"), injured_chart=bars(series, "injured"),
                  reviewed_only=reviewed_only, **_review_links(flt, reviewed_only, **({"period": chosen} if chosen else {})))


@router.get("/stats")
def stats_page(request: Request, session: DbSession, flt: Filter, reviewed_only: ReviewedOnly = False) -> Response:
    period, data, auto = _period_stats(request, session, flt, None, reviewed_only)
    if auto:
        data = {**_stats(request, session, flt, "month", reviewed_only), "by_period": data["by_period"]}
    charts = {name: hbars(data[f"by_{name}"], "killed") for name in ("admin1", "weapon", "target", "perpetrator")}
    return render(request, session, "stats.html", flt=flt, facets=_facets(request, session), stats=data,
                  charts=charts, period=period, period_chart=bars(fill_periods(data["by_period"], period), "killed"),
                  reviewed_only=reviewed_only, **_review_links(flt, reviewed_only))


@router.get("/incidents")
def incidents_page(request: Request, session: DbSession, flt: Filter, page: PagingDep,
                   sort: str = "-date") -> Response:
    sort = sort if sort in LIST_SORTS else "-date"
    items, total = list_incidents(session, flt, limit=page.limit, offset=page.offset, sort=sort,
                                  cache=request.app.state.id_cache)
    params = {**flt.params(), **({"sort": sort} if sort != "-date" else {})}
    nxt = urlencode({**params, "offset": page.offset + page.limit}) if page.offset + page.limit < total else None
    prev = urlencode({**params, "offset": max(0, page.offset - page.limit)}) if page.offset else None
    return render(request, session, "incidents.html", flt=flt, facets=_facets(request, session), items=items,
                  total=total, page=page, next_query=nxt, prev_query=prev, sort=sort, sorts=LIST_SORTS,
                  grades=GRADES, statuses=STATUSES)


@router.get("/search")
def search_page(request: Request, session: DbSession, page: PagingDep,
                q: Annotated[str, Query(max_length=300)] = "") -> Response:
    items, total = search_documents(session, q, limit=page.limit, offset=page.offset,
                                    public=hides_restricted(request, session),
                                    store=request.app.state.store) if q.strip() else ([], 0)
    nxt = urlencode({"q": q, "offset": page.offset + page.limit}) if page.offset + page.limit < total else None
    return render(request, session, "search.html", q=q, items=items, total=total, next_query=nxt, offset=page.offset)
