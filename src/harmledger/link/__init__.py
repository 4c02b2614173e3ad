"""Linking incident mentions into incidents: blocking, scoring, figures, merges, splits and the trail.

    from harmledger.link import link_pending, recompute_incident, merge_incidents, split_incident, LinkReport
"""

from __future__ import annotations

from .incidents import merge_incidents, recompute_incident, split_incident
from .pending import LinkReport, link_pending

__all__ = ["LinkReport", "link_pending", "merge_incidents", "recompute_incident", "split_incident"]
