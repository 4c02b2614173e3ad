"""How alike two mentions are: a score in [0, 1], the reasons for it, or a veto.

The parts add up: the same day (0.35) and the same town (0.35) are enough to link; the same day
in the same city-governorate or district ("in Aleppo", 0.2) or governorate (0.1) needs agreeing
weapons, targets, perpetrators or tolls as well; a day apart links only at one town, and a vague
date (week, month, period) only with the same weapon or target. Some
disagreements forbid a link outright (a veto): different days when both are stated to the day,
different towns, different governorates, two events of one document. Mentions without a date are
only linked to the same event in a republished copy of their text (see docs/linking.md).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from .features import MentionFeat

THRESHOLD = 0.6

# Weapons that one event is often reported as (an air-dropped chemical bomb, a "missile" that was
# a rocket): sharing a group is not a disagreement.
_WEAPON_GROUPS: tuple[frozenset[str], ...] = (
    frozenset({"airstrike", "barrel_bomb", "cluster_munition", "incendiary", "missile", "drone", "chemical",
               "ballistic_missile"}),
    frozenset({"artillery", "rocket", "missile", "ballistic_missile", "cluster_munition", "chemical",
               "incendiary"}),
    frozenset({"ied", "car_bomb", "suicide_attack", "landmine_erw"}),
    frozenset({"small_arms", "execution"}),
)

# How far apart two coordinates may be and still be one place, by the coarser where_prec.
_MAX_KM = {1: 8.0, 2: 25.0, 3: 50.0}


@dataclass(slots=True)
class Comparison:
    score: float = 0.0
    reasons: list[str] = field(default_factory=list)
    veto: str | None = None
    veto_on: str | None = None  # "date", "place" or "document": what the veto is about


def km_between(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 12742.0 * math.asin(min(1.0, math.sqrt(h)))


def _date_part(a: MentionFeat, b: MentionFeat, out: Comparison) -> None:
    assert a.lo is not None and a.hi is not None and b.lo is not None and b.hi is not None
    gap = max(a.lo - b.hi, b.lo - a.hi, 0)
    if a.day_precise and b.day_precise:
        if gap == 0:
            out.score += 0.35
            out.reasons.append("same day")
        elif gap == 1:
            # "Yesterday" shifts a report by a day, but so does the next day's strike on the same town:
            # a day apart at one town needs an agreeing detail as well.
            out.score += 0.2
            out.reasons.append("dates one day apart")
        else:
            out.veto, out.veto_on = f"dates {gap} days apart", "date"
    elif gap <= 1:
        out.score += 0.1
        out.reasons.append(f"dates overlap ({a.precision}/{b.precision} precision)")
    else:
        out.veto, out.veto_on = f"date ranges {gap} days apart", "date"


def _place_part(a: MentionFeat, b: MentionFeat, out: Comparison) -> bool:
    """Add the place's part; True when the two agree on a town (precision 1-2), not just an area."""
    pa, pb = a.prec or (1 if a.place_id or a.name else 4), b.prec or (1 if b.place_id or b.name else 4)
    coarse, fine = max(pa, pb), min(pa, pb)
    if a.place_id and a.place_id == b.place_id:
        # Only a town (or a named spot near one) pins two reports to one attack. A named district or
        # a city that names its governorate ("Ghouta", "in Aleppo") holds several attacks a day, so
        # it needs agreeing details; a region ("eastern Syria") counts no more than its governorate.
        if coarse <= 2:
            out.score += 0.35
            out.reasons.append("same place")
        elif coarse <= 4:
            out.score += 0.2
            out.reasons.append(f"same area named (precision {coarse})")
        else:
            out.score += 0.1
            out.reasons.append(f"same region named (precision {coarse})")
        return coarse <= 2
    if a.a1 and b.a1 and a.a1 != b.a1:
        if coarse < 5:  # a line or region (prec 5) may cross governorates
            out.veto, out.veto_on = "different governorates", "place"
        return False
    if a.lat is not None and a.lon is not None and b.lat is not None and b.lon is not None and coarse <= 3:
        km = km_between(a.lat, a.lon, b.lat, b.lon)
        limit = _MAX_KM[coarse]
        if km > limit:
            out.veto, out.veto_on = f"places {km:.0f} km apart", "place"
            return False
        out.score += (0.35 - 0.15 * km / limit) if coarse == 1 else 0.2
        out.reasons.append(f"places {km:.1f} km apart (precision {coarse})")
        return coarse <= 2
    if fine <= 2 and coarse <= 2 and a.name and b.name:
        # Coordinates missing on one side: fall back to the names ("Khan Sheikhoun" ~ "Khan Shaykhun").
        if fuzz.ratio(a.name, b.name) >= 80:
            out.score += 0.3
            out.reasons.append("same place name")
            return True
        out.veto, out.veto_on = "different places named", "place"
        return False
    if coarse == 3 and a.a2 and a.a2 == b.a2:
        out.score += 0.15
        out.reasons.append("within the same district")
    elif a.a1 and a.a1 == b.a1:
        out.score += 0.1
        out.reasons.append("within the same governorate")
    return False


