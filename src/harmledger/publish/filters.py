"""Which incidents a query covers: one filter for stats, exports and the HTTP API."""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator
from sqlalchemy import String, and_, cast, exists, func, or_, select

from ..link.areas import admin1_pcode_for, admin1_spellings, spelling_key
from ..store.models import Document, Incident, IncidentLink, Mention


def _squeezed(column: Any) -> Any:
    """The column lower-cased without spaces, hyphens and apostrophes (the SQL side of spelling_key)."""
    out = func.lower(column)
    for ch in (" ", "-", "'", "\u2019", "_", "."):
        out = func.replace(out, ch, "")
    return out


def _json_has(column: Any, code: str) -> Any:
    # JSON lists are stored as text on both databases; a quoted code is an exact element match.
    return cast(column, String).like(f'%"{code}"%')


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
            pcode = admin1_pcode_for(value)
            names = {spelling_key(value)} | {spelling_key(n) for n in admin1_spellings(pcode or "")}
            squeezed = {n.replace(" ", "") for n in names if n}
            if pcode:
                clauses.append(func.upper(Incident.admin1_pcode) == pcode)
            # spelling_key also drops a leading article; match the column with and without one.
            clauses.append(_squeezed(Incident.admin1).in_(squeezed | {f"{a}{n}" for n in squeezed
                                                                    for a in ("al", "ar", "as", "ad", "el")}))
        return or_(*clauses)

    def apply(self, stmt: Any) -> Any:
        """Add these filters to a select over Incident."""
        stmt = stmt.where(Incident.deleted.is_(False))
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
                cast(Incident.actors, String).like(f'%"code": "{c}", "role": "perpetrator"%') for c in codes]))
        if self.grade:
            stmt = stmt.where(Incident.grade.in_([g.lower() for g in self.grade]))
        if self.status:
            stmt = stmt.where(Incident.status.in_([s.lower() for s in self.status]))
        if self.q:
            like = f"%{self.q.lower()}%"
            titles = exists(
                select(IncidentLink.mention_id)
                .join(Mention, Mention.id == IncidentLink.mention_id)
                .join(Document, Document.id == Mention.document_id)
                .where(and_(IncidentLink.incident_id == Incident.id, func.lower(Document.title).like(like)))
            )
            stmt = stmt.where(or_(func.lower(Incident.place_name).like(like), func.lower(Incident.admin1).like(like),
                                  func.lower(Incident.admin2).like(like), func.lower(Incident.id).like(like), titles))
        return stmt
