"""The form posts that change things: review of an incident or a mention, a report's access, uploads.
They go through the same review actions as the API, with the same checks (role, CSRF, public view)."""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, File, Form, Request, UploadFile
from fastapi.responses import RedirectResponse, Response
from pydantic import ValidationError
from sqlalchemy.orm import Session

from .._errors import CorrectionError
from ..api.deps import DbSession
from ..api.errors import ApiError
from ..api.guard import GuardedRoute
from ..api.queries import get_incident_detail
from ..api.security import hides_restricted
from ..api.writes import in_thread, write
from ..geo.store_places import FEATURE_TYPES
from ..review import actions, audit
from ..review.fields import CORRECTABLE, GRADES, STATUSES, to_json
from ..review.places import NewPlace, add_place, unresolved_names
from ..review.validate import ACTOR_ROLES, MAX_REASON, choices
from ..store.models import Incident, User
from .display import figure_warnings
from .render import render
from .uploads import upload_files, upload_view

DONE = {"correct": "Correction saved.", "confirm": "Confirmed as reviewed.", "grade": "Grade set.",
        "status": "Status set.", "revert": "Back to the machine's values.", "merge": "Incidents merged.",
        "split": "Split off into this new incident."}
# GuardedRoute: the form posts refuse a visitor who may not change anything before the form is parsed.
router = APIRouter(include_in_schema=False, route_class=GuardedRoute)
# The correction form offers the correctable fields in their order, but the country (it follows the place,
# which the form sets) and the grade (set with its own buttons, needing no reason).
FORM_FIELDS = tuple(f for f in CORRECTABLE if f not in ("country", "grade"))
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


def pickers() -> dict[str, Any]:
    """The correction form's choices from the lexicons: field -> [(code, label)]; actors by role."""
    actors = choices("actors")
    out: dict[str, Any] = {"weapon": choices("weapons"), "weapons": choices("weapons"), "target": choices("targets"),
                           "targets": choices("targets"), "perpetrator": actors}
    # A value the lexicons lack (from before they were checked) stays shown, as itself, not dropped.
    out["known"] = {field: {code for code, _ in options} for field, options in out.items()}
    out["actors"] = [(role, [(f"{code}:{role}", label) for code, label in actors]) for role in ACTOR_ROLES]
    out["known"]["actors"] = {value for _, options in out["actors"] for value, _ in options}
    return out


def _same_list(field: str, raw: str, value: Any) -> bool:
    """Pickers post in their own order: a list field is unchanged when it holds the same items."""
    if field not in LIST_FIELDS:
        return False
    return sorted(map(str, form_value(field, raw))) == sorted(map(str, form_value(field, form_text(field, value))))


def _changed_fields(incident: Incident, form: dict[str, str]) -> dict[str, Any]:
    """The form values that differ from the incident's current values (the form shows them all)."""
    changes: dict[str, Any] = {}
    for field in FORM_FIELDS:
        if field not in form:
            continue
        raw = form[field].strip()
        current = to_json(getattr(incident, field))
        if raw == form_text(field, getattr(incident, field)) or _same_list(field, raw, getattr(incident, field)):
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


def _review(session: Session, user: User, incident_id: str, op: str, form: dict[str, str],
            mention_ids: list[int]) -> str | None:
    """Apply one review operation in the caller's transaction; the incident to show next, or None
    when a correction changed nothing."""
    if op == "correct":
        incident = session.get(Incident, incident_id)
        if incident is None:
            raise ApiError(404, f"no incident {incident_id!r}")
        changes = _changed_fields(incident, form)
        if not changes:
            return None
        try:
            actions.correct(session, user, incident_id, changes, reason=form.get("reason", ""))
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
        return actions.split_incident(session, user, incident_id, mention_ids).id
    return incident_id


def incident_view(request: Request, session: Session, incident_id: str, *, posted: dict[str, str] | None = None,
                  error: CorrectionError | None = None, status_code: int = 200) -> Response:
    """The incident page; after a refused correction, with its message and the analyst's input kept."""
    hidden = hides_restricted(request, session)
    incident = get_incident_detail(session, incident_id, public=hidden)
    trail: list[Any] = []
    unknown: list[str] = []
    if not hidden:  # logged in on the internal server
        trail, _ = audit.entries_for(session, "incident", incident_id, limit=20)
        unknown = unresolved_names(session, incident_id)
    row = session.get(Incident, incident_id)
    form_values = {f: form_text(f, getattr(row, f)) for f in FORM_FIELDS} if row is not None else {}
    if posted is not None:
        form_values.update({f: posted[f] for f in (*FORM_FIELDS, "reason") if f in posted})
    return render(request, session, "incident.html", status_code=status_code, incident=incident, grades=GRADES,
                  statuses=STATUSES, trail=trail, warnings=figure_warnings(incident.get("casualties") or {}),
                  form_fields=FORM_FIELDS, form_values=form_values, unresolved=unknown, feature_types=FEATURE_TYPES,
                  pickers=pickers(), max_reason=MAX_REASON, correction_error=error)


