"""An incident as JSON: each part written once, for the API's incident (`incident_summary`, docs/api.md)
and the export's record (`incident_dict`, docs/contract.md section 5, one line of `export --format jsonl`).

The two differ in form where their documents say so (one `place` in the API, a list of `places` with
`resolved` in the export; codes in the API, `{"code"}` objects in the export; the killed breakdown only
under `killed` in the API), and agree on every value they both carry: the date, the place, the figures,
the grade, review status, source counts and last change are read here once for both.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..store.models import Document, Incident, IncidentLink, Mention, Source

_BATCH = 500
_FIGURES = ("low", "best", "high")
_BREAKDOWN = ("civilians", "children", "women")  # of the killed only: the store keeps no injured breakdown


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


def date_json(incident: Any) -> dict[str, Any]:
    """`{"start", "end", "precision"}` of an Incident, or of a row of its columns."""
    return {"start": _iso(incident.date_start), "end": _iso(incident.date_end), "precision": incident.date_precision}


def place_json(incident: Any) -> dict[str, Any]:
    """The incident's place as the geocoder resolved it (the export's `resolved`, the API's `place`)."""
    return {"place_id": incident.place_id, "name": incident.place_name, "lat": incident.lat, "lon": incident.lon,
            "admin1": incident.admin1, "admin1_pcode": incident.admin1_pcode, "admin2": incident.admin2,
            "country": incident.country, "precision": incident.where_prec}


def counts_json(incident: Any, group: str, *, breakdown: bool = True) -> dict[str, Any]:
    """`killed` or `injured`: low, best, high and, with ``breakdown``, civilians, children and women
    (null for the injured)."""
    out = {k: getattr(incident, f"{group}_{k}") for k in _FIGURES}
    if breakdown:
        for k in _BREAKDOWN:
            out[k] = getattr(incident, f"{k}_killed") if group == "killed" else None
    return out


def review_json(incident: Any) -> dict[str, Any]:
    """The grade, review status, source counts and last change."""
    return {"grade": incident.grade, "status": incident.status, "n_sources": incident.n_sources,
            "n_independent": incident.n_independent, "updated_at": _iso(incident.updated_at)}


def incident_summary(incident: Any) -> dict[str, Any]:
    """The API's incident (docs/api.md; the list fields of `GET /api/incidents/{id}`): an Incident, or a
    row of its columns."""
    return {
        "id": incident.id,
        "kind": incident.kind,
        "date": date_json(incident),
        # The name first, as the API has always listed it.
        "place": {"name": incident.place_name, **place_json(incident)},
        "weapon": incident.weapon, "target": incident.target, "perpetrator": incident.perpetrator,
        "weapons": list(incident.weapons or []), "targets": list(incident.targets or []),
        "actors": list(incident.actors or []),
        "casualties": {"killed": counts_json(incident, "killed"),
                       "injured": counts_json(incident, "injured", breakdown=False)},
        **review_json(incident),
    }


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
                             "published": _iso(published), "source": source})
    return out


def incident_dict(incident: Incident, sources: list[dict[str, Any]]) -> dict[str, Any]:
    """The export's record (docs/contract.md section 5) with the given sources."""
    places = []
    if incident.place_name or incident.place_id:
        resolved = place_json(incident) if incident.place_id or incident.lat is not None else None
        places.append({"name": incident.place_name, "role": "event", "resolved": resolved})
    return {
        "id": incident.id,
        "kind": incident.kind,
        "date": date_json(incident),
        "places": places,
        "actors": [{"code": a["code"], "role": a.get("role", "perpetrator")} for a in incident.actors or []],
        "weapons": [{"code": c} for c in incident.weapons or []],
        "targets": [{"code": c} for c in incident.targets or []],
        "casualties": {"killed": counts_json(incident, "killed"), "injured": counts_json(incident, "injured")},
        **review_json(incident),
        "sources": sources,
    }


def incident_to_dict(session: Session, incident: Incident, *, public: bool = False) -> dict[str, Any]:
    """docs/contract.md section 5: the merged date, places, actors, weapons, targets, casualties, grade, sources.

    `public` leaves restricted documents out of `sources`."""
    return incident_dict(incident, sources_for(session, [incident.id], public=public)[incident.id])
