"""The report as one self-contained HTML page: inline CSS and SVG, no script, nothing fetched.

The template is autoescaped, so every text from the store (titles of sources, place names) and the
report's own title is shown as text. A Content-Security-Policy in the page says the same to a browser:
nothing may be loaded from anywhere.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from ...link.grades import CONFIRMED_PERPETRATOR_SOURCES, CONFIRMED_SOURCES, FAIR_SOURCES
from ..stats import LABELS
from . import svg

TEMPLATES = Path(__file__).resolve().parent / "templates"
BREAKDOWNS = (("admin1", "governorate"), ("perpetrator", "perpetrator"), ("weapon", "weapon"), ("target", "target"))
# Where_prec (UCDP's scale) as a reader would say it.
PRECISION = {1: "the place", 2: "near the place", 3: "district", 4: "governorate", 5: "region",
             6: "country", 7: "international"}


def _num(value: Any) -> str:
    if value is None:
        return "\u2013"
    return f"{value:,}" if isinstance(value, int) else str(value)


def _day(value: dt.date | None) -> str:
    return value.strftime("%-d %B %Y") if value else "\u2013"


def _span(start: dt.date | None, end: dt.date | None) -> str:
    if start is None:
        return "date unknown"
    if end is None or end == start:
        return start.isoformat()
    return f"{start.isoformat()} to {end.isoformat()}"


def _share(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.0%}"


@lru_cache(maxsize=1)
def _environment() -> Environment:
    env = Environment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=True, undefined=StrictUndefined,
                      trim_blocks=True, lstrip_blocks=True)
    env.filters.update(num=_num, day=_day, share=_share)
    env.globals.update(span=_span, precision=PRECISION, labels=LABELS, symbol=svg.symbol)
    return env


def _fill(series: list[dict[str, Any]], period: str, start: dt.date | None, end: dt.date | None
          ) -> list[dict[str, Any]]:
    """The periods from the report's first to its last day, those without incidents as zeros, so time runs
    evenly along the axis (weeks and quarters are left as they are)."""
    dated = [s for s in series if s["key"] != "unknown"]
    if period not in ("day", "month", "year") or not dated:
        return dated
    def key(day: dt.date) -> str:
        return day.isoformat() if period == "day" else f"{day.year}-{day.month:02d}" if period == "month" \
            else str(day.year)

    first = start or dt.date.fromisoformat(_first_day(dated[0]["key"], period))
    last = end or dt.date.fromisoformat(_first_day(dated[-1]["key"], period))
    if first > last:
        return dated
    known = {s["key"]: s for s in dated}
    keys: list[str] = []
    day = first
    while day <= last and len(keys) <= 5000:
        k = key(day)
        if not keys or keys[-1] != k:
            keys.append(k)
        day = day + dt.timedelta(days=1) if period == "day" else (
            dt.date(day.year + day.month // 12, day.month % 12 + 1, 1) if period == "month" else dt.date(day.year + 1, 1, 1))
    wanted = set(keys)
    extra = [s for s in dated if s["key"] not in wanted]  # dated outside the span (a range reaching in)
    return sorted([known.get(k, {"key": k, "incidents": 0, "killed_best": 0}) for k in keys] + extra,
                  key=lambda s: str(s["key"]))


def _first_day(key: str, period: str) -> str:
    return key if period == "day" else f"{key}-01" if period == "month" else f"{key}-01-01"


def render_html(report: dict[str, Any]) -> str:
    """The report dictionary of ``build_report`` as a complete HTML document."""
    stats = report["stats"]
    start, end = report["from"] or report["first"], report["to"] or report["last"]
    series = _fill(stats["by_period"], report["period"], start, end)
    charts = {name: svg.hbar_chart(stats[f"by_{name}"], "killed_best", f"Killed (all) by {label}")
              for name, label in BREAKDOWNS}
    timeline = svg.timeline_chart(series, "killed_best", f"Killed (all) per {report['period']}")
    timeline_incidents = svg.timeline_chart(series, "incidents", f"Incidents per {report['period']}", height=160)
    the_map = svg.map_svg(report["map"], "Map of incidents")
    rules = {"fair": FAIR_SOURCES, "confirmed": CONFIRMED_SOURCES, "perpetrator": CONFIRMED_PERPETRATOR_SOURCES}
    return _environment().get_template("report.html").render(
        r=report, t=stats["totals"], stats=stats, charts=charts, breakdowns=BREAKDOWNS, timeline=timeline,
        timeline_incidents=timeline_incidents, the_map=the_map, grade_rules=rules, filters=_filters(report))


def _filters(report: dict[str, Any]) -> list[tuple[str, str]]:
    """The filters as a reader should see them on the cover (the dates are the period, shown apart)."""
    flt = report["filter"]
    out = [(name, ", ".join(values)) for name, values in (
        ("governorate", flt.admin1), ("perpetrator", flt.perpetrator), ("weapon", flt.weapon),
        ("target", flt.target), ("grade", flt.grade), ("review status", flt.status)) if values]
    if flt.q:
        out.append(("text", flt.q))
    if report["reviewed_only"]:
        out.append(("review", "reviewed incidents only"))
    return out
