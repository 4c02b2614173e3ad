"""`process`: extract, geocode and link every stored document not yet processed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._lazy import lazy_exports

if TYPE_CHECKING:
    from .runner import ProcessReport, process_pending

__getattr__ = lazy_exports(__name__, {"ProcessReport": ".runner", "process_pending": ".runner"})

__all__ = ["ProcessReport", "process_pending"]
