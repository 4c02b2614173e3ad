"""The pages. They read through the same functions as the API and change things through the same
review actions, with the same checks (role, CSRF, public view)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, FastAPI, File, Form, Query, Request, UploadFile
from fastapi.responses import RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from sqlalchemy.orm import Session

from ..api.aggregates import facets, stats
from ..api.deps import DbSession, PagingDep
from ..api.errors import ApiError
from ..api.filters import IncidentQuery, incident_query
from ..api.guard import GuardedRoute
from ..api.queries import get_document, get_incident_detail, list_incidents
from ..api.routers.auth import login_user, require_reader
from ..api.search import search_documents
from ..api.security import check_csrf, csrf_token, hides_restricted, log_out, resolve_principal
from ..api.upload import accept_upload
from ..review import actions, audit
from ..review.fields import CORRECTABLE, GRADES, STATUSES, to_json
from ..store.models import Incident
from .charts import auto_period, bars, fill_periods, hbars

DONE = {"correct": "Correction saved.", "confirm": "Confirmed as reviewed.", "grade": "Grade set.",
        "status": "Status set.", "revert": "Back to the machine's values.", "merge": "Incidents merged.",
        "split": "Split off into this new incident."}
TEMPLATES = Path(__file__).resolve().parent / "templates"
# GuardedRoute: the form posts refuse a visitor who may not change anything before the form is parsed.
router = APIRouter(include_in_schema=False, route_class=GuardedRoute)
Filter = Annotated[IncidentQuery, Depends(incident_query)]
FORM_FIELDS = ("killed_low", "killed_best", "killed_high", "injured_low", "injured_best", "injured_high",
               "civilians_killed", "children_killed", "women_killed", "date_start", "date_end", "date_precision",
               "place_name", "place_id", "admin1", "admin1_pcode", "admin2", "lat", "lon", "where_prec", "weapon",
               "weapons", "target", "targets", "perpetrator", "actors", "kind")
LIST_FIELDS = ("weapons", "targets", "actors")


def form_text(field: str, value: Any) -> str:
    """A field's value as the correction form shows it (lists comma-separated, actors as CODE:role)."""
    if value is None:
        return ""
    if field == "actors":
        return ", ".join(f"{a.get('code')}:{a.get('role', 'perpetrator')}" for a in value if isinstance(a, dict))
    if field in LIST_FIELDS:
        return ", ".join(str(v) for v in value)
    return str(to_json(value))


def form_value(field: str, raw: str) -> Any:
    """The form's text as the field's value."""
    if field in LIST_FIELDS:
        parts = [p.strip() for p in raw.split(",") if p.strip()]
        if field == "actors":
            return [{"code": code.strip(), "role": (role.strip() or "perpetrator")}
                    for code, _, role in (p.partition(":") for p in parts)]
        return parts
    return raw or None


def _templates(request: Request) -> Jinja2Templates:
    templates: Jinja2Templates = request.app.state.templates
    return templates


def render(request: Request, session: Session, name: str, status_code: int = 200, **context: Any) -> Response:
    settings = request.app.state.settings
    principal = resolve_principal(request, session)
    base = {"user": principal, "csrf_token": csrf_token(request), "public": settings.public_mode,
            "tile_url": settings.tile_url or "", "can_edit": bool(principal and principal.can_edit
                                                                  and not settings.public_mode)}
    return _templates(request).TemplateResponse(request, name, {**base, **context}, status_code=status_code)


def _facets(request: Request, session: Session) -> dict[str, list[str]]:
    result: dict[str, list[str]] = request.app.state.cache.get_or_compute(
        session, "facets", lambda: facets(session))
    return result


@router.get("/")
def map_page(request: Request, session: DbSession, flt: Filter) -> Response:
    return render(request, session, "map.html", flt=flt, facets=_facets(request, session), api_query=urlencode(flt.params()))


def _stats(request: Request, session: Session, flt: IncidentQuery, period: str) -> dict[str, Any]:
    result: dict[str, Any] = request.app.state.cache.get_or_compute(
        session, f"stats:{period}:{flt.key()}", lambda: stats(session, flt, period=period))
    return result


def _period_stats(request: Request, session: Session, flt: IncidentQuery,
                  period: str | None) -> tuple[str, dict[str, Any], bool]:
    """The statistics per ``period``; without one, per month unless that would be too many bars to read."""
    data = _stats(request, session, flt, period or "month")
    if period is None and auto_period(data["by_period"]) == "year":
        return "year", _stats(request, session, flt, "year"), True
    return period or "month", data, False


