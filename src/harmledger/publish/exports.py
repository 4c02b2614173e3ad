"""`export_incidents`: ACLED-style CSV, UCDP GED-style CSV, GeoJSON, JSON Lines and a plain CSV.

With `since`, only incidents changed at or after that time are written, and the incidents removed
or merged away since then are reported: as `{"id", "deleted": true, ...}` lines in JSON Lines, in a
top-level `"deleted"` list in GeoJSON, and for the CSV formats as rows written to `deleted_out`
(ACLED's own way of publishing deletions: `event_id_cnty`, `deleted_timestamp`).

Every CSV cell of text that a spreadsheet would run as a formula gets a leading single quote
(formats.spreadsheet_safe; docs/exports.md says which).
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections.abc import Callable, Iterator
from typing import Any, TextIO

from sqlalchemy import select
from sqlalchemy.orm import Session

from .._errors import HarmledgerError
from ..store.models import Incident, IncidentChange
from .filters import IncidentFilter
from .formats import (
    ACLED_COLUMNS,
    CSV_COLUMNS,
    UCDP_COLUMNS,
    acled_row,
    csv_row,
    geojson_feature,
    spreadsheet_safe,
    ucdp_id,
    ucdp_row,
)
from .kinds import FORMATS, Format
from .serialize import incident_dict, sources_for

_BATCH = 500


class ExportError(HarmledgerError):
    code = "E091"


def _incidents(session: Session, flt: IncidentFilter, since: dt.datetime | None,
               public: bool) -> Iterator[tuple[Incident, list[dict[str, Any]]]]:
    stmt = flt.apply(select(Incident.id)).where(Incident.kind == "incident").order_by(Incident.date_start, Incident.id)
    if since is not None:
        stmt = stmt.where(Incident.updated_at >= since)
    ids = list(session.scalars(stmt))
    for i in range(0, len(ids), _BATCH):
        chunk = ids[i : i + _BATCH]
        rows = {inc.id: inc for inc in session.scalars(select(Incident).where(Incident.id.in_(chunk)))}
        sources = sources_for(session, chunk, public=public)
        for iid in chunk:
            yield rows[iid], sources[iid]


def removed_since(session: Session, since: dt.datetime) -> list[dict[str, Any]]:
    """Incidents removed or merged away at or after `since`: id, action, merged_into, at."""
    stmt = (
        select(IncidentChange, Incident.merged_into)
        .join(Incident, Incident.id == IncidentChange.incident_id)
        .where(IncidentChange.at >= since, IncidentChange.action.in_(("merged", "removed")), Incident.deleted.is_(True))
        .order_by(IncidentChange.at, IncidentChange.id)
    )
    out: dict[str, dict[str, Any]] = {}
    for change, merged_into in session.execute(stmt):
        out[change.incident_id] = {"id": change.incident_id, "deleted": True, "action": change.action,
                                   "merged_into": merged_into, "at": change.at.isoformat()}
    return list(out.values())


def _write_csv(out: TextIO, columns: list[str], rows: Iterator[dict[str, Any]]) -> int:
    writer = csv.DictWriter(out, fieldnames=columns, extrasaction="raise", lineterminator="\n")
    writer.writeheader()
    n = 0
    for row in rows:
        writer.writerow({key: spreadsheet_safe(value) for key, value in row.items()})
        n += 1
    return n


def export_incidents(session: Session, fmt: Format, out: TextIO, flt: IncidentFilter | None = None,
                     since: dt.datetime | None = None, *, deleted_out: TextIO | None = None,
                     public: bool = False) -> int:
    """Write the filtered incidents in `fmt` to `out`; returns how many incidents were written.

    `public` leaves documents marked restricted out of the sources (the public read-only view)."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")
    flt = flt or IncidentFilter()
    flt.check_admin1(session)  # an unknown governorate is an error, not an empty export
    items = _incidents(session, flt, since, public)
    removed = removed_since(session, since) if since is not None else []
    if fmt == "jsonl":
        n = 0
        for incident, sources in items:
            out.write(json.dumps(incident_dict(incident, sources), ensure_ascii=False) + "\n")
            n += 1
        for record in removed:
            out.write(json.dumps(record) + "\n")
        return n
    if fmt == "geojson":
        features = [geojson_feature(incident_dict(inc, src)) for inc, src in items]
        collection: dict[str, Any] = {"type": "FeatureCollection", "features": features}
        if since is not None:
            collection["deleted"] = removed
        json.dump(collection, out, ensure_ascii=False)
        out.write("\n")
        return len(features)
    makers: dict[str, tuple[list[str], Callable[[Incident, list[dict[str, Any]]], dict[str, Any]]]] = {
        "acled": (ACLED_COLUMNS, acled_row), "ucdp": (UCDP_COLUMNS, ucdp_row), "csv": (CSV_COLUMNS, csv_row),
    }
    columns, make = makers[fmt]
    n = _write_csv(out, columns, (make(inc, src) for inc, src in items))
    if deleted_out is not None and since is not None:
        id_column = {"acled": "event_id_cnty", "ucdp": "id", "csv": "id"}[fmt]
        writer = csv.writer(deleted_out, lineterminator="\n")
        writer.writerow([id_column, "deleted_timestamp", "action", "merged_into"])
        for record in removed:
            stamp = int(dt.datetime.fromisoformat(record["at"]).replace(tzinfo=dt.UTC).timestamp())
            rid = ucdp_id(record["id"]) if fmt == "ucdp" else record["id"]
            writer.writerow([spreadsheet_safe(v) for v in (rid, stamp, record["action"], record["merged_into"] or "")])
    return n
