"""Publishing linked incidents: filters, statistics, the contract JSON and exports.

    from harmledger.publish import IncidentFilter, compute_stats, export_incidents, incident_to_dict
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._lazy import lazy_exports

if TYPE_CHECKING:
    from .claims import list_claims
    from .exports import FORMATS, export_incidents, removed_since
    from .filters import IncidentFilter
    from .serialize import incident_to_dict
    from .stats import compute_stats

__getattr__ = lazy_exports(__name__, {
    "list_claims": ".claims",
    "FORMATS": ".exports", "export_incidents": ".exports", "removed_since": ".exports",
    "IncidentFilter": ".filters",
    "incident_to_dict": ".serialize",
    "compute_stats": ".stats",
})

__all__ = ["FORMATS", "IncidentFilter", "compute_stats", "export_incidents", "incident_to_dict", "list_claims",
           "removed_since"]
