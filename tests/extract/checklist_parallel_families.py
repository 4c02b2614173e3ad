"""The template pairs of ``checklist_parallel.py``, per phenomenon and half (``tune``: failures may be read
and fixed; ``held``: written at the same time, before any run, and only measured). Every family draws its
fillers once and writes them into both sentences; both get the same checks, tagged with their field."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from .checklist import (
    Check,
    date_is,
    incidents,
    injured,
    killed_bounds,
    killed_low_in,
    killed_none,
    no_incident_killed,
    perpetrator,
    subgroup,
    weapon,
)
from .checklist_parallel_held2 import SPECS2
from .checklist_parallel_templates import (
    MONTHS_EG,
    MONTHS_EN,
    MONTHS_LEV,
    PUBLISHED,
    WEEKDAYS_AR,
    WEEKDAYS_EN,
    Draw,
    Family,
    K,
    P,
    Pair,
    ar_noun,
    cv,
    pair,
    tag,
    target,
)

# 1. numbers: a killed figure in digits or words, with a new verb ---------------------------------


def _numbers_tune() -> list[Family]:
    def passive(d: Draw) -> Pair:
        n, (pe, pa, gov), (se, sa) = d.num(), d.place(), d.source()
        de, da, _ = d.weekday()
        return pair(f"{n.En} civilians were killed in {pe} on {de}, {se}.",
                    f"قُتل {cv(n)} في {pa} يوم {da}، {sa}.", [K(n.value), P(gov)], "passive")

    def resulted(d: Draw) -> Pair:
        n, (pe, pa, gov), (se, sa) = d.num(), d.place(), d.source()
        return pair(f"The bombardment of {pe} killed {n.en} people, {se}.",
                    f"أسفر قصف {pa} عن مقتل {cv(n, 'obl', 'people')}، {sa}.", [K(n.value), P(gov)], "resulted")
    return [passive, resulted]


def _numbers_held() -> list[Family]:
    def lost_lives(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), d.place()
        de, da, _ = d.weekday()
        return pair(f"{n.En} civilians lost their lives in {pe} after an attack on {de}.",
                    f"فقد {cv(n)} حياتهم في {pa} إثر هجوم يوم {da}.", [K(n.value), P(gov)], "lost-lives")

    def bodies(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), d.place()
        return pair(f"The Civil Defence recovered the bodies of {n.en} civilians from the rubble in {pe}.",
                    f"انتشل الدفاع المدني جثث {cv(n, 'obl')} من تحت الأنقاض في {pa}.", [K(n.value), P(gov)], "bodies")
    return [lost_lives, bodies]


# 2. killed and injured together ----------------------------------------------------------------


def _both(d: Draw) -> tuple:  # type: ignore[type-arg]
    return d.num(3, 12), d.num(13, 45), d.place()


def _killed_injured_tune() -> list[Family]:
    def caused(d: Draw) -> Pair:
        k, i, (pe, pa, gov) = _both(d)
        return pair(f"The shelling caused the deaths of {k.en} civilians and injured {i.en} others in {pe}.",
                    f"تسبب القصف في مصرع {cv(k, 'obl')} وإصابة {i.ar('obl')} آخرين في {pa}.",
                    [K(k.value), tag("injured", injured(i.value)), P(gov)], "caused")

    def died(d: Draw) -> Pair:
        k, i, (pe, pa, gov) = _both(d)
        return pair(f"{k.En} people died and {i.en} were injured when shells fell on {pe}.",
                    f"فارق {cv(k, 'nom', 'people')} الحياة وأصيب {i.ar()} بجروح إثر سقوط قذائف على {pa}.",
                    [K(k.value), tag("injured", injured(i.value)), P(gov)], "died")

    def injured_only(d: Draw) -> Pair:
        i, (pe, pa, gov) = d.num(), d.place()
        return pair(f"{i.En} civilians were injured in {pe} when a shell exploded.",
                    f"جُرح {cv(i)} في {pa} جراء انفجار قذيفة.",
                    [tag("injured", injured(i.value)), tag("killed", killed_none()), P(gov)], "injured-only")
    return [caused, died, injured_only]


def _killed_injured_held() -> list[Family]:
    def toll_rose(d: Draw) -> Pair:
        k, i, (pe, pa, gov) = _both(d)
        return pair(f"The toll of the raid on {pe} rose to {k.en} dead and {i.en} wounded.",
                    f"ارتفعت حصيلة ضحايا الغارة على {pa} إلى {k.ar('obl')} {ar_noun(k.value, 'dead')} و{i.ar('obl')} جرحى.",
                    [K(k.value), tag("injured", injured(i.value)), P(gov)], "toll-rose")

    def victims(d: Draw) -> Pair:
        k, i, (pe, pa, gov) = _both(d)
        return pair(f"{k.En} civilians fell victim to the strike on {pe}, and {i.en} more were injured.",
                    f"راح {cv(k)} ضحية الغارة على {pa}، فيما أصيب {i.ar()} آخرون.",
                    [K(k.value), tag("injured", injured(i.value)), P(gov)], "victims")

    def wounded_only(d: Draw) -> Pair:
        i, (pe, pa, gov) = d.num(), d.place()
        return pair(f"A rocket attack on {pe} left {i.en} civilians wounded.",
                    f"خلّف هجوم صاروخي على {pa} {cv(i, 'obl')} مصابين.",
                    [tag("injured", injured(i.value)), tag("killed", killed_none()), P(gov)], "wounded-only")
    return [toll_rose, victims, wounded_only]


# 3. victim sub-groups --------------------------------------------------------------------------


def _groups(d: Draw) -> tuple:  # type: ignore[type-arg]
    c, w = d.num(3, 9), d.num(3, 6)
    total = d.num(c.value + w.value + 1, c.value + w.value + 12)
    return total, c, w, d.place()


def _sub(name: str, n: int) -> Check:
    return tag("subgroups", subgroup(name, n))


def _subgroups_tune() -> list[Family]:
    def including(d: Draw) -> Pair:
        n, c, w, (pe, pa, gov) = _groups(d)
        return pair(f"{n.En} civilians, including {c.en} children and {w.en} women, were killed in {pe}.",
                    f"قُتل {cv(n)}، بينهم {cv(c, 'nom', 'children')} و{cv(w, 'nom', 'women')}، في {pa}.",
                    [K(n.value), _sub("children", c.value), _sub("women", w.value), P(gov)], "including")

    def among(d: Draw) -> Pair:
        n, c, _, (pe, pa, gov) = _groups(d)
        return pair(f"The strike on {pe} killed {n.en} people, among them {c.en} children.",
                    f"أودت الغارة على {pa} بحياة {cv(n, 'obl', 'people')}، من بينهم {cv(c, 'nom', 'children')}.",
                    [K(n.value), _sub("children", c.value), P(gov)], "among")
    return [including, among]


def _subgroups_held() -> list[Family]:
    def minhum(d: Draw) -> Pair:
        n, c, w, (pe, pa, gov) = _groups(d)
        return pair(f"{n.En} civilians, {c.en} children and {w.en} women among them, were killed in the shelling of {pe}.",
                    f"قُتل {cv(n)}، منهم {cv(c, 'nom', 'children')} و{cv(w, 'nom', 'women')}، في قصف {pa}.",
                    [K(n.value), _sub("children", c.value), _sub("women", w.value), P(gov)], "minhum")

    def one_each(d: Draw) -> Pair:
        n, _, _, (pe, pa, gov) = _groups(d)
        return pair(f"The victims of the strike on {pe} were {n.en} civilians, among them a child and a woman.",
                    f"ضحايا الغارة على {pa} {cv(n)}، بينهم طفل وامرأة.",
                    [K(n.value), _sub("children", 1), _sub("women", 1), P(gov)], "child-and-woman")
    return [minhum, one_each]


# 4. bounds -------------------------------------------------------------------------------------

ROUND = [10, 12, 15, 20, 25, 30, 40, 50]


def _bound(low: int | None, high: int | None) -> Check:
    return tag("bounds", killed_bounds(low, high))


def _more(n: int) -> Check:
    return tag("bounds", killed_low_in([n, n + 1], None))


def _bounds_tune() -> list[Family]:
    def at_least(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(4, 60), d.place()
        de, da, _ = d.weekday()
        return pair(f"At least {n.en} civilians were killed in airstrikes on {pe} on {de}.",
                    f"قُتل {cv(n)} على الأقل في غارات جوية على {pa} يوم {da}.", [_bound(n.value, None), P(gov)], "at-least")

    def more_than(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(10, 50), d.place()
        n = type(n)(int(d.pick(ROUND)), n.as_words, n.indic)  # type: ignore[call-overload]
        return pair(f"More than {n.en} people were killed in {pe}.",
                    f"قُتل أكثر من {cv(n, 'obl', 'people')} في {pa}.", [_more(n.value), P(gov)], "more-than")

    def between(d: Draw) -> Pair:
        a, (pe, pa, gov) = d.num(5, 30), d.place()
        b = d.num(a.value + 2, a.value + 10)
        return pair(f"Between {a.en} and {b.en} civilians were killed in {pe}.",
                    f"قُتل ما بين {a.ar('obl')} و{cv(b, 'obl')} في {pa}.", [_bound(a.value, b.value), P(gov)], "between")
    return [at_least, more_than, between]


def _bounds_held() -> list[Family]:
    def no_fewer(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(4, 60), d.place()
        return pair(f"No fewer than {n.en} civilians died in the bombing of {pe}.",
                    f"لقي ما لا يقل عن {cv(n, 'obl')} حتفهم في قصف {pa}.", [_bound(n.value, None), P(gov)], "no-fewer")

    def over(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(10, 50), d.place()
        n = type(n)(int(d.pick(ROUND)), n.as_words, n.indic)  # type: ignore[call-overload]
        return pair(f"The shelling of {pe} killed over {n.en} people.",
                    f"أودى قصف {pa} بحياة ما يزيد على {cv(n, 'obl', 'people')}.", [_more(n.value), P(gov)], "over")

    def ranges(d: Draw) -> Pair:
        a, (pe, pa, gov) = d.num(5, 30), d.place()
        b = d.num(a.value + 2, a.value + 10)
        return pair(f"The death toll in {pe} stands at between {a.en} and {b.en}.",
                    f"تتراوح حصيلة القتلى في {pa} بين {a.ar('obl')} و{b.ar('obl')}.", [_bound(a.value, b.value), P(gov)],
                    "toll-between")
    return [no_fewer, over, ranges]


# 5. totals since a date are aggregates, not incidents -------------------------------------------


def _totals(d: Draw) -> tuple:  # type: ignore[type-arg]
    k, (pe, pa, gov) = d.num(3, 20), d.place()
    t = d.rng.randint(230, 9800)
    t = t + 1 if t % 100 == 0 else t
    return k, t, pe, pa, gov


def _agg(t: int) -> list[Check]:
    return [tag("aggregate", incidents(1)), tag("aggregate", no_incident_killed(t))]


def _aggregates_tune() -> list[Family]:
    def since_year(d: Draw) -> Pair:
        k, t, pe, pa, gov = _totals(d)
        de, da, _ = d.weekday()
        return pair(f"{k.En} civilians were killed in {pe} on {de}. Since 2012, the Syrian army has killed {t:,} "
                    "civilians in the province.",
                    f"قُتل {cv(k)} في {pa} يوم {da}. ومنذ عام 2012 قتل الجيش السوري {t} {ar_noun(t, 'civ')} في المحافظة.",
                    [K(k.value), *_agg(t), P(gov)], "since-2012")

    def bringing(d: Draw) -> Pair:
        k, t, pe, pa, gov = _totals(d)
        return pair(f"{k.En} people were killed in {pe} yesterday, bringing the number of civilians killed since the "
                    f"start of the year to {t:,}.",
                    f"قُتل {cv(k, 'nom', 'people')} في {pa} أمس، لترتفع حصيلة القتلى المدنيين منذ مطلع العام إلى {t}.",
                    [K(k.value), *_agg(t), P(gov)], "bringing")
    return [since_year, bringing]


def _aggregates_held() -> list[Family]:
    def intervention(d: Draw) -> Pair:
        k, t, pe, pa, gov = _totals(d)
        de, da, _ = d.weekday()
        return pair(f"The network has documented the deaths of {t:,} civilians since the start of the Russian "
                    f"intervention in September 2015. On {de}, {k.en} civilians were killed in {pe}.",
                    f"وثقت الشبكة مقتل {t} {ar_noun(t, 'civ')} منذ بدء التدخل الروسي في أيلول 2015. ويوم {da} قُتل {cv(k)} في {pa}.",
                    [K(k.value), *_agg(t), P(gov)], "since-intervention")

    def out_of(d: Draw) -> Pair:
        k, t, pe, pa, gov = _totals(d)
        de, da, _ = d.weekday()
        return pair(f"{k.En} civilians were killed in {pe} on {de}, out of a total of {t:,} killed in the "
                    "governorate since 2011.",
                    f"قُتل {cv(k)} في {pa} يوم {da}، من أصل {t} {ar_noun(t, 'dead')} في المحافظة منذ عام 2011.",
                    [K(k.value), *_agg(t), P(gov)], "out-of-total")
    return [intervention, out_of]


# 6. dates --------------------------------------------------------------------------------------


def _date(day: dt.date) -> Check:
    return tag("date", date_is(day))


def _dates_tune() -> list[Family]:
    def weekday(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), d.place()
        de, da, day = d.weekday()
        return pair(f"{n.En} civilians were killed in shelling on {pe} on {de}.",
                    f"قُتل {cv(n)} في قصف على {pa} يوم {da}.", [_date(day), K(n.value), P(gov)], "weekday")

    def levantine(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), d.place()
        day, pub = d.event_day()
        return pair(f"On {day.day} {MONTHS_EN[day.month - 1]} {day.year}, {n.en} civilians were killed in {pe}.",
                    f"في {day.day} {MONTHS_LEV[day.month - 1]} {day.year}، قُتل {cv(n)} في {pa}.",
                    [_date(day), K(n.value), P(gov)], "levantine-month", pub)

    def yesterday(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), d.place()
        return pair(f"{n.En} civilians were killed yesterday in an airstrike on {pe}.",
                    f"قُتل {cv(n)} أمس في غارة جوية على {pa}.",
                    [_date(PUBLISHED - dt.timedelta(days=1)), K(n.value), P(gov)], "yesterday")
    return [weekday, levantine, yesterday]


def _dates_held() -> list[Family]:
    def dawn(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), d.place()
        de, da, day = d.weekday()
        return pair(f"{n.En} civilians were killed at dawn on {de} in a raid on {pe}.",
                    f"قُتل {cv(n)} فجر يوم {da} في غارة على {pa}.", [_date(day), K(n.value), P(gov)], "dawn-weekday")

    def egyptian(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), d.place()
        day, pub = d.event_day()
        return pair(f"{n.En} civilians were killed in {pe} on {MONTHS_EN[day.month - 1]} {day.day}.",
                    f"قُتل {cv(n)} في {pa} في {day.day} {MONTHS_EG[day.month - 1]}.",
                    [_date(day), K(n.value), P(gov)], "egyptian-month", pub)

    def evening_of(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), d.place()
        day, pub = d.event_day()
        w = day.weekday()
        return pair(f"{n.En} civilians were killed in {pe} on the evening of {WEEKDAYS_EN[w]}, {day.day} "
                    f"{MONTHS_EN[day.month - 1]}.",
                    f"قُتل {cv(n)} في {pa} مساء يوم {WEEKDAYS_AR[w]} {day.day} {MONTHS_LEV[day.month - 1]}.",
                    [_date(day), K(n.value), P(gov)], "evening-of", pub)

    def day_before(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), d.place()
        return pair(f"{n.En} civilians were killed the day before yesterday in {pe}.",
                    f"قُتل {cv(n)} أول أمس في {pa}.", [_date(PUBLISHED - dt.timedelta(days=2)), K(n.value), P(gov)],
                    "day-before-yesterday")
    return [dawn, egyptian, evening_of, day_before]


# 7. places -------------------------------------------------------------------------------------


def _places_tune() -> list[Family]:
    def town(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), d.place(kind=False)
        de, da, _ = d.weekday()
        return pair(f"{n.En} civilians were killed in the town of {pe} on {de}.",
                    f"قُتل {cv(n)} في بلدة {pa} يوم {da}.", [P(gov), K(n.value)], "town")

    def town_in_countryside(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), d.place(kind=False)
        se, sa = d.side()
        ge, ga = {"Idlib": ("Idlib", "إدلب"), "Aleppo": ("Aleppo", "حلب"), "Hama": ("Hama", "حماة"),
                  "Daraa": ("Daraa", "درعا"), "Homs": ("Homs", "حمص"), "Hasakah": ("Hasakah", "الحسكة"),
                  "Rural Damascus": ("Damascus", "دمشق")}[gov]
        return pair(f"{n.En} civilians were killed in {pe} in the {se} countryside of {ge}.",
                    f"قُتل {cv(n)} في {pa} بريف {ga} {sa}.", [P(gov), K(n.value)], "town-in-rif")

    def countryside(d: Draw) -> Pair:
        n, (ge, ga, gov), (se, sa) = d.num(), d.gov(), d.side()
        return pair(f"{n.En} civilians were killed in shelling on the {se} countryside of {ge}.",
                    f"قُتل {cv(n)} في قصف على ريف {ga} {sa}.", [P(gov), K(n.value)], "rif")
    return [town, town_in_countryside, countryside]


def _places_held() -> list[Family]:
    def targeted(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), d.place()
        return pair(f"Warplanes targeted {pe}, killing {n.en} civilians.",
                    f"استهدفت الطائرات الحربية {pa}، ما أدى إلى مقتل {cv(n, 'obl')}.", [P(gov), K(n.value)], "targeted")

    def village_rural(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), d.place(kind=False)
        ge, ga = {"Idlib": ("Idlib", "إدلب"), "Aleppo": ("Aleppo", "حلب"), "Hama": ("Hama", "حماة"),
                  "Daraa": ("Daraa", "درعا"), "Rural Damascus": ("Damascus", "دمشق")}[gov]
        return pair(f"{n.En} civilians were killed in the village of {pe} in rural {ge}.",
                    f"قُتل {cv(n)} في قرية {pa} بريف {ga}.", [P(gov), K(n.value)], "village-rural")

    def villages_of(d: Draw) -> Pair:
        n, (ge, ga, gov), (se, sa) = d.num(), d.gov(), d.side()
        return pair(f"{n.En} civilians were killed in shelling on villages in the {se} {ge} countryside.",
                    f"قُتل {cv(n)} في قصف على قرى ريف {ga} {sa}.", [P(gov), K(n.value)], "rif-villages")
    return [targeted, village_rural, villages_of]


# 8. perpetrators -------------------------------------------------------------------------------


def _perp(code: str) -> Check:
    return tag("perpetrator", perpetrator(code))


def _perpetrators_tune() -> list[Family]:
    def shelled(d: Draw) -> Pair:
        n, (pe, pa, gov), (ae, aa, code, g) = d.num(), d.place(), d.actor()
        de, da, _ = d.weekday()
        return pair(f"{ae[0].upper() + ae[1:]} shelled {pe} on {de}, killing {n.en} civilians.",
                    f"قصف{'ت' if g == 'f' else ''} {aa} {pa} يوم {da}، ما أدى إلى مقتل {cv(n, 'obl')}.",
                    [_perp(code), K(n.value), P(gov)], "shelled")

    def carried_out(d: Draw) -> Pair:
        n, (pe, pa, gov), (ae, aa, code, g) = d.num(), d.place(), d.actor()
        return pair(f"{n.En} civilians were killed in a bombardment carried out by {ae} on {pe}.",
                    f"قُتل {cv(n)} في قصف نفذ{'ته' if g == 'f' else 'ه'} {aa} على {pa}.", [_perp(code), K(n.value), P(gov)], "carried-out-by")
    return [shelled, carried_out]


def _perpetrators_held() -> list[Family]:
    def hands(d: Draw) -> Pair:
        n, (pe, pa, gov), (ae, aa, code, _) = d.num(), d.place(), d.actor()
        return pair(f"{n.En} civilians were killed at the hands of {ae} in {pe}.",
                    f"قُتل {cv(n)} على يد {aa} في {pa}.", [_perp(code), K(n.value), P(gov)], "at-the-hands-of")

    def launched(d: Draw) -> Pair:
        n, (pe, pa, gov), (ae, aa, code, g) = d.num(), d.place(), d.actor()
        return pair(f"An attack launched by {ae} on {pe} killed {n.en} people.",
                    f"أودى هجوم شن{'ته' if g == 'f' else 'ه'} {aa} على {pa} بحياة {cv(n, 'obl', 'people')}.",
                    [_perp(code), K(n.value), P(gov)], "launched-by")
    return [hands, launched]


# 9. weapons ------------------------------------------------------------------------------------


def _weapon(code: str) -> Check:
    return tag("weapon", weapon(code))


def _weapons_tune() -> list[Family]:
    def targeted_with(d: Draw) -> Pair:
        n, (pe, pa, gov), (we, wa, code, _) = d.num(), d.place(), d.weapon()
        return pair(f"{n.En} civilians were killed when {pe} was targeted with {we}.",
                    f"قُتل {cv(n)} جراء استهداف {pa} ب{wa}.", [_weapon(code), K(n.value), P(gov)], "targeted-with")

    def struck(d: Draw) -> Pair:
        n, (pe, pa, gov), (we, wa, code, g) = d.num(), d.place(), d.weapon()
        de, da, _ = d.weekday()
        return pair(f"{we[0].upper() + we[1:]} struck {pe} on {de}, killing {n.en} people.",
                    f"ضرب{'ت' if g == 'f' else ''} {wa} {pa} يوم {da}، ما أسفر عن مقتل {cv(n, 'obl', 'people')}.",
                    [_weapon(code), K(n.value), P(gov)], "struck")
    return [targeted_with, struck]


def _weapons_held() -> list[Family]:
    blasts = [w for w in [("a landmine", "لغم أرضي", "landmine_erw", "m"), ("a car bomb", "سيارة مفخخة", "car_bomb", "f"),
                          ("an explosive device", "عبوة ناسفة", "ied", "f")]]
    shells = [("incendiary bombs", "قنابل حارقة", "incendiary", "f"),
              ("surface-to-surface missiles", "صواريخ أرض أرض", "ballistic_missile", "f"),
              ("white phosphorus", "الفوسفور الأبيض", "incendiary", "m")]

    def exploded(d: Draw) -> Pair:
        n, (pe, pa, gov), (we, wa, code, _) = d.num(), d.place(), d.weapon(blasts)
        return pair(f"{n.En} civilians died in {pe} after {we} exploded.",
                    f"لقي {cv(n)} حتفهم في {pa} إثر انفجار {wa}.", [_weapon(code), K(n.value), P(gov)], "exploded")

    def bombarded(d: Draw) -> Pair:
        n, (pe, pa, gov), (we, wa, code, _) = d.num(), d.place(), d.weapon(shells)
        return pair(f"{pe[0].upper() + pe[1:]} was bombarded with {we}, leaving {n.en} civilians dead.",
                    f"تعرضت {pa} لقصف ب{wa}، ما خلّف {cv(n, 'obl')} قتلى.", [_weapon(code), K(n.value), P(gov)],
                    "bombarded-with")
    return [exploded, bombarded]


# 10. targets -----------------------------------------------------------------------------------


def _target(code: str) -> Check:
    return tag("target", target(code))


def _targets_tune() -> list[Family]:
    def strike_on(d: Draw) -> Pair:
        n, (pe, pa, gov), (te, ta, _, code) = d.num(), d.place(), d.target()
        return pair(f"An airstrike on a {te} in {pe} killed {n.en} civilians.",
                    f"قُتل {cv(n)} في غارة جوية على {ta} في {pa}.", [_target(code), K(n.value), P(gov)], "strike-on")

    def shelling_targeted(d: Draw) -> Pair:
        n, (pe, pa, gov), (te, _, tacc, code) = d.num(), d.place(), d.target()
        return pair(f"Shelling targeted a {te} in {pe}, killing {n.en} people.",
                    f"استهدف القصف {tacc} في {pa}، ما أسفر عن مقتل {cv(n, 'obl', 'people')}.",
                    [_target(code), K(n.value), P(gov)], "shelling-targeted")
    return [strike_on, shelling_targeted]


def _targets_held() -> list[Family]:
    def fell_on(d: Draw) -> Pair:
        n, (pe, pa, gov), (te, ta, _, code) = d.num(), d.place(), d.target()
        return pair(f"{n.En} civilians were killed when rockets fell on a {te} in {pe}.",
                    f"قُتل {cv(n)} إثر سقوط صواريخ على {ta} في {pa}.", [_target(code), K(n.value), P(gov)], "fell-on")

    def bombed_near(d: Draw) -> Pair:
        n, (pe, pa, gov), (te, _, tacc, code) = d.num(), d.place(), d.target()
        return pair(f"Warplanes bombed a {te} near {pe}, leaving {n.en} dead.",
                    f"قصفت الطائرات الحربية {tacc} قرب {pa}، ما خلّف {n.ar('obl')} {ar_noun(n.value, 'dead')}.",
                    [_target(code), K(n.value), P(gov)], "bombed-near")
    return [fell_on, bombed_near]


SPECS: dict[str, dict[str, list[Callable[[Draw], Pair]]]] = {
    name: {"tune": tune(), "held": held(), "held2": SPECS2[name]}
    for name, (tune, held) in {
        "numbers": (_numbers_tune, _numbers_held),
        "killed_injured": (_killed_injured_tune, _killed_injured_held),
        "subgroups": (_subgroups_tune, _subgroups_held),
        "bounds": (_bounds_tune, _bounds_held),
        "aggregates": (_aggregates_tune, _aggregates_held),
        "dates": (_dates_tune, _dates_held),
        "places": (_places_tune, _places_held),
        "perpetrators": (_perpetrators_tune, _perpetrators_held),
        "weapons": (_weapons_tune, _weapons_held),
        "targets": (_targets_tune, _targets_held),
    }.items()
}
