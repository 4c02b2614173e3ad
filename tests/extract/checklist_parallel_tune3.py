"""A third tuning half of the parallel set (``tune3``): BREADTH of phrasing. For bounds, totals, sub-groups,
weapons, targets and perpetrators, many short templates, each a different way monitor releases and news
agencies write the field (word order: figure first, verb first, passive, nominal "مقتل"، headline style), with
fillers of its own (places, actors, weapons, targets no other half uses). Written after held3's first run
without reading held3; its failures may be read and fixed for.

Arabic forms covered on purpose: bounds "لا يقل عددهم عن"، "ما يربو على"، "ما يفوق"، "بحصيلة تتجاوز"، "على الأقل،
ويرجح أن يكون العدد أكبر"، ranges "12-15" and "خمسة أو ستة"، ceilings "لا يزيد عن"، "أقل من"، "على الأكثر"؛ totals
"منذ بدء الحملة"، "منذ مطلع العام"، "في شهر آذار وحده"، percentages, "واحد من كل ثلاثة"، "منذ عام 2011"، "الشهر
الأكثر دموية"، "خلال الأيام العشرة الماضية"؛ sub-groups in parentheses, after a colon, "منهم"، "ومن الضحايا"،
"يشكل الأطفال ... من أصل"، "معظمهم من النساء والأطفال" (no number)، "بينهم طفل"، "امرأة و4 من أطفالها"، "قاصرين"؛
weapons after "أطلقت"، "ألقت"، "استُهدفت ... بـ"، adjectives ("هجوم صاروخي"، "ضربة جوية")، launchers, "انفجار"،
"استخدمت"، "السلاح المستخدم:"؛ targets "بالقرب من"، "أمام"، "داخل"، "تؤوي نازحين"، "في محيط"، "تعرض ... لقصف"،
headlines, "ألحق أضراراً بـ"؛ perpetrators in headlines, "من جانب"، "حمّلت ... مسؤولية"، "نسبت ... إلى"،
"أطلقتها"، "القوات الموالية لـ"، "التابعة لـ"، possessive means, a relative clause after the actor.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass

from harmledger.schema import DocumentExtraction

from .checklist import (
    Check,
    _killed,
    date_is,
    incidents,
    injured,
    killed_about,
    killed_bounds,
    killed_low_in,
    no_incident_killed,
    perpetrator,
    subgroup,
    weapon,
)
from .checklist_parallel_templates import (
    MONTHS_EN,
    MONTHS_LEV,
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
from .checklist_parallel_templates import (
    cap as _cap,
)
from .checklist_parallel_templates import (
    li as _li,
)

HALF = "tune3"

# (English, Arabic, admin1): gazetteer names whose both spellings name one governorate.
PLACES3 = [("Safita", "صافيتا", "Tartus"), ("Dreikish", "دريكيش", "Tartus"), ("Salkhad", "صلخد", "Sweida"),
           ("Shahba", "شهبا", "Sweida"), ("Qudsiya", "قدسيا", "Rural Damascus"), ("Babella", "ببيلا", "Rural Damascus"),
           ("Maaret Tamsrin", "معرة تمصرين", "Idlib"), ("Oqeirbat", "عقيربات", "Hama"),
           ("Darbasiyah", "درباسية", "Hasakah"), ("Thiban", "ذيبان", "Deir ez-Zor")]
# (English, Arabic, code, Arabic gender): sides as agencies name them.
ACTORS3 = [("the Syrian Arab Army", "الجيش العربي السوري", "SYR_GOV", "m"),
           ("the Russian Aerospace Forces", "القوات الجوية الفضائية الروسية", "RUS", "f"),
           ("the Islamic Revolutionary Guard Corps", "الحرس الثوري الإيراني", "IRN", "m"),
           ("the Syrian Air Force", "سلاح الجو السوري", "SYR_GOV", "m"),
           ("Jaysh al-Izza", "جيش العزة", "OPPOSITION", "m"),
           ("the Wagner Group", "مجموعة فاغنر", "RUS", "f"),
           ("the Islamic State", "تنظيم الدولة الإسلامية", "ISIS", "m")]
# Sides named by whom they follow: (English, Arabic, code).
LOYAL3 = [("forces loyal to Damascus", "القوات الموالية لدمشق", "SYR_GOV"),
          ("Iran-aligned fighters", "مقاتلين موالين لإيران", "IRN"),
          ("Ankara-backed fighters", "مقاتلين مدعومين من أنقرة", "OPPOSITION"),
          ("gunmen loyal to the regime", "مسلحين موالين للنظام", "SYR_GOV")]
# (English with its article, Arabic, code, Arabic gender, dropped from the air)
WEAPONS3 = [("thermite bombs", "قنابل الثيرمايت", "incendiary", "f", True),
            ("cluster bomblets", "قنيبلات عنقودية", "cluster_munition", "f", True),
            ("Katyusha rockets", "صواريخ كاتيوشا", "rocket", "f", False),
            ("an Iskander missile", "صاروخ إسكندر", "ballistic_missile", "m", False),
            ("a Shahed drone", "طائرة شاهد المسيرة", "drone", "f", False),
            ("mustard gas", "غاز الخردل", "chemical", "m", True),
            ("phosphorus shells", "قذائف فوسفورية", "incendiary", "f", False)]
# A weapon named by an adjective or an attack noun: (English, Arabic, code).
ADJ3 = [("an artillery barrage", "قصف مدفعي عنيف", "artillery"), ("a rocket attack", "هجوم صاروخي", "rocket"),
        ("a drone attack", "هجوم بطائرة مسيرة", "drone"), ("sniper fire", "نيران القناصة", "small_arms"),
        ("an air strike", "ضربة جوية", "airstrike"), ("heavy machine-gun fire", "نيران الرشاشات الثقيلة", "small_arms")]


@dataclass(frozen=True)
class Target3:
    en: str  # without article
    ar: str  # indefinite
    acc: str  # indefinite object
    code: str
    definite: str  # "المدرسة الثانوية"


TARGETS3 = [
    Target3("pharmacy", "صيدلية", "صيدلية", "medical", "الصيدلية"),
    Target3("children's hospital", "مشفى للأطفال", "مشفىً للأطفال", "medical", "مشفى الأطفال"),
    Target3("girls' school", "مدرسة للبنات", "مدرسة للبنات", "school", "مدرسة البنات"),
    Target3("fish market", "سوق للسمك", "سوقاً للسمك", "market", "سوق السمك"),
    Target3("electricity substation", "محطة تحويل للكهرباء", "محطة تحويل للكهرباء", "water_power", "محطة تحويل الكهرباء"),
    Target3("aid distribution point", "نقطة لتوزيع المساعدات", "نقطة لتوزيع المساعدات", "humanitarian",
            "نقطة توزيع المساعدات"),
    Target3("minibus", "حافلة صغيرة", "حافلة صغيرة", "vehicle", "الحافلة الصغيرة"),
    Target3("prayer hall", "مصلى", "مصلى", "place_of_worship", "المصلى"),
]
FILLERS3_TUNE = {
    "places": PLACES3,
    "actors": [*ACTORS3, *((e, a, c, "f") for e, a, c in LOYAL3)],
    "weapons": [w[:4] for w in WEAPONS3],
    "targets": [(t.en, t.ar, t.acc, t.code) for t in TARGETS3],
}


class Draw3T(Draw):
    """``Draw`` over this half's fillers."""

    def __init__(self, rng: random.Random, half: str = HALF) -> None:
        super().__init__(rng, half)

    def place(self, kind: bool = True) -> tuple[str, str, str]:
        en, ar, gov = self.rng.choice(PLACES3)
        if kind and self.rng.random() < 0.5:
            k_en, k_ar = self.rng.choice([("town", "بلدة"), ("village", "قرية"), ("city", "مدينة")])
            return f"the {k_en} of {en}", f"{k_ar} {ar}", gov
        return en, ar, gov

    def actor(self) -> tuple[str, str, str, str]:
        return self.rng.choice(ACTORS3)

    def weapon(self, pool: Sequence[tuple[str, str, str, str]] | None = None) -> tuple[str, str, str, str]:
        return self.rng.choice(list(pool or [w[:4] for w in WEAPONS3]))  # type: ignore[return-value]

    def target3(self) -> Target3:
        return self.rng.choice(TARGETS3)


