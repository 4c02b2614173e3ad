"""A second held-out half of the parallel set (``held2``), written after the first held half had been
measured, read and fixed for, and BEFORE any run of its own: other places, actors, weapons, targets and
phrasings (headline tolls, "claimed the lives", "by fire from", "الموافق" dates, places told from a
city). Its first-run rates are the estimate for unseen wording once the first held half is spent."""

from __future__ import annotations

from .checklist import (
    Check,
    date_is,
    incidents,
    injured,
    killed_bounds,
    killed_low_in,
    no_incident_killed,
    perpetrator,
    subgroup,
    weapon,
)
from .checklist_parallel_templates import (
    MONTHS_EG,
    MONTHS_EN,
    MONTHS_LEV,
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


def _numbers() -> list[Family]:
    def massacre(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), d.place()
        return pair(f"A massacre in {pe} claimed the lives of {n.en} civilians.",
                    f"حصدت مجزرة في {pa} أرواح {cv(n, 'obl')}.", [K(n.value), P(gov)], "claimed-lives")

    def said_that(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), d.place()
        return pair(f"The Civil Defence said that {n.en} people were killed in {pe}.",
                    f"قال الدفاع المدني إن {cv(n, 'obl', 'people')} قتلوا في {pa}.", [K(n.value), P(gov)], "said-that")
    return [massacre, said_that]


def _killed_injured() -> list[Family]:
    def headline(d: Draw) -> Pair:
        k, i, (pe, pa, gov) = d.num(3, 10), d.num(11, 45), d.place()
        return pair(f"{k.En} killed and {i.en} injured in shelling on {pe}",
                    f"{k.ar()} {ar_noun(k.value, 'dead')} و{i.ar()} {ar_noun(i.value, 'wounded')} بقصف على {pa}",
                    [K(k.value), tag("injured", injured(i.value)), P(gov)], "headline")

    def wounded(d: Draw) -> Pair:
        k, i, (pe, pa, gov) = d.num(3, 10), d.num(11, 45), d.place()
        return pair(f"Shelling on {pe} killed {k.en} civilians and wounded {i.en} others.",
                    f"أدى قصف على {pa} إلى مقتل {cv(k, 'obl')} وجرح {i.ar('obl')} آخرين.",
                    [K(k.value), tag("injured", injured(i.value)), P(gov)], "killed-wounded")
    return [headline, wounded]


def _subgroups() -> list[Family]:
    def of_whom(d: Draw) -> Pair:
        c, (pe, pa, gov) = d.num(3, 9), d.place()
        n = d.num(c.value + 2, c.value + 20)
        return pair(f"{n.En} civilians were killed in {pe}, {c.en} of whom were children.",
                    f"قُتل {cv(n)} في {pa}، {c.ar()} منهم من الأطفال.",
                    [K(n.value), tag("subgroups", subgroup("children", c.value)), P(gov)], "of-whom")

    def among_victims(d: Draw) -> Pair:
        c, (pe, pa, gov) = d.num(3, 9), d.place()
        n = d.num(c.value + 2, c.value + 20)
        return pair(f"{n.En} civilians were killed in {pe}; among the victims were {c.en} children.",
                    f"قُتل {cv(n)} في {pa}، وبين الضحايا {cv(c, 'nom', 'children')}.",
                    [K(n.value), tag("subgroups", subgroup("children", c.value)), P(gov)], "among-victims")
    return [of_whom, among_victims]


def _bounds() -> list[Family]:
    def toll_of_at_least(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(4, 60), d.place()
        return pair(f"A preliminary toll of at least {n.en} dead was recorded in {pe}.",
                    f"سُجلت حصيلة أولية لا تقل عن {n.ar('obl')} {ar_noun(n.value, 'dead')} في {pa}.",
                    [tag("bounds", killed_bounds(n.value, None)), P(gov)], "toll-at-least")

    def from_to(d: Draw) -> Pair:
        a, (pe, pa, gov) = d.num(4, 25), d.place()
        b = d.num(a.value + 2, a.value + 9)
        return pair(f"From {a.en} to {b.en} civilians were killed in {pe}.",
                    f"قُتل من {a.ar('obl')} إلى {cv(b, 'obl')} في {pa}.",
                    [tag("bounds", killed_bounds(a.value, b.value)), P(gov)], "from-to")

    def upwards(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(10, 50), d.place()
        return pair(f"Upwards of {n.en} people were killed in {pe}.",
                    f"قُتل ما يزيد عن {cv(n, 'obl', 'people')} في {pa}.",
                    [tag("bounds", killed_low_in([n.value, n.value + 1], None)), P(gov)], "upwards-of")
    return [toll_of_at_least, from_to, upwards]


def _aggregates() -> list[Family]:
    def raising(d: Draw) -> Pair:
        k, (pe, pa, gov), t = d.num(3, 20), d.place(), d.rng.randint(230, 4000)
        de, da, _ = d.weekday()
        return pair(f"{k.En} civilians were killed in {pe} on {de}, raising the toll of the offensive since "
                    f"February to {t:,}.",
                    f"قُتل {cv(k)} في {pa} يوم {da}، ما يرفع حصيلة ضحايا الحملة العسكرية منذ شباط إلى {t}.",
                    [K(k.value), tag("aggregate", incidents(1)), tag("aggregate", no_incident_killed(t)), P(gov)], "raising")

    def in_total(d: Draw) -> Pair:
        k, (pe, pa, gov), t = d.num(3, 20), d.place(), d.rng.randint(230, 4000)
        de, da, _ = d.weekday()
        return pair(f"In total, {t:,} civilians have been killed in the province since the start of the year; on "
                    f"{de}, {k.en} died in {pe}.",
                    f"وبلغ إجمالي القتلى المدنيين في المحافظة منذ بداية العام {t}، فيما قُتل {cv(k)} في {pa} يوم {da}.",
                    [K(k.value), tag("aggregate", incidents(1)), tag("aggregate", no_incident_killed(t)), P(gov)], "in-total")
    return [raising, in_total]


def _dates() -> list[Family]:
    def evening(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), d.place()
        de, da, day = d.weekday()
        return pair(f"{n.En} civilians were killed on {de} evening in {pe}.",
                    f"قُتل {cv(n)} مساء {da} في {pa}.", [tag("date", date_is(day)), K(n.value), P(gov)], "evening")

    def muwafiq(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), d.place()
        day, pub = d.event_day()
        w = day.weekday()
        return pair(f"On {WEEKDAYS_EN[w]}, {day.day} {MONTHS_EN[day.month - 1]} {day.year}, {n.en} civilians were "
                    f"killed in {pe}.",
                    f"يوم {WEEKDAYS_AR[w]} الموافق {day.day} {MONTHS_EG[day.month - 1]} {day.year}، قُتل {cv(n)} في {pa}.",
                    [tag("date", date_is(day)), K(n.value), P(gov)], "muwafiq", pub)

    def morning_of(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), d.place()
        day, pub = d.event_day()
        return pair(f"On the morning of {day.day} {MONTHS_EN[day.month - 1]}, {n.en} civilians were killed in {pe}.",
                    f"صباح {day.day} {MONTHS_LEV[day.month - 1]}، قُتل {cv(n)} في {pa}.",
                    [tag("date", date_is(day)), K(n.value), P(gov)], "morning-of", pub)
    return [evening, muwafiq, morning_of]


def _places() -> list[Family]:
    def of_city(d: Draw) -> Pair:
        n, (pe, pa, gov), (se, _) = d.num(), d.place(kind=False), d.side()
        city = {"Rural Damascus": ("Damascus", "دمشق"), "Hama": ("Hama", "حماة"), "Aleppo": ("Aleppo", "حلب"),
                "Homs": ("Homs", "حمص"), "Daraa": ("Daraa", "درعا")}[gov]
        direction = {"northern": ("north", "شمال"), "southern": ("south", "جنوب"), "eastern": ("east", "شرق"),
                     "western": ("west", "غرب")}[se]
        return pair(f"{n.En} civilians were killed in {pe}, {direction[0]} of {city[0]}.",
                    f"قُتل {cv(n)} في {pa} {direction[1]} {city[1]}.", [P(gov), K(n.value)], "direction-of-city")

    def governorate(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), d.place(kind=False)
        g = {"Rural Damascus": ("Rural Damascus", "ريف دمشق"), "Hama": ("Hama", "حماة"), "Aleppo": ("Aleppo", "حلب"),
             "Homs": ("Homs", "حمص"), "Daraa": ("Daraa", "درعا")}[gov]
        return pair(f"{n.En} civilians were killed in {pe} ({g[0]} governorate).",
                    f"قُتل {cv(n)} في {pa} (محافظة {g[1]}).", [P(gov), K(n.value)], "governorate")

    def suburbs(d: Draw) -> Pair:
        n, (ge, ga, gov) = d.num(), d.gov()
        return pair(f"{n.En} civilians were killed in shelling on the outskirts of {ge} city.",
                    f"قُتل {cv(n)} في قصف على أطراف مدينة {ga}.", [P(gov), K(n.value)], "outskirts")
    return [of_city, governorate, suburbs]


def _perpetrators() -> list[Family]:
    def bombed(d: Draw) -> Pair:
        n, (pe, pa, gov), (ae, aa, code, g) = d.num(), d.place(), d.actor()
        return pair(f"{ae[0].upper() + ae[1:]} bombed {pe}, killing {n.en} civilians.",
                    f"قصف{'ت' if g == 'f' else ''} {aa} {pa}، ما أسفر عن مقتل {cv(n, 'obl')}.",
                    [tag("perpetrator", perpetrator(code)), K(n.value), P(gov)], "bombed")

    def fire_from(d: Draw) -> Pair:
        n, (pe, pa, gov), (ae, aa, code, _) = d.num(), d.place(), d.actor()
        return pair(f"{n.En} civilians were killed by fire from {ae} in {pe}.",
                    f"قُتل {cv(n)} بنيران {aa} في {pa}.", [tag("perpetrator", perpetrator(code)), K(n.value), P(gov)],
                    "fire-from")
    return [bombed, fire_from]


def _weapons() -> list[Family]:
    def killed_by(d: Draw) -> Pair:
        n, (pe, pa, gov), (we, wa, code, _) = d.num(), d.place(), d.weapon()
        return pair(f"{n.En} civilians were killed by {we} in {pe}.",
                    f"قُتل {cv(n)} ب{wa} في {pa}.", [tag("weapon", weapon(code)), K(n.value), P(gov)], "killed-by")

    def used_in(d: Draw) -> Pair:
        n, (pe, pa, gov), (we, wa, code, g) = d.num(), d.place(), d.weapon()
        were = "were" if we.endswith("s") else "was"
        return pair(f"{we[0].upper() + we[1:]} {were} used in the attack on {pe}, which killed {n.en} civilians.",
                    f"{'استُخدمت' if g == 'f' else 'استُخدم'} {wa} في الهجوم على {pa} الذي أدى إلى مقتل {cv(n, 'obl')}.",
                    [tag("weapon", weapon(code)), K(n.value), P(gov)], "used-in")
    return [killed_by, used_in]


def _targets() -> list[Family]:
    def hit(d: Draw) -> Pair:
        n, (pe, pa, gov), (te, ta, _, code) = d.num(), d.place(), d.target()
        return pair(f"{n.En} civilians were killed in a strike that hit a {te} in {pe}.",
                    f"قُتل {cv(n)} في ضربة أصابت {ta} في {pa}.", [_t(code), K(n.value), P(gov)], "strike-hit")

    def was_bombed(d: Draw) -> Pair:
        n, (pe, pa, gov), (te, ta, _, code) = d.num(), d.place(), d.target()
        verb = "تعرضت" if ta.split()[0].endswith("ة") else "تعرض"
        return pair(f"A {te} in {pe} was bombed, killing {n.en} people.",
                    f"{verb} {ta} في {pa} للقصف، ما أسفر عن مقتل {cv(n, 'obl', 'people')}.", [_t(code), K(n.value), P(gov)],
                    "was-bombed")
    return [hit, was_bombed]


def _t(code: str) -> Check:
    return tag("target", target(code))


SPECS2: dict[str, list[Family]] = {
    "numbers": _numbers(), "killed_injured": _killed_injured(), "subgroups": _subgroups(), "bounds": _bounds(),
    "aggregates": _aggregates(), "dates": _dates(), "places": _places(), "perpetrators": _perpetrators(),
    "weapons": _weapons(), "targets": _targets(),
}
