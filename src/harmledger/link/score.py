"""How alike two mentions are: a score in [0, 1], the reasons for it, or a veto.

The parts add up (the weights are those of ``link.settings.LINKING``): the same day (0.35) and the
same town (0.35) are enough to link; the same day
in the same city-governorate or district ("in Aleppo", 0.2) or governorate (0.1) needs agreeing
weapons, targets, perpetrators or tolls as well; a day apart links only at one town, and a vague
date (week, month, period) only with the same weapon or target. Some
disagreements forbid a link outright (a veto): different days when both are stated to the day,
different towns, different governorates, two events of one document. Mentions without a date are
only linked to the same event in a republished copy of their text, identical or near (see docs/linking.md).
A near-copy's mentions are matched by what they say (day, place, toll, weapon), not by their order.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from .._arabic import has_arabic
from .features import MentionFeat
from .settings import LINKING, LinkSettings

# The weights and limits are one settings object (docs/linking.md); every function takes it as
# `settings`, LINKING by default.
THRESHOLD = LINKING.threshold
DISTINCTIVE_WEAPONS = LINKING.distinctive_weapons


@dataclass(slots=True)
class Comparison:
    score: float = 0.0
    reasons: list[str] = field(default_factory=list)
    veto: str | None = None
    veto_on: str | None = None  # "date", "place", "document", or "missing" (no date: no contradiction)


def km_between(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 12742.0 * math.asin(min(1.0, math.sqrt(h)))


def _date_part(a: MentionFeat, b: MentionFeat, out: Comparison, s: LinkSettings) -> None:
    assert a.lo is not None and a.hi is not None and b.lo is not None and b.hi is not None
    gap = max(a.lo - b.hi, b.lo - a.hi, 0)
    if a.day_precise and b.day_precise:
        if gap == 0:
            out.score += s.same_day
            out.reasons.append("same day")
        elif gap == 1:
            # "Yesterday" shifts a report by a day, but so does the next day's strike on the same town:
            # a day apart at one town needs an agreeing detail as well.
            out.score += s.day_apart
            out.reasons.append("dates one day apart")
        else:
            out.veto, out.veto_on = f"dates {gap} days apart", "date"
    elif gap == 0 and (a.day_precise or b.day_precise) and max(a.hi - a.lo, b.hi - b.lo) < s.week_span:
        # "In the past week" dated by the publication: the report of a day that falls in it is as
        # likely the same attack as a report dated to the next day.
        out.score += s.day_in_week
        out.reasons.append(f"the day falls within the other's week ({a.precision}/{b.precision} precision)")
    elif gap <= 1:
        out.score += s.dates_overlap
        out.reasons.append(f"dates overlap ({a.precision}/{b.precision} precision)")
    else:
        out.veto, out.veto_on = f"date ranges {gap} days apart", "date"


def _place_part(a: MentionFeat, b: MentionFeat, out: Comparison, s: LinkSettings) -> bool:
    """Add the place's part; True when the two agree on a town (precision 1-2), not just an area."""
    pa, pb = a.prec or (1 if a.place_id or a.name else 4), b.prec or (1 if b.place_id or b.name else 4)
    coarse, fine = max(pa, pb), min(pa, pb)
    if a.place_id and a.place_id == b.place_id:
        # Only a town (or a named spot near one) pins two reports to one attack. A named district or
        # a city that names its governorate ("Ghouta", "in Aleppo") holds several attacks a day, so
        # it needs agreeing details; a region ("eastern Syria") counts no more than its governorate.
        if coarse <= 2:
            out.score += s.same_town
            out.reasons.append("same place")
        elif coarse <= 4:
            out.score += s.same_area
            out.reasons.append(f"same area named (precision {coarse})")
        else:
            out.score += s.same_region
            out.reasons.append(f"same region named (precision {coarse})")
        return coarse <= 2
    if a.a1 and b.a1 and a.a1 != b.a1:
        if coarse < 5:  # a line or region (prec 5) may cross governorates
            out.veto, out.veto_on = "different governorates", "place"
        return False
    if a.lat is not None and a.lon is not None and b.lat is not None and b.lon is not None and coarse <= 3:
        km = km_between(a.lat, a.lon, b.lat, b.lon)
        limit = s.max_km_at(coarse)
        if km > limit:
            out.veto, out.veto_on = f"places {km:.0f} km apart", "place"
            return False
        out.score += (s.near_town - s.near_town_slope * km / limit) if coarse == 1 else s.near_place
        out.reasons.append(f"places {km:.1f} km apart (precision {coarse})")
        return coarse <= 2
    if fine <= 2 and coarse <= 2 and a.name and b.name and has_arabic(a.name) == has_arabic(b.name):
        # Coordinates missing on one side: fall back to the names ("Khan Sheikhoun" ~ "Khan Shaykhun"),
        # spelled alike or with one transliteration skeleton (the geocoder's key). Names in two scripts
        # ("خان شيخون", "Khan Shaykhun") cannot be compared so: neither agreement nor a veto.
        if fuzz.ratio(a.name, b.name) >= s.name_ratio or (a.skel is not None and a.skel == b.skel):
            out.score += s.same_name
            out.reasons.append("same place name")
            return True
        out.veto, out.veto_on = "different places named", "place"
        return False
    if coarse == 3 and a.a2 and a.a2 == b.a2:
        out.score += s.same_district
        out.reasons.append("within the same district")
    elif a.a1 and a.a1 == b.a1:
        out.score += s.same_governorate
        out.reasons.append("within the same governorate")
    return False


