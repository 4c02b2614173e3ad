"""The built-in extraction components, registered through the same hook as a plugin's."""

from __future__ import annotations

from ...plugins import hookimpl
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
