"""How an incident is coded in ACLED's and UCDP's terms: who was hit, event type, violence type, dates.

Civilian targeting rests on evidence only (a civilian target, civilians stated among the killed, or a
civilian actor with role target); an incident that says nothing about who was hit stays unknown, as
ACLED records a strike with unknown victims as Explosions/Remote violence without civilian targeting.
The rules and their limits are documented in docs/exports.md.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..store.models import Incident
from .mapping import (
    ACLED_EVENT,
    AIR,
    AIR_DELIVERY,
    BATTLES,
    CIVILIAN_ACTORS,
    CIVILIAN_TARGETS,
    DELIVERED_WEAPONS,
    EXPLOSIONS,
    GROUND_DELIVERY,
    MILITARY_TARGETS,
    SHELLING,
    STATE_ACTORS,
    TIME_PRECISION,
    UCDP_SIDE,
    VAC,
)


@dataclass(frozen=True)
class Victims:
    """What the incident says about who was hit."""

    civilian_target: bool  # a civilian target code, or a civilian actor with role target
    civilians_killed: bool  # a source states civilians among the killed
    military_target: bool
    armed_targets: tuple[str, ...]  # actor codes with role target that are armed actors

    @property
    def armed(self) -> bool:
        """The attack was aimed at an armed side (military target or an armed actor as target)."""
        return self.military_target or bool(self.armed_targets)

    @property
    def civilian_targeting(self) -> bool:
        """Civilians were the target: a civilian target, or civilians stated killed and no military target.

        An armed actor named as target does not veto stated civilian deaths: reports call the places
        hit "rebel-held" or "an IS stronghold" while counting the civilians killed there."""
        return self.civilian_target or (self.civilians_killed and not self.military_target)


def victims(incident: Incident) -> Victims:
    targets = set(incident.targets or [])
    perpetrators = {a.get("code") for a in incident.actors or [] if a.get("role", "perpetrator") == "perpetrator"}
    perpetrators.add(incident.perpetrator)
    # An actor named both perpetrator and target is no evidence of an opposing side.
    target_actors = [a["code"] for a in incident.actors or [] if a.get("role") == "target" and a.get("code")
                     and a["code"] not in perpetrators]
    return Victims(
        civilian_target=bool(targets & CIVILIAN_TARGETS) or any(c in CIVILIAN_ACTORS for c in target_actors),
        civilians_killed=bool(incident.civilians_killed),
        military_target=bool(targets & MILITARY_TARGETS),
        armed_targets=tuple(dict.fromkeys(c for c in target_actors if c not in CIVILIAN_ACTORS)),
    )


def acled_event(incident: Incident, hit: Victims) -> tuple[str, str]:
    """ACLED (event_type, sub_event_type); empty strings where the evidence does not decide."""
    weapon = incident.weapon or ""
    weapons = set(incident.weapons or [])
    if weapon in ACLED_EVENT:
        return ACLED_EVENT[weapon]
    if weapon in DELIVERED_WEAPONS:
        if weapons & AIR_DELIVERY:
            return EXPLOSIONS, AIR
        if weapons & GROUND_DELIVERY:
            return EXPLOSIONS, SHELLING
        return EXPLOSIONS, ""
    if weapon == "small_arms":
        if hit.civilian_target:
            return VAC, "Attack"
        if hit.armed:
            return BATTLES, "Armed clash"
        return (VAC, "Attack") if hit.civilian_targeting else ("", "")
    if weapon == "unknown" or "unknown" in weapons:
        # The extractor gives `unknown` for words such as "bombing" or "strike": something exploded.
        return EXPLOSIONS, ""
    return (VAC, "Attack") if hit.civilian_targeting else ("", "")


def ucdp_violence(perpetrator: str | None, hit: Victims) -> tuple[int | str, str]:
    """UCDP (type_of_violence, side_b): 1 state-based, 2 non-state, 3 one-sided; empty when unknown.

    Needs an identified organised perpetrator. 1/2 need an identified armed actor with role target;
    3 needs deliberate violence against civilians, which we read from a civilian target (civilians
    killed alone may be collateral of fighting, so they do not make an event one-sided)."""
    if not perpetrator or perpetrator == "UNKNOWN":
        return "", ""
    opponents = [c for c in hit.armed_targets if c not in ("UNKNOWN", perpetrator)]
    if opponents:
        other = opponents[0]
        kind = 1 if perpetrator in STATE_ACTORS or other in STATE_ACTORS else 2
        return kind, UCDP_SIDE.get(other, other)
    if hit.civilian_target and not hit.armed:
        return 3, "Civilians"
    return "", ""


def _span_days(incident: Incident) -> int | None:
    start, end = incident.date_start, incident.date_end
    if start is None or end is None or end < start:
        return None
    return (end - start).days + 1


def date_precisions(incident: Incident) -> tuple[int, int]:
    """(ACLED time_precision, UCDP date_prec) from the length of the date span.

    UCDP: 1 exact day, 2 within 2-6 days, 3 within a week (7-8 days), 4 within a month, 5 longer.
    ACLED: 1 day, 2 within a week (2-8 days), 3 longer. A one-day span of a vaguer
    precision (only the start known) keeps the precision's own values."""
    days = _span_days(incident)
    label = TIME_PRECISION.get(incident.date_precision, TIME_PRECISION[None])
    if days is None or (days == 1 and incident.date_precision != "day"):
        return label
    # "Last week" resolves to the 8 days up to publication; that is still a week.
    ucdp = 1 if days == 1 else 2 if days <= 6 else 3 if days <= 8 else 4 if days <= 31 else 5
    acled = 1 if days == 1 else 2 if days <= 8 else 3
    return acled, ucdp
