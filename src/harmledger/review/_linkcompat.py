"""Calls into the linker (harmledger.link), with small stand-ins while it is not installed.

The rule shared with the linker: an incident's plain columns hold the machine's values (``machine``)
overlaid by the analyst's ``overrides``. The stand-ins apply exactly that rule and nothing more.
"""

from __future__ import annotations

import importlib
import uuid
from collections.abc import Callable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from .._errors import NotFoundError, ReviewError
from ..store.models import Incident, IncidentChange, IncidentLink, utcnow
from .fields import CORRECTABLE, from_json, to_json


def _linker(name: str) -> Callable[..., Any] | None:
    for module_name in ("harmledger.link", "harmledger.link.incidents"):
        try:
            module = importlib.import_module(module_name)
        except ImportError:
            continue
        func = getattr(module, name, None)
        if callable(func):
            return func
    return None


def get_incident(session: Session, incident_id: str) -> Incident:
    incident = session.get(Incident, incident_id)
    if incident is None:
        raise NotFoundError(f"no incident {incident_id!r}; check the id in the incident list")
    return incident


def remember_machine(incident: Incident, fields: list[str]) -> None:
    """Keep the machine's value of each field before its first override, so both stay visible."""
    machine = dict(incident.machine or {})
    for field in fields:
        if field not in machine and field not in (incident.overrides or {}):
            machine[field] = to_json(getattr(incident, field))
    incident.machine = machine


def recompute(session: Session, incident_id: str) -> Incident:
    func = _linker("recompute_incident")
    if func is not None:
        result = func(session, incident_id)
        return result if isinstance(result, Incident) else get_incident(session, incident_id)
    incident = get_incident(session, incident_id)
    values = {**(incident.machine or {}), **(incident.overrides or {})}
    for field, value in values.items():
        if field in CORRECTABLE:
            setattr(incident, field, from_json(field, value))
    incident.updated_at = utcnow()
    session.add(IncidentChange(incident_id=incident.id, action="updated", details={"by": "review"}))
    session.flush()
    return incident


def merge(session: Session, keep_id: str, other_ids: list[str], *, actor: str) -> Incident:
    func = _linker("merge_incidents")
    if func is not None:
        return func(session, keep_id, other_ids, actor=actor)
    keep = get_incident(session, keep_id)
    for other_id in other_ids:
        other = get_incident(session, other_id)
        for link in session.scalars(select(IncidentLink).where(IncidentLink.incident_id == other_id)):
            link.incident_id = keep.id
            link.method = "analyst"
        other.merged_into, other.deleted, other.updated_at = keep.id, True, utcnow()
        session.add(IncidentChange(incident_id=other_id, action="merged", related_id=keep.id, details={"by": actor}))
    keep.n_sources = len(list(session.scalars(select(IncidentLink).where(IncidentLink.incident_id == keep.id))))
    return recompute(session, keep.id)


def split(session: Session, incident_id: str, mention_ids: list[int], *, actor: str) -> Incident:
    func = _linker("split_incident")
    if func is not None:
        return func(session, incident_id, mention_ids, actor=actor)
    source = get_incident(session, incident_id)
    links = list(session.scalars(select(IncidentLink).where(IncidentLink.incident_id == incident_id)))
    moving = [link for link in links if link.mention_id in set(mention_ids)]
    if not moving or len(moving) == len(links):
        raise ReviewError("choose some, but not all, of the incident's mentions to split off")
    new = Incident(id=f"inc_{uuid.uuid4().hex[:16]}", machine=dict(source.machine or {}), overrides={})
    for field in CORRECTABLE:
        setattr(new, field, getattr(source, field))
    session.add(new)
    session.flush()
    for link in moving:
        link.incident_id, link.method = new.id, "analyst"
    source.n_sources, new.n_sources = len(links) - len(moving), len(moving)
    session.add(IncidentChange(incident_id=source.id, action="split", related_id=new.id, details={"by": actor}))
    recompute(session, source.id)
    return recompute(session, new.id)