def _codes_part(a: MentionFeat, b: MentionFeat, out: Comparison) -> None:
    if a.weapons and b.weapons:
        common = a.weapons & b.weapons
        if common:
            out.score += 0.1
            out.reasons.append("same weapon: " + ", ".join(sorted(common)))
        elif not any(a.weapons & g and b.weapons & g for g in _WEAPON_GROUPS):
            # Shelling and a car bomb in one town on one day are two attacks, not one.
            out.score -= 0.3
            out.reasons.append("weapons differ")
    if a.targets and b.targets:
        common = a.targets & b.targets
        if common:
            out.score += 0.1
            out.reasons.append("same target: " + ", ".join(sorted(common)))
        else:
            out.score -= 0.1
            out.reasons.append("targets differ")
    if a.perps and b.perps:
        common = a.perps & b.perps
        if common:
            out.score += 0.1
            out.reasons.append("same perpetrator: " + ", ".join(sorted(common)))
        else:
            # Blame is disputed for one event, yet more often two names mean two attacks.
            out.score -= 0.1
            out.reasons.append("perpetrators differ (contested?)")


def _toll_part(a: MentionFeat, b: MentionFeat, out: Comparison) -> None:
    a_lo, a_hi = a.killed[0] if a.killed[0] is not None else a.killed[1], a.killed[1] or a.killed[0]
    b_lo, b_hi = b.killed[0] if b.killed[0] is not None else b.killed[1], b.killed[1] or b.killed[0]
    if a_lo is None or b_lo is None:
        return
    a_hi, b_hi = a_hi if a_hi is not None else a_lo, b_hi if b_hi is not None else b_lo
    near = max(a_lo, b_lo) - min(a_hi, b_hi)
    if near <= 2 or max(a_lo, b_lo) <= 1.5 * max(1, min(a_hi, b_hi)):
        out.score += 0.1
        out.reasons.append("death tolls agree")
    elif max(a_lo, b_lo) > 4 * max(1, min(a_hi, b_hi)) and min(a_hi, b_hi) >= 5:
        # Tolls rise as bodies are found, so only a large gap counts against.
        out.score -= 0.1
        out.reasons.append("death tolls far apart")


def compare(a: MentionFeat, b: MentionFeat) -> Comparison:
    """Score two incident mentions; `veto` set means they must not be one incident."""
    out = Comparison()
    if a.document_id == b.document_id:
        out.veto, out.veto_on = "two events of the same document", "document"
        return out
    if a.text_sha and a.text_sha == b.text_sha:
        if a.index == b.index:
            out.score = 1.0
            out.reasons.append("same text (a republished copy)")
        else:
            out.veto, out.veto_on = "different events of the same text", "document"
        return out
    if a.lo is None or b.lo is None:
        out.veto, out.veto_on = "no date", "date"
        return out
    _date_part(a, b, out)
    if out.veto:
        return out
    town = _place_part(a, b, out)
    if out.veto:
        return out
    _codes_part(a, b, out)
    _toll_part(a, b, out)
    if "dates one day apart" in out.reasons and not town and out.score >= THRESHOLD:
        # A day's slack is for "yesterday" at one town; in a whole city or governorate the next day
        # brings other attacks with the same weapons.
        out.score = THRESHOLD - 0.05
        out.reasons.append("a day apart, and not at one town")
    if not (a.day_precise and b.day_precise) and out.score >= THRESHOLD \
            and not (a.weapons & b.weapons or a.targets & b.targets):
        # A week, month or period pins no day: the same town and a similar toll fit every attack on
        # it that month ("12 fighters killed near Tabqa" is not "18 killed near Tabqa"), so it takes
        # the same weapon or target as well.
        out.score = THRESHOLD - 0.05
        out.reasons.append("vague date without the same weapon or target")
    out.score = round(max(0.0, min(1.0, out.score)), 3)
    return out
