"""Periodic reports, the way monitors publish them: one self-contained HTML document (or its PDF) with a
cover, the headline figures of `harmledger stats`, breakdowns, a timeline, a map, the incidents and the
method.

    from harmledger.publish.report import ReportOptions, build_report, render_html, write_report
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._lazy import lazy_exports

if TYPE_CHECKING:
    from .build import APPENDIX_CAP, ReportOptions, build_report
    from .csvfile import write_incident_csv
    from .output import WrittenReport, write_report
    from .pdf import ChromiumNotFoundError, PdfPrintError, html_to_pdf
    from .render import render_html

__getattr__ = lazy_exports(__name__, {
    "APPENDIX_CAP": ".build", "ReportOptions": ".build", "build_report": ".build",
    "write_incident_csv": ".csvfile",
    "WrittenReport": ".output", "write_report": ".output",
    "ChromiumNotFoundError": ".pdf", "PdfPrintError": ".pdf", "html_to_pdf": ".pdf",
    "render_html": ".render",
})

__all__ = ["APPENDIX_CAP", "ChromiumNotFoundError", "PdfPrintError", "ReportOptions", "WrittenReport",
           "build_report", "html_to_pdf", "render_html", "write_incident_csv", "write_report"]
