"""Incident rows: stable ids, machine values overlaid by analyst overrides, merges, splits and the trail.

Shared rule with the review application: `Incident.machine` holds what the linker computed; the
plain columns hold the effective values, i.e. `machine` overlaid by `overrides` (same keys as the
columns). Every change that an export consumer must see leaves an `IncidentChange` row.
"""

from __future__ import annotations

import datetime as dt
import logging
import secrets
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, cast

from sqlalchemy import Table, bindparam, insert, select, update
from sqlalchemy.orm import Session

from .._errors import NotFoundError, ReviewError
from ..store.models import Document, Incident, IncidentChange, IncidentLink, Mention, Source, utcnow
from .features import roots_of_chains, source_roots
from .figures import Member, machine_values, member_columns
from .grades import DEFAULT_GRADE

logger = logging.getLogger(__name__)

# The columns whose effective value is machine overlaid by overrides.
COLUMNS: tuple[str, ...] = (
    "kind", "date_start", "date_end", "date_precision", "place_name", "place_id", "lat", "lon", "where_prec", "admin1",
    "admin1_pcode", "admin2", "country", "weapons", "targets", "actors", "weapon", "target", "perpetrator",
    "killed_low", "killed_best", "killed_high", "injured_low", "injured_best", "injured_high",
    "civilians_killed", "children_killed", "women_killed", "n_sources", "n_independent", "grade",
)
_DATES = {"date_start", "date_end"}
_BATCH = 500
# Core statements for `recompute_many` (executemany, no ORM bookkeeping per row).
_INCIDENTS, _CHANGES = cast(Table, Incident.__table__), cast(Table, IncidentChange.__table__)
_UPDATE_INCIDENT = (
    update(_INCIDENTS).where(_INCIDENTS.c.id == bindparam("_id"))
    .values({c: bindparam(c) for c in ("machine", *COLUMNS, "updated_at")})
)

# One incident's counted members (`refresh_incident`): built once, so its cache key is too.
_MEMBERS_OF = member_columns().where(IncidentLink.incident_id == bindparam("incident_id"))


def new_incident_id() -> str:
    """A fresh id, never reused: "inc_" and 12 random hex digits."""
    return "inc_" + secrets.token_hex(6)


def record_change(session: Session, incident_id: str, action: str, *, related_id: str | None = None,
                  details: dict[str, Any] | None = None, at: dt.datetime | None = None) -> None:
    session.add(IncidentChange(incident_id=incident_id, action=action, related_id=related_id,
                               details=details or {}, at=at or utcnow()))


def _column_value(name: str, value: Any) -> Any:
    if name in _DATES and isinstance(value, str):
        return dt.date.fromisoformat(value)
    if name in ("weapons", "targets", "actors") and value is None:
        return []
    if name in ("n_sources", "n_independent") and value is None:
        return 0
    if name == "grade" and value is None:
        return DEFAULT_GRADE
    if name == "kind" and value is None:
        return "incident"
    return value


def _texts(session: Session, doc_ids: Iterable[str]) -> dict[str, str]:
    ids = list(set(doc_ids))
    out: dict[str, str] = {}
    for i in range(0, len(ids), _BATCH):
        rows = session.execute(select(Document.id, Document.text).where(Document.id.in_(ids[i : i + _BATCH])))
        out.update((row[0], row[1]) for row in rows)
    return out


def _members(session: Session, chunk: list[str], known: Mapping[int, tuple[Any, ...]] | None) -> dict[str, list[Member]]:
    """Each incident's counted members, in mention id order; the rows in ``known`` (mention id -> its
    `member_columns` row without the incident id, see `link.prepare`) are not read again."""
    members: dict[str, list[Member]] = {c: [] for c in chunk}
    stmt = member_columns().where(IncidentLink.incident_id.in_(chunk))
    if known:
        unknown: list[int] = []
        for mid, iid in session.execute(stmt.with_only_columns(Mention.id, IncidentLink.incident_id)):
            row = known.get(mid)
            if row is None:
                unknown.append(mid)
            else:
                members[iid].append(Member(mid, iid, *row))
        for i in range(0, len(unknown), _BATCH):
            for member_row in session.execute(stmt.where(Mention.id.in_(unknown[i : i + _BATCH]))):
                members[member_row[1]].append(Member(*member_row))
    else:
        for member_row in session.execute(stmt):
            members[member_row[1]].append(Member(*member_row))
    for ms in members.values():
        ms.sort(key=lambda m: m.mention_id)
    return members


