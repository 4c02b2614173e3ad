"""The full list of a report's incidents as CSV: the columns of `harmledger export --format csv`.

Written when the report lists only the deadliest incidents (over its cap), so a reader still has every
incident the figures count, in a form a spreadsheet opens.
"""

from __future__ import annotations

import csv
from types import SimpleNamespace
from typing import TextIO, cast

from sqlalchemy.orm import Session

from ...store.models import Incident
from ..filters import IncidentFilter
from ..formats import CSV_COLUMNS, csv_row, spreadsheet_safe
from ..serialize import sources_for
from .build import counted

_BATCH = 1000
# Every column but the machine's figures and the analyst's overrides, which the CSV does not show: read
# as plain rows, not ORM objects, which on 100,000 incidents takes about half the time.
_COLUMNS = [c for c in Incident.__table__.c if c.name not in ("machine", "overrides")]


def write_incident_csv(session: Session, flt: IncidentFilter, out: TextIO, *, reviewed_only: bool = False,
                       public: bool = True) -> int:
    """Write every incident the report counts, oldest first; returns how many."""
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, extrasaction="raise", lineterminator="\n")
    writer.writeheader()
    stmt = counted(flt, reviewed_only, *_COLUMNS).order_by(Incident.date_start, Incident.id)
    n = 0
    for rows in session.execute(stmt.execution_options(yield_per=_BATCH)).partitions():
        sources = sources_for(session, [r.id for r in rows], public=public)
        for row in rows:
            # The row's columns as attributes read as the incident does (csv_row reads only columns); a
            # namespace, since attribute look-ups on a Row are slow.
            record = csv_row(cast(Incident, SimpleNamespace(**row._asdict())), sources[row.id])
            writer.writerow({k: spreadsheet_safe(v) for k, v in record.items()})
        n += len(rows)
    return n