@router.post("/incidents/{incident_id}/review")
async def review_incident(incident_id: str, request: Request) -> Response:
    raw = await request.form()
    form = {k: v for k, v in raw.items() if isinstance(v, str)}
    # Pickers post one value per chosen item (after an empty one, so that choosing none clears the list).
    for field in LIST_FIELDS:
        if field in raw:
            form[field] = ", ".join(v.strip() for v in raw.getlist(field) if isinstance(v, str) and v.strip())
    op = form.get("op", "")
    if op not in DONE:
        raise ApiError(400, f"unknown review operation {op!r}")
    ids = [int(v) for k, v in raw.multi_items() if k == "mention_id" and isinstance(v, str) and v.isdigit()]
    try:
        target = await write(request, lambda session, user: _review(session, user, incident_id, op, form, ids))
    except CorrectionError as exc:
        if op != "correct":
            raise
        refused = exc
        return await in_thread(request, lambda session: incident_view(
            request, session, incident_id, posted=form, error=refused, status_code=422))
    if target is None:
        return RedirectResponse(f"/incidents/{incident_id}?msg=Nothing+changed.", status_code=303)
    return RedirectResponse(f"/incidents/{target}?{urlencode({'msg': DONE[op]})}", status_code=303)


@router.post("/incidents/{incident_id}/gazetteer")
async def add_gazetteer_place(incident_id: str, request: Request) -> Response:
    """The incident page's "add this place to the gazetteer" form (the page's twin of
    ``POST /api/gazetteer/places``)."""
    form = {k: v.strip() for k, v in (await request.form()).items() if isinstance(v, str)}
    alternates = [a.strip() for a in form.get("alternate_names", "").replace(";", ",").split(",") if a.strip()]
    try:
        new = NewPlace.model_validate({
            "name": form.get("name", ""), "lat": form.get("lat", ""), "lon": form.get("lon", ""),
            "feature_type": form.get("feature_type") or "village", "alternate_names": alternates,
            "admin1": form.get("admin1") or None, "incident_id": incident_id})
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first.get("loc", ()))
        hint = " (click the map or choose a look-up result to set the point)" if where in ("lat", "lon") else ""
        raise ApiError(422, f"{where}: {first.get('msg', 'invalid value')}{hint}", code="invalid") from exc
    added = await write(request, lambda session, user: add_place(session, user, new))
    n = len(added.mentions)
    msg = (f"Added {new.name} to the gazetteer ({added.place.get('admin1') or 'no governorate'}); "
           f"{n} {'mention' if n == 1 else 'mentions'} geocoded again.")
    return RedirectResponse(f"/incidents/{incident_id}?{urlencode({'msg': msg})}", status_code=303)


@router.post("/mentions/{mention_id}/reject")
async def reject_mention(mention_id: int, request: Request) -> Response:
    rejected = (await request.form()).get("rejected", "1") == "1"
    document_id = await write(request, lambda session, user: actions.reject_mention(
        session, user, mention_id, rejected).document_id)
    back = f"/documents/{document_id}"
    referer = request.headers.get("referer", "")
    if "/incidents/" in referer:
        back = "/incidents/" + referer.split("/incidents/", 1)[1].split("?", 1)[0]
    return RedirectResponse(f"{back}?msg=Mention+updated.", status_code=303)


@router.post("/documents/{document_id}/restricted")
async def restrict_document(document_id: str, request: Request) -> Response:
    restricted = (await request.form()).get("restricted") == "1"
    await write(request, lambda session, user: actions.set_restricted(session, user, document_id, restricted))
    return RedirectResponse(f"/documents/{document_id}?msg=Saved.", status_code=303)


@router.get("/upload")
def upload_page(request: Request, session: DbSession) -> Response:
    return upload_view(request, session)


@router.post("/upload")
async def upload_post(request: Request, file: Annotated[list[UploadFile], File()],
                      source: Annotated[str | None, Form()] = None, published: Annotated[str | None, Form()] = None,
                      restricted: Annotated[str | None, Form()] = None,
                      language: Annotated[str | None, Form()] = None) -> Response:
    """One or more reports (the form's ``file`` field, repeated); each is stored, then processed in the
    background (web/uploads.py)."""
    return await upload_files(request, file, source=source, published=published, restricted=restricted == "1",
                              language=language)
