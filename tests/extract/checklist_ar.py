"""Arabic behavioural tests in the CheckList style (the framework of ``tests/extract/checklist.py``).

Sentences in the style of Arabic monitor releases (SNHR, SOHR, civil defence), generated from templates x
fillers per phenomenon. Each phenomenon has two template sets: ``dev`` (written while building the Arabic
components) and ``held`` (written before and never run while tuning: other verbs, nouns, places and word
orders), whose failure rate is reported apart, as the estimate for reports the extractor has not seen.

    .venv/bin/python -m tests.extract.checklist_ar                # dev and held-out tables
    .venv/bin/python -m tests.extract.checklist_ar --show 3 --only bounds
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
from collections.abc import Callable, Sequence

from harmledger.schema import DocumentExtraction

from .checklist import (
    Case,
    Check,
    Phenomenon,
    format_table,
    in_admin1,
    incidents,
    injured,
    killed,
    killed_bounds,
    killed_none,
    perpetrator,
    run,
    subgroup,
    weapon,
)

PUBLISHED = dt.date(2020, 5, 9)  # a Saturday
SIZE = 60
ARABIC_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
UNITS = {3: "ثلاثة", 4: "أربعة", 5: "خمسة", 6: "ستة", 7: "سبعة", 8: "ثمانية", 9: "تسعة", 10: "عشرة"}
TEENS = {11: "أحد عشر", 12: "اثنا عشر", 13: "ثلاثة عشر", 14: "أربعة عشر", 15: "خمسة عشر", 17: "سبعة عشر", 19: "تسعة عشر"}
TENS = {20: "عشرون", 30: "ثلاثون", 40: "أربعون", 50: "خمسون"}
MONTHS_LEV = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول",
              "تشرين الثاني", "كانون الأول"]
MONTHS_EG = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
WEEKDAYS = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
# (name as written, governorate as the geocoder gives admin1): dev and held-out sets do not share a place.
PLACES_DEV = [("معرة النعمان", "Idlib"), ("سراقب", "Idlib"), ("خان شيخون", "Idlib"), ("أريحا", "Idlib"),
              ("دوما", "Rural Damascus"), ("حرستا", "Rural Damascus"), ("الأتارب", "Aleppo"), ("حماة", "Hama"),
              ("درعا", "Daraa"), ("الرستن", "Homs")]
PLACES_HELD = [("كفرنبل", "Idlib"), ("جسر الشغور", "Idlib"), ("بنش", "Idlib"), ("عربين", "Rural Damascus"),
               ("داريا", "Rural Damascus"), ("دارة عزة", "Aleppo"), ("منبج", "Aleppo"), ("كفرزيتا", "Hama"),
               ("تلبيسة", "Homs"), ("البوكمال", "Deir ez-Zor")]
PREFIX = ["بلدة ", "مدينة ", "قرية ", ""]
ACTORS_DEV = [("قوات النظام", "SYR_GOV"), ("الطيران الروسي", "RUS"), ("تنظيم داعش", "ISIS"),
              ("قوات سوريا الديمقراطية", "SDF")]
ACTORS_HELD = [("قوات الأسد", "SYR_GOV"), ("الطائرات الحربية الروسية", "RUS"), ("تنظيم الدولة", "ISIS"),
               ("التحالف الدولي", "COALITION")]
WEAPONS_DEV = [("بالبراميل المتفجرة", "barrel_bomb"), ("بالذخائر العنقودية", "cluster_munition"), ("بغاز الكلور", "chemical"),
               ("بقذائف الهاون", "artillery")]
WEAPONS_HELD = [("بقنابل عنقودية", "cluster_munition"), ("بالغاز السام", "chemical"), ("بالصواريخ", "rocket"),
                ("بقذائف هاون", "artillery")]

Family = Callable[["Draw"], Case]


class Draw:
    def __init__(self, rng: random.Random, held: bool) -> None:
        self.rng, self.held = rng, held

    def pick(self, items: Sequence[str]) -> str:
        return self.rng.choice(list(items))

    def place(self) -> tuple[str, str]:
        name, gov = self.rng.choice(PLACES_HELD if self.held else PLACES_DEV)
        return self.rng.choice(PREFIX) + name, gov

    def actor(self) -> tuple[str, str]:
        return self.rng.choice(ACTORS_HELD if self.held else ACTORS_DEV)

    def weapon(self) -> tuple[str, str]:
        return self.rng.choice(WEAPONS_HELD if self.held else WEAPONS_DEV)

    def number(self, low: int = 3, high: int = 50) -> tuple[str, int]:
        """A count written in ASCII digits, Arabic-Indic digits or words."""
        n = self.rng.randint(low, high)
        form = self.rng.randrange(3)
        if form == 2:
            table = {**UNITS, **TEENS, **TENS}
            choices = [k for k in table if low <= k <= high]
            if choices:
                n = self.rng.choice(choices)
                return table[n], n
        return (str(n).translate(ARABIC_DIGITS) if form == 1 else str(n)), n

    def weekday(self) -> tuple[str, dt.date]:
        i = self.rng.randrange(7)
        back = (PUBLISHED.weekday() - i) % 7
        return WEEKDAYS[i], PUBLISHED - dt.timedelta(days=back)


def _case(text: str, checks: Sequence[Check], family: str) -> Case:
    return Case(text, PUBLISHED.isoformat(), tuple(checks), None, family)


def _numbers(held: bool) -> list[Family]:
    if not held:
        def digits(d: Draw) -> Case:
            (s, n), (p, _) = d.number(), d.place()
            return _case(f"قتل {s} مدنيين في قصف على {p}.", [killed(n)], "verb-number")

        def masdar(d: Draw) -> Case:
            (s, n), (p, _) = d.number(), d.place()
            return _case(f"أسفر القصف عن مقتل {s} أشخاص في {p} {d.pick(['اليوم', 'أمس'])}.", [killed(n)], "masdar")

        def dual(d: Draw) -> Case:
            noun, (p, _) = d.pick(["طفلان", "امرأتان", "شابان", "رجلان"]), d.place()
            return _case(f"قتل {noun} في غارة على {p}.", [killed(2)], "dual")
        return [digits, masdar, dual]

    def martyr(d: Draw) -> Case:
        (s, n), (p, _) = d.number(), d.place()
        return _case(f"استشهد {s} مواطنين جراء قصف مدفعي استهدف {p}، بحسب الدفاع المدني.", [killed(n)], "istashhad")

    def dead_noun(d: Draw) -> Case:
        (s, n), (p, _) = d.number(), d.place()
        return _case(f"سقط {s} قتيلا في {p} إثر غارات جوية.", [killed(n)], "noun-qatil")

    def dual_gen(d: Draw) -> Case:
        noun, (p, _) = d.pick(["طفلين", "امرأتين", "شخصين"]), d.place()
        return _case(f"وثقنا مقتل {noun} في {p} برصاص قناص.", [killed(2)], "dual-genitive")
    return [martyr, dead_noun, dual_gen]


def _killed_injured(held: bool) -> list[Family]:
    if not held:
        def both(d: Draw) -> Case:
            (a, k), (b, i), (p, _) = d.number(3, 15), d.number(16, 40), d.place()
            return _case(f"قتل {a} مدنيين وأصيب {b} آخرون بجروح في قصف على {p}.", [killed(k), injured(i)], "qutila-usiba")

        def masdars(d: Draw) -> Case:
            (a, k), (b, i), (p, _) = d.number(3, 15), d.number(16, 40), d.place()
            return _case(f"أدى القصف إلى مقتل {a} مدنيين وإصابة {b} آخرين في {p}.", [killed(k), injured(i)], "maqtal-isaba")

        def injured_only(d: Draw) -> Case:
            (b, i), (p, _) = d.number(), d.place()
            return _case(f"أصيب {b} مدنيين بجروح جراء قصف على {p}.", [injured(i), killed_none()], "injured-only")
        return [both, masdars, injured_only]

    def nouns(d: Draw) -> Case:
        (a, k), (b, i), (p, _) = d.number(3, 15), d.number(16, 40), d.place()
        return _case(f"خلف القصف على {p} {a} قتلى و{b} جرحى.", [killed(k), injured(i)], "qatla-jarha")

    def wounded_first(d: Draw) -> Case:
        (a, k), (b, i), (p, _) = d.number(3, 15), d.number(16, 40), d.place()
        return _case(f"جرح {b} شخصا واستشهد {a} آخرون في {p} إثر سقوط قذائف.", [killed(k), injured(i)], "jurih-first")

    def died(d: Draw) -> Case:
        (a, k), (p, _) = d.number(), d.place()
        return _case(f"لقي {a} مدنيين حتفهم في {p} بقصف جوي.", [killed(k)], "laqu-hatfahum")
    return [nouns, wounded_first, died]


def _subgroups(held: bool) -> list[Family]:
    if not held:
        def children_women(d: Draw) -> Case:
            c, w, (p, _) = d.rng.randint(3, 9), d.rng.randint(3, 6), d.place()
            n = c + w + d.rng.randint(0, 5)
            return _case(f"قتل {n} مدنيين بينهم {c} أطفال و{w} سيدات في قصف على {p}.",
                         [killed(n), subgroup("children", c), subgroup("women", w)], "baynahum-digits")

        def dual_sub(d: Draw) -> Case:
            (s, n), (p, _) = d.number(5, 30), d.place()
            return _case(f"مقتل {s} مدنيين بينهم طفلان في {p}.", [killed(n), subgroup("children", 2)], "baynahum-dual")
        return [children_women, dual_sub]

    def minhum(d: Draw) -> Case:
        c, (p, _) = d.rng.randint(3, 9), d.place()
        n = c + d.rng.randint(2, 9)
        return _case(f"استشهد {n} مواطنين، من بينهم {c} أطفال، في غارات على {p}.", [killed(n), subgroup("children", c)], "min-baynahum")

    def one_each(d: Draw) -> Case:
        (s, n), (p, _) = d.number(5, 30), d.place()
        return _case(f"قضى {s} مدنيين بينهم طفل وامرأة في {p}.", [killed(n), subgroup("children", 1), subgroup("women", 1)], "baynahum-one")
    return [minhum, one_each]


def _bounds(held: bool) -> list[Family]:
    if not held:
        def at_least(d: Draw) -> Case:
            n, (p, _) = d.rng.randint(5, 60), d.place()
            return _case(f"قتل {n} مدنيين على الأقل في قصف على {p}.", [killed_bounds(n, None)], "ala-alaqal-after")

        def more_than(d: Draw) -> Case:
            n, (p, _) = d.rng.randint(5, 60), d.place()
            return _case(f"أسفر القصف عن مقتل أكثر من {n} شخصا في {p}.", [killed_bounds(n, None)], "akthar-min")

        def between(d: Draw) -> Case:
            a, (p, _) = d.rng.randint(5, 30), d.place()
            b = a + d.rng.randint(2, 8)
            return _case(f"قتل ما بين {a} و{b} مدنيا في غارة على {p}.", [killed_bounds(a, b)], "ma-bayn")
        return [at_least, more_than, between]

    def la_yaqill(d: Draw) -> Case:
        n, (p, _) = d.rng.randint(5, 60), d.place()
        return _case(f"استشهد ما لا يقل عن {n} مدنيا في {p}.", [killed_bounds(n, None)], "ma-la-yaqill")

    def about(d: Draw) -> Case:
        n, (p, _) = d.rng.randint(5, 60), d.place()
        return _case(f"قتل نحو {n} شخصا في {p}.", [killed(n)], "nahwa")

    def from_to(d: Draw) -> Case:
        a, (p, _) = d.rng.randint(5, 30), d.place()
        b = a + d.rng.randint(2, 8)
        return _case(f"أصيب من {a} إلى {b} مدنيا في {p} بقصف صاروخي.", [Check(f"injured {a}..{b}", lambda r: injured(a).fn(r) or _inj_bounds(r, a, b))], "min-ila")
    return [la_yaqill, about, from_to]


def _inj_bounds(r: object, a: int, b: int) -> bool:
    from .checklist import _injured

    c = _injured(r)  # type: ignore[arg-type]
    return c is not None and c.low == a and c.high == b


def _aggregates(held: bool) -> list[Family]:
    if not held:
        def since_year(d: Draw) -> Case:
            n, (s, k), (p, _) = d.rng.randint(1000, 9000), d.number(3, 20), d.place()
            return _case(f"قتل {s} مدنيين في {p} يوم الخميس. وقتلت قوات النظام {n} مدنيا منذ عام 2012.",
                         [killed(k), incidents(1)], "since-2012")

        def since_month(d: Draw) -> Case:
            n, (s, k), (p, _) = d.rng.randint(30, 300), d.number(3, 20), d.place()
            return _case(f"استشهد {s} مدنيين في {p}. وبذلك ترتفع حصيلة القتلى منذ بداية الشهر إلى {n} مدنيا.",
                         [killed(k), incidents(1)], "since-month")
        return [since_year, since_month]

    def so_far(d: Draw) -> Case:
        n, (s, k), (p, _) = d.rng.randint(200, 900), d.number(3, 20), d.place()
        return _case(f"مقتل {s} أشخاص في {p} أمس، فيما بلغ عدد الضحايا منذ مطلع العام الجاري {n} شخصا.",
                     [killed(k), incidents(1)], "since-year-start")

    def war_total(d: Draw) -> Case:
        n, (s, k), (p, _) = d.rng.randint(1000, 9000), d.number(3, 20), d.place()
        return _case(f"وثقت الشبكة مقتل {n} طفلا منذ آذار 2011. وفي {p} قتل {s} مدنيين يوم الجمعة.",
                     [killed(k)], "since-march-2011")
    return [so_far, war_total]


def _dates(held: bool) -> list[Family]:
    def full(months: list[str], family: str) -> Family:
        def make(d: Draw) -> Case:
            m = d.rng.randrange(12)
            year = d.rng.choice([2018, 2019])
            day = d.rng.randint(1, 28)
            (s, _k), (p, _) = d.number(), d.place()
            return _case(f"قتل {s} مدنيين في {p} في {day} {months[m]} {year}.", [date_is(dt.date(year, m + 1, day))], family)
        return make

    def weekday(d: Draw) -> Case:
        name, day = d.weekday()
        (s, _k), (p, _) = d.number(), d.place()
        return _case(f"قتل {s} مدنيين يوم {name} في قصف على {p}.", [date_is(day)], "yawm-weekday")

    def weekday_held(d: Draw) -> Case:
        name, day = d.weekday()
        (s, _k), (p, _) = d.number(), d.place()
        return _case(f"استشهد {s} مواطنين فجر {name} جراء غارات على {p}.", [date_is(day)], "fajr-weekday")

    def paired(d: Draw) -> Case:
        m, day = d.rng.randrange(12), d.rng.randint(1, 28)
        (s, _k), (p, _) = d.number(), d.place()
        return _case(f"في {day} {MONTHS_EG[m]}/{MONTHS_LEV[m]} 2019 قُتل {s} أشخاص في {p}.", [date_is(dt.date(2019, m + 1, day))], "paired")
    if not held:
        return [full(MONTHS_LEV, "levantine"), full(MONTHS_EG, "egyptian"), weekday]
    return [paired, weekday_held]


def date_is(day: dt.date) -> Check:
    """The toll's mention is dated ``day`` (an old event is never the primary, so any mention with a toll)."""
    def fn(r: DocumentExtraction) -> bool:
        return any(m.date is not None and m.date.start == day.isoformat() and m.date.end in (None, day.isoformat())
                   and m.casualties.killed is not None for m in r.mentions)
    return Check(f"a mention with a toll dated {day}", fn)


