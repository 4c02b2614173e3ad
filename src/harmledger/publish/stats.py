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

from sqlalchemy import Integer, String, case, cast, func, literal, null, select, union_all
from sqlalchemy.orm import Session

from .._errors import HarmledgerError
from ..geo.admin_names import admin1_name, admin1_pcode
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


def _add(bucket: dict[str, int], values: dict[str, int]) -> None:
    for name in MEASURES:
        bucket[name] += values[name]


def _share(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


def _sums(f: Any) -> list[Any]:
    # SUM of no rows (or of NULLs only) is NULL: unknown tolls count as 0.
    return [func.count().label("incidents"),
            *[func.coalesce(func.sum(getattr(f.c, n)), 0).label(n) for n in MEASURES[1:]]]


def _known(f: Any, column: Any) -> Any:
    """Victims whose status is known: the larger of the best toll and the stated count (None when unstated)."""
    best = func.coalesce(f.c.killed_best, 0)
    return case((column.is_(None), None), (best >= column, best), else_=column)


def _governorate_bucket(name: str | None, pcode: str | None) -> tuple[str, str | None]:
    """The by_admin1 bucket of an incident and its P-code: a governorate of the one table under its display
    name, however the incident spells it ("Idleb", "SY07" and "Idlib" are one bucket), else the name as
    stored (another country's unit), else "unknown"."""
    found = admin1_pcode(pcode) if pcode else admin1_pcode(name) if name else None
    if found is not None:
        return admin1_name(found), found
    return name or "unknown", pcode or None


def _perpetrator_key(code: str | None) -> str:
    # No perpetrator and the contract's UNKNOWN both mean "not known": one bucket.
    return code if code and code != "UNKNOWN" else "unknown"


def _period_of(period: str) -> Any:
    def key(raw: str | None) -> str:
        # Dates come back as text (cast for the UNION), ISO formatted on both databases.
        return period_key(dt.date.fromisoformat(raw[:10]) if raw else None, period)
    return key


def compute_stats(session: Session, flt: IncidentFilter, *, period: str = "month") -> dict[str, Any]:
    """Totals and breakdowns by period, admin1, weapon, perpetrator and target (JSON-able)."""
    if period not in PERIODS:
        raise StatsError(f"unknown period {period!r}; use one of {', '.join(PERIODS)}")
    flt.check_admin1(session)
    base = flt.apply(select(Incident.date_start, Incident.admin1, Incident.admin1_pcode, Incident.weapon,
                            Incident.perpetrator, Incident.target, Incident.place_id, Incident.place_name,
                            Incident.where_prec, *[getattr(Incident, n) for n in MEASURES[1:]]))
    base = base.where(Incident.kind == "incident")
    if "discounted" not in flt.grade:
        # As in Airwars' totals: discounted incidents are kept and listed, not counted.
        base = base.where(Incident.grade != "discounted")
    # One statement over one CTE (materialised when used more than once, on SQLite and PostgreSQL), so
    # the filter, whose admin1 spelling match is costly, runs once rather than once per breakdown.
    f = base.cte("counted")
    zero, no_text = literal(0, Integer), cast(null(), String)
    place = func.coalesce(func.nullif(f.c.place_id, ""), func.nullif(f.c.place_name, ""))
    parts = [select(literal("totals", String).label("part"), no_text.label("raw"), no_text.label("pcode"), *_sums(f),
                    func.coalesce(func.sum(case((f.c.killed_best.is_(None), 1), else_=0)), 0).label("no_toll"),
                    func.coalesce(func.sum(_known(f, f.c.civilians_killed)), 0).label("status_known"),
                    func.coalesce(func.sum(_known(f, f.c.children_killed)), 0).label("children_known"),
                    func.count(func.distinct(case((f.c.where_prec <= 2, place), else_=None))).label("places"))]
    # Group on the raw columns in SQL (few groups), then fold into the published keys here, so the
    # bucket rules (and ISO weeks, which SQLite's strftime lacks before 3.46) are written once, in Python.
    group_cols = {"period": f.c.date_start, "admin1": f.c.admin1, "weapon": f.c.weapon,
                  "perpetrator": f.c.perpetrator, "target": f.c.target}
    for name, col in group_cols.items():
        # Governorates are grouped on name and P-code, and folded into one bucket per unit below.
        keys = (col, f.c.admin1_pcode) if name == "admin1" else (col,)
        pcode_col = cast(f.c.admin1_pcode, String) if name == "admin1" else no_text
        parts.append(select(literal(name, String), cast(col, String), pcode_col, *_sums(f), zero, zero, zero, zero)
                     .group_by(*keys))
    fold = {"period": _period_of(period), "weapon": lambda v: v or "none",
            "perpetrator": _perpetrator_key, "target": lambda v: v or "none"}
    breakdowns: dict[str, dict[str, dict[str, int]]] = {b: defaultdict(_empty) for b in BREAKDOWNS}
    pcodes: dict[str, str | None] = {}
    total_row: Any = None
    for row in session.execute(union_all(*parts)):
        if row.part == "totals":
            total_row = row
            continue
        if row.part == "admin1":
            key, bucket_pcode = _governorate_bucket(row.raw, row.pcode)
            pcodes[key] = pcodes.get(key) or bucket_pcode
        else:
            key = fold[row.part](row.raw)
        _add(breakdowns[row.part][key], {n: int(getattr(row, n)) for n in MEASURES})
    totals = {n: int(getattr(total_row, n)) for n in MEASURES}
    status_known, children_known = int(total_row.status_known), int(total_row.children_known)
    out: dict[str, Any] = {
        "filter": flt.model_dump(mode="json"),
        "period": period,
        "totals": {
            **totals,
            "incidents_without_toll": int(total_row.no_toll),
            "victims_status_known": status_known,
            "civilian_share": _share(totals["civilians_killed"], status_known),
            "victims_age_known": children_known,
            "children_share": _share(totals["children_killed"], children_known),
            "places_affected": int(total_row.places),
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
