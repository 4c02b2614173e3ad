"""The grades an incident can have, and how the machine proposes one (with its reasons).

This module owns the list of grades: every other module names them through these constants.
The rule (docs/linking.md, "Grade"), in the manner of Airwars:

- `discounted`: no mention left (every one rejected by an analyst);
- `contested`: independent sources name different perpetrators (no code in common);
- `confirmed`: three or more independent sources agree on the day and the place, their figures
  agree, and two or more of them name the same perpetrator (none names another);
- `fair`: two or more independent sources agree on the day and the place, and their figures agree;
- `weak`: anything less (a single source, or sources that do not state the day and place).

Contradicting figures lower the grade one step (confirmed to fair, fair to weak) and say so.
Two or more independent sources that agree on day, place and figures are never `weak`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Final

CONFIRMED: Final = "confirmed"
FAIR: Final = "fair"
WEAK: Final = "weak"
CONTESTED: Final = "contested"
DISCOUNTED: Final = "discounted"
# Best first, as analysts choose them.
GRADES: Final[tuple[str, ...]] = (CONFIRMED, FAIR, WEAK, CONTESTED, DISCOUNTED)
# The grade of an incident nothing is known about yet (a row just created, before its figures).
DEFAULT_GRADE: Final = WEAK

# How many independent sources that agree on the day and place each grade needs.
FAIR_SOURCES: Final = 2
CONFIRMED_SOURCES: Final = 3
# How many independent sources must name the perpetrator for `confirmed`: one alone is a claim.
CONFIRMED_PERPETRATOR_SOURCES: Final = 2
# One step down for contradicting figures.
_LOWER: Final[dict[str, str]] = {CONFIRMED: FAIR, FAIR: WEAK}


@dataclass(slots=True)
class GradeEvidence:
    """What the grade is decided from, computed by `link.figures` from the incident's sources."""

    n_links: int
    n_independent: int
    # Independent sources with a mention dated to the day (within a day of the incident's) and placed.
    n_day_and_place: int
    # Independent sources naming a perpetrator, and how many of those name the incident's one.
    n_naming_perpetrator: int = 0
    n_naming_main_perpetrator: int = 0
    perpetrator: str | None = None
    contested_by: list[str] = field(default_factory=list)
    # Human-readable, e.g. "58 (Reuters) and 120 (SANA) killed are more than a factor 1.5 apart".
    figure_conflicts: list[str] = field(default_factory=list)


def propose_grade(ev: GradeEvidence) -> tuple[str, list[str]]:
    """The machine's grade and the reasons for it, in the order they were decided."""
    if ev.n_links == 0:
        return DISCOUNTED, ["every mention was rejected by an analyst"]
    if ev.contested_by:
        return CONTESTED, [f"independent sources name different perpetrators: {', '.join(ev.contested_by)}"]
    reasons = [f"{ev.n_independent} independent source(s); {ev.n_day_and_place} state(s) the day and the place"]
    named = ev.perpetrator not in (None, "UNKNOWN")
    if ev.n_day_and_place >= CONFIRMED_SOURCES and named \
            and ev.n_naming_main_perpetrator >= CONFIRMED_PERPETRATOR_SOURCES:
        grade = CONFIRMED
        reasons.append(f"{ev.n_naming_main_perpetrator} independent sources name {ev.perpetrator}, none another")
    elif ev.n_day_and_place >= FAIR_SOURCES:
        grade = FAIR
        if ev.n_day_and_place >= CONFIRMED_SOURCES:
            reasons.append("not confirmed: fewer than two independent sources name the perpetrator"
                           if named else "not confirmed: no perpetrator named")
    else:
        grade = WEAK
        if ev.n_independent >= FAIR_SOURCES:
            reasons.append("weak: fewer than two independent sources state the day and the place")
        else:
            reasons.append("weak: a single independent source")
    if ev.figure_conflicts and grade in _LOWER:
        lowered = _LOWER[grade]
        reasons.append(f"lowered from {grade} to {lowered}: figures contradict ({'; '.join(ev.figure_conflicts)})")
        grade = lowered
    elif grade != WEAK and ev.n_day_and_place >= FAIR_SOURCES:
        reasons.append("their figures agree (or only one states a figure)")
    return grade, reasons
