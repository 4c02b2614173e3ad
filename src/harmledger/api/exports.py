"""/api/export: the publishing library's exports, with a built-in JSON Lines / GeoJSON / CSV fallback."""

from __future__ import annotations

import csv
import importlib
import inspect
import io
import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..store.models import Incident
from .errors import ApiError
from .filters import IncidentQuery
from .queries import incident_summary

MEDIA = {"jsonl": "application/x-ndjson", "geojson": "application/geo+json", "csv": "text/csv",
         "acled": "text/csv", "ucdp": "text/csv"}
CSV_COLUMNS = ("id", "date_start", "date_end", "place_name", "admin1", "lat", "lon", "weapon", "target",
               "perpetrator", "killed_low", "killed_best", "killed_high", "injured_low", "injured_best",
               "injured_high", "grade", "status", "n_sources")


def _publish_filter(module: Any, flt: IncidentQuery) -> Any:
    cls = getattr(module, "IncidentFilter", None)
    if cls is None:
        return None
    fields = getattr(cls, "model_fields", {})
    return cls(**{k: v for k, v in flt.model_dump().items() if k in fields and v is not None})


def export_text(session: Session, fmt: str, flt: IncidentQuery, *, public: bool) -> tuple[str, str, int]:
    """The export's text, its media type and the number of incidents."""
    try:
        module = importlib.import_module("harmledger.publish")
    except ImportError:
        module = None
    export = getattr(module, "export_incidents", None)
    if export is not None and (not public or "public" in inspect.signature(export).parameters):
        out = io.StringIO()
        # The public view asks the library to leave restricted sources out; an older library without
        # that option is not used there (the built-in export below never includes sources).
        kwargs = {"public": True} if public else {}
        count = export(session, fmt, out, _publish_filter(module, flt), **kwargs)
        return out.getvalue(), MEDIA[fmt], int(count)
    if fmt in ("acled", "ucdp"):
        raise ApiError(501, f"the {fmt} export needs harmledger.publish; use jsonl, csv or geojson", code="unavailable")
    rows = list(session.scalars(flt.apply(select(Incident)).order_by(Incident.date_start, Incident.id)))
    out = io.StringIO()
    if fmt == "jsonl":
        for incident in rows:
            out.write(json.dumps(incident_summary(incident), ensure_ascii=False) + "\n")
    elif fmt == "geojson":
        features = [{"type": "Feature", "id": i.id, "properties": incident_summary(i),
                     "geometry": {"type": "Point", "coordinates": [i.lon, i.lat]} if i.lat is not None else None}
                    for i in rows]
        json.dump({"type": "FeatureCollection", "features": features}, out, ensure_ascii=False)
    else:
        writer = csv.writer(out)
        writer.writerow(CSV_COLUMNS)
        for incident in rows:
            writer.writerow([getattr(incident, c) if getattr(incident, c) is not None else "" for c in CSV_COLUMNS])
    return out.getvalue(), MEDIA[fmt], len(rows)
