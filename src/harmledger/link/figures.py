"""An incident's machine values, computed from the mentions linked to it.

Counts follow UCDP: `low` is the lowest figure any source gives, `high` the highest, `best` the
median of the sources' own best figures (their stated figure, or the lower bound of a range). When
the event is the lead of at least one report that gives a figure, only such reports count: a toll
quoted in passing in a report about something else is the least reliable.
Civilians, children and women are the highest figure any source states, never more than `high`.
The grade follows Airwars' scale; see docs/linking.md for how each is decided by machine.
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from ..store.models import Document, IncidentLink, Mention
from .features import PRECISION_RANK
from .reports import ReportInfo, distinct_reports, independent_groups

# When two weapons are reported equally often, the more specific one names the incident.
_WEAPON_ORDER = ["chemical", "cluster_munition", "incendiary", "barrel_bomb", "ballistic_missile", "car_bomb",
                 "suicide_attack", "ied", "drone", "airstrike", "missile", "rocket", "artillery", "landmine_erw",
                 "execution", "small_arms"]


@dataclass(slots=True)
class Member:
    mention_id: int
    incident_id: str
    document_id: str
    index: int
    date_start: dt.date | None
    date_end: dt.date | None
    date_precision: str | None
    place_name: str | None
    place_id: str | None
    lat: float | None
    lon: float | None
    where_prec: int | None
    admin1: str | None
    admin1_pcode: str | None
    admin2: str | None
    data: dict[str, Any]
    text_sha: str
    source_id: int | None
    is_primary: bool = False


def member_columns() -> Any:  # a Select over the columns of Member
    """Rows for `Member(*row)`: the incident's linked mentions that an analyst has not rejected."""
    return (
        select(Mention.id, IncidentLink.incident_id, Mention.document_id, Mention.index, Mention.date_start,
               Mention.date_end, Mention.date_precision, Mention.place_name, Mention.place_id, Mention.lat,
               Mention.lon, Mention.where_prec, Mention.admin1, Mention.admin1_pcode, Mention.admin2,
               Mention.data, Document.text_sha256, Document.source_id, Mention.is_primary)
        .join(IncidentLink, IncidentLink.mention_id == Mention.id)
        .join(Document, Document.id == Mention.document_id)
        .where(Mention.rejected.is_(False), Mention.kind == "incident")
    )


def _mode(values: Sequence[Any], order: Sequence[Any] | None = None) -> Any:
    counts = Counter(v for v in values if v is not None)
    if not counts:
        return None
    rank = {v: i for i, v in enumerate(order or ())}
    return min(counts, key=lambda v: (-counts[v], rank.get(v, len(rank)), str(v)))


def _date_values(members: Sequence[Member]) -> dict[str, Any]:
    dated = [m for m in members if m.date_start is not None]
    if not dated:
        return {"date_start": None, "date_end": None, "date_precision": None}
    best_rank = min(PRECISION_RANK.get(m.date_precision or "", 9) for m in dated)
    top = [m for m in dated if PRECISION_RANK.get(m.date_precision or "", 9) == best_rank]
    start = _mode([m.date_start for m in top], sorted({m.date_start for m in top}))
    ends = [m.date_end or m.date_start for m in top if m.date_start == start]
    end = max(e for e in ends if e is not None)
    return {"date_start": start.isoformat(), "date_end": end.isoformat(), "date_precision": top[0].date_precision}


def _place_values(members: Sequence[Member]) -> dict[str, Any]:
    placed = [m for m in members if m.place_id or m.admin1 or m.lat is not None]
    keys = ("place_name", "place_id", "lat", "lon", "where_prec", "admin1", "admin1_pcode", "admin2", "country")
    if not placed:
        named = [m.place_name for m in members if m.place_name]
        return {k: None for k in keys} | {"place_name": _mode(named)}
    finest = min(m.where_prec or 9 for m in placed)
    top = [m for m in placed if (m.where_prec or 9) == finest]
    pid = _mode([m.place_id for m in top])
    chosen = next((m for m in top if m.place_id == pid), top[0])
    country = None
    for place in chosen.data.get("places") or []:
        resolved = place.get("resolved") or {}
        if resolved.get("place_id") == chosen.place_id:
            country = resolved.get("country")
            break
    return {
        "place_name": chosen.place_name, "place_id": chosen.place_id, "lat": chosen.lat, "lon": chosen.lon,
        "where_prec": chosen.where_prec, "admin1": chosen.admin1, "admin1_pcode": chosen.admin1_pcode,
        "admin2": chosen.admin2, "country": country,
    }


