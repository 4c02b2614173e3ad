"""One event told twice in a report ("killed at least 58 in Khan Sheikhoun" ... "the attack had killed
more than 50 people", said of "Idlib's" health authority): mentions with the same day, places one inside
the other and counts that do not contradict each other are one mention."""

from __future__ import annotations

import datetime as dt
from itertools import combinations

from ...geo import admin1_key
from ...schema import Count, DateValue, Mention, ResolvedPlace

COARSE = 3
CLOSE = 1.25  # "more than 50" and "at least 58" are one toll as sources give it  # where_prec from 3 on: a district, a governorate, a country


def _interval(count: Count) -> tuple[int, float]:
    low = count.low if count.low is not None else 0
    high: float = count.high if count.high is not None else float("inf")
    return low, high


def counts_agree(a: Count | None, b: Count | None) -> bool:
    """Both figures can be true of one event: "at least 58" and "more than 50" can, "12" and "20" cannot."""
    if a is None or b is None:
        return True
    (lo1, hi1), (lo2, hi2) = _interval(a), _interval(b)
    if not (lo1 <= hi2 and lo2 <= hi1):
        return False
    # Bounds only agree when close: "at least 22" and "at least 49" are two tolls, not one.
    small, large = sorted((lo1, lo2))
    return small == 0 or large <= small * CLOSE


def _places_agree(a: Mention, b: Mention) -> bool:
    ra = [p.resolved for p in a.places if p.resolved is not None and p.resolved.admin1_pcode]
    rb = [p.resolved for p in b.places if p.resolved is not None and p.resolved.admin1_pcode]
    if not ra or not rb:
        return False
    admins_a = {r.admin1_pcode for r in ra}
    admins_b = {r.admin1_pcode for r in rb}
    if not (admins_a <= admins_b or admins_b <= admins_a):
        return False
    if {r.place_id for r in ra} & {r.place_id for r in rb}:
        return True
    # A governorate or district on one side contains the town named on the other. "Idlib" may be the
    # city or the province: a town named like its governorate counts as the governorate here.
    def coarse(r: ResolvedPlace) -> bool:
        return r.precision >= COARSE or (r.admin1 or "").lower() == r.name.lower()

    return all(coarse(r) for r in ra) or all(coarse(r) for r in rb)


def same_event(a: Mention, b: Mention) -> bool:
    """Whether two incident mentions of one report tell of the same event."""
    if a.kind != "incident" or b.kind != "incident" or a.date is None or b.date is None:
        return False
    if a.date.precision != "day" or b.date.precision != "day" or (a.date.start, a.date.end) != (b.date.start, b.date.end):
        return False
    if not (counts_agree(a.casualties.killed, b.casualties.killed) and counts_agree(a.casualties.injured, b.casualties.injured)):
        return False
    return _places_agree(a, b)


RESTATED = 10  # a smaller toll repeated exactly may well be another event's
LARGE_TOLL = 100  # so many dead told twice in one report is one event, whatever its vague dating says
NEAR_DAYS = 1  # "Friday" in a headline and "on Thursday" in the body: a report's day and the attack's


def _dates_meet(a: DateValue | None, b: DateValue | None) -> bool:
    if a is None or b is None or a.start is None or b.start is None:
        return True
    a0, b0 = dt.date.fromisoformat(a.start), dt.date.fromisoformat(b.start)
    a1 = dt.date.fromisoformat(a.end) if a.end else a0
    b1 = dt.date.fromisoformat(b.end) if b.end else b0
    near = dt.timedelta(days=NEAR_DAYS)
    return a0 - near <= b1 and b0 - near <= a1


def same_toll(a: Mention, b: Mention, *, placed: bool = True) -> bool:
    """One sizeable toll told twice in a report, at dates a day apart at most ("38 killed" in the headline
    dated by the report, "38 were killed on Thursday" in the body), in places that agree or are not named.
    ``placed=False``: one of them has only a place borrowed from elsewhere in the report, which says nothing."""
    ka, kb = a.casualties.killed, b.casualties.killed
    if a.kind != "incident" or b.kind != "incident" or ka is None or kb is None:
        return False
    value_a = ka.low if ka.low is not None else ka.high
    value_b = kb.low if kb.low is not None else kb.high
    # "70" and "at least 70" are one toll; "at least 70" and "nearly 70" are not said of one count.
    if value_a != value_b or (value_a or 0) < RESTATED or not counts_agree(ka, kb):
        return False
    both_days = a.date is not None and b.date is not None and a.date.precision == b.date.precision == "day"
    # A toll in the hundreds told twice is one event even when one telling is dated only by the report ("said on
    # Tuesday"); two different days, each stated, still keep two events apart.
    large = (value_a or 0) >= LARGE_TOLL and not both_days
    if not ((large or _dates_meet(a.date, b.date)) and counts_agree(a.casualties.injured, b.casualties.injured)):
        return False
    # Places: the same governorate, where "Damascus" and its countryside are one (reports use the city's name
    # for both), or one side naming none.
    keys_a, keys_b = _admin_keys(a), _admin_keys(b)
    return not placed or not keys_a or not keys_b or bool(keys_a & keys_b)


GENERIC_WEAPONS = frozenset({"unknown", "airstrike"})  # too common to tell two small attacks of one day apart


