"""Incident look-up for review actions, and the linker's functions they go through.

The rule shared with the linker: an incident's plain columns hold the machine's values (``machine``)
overlaid by the analyst's ``overrides``; ``harmledger.link.recompute_incident`` applies it.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from .._errors import NotFoundError
from ..link import merge_incidents as merge
from ..link import recompute_incident as recompute
from ..link import split_incident as split
from ..link.incidents import refresh_incident as refresh
from ..store.models import Incident
from .fields import to_json

__all__ = ["get_incident", "merge", "recompute", "refresh", "remember_machine", "split"]


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