def _fem(t: Target3) -> bool:
    """Whether the target's head noun is feminine (ends in ta marbuta), for the verb's agreement."""
    return t.definite.split()[0].endswith("ة")


def _a(noun: str) -> str:
    return f"{'an' if noun[0] in 'aeiou' else 'a'} {noun}"




def _bi(ar: str) -> str:
    return "ب" + ar


def _perp(code: str) -> Check:
    return tag("perpetrator", perpetrator(code))


def _weapon(code: str) -> Check:
    return tag("weapon", weapon(code))


def _target(code: str) -> Check:
    return tag("target", target(code))


def _bound(low: int | None, high: int | None) -> Check:
    return tag("bounds", killed_bounds(low, high))


def _low(n: int) -> Check:
    return tag("bounds", killed_low_in([n, n + 1], None))


def _below(n: int) -> Check:
    """"fewer than N": at most N or N-1, no lower bound."""
    def fn(r: DocumentExtraction) -> bool:
        c = _killed(r)
        return c is not None and c.low is None and c.high in (n - 1, n)
    return tag("bounds", Check(f"killed low=None high in [{n - 1}, {n}]", fn))


def _sub(name: str, n: int) -> Check:
    return tag("subgroups", subgroup(name, n))


def _no_sub(name: str) -> Check:
    def fn(r: DocumentExtraction) -> bool:
        c = _killed(r)
        return c is not None and getattr(c, name) is None
    return tag("subgroups", Check(f"{name} unknown", fn))


def _agg(t: int) -> list[Check]:
    return [tag("aggregate", incidents(1)), tag("aggregate", no_incident_killed(t))]


def _total(d: Draw) -> int:
    t = d.rng.randint(230, 4000)
    return t + 1 if t % 100 == 0 else t


