"""/api/export: the publishing library's exports (``harmledger.publish.export_incidents``), as text."""

from __future__ import annotations

import io

from sqlalchemy.orm import Session

from ..publish.exports import Format, export_incidents
from .filters import IncidentQuery

MEDIA = {"jsonl": "application/x-ndjson", "geojson": "application/geo+json", "csv": "text/csv",
         "acled": "text/csv", "ucdp": "text/csv"}


def export_text(session: Session, fmt: Format, flt: IncidentQuery, *, public: bool) -> tuple[str, str, int]:
    """The export's text, its media type and the number of incidents. ``public`` leaves restricted
    sources out (the public read-only view)."""
    out = io.StringIO()
    count = export_incidents(session, fmt, out, flt.to_publish(), public=public)
    return out.getvalue(), MEDIA[fmt], count