def _places(held: bool) -> list[Family]:
    def town(d: Draw) -> Case:
        (p, gov), (s, _k) = d.place(), d.number()
        verb = d.pick(["قتل", "استشهد"]) if not held else d.pick(["لقي", "قضى"])
        tail = " حتفهم" if verb == "لقي" else ""
        return _case(f"{verb} {s} مدنيين{tail} في {p} يوم الأحد.", [in_admin1(gov)], "in-town")

    def countryside(d: Draw) -> Case:
        side = d.pick(["الشمالي", "الجنوبي", "الغربي", "الشرقي"])
        gov = d.pick(["إدلب", "حلب", "حماة"]) if not held else d.pick(["درعا", "حمص", "دمشق"])
        admin = {"إدلب": "Idlib", "حلب": "Aleppo", "حماة": "Hama", "درعا": "Daraa", "حمص": "Homs", "دمشق": "Rural Damascus"}[gov]
        (s, k) = d.number()
        return _case(f"قتل {s} مدنيين في قصف على ريف {gov} {side}.", [in_admin1(admin) if admin != "Rural Damascus" else
                                                                   Check("a place", lambda r: bool(r.mentions and r.mentions[0].places))], "rif")
    return [town, countryside]


def _actors_weapons(held: bool) -> list[Family]:
    def actor(d: Draw) -> Case:
        (a, code), (s, _k), (p, _) = d.actor(), d.number(), d.place()
        text = (f"قتل {s} مدنيين جراء قصف {a} على {p}." if not held else f"استشهد {s} مدنيين في غارات شنها {a} على {p}.")
        return _case(text, [perpetrator(code)], "actor")

    def weapon_case(d: Draw) -> Case:
        (w, code), (s, _k), (p, _) = d.weapon(), d.number(), d.place()
        text = (f"قتل {s} مدنيين في قصف {w} على {p}." if not held else f"أسفر استهداف {p} {w} عن مقتل {s} أشخاص.")
        return _case(text, [weapon(code)], "weapon")
    return [actor, weapon_case]