_ROUND = [10, 15, 20, 25, 30, 40, 50, 60]


def _round(d: Draw) -> object:
    n = d.num(10, 50)
    return type(n)(int(d.pick(_ROUND)), n.as_words, n.indic)  # type: ignore[call-overload]


# 1-2. numbers, killed and injured ------------------------------------------------------------


def _numbers() -> list[Family]:
    def headline(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), d.place()
        return pair(f"{n.En} civilians killed in {pe}", f"مقتل {cv(n, 'obl')} في {pa}", [K(n.value), P(gov)], "headline")

    def fell_victim(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), d.place()
        return pair(f"{n.En} civilians lost their lives in {pe} on Monday.",
                    f"سقط {cv(n)} ضحايا في {pa} يوم الاثنين.", [K(n.value), P(gov)], "fell-victims")
    return [headline, fell_victim]


def _killed_injured() -> list[Family]:
    def toll_and_wounded(d: Draw) -> Pair:
        k, i, (pe, pa, gov) = d.num(3, 12), d.num(13, 45), d.place()
        return pair(f"The shelling of {pe} left {k.en} dead and {i.en} wounded.",
                    f"خلّف قصف {pa} {k.ar()} {ar_noun(k.value, 'dead')} و{i.ar()} {ar_noun(i.value, 'wounded')}.",
                    [K(k.value), tag("injured", injured(i.value)), P(gov)], "dead-and-wounded")
    return [toll_and_wounded]


# 3. victim sub-groups ----------------------------------------------------------------------------