def _codes_part(a: MentionFeat, b: MentionFeat, out: Comparison, s: LinkSettings) -> None:
    if a.weapons and b.weapons:
        common = a.weapons & b.weapons
        if common:
            # A rare weapon shared (a chemical attack) pins the attack as well as a town does a week apart.
            out.score += s.same_rare_weapon if common & s.distinctive_weapons else s.same_weapon
            out.reasons.append("same weapon: " + ", ".join(sorted(common)))
        elif not any(a.weapons & g and b.weapons & g for g in s.weapon_groups):
            # Shelling and a car bomb in one town on one day are two attacks, not one.
            out.score -= s.weapons_differ
            out.reasons.append("weapons differ")
    if a.targets and b.targets:
        common = a.targets & b.targets
        if common:
            out.score += s.same_target
            out.reasons.append("same target: " + ", ".join(sorted(common)))
        else:
            out.score -= s.targets_differ
            out.reasons.append("targets differ")
    if a.perps and b.perps:
        common = a.perps & b.perps
        if common:
            out.score += s.same_perpetrator
            out.reasons.append("same perpetrator: " + ", ".join(sorted(common)))
        else:
            # Blame is disputed for one event, yet more often two names mean two attacks.
            out.score -= s.perpetrators_differ
            out.reasons.append("perpetrators differ (contested?)")


def _toll(f: MentionFeat) -> tuple[int, int] | None:
    low = f.killed[0] if f.killed[0] is not None else f.killed[1]
    if low is None:
        return None
    return low, f.killed[1] or low


def _tolls_agree(a: MentionFeat, b: MentionFeat, s: LinkSettings) -> bool | None:
    """True within ``agree_within`` or a factor ``agree_factor`` (``risen_factor`` for large tolls), False
    otherwise, None when either gives no toll."""
    ta, tb = _toll(a), _toll(b)
    if ta is None or tb is None:
        return None
    near = max(ta[0], tb[0]) - min(ta[1], tb[1])
    smaller = max(1, min(ta[1], tb[1]))
    factor = s.risen_factor if min(ta[0], tb[0]) >= s.distinctive_toll else s.agree_factor
    return near <= s.agree_within or max(ta[0], tb[0]) <= factor * smaller


def _toll_part(a: MentionFeat, b: MentionFeat, out: Comparison, s: LinkSettings) -> None:
    agree = _tolls_agree(a, b, s)
    if agree is None:
        return
    (a_lo, a_hi), (b_lo, b_hi) = _toll(a), _toll(b)  # type: ignore[misc]
    if agree:
        out.score += s.tolls_agree
        out.reasons.append("death tolls agree")
    elif max(a_lo, b_lo) > s.far_apart_factor * max(1, min(a_hi, b_hi)) and min(a_hi, b_hi) >= s.far_apart_min:
        # Tolls rise as bodies are found, so only a large gap counts against.
        out.score -= s.tolls_far_apart
        out.reasons.append("death tolls far apart")


