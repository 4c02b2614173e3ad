"""A second held-out set for the Arabic checklist: templates and fillers written after the first held-out
set had been run once (and its failures fixed), run once to measure, kept apart from both.

    .venv/bin/python -m tests.extract.checklist_ar_fresh
"""

from __future__ import annotations

import datetime as dt
import random
import sys
from collections.abc import Callable

from .checklist import (
    Case,
    Check,
    Phenomenon,
    format_table,
    in_admin1,
    injured,
    killed,
    killed_bounds,
    perpetrator,
    run,
    subgroup,
    weapon,
)
from .checklist_ar import PUBLISHED, WEEKDAYS, date_is

PLACES = [("سرمين", "Idlib"), ("الدانا", "Idlib"), ("معرة مصرين", "Idlib"), ("تفتناز", "Idlib"), ("جرابلس", "Aleppo"),
          ("أعزاز", "Aleppo"), ("الرقة", "Raqqa"), ("تدمر", "Homs"), ("بصرى الشام", "Daraa"), ("القامشلي", "Hasakah")]
WORDS = {3: "ثلاثة", 4: "أربعة", 6: "ستة", 8: "ثمانية", 11: "أحد عشر", 16: "ستة عشر", 20: "عشرين", 30: "ثلاثين"}

Make = Callable[[random.Random], Case]


def _place(rng: random.Random) -> tuple[str, str]:
    name, gov = rng.choice(PLACES)
    return rng.choice(["", "بلدة ", "مدينة ", "قرية "]) + name, gov


def _n(rng: random.Random, low: int = 3, high: int = 40) -> tuple[str, int]:
    if rng.random() < 0.3:
        n = rng.choice([k for k in WORDS if low <= k <= high] or [low])
        return WORDS.get(n, str(n)), n
    n = rng.randint(low, high)
    return str(n), n


def _c(text: str, *checks: Check) -> Case:
    return Case(text, PUBLISHED.isoformat(), tuple(checks), None, "fresh")


def tolls(rng: random.Random) -> Case:
    (s, n), (p, _) = _n(rng), _place(rng)
    k = rng.randrange(4)
    if k == 0:
        return _c(f"ارتفعت حصيلة ضحايا القصف على {p} إلى {s} مدنيين.", killed(n))
    if k == 1:
        return _c(f"قتل {s} من المدنيين جراء استهداف {p}.", killed(n))
    if k == 2:
        return _c(f"مقتل مدني وإصابة {s} آخرين في {p}.", killed(1), injured(n))
    return _c(f"توفي {s} أشخاص متأثرين بجراحهم التي أصيبوا بها في قصف على {p}.", killed(n))


def groups(rng: random.Random) -> Case:
    (a, k), (b, i), (p, _) = _n(rng, 3, 15), _n(rng, 16, 40), _place(rng)
    if rng.random() < 0.5:
        return _c(f"خلف القصف على {p} {a} شهداء و{b} مصابين.", killed(k), injured(i))
    return _c(f"مقتل {a} وجرح {b} آخرين بقصف استهدف {p}.", killed(k), injured(i))


def subs(rng: random.Random) -> Case:
    c, w, (p, _) = rng.randint(2, 6), rng.randint(2, 5), _place(rng)
    n = c + w + rng.randint(1, 6)
    return _c(f"استشهد {n} مدنيين بينهم {w} نساء و{c} أطفال في {p}.", killed(n), subgroup("children", c), subgroup("women", w))


def bounds(rng: random.Random) -> Case:
    n, (p, _) = rng.randint(6, 80), _place(rng)
    k = rng.randrange(3)
    if k == 0:
        return _c(f"قتل ما يزيد عن {n} مدنيا في {p}.", killed_bounds(n, None))
    if k == 1:
        return _c(f"لقي زهاء {n} شخصا حتفهم في {p}.", killed(n))
    return _c(f"قتل أقل من {n} شخصا في {p}.", killed_bounds(None, n))


def dates(rng: random.Random) -> Case:
    (s, _), (p, _) = _n(rng), _place(rng)
    k = rng.randrange(3)
    if k == 0:
        i = rng.randrange(7)
        day = PUBLISHED - dt.timedelta(days=(PUBLISHED.weekday() - i) % 7)
        return _c(f"قتل {s} مدنيين مساء يوم {WEEKDAYS[i]} في {p}.", date_is(day))
    if k == 1:
        day = dt.date(2020, rng.randint(1, 4), rng.randint(1, 28))
        return _c(f"قتل {s} مدنيين في {p} بتاريخ {day.day}/{day.month}/2020.", date_is(day))
    day = dt.date(2020, 2, rng.randint(1, 28))
    return _c(f"في {day.day} شباط/فبراير قتل {s} مدنيين في {p}.", date_is(day))


def places(rng: random.Random) -> Case:
    (s, _), (name, gov) = _n(rng), rng.choice(PLACES)
    phrase = rng.choice(["في محيط مدينة", "على أطراف بلدة", "وسط مدينة"])
    return _c(f"قتل {s} مدنيين {phrase} {name}.", in_admin1(gov))


def sides(rng: random.Random) -> Case:
    (s, _), (p, _) = _n(rng), _place(rng)
    k = rng.randrange(3)
    if k == 0:
        return _c(f"ألقت مروحيات النظام براميل متفجرة على {p} ما أدى إلى مقتل {s} مدنيين.", perpetrator("SYR_GOV"), weapon("barrel_bomb"))
    if k == 1:
        return _c(f"قصفت قوات النظام بقذائف الهاون {p} وقتلت {s} مدنيين.", perpetrator("SYR_GOV"), weapon("artillery"))
    return _c(f"قتل {s} مدنيين في غارات للطيران الحربي الروسي على {p}.", perpetrator("RUS"), weapon("airstrike"))


FAMILIES: dict[str, Make] = {"tolls": tolls, "groups": groups, "subgroups": subs, "bounds": bounds, "dates": dates,
                             "places": places, "sides": sides}


def build(name: str, size: int = 40) -> Phenomenon:
    rng = random.Random(f"fresh/{name}/{size}")
    cases: dict[str, Case] = {}
    for _ in range(size * 20):
        case = FAMILIES[name](rng)
        cases.setdefault(case.text, case)
        if len(cases) == size:
            break
    return Phenomenon(f"{name} (fresh)", list(cases.values()), 0.15)


def main() -> int:
    from harmledger.extract import Extractor

    extractor = Extractor()
    results = [run(build(name), extractor, n_examples=3) for name in FAMILIES]
    for r in results:
        for f in r.examples:
            print(f"== {r.name}\n{f.render()}")
    print(format_table(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