def _subgroups() -> list[Family]:
    def parentheses(d: Draw) -> Pair:
        c, w, (pe, pa, gov) = d.num(3, 9), d.num(3, 6), d.place()
        n = d.num(c.value + w.value + 1, c.value + w.value + 12)
        return pair(f"{n.En} civilians ({c.en} children and {w.en} women) were killed in {pe}.",
                    f"قُتل {cv(n)} ({cv(c, 'nom', 'children')} و{cv(w, 'nom', 'women')}) في {pa}.",
                    [K(n.value), _sub("children", c.value), _sub("women", w.value), P(gov)], "parentheses")

    def colon(d: Draw) -> Pair:
        c, w, (pe, pa, gov) = d.num(3, 9), d.num(3, 6), d.place()
        n = d.num(c.value + w.value + 2, c.value + w.value + 12)
        return pair(f"{n.En} civilians were killed in {pe}: {c.en} children, {w.en} women and the rest men.",
                    f"قُتل {cv(n)} في {pa}: {cv(c, 'nom', 'children')} و{cv(w, 'nom', 'women')} والبقية رجال.",
                    [K(n.value), _sub("children", c.value), _sub("women", w.value), P(gov)], "colon")

    def of_whom(d: Draw) -> Pair:
        c, (pe, pa, gov) = d.num(3, 9), d.place()
        n = d.num(c.value + 2, c.value + 20)
        return pair(f"The raid on {pe} killed {n.en} civilians, {c.en} of whom were children.",
                    f"أودت الغارة على {pa} بحياة {cv(n, 'obl')}، {c.ar()} منهم أطفال.",
                    [K(n.value), _sub("children", c.value), P(gov)], "of-whom")

    def victims_include(d: Draw) -> Pair:
        c, w, (pe, pa, gov) = d.num(3, 9), d.num(3, 6), d.place()
        n = d.num(c.value + w.value + 1, c.value + w.value + 12)
        return pair(f"{n.En} civilians were killed in {pe}. The victims include {c.en} children and {w.en} women.",
                    f"قُتل {cv(n)} في {pa}. ومن الضحايا {cv(c, 'nom', 'children')} و{cv(w, 'nom', 'women')}.",
                    [K(n.value), _sub("children", c.value), _sub("women", w.value), P(gov)], "victims-include")

    def make_up(d: Draw) -> Pair:
        c, (pe, pa, gov) = d.num(3, 9), d.place()
        n = d.num(c.value + 3, c.value + 20)
        return pair(f"{n.En} civilians were killed in the shelling of {pe}; children account for {c.en} of the dead.",
                    f"قُتل {cv(n)} في قصف {pa}، ويشكل الأطفال {c.ar()} من القتلى.",
                    [K(n.value), _sub("children", c.value), P(gov)], "make-up")

    def mostly(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(5, 40), d.place()
        return pair(f"{n.En} civilians, mostly women and children, were killed in {pe}.",
                    f"قُتل {cv(n)}، معظمهم من النساء والأطفال، في {pa}.",
                    [K(n.value), _no_sub("children"), _no_sub("women"), P(gov)], "mostly-no-number")

    def one_child(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(3, 20), d.place()
        return pair(f"{n.En} civilians, including a child, were killed in {pe}.",
                    f"قُتل {cv(n)}، بينهم طفل، في {pa}.", [K(n.value), _sub("children", 1), P(gov)], "including-one")

    def mother(d: Draw) -> Pair:
        c, (pe, pa, gov) = d.num(3, 6, words_ok=False), d.place()
        return pair(f"A woman and {c.en} of her children were killed in {pe}.",
                    f"قُتلت امرأة و{c.ar()} من أطفالها في {pa}.",
                    [K(c.value + 1), _sub("children", c.value), _sub("women", 1), P(gov)], "mother-and-children")

    def minors(d: Draw) -> Pair:
        c, (pe, pa, gov) = d.num(3, 9), d.place()
        n = d.num(c.value + 2, c.value + 15)
        return pair(f"{n.En} people were killed in {pe}, among them {c.en} minors.",
                    f"قُتل {cv(n, 'nom', 'people')} في {pa}، بينهم {c.ar()} قاصرين.",
                    [K(n.value), _sub("children", c.value), P(gov)], "minors")
    return [parentheses, colon, of_whom, victims_include, make_up, mostly, one_child, mother, minors]


# 4. bounds ---------------------------------------------------------------------------------------


def _bounds() -> list[Family]:
    def no_fewer(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(4, 60), d.place()
        return pair(f"The dead in {pe} number no fewer than {n.en} civilians.",
                    f"لا يقل عدد القتلى في {pa} عن {cv(n, 'obl')}.", [_bound(n.value, None), P(gov)], "no-fewer")

    def upwards(d: Draw) -> Pair:
        n, (pe, pa, gov) = _round(d), d.place()
        return pair(f"Upwards of {n.en} civilians were killed in {pe}.",  # type: ignore[attr-defined]
                    f"قُتل ما يربو على {cv(n, 'obl')} في {pa}.", [_low(n.value), P(gov)], "upwards")  # type: ignore[arg-type,attr-defined]

    def in_excess(d: Draw) -> Pair:
        n, (pe, pa, gov) = _round(d), d.place()
        return pair(f"The bombing of {pe} killed in excess of {n.en} civilians.",  # type: ignore[attr-defined]
                    f"أودى قصف {pa} بحياة ما يفوق {cv(n, 'obl')}.", [_low(n.value), P(gov)], "in-excess")  # type: ignore[arg-type,attr-defined]

    def toll_exceeding(d: Draw) -> Pair:
        n, (pe, pa, gov) = _round(d), d.place()
        return pair(f"A massacre in {pe}, with a toll exceeding {n.en} dead.",  # type: ignore[attr-defined]
                    f"مجزرة في {pa} بحصيلة تتجاوز {n.ar('obl')} {ar_noun(n.value, 'dead')}.",  # type: ignore[attr-defined]
                    [_low(n.value), P(gov)], "toll-exceeding")  # type: ignore[attr-defined]

    def possibly_more(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(4, 40), d.place()
        return pair(f"At least {n.en} civilians were killed in {pe}, and the toll is likely higher.",
                    f"قُتل {cv(n)} على الأقل في {pa}، ويُرجَّح أن يكون العدد أكبر.", [_bound(n.value, None), P(gov)],
                    "possibly-more")

    def dash_range(d: Draw) -> Pair:
        a, (pe, pa, gov) = d.num(5, 30, words_ok=False), d.place()
        b = d.num(a.value + 2, a.value + 8, words_ok=False)
        return pair(f"{a.en}-{b.en} civilians were killed in the raid on {pe}.",
                    f"قُتل {a.ar()}-{cv(b)} في الغارة على {pa}.", [_bound(a.value, b.value), P(gov)], "dash-range")

    def or_range(d: Draw) -> Pair:
        a, (pe, pa, gov) = d.num(3, 8, words_ok=True), d.place()
        b = type(a)(a.value + 1, a.as_words, a.indic)
        return pair(f"{a.En} or {b.en} civilians were killed in {pe}.",
                    f"قُتل {a.ar()} أو {cv(b)} في {pa}.", [_bound(a.value, b.value), P(gov)], "or-range")

    def no_more_than(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(4, 40), d.place()
        return pair(f"The number of civilians killed in {pe} is no more than {n.en}.",
                    f"لا يزيد عدد القتلى المدنيين في {pa} عن {n.ar('obl')}.", [_bound(None, n.value), P(gov)],
                    "no-more-than")

    def fewer_than(d: Draw) -> Pair:
        n, (pe, pa, gov) = _round(d), d.place()
        return pair(f"Fewer than {n.en} civilians were killed in {pe}.",  # type: ignore[attr-defined]
                    f"قُتل أقل من {cv(n, 'obl')} في {pa}.", [_below(n.value), P(gov)], "fewer-than")  # type: ignore[arg-type,attr-defined]

    def at_most(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(4, 40), d.place()
        return pair(f"{n.En} civilians at most were killed in {pe}.",
                    f"قُتل {cv(n)} على الأكثر في {pa}.", [_bound(None, n.value), P(gov)], "at-most")

    def preliminary(d: Draw) -> Pair:
        n, (pe, pa, gov) = _round(d), d.place()
        return pair(f"More than {n.en} dead in {pe}, according to a preliminary toll.",  # type: ignore[attr-defined]
                    f"أكثر من {n.ar('obl')} {ar_noun(n.value, 'dead')} في {pa} وفق حصيلة أولية.",  # type: ignore[attr-defined]
                    [_low(n.value), P(gov)], "preliminary-more-than")  # type: ignore[attr-defined]

    def around(d: Draw) -> Pair:
        n, (pe, pa, gov) = _round(d), d.place()
        return pair(f"Around {n.en} civilians were killed in {pe}.",  # type: ignore[attr-defined]
                    f"قُتل حوالي {cv(n, 'obl')} في {pa}.",  # type: ignore[arg-type]
                    [tag("bounds", killed_about(n.value)), P(gov)], "around")  # type: ignore[attr-defined]
    return [no_fewer, upwards, in_excess, toll_exceeding, possibly_more, dash_range, or_range, no_more_than,
            fewer_than, at_most, preliminary, around]


# 5. totals ---------------------------------------------------------------------------------------


def _aggregates() -> list[Family]:
    def since_campaign(d: Draw) -> Pair:
        k, (pe, pa, gov), t = d.num(3, 20), d.place(), _total(d)
        return pair(f"{k.En} civilians were killed in {pe} yesterday, bringing to {t:,} the number of civilians "
                    "killed since the start of the campaign.",
                    f"قُتل {cv(k)} في {pa} أمس، ليرتفع إلى {t} عدد المدنيين الذين قُتلوا منذ بدء الحملة.",
                    [K(k.value), *_agg(t), P(gov)], "since-campaign")

    def so_far_this_year(d: Draw) -> Pair:
        k, (pe, pa, gov), t = d.num(3, 20), d.place(), _total(d)
        return pair(f"{k.En} civilians were killed in {pe} yesterday. So far this year, {t:,} civilians have been "
                    "killed.",
                    f"قُتل {cv(k)} في {pa} أمس. وقُتل منذ مطلع العام الجاري {t} {ar_noun(t, 'civ')}.",
                    [K(k.value), *_agg(t), P(gov)], "so-far-this-year")

    def month_alone(d: Draw) -> Pair:
        k, (pe, pa, gov), t = d.num(3, 20), d.place(), _total(d)
        m = d.rng.randrange(12)
        return pair(f"{k.En} civilians were killed in {pe} yesterday. In {MONTHS_EN[m]} alone, {t:,} civilians were "
                    "killed.",
                    f"قُتل {cv(k)} في {pa} أمس. وفي شهر {MONTHS_LEV[m]} وحده قُتل {t} {ar_noun(t, 'civ')}.",
                    [K(k.value), *_agg(t), P(gov)], "month-alone")

    def percentage(d: Draw) -> Pair:
        k, (pe, pa, gov), t = d.num(3, 20), d.place(), _total(d)
        pct = d.rng.choice([18, 22, 27, 31, 35, 41])
        return pair(f"{k.En} civilians were killed in {pe} yesterday. Children made up {pct} percent of the {t:,} "
                    "civilians killed this year.",
                    f"قُتل {cv(k)} في {pa} أمس. وشكّل الأطفال {pct} بالمئة من أصل {t} {ar_noun(t, 'civ')} قُتلوا "
                    "هذا العام.",
                    [K(k.value), *_agg(t), P(gov)], "percentage")

    def one_in_three(d: Draw) -> Pair:
        k, (pe, pa, gov), t = d.num(3, 20), d.place(), _total(d)
        return pair(f"{k.En} civilians were killed in {pe} yesterday. One in three of the {t:,} civilians killed "
                    "since January was a child.",
                    f"قُتل {cv(k)} في {pa} أمس. وكان واحد من كل ثلاثة من أصل {t} {ar_noun(t, 'civ')} قُتلوا منذ "
                    "كانون الثاني طفلاً.",
                    [K(k.value), *_agg(t), P(gov)], "one-in-three")

    def since_2011(d: Draw) -> Pair:
        k, (pe, pa, gov) = d.num(3, 20), d.place()
        t = d.rng.randint(12000, 99000)
        return pair(f"{k.En} civilians were killed in {pe} yesterday. The toll since 2011 has reached {t:,}.",
                    f"قُتل {cv(k)} في {pa} أمس. وبلغت الحصيلة منذ عام 2011 {t} {ar_noun(t, 'civ')}.",
                    [K(k.value), *_agg(t), P(gov)], "since-2011")

    def deadliest_month(d: Draw) -> Pair:
        k, (pe, pa, gov), t = d.num(3, 20), d.place(), _total(d)
        return pair(f"{k.En} civilians were killed in {pe} yesterday, in the deadliest month this year with {t:,} "
                    "dead.",
                    f"قُتل {cv(k)} في {pa} أمس، في الشهر الأكثر دموية هذا العام بحصيلة {t} {ar_noun(t, 'dead')}.",
                    [K(k.value), *_agg(t), P(gov)], "deadliest-month")

    def past_days(d: Draw) -> Pair:
        k, (pe, pa, gov), t = d.num(3, 20), d.place(), _total(d)
        return pair(f"{k.En} civilians were killed in {pe} yesterday. In the past ten days, {t:,} civilians were "
                    "killed across Syria.",
                    f"قُتل {cv(k)} في {pa} أمس. وخلال الأيام العشرة الماضية قُتل {t} {ar_noun(t, 'civ')} في أنحاء سوريا.",
                    [K(k.value), *_agg(t), P(gov)], "past-days")

    def report_headline(d: Draw) -> Pair:
        k, (pe, pa, gov), t = d.num(3, 20), d.place(), _total(d)
        m = d.rng.randrange(12)
        return pair(f"{k.En} civilians were killed in {pe} yesterday. The network's report: {t:,} civilians killed "
                    f"in Syria in {MONTHS_EN[m]}.",
                    f"قُتل {cv(k)} في {pa} أمس. تقرير الشبكة: مقتل {t} {ar_noun(t, 'civ')} في سوريا في {MONTHS_LEV[m]}.",
                    [K(k.value), *_agg(t), P(gov)], "report-headline")
    return [since_campaign, so_far_this_year, month_alone, percentage, one_in_three, since_2011, deadliest_month,
            past_days, report_headline]


# 6-7. dates and places ---------------------------------------------------------------------------


def _dates() -> list[Family]:
    def dawn(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), d.place()
        de, da, day = d.weekday()
        return pair(f"{n.En} civilians were killed at dawn on {de} in {pe}.",
                    f"قُتل {cv(n)} فجر يوم {da} في {pa}.", [tag("date", date_is(day)), K(n.value), P(gov)], "dawn")

    def dated(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), d.place()
        day, pub = d.event_day()
        return pair(f"On {day.day} {MONTHS_EN[day.month - 1]}, {n.en} civilians were killed in {pe}.",
                    f"في {day.day} {MONTHS_LEV[day.month - 1]}، قُتل {cv(n)} في {pa}.",
                    [tag("date", date_is(day)), K(n.value), P(gov)], "date-first", pub)
    return [dawn, dated]


def _places() -> list[Family]:
    def outskirts(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), d.place(kind=False)
        return pair(f"{n.En} civilians were killed on the outskirts of {pe}.",
                    f"قُتل {cv(n)} على أطراف {pa}.", [P(gov), K(n.value)], "outskirts")
    return [outskirts]


# 8. perpetrators ---------------------------------------------------------------------------------


def _perpetrators() -> list[Family]:
    def headline(d: Draw) -> Pair:
        n, (pe, pa, gov), (ae, aa, code, g) = d.num(), d.place(), d.actor()
        return pair(f"{_cap(ae)} kills {n.en} civilians in {pe}",
                    f"{aa} {'ت' if g == 'f' else 'ي'}قتل {cv(n, 'obl')} في {pa}",
                    [_perp(code), K(n.value), P(gov)], "headline")

    def from_side(d: Draw) -> Pair:
        n, (pe, pa, gov), (ae, aa, code, _) = d.num(), d.place(), d.actor()
        return pair(f"{n.En} civilians were killed in shelling on the part of {ae} on {pe}.",
                    f"قُتل {cv(n)} بقصف من جانب {aa} على {pa}.", [_perp(code), K(n.value), P(gov)], "min-janib")

    def held_responsible(d: Draw) -> Pair:
        n, (pe, pa, gov), (ae, aa, code, _) = d.num(), d.place(), d.actor()
        return pair(f"The network held {ae} responsible for the killing of {n.en} civilians in {pe}.",
                    f"حمّلت الشبكة {aa} مسؤولية مقتل {cv(n, 'obl')} في {pa}.", [_perp(code), K(n.value), P(gov)],
                    "held-responsible")

    def attributed(d: Draw) -> Pair:
        n, (pe, pa, gov), (ae, aa, code, _) = d.num(), d.place(), d.actor()
        return pair(f"Local sources attributed the attack on {pe}, which killed {n.en} civilians, to {ae}.",
                    f"نسبت مصادر محلية الهجوم على {pa}، الذي أودى بحياة {cv(n, 'obl')}، إلى {aa}.",
                    [_perp(code), K(n.value), P(gov)], "attributed-to")

    def fired_by(d: Draw) -> Pair:
        n, (pe, pa, gov), (ae, aa, code, g) = d.num(), d.place(), d.actor()
        return pair(f"{n.En} civilians were killed in {pe} by a shell fired by {ae}.",
                    f"قُتل {cv(n)} في {pa} بقذيفة أطلق{'تها' if g == 'f' else 'ها'} {aa}.",
                    [_perp(code), K(n.value), P(gov)], "fired-by")

    def loyal(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), d.place()
        le, la, code = d.rng.choice(LOYAL3)
        return pair(f"{n.En} civilians were killed in an attack by {le} on {pe}.",
                    f"قُتل {cv(n)} في هجوم لـ{la} على {pa}.", [_perp(code), K(n.value), P(gov)], "loyal-affiliated")

    def possessive(d: Draw) -> Pair:
        n, (pe, pa, gov), (ae, aa, code, _) = d.num(), d.place(), d.actor()
        owner = _cap(ae) + ("'" if ae.endswith("s") else "'s")
        return pair(f"{owner} artillery shelled {pe}, killing {n.en} civilians.",
                    f"قصفت مدفعية {aa} {pa}، ما أسفر عن مقتل {cv(n, 'obl')}.", [_perp(code), K(n.value), P(gov)],
                    "possessive")

    def relative(d: Draw) -> Pair:
        n, (pe, pa, gov), (ae, aa, code, g) = d.num(), d.place(), d.actor()
        t, rel = ("ت", "التي") if g == "f" else ("", "الذي")
        return pair(f"{_cap(ae)}, which controls the area, shelled {pe}, killing {n.en} civilians.",
                    f"قصف{t} {aa}، {rel} {'تسيطر' if g == 'f' else 'يسيطر'} على المنطقة، {pa}، ما أدى إلى مقتل "
                    f"{cv(n, 'obl')}.", [_perp(code), K(n.value), P(gov)], "relative-clause")

    def li_raid(d: Draw) -> Pair:
        n, (pe, pa, gov), (ae, aa, code, _) = d.num(), d.place(), d.actor()
        return pair(f"{n.En} civilians were killed in a raid by {ae} on {pe}.",
                    f"قُتل {cv(n)} في غارة {_li(aa)} على {pa}.", [_perp(code), K(n.value), P(gov)], "li-actor")
    return [headline, from_side, held_responsible, attributed, fired_by, loyal, possessive, relative, li_raid]


# 9. weapons --------------------------------------------------------------------------------------


def _weapons() -> list[Family]:
    dropped = [w[:4] for w in WEAPONS3 if w[4]]
    fired_pool = [w[:4] for w in WEAPONS3 if not w[4]]

    def fired(d: Draw) -> Pair:
        n, (pe, pa, gov), (we, wa, code, _) = d.num(), d.place(), d.weapon(fired_pool)
        return pair(f"Regime forces fired {we} at {pe}, killing {n.en} civilians.",
                    f"أطلقت قوات النظام {wa} على {pa}، ما أدى إلى مقتل {cv(n, 'obl')}.",
                    [_weapon(code), K(n.value), P(gov)], "fired")

    def dropped_on(d: Draw) -> Pair:
        n, (pe, pa, gov), (we, wa, code, _) = d.num(), d.place(), d.weapon(dropped)
        return pair(f"A warplane dropped {we} on {pe}, killing {n.en} civilians.",
                    f"ألقت طائرة حربية {wa} على {pa}، ما أسفر عن مقتل {cv(n, 'obl')}.",
                    [_weapon(code), K(n.value), P(gov)], "dropped")

    def struck_with(d: Draw) -> Pair:
        n, (pe, pa, gov), (we, wa, code, _) = d.num(), d.place(), d.weapon()
        return pair(f"{_cap(pe)} was struck with {we}; {n.en} civilians were killed.",
                    f"استُهدفت {pa} بـ{wa}، وقُتل {cv(n)}.", [_weapon(code), K(n.value), P(gov)], "struck-with")

    def adjective(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), d.place()
        ae, aa, code = d.rng.choice(ADJ3)
        return pair(f"{n.En} civilians were killed in {ae} on {pe}.",
                    f"قُتل {cv(n)} في {aa} على {pa}.", [_weapon(code), K(n.value), P(gov)], "adjective")

    def launcher(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), d.place()
        return pair(f"Rockets fired from a multiple launcher hit {pe}, killing {n.en} civilians.",
                    f"سقطت صواريخ أُطلقت من راجمة على {pa}، ما أدى إلى مقتل {cv(n, 'obl')}.",
                    [_weapon("rocket"), K(n.value), P(gov)], "launcher")

    def explosion_of(d: Draw) -> Pair:
        n, (pe, pa, gov), (we, wa, code, _) = d.num(), d.place(), d.weapon()
        return pair(f"The explosion of {we} in {pe} killed {n.en} civilians.",
                    f"أدى انفجار {wa} في {pa} إلى مقتل {cv(n, 'obl')}.", [_weapon(code), K(n.value), P(gov)],
                    "explosion-of")

    def used(d: Draw) -> Pair:
        n, (pe, pa, gov), (we, wa, code, _) = d.num(), d.place(), d.weapon()
        return pair(f"Regime forces used {we} in their attack on {pe}, which killed {n.en} civilians.",
                    f"استخدمت قوات النظام {wa} في هجومها على {pa}، الذي أودى بحياة {cv(n, 'obl')}.",
                    [_weapon(code), K(n.value), P(gov)], "used")

    def weapon_label(d: Draw) -> Pair:
        n, (pe, pa, gov), (we, wa, code, _) = d.num(), d.place(), d.weapon()
        bare = we.split(" ", 1)[1] if we.split(" ", 1)[0] in ("a", "an") else we
        return pair(f"{n.En} civilians were killed in {pe}. Weapon used: {bare}.",
                    f"قُتل {cv(n)} في {pa}. السلاح المستخدم: {wa}.", [_weapon(code), K(n.value), P(gov)], "weapon-label")

    def weapon_subject(d: Draw) -> Pair:
        n, (pe, pa, gov), (we, wa, code, g) = d.num(), d.place(), d.weapon(fired_pool)
        return pair(f"{_cap(we)} hit {pe}, killing {n.en} civilians.",
                    f"أصاب{'ت' if g == 'f' else ''} {wa} {pa}، ما أسفر عن مقتل {cv(n, 'obl')}.",
                    [_weapon(code), K(n.value), P(gov)], "weapon-subject")
    return [fired, dropped_on, struck_with, adjective, launcher, explosion_of, used, weapon_label, weapon_subject]


# 10. targets -------------------------------------------------------------------------------------


def _targets() -> list[Family]:
    def near(d: Draw) -> Pair:
        n, (pe, pa, gov), t = d.num(), d.place(), d.target3()  # type: ignore[attr-defined]
        return pair(f"{n.En} civilians were killed when a shell fell near {_a(t.en)} in {pe}.",
                    f"قُتل {cv(n)} جراء سقوط قذيفة بالقرب من {t.ar} في {pa}.", [_target(t.code), K(n.value), P(gov)],
                    "near")

    def outside(d: Draw) -> Pair:
        n, (pe, pa, gov), t = d.num(), d.place(), d.target3()  # type: ignore[attr-defined]
        return pair(f"An airstrike outside the {t.en} in {pe} killed {n.en} civilians.",
                    f"قتلت غارة جوية أمام {t.definite} في {pa} {cv(n, 'obl')}.", [_target(t.code), K(n.value), P(gov)],
                    "outside")

    def inside(d: Draw) -> Pair:
        n, (pe, pa, gov), t = d.num(), d.place(), d.target3()  # type: ignore[attr-defined]
        return pair(f"{n.En} civilians were killed inside {_a(t.en)} in {pe} when it was shelled.",
                    f"قُتل {cv(n)} داخل {t.ar} في {pa} إثر قصف{'ها' if _fem(t) else 'ه'}.", [_target(t.code), K(n.value), P(gov)], "inside")

    def housing_displaced(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), d.place()
        return pair(f"{n.En} civilians were killed in the bombing of a school housing displaced people in {pe}.",
                    f"قُتل {cv(n)} في قصف مدرسة تؤوي نازحين في {pa}.", [_target("school"), K(n.value), P(gov)],
                    "housing-displaced")

    def targeted(d: Draw) -> Pair:
        n, (pe, pa, gov), t = d.num(), d.place(), d.target3()  # type: ignore[attr-defined]
        return pair(f"Warplanes targeted {_a(t.en)} in {pe}, killing {n.en} civilians.",
                    f"استهدفت الطائرات الحربية {t.acc} في {pa}، ما أدى إلى مقتل {cv(n, 'obl')}.",
                    [_target(t.code), K(n.value), P(gov)], "targeted-acc")

    def came_under(d: Draw) -> Pair:
        n, (pe, pa, gov), t = d.num(), d.place(), d.target3()  # type: ignore[attr-defined]
        return pair(f"The {t.en} in {pe} came under shelling that killed {n.en} civilians.",
                    f"تعرض{'ت' if _fem(t) else ''} {t.definite} في {pa} لقصف أسفر عن مقتل {cv(n, 'obl')}.", [_target(t.code), K(n.value), P(gov)],
                    "came-under")

    def vicinity(d: Draw) -> Pair:
        n, (pe, pa, gov), t = d.num(), d.place(), d.target3()  # type: ignore[attr-defined]
        return pair(f"{n.En} civilians were killed by shelling in the vicinity of the {t.en} in {pe}.",
                    f"قُتل {cv(n)} بقصف في محيط {t.definite} في {pa}.", [_target(t.code), K(n.value), P(gov)], "vicinity")

    def headline(d: Draw) -> Pair:
        n, (pe, pa, gov), t = d.num(), d.place(), d.target3()  # type: ignore[attr-defined]
        return pair(f"Shelling of {_a(t.en)} in {pe} kills {n.en} civilians",
                    f"قصف على {t.ar} في {pa} يقتل {cv(n, 'obl')}", [_target(t.code), K(n.value), P(gov)], "headline")

    def damaged(d: Draw) -> Pair:
        n, (pe, pa, gov), t = d.num(), d.place(), d.target3()  # type: ignore[attr-defined]
        return pair(f"The shelling of {pe} killed {n.en} civilians and damaged the {t.en}.",
                    f"أسفر قصف {pa} عن مقتل {cv(n, 'obl')} وألحق أضراراً {_bi(t.definite)}.",
                    [_target(t.code), K(n.value), P(gov)], "damaged")
    return [near, outside, inside, housing_displaced, targeted, came_under, vicinity, headline, damaged]


SPECS_TUNE3: dict[str, list[Family]] = {
    "numbers": _numbers(), "killed_injured": _killed_injured(), "subgroups": _subgroups(), "bounds": _bounds(),
    "aggregates": _aggregates(), "dates": _dates(), "places": _places(), "perpetrators": _perpetrators(),
    "weapons": _weapons(), "targets": _targets(),
}