def _copy_part(a: MentionFeat, b: MentionFeat, s: LinkSettings) -> Comparison | None:
    """Two mentions of near-copy documents: one event when nothing contradicts and something corresponds
    (an edited copy or an updated version reorders, adds and drops mentions, so the index alone is not
    enough); None when they are not counterparts (then they are compared as any two reports)."""
    out = Comparison()
    if a.lo is not None and b.lo is not None:
        _date_part(a, b, out, s)
    if not out.veto and a.has_place and b.has_place:
        _place_part(a, b, out, s)
    if out.veto:
        return None
    shared = [r for r in out.reasons if r in ("same day", "same place", "same place name")
              or r.startswith(("places ", "same area named", "the day falls"))]
    if a.index == b.index:
        shared.append("same position in the text")
    if _tolls_agree(a, b, s):
        shared.append("death tolls agree")
    if a.weapons & b.weapons:
        shared.append("same weapon: " + ", ".join(sorted(a.weapons & b.weapons)))
    if not shared:
        return None
    score = min(1.0, s.copy_base + s.copy_detail * len(shared))
    return Comparison(round(score, 3), [f"a near-copy of {b.document_id}", *shared])


def at_town(f: MentionFeat) -> bool:
    """Placed at a town or a spot near one (where_prec 1-2), not at a governorate-named city."""
    return (f.prec or 4) <= 2 and bool(f.place_id or f.skel)


def undated_fit(a: MentionFeat, b: MentionFeat, settings: LinkSettings = LINKING) -> bool:
    """A report with no date (no dateline, no day in the text) may still be of a dated incident when both
    are at one town and share something rare: a rare weapon, or a large toll that agrees."""
    if (a.lo is None) == (b.lo is None) or not (at_town(a) and at_town(b)):
        return False
    same_town = (a.place_id is not None and a.place_id == b.place_id) or (a.skel is not None and a.skel == b.skel)
    return same_town and (bool(a.weapons & b.weapons & settings.distinctive_weapons)
                          or _distinctive_toll(a, b, settings))


def _undated(a: MentionFeat, b: MentionFeat, s: LinkSettings) -> Comparison:
    out = Comparison(reasons=["no date: the same town and a rare detail"])
    _place_part(a, b, out, s)
    _codes_part(a, b, out, s)
    _toll_part(a, b, out, s)
    if _tolls_agree(a, b, s) is False:
        out.veto, out.veto_on = "no date, and tolls disagree", "missing"
    out.score = round(max(0.0, min(1.0, out.score)), 3)
    return out


def sure_veto(a: MentionFeat, b: MentionFeat, settings: LinkSettings = LINKING) -> str | None:
    """What `compare` would veto on ("date" or "place"), found without scoring, for two mentions of
    different, not near-copy documents with dates; None when a full comparison is needed. The linker
    calls it for every member of a candidate incident, most of which are another day or governorate."""
    if a.lo is None or b.lo is None or a.hi is None or b.hi is None or a.document_id == b.document_id \
            or (a.text_sha and a.text_sha == b.text_sha):
        return None
    gap = max(a.lo - b.hi, b.lo - a.hi, 0)
    if a.day_precise and b.day_precise:
        if gap >= 2 or (gap == 1 and _tolls_agree(a, b, settings) is False):
            return "date"
    elif gap >= 2:
        return "date"
    if a.a1 and b.a1 and a.a1 != b.a1 and not (a.place_id and a.place_id == b.place_id):
        pa, pb = a.prec or (1 if a.place_id or a.name else 4), b.prec or (1 if b.place_id or b.name else 4)
        if max(pa, pb) < 5:
            return "place"
    return None


