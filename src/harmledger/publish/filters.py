"""Which incidents a query covers: one filter for stats, exports and the HTTP API."""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator
from sqlalchemy import String, and_, cast, exists, func, or_, select
from sqlalchemy.orm import Session

from ..geo.admin_names import UnknownAdminUnitError, admin1_pcode, spellings
from ..store.models import Document, Incident, IncidentLink, Mention

# Left out of a governorate name when comparing it in SQL, which cannot fold diacritics or articles the way
# admin_names.spelling_key does: the P-code column decides for the governorates of the table, and this
# comparison is the fallback for rows with a name and no P-code, and for units outside the table.
_SQUEEZED_OUT = (" ", "-", "'", "\u2019", "_", ".")


def _squeezed(column: Any) -> Any:
    """The column lower-cased without spaces, hyphens and apostrophes."""
    out = func.lower(column)
    for ch in _SQUEEZED_OUT:
        out = func.replace(out, ch, "")
    return out


def _squeeze(name: str) -> str:
    """What ``_squeezed`` makes of a column holding ``name``."""
    out = name.lower()
    for ch in _SQUEEZED_OUT:
        out = out.replace(ch, "")
    return out


def _like_literal(text: str) -> str:
    """``text`` for a LIKE pattern (with ``escape="\\"``): its ``%``, ``_`` and ``\\`` match only themselves."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _json_has(column: Any, code: str) -> Any:
    # JSON lists are stored as text on both databases; a quoted code is an exact element match.
    return cast(column, String).like(f'%"{_like_literal(code)}"%', escape="\\")


class IncidentFilter(BaseModel):
    """Filters; every list matches any of its values. Merged and removed incidents are never included."""

    model_config = ConfigDict(extra="forbid")
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    admin1: list[str] = Field(default_factory=list, description="Governorate names (any spelling) or P-codes.")
    weapon: list[str] = Field(default_factory=list)
    target: list[str] = Field(default_factory=list)
    perpetrator: list[str] = Field(default_factory=list)
    grade: list[str] = Field(default_factory=list)
    status: list[str] = Field(default_factory=list)
    q: str | None = None

    @field_validator("admin1", "weapon", "target", "perpetrator", "grade", "status", mode="before")
    @classmethod
    def _listify(cls, value: Any) -> Any:
        if value is None:
            return []
        if isinstance(value, str):
            return [v.strip() for v in value.split(",") if v.strip()]
        return value

    def _admin1_clause(self) -> Any:
        clauses = []
        for value in self.admin1:
            pcode = admin1_pcode(value)
            if pcode is not None:
                # Any spelling of a governorate of the table is its P-code; a row with only a name matches
                # when the name is one of the governorate's spellings. As in the by_admin1 buckets of the
                # statistics, a row's P-code wins over its name.
                names = sorted({_squeeze(n) for n in spellings(pcode)})
                clauses.append(func.upper(Incident.admin1_pcode) == pcode)
                clauses.append(and_(func.coalesce(Incident.admin1_pcode, "") == "", _squeezed(Incident.admin1).in_(names)))
            else:
                # A unit outside the table (another country's, known from the store: check_admin1).
                clauses.append(func.upper(Incident.admin1_pcode) == value.strip().upper())
                clauses.append(_squeezed(Incident.admin1) == _squeeze(value.strip()))
        return or_(*clauses)

    def check_admin1(self, session: Session) -> None:
        """Raise UnknownAdminUnitError (E051) when a governorate value names no known unit: neither a
        governorate of the table (any spelling, or its P-code) nor a first-level unit of an incident in the
        store (another country's). An unknown name is an error, never an empty result."""
        unknown = [v for v in self.admin1 if admin1_pcode(v) is None]
        if not unknown:
            return
        stored = session.execute(select(Incident.admin1, Incident.admin1_pcode).where(
            or_(Incident.admin1.is_not(None), Incident.admin1_pcode.is_not(None))).distinct()).all()
        # The same comparison as _admin1_clause's for such units, so what is accepted here is what matches there.
        known = {_squeeze(name) for name, _ in stored if name} | {p.upper() for _, p in stored if p}
        missing = [v for v in unknown if _squeeze(v.strip()) not in known and v.strip().upper() not in known]
        if missing:
            raise UnknownAdminUnitError(missing, also=", or a first-level unit named by an incident in the store")

    def apply(self, stmt: Any) -> Any:
        """Add these filters to a select over Incident."""
        # "IS NOT true", not "IS false": SQLite's planner (no statistics) took the equality for a few rows
        # and read every incident through the index on deleted, sorting them all for a page of 50.
        stmt = stmt.where(Incident.deleted.is_not(True))
        if self.date_from:
            stmt = stmt.where(func.coalesce(Incident.date_end, Incident.date_start) >= self.date_from)
        if self.date_to:
            stmt = stmt.where(Incident.date_start <= self.date_to)
        if self.admin1:
            stmt = stmt.where(self._admin1_clause())
        if self.weapon:
            stmt = stmt.where(or_(*[or_(Incident.weapon == w, _json_has(Incident.weapons, w)) for w in self.weapon]))
        if self.target:
            stmt = stmt.where(or_(*[or_(Incident.target == t, _json_has(Incident.targets, t)) for t in self.target]))
        if self.perpetrator:
            codes = [p.upper() for p in self.perpetrator]
            stmt = stmt.where(or_(Incident.perpetrator.in_(codes), *[
                cast(Incident.actors, String).like(f'%"code": "{_like_literal(c)}", "role": "perpetrator"%', escape="\\")
                for c in codes]))
        if self.grade:
            stmt = stmt.where(Incident.grade.in_([g.lower() for g in self.grade]))
        if self.status:
            stmt = stmt.where(Incident.status.in_([s.lower() for s in self.status]))
        if self.q:
            like = f"%{_like_literal(self.q.lower())}%"
            titles = exists(
                select(IncidentLink.mention_id)
                .join(Mention, Mention.id == IncidentLink.mention_id)
                .join(Document, Document.id == Mention.document_id)
                .where(and_(IncidentLink.incident_id == Incident.id, func.lower(Document.title).like(like, escape="\\")))
            )
            stmt = stmt.where(or_(*(func.lower(c).like(like, escape="\\") for c in (
                Incident.place_name, Incident.admin1, Incident.admin2, Incident.id)), titles))
        return stmt
