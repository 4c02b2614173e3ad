"""The report of the statistics page's filters, as a download: /stats/report (HTML, or ?format=pdf) and
the full incident list it names when it lists only the deadliest (/stats/report/incidents.csv).

Readable by whoever may read /stats (so in the public view too); sources marked restricted are left
out whenever the request may not see them (the public view, or nobody logged in), as on every page.
"""

from __future__ import annotations

import io
from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response
from sqlalchemy.orm import Session

from ..api.deps import DbSession, Public
from ..api.errors import ApiError
from ..api.filters import IncidentQuery
from ..api.guard import GuardedRoute
from ..publish.filters import IncidentFilter
from ..publish.report import ReportOptions, build_report, render_html, write_incident_csv
from ..publish.report.pdf import ChromiumNotFoundError, PdfPrintError, html_to_pdf
from .browse import Filter, ReviewedOnly

router = APIRouter(include_in_schema=False, route_class=GuardedRoute)
Title = Annotated[str | None, Query(max_length=300, description="The report's title.")]
Cap = Annotated[int, Query(ge=1, le=5000, description="Incidents listed in the report.")]


def _publish_filter(flt: IncidentQuery) -> IncidentFilter:
    published: IncidentFilter | None = flt.to_publish()
    return published or IncidentFilter()


def _csv_url(request: Request, flt: IncidentQuery, reviewed_only: bool) -> str:
    params = {**flt.params(), **({"reviewed_only": "true"} if reviewed_only else {})}
    return str(request.url_for("report_incidents_csv").include_query_params(**params))


def _attachment(name: str) -> dict[str, str]:
    return {"Content-Disposition": f'attachment; filename="{name}"'}


def _html(request: Request, session: Session, flt: IncidentQuery, reviewed_only: bool, public: bool,
          title: str | None, cap: int) -> str:
    options = ReportOptions(title=title.strip() if title and title.strip() else None, reviewed_only=reviewed_only,
                            cap=cap, public=public, csv_name="harmledger-incidents.csv",
                            csv_href=_csv_url(request, flt, reviewed_only))
    return render_html(build_report(session, _publish_filter(flt), options))


@router.get("/stats/report")
def report_download(request: Request, session: DbSession, flt: Filter, public: Public,
                    reviewed_only: ReviewedOnly = False, format: Literal["html", "pdf"] = "html",
                    title: Title = None, cap: Cap = 500) -> Response:
    html = _html(request, session, flt, reviewed_only, public, title, cap)
    if format == "html":
        return Response(html, media_type="text/html; charset=utf-8", headers=_attachment("harmledger-report.html"))
    try:
        pdf = html_to_pdf(html)
    except ChromiumNotFoundError as exc:
        raise ApiError(503, f"[{exc.code}] this server has no Chromium to print the PDF with; its administrator can "
                       "install it (apt-get install chromium). The HTML report needs nothing: download that and "
                       "print it", code="unavailable") from exc
    except PdfPrintError as exc:
        raise ApiError(500, f"[{exc.code}] {exc.message}", code="internal") from exc
    return Response(pdf, media_type="application/pdf", headers=_attachment("harmledger-report.pdf"))


@router.get("/stats/report/incidents.csv", name="report_incidents_csv")
def report_incidents_csv(session: DbSession, flt: Filter, public: Public,
                         reviewed_only: ReviewedOnly = False) -> Response:
    out = io.StringIO()
    write_incident_csv(session, _publish_filter(flt), out, reviewed_only=reviewed_only, public=public)
    return Response(out.getvalue(), media_type="text/csv; charset=utf-8", headers=_attachment("harmledger-incidents.csv"))
