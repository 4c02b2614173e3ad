"""What a report shows, collected from the store.

The figures are `compute_stats`'s output as it is (the function behind `harmledger stats`), so the
report and the command cannot disagree. Around them: the incidents those figures count (the same
rule as compute_stats: kind "incident", not discounted unless the filter asks for that grade, reviewed
only when asked), the documents behind them, the aggregate claims, and the points of the map.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ... import __version__
from ..._errors import ReportError
from ...geo.admin_names import admin1_name, admin1_pcode
from ...store.models import Document, Incident, IncidentLink, Mention, Source
from ..claims import list_claims
from ..filters import IncidentFilter
from ..stats import PERIODS, UNREVIEWED, compute_stats
from . import boundaries

logger = logging.getLogger(__name__)

APPENDIX_CAP = 500  # incidents listed in the report; more go to the CSV named in it
MAP_CAP = 3000  # places drawn as circles; the deadliest are kept (the legend says how many are left out)
TOWN_PREC = 2  # where_prec 1 (the place itself) or 2 (near it): located to a town or village
_BATCH = 500


@dataclass(frozen=True)
class ReportOptions:
    """How a report is made. ``public`` leaves documents marked restricted out of the sources and claims
    (the public read-only view; the default of the command, as a report is made to be handed out)."""

    title: str | None = None
    reviewed_only: bool = False
    period: str | None = None  # of the timeline; None: day, month or year from the span
    cap: int = APPENDIX_CAP
    public: bool = True
    csv_name: str | None = None  # how the report names the full list when it is capped
    csv_href: str | None = None  # where that list is (a file beside the report, or a URL)
    now: dt.datetime | None = None


def counted(flt: IncidentFilter, reviewed_only: bool, *columns: Any) -> Any:
    """A select of the incidents compute_stats counts (the same conditions, in the same order)."""
    stmt = flt.apply(select(*columns)).where(Incident.kind == "incident")
    if "discounted" not in flt.grade:
        stmt = stmt.where(Incident.grade != "discounted")
    if reviewed_only:
        stmt = stmt.where(Incident.status != UNREVIEWED)
    return stmt


def choose_period(first: dt.date | None, last: dt.date | None) -> str:
    """Days for a month or two, months for up to ten years, else years: bars that can still be read."""
    if first is None or last is None:
        return "month"
    days = (last - first).days
    return "day" if days <= 62 else "month" if days <= 3660 else "year"


def _web_link(origin: str | None) -> str | None:
    return origin if origin and origin.lower().startswith(("http://", "https://")) else None


def _sources_of(session: Session, ids: list[str], public: bool) -> dict[str, list[dict[str, Any]]]:
    """incident id -> its documents (one entry per document), with a web link when it came from one."""
    out: dict[str, list[dict[str, Any]]] = {i: [] for i in ids}
    seen: set[tuple[str, str]] = set()
    for i in range(0, len(ids), _BATCH):
        stmt = (select(IncidentLink.incident_id, Document.id, Document.title, Document.published, Document.origin,
                       Source.name)
                .join(Mention, Mention.id == IncidentLink.mention_id)
                .join(Document, Document.id == Mention.document_id)
                .outerjoin(Source, Source.id == Document.source_id)
                .where(IncidentLink.incident_id.in_(ids[i: i + _BATCH]), Mention.rejected.is_(False))
                .order_by(Document.published, Document.id))
        if public:
            stmt = stmt.where(Document.restricted.is_(False))
        for iid, doc_id, title, published, origin, source in session.execute(stmt):
            if (iid, doc_id) in seen:
                continue
            seen.add((iid, doc_id))
            out[iid].append({"document_id": doc_id, "title": title, "published": published, "source": source,
                             "href": _web_link(origin)})
    return out


def _listed(session: Session, flt: IncidentFilter, options: ReportOptions, total: int) -> list[dict[str, Any]]:
    """The incidents of the appendix: all of them in date order, or when there are more than the cap,
    the deadliest ``cap`` (still listed in date order)."""
    stmt = counted(flt, options.reviewed_only, Incident)
    if total <= options.cap:
        stmt = stmt.order_by(Incident.date_start, Incident.id)
    else:
        stmt = stmt.order_by(func.coalesce(Incident.killed_best, 0).desc(), Incident.date_start, Incident.id)
    rows = list(session.scalars(stmt.limit(options.cap)))
    rows.sort(key=lambda r: (r.date_start or dt.date.max, r.id))
    sources = _sources_of(session, [r.id for r in rows], options.public)
    return [{"id": r.id, "date_start": r.date_start, "date_end": r.date_end, "place": r.place_name,
             "admin1": r.admin1, "where_prec": r.where_prec, "killed": (r.killed_low, r.killed_best, r.killed_high),
             "civilians": r.civilians_killed, "children": r.children_killed, "women": r.women_killed,
             "injured": r.injured_best, "weapon": r.weapon, "perpetrator": r.perpetrator, "target": r.target,
             "grade": r.grade, "status": r.status, "unreviewed": (r.status or UNREVIEWED) == UNREVIEWED,
             "n_sources": r.n_sources, "n_independent": r.n_independent, "sources": sources[r.id]}
            for r in rows]


def _source_counts(session: Session, flt: IncidentFilter, options: ReportOptions) -> dict[str, Any]:
    """How many documents and outlets the counted incidents rest on, and the most cited outlets."""
    ids = counted(flt, options.reviewed_only, Incident.id)
    base = (select(Mention.document_id, Document.source_id)
            .join(IncidentLink, IncidentLink.mention_id == Mention.id)
            .join(Document, Document.id == Mention.document_id)
            .where(IncidentLink.incident_id.in_(ids), Mention.rejected.is_(False)))
    if options.public:
        base = base.where(Document.restricted.is_(False))
    docs = base.distinct().subquery()
    documents = session.scalar(select(func.count()).select_from(docs)) or 0
    outlets = session.scalar(select(func.count(func.distinct(docs.c.source_id)))) or 0
    top = session.execute(select(Source.name, func.count()).join(docs, docs.c.source_id == Source.id)
                          .group_by(Source.name).order_by(func.count().desc(), Source.name).limit(10)).all()
    return {"documents": int(documents), "outlets": int(outlets),
            "top": [{"name": name, "documents": int(n)} for name, n in top]}


def _map_points(session: Session, flt: IncidentFilter, options: ReportOptions) -> dict[str, Any]:
    """Circles for the map: one per place located to a town (where_prec 1-2), summed; the incidents
    located less precisely are gathered at their governorate's centre (else at their own point)."""
    centres = boundaries.centres()
    precise: dict[tuple[float, float], dict[str, Any]] = {}
    vague: dict[str, dict[str, Any]] = {}
    unplaced = 0
    stmt = counted(flt, options.reviewed_only, Incident.lat, Incident.lon, Incident.where_prec, Incident.place_name,
                   Incident.admin1, Incident.admin1_pcode, Incident.killed_best)
    for lat, lon, prec, name, admin1, pcode, killed in session.execute(stmt):
        if lat is not None and lon is not None and prec is not None and prec <= TOWN_PREC:
            spot = precise.setdefault((round(lat, 2), round(lon, 2)),
                                      {"lat": lat, "lon": lon, "name": name, "killed": 0, "incidents": 0})
        else:
            found = admin1_pcode(pcode) if pcode else admin1_pcode(admin1) if admin1 else None
            if found in centres:
                key, (c_lon, c_lat), label = found, centres[found], admin1_name(found)
            elif lat is not None and lon is not None:
                key, (c_lon, c_lat), label = f"{round(lat, 2)},{round(lon, 2)}", (lon, lat), name or admin1
            else:
                unplaced += 1
                continue
            spot = vague.setdefault(key, {"lat": c_lat, "lon": c_lon, "name": label, "killed": 0, "incidents": 0})
        spot["killed"] += killed or 0
        spot["incidents"] += 1
    ranked = sorted(precise.values(), key=lambda s: (-s["killed"], -s["incidents"]))
    return {"precise": ranked[:MAP_CAP], "left_out": len(ranked) - min(len(ranked), MAP_CAP),
            "precise_incidents": sum(s["incidents"] for s in ranked), "vague": list(vague.values()),
            "vague_incidents": sum(s["incidents"] for s in vague.values()), "unplaced": unplaced}


