"""Reading incidents and documents for the API and the pages (both show the same data)."""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from .._errors import NotFoundError
from ..review.fields import CORRECTABLE, to_json
from ..store.models import Document, Evidence, Incident, IncidentLink, Mention, Source
from .aggregates import ResultCache
from .filters import SORTS, IncidentQuery

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")


def incident_summary(incident: Incident) -> dict[str, Any]:
    return {
        "id": incident.id,
        "kind": incident.kind,
        "date": {"start": to_json(incident.date_start), "end": to_json(incident.date_end),
                 "precision": incident.date_precision},
        "place": {"name": incident.place_name, "place_id": incident.place_id, "lat": incident.lat, "lon": incident.lon,
                  "admin1": incident.admin1, "admin1_pcode": incident.admin1_pcode, "admin2": incident.admin2,
                  "country": incident.country, "precision": incident.where_prec},
        "weapon": incident.weapon, "target": incident.target, "perpetrator": incident.perpetrator,
        "weapons": list(incident.weapons or []), "targets": list(incident.targets or []),
        "actors": list(incident.actors or []),
        "casualties": {
            "killed": {"low": incident.killed_low, "best": incident.killed_best, "high": incident.killed_high,
                       "civilians": incident.civilians_killed, "children": incident.children_killed,
                       "women": incident.women_killed},
            "injured": {"low": incident.injured_low, "best": incident.injured_best, "high": incident.injured_high},
        },
        "grade": incident.grade, "status": incident.status,
        "n_sources": incident.n_sources, "n_independent": incident.n_independent,
        "updated_at": to_json(incident.updated_at),
    }


# While analysts write, a page within the first DIRECT_PAGES incidents whose ids are not cached is one
# count and one LIMIT query: with exact caching (no reuse) every write would otherwise make the next list
# compute every id of its filter again, about ten times a page's cost at 100,000 incidents. When the store
# has not changed for WRITES_QUIET seconds, the ids are computed and cached: each page is then a lookup.
DIRECT_PAGES = 1000
WRITES_QUIET = 5.0


def list_incidents(session: Session, flt: IncidentQuery, *, limit: int, offset: int, sort: str = "-date",
                   cache: ResultCache | None = None) -> tuple[list[dict[str, Any]], int]:
    """One page of incidents and the total. With a cache, a page is a lookup of its ids in the filter's
    sorted ids, computed once per store version; a page near the top is read directly instead when those
    ids are not at hand, the cache reuses nothing (``HARMLEDGER_CACHE_REUSE_SECONDS`` 0) and the store
    changed in the last WRITES_QUIET seconds."""
    order = SORTS.get(sort, SORTS["-date"])
    key = f"ids:{sort}:{flt.key()}"
    ids: list[str] | None = cache.peek(session, key) if cache is not None else None
    if ids is None and (cache is None or (offset + limit <= DIRECT_PAGES and not cache.reuse_seconds
                                          and cache.changed_within(WRITES_QUIET))):
        total = session.scalar(flt.apply(select(func.count()).select_from(Incident))) or 0
        rows = list(session.scalars(flt.apply(select(Incident)).order_by(*order).limit(limit).offset(offset)))
        return [incident_summary(i) for i in rows], int(total)
    if ids is None:
        assert cache is not None
        ids = cache.get_or_compute(session, key, lambda: list(session.scalars(flt.apply(select(Incident.id)).order_by(*order))))
    page = ids[offset : offset + limit]
    found = {i.id: i for i in session.scalars(select(Incident).where(Incident.id.in_(page)))} if page else {}
    return [incident_summary(found[i]) for i in page if i in found], len(ids)


