"""An incident's machine values, computed from the mentions linked to it.

Counts follow UCDP (low / best / high), one figure per independent source, where a later, higher
toll supersedes an earlier one ("rose to 82"): best is the median of the latest sources' figures,
low the lowest figure not superseded, high the highest any source gives. Only the reports whose
lead the event is count, when any of them gives a figure. Civilians, children, women and
combatants are each estimated apart by the same rule; combatants never enter a civilian figure.
The full rule, with examples, is in docs/linking.md ("Incident figures"); the grade is `link.grades`.
"""

from __future__ import annotations

import datetime as dt
import re
import statistics
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from .._arabic import normalise_arabic
from ..store.models import Document, IncidentLink, Mention
from .features import PRECISION_RANK
from .grades import GradeEvidence, propose_grade
from .reports import ReportInfo, distinct_reports, independent_groups

SUBGROUPS: tuple[str, ...] = ("civilians", "children", "women")
# Two figures agree when this many people or this factor apart at most (as `score` compares tolls):
# early counts and later ones of one attack differ by a few, or by a half as the dead are found.
FIGURE_NEAR = 2
FIGURE_FACTOR = 1.5
# A source dated a day from the incident's day still tells that day ("yesterday" in the next day's report).
DAY_SLACK = 1
# The extraction has no combatant field: a toll whose own words name fighters or soldiers is taken as theirs.
# Arabic words are matched on harmledger._arabic's key, after a conjunction and the article ("والمقاتلين").
_COMBATANT = re.compile(r"\b(?:fighters?|soldiers?|troops|militants?|combatants?|gunmen|jihadists?|militiamen|"
                        r"servicemen|rebels|insurgents)\b"
                        r"|(?<!\w)[وف]?(?:ال|لل)?(?:مقاتل|جندي|جنود|عسكري|عنصر|عناصر|مسلح)(?:ين|ون|ا|ان)?(?!\w)",
                        re.IGNORECASE)

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
    # When the report was published: a later report's toll supersedes an earlier, lower one.
    published: dt.date | None = None


def member_columns() -> Any:  # a Select over the columns of Member
    """Rows for `Member(*row)`: the incident's linked mentions that an analyst has not rejected."""
    return (
        select(Mention.id, IncidentLink.incident_id, Mention.document_id, Mention.index, Mention.date_start,
               Mention.date_end, Mention.date_precision, Mention.place_name, Mention.place_id, Mention.lat,
               Mention.lon, Mention.where_prec, Mention.admin1, Mention.admin1_pcode, Mention.admin2,
               Mention.data, Document.text_sha256, Document.source_id, Mention.is_primary,
               Document.published)
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
    mention) when any of them gives a figure, since tolls quoted in passing (background mentions of
    earlier attacks in later reports) are read less carefully."""
    primary = [m for m in members if m.is_primary and _states(m, group)]
    return primary or members


def _count(m: Member, group: str) -> dict[str, Any]:
    return ((m.data.get("casualties") or {}).get(group)) or {}


def _states(m: Member, group: str) -> bool:
    count = _count(m, group)
    return count.get("low") is not None or count.get("high") is not None


def _one_per_document(members: Sequence[Member], group: str) -> list[Member]:
    """One mention per report: a report that tells one event twice (an analyst merged two of its
    mentions) gives its figure once, never a sum. Its lead mention wins, then its largest figure."""
    chosen: dict[str, Member] = {}
    for m in sorted(members, key=lambda m: (not m.is_primary, -(_figure(m, group) or Figure(None, None)).best_or(0),
                                           m.index)):
        chosen.setdefault(m.document_id, m)
    return list(chosen.values())


@dataclass(frozen=True, slots=True)
class Figure:
    """One independent source's figure: `low` is "at least", `high` "up to"; either may be missing."""

    low: int | None
    high: int | None
    published: dt.date | None = None
    source: int = 0  # which independent source (index into the incident's groups)
    document_id: str = ""

    @property
    def best(self) -> int | None:
        """The source's own figure: its stated number, the lower bound of a range, else "nearly N"."""
        return self.low if self.low is not None else self.high

    @property
    def top(self) -> int | None:
        """The source's upper bound, or its figure when it gives only "at least"."""
        return self.high if self.high is not None else self.low

    def best_or(self, default: int) -> int:
        return self.best if self.best is not None else default