def _claims(session: Session, flt: IncidentFilter, options: ReportOptions) -> tuple[list[dict[str, Any]], int]:
    claims = list_claims(session, flt)
    if options.public and claims:
        doc_ids = sorted({c["document_id"] for c in claims})
        hidden: set[str] = set()
        for i in range(0, len(doc_ids), _BATCH):
            hidden.update(session.scalars(select(Document.id).where(
                Document.id.in_(doc_ids[i: i + _BATCH]), Document.restricted.is_(True))))
        claims = [c for c in claims if c["document_id"] not in hidden]
    return claims[: options.cap], len(claims)


def _span(session: Session, flt: IncidentFilter, options: ReportOptions) -> tuple[dt.date | None, dt.date | None]:
    first, last = session.execute(counted(flt, options.reviewed_only, func.min(Incident.date_start),
                                          func.max(func.coalesce(Incident.date_end, Incident.date_start)))).one()
    return first, last


def build_report(session: Session, flt: IncidentFilter, options: ReportOptions | None = None) -> dict[str, Any]:
    """Everything the report template shows (plain values; the template escapes every text)."""
    options = options or ReportOptions()
    if options.period is not None and options.period not in PERIODS:
        raise ReportError(f"unknown period {options.period!r} for the timeline; use one of {', '.join(PERIODS)}")
    if options.cap < 1:
        raise ReportError(f"the report must list at least one incident (cap {options.cap}); give a cap of 1 or more")
    first, last = _span(session, flt, options)
    start, end = flt.date_from or first, flt.date_to or last
    period = options.period or choose_period(start, end)
    stats = compute_stats(session, flt, period=period, reviewed_only=options.reviewed_only)
    total = int(stats["totals"]["incidents"])
    discounted = 0
    if not flt.grade:  # a grade filter without "discounted" leaves them out anyway
        discounted = session.scalar(select(func.count()).select_from(
            counted(flt.model_copy(update={"grade": ["discounted"]}), options.reviewed_only, Incident.id)
            .subquery())) or 0
    incidents = _listed(session, flt, options, total)
    claims, claims_total = _claims(session, flt, options)
    logger.info("report over %d incidents (%d listed)", total, len(incidents))
    return {
        "title": options.title or "Civilian harm report",
        "made_at": (options.now or dt.datetime.now(dt.UTC)).replace(microsecond=0),
        "version": __version__,
        "from": flt.date_from, "to": flt.date_to, "first": first, "last": last,
        "filter": flt, "reviewed_only": options.reviewed_only, "public": options.public,
        "period": period, "stats": stats,
        "sources": _source_counts(session, flt, options),
        "incidents": incidents, "incident_total": total, "cap": options.cap, "capped": total > options.cap,
        "csv_name": options.csv_name, "csv_href": options.csv_href,
        "discounted": int(discounted),
        "claims": claims, "claims_total": claims_total,
        "map": _map_points(session, flt, options),
    }
