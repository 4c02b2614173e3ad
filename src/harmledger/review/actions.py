"""What an analyst does to incidents and mentions. Each action checks the user's role, changes the
store in the caller's transaction, and writes a ReviewAction and an audit entry with before and after.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from .._errors import NotFoundError, PermissionDeniedError, ReviewError
from ..store.models import Document, Incident, IncidentLink, Mention, ReviewAction, User
from . import audit
from ._incidents import get_incident, merge, recompute, refresh, remember_machine, split
from .accounts import ADMIN, require_editor
from .fields import STATUSES, Correction, check_grade, snapshot
from .validate import check_changes, check_reason


def _log(session: Session, user: User, action: str, *, incident_id: str | None = None, mention_id: int | None = None,
         payload: dict[str, Any] | None = None, entity_type: str = "incident", entity_id: str | int = "",
         before: dict[str, Any] | None = None, after: dict[str, Any] | None = None, reason: str | None = None) -> None:
    session.add(ReviewAction(user_id=user.id, action=action, incident_id=incident_id, mention_id=mention_id,
                             payload=payload or {}, reason=reason))
    # The reason goes into the hashed entry itself, so it cannot be changed afterwards unnoticed.
    audit.record(session, user.username, action, entity_type, entity_id, before,
                 {**after, "reason": reason} if reason is not None and after is not None else after)


def _advance(incident: Incident) -> None:
    """An analyst's touch makes a machine-made incident reviewed."""
    if incident.status == "machine":
        incident.status = "reviewed"


def confirm(session: Session, user: User | None, incident_id: str) -> Incident:
    """The analyst checked the incident and accepts its values."""
    user = require_editor(user)
    incident = get_incident(session, incident_id)
    before = snapshot(incident)
    _advance(incident)
    _log(session, user, "confirm", incident_id=incident_id, entity_id=incident_id, before=before, after=snapshot(incident))
    return incident


def correct(session: Session, user: User | None, incident_id: str, values: Correction | dict[str, Any], *,
            reason: str | None = None, action: str = "correct") -> Incident:
    """Override some fields (figures, date, codes, place and its coordinates) with the analyst's values.

    A correction needs a reason (``reason``, or the Correction's own) and must pass ``validate``'s rules;
    a refused one raises a CorrectionError and changes nothing."""
    user = require_editor(user)
    correction = values if isinstance(values, Correction) else Correction.model_validate(values)
    given = reason if reason is not None else correction.reason
    why = check_reason(given) if action == "correct" or given is not None else None
    changes = correction.changes()
    if not changes:
        raise ReviewError("nothing to correct: give at least one field")
    check_changes(session, changes)
    incident = get_incident(session, incident_id)
    if incident.deleted:
        raise ReviewError(f"incident {incident_id} was merged or removed; correct {incident.merged_into or 'another'} instead")
    before = snapshot(incident)
    remember_machine(incident, list(changes))
    incident.overrides = {**(incident.overrides or {}), **changes}
    # Only the incident's own row changed: recomputed on the loaded object (link.incidents.refresh_incident).
    incident = refresh(session, incident)
    _advance(incident)
    _log(session, user, action, incident_id=incident_id, payload=changes, entity_id=incident_id, before=before,
         after=snapshot(incident), reason=why)
    return incident


def revert(session: Session, user: User | None, incident_id: str, fields: list[str]) -> Incident:
    """Drop the analyst's overrides of these fields, going back to the machine's values."""
    user = require_editor(user)
    incident = get_incident(session, incident_id)
    before = snapshot(incident)
    incident.overrides = {k: v for k, v in (incident.overrides or {}).items() if k not in set(fields)}
    incident = refresh(session, incident)
    _log(session, user, "revert", incident_id=incident_id, payload={"fields": fields}, entity_id=incident_id,
         before=before, after=snapshot(incident))
    return incident


