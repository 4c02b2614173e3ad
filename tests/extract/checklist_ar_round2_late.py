"""A probe written after the second round's code had made ``checklist_ar_round2`` pass, before any further
change: other wordings of the phenomena that round added (ordinal, ranged and relative dates, attack
totals, numbers that are not casualties, actor phrasings). Its first-run failure rate estimates how the new
readings carry to wordings they were not built on.

    .venv/bin/python -m tests.extract.checklist_ar_round2_late [--show 3]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
from collections.abc import Sequence

from .checklist import Case, Phenomenon, date_is, format_table, killed, no_count_equal, perpetrator, run
from .checklist_ar_round2 import (
    MONTHS,
    MONTHS_EG,
    ORDINALS,
    PUBLISHED,
    Make,
    attacks_total,
    case_of,
    dated,
    soon_after,
)

PLACES = ["معرة حرمة", "كفرومة", "الأتارب", "سراقب", "أريحا", "دوما"]


def _p(rng: random.Random) -> str:
    return rng.choice(["", "مدينة ", "بلدة "]) + rng.choice(PLACES)


def ordinal(rng: random.Random) -> Case:
    n, p, day, month = rng.randint(3, 30), _p(rng), rng.randint(1, 28), rng.randint(1, 12)
    year = rng.choice([2019, 2020])
    d = dt.date(year, month, day)
    k = rng.randrange(3)
    if k == 0:
        text = f"صباح {ORDINALS[day - 1]} من {MONTHS[month - 1]} {year}، قتل {n} مدنيين في {p}."
    elif k == 1:
        text = f"قتل {n} مدنيين بتاريخ {ORDINALS[day - 1]} من {MONTHS_EG[month - 1]} {year} في {p}."
    else:
        text = f"وثقت الشبكة مقتل {n} مدنيين في {p} ليلة {ORDINALS[day - 1]} من شهر {MONTHS[month - 1]} {year}."
    return case_of(text, date_is(d), published=soon_after(rng, d))


def ranged(rng: random.Random) -> Case:
    n, p, month = rng.randint(3, 30), _p(rng), rng.randint(2, 12)
    k = rng.randrange(3)
    if k == 0:
        a, b = rng.randint(25, 28), rng.randint(1, 4)
        first, last = dt.date(2020, month - 1, a), dt.date(2020, month, b)
        text = f"قتل {n} مدنيين في {p} ما بين {a} {MONTHS[month - 2]} و{b} {MONTHS[month - 1]}."
    else:
        a = rng.randint(1, 20)
        b = a + rng.randint(2, 6)
        first, last = dt.date(2020, month, a), dt.date(2020, month, b)
        text = (f"خلال الفترة الممتدة بين {a} و{b} {MONTHS[month - 1]} قتل {n} مدنيين في {p}." if k == 1 else
                f"قتل {n} مدنيين في {p} من {a} حتى {b} {MONTHS_EG[month - 1]} 2020.")
    return case_of(text, date_is(first, last), published=soon_after(rng, last))


def relative(rng: random.Random) -> Case:
    n, p, pub = rng.randint(3, 30), _p(rng), PUBLISHED
    k = rng.randrange(5)
    if k == 0:
        return case_of(f"قتل {n} مدنيين في {p} ليلة أمس.", date_is(pub - dt.timedelta(days=1)))
    if k == 1:
        days, word = rng.choice([(4, "أربعة"), (6, "ستة"), (2, "يومين")])
        unit = "" if word == "يومين" else " أيام"
        return case_of(f"لقي {n} مدنيين حتفهم في {p} منذ {word}{unit}.", date_is(pub - dt.timedelta(days=days)))
    if k == 2:
        start = pub - dt.timedelta(days=pub.weekday() + 7)
        return case_of(f"في الأسبوع المنصرم، قتل {n} مدنيين في {p}.", date_is(start, start + dt.timedelta(days=6)))
    if k == 3:
        return case_of(f"قتل {n} مدنيين في {p} خلال السنة الماضية.", dated(dt.date(2019, 1, 1), dt.date(2019, 12, 31)))
    return case_of(f"قتل {n} مدنيين في {p} يوم أمس الأول.", date_is(pub - dt.timedelta(days=2)))


def attacks(rng: random.Random) -> Case:
    n = rng.randint(20, 900)
    k = rng.randrange(3)
    if k == 0:
        text = f"نفذت الطائرات الحربية {n} غارة جوية على ريف إدلب منذ مطلع الشهر الجاري."
    elif k == 1:
        text = f"تعرضت المدارس لـ {n} هجوماً منذ عام 2019، بحسب فريق منسقو الاستجابة."
    else:
        text = f"بلغ عدد الهجمات على الأسواق الشعبية {n} هجمة منذ عام 2015."
    return case_of(text, attacks_total(n), no_count_equal(n))


def not_casualties(rng: random.Random) -> Case:
    n, p = rng.randint(3, 9), _p(rng)
    other = rng.choice([x for x in range(11, 60) if x != n])
    k = rng.randrange(4)
    if k == 0:
        return case_of(f"قتل شاب ({other} عاماً) و{n} مدنيين آخرين في {p}.", no_count_equal(other))
    if k == 1:
        return case_of(f"نزح أكثر من {other}00 شخص من {p} بعد مقتل {n} مدنيين.", killed(n), no_count_equal(other * 100))
    if k == 2:
        return case_of(f"اعتقلت قوات النظام {other} شاباً في {p} وقتلت {n} آخرين.", killed(n), no_count_equal(other))
    return case_of(f"قتل {n} مدنيين في {p} على مسافة {other} كم من الحدود.", killed(n), no_count_equal(other))


def actors(rng: random.Random) -> Case:
    n, p = rng.randint(3, 30), _p(rng)
    a, code = rng.choice([("قوات النظام المتمركزة في معسكر جورين", "SYR_GOV"), ("طائرة مسيرة تركية", "TUR"),
                          ("مقاتلات حربية روسية", "RUS"), ("مسلحين تابعين لتنظيم داعش", "ISIS"),
                          ("عناصر من هيئة تحرير الشام", "HTS"), ("مجموعات تابعة للحرس الثوري الإيراني", "IRN")])
    k = rng.randrange(2)
    if k == 0:
        return case_of(f"قتل {n} مدنيين في {p} بقصف مصدره {a}.", perpetrator(code))
    return case_of(f"قتل {n} مدنيين في هجوم نفذته {a} على {p}.", perpetrator(code))


FAMILIES: dict[str, Make] = {"ordinal": ordinal, "ranged": ranged, "relative": relative, "attacks": attacks,
                             "not_casualties": not_casualties, "actors": actors}


def build(name: str, size: int = 30) -> Phenomenon:
    rng = random.Random(f"round2-late/{name}/{size}")
    cases: dict[str, Case] = {}
    for _ in range(size * 30):
        case = FAMILIES[name](rng)
        cases.setdefault(case.text, case)
        if len(cases) == size:
            break
    return Phenomenon(f"{name} (late)", list(cases.values()), 0.15)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.extract.checklist_ar_round2_late")
    parser.add_argument("--show", type=int, default=0)
    args = parser.parse_args(argv)
    from harmledger.extract import Extractor

    extractor = Extractor()
    results = [run(build(name), extractor, n_examples=args.show) for name in FAMILIES]
    for r in results:
        for f in r.examples:
            print(f"== {r.name}\n{f.render()}")
    print(format_table(results))
    return 0 if all(r.ok for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
