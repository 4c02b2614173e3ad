"""Writing a report to a file: HTML or PDF by the output's extension, and the full incident list beside
it as CSV when the report lists only the deadliest incidents."""

from __future__ import annotations

import dataclasses
import logging
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from ..._errors import ReportError
from ..filters import IncidentFilter
from .build import ReportOptions, build_report
from .csvfile import write_incident_csv
from .pdf import find_chromium, html_to_pdf
from .render import render_html

logger = logging.getLogger(__name__)

SUFFIXES = {".html": "html", ".htm": "html", ".pdf": "pdf"}


@dataclass(frozen=True)
class WrittenReport:
    path: Path
    format: str
    incidents: int  # counted (the headline figure)
    listed: int  # in the report's appendix
    csv_path: Path | None  # the full list, when the appendix is capped


def report_format(output: Path) -> str:
    """``html`` or ``pdf`` from the output's extension."""
    fmt = SUFFIXES.get(output.suffix.lower())
    if fmt is None:
        raise ReportError(f"cannot tell the report's format from {output.name!r}; end --output in .html or .pdf")
    return fmt


def csv_path_for(output: Path) -> Path:
    return output.with_name(output.stem + ".incidents.csv")


def write_report(session: Session, flt: IncidentFilter, output: Path, options: ReportOptions | None = None, *,
                 chromium: str | None = None) -> WrittenReport:
    """Build the report over the incidents ``flt`` selects and write it to ``output`` (.html or .pdf)."""
    fmt = report_format(output)
    if not output.parent.is_dir():
        raise ReportError(f"the folder {output.parent} does not exist; create it or choose another --output")
    if fmt == "pdf":
        find_chromium(chromium)  # before the work, so a missing Chromium fails at once
    csv_path = csv_path_for(output)
    # An HTML report links the CSV beside it; a PDF only names it (a relative link in a PDF goes nowhere).
    options = dataclasses.replace(options or ReportOptions(), csv_name=csv_path.name,
                                  csv_href=csv_path.name if fmt == "html" else None)
    report = build_report(session, flt, options)
    written_csv = None
    try:
        if report["capped"]:
            with csv_path.open("w", encoding="utf-8", newline="") as out:
                write_incident_csv(session, flt, out, reviewed_only=options.reviewed_only, public=options.public)
            written_csv = csv_path
        html = render_html(report)
        if fmt == "pdf":
            output.write_bytes(html_to_pdf(html, chromium=chromium))
        else:
            output.write_text(html, encoding="utf-8")
    except OSError as exc:
        raise ReportError(f"cannot write the report to {output.parent}: {exc.strerror or exc}; "
                          "choose another --output") from exc
    logger.info("wrote %s (%d incidents, %d listed)", output, report["incident_total"], len(report["incidents"]))
    return WrittenReport(output, fmt, report["incident_total"], len(report["incidents"]), written_csv)
