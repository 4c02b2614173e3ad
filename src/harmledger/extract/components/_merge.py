"""One event told twice in a report ("killed at least 58 in Khan Sheikhoun" ... "the attack had killed
more than 50 people", said of "Idlib's" health authority): mentions with the same day, places one inside
the other and counts that do not contradict each other are one mention."""

from __future__ import annotations

import datetime as dt

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


def same_toll(a: Mention, b: Mention) -> bool:
    """One sizeable toll told twice in a report, at dates a day apart at most ("38 killed" in the headline
    dated by the report, "38 were killed on Thursday" in the body), in places that agree or are not named."""
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
    return not keys_a or not keys_b or bool(keys_a & keys_b)


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
