"""The Arabic pipeline: the shared components (run with ``options["language"] = "ar"``, they read the
lexicons of ``data/ar/``) and the Arabic ones, where the reading is not the same as in English."""

from __future__ import annotations

from ..registry import Registry
from .arabic_actors import make_arabic_actors
from .arabic_attack_counts import make_arabic_attack_counts
from .arabic_casualties import make_arabic_casualties
from .arabic_dates import make_arabic_dates
from .arabic_numbers import make_arabic_numbers
from .arabic_places import make_arabic_places

ARABIC = [make_arabic_numbers, make_arabic_dates, make_arabic_actors, make_arabic_places, make_arabic_casualties,
          make_arabic_attack_counts]

# dateline, segment, weapons, targets, attacks, attribution, legal and assemble are the English components:
# the lexicon matchers take the language from the pipeline's options, the others read structure only.
ARABIC_PIPELINE = [
    "dateline", "segment", "arabic_numbers", "arabic_dates", "arabic_actors", "weapons", "targets", "attacks",
    "attribution", "legal", "arabic_places", "arabic_casualties", "arabic_attack_counts",
    "assemble",
]


def register_arabic_components(registry: Registry) -> None:
    """Adds the Arabic components a registry lacks (a plugin's component of the same name is kept)."""
    have = set(registry.names())
    for factory in ARABIC:
        if factory.component_info.name not in have:  # type: ignore[attr-defined]
            registry.add(factory)