def _counted(members: Sequence[Member], group: str) -> Sequence[Member]:
    """The members whose figures count: those where the event is the report's lead (its primary
    mention) when any of them gives a figure, since tolls quoted in passing are read less carefully."""
    def states(m: Member) -> bool:
        count = ((m.data.get("casualties") or {}).get(group)) or {}
        return count.get("low") is not None or count.get("high") is not None

    primary = [m for m in members if m.is_primary and states(m)]
    return primary or members


def _count_values(members: Sequence[Member], group: str) -> dict[str, Any]:
    members = _counted(members, group)
    lows: list[int] = []
    highs: list[int] = []
    bests: list[int] = []
    stated: dict[str, list[int]] = {"civilians": [], "children": [], "women": []}
    for m in members:
        count = ((m.data.get("casualties") or {}).get(group)) or {}
        low: int | None = count.get("low")
        high: int | None = count.get("high")
        if low is not None:
            lows.append(low)
            bests.append(low)
            highs.append(high if high is not None else low)
        elif high is not None:
            highs.append(high)
            bests.append(high)
        for key in stated:
            if count.get(key) is not None:
                stated[key].append(count[key])
    lowest = min(lows) if lows else None
    highest = max(highs) if highs else None
    best = int(statistics.median_low(sorted(bests))) if bests else None
    out: dict[str, int | None] = {f"{group}_low": lowest, f"{group}_best": best, f"{group}_high": highest}
    if group == "killed":
        for key, values in stated.items():
            value = max(values) if values else None
            out[f"{key}_killed"] = min(value, highest) if value is not None and highest is not None else value
    return out


def _codes(members: Sequence[Member]) -> dict[str, Any]:
    weapons = [w["code"] for m in members for w in m.data.get("weapons") or [] if w.get("code")]
    targets = [t["code"] for m in members for t in m.data.get("targets") or [] if t.get("code")]
    actors = {(a["code"], a.get("role", "perpetrator")) for m in members for a in m.data.get("actors") or []
              if a.get("code")}
    perps = [a["code"] for m in members for a in m.data.get("actors") or []
             if a.get("code") and a.get("role", "perpetrator") == "perpetrator" and a["code"] != "UNKNOWN"]
    known_weapons = [w for w in weapons if w != "unknown"] or weapons
    return {
        "weapons": sorted(set(weapons)), "targets": sorted(set(targets)),
        "actors": [{"code": c, "role": r} for c, r in sorted(actors)],
        "weapon": _mode(known_weapons, _WEAPON_ORDER), "target": _mode(targets),
        "perpetrator": _mode(perps) or ("UNKNOWN" if any(c == "UNKNOWN" for c, _ in actors) else None),
    }


def _perpetrators_by_group(members: Sequence[Member], groups: list[list[str]]) -> list[set[str]]:
    group_of = {d: i for i, g in enumerate(groups) for d in g}
    found: dict[int, set[str]] = {}
    for m in members:
        codes = {a["code"] for a in m.data.get("actors") or [] if a.get("code")
                 and a.get("role", "perpetrator") == "perpetrator" and a["code"] != "UNKNOWN"}
        if codes:
            found.setdefault(group_of[m.document_id], set()).update(codes)
    return list(found.values())


def grade_for(n_links: int, n_independent: int, contested: bool, perpetrator: str | None) -> str:
    if n_links == 0:
        return "discounted"
    if contested:
        return "contested"
    if n_independent >= 3 and perpetrator not in (None, "UNKNOWN"):
        return "confirmed"
    return "fair" if n_independent >= 2 else "weak"


def machine_values(members: Sequence[Member], roots: dict[int, int], texts: dict[str, str] | None = None) -> dict[str, Any]:
    """Every machine-computed column of an incident, JSON-able, plus `mention_ids` and `contested_by`."""
    reports = {m.document_id: ReportInfo(m.document_id, m.text_sha,
                                         roots.get(m.source_id, m.source_id) if m.source_id is not None else None)
               for m in members}
    groups = independent_groups(list(reports.values()), texts)
    values: dict[str, Any] = {"kind": "incident"}
    values |= _date_values(members)
    values |= _place_values(members)
    values |= _codes(members)
    values |= _count_values(members, "killed")
    values |= _count_values(members, "injured")
    by_group = _perpetrators_by_group(members, groups)
    contested = any(not (a & b) for i, a in enumerate(by_group) for b in by_group[i + 1 :])
    values["n_sources"] = distinct_reports(list(reports.values()))
    values["n_independent"] = len(groups)
    values["grade"] = grade_for(len(members), len(groups), contested, values["perpetrator"])
    values["contested_by"] = sorted(set().union(*by_group)) if contested else []
    values["mention_ids"] = sorted(m.mention_id for m in members)
    values["mention_keys"] = sorted(f"{m.document_id}#{m.index}" for m in members)
    return values