@router.get("/timeline")
def timeline_page(request: Request, session: DbSession, flt: Filter,
                  period: Annotated[str | None, Query(pattern="^(day|week|month|year)$")] = None) -> Response:
    period, data, auto = _period_stats(request, session, flt, period)
    series = fill_periods(data["by_period"], period)
    return render(request, session, "timeline.html", flt=flt, facets=_facets(request, session), period=period,
                  auto_period=auto, stats=data, incidents_chart=bars(series, "incidents"),
                  killed_chart=bars(series, "killed"), injured_chart=bars(series, "injured"))


@router.get("/stats")
def stats_page(request: Request, session: DbSession, flt: Filter) -> Response:
    period, data, auto = _period_stats(request, session, flt, None)
    if auto:
        data = {**_stats(request, session, flt, "month"), "by_period": data["by_period"]}
    charts = {name: hbars(data[f"by_{name}"], "killed") for name in ("admin1", "weapon", "target", "perpetrator")}
    return render(request, session, "stats.html", flt=flt, facets=_facets(request, session), stats=data,
                  charts=charts, period=period, period_chart=bars(fill_periods(data["by_period"], period), "killed"),
                  api_query=urlencode(flt.params()))


LIST_SORTS = {"-date": "newest first", "date": "oldest first", "-killed": "most killed first",
              "-updated": "recently changed first"}


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


@router.get("/incidents/{incident_id}")
def incident_page(incident_id: str, request: Request, session: DbSession) -> Response:
    hidden = hides_restricted(request, session)
    incident = get_incident_detail(session, incident_id, public=hidden)
    trail: list[Any] = []
    if not hidden:  # logged in on the internal server
        trail, _ = audit.entries_for(session, "incident", incident_id, limit=20)
    row = session.get(Incident, incident_id)
    form_values = {f: form_text(f, getattr(row, f)) for f in FORM_FIELDS} if row is not None else {}
    return render(request, session, "incident.html", incident=incident, grades=GRADES, statuses=STATUSES,
                  trail=trail, warnings=figure_warnings(incident.get("casualties") or {}), form_fields=FORM_FIELDS, form_values=form_values)


def figure_warnings(casualties: dict[str, Any]) -> list[str]:
    """Figures that contradict each other (a correction to one figure can leave another behind):
    a best estimate outside its low-high range, a part larger than the whole."""
    out: list[str] = []
    for what in ("killed", "injured"):
        c = casualties.get(what) or {}
        low, best, high = c.get("low"), c.get("best"), c.get("high")
        if low is not None and high is not None and low > high:
            out.append(f"{what}: low {low} is above high {high}")
        if best is not None and low is not None and best < low:
            out.append(f"{what}: best {best} is below low {low}")
        if best is not None and high is not None and best > high:
            out.append(f"{what}: best {best} is above high {high}")
    killed = casualties.get("killed") or {}
    total = killed.get("high") if killed.get("high") is not None else killed.get("best")
    for part in ("civilians", "children", "women"):
        value = killed.get(part)
        if value is not None and total is not None and value > total:
            out.append(f"killed: {part} {value} is more than the {total} killed")
    return out


def _changed_fields(incident: Incident, form: dict[str, str]) -> dict[str, Any]:
    """The form values that differ from the incident's current values (the form shows them all)."""
    changes: dict[str, Any] = {}
    for field in FORM_FIELDS:
        if field not in form:
            continue
        raw = form[field].strip()
        current = to_json(getattr(incident, field))
        if raw == form_text(field, getattr(incident, field)):
            continue
        try:
            if current is not None and raw and field in ("lat", "lon") and float(raw) == float(current):
                continue
        except ValueError:
            pass
        changes[field] = form_value(field, raw)
    if ("lat" in changes) != ("lon" in changes):
        for field in ("lat", "lon"):
            changes.setdefault(field, form.get(field, "").strip() or None)
    return changes