def set_grade(session: Session, user: User | None, incident_id: str, grade: str) -> Incident:
    """The grade is an override like any other field, so the machine's grade stays visible."""
    return correct(session, user, incident_id, Correction.model_validate({"grade": check_grade(grade)}),
                   action="set_grade")


def set_status(session: Session, user: User | None, incident_id: str, status: str) -> Incident:
    """machine -> reviewed -> final; only an administrator reopens a final incident."""
    user = require_editor(user)
    if status not in STATUSES:
        raise ReviewError(f"unknown status {status!r}; use one of {', '.join(STATUSES)}")
    incident = get_incident(session, incident_id)
    if incident.status == "final" and status != "final" and user.role != ADMIN:
        raise PermissionDeniedError("only an administrator may reopen a final incident")
    if status == "final" and incident.status == "machine":
        raise ReviewError("review the incident before making it final")
    before = snapshot(incident)
    incident.status = status
    _log(session, user, "set_status", incident_id=incident_id, payload={"status": status}, entity_id=incident_id,
         before=before, after=snapshot(incident))
    return incident


def merge_incidents(session: Session, user: User | None, keep_id: str, other_ids: list[str]) -> Incident:
    user = require_editor(user)
    others = [i for i in dict.fromkeys(other_ids) if i and i != keep_id]
    if not others:
        raise ReviewError("name at least one other incident to merge into this one")
    befores = {i: snapshot(get_incident(session, i)) for i in [keep_id, *others]}
    incident = merge(session, keep_id, others, actor=user.username)
    _advance(incident)
    afters = {i: snapshot(get_incident(session, i)) for i in [keep_id, *others]}
    _log(session, user, "merge", incident_id=keep_id, payload={"merged": others}, entity_id=keep_id,
         before=befores, after=afters)
    return incident


def split_incident(session: Session, user: User | None, incident_id: str, mention_ids: list[int]) -> Incident:
    """Move the given mentions to a new incident; returns the new incident."""
    user = require_editor(user)
    source = get_incident(session, incident_id)
    before = snapshot(source)
    new = split(session, incident_id, mention_ids, actor=user.username)
    _advance(new)
    after = {incident_id: snapshot(get_incident(session, incident_id)), new.id: snapshot(new)}
    _log(session, user, "split", incident_id=incident_id, payload={"mention_ids": mention_ids, "new": new.id},
         entity_id=incident_id, before={incident_id: before}, after=after)
    return new


def reject_mention(session: Session, user: User | None, mention_id: int, rejected: bool = True) -> Mention:
    """Mark a mention as not an incident (or undo that); it leaves its incident but is never deleted."""
    user = require_editor(user)
    mention = session.get(Mention, mention_id)
    if mention is None:
        raise NotFoundError(f"no mention {mention_id}; check the id on the document page")
    link = session.scalar(select(IncidentLink).where(IncidentLink.mention_id == mention_id))
    before = {"rejected": mention.rejected, "incident_id": link.incident_id if link else None}
    mention.rejected = rejected
    incident_id = link.incident_id if link else None
    if rejected and link is not None:
        session.delete(link)
        session.flush()
        recompute(session, link.incident_id)
    _log(session, user, "reject_mention" if rejected else "restore_mention", incident_id=incident_id,
         mention_id=mention_id, entity_type="mention", entity_id=mention_id, before=before,
         after={"rejected": rejected, "incident_id": None if rejected else incident_id})
    return mention


def set_restricted(session: Session, user: User | None, document_id: str, restricted: bool) -> Document:
    """Mark a document restricted (hidden from the public view, with its evidence), or public again."""
    user = require_editor(user)
    document = session.get(Document, document_id)
    if document is None:
        raise NotFoundError(f"no document {document_id!r}; check the id on the document page")
    before = {"restricted": document.restricted}
    document.restricted = restricted
    _log(session, user, "set_restricted", payload={"restricted": restricted}, entity_type="document",
         entity_id=document_id, before=before, after={"restricted": restricted})
    return document