def sentence_around(text: str, start: int, end: int, *, limit: int = 600) -> tuple[int, int]:
    """The bounds of the sentence(s) holding text[start:end], at most about ``limit`` characters."""
    left = max(0, start - limit // 2)
    right = min(len(text), end + limit // 2)
    s = left
    for match in _SENTENCE_END.finditer(text, left, start):
        s = match.end()
    e = right
    after = _SENTENCE_END.search(text, end, right)
    if after is not None:
        e = after.start()
    return s, e


def highlight(text: str, spans: list[tuple[int, int, str]]) -> list[dict[str, Any]]:
    """Split text into segments, marking the spans (merged when they overlap). Text stays plain text:
    the templates escape every segment."""
    spans = sorted((max(0, s), min(len(text), e), label) for s, e, label in spans if e > s)
    merged: list[list[Any]] = []
    for s, e, label in spans:
        if merged and s < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
            if label not in merged[-1][2]:
                merged[-1][2].append(label)
        else:
            merged.append([s, e, [label]])
    out: list[dict[str, Any]] = []
    pos = 0
    for s, e, labels in merged:
        if s > pos:
            out.append({"text": text[pos:s], "mark": None})
        out.append({"text": text[s:e], "mark": " ".join(labels), "start": s, "end": e})
        pos = e
    if pos < len(text):
        out.append({"text": text[pos:], "mark": None})
    return out


def evidence_with_sentences(text: str, evidence: list[Evidence]) -> list[dict[str, Any]]:
    """Each field's evidence with the sentence it came from, split into highlighted segments."""
    out = []
    for ev in sorted(evidence, key=lambda e: (e.start, e.field)):
        s, e = sentence_around(text, ev.start, ev.end)
        out.append({
            "field": ev.field, "value": ev.value, "start": ev.start, "end": ev.end, "text": ev.text,
            "sentence": {"start": s, "end": e, "text": text[s:e]},
            "segments": highlight(text[s:e], [(ev.start - s, ev.end - s, ev.field)]),
        })
    return out


def group_by_sentence(text: str, evidence: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The evidence of one mention grouped by the sentence it is in, in reading order: each sentence once,
    with every value read from it highlighted (labelled ``field: value``), so a sentence that gave the
    place, the weapon and the toll is shown once rather than three times."""
    groups: dict[tuple[int, int], list[dict[str, Any]]] = {}
    for item in evidence:
        groups.setdefault((item["sentence"]["start"], item["sentence"]["end"]), []).append(item)
    out = []
    for (s, e), items in sorted(groups.items()):
        labels = [(it["start"] - s, it["end"] - s, f"{it['field']}: {it['value']}" if it.get("value") else it["field"])
                  for it in items]
        out.append({"start": s, "end": e, "segments": highlight(text[s:e], labels),
                    "values": [{"field": f, "value": v} for f, v in
                               dict.fromkeys((it["field"], it.get("value")) for it in items)]})
    return out


def get_incident_detail(session: Session, incident_id: str, *, public: bool = False) -> dict[str, Any]:
    incident = session.get(Incident, incident_id)
    if incident is None:
        raise NotFoundError(f"no incident {incident_id!r}; check the id in the incident list")
    data = incident_summary(incident)
    machine = dict(incident.machine or {})
    if public:
        # The linker's snapshot also names the mentions it linked ("doc-id#0"), restricted reports included.
        machine = {k: v for k, v in machine.items() if k in CORRECTABLE}
    overrides = dict(incident.overrides or {})
    data.update(machine=machine, overrides=overrides, merged_into=incident.merged_into, deleted=incident.deleted)
    data["fields"] = [
        {"field": f, "value": to_json(getattr(incident, f)), "machine": machine.get(f, to_json(getattr(incident, f))),
         "analyst": overrides.get(f), "overridden": f in overrides}
        for f in CORRECTABLE
    ]
    rows = session.execute(
        select(IncidentLink, Mention, Document, Source.name)
        .join(Mention, IncidentLink.mention_id == Mention.id)
        .join(Document, Mention.document_id == Document.id)
        .outerjoin(Source, Document.source_id == Source.id)
        .where(IncidentLink.incident_id == incident_id)
        .order_by(Document.published, Document.id, Mention.index)
    ).all()
    sources = []
    for link, mention, document, source_name in rows:
        if public and document.restricted:
            continue
        sources.append({
            "document_id": document.id, "mention_id": mention.id, "mention_index": mention.index,
            "title": document.title, "published": to_json(document.published), "source": source_name,
            "restricted": document.restricted, "rejected": mention.rejected, "is_primary": mention.is_primary,
            "score": link.score, "reasons": link.reasons, "method": link.method,
            "figures": {"killed_low": mention.killed_low, "killed_high": mention.killed_high,
                        "injured_low": mention.injured_low, "injured_high": mention.injured_high,
                        "place": mention.place_name, "date": to_json(mention.date_start)},
            "evidence": evidence_with_sentences(document.text, list(mention.evidence)),
        })
        sources[-1]["sentences"] = group_by_sentence(document.text, sources[-1]["evidence"])
    data["sources"] = sources
    data["n_hidden_sources"] = len(rows) - len(sources)
    return data


def visible_document(session: Session, document_id: str, *, public: bool) -> Document:
    """The document, unless the request hides restricted material and it is restricted: the one rule for
    its page, its JSON and the download of its original."""
    document = session.get(Document, document_id)
    if document is None or (public and document.restricted):
        raise NotFoundError(f"no document {document_id!r}; check the id on the incident page or in search")
    return document


def get_document(session: Session, document_id: str, *, public: bool = False) -> dict[str, Any]:
    document = visible_document(session, document_id, public=public)
    mentions = list(session.scalars(select(Mention).where(Mention.document_id == document_id).order_by(Mention.index)))
    links = {m_id: inc for m_id, inc in session.execute(
        select(IncidentLink.mention_id, IncidentLink.incident_id).where(
            IncidentLink.mention_id.in_([m.id for m in mentions]))
    )} if mentions else {}
    spans: list[tuple[int, int, str]] = []
    out_mentions = []
    for mention in mentions:
        evidence = sorted(mention.evidence, key=lambda e: e.start)
        for ev in evidence:
            spans.append((ev.start, ev.end, f"m{mention.index} {ev.field}"))
        out_mentions.append({
            "id": mention.id, "index": mention.index, "kind": mention.kind, "is_primary": mention.is_primary,
            "rejected": mention.rejected, "incident_id": links.get(mention.id), "date": to_json(mention.date_start),
            "place": mention.place_name, "admin1": mention.admin1, "killed_low": mention.killed_low,
            "killed_high": mention.killed_high, "injured_low": mention.injured_low, "confidence": mention.confidence,
            "evidence": [{"field": e.field, "value": e.value, "start": e.start, "end": e.end, "text": e.text}
                         for e in evidence],
            "data": mention.data,
        })
    source = session.get(Source, document.source_id) if document.source_id is not None else None
    return {
        "id": document.id, "title": document.title, "published": to_json(document.published),
        "source": source.name if source else None, "origin": None if public else document.origin,
        "media_type": document.media_type, "language": document.language, "restricted": document.restricted,
        "status": document.status, "text": document.text, "mentions": out_mentions,
        "segments": highlight(document.text, spans),
    }


def list_documents(session: Session, *, limit: int, offset: int, public: bool) -> tuple[list[dict[str, Any]], int]:
    stmt = select(Document.id, Document.title, Document.published, Document.status, Document.restricted)
    count = select(func.count()).select_from(Document)
    if public:
        stmt = stmt.where(Document.restricted.is_(False))
        count = count.where(Document.restricted.is_(False))
    rows = session.execute(stmt.order_by(Document.published.desc(), Document.id).limit(limit).offset(offset)).all()
    items = [{"id": r.id, "title": r.title, "published": to_json(r.published), "status": r.status,
              "restricted": r.restricted} for r in rows]
    return items, int(session.scalar(count) or 0)
