"""Publishing linked incidents: filters, statistics, the contract JSON and exports.

    from harmledger.publish import IncidentFilter, compute_stats, export_incidents, incident_to_dict
"""

from __future__ import annotations

from .claims import list_claims
from .exports import FORMATS, export_incidents, removed_since
from .filters import IncidentFilter
from .serialize import incident_to_dict
from .stats import compute_stats

__all__ = ["FORMATS", "IncidentFilter", "compute_stats", "export_incidents", "incident_to_dict", "list_claims",
           "removed_since"]
