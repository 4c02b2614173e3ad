"""Incident filters from query parameters, with the same names as ``harmledger.publish.IncidentFilter``."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from fastapi import Query, Request
from pydantic import BaseModel
from sqlalchemy import ColumnElement, Select

from ..geo.admin_names import UnknownAdminUnitError
from ..link.grades import GRADES
from ..publish.filters import IncidentFilter
from ..store.models import Incident
from .deps import DbSession
from .errors import ApiError

SORTS: dict[str, tuple[Any, ...]] = {
    "date": (Incident.date_start.asc(), Incident.id.asc()),
    "-date": (Incident.date_start.desc(), Incident.id.desc()),
    "killed": (Incident.killed_best.asc(), Incident.id.asc()),
    "-killed": (Incident.killed_best.desc(), Incident.id.desc()),
    "-updated": (Incident.updated_at.desc(), Incident.id.desc()),
}


def contains(column: Any, text: str) -> ColumnElement[bool]:
    """``column`` contains ``text`` in any case, the text's ``%``, ``_`` and ``\\`` taken as themselves
    (unescaped, ``q=%`` matched every row and ``q=_`` any non-empty value)."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    condition: ColumnElement[bool] = column.ilike(f"%{escaped}%", escape="\\")
    return condition


def _split(values: list[str] | None) -> list[str] | None:
    """Accept ``?weapon=a&weapon=b`` and ``?weapon=a,b``; drop empties (an unset select box)."""
    if not values:
        return None
    out = [part.strip() for value in values for part in value.split(",") if part.strip()]
    return out or None


class IncidentQuery(BaseModel):
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    admin1: list[str] | None = None
    weapon: list[str] | None = None
    target: list[str] | None = None
    perpetrator: list[str] | None = None
    grade: list[str] | None = None
    status: list[str] | None = None
    kind: str | None = "incident"
    q: str | None = None

    def to_publish(self) -> IncidentFilter:
        """The same filter as ``harmledger.publish.IncidentFilter`` (spelling-insensitive governorates,
        every weapon of an incident...), so the API counts what `harmledger stats` counts."""
        fields = self.model_dump(exclude={"kind"})
        return IncidentFilter(**{k: v for k, v in fields.items() if v is not None})

    def apply(self, stmt: Select[Any]) -> Select[Any]:
        stmt = self.to_publish().apply(stmt)
        return stmt.where(Incident.kind == self.kind) if self.kind else stmt

    def key(self) -> str:
        return self.model_dump_json()

    def params(self) -> dict[str, Any]:
        """The filter as query parameters, for links to the next page or to the API."""
        out: dict[str, Any] = {}
        for name, value in self.model_dump(mode="json", exclude_none=True).items():
            if name == "kind" and value == "incident":
                continue
            out[name] = ",".join(value) if isinstance(value, list) else value
        return out


def _day(name: str, value: str | None) -> dt.date | None:
    """An ISO date; an empty value (a cleared date box) means no bound."""
    if value is None or not value.strip():
        return None
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError as exc:
        raise ApiError(422, f"{name}: {value!r} is not a date; use YYYY-MM-DD", code="invalid") from exc


def incident_query(
    date_from: Annotated[str | None, Query(description="First day (YYYY-MM-DD), inclusive.")] = None,
    date_to: Annotated[str | None, Query(description="Last day (YYYY-MM-DD), inclusive.")] = None,
    admin1: Annotated[list[str] | None, Query(description="Governorate(s); repeat or separate with commas.")] = None,
    weapon: Annotated[list[str] | None, Query(description="Weapon code(s) (docs/contract.md section 3).")] = None,
    target: Annotated[list[str] | None, Query(description="Target code(s).")] = None,
    perpetrator: Annotated[list[str] | None, Query(description="Perpetrator actor code(s).")] = None,
    grade: Annotated[list[str] | None, Query(description=f"Grade(s): {', '.join(GRADES)}.")] = None,
    status: Annotated[list[str] | None, Query(description="Review status(es): machine, reviewed, final.")] = None,
    kind: Annotated[str | None, Query(description="incident or aggregate; empty for both.")] = "incident",
    q: Annotated[str | None, Query(max_length=200, description="Text in the place name or governorate, or an id.")] = None,
    *,
    request: Request,
    session: DbSession,
) -> IncidentQuery:
    query = IncidentQuery(
        date_from=_day("date_from", date_from), date_to=_day("date_to", date_to), admin1=_split(admin1), weapon=_split(weapon), target=_split(target),
        perpetrator=_split(perpetrator), grade=_split(grade), status=_split(status), kind=kind or None,
        q=q.strip() if q and q.strip() else None,
    )
    published = query.to_publish()
    # The API refuses a governorate it cannot resolve (contract: an unknown unit is an error, never an
    # empty result). The pages share this dependency and keep such a value selected, showing that nothing
    # matches: a page answers a person, who sees the value and the empty list together.
    if request.url.path.startswith("/api/"):
        try:
            published.check_admin1(session)
        except UnknownAdminUnitError as exc:
            # A value the request cannot mean is a 422, like a date that is not one; never an empty list.
            raise ApiError(422, f"admin1: {exc.message}", code="invalid",
                           details=[{"loc": ["query", "admin1"], "msg": exc.message, "ref": exc.code}]) from exc
    return query
