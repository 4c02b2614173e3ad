"""The linker's weights and limits, in one named object (``LinkSettings``) that ``link.score`` reads.

Every number here is described, with the reason for it, in docs/linking.md ("How two mentions are
compared"). ``LINKING`` is the default; to try other values, pass ``dataclasses.replace(LINKING, ...)`` as
``settings`` to ``harmledger.link.score.compare`` or to ``harmledger.link.cluster.Clusterer``.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class LinkSettings:
    """Weights (added to a pair's score, or taken off it), limits and the threshold of the linker."""

    # A pair is one incident from this score up; a rule that holds a pair back sets it `held_below` under.
    threshold: float = 0.6
    held_below: float = 0.05

    # Dates: both stated to the day.
    same_day: float = 0.35
    day_apart: float = 0.2
    # A vague date no longer than `week_span` days (a "past week" period) that holds the other report's day.
    day_in_week: float = 0.15
    week_span: int = 8
    # Other dates whose spans overlap (or touch).
    dates_overlap: float = 0.1

    # Places: the same gazetteer place, by the coarser precision (town 1-2, area 3-4, region 5+).
    same_town: float = 0.35
    same_area: float = 0.2
    same_region: float = 0.1
    # Two coordinates: at precision 1 from `near_town` down by `near_town_slope` at the distance limit;
    # at precision 2-3, `near_place`. The limits (km) by the coarser precision.
    near_town: float = 0.35
    near_town_slope: float = 0.15
    near_place: float = 0.2
    max_km: tuple[tuple[int, float], ...] = ((1, 8.0), (2, 25.0), (3, 50.0))
    # No coordinates on one side: the names alike (rapidfuzz ratio) or of one transliteration skeleton.
    same_name: float = 0.3
    name_ratio: float = 80
    same_district: float = 0.15
    same_governorate: float = 0.1

    # Weapons, targets, perpetrators: one in common adds, none in common takes off.
    same_weapon: float = 0.1
    same_rare_weapon: float = 0.2
    weapons_differ: float = 0.3
    same_target: float = 0.1
    targets_differ: float = 0.1
    same_perpetrator: float = 0.1
    perpetrators_differ: float = 0.1
    # Weapons rare enough that two reports of them in one governorate within a week are one attack
    # unless something contradicts it.
    distinctive_weapons: frozenset[str] = frozenset({"chemical"})
    # Weapons that one event is often reported as (an air-dropped chemical bomb, a "missile" that was a
    # rocket): sharing a group is not a disagreement.
    weapon_groups: tuple[frozenset[str], ...] = (
        frozenset({"airstrike", "barrel_bomb", "cluster_munition", "incendiary", "missile", "drone", "chemical",
                   "ballistic_missile"}),
        frozenset({"artillery", "rocket", "missile", "ballistic_missile", "cluster_munition", "chemical",
                   "incendiary"}),
        frozenset({"ied", "car_bomb", "suicide_attack", "landmine_erw"}),
        frozenset({"small_arms", "execution"}),
    )

    # Death tolls agree within `agree_within`, or a factor `agree_factor`, or `risen_factor` when both are
    # `distinctive_toll` or more: the first count of a mass-casualty attack is often well under the last.
    tolls_agree: float = 0.1
    agree_within: int = 2
    agree_factor: float = 1.5
    risen_factor: float = 2.0
    # A toll this large that agrees is rare enough at one town within a week to pin the attack.
    distinctive_toll: int = 20
    # Tolls rise as bodies are found: only more than `far_apart_factor` times apart, both at least
    # `far_apart_min`, counts against.
    tolls_far_apart: float = 0.1
    far_apart_factor: float = 4
    far_apart_min: int = 5

    # A near-copy's mention that nothing contradicts: `copy_base`, plus `copy_detail` for each thing it
    # shares with the other (index, day, place, toll, weapon), so the best-matching counterpart wins.
    copy_base: float = 0.8
    copy_detail: float = 0.05
    # One event stated twice in one report (its lead, then "this week ... 4 killed"): as sure as a copy.
    restated_score: float = 0.9

    def max_km_at(self, precision: int) -> float:
        """How far apart two coordinates may be and still be one place, at the coarser precision (1-3)."""
        return dict(self.max_km)[precision]


LINKING = LinkSettings()