@router.post("/incidents/{incident_id}/review")
async def review_incident(incident_id: str, request: Request, session: DbSession) -> Response:
    from ..api.security import require_editor

    user = await require_editor(request, session)
    form = {k: v for k, v in (await request.form()).items() if isinstance(v, str)}
    op = form.get("op", "")
    target = incident_id
    if op == "correct":
        incident = session.get(Incident, incident_id)
        if incident is None:
            raise ApiError(404, f"no incident {incident_id!r}")
        changes = _changed_fields(incident, form)
        if not changes:
            return RedirectResponse(f"/incidents/{incident_id}?msg=Nothing+changed.", status_code=303)
        try:
            actions.correct(session, user, incident_id, changes)
        except ValueError as exc:
            raise ApiError(422, str(exc).splitlines()[0] if str(exc) else "invalid value", code="invalid") from exc
    elif op == "confirm":
        actions.confirm(session, user, incident_id)
    elif op == "grade":
        actions.set_grade(session, user, incident_id, form.get("grade", ""))
    elif op == "status":
        actions.set_status(session, user, incident_id, form.get("status", ""))
    elif op == "revert":
        actions.revert(session, user, incident_id, [f for f in form.get("fields", "").split(",") if f in CORRECTABLE])
    elif op == "merge":
        others = [i.strip() for i in form.get("other_ids", "").replace(",", " ").split() if i.strip()]
        actions.merge_incidents(session, user, incident_id, others)
    elif op == "split":
        ids = [int(v) for k, v in (await request.form()).multi_items()
               if k == "mention_id" and isinstance(v, str) and v.isdigit()]
        target = actions.split_incident(session, user, incident_id, ids).id
    else:
        raise ApiError(400, f"unknown review operation {op!r}")
    return RedirectResponse(f"/incidents/{target}?{urlencode({'msg': DONE[op]})}", status_code=303)


@router.post("/mentions/{mention_id}/reject")
async def reject_mention(mention_id: int, request: Request, session: DbSession) -> Response:
    from ..api.security import require_editor

    user = await require_editor(request, session)
    form = await request.form()
    mention = actions.reject_mention(session, user, mention_id, form.get("rejected", "1") == "1")
    back = f"/documents/{mention.document_id}"
    referer = request.headers.get("referer", "")
    if "/incidents/" in referer:
        back = "/incidents/" + referer.split("/incidents/", 1)[1].split("?", 1)[0]
    return RedirectResponse(f"{back}?msg=Mention+updated.", status_code=303)


@router.post("/documents/{document_id}/restricted")
async def restrict_document(document_id: str, request: Request, session: DbSession) -> Response:
    from ..api.security import require_editor

    user = await require_editor(request, session)
    form = await request.form()
    actions.set_restricted(session, user, document_id, form.get("restricted") == "1")
    return RedirectResponse(f"/documents/{document_id}?msg=Saved.", status_code=303)


@router.get("/documents/{document_id}")
def document_page(document_id: str, request: Request, session: DbSession) -> Response:
    document = get_document(session, document_id, public=hides_restricted(request, session))
    return render(request, session, "document.html", document=document)


@router.get("/search")
def search_page(request: Request, session: DbSession, page: PagingDep,
                q: Annotated[str, Query(max_length=300)] = "") -> Response:
    items, total = search_documents(session, q, limit=page.limit, offset=page.offset,
                                    public=hides_restricted(request, session)) if q.strip() else ([], 0)
    nxt = urlencode({"q": q, "offset": page.offset + page.limit}) if page.offset + page.limit < total else None
    return render(request, session, "search.html", q=q, items=items, total=total, next_query=nxt, offset=page.offset)


@router.get("/upload")
def upload_page(request: Request, session: DbSession) -> Response:
    return render(request, session, "upload.html", limit=request.app.state.settings.max_upload_bytes, result=None)


@router.post("/upload")
async def upload_post(request: Request, session: DbSession, file: Annotated[UploadFile, File()],
                      source: Annotated[str | None, Form()] = None, published: Annotated[str | None, Form()] = None,
                      restricted: Annotated[str | None, Form()] = None) -> Response:
    from ..api.security import require_editor

    user = await require_editor(request, session)
    result = await accept_upload(request, session, user, file, source=source, published=published,
                                 restricted=restricted == "1")
    return render(request, session, "upload.html", limit=request.app.state.settings.max_upload_bytes, result=result)


@router.get("/login")
def login_page(request: Request, session: DbSession, next: str = "/") -> Response:
    return render(request, session, "login.html", next=_safe_next(next), error=None)


def _safe_next(value: str) -> str:
    # Only paths on this site, so the login form cannot send anyone elsewhere. Browsers read "/\\host"
    # and "/<tab>/host" as "//host", so backslashes and control characters are refused too.
    if not value.startswith("/") or value.startswith("//") or "\\" in value or any(ord(c) < 32 for c in value):
        return "/"
    return value


@router.post("/login")
async def login_post(request: Request, session: DbSession, username: Annotated[str, Form(max_length=100)],
                     password: Annotated[str, Form(max_length=1000)], next: Annotated[str, Form()] = "/") -> Response:
    await check_csrf(request)
    try:
        login_user(request, session, username, password)
    except ApiError as exc:
        if exc.status not in (401, 429):
            raise
        return render(request, session, "login.html", status_code=exc.status, next=_safe_next(next), error=exc.message)
    return RedirectResponse(_safe_next(next), status_code=303)


