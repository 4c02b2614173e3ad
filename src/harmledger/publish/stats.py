"""Figures over incidents: totals and breakdowns that add up to them.

Incidents an analyst reclassified as aggregate claims (kind "aggregate") are not counted, nor are
discounted ones unless the filter asks for grade "discounted".
Every breakdown puts each incident in exactly one bucket (its main weapon, target, perpetrator,
its governorate, the period of its start date; "unknown"/"none" when missing, and the perpetrator
code UNKNOWN is "unknown" too), so each breakdown's
sums equal the totals. Unknown tolls count as 0 in sums and are counted apart.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from .._errors import HarmledgerError
from ..store.models import Incident
from .claims import list_claims
from .filters import IncidentFilter

PERIODS = ("day", "week", "month", "quarter", "year")
MEASURES = ("incidents", "killed_low", "killed_best", "killed_high", "injured_low", "injured_best", "injured_high",
            "civilians_killed", "children_killed", "women_killed")
BREAKDOWNS = ("period", "admin1", "weapon", "perpetrator", "target")


class StatsError(HarmledgerError):
    code = "E090"


def period_key(day: dt.date | None, period: str) -> str:
    if day is None:
        return "unknown"
    if period == "day":
        return day.isoformat()
    if period == "week":
        year, week, _ = day.isocalendar()
        return f"{year}-W{week:02d}"
    if period == "month":
        return f"{day.year}-{day.month:02d}"
    if period == "quarter":
        return f"{day.year}-Q{(day.month - 1) // 3 + 1}"
    return str(day.year)


def _empty() -> dict[str, int]:
    return dict.fromkeys(MEASURES, 0)


def _add(bucket: dict[str, int], row: Any) -> None:
    bucket["incidents"] += 1
    for name in MEASURES[1:]:
        bucket[name] += getattr(row, name) or 0


def _share(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


def compute_stats(session: Session, flt: IncidentFilter, *, period: str = "month") -> dict[str, Any]:
    """Totals and breakdowns by period, admin1, weapon, perpetrator and target (JSON-able)."""
    if period not in PERIODS:
        raise StatsError(f"unknown period {period!r}; use one of {', '.join(PERIODS)}")
    cols = [getattr(Incident, n) for n in MEASURES[1:]]
    stmt = flt.apply(select(Incident.id, Incident.date_start, Incident.admin1, Incident.admin1_pcode, Incident.weapon,
                            Incident.perpetrator, Incident.target, Incident.place_id, Incident.place_name,
                            Incident.where_prec, *cols)).where(Incident.kind == "incident")
    if "discounted" not in flt.grade:
        # As in Airwars' totals: discounted incidents are kept and listed, not counted.
        stmt = stmt.where(Incident.grade != "discounted")
    totals = _empty()
    breakdowns: dict[str, dict[str, dict[str, int]]] = {b: defaultdict(_empty) for b in BREAKDOWNS}
    pcodes: dict[str, str | None] = {}
    places: set[str] = set()
    status_known = children_known = no_toll = 0
    for row in session.execute(stmt):
        _add(totals, row)
        keys = {
            "period": period_key(row.date_start, period),
            "admin1": row.admin1 or "unknown",
            "weapon": row.weapon or "none",
            # No perpetrator and the contract's UNKNOWN both mean "not known": one bucket.
            "perpetrator": row.perpetrator if row.perpetrator and row.perpetrator != "UNKNOWN" else "unknown",
            "target": row.target or "none",
        }
        pcodes.setdefault(keys["admin1"], row.admin1_pcode)
        for name, key in keys.items():
            _add(breakdowns[name][key], row)
        # A source may state more civilians than the best toll (tolls differ); the known count is then theirs.
        if row.civilians_killed is not None:
            status_known += max(row.killed_best or 0, row.civilians_killed)
        if row.children_killed is not None:
            children_known += max(row.killed_best or 0, row.children_killed)
        if row.killed_best is None:
            no_toll += 1
        if row.where_prec is not None and row.where_prec <= 2 and (row.place_id or row.place_name):
            places.add(row.place_id or row.place_name)
    out: dict[str, Any] = {
        "filter": flt.model_dump(mode="json"),
        "period": period,
        "totals": {
            **totals,
            "incidents_without_toll": no_toll,
            "victims_status_known": status_known,
            "civilian_share": _share(totals["civilians_killed"], status_known),
            "victims_age_known": children_known,
            "children_share": _share(totals["children_killed"], children_known),
            "places_affected": len(places),
        },
    }
    for name, buckets in breakdowns.items():
        ordered = sorted(buckets.items(), key=(lambda kv: kv[0]) if name == "period" else (lambda kv: (-kv[1]["incidents"], kv[0])))
        rows: list[dict[str, Any]] = [{"key": key, **values} for key, values in ordered]
        if name == "admin1":
            for r in rows:
                r["pcode"] = pcodes.get(str(r["key"]))
        out[f"by_{name}"] = rows
    out["claims"] = {"aggregates": len(list_claims(session, flt)),
                     "note": "aggregate figures reported as totals; listed apart, never added to incidents"}
    return out
