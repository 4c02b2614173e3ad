"""A third held-out set for the Arabic checklist, written by a second helper BEFORE it changed any code:
templates, places, verbs and word orders that neither the dev set nor the two earlier held-out sets use,
and the phenomena the first round left unread (ordinal and relative dates, date ranges, attack counts,
numbers that are not casualties, more actor phrasings). Its first-run failure rate is the estimate.

    .venv/bin/python -m tests.extract.checklist_ar_round2 [--show 3] [--only dates_ordinal]
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
    date_is,
    format_table,
    in_admin1,
    injured,
    killed,
    no_count_equal,
    perpetrator,
    run,
    subgroup,
)

PUBLISHED = dt.date(2020, 5, 9)  # a Saturday
SIZE = 40
PLACES = [("كفر تخاريم", "Idlib"), ("حارم", "Idlib"), ("سلقين", "Idlib"), ("الباب", "Aleppo"), ("عفرين", "Aleppo"),
          ("اللطامنة", "Hama"), ("كفرنبودة", "Hama"), ("جاسم", "Daraa"), ("نوى", "Daraa"), ("الميادين", "Deir ez-Zor"),
          ("زملكا", "Rural Damascus")]
WORDS = {2: "اثنين", 5: "خمسة", 7: "سبعة", 9: "تسعة", 10: "عشرة", 12: "اثني عشر", 14: "أربعة عشر", 25: "خمسة وعشرين"}
MONTHS = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول",
          "تشرين الثاني", "كانون الأول"]
MONTHS_EG = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
ORDINALS = ["الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع", "العاشر",
            "الحادي عشر", "الثاني عشر", "الثالث عشر", "الرابع عشر", "الخامس عشر", "السادس عشر", "السابع عشر",
            "الثامن عشر", "التاسع عشر", "العشرين", "الحادي والعشرين", "الثاني والعشرين", "الثالث والعشرين",
            "الرابع والعشرين", "الخامس والعشرين", "السادس والعشرين", "السابع والعشرين", "الثامن والعشرين",
            "التاسع والعشرين", "الثلاثين", "الحادي والثلاثين"]
ACTORS = [("المروحيات التابعة للنظام", "SYR_GOV"), ("الميليشيات الإيرانية", "IRN"), ("حزب الله", "HEZBOLLAH"),
          ("القوات التركية", "TUR"), ("الجيش الوطني السوري", "OPPOSITION"), ("هيئة تحرير الشام", "HTS"),
          ("فصائل المعارضة", "OPPOSITION"), ("الطائرات الروسية", "RUS"), ("ميليشيا حزب الله اللبناني", "HEZBOLLAH"),
          ("الطيران الإسرائيلي", "ISR"), ("قوات الحرس الثوري الإيراني", "IRN"), ("المدفعية التركية", "TUR")]
# A side told by a nationality adjective after the means: "غارات روسية", "قصف مدفعي تركي".
ADJECTIVES = [("روسية", "RUS"), ("إسرائيلية", "ISR"), ("تركية", "TUR"), ("أمريكية", "COALITION")]

Make = Callable[[random.Random], Case]


def _place(rng: random.Random) -> tuple[str, str]:
    name, gov = rng.choice(PLACES)
    return rng.choice(["", "بلدة ", "مدينة ", "قرية "]) + name, gov


def _n(rng: random.Random, low: int = 3, high: int = 40) -> tuple[str, int]:
    if rng.random() < 0.3:
        options = [k for k in WORDS if low <= k <= high]
        if options:
            n = rng.choice(options)
            return WORDS[n], n
    n = rng.randint(low, high)
    return str(n), n


def case_of(text: str, *checks: Check, published: dt.date = PUBLISHED) -> Case:
    return Case(text, published.isoformat(), tuple(checks), None, "round2")


def soon_after(rng: random.Random, day: dt.date) -> dt.date:
    """A publication date a few days after the event, as the English date checklist has it: an event dated
    long before its report is background there (the shared assembly's rule), not the report's incident."""
    return day + dt.timedelta(days=rng.randint(2, 9))


def dated(start: dt.date, end: dt.date) -> Check:
    """Some mention is dated so: "last year", "last month" date a toll that may well be told as a total."""
    def fn(r: DocumentExtraction) -> bool:
        return any(m.date is not None and (m.date.start, m.date.end) == (start.isoformat(), end.isoformat()) for m in r.mentions)
    return Check(f"a mention dated {start}..{end}", fn)


def attacks_total(n: int) -> Check:
    def fn(r: DocumentExtraction) -> bool:
        return any(m.kind == "aggregate" and m.attacks is not None and n in (m.attacks.low, m.attacks.high) for m in r.mentions)
    return Check(f"an aggregate counting {n} attacks", fn)


def no_attacks() -> Check:
    return Check("no attack count", lambda r: all(m.attacks is None for m in r.mentions))


def tolls(rng: random.Random) -> Case:
    (s, n), (p, _) = _n(rng), _place(rng)
    k = rng.randrange(5)
    if k == 0:
        return case_of(f"أودى القصف الذي استهدف {p} بحياة {s} مدنيين.", killed(n))
    if k == 1:
        return case_of(f"قضى {s} مدنيين في قصف صاروخي طال {p}.", killed(n))
    if k == 2:
        return case_of(f"أصيب {s} مدنيين بجروح متفاوتة جراء سقوط قذائف على {p}.", injured(n))
    if k == 3:
        return case_of(f"تعرض {s} أشخاص لإصابات بليغة إثر انفجار عبوة ناسفة في {p}.", injured(n))
    return case_of(f"حصيلة القصف على {p}: {s} قتلى.", killed(n))


def subgroups(rng: random.Random) -> Case:
    c, w, (p, _) = rng.randint(2, 6), rng.randint(2, 5), _place(rng)
    n = c + w + rng.randint(1, 6)
    k = rng.randrange(3)
    if k == 0:
        return case_of(f"قتل {n} مدنيين، من بينهم {c} أطفال و{w} نساء، في قصف على {p}.", killed(n), subgroup("children", c), subgroup("women", w))
    if k == 1:
        return case_of(f"وثقت الشبكة مقتل {n} مدنيين في {p}، {c} منهم أطفال.", killed(n), subgroup("children", c))
    return case_of(f"استهدف القصف {p} موقعاً {n} قتلى بينهم {c} من الأطفال.", killed(n), subgroup("children", c))


def dates_ordinal(rng: random.Random) -> Case:
    (s, _), (p, _) = _n(rng), _place(rng)
    month = rng.randint(1, 12)
    day = rng.randint(1, 28)
    words = ORDINALS[day - 1]
    k = rng.randrange(3)
    d = dt.date(2020, month, day)
    if k == 0:
        return case_of(f"قتل {s} مدنيين في {p} في {words} من {MONTHS[month - 1]}.", date_is(d), published=soon_after(rng, d))
    if k == 1:
        return case_of(f"في {words} من شهر {MONTHS_EG[month - 1]}، استشهد {s} مدنيين بقصف على {p}.", date_is(d), published=soon_after(rng, d))
    d = dt.date(2019, month, day)
    return case_of(f"يوم {words} من {MONTHS[month - 1]} 2019 قتل {s} مدنيين في {p}.", date_is(d), published=soon_after(rng, d))


def dates_relative(rng: random.Random) -> Case:
    (s, _), (p, _) = _n(rng), _place(rng)
    k = rng.randrange(7)
    pub = PUBLISHED
    if k == 0:
        start = pub - dt.timedelta(days=pub.weekday() + 7)
        return case_of(f"قتل {s} مدنيين في قصف على {p} الأسبوع الماضي.", date_is(start, start + dt.timedelta(days=6)))
    if k == 1:
        return case_of(f"خلال الشهر الماضي قتل {s} مدنيين في {p}.", dated(dt.date(2020, 4, 1), dt.date(2020, 4, 30)))
    if k == 2:
        return case_of(f"استشهد {s} مدنيين في {p} في العام الماضي.", dated(dt.date(2019, 1, 1), dt.date(2019, 12, 31)))
    if k == 3:
        return case_of(f"قتل {s} مدنيين منذ يومين في غارة على {p}.", date_is(pub - dt.timedelta(days=2)))
    if k == 4:
        days, word = rng.choice([(3, "ثلاثة"), (4, "أربعة"), (5, "خمسة"), (3, "3")])
        return case_of(f"قتل {s} مدنيين قبل {word} أيام في قصف على {p}.", date_is(pub - dt.timedelta(days=days)))
    if k == 5:
        return case_of(f"قتل {s} مدنيين مساء أمس في قصف على {p}.", date_is(pub - dt.timedelta(days=1)))
    return case_of(f"استشهد {s} مدنيين فجر اليوم في {p}.", date_is(pub))


def dates_range(rng: random.Random) -> Case:
    (s, _), (p, _) = _n(rng), _place(rng)
    month = rng.randint(1, 12)
    a = rng.randint(1, 20)
    b = a + rng.randint(1, 5)
    first, last = dt.date(2020, month, a), dt.date(2020, month, b)
    pub = soon_after(rng, last)
    k = rng.randrange(3)
    if k == 0:
        return case_of(f"قتل {s} مدنيين في {p} بين {a} و{b} {MONTHS[month - 1]}.", date_is(first, last), published=pub)
    if k == 1:
        return case_of(f"في الفترة من {a} إلى {b} {MONTHS_EG[month - 1]} قتل {s} مدنيين في {p}.", date_is(first, last), published=pub)
    return case_of(f"قتل {s} مدنيين في {p} ما بين {a} و{b} من {MONTHS[month - 1]} 2020.", date_is(first, last), published=pub)


def attack_counts(rng: random.Random) -> Case:
    n, (p, _) = rng.randint(20, 400), _place(rng)
    k = rng.randrange(3)
    if k == 0:
        return case_of(f"وثقت الشبكة السورية لحقوق الإنسان {n} هجوماً على منشآت طبية منذ عام 2011.", attacks_total(n), no_count_equal(n))
    if k == 1:
        return case_of(f"سجل فريقنا ما لا يقل عن {n} حادثة اعتداء على مدارس منذ آذار 2011.", attacks_total(n), no_count_equal(n))
    return case_of(f"بلغ عدد الغارات التي نفذها الطيران الروسي على {p} منذ بداية العام {n} غارة.", attacks_total(n), no_count_equal(n))


def not_casualties(rng: random.Random) -> Case:
    (s, k_), (p, _) = _n(rng, 3, 9), _place(rng)
    age = rng.choice([a for a in range(4, 17) if a != k_])  # the same figure twice would check nothing
    raids = rng.randint(12, 60)
    k = rng.randrange(5)
    if k == 0:
        return case_of(f"قتل طفل يبلغ من العمر {age} عاماً في قصف على {p}.", killed(1), no_count_equal(age))
    if k == 1:
        return case_of(f"استشهد طفل عمره {age} سنوات برصاص قناص في {p}.", killed(1), no_count_equal(age))
    if k == 2:
        return case_of(f"شن الطيران الحربي {raids} غارة على {p} يوم الجمعة، ما أدى إلى مقتل {s} مدنيين.", killed(k_), no_count_equal(raids), no_attacks())
    if k == 3:
        return case_of(f"سقط {raids} صاروخاً على {p} وقتل {s} مدنيين.", killed(k_), no_count_equal(raids))
    return case_of(f"قتل {s} مدنيين في قصف على {p} الواقعة على بعد {age} كيلومترات من خطوط التماس.", killed(k_), no_count_equal(age))


def actors(rng: random.Random) -> Case:
    (s, _), (p, _) = _n(rng), _place(rng)
    k = rng.randrange(4)
    if k == 3:
        adj, code = rng.choice(ADJECTIVES)
        return case_of(f"قتل {s} مدنيين في غارات {adj} استهدفت {p}.", perpetrator(code))
    a, code = rng.choice(ACTORS)
    if k == 0:
        return case_of(f"قتل {s} مدنيين في قصف مصدره {a} على {p}.", perpetrator(code))
    if k == 1:
        return case_of(f"استهدفت {a} {p} بقذائف صاروخية ما أسفر عن مقتل {s} مدنيين.", perpetrator(code))
    return case_of(f"قتل {s} مدنيين بقذائف أطلقتها {a} على {p}.", perpetrator(code))


def places(rng: random.Random) -> Case:
    (s, _), (name, gov) = _n(rng), rng.choice(PLACES)
    k = rng.randrange(3)
    if k == 0:
        return case_of(f"قتل {s} مدنيين جراء قصف طال الأحياء السكنية في مدينة {name}.", in_admin1(gov))
    if k == 1:
        return case_of(f"قتل {s} مدنيين شمال غربي {name}.", in_admin1(gov))
    return case_of(f"شهدت {name} مقتل {s} مدنيين إثر غارة جوية.", in_admin1(gov))


FAMILIES: dict[str, Make] = {
    "tolls": tolls, "subgroups": subgroups, "dates_ordinal": dates_ordinal, "dates_relative": dates_relative,
    "dates_range": dates_range, "attack_counts": attack_counts, "not_casualties": not_casualties, "actors": actors,
    "places": places,
}


def build(name: str, size: int = SIZE) -> Phenomenon:
    rng = random.Random(f"round2/{name}/{size}")
    cases: dict[str, Case] = {}
    for _ in range(size * 30):
        case = FAMILIES[name](rng)
        cases.setdefault(case.text, case)
        if len(cases) == size:
            break
    return Phenomenon(f"{name} (round 2)", list(cases.values()), 0.15)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.extract.checklist_ar_round2")
    parser.add_argument("--size", type=int, default=SIZE)
    parser.add_argument("--only", action="append", choices=list(FAMILIES))
    parser.add_argument("--show", type=int, default=0)
    args = parser.parse_args(argv)
    from harmledger.extract import Extractor

    extractor = Extractor()
    results = [run(build(name, args.size), extractor, n_examples=args.show) for name in FAMILIES if not args.only or name in args.only]
    for r in results:
        for f in r.examples:
            print(f"== {r.name}\n{f.render()}")
    print(format_table(results))
    return 0 if all(r.ok for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