def compare(a: MentionFeat, b: MentionFeat, *, near_copy: bool = False, settings: LinkSettings = LINKING) -> Comparison:
    """Score two incident mentions; `veto` set means they must not be one incident. `near_copy`: the
    two documents are near-copies of one text (`harmledger.link.reports.near_copy`). `settings`: the
    weights and limits (`harmledger.link.settings`)."""
    s = settings
    out = Comparison()
    if a.document_id == b.document_id:
        if _restated(a, b):
            return Comparison(s.restated_score, ["the same event restated in one report (same town, toll and dates)"])
        out.veto, out.veto_on = "two events of the same document", "document"
        return out
    if a.text_sha and a.text_sha == b.text_sha:
        if a.index == b.index:
            out.score = 1.0
            out.reasons.append("same text (a republished copy)")
        else:
            out.veto, out.veto_on = "different events of the same text", "document"
        return out
    if near_copy:
        copy = _copy_part(a, b, s)
        if copy is not None:
            return copy
    if a.lo is None or b.lo is None:
        if undated_fit(a, b, s):
            return _undated(a, b, s)
        out.veto, out.veto_on = "no date", "missing"
        return out
    _date_part(a, b, out, s)
    if out.veto:
        return out
    if "dates one day apart" in out.reasons and _tolls_agree(a, b, s) is False:
        # The next day's attack on the same place, with its own toll ("21 killed" on the 18th, "73" on the 19th).
        out.veto, out.veto_on = "a day apart with different tolls", "date"
        return out
    town = _place_part(a, b, out, s)
    if out.veto:
        return out
    _codes_part(a, b, out, s)
    _toll_part(a, b, out, s)
    held = s.threshold - s.held_below
    if "dates one day apart" in out.reasons and not town and out.score >= s.threshold:
        # A day's slack is for "yesterday" at one town; in a whole city or governorate the next day
        # brings other attacks with the same weapons.
        out.score = held
        out.reasons.append("a day apart, and not at one town")
    if out.score >= s.threshold and _tolls_agree(a, b, s) is False and not (a.day_precise and b.day_precise and
                                                                       "same day" in out.reasons):
        # A day apart or a week's slack, and tolls that do not agree (21 and 73 killed at one town on
        # consecutive days): two attacks, not one told twice. Tolls that rose within RISEN_FACTOR agree.
        out.score = held
        out.reasons.append("tolls disagree, and not on the same day")
    if not (a.day_precise and b.day_precise) and out.score >= s.threshold \
            and not (a.weapons & b.weapons or a.targets & b.targets) and not (town and _distinctive_toll(a, b, s)):
        # A week, month or period pins no day: the same town and a similar toll fit every attack on
        # it that month ("12 fighters killed near Tabqa" is not "18 killed near Tabqa"), so it takes
        # the same weapon or target as well, or at one town a large toll that agrees (the death toll
        # that "rose to 100" in a report dated by its week).
        out.score = held
        out.reasons.append("vague date without the same weapon or target")
    out.score = round(max(0.0, min(1.0, out.score)), 3)
    return out


def _restated(a: MentionFeat, b: MentionFeat) -> bool:
    """Two mentions of one document that are one event: the extractor lists a report's lead again when the
    text restates it with a vaguer date. Only the same town, the very same toll, dates one within the other
    and no other weapon: a report's list of attacks keeps its different events apart."""
    ta = _toll(a)
    if ta is None or ta != _toll(b) or a.place_id is None or a.place_id != b.place_id:
        return False
    if (a.prec or 1) > 2 or (b.prec or 1) > 2 or a.lo is None or a.hi is None or b.lo is None or b.hi is None:
        return False
    # One of the two dated vaguer ("this week"): two day-precise mentions are the report's own two events.
    nested = a.lo <= b.lo and b.hi <= a.hi or b.lo <= a.lo and a.hi <= b.hi
    vaguer = not (a.day_precise and b.day_precise)
    return nested and vaguer and not (a.weapons and b.weapons and not a.weapons & b.weapons)


def distinctive(f: MentionFeat, settings: LinkSettings = LINKING) -> bool:
    """A mention that names something rare enough to find its attack among a governorate's incidents of
    a week without a town or a day: a rare weapon, or a toll of ``distinctive_toll`` or more."""
    toll = _toll(f)
    return bool(f.weapons & settings.distinctive_weapons) or (toll is not None and toll[0] >= settings.distinctive_toll)


def _distinctive_toll(a: MentionFeat, b: MentionFeat, s: LinkSettings) -> bool:
    ta, tb = _toll(a), _toll(b)
    return bool(_tolls_agree(a, b, s)) and ta is not None and tb is not None and min(ta[0], tb[0]) >= s.distinctive_toll