SPECS: dict[str, tuple[Callable[[bool], list[Family]], float]] = {
    "numbers": (_numbers, 0.10),
    "killed_injured": (_killed_injured, 0.15),
    "subgroups": (_subgroups, 0.15),
    "bounds": (_bounds, 0.15),
    "aggregates": (_aggregates, 0.20),
    "dates": (_dates, 0.15),
    "places": (_places, 0.15),
    "actors_weapons": (_actors_weapons, 0.15),
}
NAMES = list(SPECS)


def build(name: str, size: int = SIZE, held: bool = False) -> Phenomenon:
    families_of, max_rate = SPECS[name]
    families = families_of(held)
    draw = Draw(random.Random(f"ar/{name}/{size}/{held}"), held)
    cases: list[Case] = []
    seen: set[str] = set()
    i = 0
    while len(cases) < size and i < size * 30:
        case = families[i % len(families)](draw)
        i += 1
        if case.text not in seen:
            seen.add(case.text)
            cases.append(case)
    return Phenomenon(f"{name}{' (held out)' if held else ''}", cases, max_rate)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.extract.checklist_ar")
    parser.add_argument("--size", type=int, default=SIZE)
    parser.add_argument("--only", action="append", choices=NAMES)
    parser.add_argument("--show", type=int, default=0)
    parser.add_argument("--held", action="store_true", help="also run the held-out templates")
    args = parser.parse_args(argv)
    from harmledger.extract import Extractor

    extractor = Extractor()
    ok = True
    for held in ([False, True] if args.held else [False]):
        results = [run(build(n, args.size, held), extractor, n_examples=args.show) for n in NAMES if not args.only or n in args.only]
        for r in results:
            for f in r.examples:
                print(f"== {r.name}\n{f.render()}")
        print(format_table(results))
        ok = ok and all(r.ok for r in results)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