def recompute_many(session: Session, incident_ids: Sequence[str], *, quiet: set[str] | None = None,
                   roots: dict[int, int] | None = None, known: Mapping[int, tuple[Any, ...]] | None = None) -> list[str]:
    """Recompute several incidents in batches; ids in `quiet` get no `updated` trail row (just created).

    Reads and writes with bulk statements (no ORM unit of work), so relinking tens of thousands of
    incidents stays fast; ORM objects of these incidents already in the session are expired.
    ``known``: member rows already in memory (see `_members`). Returns the ids whose effective values
    or sources changed.
    """
    roots = source_roots(session) if roots is None else roots
    quiet = quiet or set()
    changed_ids: list[str] = []
    now = utcnow()
    columns = [getattr(Incident, c) for c in COLUMNS]
    for i in range(0, len(incident_ids), _BATCH):
        chunk = list(dict.fromkeys(incident_ids[i : i + _BATCH]))
        members = _members(session, chunk, known)
        multi = [m.document_id for ms in members.values() if len({x.text_sha for x in ms}) > 1 for m in ms]
        texts = _texts(session, multi) if multi else {}
        current = {row.id: row for row in session.execute(
            select(Incident.id, Incident.overrides, Incident.machine, Incident.updated_at, *columns)
            .where(Incident.id.in_(chunk)))}
        updates: list[dict[str, Any]] = []
        trail: list[dict[str, Any]] = []
        for iid in chunk:
            row = current.get(iid)
            if row is None:
                raise NotFoundError(f"no incident {iid!r}; check the id (ids look like inc_0123456789ab)")
            machine = machine_values(members[iid], roots, texts)
            values, changed = _new_values(row, machine)
            if not changed and row.machine == machine:
                continue
            updates.append({"id": iid, "machine": machine, **values, "updated_at": now if changed else row.updated_at})
            if changed and iid not in quiet:
                changed_ids.append(iid)
                trail.append(_updated(iid, changed, now))
        if updates:
            session.execute(_UPDATE_INCIDENT, [{"_id": u.pop("id"), **u} for u in updates])
        if trail:
            session.execute(insert(_CHANGES), trail)
        for iid in chunk:
            obj = session.identity_map.get(session.identity_key(Incident, iid))
            if obj is not None:
                session.expire(obj)
    return changed_ids