@router.post("/logout")
async def logout_post(request: Request, session: DbSession) -> Response:
    await check_csrf(request)
    log_out(request, session)
    return RedirectResponse("/", status_code=303)


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


def _fmt_number(value: Any) -> str:
    return "–" if value is None else f"{value:,}" if isinstance(value, int) else str(value)


def _show(value: Any) -> str:
    """A field value as a person reads it: lists joined, actors as CODE (role)."""
    if value is None:
        return "–"
    if isinstance(value, list):
        return ", ".join(_show(v) for v in value) or "–"
    if isinstance(value, dict):
        if "code" in value:
            return f"{value['code']} ({value.get('role', '')})" if value.get("role") else str(value["code"])
        return ", ".join(f"{k}: {_show(v)}" for k, v in value.items())
    return str(value)


def when(date: dict[str, Any]) -> str:
    """An incident's date as precise as it is known: ``1982`` for a year, ``2017-04`` for a month, a range
    when start and end differ, so a year-precision date does not read as 1 January."""
    start, end, precision = date.get("start"), date.get("end"), date.get("precision")
    if not start:
        return "undated"
    if precision == "year":
        return str(start)[:4]
    if precision == "month":
        return str(start)[:7]
    return f"{start} – {end}" if end and end != start else str(start)


def place_line(place: dict[str, Any]) -> str:
    """Place, district, governorate without repeating a name (Hama, Hama, Hama reads as a mistake)."""
    parts: list[str] = []
    for name in (place.get("name"), place.get("admin2"), place.get("admin1")):
        if name and name not in parts:
            parts.append(str(name))
    return ", ".join(parts) or "–"


FIELD_LABELS = {
    "killed_low": "killed, low", "killed_best": "killed, best estimate", "killed_high": "killed, high",
    "injured_low": "injured, low", "injured_best": "injured, best estimate", "injured_high": "injured, high",
    "civilians_killed": "civilians killed", "children_killed": "children killed", "women_killed": "women killed",
    "date_start": "date, first day", "date_end": "date, last day", "date_precision": "date precision",
    "place_name": "place", "place_id": "gazetteer id", "admin1": "governorate", "admin1_pcode": "governorate code",
    "admin2": "district", "country": "country", "lat": "latitude", "lon": "longitude",
    "where_prec": "place precision (1 exact … 6 country)", "weapon": "main weapon", "weapons": "weapons",
    "target": "main target", "targets": "targets", "perpetrator": "perpetrator", "actors": "actors (CODE:role)",
    "kind": "kind", "grade": "grade",
}


def field_label(field: str) -> str:
    """A field's name as a monitor reads it; the template shows the stored name beside it for the API."""
    return FIELD_LABELS.get(field, field.replace("_", " "))


def _fmt_date(value: Any) -> str:
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S")
    return "–" if value is None else str(value)


def changes(before: Any, after: Any, prefix: str = "") -> list[str]:
    """What an audit entry changed, one "field: before → after" line per changed value."""
    # Something created (nothing before) or removed (nothing after) lists its fields one by one too.
    if before is None and isinstance(after, dict):
        before = {}
    if after is None and isinstance(before, dict):
        after = {}
    if not isinstance(before, dict) or not isinstance(after, dict):
        if before == after:
            return []
        return [f"{prefix or 'value'}: {_short(before)} → {_short(after)}"]
    out: list[str] = []
    for key in sorted(set(before) | set(after)):
        b, a = before.get(key), after.get(key)
        if b == a:
            continue
        if isinstance(b, dict) and isinstance(a, dict) and key != "overrides":
            out.extend(changes(b, a, f"{prefix}{key}."))
        elif key != "overrides":
            out.append(f"{prefix}{key}: {_short(b)} → {_short(a)}")
    return out


def _short(value: Any) -> str:
    text = "–" if value is None else str(value)
    return text if len(text) <= 80 else text[:77] + "…"


def install_pages(app: FastAPI) -> None:
    templates = Jinja2Templates(directory=str(TEMPLATES))
    env = templates.env
    env.autoescape = True  # every template, whatever its name: report text is shown as text
    env.filters["num"] = _fmt_number
    env.filters["day"] = _fmt_date
    env.filters["show"] = _show
    env.filters["when"] = when
    env.filters["label"] = field_label
    env.filters["place_line"] = place_line
    env.globals["urlencode"] = urlencode
    env.globals["changes"] = changes
    app.state.templates = templates
    app.include_router(router)
