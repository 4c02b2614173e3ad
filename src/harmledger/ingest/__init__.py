"""Ingest: store reports from files, folders, corpora and URLs, with their originals kept intact.

    from harmledger.ingest import ingest, ingest_bytes
    report = ingest(store, ["reports/", "https://example.org/a.html"], source="SNHR")
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._lazy import lazy_exports

if TYPE_CHECKING:
    from .pipeline import ingest, ingest_bytes
    from .types import IngestReport, IngestResult

__getattr__ = lazy_exports(__name__, {
    "ingest": ".pipeline", "ingest_bytes": ".pipeline",
    "IngestReport": ".types", "IngestResult": ".types",
})

__all__ = ["IngestReport", "IngestResult", "ingest", "ingest_bytes"]