def _new_values(row: Any, machine: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """The columns an incident row gets from its machine values and its overrides, and the names of those that
    change ("sources" too when its mentions do)."""
    overrides = row.overrides or {}
    values = {c: _column_value(c, overrides[c] if c in overrides else machine.get(c)) for c in COLUMNS}
    changed = [c for c in COLUMNS if getattr(row, c) != values[c]]
    if (row.machine or {}).get("mention_ids") != machine["mention_ids"]:
        changed.append("sources")
    return values, changed


def _updated(incident_id: str, changed: list[str], at: dt.datetime) -> dict[str, Any]:
    """The trail row of an `updated` change."""
    return {"incident_id": incident_id, "action": "updated", "related_id": None, "details": {"fields": changed}, "at": at}


def get_incident(session: Session, incident_id: str) -> Incident:
    incident = session.get(Incident, incident_id)
    if incident is None:
        raise NotFoundError(f"no incident {incident_id!r}; check the id (ids look like inc_0123456789ab)")
    return incident


def recompute_incident(session: Session, incident_id: str) -> Incident:
    """Recompute the machine values from the current links, apply overrides, trail an `updated` change."""
    get_incident(session, incident_id)
    recompute_many(session, [incident_id])
    return get_incident(session, incident_id)


def _roots_of(session: Session, source_ids: set[int]) -> dict[int, int]:
    """`source_roots` for these sources only: their parent chains, read a level at a time (none when the
    members name no source), not the whole sources table."""
    parents: dict[int, int | None] = {}
    wanted = set(source_ids)
    while wanted:
        rows = session.execute(select(Source.id, Source.parent_id).where(Source.id.in_(sorted(wanted)))).all()
        parents.update((row[0], row[1]) for row in rows)
        wanted = {row[1] for row in rows if row[1] is not None} - parents.keys()
    return roots_of_chains(parents)  # the walk of `source_roots`, on the chains read


def refresh_incident(session: Session, incident: Incident) -> Incident:
    """`recompute_incident` for an incident loaded in the session whose only pending change is to its own
    row (an analyst's overrides): the same values and trail, without reading the row again.

    A correction costs the server what the reads wait: here the links are read once, with the session's
    pending row left unflushed (the member query reads no incident column), and the new values go on the
    loaded object, so the commit writes the incident in one UPDATE instead of a flush, a bulk update, an
    expiry and a reload of the whole row."""
    with session.no_autoflush:
        members = sorted((Member(*row) for row in session.execute(_MEMBERS_OF, {"incident_id": incident.id})),
                         key=lambda m: m.mention_id)
        texts = _texts(session, [m.document_id for m in members]) if len({m.text_sha for m in members}) > 1 else {}
        roots = _roots_of(session, {m.source_id for m in members if m.source_id is not None})
    machine = machine_values(members, roots, texts)
    values, changed = _new_values(incident, machine)
    if not changed and incident.machine == machine:
        return incident
    now = utcnow()
    incident.machine = machine
    for c in COLUMNS:
        if c in changed:
            setattr(incident, c, values[c])
    if changed:
        incident.updated_at = now
        # On the session's connection: the row goes into this transaction without flushing the incident first.
        session.connection().execute(insert(_CHANGES), [_updated(incident.id, changed, now)])
    return incident


def create_incident(session: Session, *, related_id: str | None = None, action: str = "created",
                    details: dict[str, Any] | None = None, at: dt.datetime | None = None) -> Incident:
    incident = Incident(id=new_incident_id(), kind="incident", machine={}, overrides={}, weapons=[], targets=[],
                        actors=[], n_sources=0, n_independent=0, grade=DEFAULT_GRADE, status="machine", deleted=False)
    session.add(incident)
    record_change(session, incident.id, action, related_id=related_id, details=details, at=at)
    return incident


def merge_incidents(session: Session, keep_id: str, other_ids: Sequence[str], *, actor: str) -> Incident:
    """Move every mention of `other_ids` into `keep_id`; the others are kept, deleted, with `merged_into`."""
    keep = get_incident(session, keep_id)
    if keep.deleted:
        raise ReviewError(f"incident {keep_id} was merged or removed; merge into {keep.merged_into or 'a live incident'}")
    others = [get_incident(session, oid) for oid in dict.fromkeys(other_ids) if oid != keep_id]
    if not others:
        raise ReviewError("name at least one other incident to merge into the one kept")
    now = utcnow()
    for other in others:
        if other.deleted:
            raise ReviewError(f"incident {other.id} is already merged or removed")
        moved = list(session.scalars(select(IncidentLink.mention_id).where(IncidentLink.incident_id == other.id)))
        session.execute(update(IncidentLink).where(IncidentLink.incident_id == other.id)
                        .values(incident_id=keep.id, method="analyst", score=1.0,
                                reasons=[f"merged from {other.id} by {actor}"]))
        other.deleted, other.merged_into, other.updated_at = True, keep.id, now
        record_change(session, other.id, "merged", related_id=keep.id, at=now,
                      details={"actor": actor, "into": keep.id, "mention_ids": moved})
    record_change(session, keep.id, "merged", related_id=None, at=now,
                  details={"actor": actor, "absorbed": [o.id for o in others]})
    session.flush()
    recompute_many(session, [keep.id])
    keep.updated_at = now
    return keep


def split_incident(session: Session, incident_id: str, mention_ids: Sequence[int], *, actor: str) -> Incident:
    """Move `mention_ids` out of the incident into a new one (returned); both are recomputed."""
    source = get_incident(session, incident_id)
    if source.deleted:
        raise ReviewError(f"incident {incident_id} was merged or removed; split the incident it was merged into")
    linked = set(session.scalars(select(IncidentLink.mention_id).where(IncidentLink.incident_id == incident_id)))
    wanted = set(mention_ids)
    if not wanted:
        raise ReviewError("name the mentions to move into the new incident")
    if not wanted <= linked:
        raise ReviewError(f"mentions {sorted(wanted - linked)} are not linked to {incident_id}")
    if wanted == linked:
        raise ReviewError("a split must leave at least one mention in the original incident")
    now = utcnow()
    new = create_incident(session, related_id=incident_id, at=now,
                          details={"actor": actor, "split_from": incident_id, "mention_ids": sorted(wanted)})
    session.flush()
    session.execute(update(IncidentLink).where(IncidentLink.mention_id.in_(wanted))
                    .values(incident_id=new.id, method="analyst", score=1.0,
                            reasons=[f"split from {incident_id} by {actor}"]))
    # The mentions left behind were confirmed together by the analyst: keep a re-link off them too.
    session.execute(update(IncidentLink).where(IncidentLink.incident_id == incident_id).values(method="analyst"))
    record_change(session, incident_id, "split", related_id=new.id, at=now,
                  details={"actor": actor, "new": new.id, "mention_ids": sorted(wanted)})
    session.flush()
    recompute_many(session, [incident_id, new.id], quiet={new.id})
    return new
