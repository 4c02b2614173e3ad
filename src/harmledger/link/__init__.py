"""Linking incident mentions into incidents: blocking, scoring, figures, merges, splits and the trail.

    from harmledger.link import link_pending, recompute_incident, merge_incidents, split_incident, LinkReport
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._lazy import lazy_exports

if TYPE_CHECKING:
    from .incidents import merge_incidents, recompute_incident, split_incident
    from .pending import LinkReport, link_pending

__getattr__ = lazy_exports(__name__, {
    "merge_incidents": ".incidents", "recompute_incident": ".incidents", "split_incident": ".incidents",
    "LinkReport": ".pending", "link_pending": ".pending",
})

__all__ = ["LinkReport", "link_pending", "merge_incidents", "recompute_incident", "split_incident"]