def _figure(m: Member, group: str, key: str | None = None) -> Figure | None:
    count = _count(m, group)
    if key is not None:
        # Sub-groups are a single stated number ("including 11 children").
        value = count.get(key)
        return None if value is None else Figure(value, value, m.published, 0, m.document_id)
    if count.get("low") is None and count.get("high") is None:
        return None
    return Figure(count.get("low"), count.get("high"), m.published, 0, m.document_id)


def _is_combatant(m: Member) -> bool:
    """The source says its dead were fighters or soldiers (and states no civilians among them)."""
    count = _count(m, "killed")
    if count.get("civilians") is not None or count.get("children") is not None or count.get("women") is not None:
        return False
    return any(_COMBATANT.search(normalise_arabic(e.get("text") or "")) for e in count.get("evidence") or [])


def _per_source(figures: Sequence[Figure]) -> list[Figure]:
    """One figure per independent source: its latest report's (an outlet updating its own toll
    supersedes its earlier one, and a copy repeats rather than adds). Ties: the larger figure."""
    latest: dict[int, Figure] = {}
    for f in figures:
        old = latest.get(f.source)
        if old is None or (f.published or dt.date.min, f.best_or(0)) > (old.published or dt.date.min, old.best_or(0)):
            latest[f.source] = f
    return [latest[k] for k in sorted(latest)]


def _superseded(f: Figure, figures: Sequence[Figure]) -> bool:
    """A toll is superseded when another source published strictly later gives a higher one: tolls
    rise as the dead are found ("rose to 82"), so the earlier one was a partial count, not a rival estimate."""
    if f.published is None or f.best is None:
        return False
    return any(g.published is not None and g.published > f.published and g.best_or(0) > f.best
               for g in figures)


def estimate(figures: Sequence[Figure], every: Sequence[Figure] = ()
             ) -> tuple[int | None, int | None, int | None, list[Figure]]:
    """(low, best, high, current) of one series of figures, one per independent source (docs/linking.md).

    current = the figures not superseded by a later, higher toll;
    best = the median (lower middle) of the current figures published last (undated ones count as
    last only when none is dated); low = the lowest current lower bound (never above best);
    high = the highest upper bound any report gives (`every` report's figure, if given), superseded or not."""
    figures = [f for f in figures if f.best is not None]
    if not figures:
        return None, None, None, []
    current = [f for f in figures if not _superseded(f, figures)]
    dated = [f.published for f in current if f.published is not None]
    last = [f for f in current if f.published == max(dated)] if dated else current
    best = int(statistics.median_low(sorted(f.best_or(0) for f in last)))
    lows = [f.low for f in current if f.low is not None]
    low = min(min(lows), best) if lows else None
    high = max(f.top or 0 for f in [*figures, *every])
    return low, best, max(high, best), current


def agree(a: Figure, b: Figure) -> bool:
    """Two figures agree when their ranges overlap or come within FIGURE_NEAR people or a factor
    FIGURE_FACTOR (as the linker compares tolls): 10 and 12 agree, 10 and 40 do not. "At least N"
    is open above, so it agrees with every higher figure ("at least 130" and "at least 213")."""
    if a.best is None or b.best is None:
        return True
    if (b.best > a.best and a.high is None) or (a.best > b.best and b.high is None):
        return True
    a_lo, a_hi, b_lo, b_hi = a.best, a.top or a.best, b.best, b.top or b.best
    near = max(a_lo, b_lo) - min(a_hi, b_hi)
    return near <= FIGURE_NEAR or max(a_lo, b_lo) <= FIGURE_FACTOR * max(1, min(a_hi, b_hi))


def _conflicts(current: Sequence[Figure], what: str) -> list[str]:
    out = []
    for i, a in enumerate(current):
        for b in current[i + 1 :]:
            if a.source != b.source and not agree(a, b):
                out.append(f"{_show(a)} ({a.document_id}) and {_show(b)} ({b.document_id}) {what}")
    return out


def _show(f: Figure) -> str:
    if f.low is not None and f.high is not None and f.low != f.high:
        return f"{f.low}-{f.high}"
    return f"at least {f.low}" if f.high is None else (f"up to {f.high}" if f.low is None else str(f.low))


