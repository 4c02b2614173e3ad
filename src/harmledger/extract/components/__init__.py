"""The built-in extraction components, registered through the same hook as a plugin's, and the registry
the extractor starts from (built-ins and plugins)."""

from __future__ import annotations

import logging

from ...plugins import get_plugin_manager, hookimpl
from ..registry import Registry
from .actors import make_actors
from .assemble import make_assemble
from .attack_counts import make_attack_counts
from .attacks import make_attacks
from .attribution import make_attribution
from .casualties import make_casualties
from .dateline import make_dateline
from .dates import make_dates
from .legal import make_legal
from .numbers import make_numbers
from .places import make_places
from .segment import make_segment
from .targets import make_targets
from .weapons import make_weapons

logger = logging.getLogger(__name__)

BUILTIN = [
    make_dateline,
    make_segment,
    make_numbers,
    make_dates,
    make_actors,
    make_weapons,
    make_targets,
    make_attacks,
    make_attribution,
    make_legal,
    make_places,
    make_casualties,
    make_attack_counts,
    make_assemble,
]

# The default order; a plugin can register a component under one of these names to replace it.
DEFAULT_PIPELINE = [
    "dateline", "segment", "numbers", "dates", "actors", "weapons", "targets", "attacks", "attribution", "legal",
    "places", "casualties", "attack_counts", "assemble",
]


@hookimpl
def register_extract_components(registry: Registry) -> None:
    for factory in BUILTIN:
        registry.add(factory)


def default_registry() -> Registry:
    """A registry filled through the ``register_extract_components`` hook (built-ins and plugins)."""
    registry = Registry()
    try:
        manager = get_plugin_manager()
    except ImportError as exc:
        # A broken plugin elsewhere must not take extraction down: run with the built-ins and say so.
        logger.warning("plugins could not be loaded (%s); using the built-in extraction components only", exc)
        register_extract_components(registry)
        return registry
    manager.hook.register_extract_components(registry=registry)
    if not registry.names():
        register_extract_components(registry)
    return registry
