"""`process`: extract, geocode and link every stored document not yet processed."""

from .runner import ProcessReport, process_pending

__all__ = ["ProcessReport", "process_pending"]