def _count_values(members: Sequence[Member], group: str, source_of: dict[str, int]) -> tuple[dict[str, Any], list[str]]:
    """low/best/high of one group (killed, injured) and, for killed, of civilians, children, women
    and combatants; plus the figure conflicts between independent sources, for the grade."""
    counted = _one_per_document(_counted(members, group), group)

    def series(key: str | None = None, only: Sequence[Member] | None = None) -> tuple[list[Figure], list[Figure]]:
        """(one figure per independent source, every report's figure)."""
        out = []
        for m in only if only is not None else counted:
            f = _figure(m, group, key)
            if f is not None:
                out.append(Figure(f.low, f.high, f.published, source_of.get(m.document_id, 0), m.document_id))
        return _per_source(out), out

    low, best, high, current = estimate(*series())
    out: dict[str, Any] = {f"{group}_low": low, f"{group}_best": best, f"{group}_high": high}
    conflicts = _conflicts(current, f"{group}: more than {FIGURE_NEAR} people or a factor {FIGURE_FACTOR} apart")
    if group == "killed":
        def cap(v: int | None) -> int | None:
            # A part is never more than the whole any source reports.
            return v if v is None or high is None else min(v, high)

        for key in SUBGROUPS:
            k_low, k_best, k_high, _ = estimate(*series(key))
            out[f"{key}_killed"] = cap(k_best)
            out[f"{key}_killed_low"], out[f"{key}_killed_high"] = cap(k_low), cap(k_high)
        # Kept apart (and out of every civilian figure), but inside killed: UCDP counts all deaths.
        c_low, c_best, c_high, _ = estimate(*series(None, [m for m in counted if _is_combatant(m)]))
        out |= {"combatants_killed_low": c_low, "combatants_killed": c_best, "combatants_killed_high": c_high}
    return out, conflicts


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


def _day_and_place_sources(members: Sequence[Member], source_of: dict[str, int], day: str | None) -> int:
    """Independent sources with a mention dated to the day (within DAY_SLACK of the incident's day)
    and placed: the sources that say when and where, not those linked by details to a vague date or area."""
    if day is None:
        return 0
    when = dt.date.fromisoformat(day)
    found = {source_of.get(m.document_id, 0) for m in members
             if m.date_precision == "day" and m.date_start is not None
             and abs((m.date_start - when).days) <= DAY_SLACK
             and (m.where_prec is not None or m.admin1 is not None or m.lat is not None)}
    return len(found)


def machine_values(members: Sequence[Member], roots: dict[int, int], texts: dict[str, str] | None = None) -> dict[str, Any]:
    """Every machine-computed column of an incident, JSON-able, plus `mention_ids`, `contested_by`,
    the ranges of civilians, children, women and combatants killed, and `grade_reasons`."""
    reports = {m.document_id: ReportInfo(m.document_id, m.text_sha,
                                         roots.get(m.source_id, m.source_id) if m.source_id is not None else None)
               for m in members}
    groups = independent_groups(list(reports.values()), texts)
    source_of = {d: i for i, g in enumerate(groups) for d in g}
    values: dict[str, Any] = {"kind": "incident"}
    values |= _date_values(members)
    values |= _place_values(members)
    values |= _codes(members)
    killed, killed_conflicts = _count_values(members, "killed", source_of)
    injured, _ = _count_values(members, "injured", source_of)
    values |= killed | injured
    by_group = _perpetrators_by_group(members, groups)
    contested = any(not (a & b) for i, a in enumerate(by_group) for b in by_group[i + 1 :])
    values["n_sources"] = distinct_reports(list(reports.values()))
    values["n_independent"] = len(groups)
    values["contested_by"] = sorted(set().union(*by_group)) if contested else []
    evidence = GradeEvidence(
        n_links=len(members), n_independent=len(groups),
        n_day_and_place=_day_and_place_sources(members, source_of, values["date_start"]),
        n_naming_perpetrator=len(by_group),
        n_naming_main_perpetrator=sum(1 for codes in by_group if values["perpetrator"] in codes),
        perpetrator=values["perpetrator"], contested_by=values["contested_by"], figure_conflicts=killed_conflicts)
    values["grade"], values["grade_reasons"] = propose_grade(evidence)
    values["mention_ids"] = sorted(m.mention_id for m in members)
    values["mention_keys"] = sorted(f"{m.document_id}#{m.index}" for m in members)
    return values