def same_small_toll(a: Mention, b: Mention) -> bool:
    """A small toll told twice in a report ("two civilians including a child were killed in Aleppo city",
    then "an adult and a child have been killed in Aleppo city"): the same exact count at dates that meet, in
    one governorate, and a second detail that agrees: the same injured figure, the same town, or the same
    distinctive weapon. A small toll alone is too common to say two tellings are one attack; the caller rules
    out a count told as more ("two more", "another two")."""
    ka, kb = a.casualties.killed, b.casualties.killed
    if a.kind != "incident" or b.kind != "incident" or ka is None or kb is None:
        return False
    value_a = ka.low if ka.low is not None else ka.high
    if not value_a or value_a != (kb.low if kb.low is not None else kb.high) or not counts_agree(ka, kb):
        return False
    if not _dates_meet(a.date, b.date) or not counts_agree(a.casualties.injured, b.casualties.injured):
        return False
    keys_a, keys_b = _admin_keys(a), _admin_keys(b)
    if not (keys_a & keys_b):
        return False
    ia, ib = a.casualties.injured, b.casualties.injured
    if ia is not None and ib is not None and (ia.low, ia.high) == (ib.low, ib.high):
        return True  # "six killed and 20 wounded", "at least six killed ... and 20 others wounded"
    if (ka.low, ka.high) != (kb.low, kb.high):
        return False
    weapons_a = {w.code for w in a.weapons} - GENERIC_WEAPONS
    weapons_b = {w.code for w in b.weapons} - GENERIC_WEAPONS
    if weapons_a and weapons_b:
        return bool(weapons_a & weapons_b)  # mortars both times; not shelling once and a suicide bomber the other
    towns_a = {p.resolved.place_id for p in a.places if p.resolved is not None and p.resolved.precision < COARSE}
    towns_b = {p.resolved.place_id for p in b.places if p.resolved is not None and p.resolved.precision < COARSE}
    return bool(towns_a & towns_b)


def _admin_keys(m: Mention) -> set[str]:
    return {admin1_key(p.resolved.admin1) for p in m.places if p.resolved is not None and p.resolved.admin1}


def restates(earlier: Mention, later: Mention) -> bool:
    """Whether an undated later mention repeats an earlier one's exact, sizeable death toll in the
    same governorate (or names none)."""
    a, b = earlier.casualties.killed, later.casualties.killed
    if a is None or b is None or (a.low, a.high) != (b.low, b.high) or max(a.low or 0, a.high or 0) < RESTATED:
        return False
    admins_a = {p.resolved.admin1_pcode for p in earlier.places if p.resolved is not None and p.resolved.admin1_pcode}
    admins_b = {p.resolved.admin1_pcode for p in later.places if p.resolved is not None and p.resolved.admin1_pcode}
    return not admins_b or not admins_a or bool(admins_a & admins_b)


ECHOED = 5  # an aggregate repeating an incident's toll exactly, from this size up, is that toll again


def echoes(aggregate: Mention, incident: Mention) -> bool:
    """An aggregate that gives exactly an incident's death toll of the same report, at dates that meet (or
    none) and in its governorate (or none named): "100 ISIL terrorists killed in Kobani" and "about 100
    were killed", "24 killed in raids on Idlib" and the day's total of 24. One figure, told once."""
    if aggregate.kind != "aggregate" or incident.kind != "incident":
        return False
    a, b = aggregate.casualties.killed, incident.casualties.killed
    if a is None or b is None or (a.low, a.high) != (b.low, b.high) or max(a.low or 0, a.high or 0) < ECHOED:
        return False
    if not _dates_meet(aggregate.date, incident.date):
        return False
    keys_a, keys_b = _admin_keys(aggregate), _admin_keys(incident)
    return not keys_a or not keys_b or keys_a <= keys_b


MAX_PARTS = 6  # a round-up's parts looked at for a total; subsets of six are 57, cheap


def _value(count: Count | None) -> int | None:
    """The figure a count states: "70", "more than 70" and "around 70" all state 70."""
    if count is None:
        return None
    return count.low if count.low is not None else count.high


def sums_parts(total: Mention, others: list[Mention]) -> bool:
    """A round-up's headline total that is the sum of tolls the report gives separately, in governorates apart
    ("Four killed in terrorist attacks in Aleppo and Quneitra": a woman in Aleppo, two more later, another
    woman in Quneitra). Counted as an incident beside its parts, the same dead would be counted twice."""
    value = _value(total.casualties.killed)
    if total.kind != "incident" or value is None or value < 2:
        return False
    total_keys = _admin_keys(total)
    parts = [m for m in others if m is not total and m.kind == "incident" and _value(m.casualties.killed)
             and _dates_meet(total.date, m.date)][:MAX_PARTS]
    for size in range(2, len(parts) + 1):
        for chosen in combinations(parts, size):
            if sum(_value(m.casualties.killed) or 0 for m in chosen) != value:
                continue
            # The parts lie in governorates apart ("in Aleppo and Quneitra"), each where the total says: tolls of
            # one town or district adding up to the lead's are too often the lead's own parts, or chance.
            keys = [_admin_keys(m) for m in chosen]
            within = not total_keys or all(k and k <= total_keys for k in keys)
            if within and all(keys) and len(set().union(*keys)) >= 2 and len({frozenset(k) for k in keys}) == len(keys):
                return True
    return False
