"""Which incident fields an analyst may correct, and how to snapshot an incident for the audit log."""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from .._errors import ReviewError
from ..link.grades import GRADES
from ..store.models import Incident

__all__ = ["GRADES", "STATUSES"]
STATUSES = ("machine", "reviewed", "final")


class Correction(BaseModel):
    """An analyst's corrected values; only the fields given are changed. Null clears a value.

    Its fields (but ``reason``) are the correctable fields, ``CORRECTABLE``, in the order the incident page
    lists them, each with its type and limits: nothing else writes them out."""

    model_config = ConfigDict(extra="forbid")

    killed_low: int | None = Field(default=None, ge=0)
    killed_best: int | None = Field(default=None, ge=0)
    killed_high: int | None = Field(default=None, ge=0)
    injured_low: int | None = Field(default=None, ge=0)
    injured_best: int | None = Field(default=None, ge=0)
    injured_high: int | None = Field(default=None, ge=0)
    civilians_killed: int | None = Field(default=None, ge=0)
    children_killed: int | None = Field(default=None, ge=0)
    women_killed: int | None = Field(default=None, ge=0)
    date_start: dt.date | None = None
    date_end: dt.date | None = None
    date_precision: Literal["day", "week", "month", "year", "period"] | None = None
    place_name: str | None = Field(default=None, max_length=300)
    place_id: str | None = Field(default=None, max_length=100)
    admin1: str | None = Field(default=None, max_length=100)
    admin1_pcode: str | None = Field(default=None, max_length=20)
    admin2: str | None = Field(default=None, max_length=100)
    country: str | None = Field(default=None, max_length=3)
    lat: float | None = Field(default=None, ge=-90, le=90)
    lon: float | None = Field(default=None, ge=-180, le=180)
    where_prec: int | None = Field(default=None, ge=1, le=7)
    weapon: str | None = Field(default=None, max_length=40)
    weapons: list[str] | None = None
    target: str | None = Field(default=None, max_length=40)
    targets: list[str] | None = None
    perpetrator: str | None = Field(default=None, max_length=40)
    actors: list[dict[str, str]] | None = None
    kind: Literal["incident", "aggregate"] | None = None
    grade: str | None = None  # one of link.grades.GRADES (checked below)
    # Why the values changed; required for a correction (review.validate.check_reason), not a field.
    reason: str | None = Field(default=None, description="Why the values changed (required, at most 1000 characters).")

    @field_validator("grade")
    @classmethod
    def _grade(cls, value: str | None) -> str | None:
        if value is not None and value not in GRADES:
            raise ValueError(f"unknown grade {value!r}; use one of {', '.join(GRADES)}")
        return value

    @field_validator("weapons", "targets")
    @classmethod
    def _codes(cls, value: list[str] | None) -> list[str] | None:
        return sorted({v.strip() for v in value if v.strip()}) if value is not None else None

    def changes(self) -> dict[str, Any]:
        """The fields that were given, as JSON values (dates as ISO strings); the reason is not one."""
        return self.model_dump(mode="json", include=self.model_fields_set - {"reason"})


# The fields an analyst may correct: those of Correction, in its order.
CORRECTABLE: tuple[str, ...] = tuple(name for name in Correction.model_fields if name != "reason")


def to_json(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def from_json(field: str, value: Any) -> Any:
    if field in ("date_start", "date_end") and isinstance(value, str):
        return dt.date.fromisoformat(value)
    return value


def snapshot(incident: Incident) -> dict[str, Any]:
    """The incident's reviewable state, as JSON values."""
    state = {field: to_json(getattr(incident, field)) for field in CORRECTABLE}
    state.update(status=incident.status, overrides=dict(incident.overrides or {}), merged_into=incident.merged_into,
                 deleted=incident.deleted)
    return state


def check_grade(grade: str) -> str:
    if grade not in GRADES:
        raise ReviewError(f"unknown grade {grade!r}; use one of {', '.join(GRADES)}")
    return grade
