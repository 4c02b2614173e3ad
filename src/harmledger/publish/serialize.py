"""An incident as the JSON of docs/contract.md section 5 (one line of `export --format jsonl`)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..store.models import Document, Incident, IncidentLink, Mention, Source

_BATCH = 500


def sources_for(session: Session, incident_ids: Sequence[str], *, public: bool = False) -> dict[str, list[dict[str, Any]]]:
    """incident id -> its sources (`document_id`, `mention_index`, `title`, `published`, `source`).

    `public` leaves out documents marked restricted (the public read-only view)."""
    out: dict[str, list[dict[str, Any]]] = {i: [] for i in incident_ids}
    ids = list(incident_ids)
    for i in range(0, len(ids), _BATCH):
        stmt = (
            select(IncidentLink.incident_id, Mention.document_id, Mention.index, Document.title, Document.published,
                   Source.name)
            .join(Mention, Mention.id == IncidentLink.mention_id)
            .join(Document, Document.id == Mention.document_id)
            .outerjoin(Source, Source.id == Document.source_id)
            .where(IncidentLink.incident_id.in_(ids[i : i + _BATCH]), Mention.rejected.is_(False))
            .order_by(Document.published, Mention.document_id, Mention.index)
        )
        if public:
            stmt = stmt.where(Document.restricted.is_(False))
        for iid, doc_id, index, title, published, source in session.execute(stmt):
            out[iid].append({"document_id": doc_id, "mention_index": index, "title": title,
                             "published": published.isoformat() if published else None, "source": source})
    return out


def _count(incident: Incident, group: str) -> dict[str, Any]:
    out = {k: getattr(incident, f"{group}_{k}") for k in ("low", "best", "high")}
    for k in ("civilians", "children", "women"):
        out[k] = getattr(incident, f"{k}_killed") if group == "killed" else None
    return out


def incident_dict(incident: Incident, sources: list[dict[str, Any]]) -> dict[str, Any]:
    places = []
    if incident.place_name or incident.place_id:
        resolved = None
        if incident.place_id or incident.lat is not None:
            resolved = {"place_id": incident.place_id, "name": incident.place_name, "lat": incident.lat,
                        "lon": incident.lon, "admin1": incident.admin1, "admin1_pcode": incident.admin1_pcode,
                        "admin2": incident.admin2, "country": incident.country, "precision": incident.where_prec}
        places.append({"name": incident.place_name, "role": "event", "resolved": resolved})
    return {
        "id": incident.id,
        "kind": incident.kind,
        "date": {"start": incident.date_start.isoformat() if incident.date_start else None,
                 "end": incident.date_end.isoformat() if incident.date_end else None,
                 "precision": incident.date_precision},
        "places": places,
        "actors": [{"code": a["code"], "role": a.get("role", "perpetrator")} for a in incident.actors or []],
        "weapons": [{"code": c} for c in incident.weapons or []],
        "targets": [{"code": c} for c in incident.targets or []],
        "casualties": {"killed": _count(incident, "killed"), "injured": _count(incident, "injured")},
        "grade": incident.grade,
        "status": incident.status,
        "n_sources": incident.n_sources,
        "n_independent": incident.n_independent,
        "updated_at": incident.updated_at.isoformat() if incident.updated_at else None,
        "sources": sources,
    }


def incident_to_dict(session: Session, incident: Incident, *, public: bool = False) -> dict[str, Any]:
    """docs/contract.md section 5: the merged date, places, actors, weapons, targets, casualties, grade, sources.

    `public` leaves restricted documents out of `sources`."""
    return incident_dict(incident, sources_for(session, [incident.id], public=public)[incident.id])
