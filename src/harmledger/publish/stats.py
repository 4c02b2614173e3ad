"""Figures over incidents: totals and breakdowns that add up to them.

Incidents an analyst reclassified as aggregate claims (kind "aggregate") are not counted, nor are
discounted ones unless the filter asks for grade "discounted".
Every breakdown puts each incident in exactly one bucket (its main weapon, target, perpetrator,
its governorate, the period of the middle day of its dates (see PERIOD_RULE); "unknown"/"none" when
missing, and the perpetrator code UNKNOWN is "unknown" too), so each breakdown's
sums equal the totals. Unknown tolls count as 0 in sums and are counted apart.
Killed figures are everyone killed (civilians, soldiers and fighters); civilians, children and women are
the parts a source states, shown beside them (LABELS), never in their place. Incidents still in review
status "machine" are counted and reported as unreviewed; ``reviewed_only`` counts the reviewed ones alone.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections import OrderedDict, defaultdict
from collections.abc import Hashable
from typing import Any

from sqlalchemy import Integer, String, case, cast, func, literal, null, select, union_all
from sqlalchemy.orm import Session

from .._errors import HarmledgerError
from ..geo.admin_names import admin1_name, admin1_pcode
from ..store.models import Incident
from .claims import count_claims
from .filters import IncidentFilter
from .kinds import BREAKDOWNS, PERIODS

MEASURES = ("incidents", "killed_low", "killed_best", "killed_high", "injured_low", "injured_best", "injured_high",
            "civilians_killed", "children_killed", "women_killed")
# How the figures are to be read, for every place that shows them (command, API, pages).
LABELS = {"incidents": "incidents", "killed_low": "killed (all), low", "killed_best": "killed (all)",
          "killed_high": "killed (all), high", "injured_low": "injured, low", "injured_best": "injured",
          "injured_high": "injured, high", "civilians_killed": "of whom civilians", "children_killed": "children",
          "women_killed": "women"}
KILLED_NOTE = ("killed (all) counts everyone killed: civilians, soldiers and fighters; civilians, children and "
               "women are those a source states among them")
PERIOD_RULE = ("an incident is counted in the period that contains the middle day of its dates (the start plus "
               "half the span, rounded down; the start when no end is known): 28 March-3 April is counted in "
               "March, 25 March-10 April in April, and an incident whose dates all fall in one month in that month")
UNREVIEWED = "machine"  # the review status of incidents no analyst has reviewed yet


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


def middle_day(start: dt.date | None, end: dt.date | None) -> dt.date | None:
    """The day an incident is counted on in the time breakdown (PERIOD_RULE)."""
    if start is None:
        return None
    if end is None or end <= start:
        return start
    return start + dt.timedelta(days=(end - start).days // 2)


def review_note(unreviewed: int, incidents: int) -> str | None:
    """The warning shown wherever the figures appear when some incidents are unreviewed machine output."""
    if not unreviewed:
        return None
    return (f"{unreviewed} of {incidents} incidents ({unreviewed / incidents:.0%}) are unreviewed machine output: "
            "their figures are as the machine read them and no analyst has checked them yet")


def _empty() -> dict[str, int]:
    return dict.fromkeys(MEASURES, 0)


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
        # "start/end" as text (cast for the UNION), ISO formatted on both databases; end may be empty.
        if not raw:
            return period_key(None, period)
        start, _, end = raw.partition("/")
        return period_key(middle_day(dt.date.fromisoformat(start[:10]),
                                     dt.date.fromisoformat(end[:10]) if end else None), period)
    return key


def compute_stats(session: Session, flt: IncidentFilter, *, period: str = "month",
                  reviewed_only: bool = False) -> dict[str, Any]:
    """Totals and breakdowns by period, admin1, weapon, perpetrator and target (JSON-able).

    ``reviewed_only`` counts only the incidents an analyst has reviewed (status other than "machine")."""
    check_period(period)
    flt.check_admin1(session)
    counts = stats_counts(session, flt, period=period, reviewed_only=reviewed_only)
    return stats_from_counts(session, flt, counts, period=period, reviewed_only=reviewed_only)


def check_period(period: str) -> None:
    if period not in PERIODS:
        raise StatsError(f"unknown period {period!r}; use one of {', '.join(PERIODS)}")


Counts = dict[tuple[Any, ...], int]


def stats_counts(session: Session, flt: IncidentFilter, *, period: str = "month", reviewed_only: bool = False,
                 where: Any = None, reuse: tuple[Hashable, dict[str, Any]] | None = None) -> Counts:
    """The additive figures behind ``compute_stats`` for the incidents ``where`` selects (all when None):
    counts of separate sets of incidents add up to the counts of their union, so a caller can keep them
    per slice of the incidents and recompute only the slice a write changed (``api.chunks``).
    Keys: ("t", figure) totals, (breakdown, bucket, measure), ("place", place) and ("pcode", bucket, pcode).
    ``reuse`` (shape, parameters): ``where`` differs from the other conditions of its shape only in the
    values of its named parameters; the statement is then built once per filter and shape, and run with them."""
    return _counts(session, flt, period, reviewed_only, where, None, reuse).get(0, {})


def stats_counts_by(session: Session, flt: IncidentFilter, split: Any, *, period: str = "month",
                    reviewed_only: bool = False, where: Any = None) -> dict[int, Counts]:
    """``stats_counts`` of every slice at once, in one pass: ``split`` is an expression giving each
    incident's slice number (of the incidents ``where`` selects, all when None); slices with no incident
    are left out."""
    return _counts(session, flt, period, reviewed_only, where, split)


# Statements built for a slice, run again for every other slice of the same shape (see ``stats_counts``):
# building the statement (seven SELECTs of a dozen sums) cost more than running it over a small slice.
_BUILT: OrderedDict[Hashable, Any] = OrderedDict()
_BUILT_SIZE = 64
_BUILT_LOCK = threading.Lock()


def _counts(session: Session, flt: IncidentFilter, period: str, reviewed_only: bool, where: Any,
            split: Any, reuse: tuple[Hashable, dict[str, Any]] | None = None) -> dict[int, Counts]:
    if reuse is None or split is not None:
        return _fold(session.execute(_statement(flt, reviewed_only, where, split)), period, split is not None)
    key = (flt.model_dump_json(), reviewed_only, reuse[0])
    with _BUILT_LOCK:
        stmt = _BUILT.get(key)
        if stmt is not None:
            _BUILT.move_to_end(key)
    if stmt is None:
        stmt = _statement(flt, reviewed_only, where, None)
        with _BUILT_LOCK:
            _BUILT[key] = stmt
            while len(_BUILT) > _BUILT_SIZE:
                _BUILT.popitem(last=False)
    return _fold(session.execute(stmt, reuse[1]), period, False)


def _statement(flt: IncidentFilter, reviewed_only: bool, where: Any, split: Any) -> Any:
    lead_col = [split.label("slice")] if split is not None else []
    base = flt.apply(select(*lead_col, Incident.date_start, Incident.date_end, Incident.status, Incident.admin1,
                            Incident.admin1_pcode, Incident.weapon,
                            Incident.perpetrator, Incident.target, Incident.place_id, Incident.place_name,
                            Incident.where_prec, *[getattr(Incident, n) for n in MEASURES[1:]]))
    base = base.where(Incident.kind == "incident")
    if where is not None:
        base = base.where(where)
    if "discounted" not in flt.grade:
        # As in Airwars' totals: discounted incidents are kept and listed, not counted.
        base = base.where(Incident.grade != "discounted")
    if reviewed_only:
        base = base.where(Incident.status != UNREVIEWED)
    # One statement over one CTE (materialised when used more than once, on SQLite and PostgreSQL), so
    # the filter, whose admin1 spelling match is costly, runs once rather than once per breakdown.
    f = base.cte("counted")
    lead = [f.c.slice] if split is not None else []  # grouped by slice first, when split
    zero, no_text = literal(0, Integer), cast(null(), String)
    place = func.coalesce(func.nullif(f.c.place_id, ""), func.nullif(f.c.place_name, ""))
    totals = select(*lead, literal("totals", String).label("part"), no_text.label("raw"), no_text.label("pcode"), *_sums(f),
                    func.coalesce(func.sum(case((f.c.killed_best.is_(None), 1), else_=0)), 0).label("no_toll"),
                    func.coalesce(func.sum(_known(f, f.c.civilians_killed)), 0).label("status_known"),
                    func.coalesce(func.sum(_known(f, f.c.children_killed)), 0).label("children_known"),
                    func.coalesce(func.sum(case((func.coalesce(f.c.status, UNREVIEWED) == UNREVIEWED, 1), else_=0)), 0)
                    .label("unreviewed"))
    parts = [totals.group_by(*lead) if lead else totals,
             # Places affected are counted distinct: the incidents per place add up across slices, the places do not.
             select(*lead, literal("place", String), cast(place, String), no_text, func.count(),
                    *[zero] * (len(MEASURES) - 1), zero, zero, zero, zero)
             .where(f.c.where_prec <= 2, place.is_not(None)).group_by(*lead, place)]
    # Group on the raw columns in SQL (few groups), then fold into the published keys here, so the
    # bucket rules (and ISO weeks, which SQLite's strftime lacks before 3.46) are written once, in Python.
    # The time breakdown groups on start and end ("start/end"), its bucket being the middle day's period.
    span = (cast(f.c.date_start, String) + literal("/", String)
            + func.coalesce(cast(f.c.date_end, String), literal("", String)))
    group_cols = {"period": span, "admin1": f.c.admin1, "weapon": f.c.weapon,
                  "perpetrator": f.c.perpetrator, "target": f.c.target}
    for name, col in group_cols.items():
        # Governorates are grouped on name and P-code, and folded into one bucket per unit below.
        keys = ((col, f.c.admin1_pcode) if name == "admin1" else (f.c.date_start, f.c.date_end) if name == "period"
                else (col,))
        pcode_col = cast(f.c.admin1_pcode, String) if name == "admin1" else no_text
        parts.append(select(*lead, literal(name, String), cast(col, String), pcode_col, *_sums(f), zero, zero, zero, zero)
                     .group_by(*lead, *keys))
    return union_all(*parts)


def _fold(rows: Any, period: str, split: bool) -> dict[int, Counts]:
    fold = {"period": _period_of(period), "weapon": lambda v: v or "none",
            "perpetrator": _perpetrator_key, "target": lambda v: v or "none"}
    by_slice: dict[int, Counts] = defaultdict(lambda: defaultdict(int))
    folded: dict[tuple[str, Any], str] = {}
    # Columns by position: this loop runs once per group (thousands per call) and attribute access dominated it.
    at = 1 if split else 0
    measures = list(enumerate(MEASURES, start=3 + at))
    extra = list(enumerate(("no_toll", "status_known", "children_known", "unreviewed"), start=3 + at + len(MEASURES)))
    for row in rows:
        counts = by_slice[int(row[0]) if at else 0]
        part, raw = row[at], row[at + 1]
        if part == "totals":
            for i, name in measures + extra:
                counts["t", name] += int(row[i])
            continue
        if part == "place":
            counts["place", raw] += int(row[at + 3])
            continue
        if part == "admin1":
            key, bucket_pcode = _governorate_bucket(raw, row[at + 2])
            counts["pcode", key, bucket_pcode] += int(row[at + 3])
        else:
            # The same raw values come back once per slice when split: each is folded once.
            key = folded.get((part, raw)) or folded.setdefault((part, raw), fold[part](raw))
        for i, name in measures:
            if row[i]:
                counts[part, key, name] += int(row[i])
    return {s: {k: v for k, v in counts.items() if v} for s, counts in by_slice.items()}


def stats_from_counts(session: Session, flt: IncidentFilter, counts: Counts, *, period: str = "month",
                      reviewed_only: bool = False) -> dict[str, Any]:
    """``compute_stats``'s answer from the figures ``stats_counts`` gave (summed over slices)."""
    totals = {n: counts.get(("t", n), 0) for n in MEASURES}
    status_known, children_known = counts.get(("t", "status_known"), 0), counts.get(("t", "children_known"), 0)
    unreviewed = counts.get(("t", "unreviewed"), 0)
    breakdowns: dict[str, dict[str, dict[str, int]]] = {b: defaultdict(_empty) for b in BREAKDOWNS}
    pcodes: dict[str, str | None] = {}
    places = 0
    for key, value in counts.items():
        if key[0] == "place":
            places += value > 0
        elif key[0] == "pcode":
            if value > 0 and key[2] and not pcodes.get(key[1]):
                pcodes[key[1]] = key[2]
        elif key[0] in breakdowns and counts.get((key[0], key[1], "incidents"), 0) > 0:
            breakdowns[key[0]][key[1]][key[2]] = value
    out: dict[str, Any] = {
        "filter": flt.model_dump(mode="json"),
        "period": period,
        "reviewed_only": reviewed_only,
        "labels": dict(LABELS),
        "killed_note": KILLED_NOTE,
        "period_rule": PERIOD_RULE,
        "review_note": review_note(unreviewed, totals["incidents"]),
        "totals": {
            **totals,
            "incidents_without_toll": counts.get(("t", "no_toll"), 0),
            "victims_status_known": status_known,
            "civilian_share": _share(totals["civilians_killed"], status_known),
            "victims_age_known": children_known,
            "children_share": _share(totals["children_killed"], children_known),
            "places_affected": places,
            "unreviewed_incidents": unreviewed,
            "unreviewed_share": _share(unreviewed, totals["incidents"]),
            "reviewed_incidents": totals["incidents"] - unreviewed,
        },
    }
    for name, buckets in breakdowns.items():
        ordered = sorted(buckets.items(), key=(lambda kv: kv[0]) if name == "period" else (lambda kv: (-kv[1]["incidents"], kv[0])))
        rows: list[dict[str, Any]] = [{"key": key, **values} for key, values in ordered]
        if name == "admin1":
            for r in rows:
                r["pcode"] = pcodes.get(str(r["key"]))
        out[f"by_{name}"] = rows
    out["claims"] = {"aggregates": count_claims(session, flt),
                     "note": "aggregate figures reported as totals; listed apart, never added to incidents"}
    return out
