"""Ingest: store reports from files, folders, corpora and URLs, with their originals kept intact.

    from harmledger.ingest import ingest, ingest_bytes
    report = ingest(store, ["reports/", "https://example.org/a.html"], source="SNHR")
"""

from .pipeline import ingest, ingest_bytes
from .types import IngestReport, IngestResult

__all__ = ["IngestReport", "IngestResult", "ingest", "ingest_bytes"]
