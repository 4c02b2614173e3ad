"""A fourth half of the parallel set (``tune4``), aimed at BREADTH: for bounds, totals, victim sub-groups,
weapons, targets and perpetrators, many short templates, each a different way monitor releases and news
agencies phrase the field (figure first, verb first, passive, nominal "the killing of", headline style,
colon breakdowns, parentheses, possessives, "forces loyal to", "affiliated with", launcher names...), in
English first-hand with an Arabic translation. Its fillers (places, actors, weapons, targets) are its own.
Written after held3's first run (held3 unread) to make the English extractor generalise to new phrasings;
its failures may be read and fixed for.
"""

from __future__ import annotations

import random
from collections.abc import Sequence

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
    Num,
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

HALF = "tune4"

# (English, Arabic, admin1): gazetteer names whose both spellings name one governorate.
PLACES4 = [("As-Sanamayn", "الصنمين", "Daraa"), ("Khanasir", "خناصر", "Aleppo"), ("Kafr Batna", "كفر بطنا", "Rural Damascus"),
           ("Suluk", "سلوك", "Raqqa"), ("Khan Arnabah", "خان أرنبة", "Quneitra"), ("Al Qutayfah", "القطيفة", "Rural Damascus"),
           ("Akhtarin", "أخترين", "Aleppo"), ("Ad Darbasiyah", "الدرباسية", "Hasakah"), ("Harbinafsah", "حربنفسه", "Hama"),
           ("Salakhid", "صلاخد", "Sweida")]
# (English, Arabic, code, Arabic gender)
ACTORS4 = [("the Desert Hawks Brigade", "لواء صقور الصحراء", "SYR_GOV", "m"),
           ("the Quds Brigade", "لواء القدس", "SYR_GOV", "m"),
           ("the Levant Front", "الجبهة الشامية", "OPPOSITION", "f"),
           ("Hurras al-Din", "تنظيم حراس الدين", "HTS", "m"),
           ("the Fatemiyoun Brigade", "لواء فاطميون", "IRN", "m"),
           ("the Sultan Murad Division", "فرقة السلطان مراد", "OPPOSITION", "f"),
           ("Faylaq al-Rahman", "فيلق الرحمن", "OPPOSITION", "m")]
# Sides named by what they are loyal to / affiliated with: (English, Arabic, codes).
LOYAL4 = [("forces loyal to Bashar al-Assad", "القوات الموالية لبشار الأسد", ("SYR_GOV",)),
          ("militias loyal to the Syrian government", "الميليشيات الموالية للحكومة السورية", ("SYR_GOV",)),
          ("gunmen affiliated with Hayat Tahrir al-Sham", "مسلحون تابعون لهيئة تحرير الشام", ("HTS",)),
          ("a faction affiliated with the Syrian National Army", "فصيل تابع للجيش الوطني السوري", ("OPPOSITION",)),
          ("Turkish-backed factions", "الفصائل المدعومة من تركيا", ("OPPOSITION", "TUR")),
          ("Iranian-affiliated militias", "ميليشيات تابعة لإيران", ("IRN",))]
# A side as an adjective before the attack: (English, Arabic noun phrase, code).
ADJ4 = [("a government airstrike", "غارة جوية لقوات الحكومة", "SYR_GOV"),
        ("Russian bombardment", "قصف روسي", "RUS"), ("an Israeli air raid", "غارة جوية إسرائيلية", "ISR"),
        ("a Turkish artillery barrage", "قصف مدفعي تركي مكثف", "TUR"),
        ("a coalition airstrike", "غارة لطيران التحالف الدولي", "COALITION"),
        ("regime shelling", "قصف قوات النظام", "SYR_GOV")]
# A side's possessive: (English "X's", Arabic, code).
POSS4 = [("Russia's", "الروسي", "RUS"), ("the regime's", "لقوات النظام", "SYR_GOV"), ("Turkey's", "التركي", "TUR"),
         ("the government's", "لقوات الحكومة", "SYR_GOV")]
# (English with its article, Arabic, code, Arabic gender, English attributive form, dropped from the air)
WEAPONS4 = [("Smerch rockets", "صواريخ سميرتش", "rocket", "f", "Smerch rocket", False),
            ("a Tochka missile", "صاروخ توشكا", "ballistic_missile", "m", "Tochka missile", False),
            ("Fajr rockets", "صواريخ فجر", "rocket", "f", "Fajr rocket", False),
            ("tank shells", "قذائف الدبابات", "artillery", "f", "tank shell", False),
            ("a Kornet missile", "صاروخ كورنيت", "missile", "m", "Kornet missile", False),
            ("a Scud missile", "صاروخ سكود", "ballistic_missile", "m", "Scud missile", False),
            ("sarin gas", "غاز السارين", "chemical", "m", "sarin gas", True),
            ("Uragan rockets", "صواريخ أوراغان", "rocket", "f", "Uragan rocket", False),
            ("sniper rifles", "بنادق القنص", "small_arms", "f", "sniper", False),
            ("thermobaric bombs", "قنابل حرارية ضغطية", "airstrike", "f", "thermobaric bomb", True),
            ("rocket-propelled grenades", "قذائف آر بي جي", "rocket", "f", "rocket-propelled grenade", False)]
# Aircraft by model, with their side: (English, Arabic, side code).
AIRCRAFT4 = [("a Russian Su-24", "طائرة سوخوي 24 روسية", "RUS"), ("a Syrian MiG-23", "طائرة ميغ 23 سورية", "SYR_GOV"),
             ("Russian Su-34s", "طائرات سوخوي 34 روسية", "RUS"), ("a regime L-39", "طائرة L-39 تابعة للنظام", "SYR_GOV")]
# Launchers: (English, Arabic, code).
LAUNCHERS4 = [("a Smerch launcher", "راجمة سميرتش", "rocket"), ("an Uragan launcher", "راجمة أوراغان", "rocket"),
              ("a multiple rocket launcher", "راجمة صواريخ متعددة الفوهات", "rocket")]
# (English without article, Arabic indefinite, Arabic accusative, code)
TARGETS4 = [("maternity hospital", "مشفى للتوليد", "مشفىً للتوليد", "medical"),
            ("health clinic", "عيادة صحية", "عيادة صحية", "medical"),
            ("power station", "محطة كهرباء", "محطة كهرباء", "water_power"),
            ("residential tower", "برج سكني", "برجاً سكنياً", "residential"),
            ("livestock market", "سوق للمواشي", "سوقاً للمواشي", "market"),
            ("university", "جامعة", "جامعة", "school"),
            ("aid convoy", "قافلة مساعدات", "قافلة مساعدات", "humanitarian"),
            ("secondary school", "مدرسة ثانوية", "مدرسة ثانوية", "school")]
# The head noun of each target before a place name ("مشفى الصنمين": the hospital of As-Sanamayn).
CONSTRUCT4 = {"maternity hospital": "مشفى التوليد في", "health clinic": "العيادة الصحية في", "power station": "محطة كهرباء",
              "residential tower": "البرج السكني في", "livestock market": "سوق المواشي في", "university": "جامعة",
              "aid convoy": "قافلة مساعدات في", "secondary school": "المدرسة الثانوية في"}
FILLERS4 = {
    "places": PLACES4,
    "actors": ACTORS4,
    "weapons": [w[:4] for w in WEAPONS4],
    "targets": TARGETS4,
}


class Draw4(Draw):
    """``Draw`` over this half's fillers."""

    def __init__(self, rng: random.Random, half: str = HALF) -> None:
        super().__init__(rng, half)

    def place(self, kind: bool = True) -> tuple[str, str, str]:
        en, ar, gov = self.rng.choice(PLACES4)
        if kind and self.rng.random() < 0.4:
            k_en, k_ar = self.rng.choice([("town", "بلدة"), ("village", "قرية")])
            return f"the {k_en} of {en}", f"{k_ar} {ar}", gov
        return en, ar, gov

    def actor(self) -> tuple[str, str, str, str]:
        return self.rng.choice(ACTORS4)

    def weapon(self, pool: Sequence[tuple[str, str, str, str]] | None = None) -> tuple[str, str, str, str]:
        return self.rng.choice(list(pool or [w[:4] for w in WEAPONS4]))  # type: ignore[return-value]

    def weapon4(self, dropped: bool = False) -> tuple[str, str, str, str, str, bool]:
        return self.rng.choice([w for w in WEAPONS4 if w[5] or not dropped])

    def target(self) -> tuple[str, str, str, str]:
        return self.rng.choice(TARGETS4)



def _a(noun: str) -> str:
    return f"{'an' if noun[0].lower() in 'aeiou' and not noun.startswith('uni') else 'a'} {noun}"


def _perp(*codes: str) -> Check:
    return tag("perpetrator", perpetrator(*codes))


def _weapon(code: str) -> Check:
    return tag("weapon", weapon(code))


def _target(code: str) -> Check:
    return tag("target", target(code))


def _bound(low: int | None, high: int | None) -> Check:
    return tag("bounds", killed_bounds(low, high))


def _low(n: int) -> Check:
    """"more than N": N or N+1 as the lower bound, no upper bound."""
    return tag("bounds", killed_low_in([n, n + 1], None))


def _high(n: int) -> Check:
    """"no more than N", "fewer than N": no lower bound, N or N-1 as the upper bound."""
    def fn(r: DocumentExtraction) -> bool:
        c = _killed(r)
        return c is not None and c.low is None and c.high in (n, n - 1)
    return tag("bounds", Check(f"killed low=None high in [{n - 1}, {n}]", fn))


def _sub(name: str, n: int | None) -> Check:
    return tag("subgroups", subgroup(name, n))  # type: ignore[arg-type]


def _agg(t: int) -> list[Check]:
    return [tag("aggregate", incidents(1)), tag("aggregate", no_incident_killed(t))]


def _total(d: Draw) -> int:
    t = d.rng.randint(180, 3500)
    return t + 1 if t % 100 == 0 else t


_ROUND = [10, 15, 20, 25, 30, 40, 50, 60, 70]


def _round(d: Draw) -> Num:
    n = d.num(10, 50)
    return Num(int(d.pick(_ROUND)), n.as_words, n.indic)  # type: ignore[call-overload]


def _digits(d: Draw, low: int, high: int) -> Num:
    n = d.num(low, high, words_ok=False)
    return n


# 1. numbers, killed and injured, dates, places: one plain family each --------------------------------


def _numbers() -> list[Family]:
    def headline(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), d.place()
        return pair(f"{n.En} civilians killed in {pe} shelling, monitor says.",
                    f"مقتل {cv(n, 'obl')} في قصف على {pa}، بحسب المرصد.", [K(n.value), P(gov)], "headline")
    return [headline]


def _killed_injured() -> list[Family]:
    def dead_and_wounded(d: Draw) -> Pair:
        k, i, (pe, pa, gov) = d.num(3, 12), d.num(13, 40), d.place()
        return pair(f"The attack on {pe} left {k.en} dead and {i.en} wounded.",
                    f"خلّف الهجوم على {pa} {k.ar('obl')} {ar_noun(k.value, 'dead')} و{i.ar('obl')} "
                    f"{ar_noun(i.value, 'wounded')}.",
                    [K(k.value), tag("injured", injured(i.value)), P(gov)], "dead-and-wounded")
    return [dead_and_wounded]


def _dates() -> list[Family]:
    def on_weekday(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), d.place()
        de, da, day = d.weekday()
        return pair(f"On {de}, {n.en} civilians were killed in {pe}.",
                    f"يوم {da}، قُتل {cv(n)} في {pa}.", [tag("date", date_is(day)), K(n.value), P(gov)], "on-weekday")
    return [on_weekday]


def _places() -> list[Family]:
    def dateline(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), d.place(kind=False)
        return pair(f"{pe.upper()} -- {n.En} civilians were killed here overnight.",
                    f"{pa} - قُتل {cv(n)} هنا خلال الليلة الماضية.", [K(n.value), P(gov)], "dateline")
    return [dateline]


# 2. victim sub-groups ------------------------------------------------------------------------------


def _subgroups() -> list[Family]:
    def among_them(d: Draw) -> Pair:
        c, (pe, pa, gov) = d.num(3, 9), d.place()
        n = d.num(c.value + 2, c.value + 20)
        return pair(f"{n.En} civilians were killed in {pe}, among them {c.en} children.",
                    f"قُتل {cv(n)} في {pa}، من بينهم {cv(c, 'nom', 'children')}.",
                    [K(n.value), _sub("children", c.value), P(gov)], "among-them")

    def of_whom(d: Draw) -> Pair:
        w, (pe, pa, gov) = d.num(3, 8), d.place()
        n = d.num(w.value + 2, w.value + 20)
        return pair(f"{n.En} civilians, of whom {w.en} were women, were killed in {pe}.",
                    f"قُتل {cv(n)} في {pa}، منهم {cv(w, 'nom', 'women')}.",
                    [K(n.value), _sub("women", w.value), P(gov)], "of-whom")

    def semicolon_of_them(d: Draw) -> Pair:
        c, (pe, pa, gov) = d.num(3, 9), d.place()
        n = d.num(c.value + 2, c.value + 20)
        return pair(f"{n.En} civilians were killed in {pe}; {c.en} of them were children.",
                    f"قُتل {cv(n)} في {pa}؛ {c.ar()} منهم أطفال.",
                    [K(n.value), _sub("children", c.value), P(gov)], "n-of-them")

    def parentheses(d: Draw) -> Pair:
        c, w, (pe, pa, gov) = d.num(3, 9, False), d.num(3, 6, False), d.place()
        n = d.num(c.value + w.value + 1, c.value + w.value + 15, False)
        return pair(f"{n.En} civilians ({c.en} children and {w.en} women) were killed in {pe}.",
                    f"قُتل {cv(n)} ({cv(c, 'nom', 'children')} و{cv(w, 'nom', 'women')}) في {pa}.",
                    [K(n.value), _sub("children", c.value), _sub("women", w.value), P(gov)], "parentheses")

    def colon(d: Draw) -> Pair:
        c, w, m, (pe, pa, gov) = d.num(3, 9), d.num(3, 6), d.num(3, 9), d.place()
        n = c.value + w.value + m.value
        return pair(f"The shelling of {pe} killed {n} civilians: {c.en} children, {w.en} women and {m.en} men.",
                    f"أسفر قصف {pa} عن مقتل {n} {ar_noun(n, 'civ')}: {cv(c, 'nom', 'children')} و{cv(w, 'nom', 'women')} "
                    f"و{m.ar()} رجال.",
                    [K(n), _sub("children", c.value), _sub("women", w.value), P(gov)], "colon-breakdown")

    def mostly(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(6, 40), d.place()
        return pair(f"{n.En} civilians, mostly women and children, were killed in {pe}.",
                    f"قُتل {cv(n)} معظمهم من النساء والأطفال في {pa}.",
                    [K(n.value), _sub("children", None), _sub("women", None), P(gov)], "mostly-no-number")

    def were_among(d: Draw) -> Pair:
        c, (pe, pa, gov) = d.num(3, 9), d.place()
        n = d.num(c.value + 2, c.value + 20)
        return pair(f"{c.En} children were among the {n.en} civilians killed in {pe}.",
                    f"كان {cv(c, 'nom', 'children')} من بين {cv(n, 'obl')} قُتلوا في {pa}.",
                    [K(n.value), _sub("children", c.value), P(gov)], "were-among")

    def the_dead_include(d: Draw) -> Pair:
        c, w, (pe, pa, gov) = d.num(3, 9), d.num(3, 6), d.place()
        n = d.num(c.value + w.value + 1, c.value + w.value + 15)
        return pair(f"{n.En} civilians were killed in {pe}. The dead include {c.en} children and {w.en} women.",
                    f"قُتل {cv(n)} في {pa}. ومن بين القتلى {cv(c, 'nom', 'children')} و{cv(w, 'nom', 'women')}.",
                    [K(n.value), _sub("children", c.value), _sub("women", w.value), P(gov)], "the-dead-include")

    def make_up(d: Draw) -> Pair:
        c, (pe, pa, gov) = d.num(3, 9), d.place()
        n = d.num(c.value + 2, c.value + 20)
        return pair(f"Children make up {c.en} of the {n.en} civilians killed in {pe}.",
                    f"يشكل الأطفال {c.ar()} من أصل {cv(n, 'obl')} قُتلوا في {pa}.",
                    [K(n.value), _sub("children", c.value), P(gov)], "make-up")

    def minors(d: Draw) -> Pair:
        c, (pe, pa, gov) = d.num(3, 9), d.place()
        n = d.num(c.value + 2, c.value + 20)
        return pair(f"{n.En} people were killed in {pe}, including {c.en} minors.",
                    f"قُتل {cv(n, 'nom', 'people')} في {pa}، بينهم {c.ar()} قاصرين.",
                    [K(n.value), _sub("children", c.value), P(gov)], "minors")

    def apposition(d: Draw) -> Pair:
        c, (pe, pa, gov) = d.num(3, 9), d.place()
        n = d.num(c.value + 2, c.value + 20)
        return pair(f"{n.En} civilians, {c.en} of them children, died in the bombing of {pe}.",
                    f"لقي {cv(n)}، {c.ar()} منهم أطفال، حتفهم في قصف {pa}.",
                    [K(n.value), _sub("children", c.value), P(gov)], "apposition-of-them")

    def women_and_child(d: Draw) -> Pair:
        w, (pe, pa, gov) = d.num(3, 6), d.place()
        n = d.num(w.value + 2, w.value + 15)
        return pair(f"{n.En} people were killed in {pe}, among them {w.en} women and a child.",
                    f"قُتل {cv(n, 'nom', 'people')} في {pa}، بينهم {cv(w, 'nom', 'women')} وطفل.",
                    [K(n.value), _sub("women", w.value), _sub("children", 1), P(gov)], "women-and-a-child")
    def of_the_dead(d: Draw) -> Pair:
        c, (pe, pa, gov) = d.num(3, 9), d.place()
        n = d.num(c.value + 2, c.value + 20)
        return pair(f"{n.En} civilians were killed in {pe}. {c.En} of the dead were children.",
                    f"قُتل {cv(n)} في {pa}. وكان {c.ar()} من القتلى أطفالاً.",
                    [K(n.value), _sub("children", c.value), P(gov)], "of-the-dead")

    def no_commas(d: Draw) -> Pair:
        c, w, (pe, pa, gov) = d.num(3, 9), d.num(3, 6), d.place()
        n = d.num(c.value + w.value + 1, c.value + w.value + 15)
        return pair(f"{n.En} civilians including {c.en} children and {w.en} women died in {pe}.",
                    f"لقي {cv(n)} بينهم {cv(c, 'nom', 'children')} و{cv(w, 'nom', 'women')} حتفهم في {pa}.",
                    [K(n.value), _sub("children", c.value), _sub("women", w.value), P(gov)], "no-commas")

    def figure_in_brackets(d: Draw) -> Pair:
        c, w, (pe, pa, gov) = d.num(3, 9, False), d.num(3, 6, False), d.place()
        n = d.num(c.value + w.value + 1, c.value + w.value + 15, False)
        return pair(f"{n.En} civilians were killed in {pe}, among them children ({c.en}) and women ({w.en}).",
                    f"قُتل {cv(n)} في {pa}، بينهم أطفال ({c.ar()}) ونساء ({w.ar()}).",
                    [K(n.value), _sub("children", c.value), _sub("women", w.value), P(gov)], "figure-in-brackets")

    def most_of_them(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(6, 40), d.place()
        return pair(f"{n.En} civilians were killed in {pe}, most of them children.",
                    f"قُتل {cv(n)} في {pa}، معظمهم من الأطفال.",
                    [K(n.value), _sub("children", None), P(gov)], "most-of-them")

    def mid_sentence(d: Draw) -> Pair:
        c, (pe, pa, gov) = d.num(3, 9), d.place()
        n = d.num(c.value + 2, c.value + 20)
        return pair(f"Regime shelling killed {n.en} civilians, among them {c.en} children, in {pe} on Sunday.",
                    f"قتل قصف قوات النظام {cv(n, 'obl')}، بينهم {cv(c, 'nom', 'children')}، في {pa} يوم الأحد.",
                    [K(n.value), _sub("children", c.value), P(gov)], "mid-sentence")
    return [among_them, of_whom, semicolon_of_them, parentheses, colon, mostly, were_among, the_dead_include,
            make_up, minors, apposition, women_and_child, of_the_dead, no_commas, figure_in_brackets, most_of_them,
            mid_sentence]


# 3. bounds -----------------------------------------------------------------------------------------


def _bounds() -> list[Family]:
    def no_fewer(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(4, 60), d.place()
        return pair(f"No fewer than {n.en} civilians were killed in {pe}.",
                    f"قُتل ما لا يقل عن {cv(n, 'obl')} في {pa}.", [_bound(n.value, None), P(gov)], "no-fewer-than")

    def upwards(d: Draw) -> Pair:
        n, (pe, pa, gov) = _round(d), d.place()
        return pair(f"Upwards of {n.en} civilians were killed in {pe}.",
                    f"قُتل ما يزيد على {cv(n, 'obl')} في {pa}.", [_low(n.value), P(gov)], "upwards-of")

    def in_excess(d: Draw) -> Pair:
        n, (pe, pa, gov) = _round(d), d.place()
        return pair(f"The shelling of {pe} killed in excess of {n.en} civilians.",
                    f"أسفر قصف {pa} عن مقتل ما يربو على {cv(n, 'obl')}.", [_low(n.value), P(gov)], "in-excess-of")

    def toll_exceeding(d: Draw) -> Pair:
        n, (pe, pa, gov) = _round(d), d.place()
        return pair(f"An airstrike on {pe} left a death toll exceeding {n.en} civilians.",
                    f"خلّفت غارة جوية على {pa} حصيلة قتلى تتجاوز {cv(n, 'obl')}.", [_low(n.value), P(gov)],
                    "toll-exceeding")

    def possibly_more(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(4, 60), d.place()
        return pair(f"At least {n.en} civilians, possibly more, were killed in {pe}.",
                    f"قُتل {cv(n)} على الأقل، وربما أكثر، في {pa}.", [_bound(n.value, None), P(gov)], "possibly-more")

    def range_to(d: Draw) -> Pair:
        a, (pe, pa, gov) = d.num(5, 25), d.place()
        b = d.num(a.value + 2, a.value + 10)
        return pair(f"{a.En} to {b.en} civilians were killed in {pe}.",
                    f"قُتل من {a.ar('obl')} إلى {cv(b, 'obl')} في {pa}.", [_bound(a.value, b.value), P(gov)], "range-to")

    def range_dash(d: Draw) -> Pair:
        a, (pe, pa, gov) = _digits(d, 5, 25), d.place()
        b = _digits(d, a.value + 2, a.value + 10)
        return pair(f"Shelling killed {a.en}-{b.en} civilians in {pe}.",
                    f"قتل القصف {a.ar()}-{cv(b, 'obl')} في {pa}.", [_bound(a.value, b.value), P(gov)], "range-dash")

    def range_or(d: Draw) -> Pair:
        a, (pe, pa, gov) = d.num(3, 9), d.place()
        b = Num(a.value + 1, a.as_words, a.indic)
        return pair(f"{a.En} or {b.en} civilians were killed in {pe}.",
                    f"قُتل {a.ar()} أو {cv(b)} في {pa}.", [_bound(a.value, b.value), P(gov)], "range-or")

    def no_more_than(d: Draw) -> Pair:
        n, (pe, pa, gov) = _round(d), d.place()
        return pair(f"No more than {n.en} civilians were killed in {pe}, officials said.",
                    f"قُتل ما لا يزيد عن {cv(n, 'obl')} في {pa}، بحسب مسؤولين.", [_high(n.value), P(gov)],
                    "no-more-than")

    def fewer_than(d: Draw) -> Pair:
        n, (pe, pa, gov) = _round(d), d.place()
        return pair(f"Fewer than {n.en} civilians were killed in {pe}.",
                    f"قُتل أقل من {cv(n, 'obl')} في {pa}.", [_high(n.value), P(gov)], "fewer-than")

    def close_to(d: Draw) -> Pair:
        n, (pe, pa, gov) = _round(d), d.place()
        return pair(f"Close to {n.en} civilians were killed in {pe}.",
                    f"قُتل ما يناهز {cv(n, 'obl')} في {pa}.", [_bound(None, n.value), P(gov)], "close-to")

    def estimated(d: Draw) -> Pair:
        n, (pe, pa, gov) = _round(d), d.place()
        return pair(f"An estimated {n.en} civilians were killed in {pe}.",
                    f"قُتل ما يُقدّر بـ{cv(n, 'obl')} في {pa}.", [tag("bounds", killed_about(n.value)), P(gov)],
                    "estimated")

    def headline_least(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(4, 60), d.place(kind=False)
        return pair(f"{pe}: at least {n.en} civilians dead in regime shelling",
                    f"{pa}: مقتل {cv(n, 'obl')} على الأقل بقصف لقوات النظام", [_bound(n.value, None), P(gov)],
                    "headline-at-least")
    def over_headline(d: Draw) -> Pair:
        n, (pe, pa, gov) = _round(d), d.place(kind=False)
        return pair(f"Over {n.en} civilians killed in {pe} airstrikes",
                    f"مقتل أكثر من {cv(n, 'obl')} في غارات على {pa}", [_low(n.value), P(gov)], "over-headline")

    def somewhere_between(d: Draw) -> Pair:
        a, (pe, pa, gov) = d.num(5, 25), d.place()
        b = d.num(a.value + 2, a.value + 10)
        return pair(f"Somewhere between {a.en} and {b.en} civilians were killed in {pe}, activists said.",
                    f"قُتل ما بين {a.ar('obl')} و{cv(b, 'obl')} في {pa}، بحسب ناشطين.",
                    [_bound(a.value, b.value), P(gov)], "somewhere-between")

    def anywhere_from(d: Draw) -> Pair:
        a, (pe, pa, gov) = d.num(5, 25), d.place()
        b = d.num(a.value + 2, a.value + 10)
        return pair(f"Anywhere from {a.en} to {b.en} civilians died in the shelling of {pe}.",
                    f"لقي ما بين {a.ar('obl')} و{cv(b, 'obl')} حتفهم في قصف {pa}.",
                    [_bound(a.value, b.value), P(gov)], "anywhere-from")

    def believed(d: Draw) -> Pair:
        a, (pe, pa, gov) = d.num(5, 25), d.place()
        b = d.num(a.value + 2, a.value + 10)
        return pair(f"{a.En} to {b.en} civilians are believed to have been killed in {pe}.",
                    f"يُعتقد أن ما بين {a.ar('obl')} و{cv(b, 'obl')} قُتلوا في {pa}.",
                    [_bound(a.value, b.value), P(gov)], "believed")

    def well_over(d: Draw) -> Pair:
        n, (pe, pa, gov) = _round(d), d.place()
        return pair(f"Well over {n.en} civilians were killed when warplanes struck {pe}.",
                    f"قُتل أكثر بكثير من {cv(n, 'obl')} عندما قصفت الطائرات الحربية {pa}.", [_low(n.value), P(gov)],
                    "well-over")

    def just_under(d: Draw) -> Pair:
        n, (pe, pa, gov) = _round(d), d.place()
        return pair(f"Just under {n.en} civilians were killed in {pe}.",
                    f"قُتل أقل بقليل من {cv(n, 'obl')} في {pa}.", [_high(n.value), P(gov)], "just-under")
    return [no_fewer, upwards, in_excess, toll_exceeding, possibly_more, range_to, range_dash, range_or,
            no_more_than, fewer_than, close_to, estimated, headline_least, over_headline, somewhere_between,
            anywhere_from, believed, well_over, just_under]


# 4. totals ---------------------------------------------------------------------------------------


def _aggregates() -> list[Family]:
    def month_alone(d: Draw) -> Pair:
        k, (pe, pa, gov), t, m = d.num(3, 20), d.place(), _total(d), d.rng.randrange(12)
        return pair(f"{k.En} civilians were killed in {pe} on Tuesday. In {MONTHS_EN[m]} alone, the network "
                    f"documented {t:,} civilian deaths.",
                    f"قُتل {cv(k)} في {pa} يوم الثلاثاء. ووثقت الشبكة خلال شهر {MONTHS_LEV[m]} وحده مقتل {t} "
                    f"{ar_noun(t, 'civ')}.", [K(k.value), *_agg(t), P(gov)], "month-alone")

    def so_far_this_year(d: Draw) -> Pair:
        k, (pe, pa, gov), t = d.num(3, 20), d.place(), _total(d)
        return pair(f"{k.En} civilians were killed in {pe} yesterday. So far this year, {t:,} civilians have been "
                    "killed in Syria, according to the Observatory.",
                    f"قُتل {cv(k)} في {pa} أمس. ومنذ مطلع العام الجاري قُتل {t} {ar_noun(t, 'civ')} في سوريا، "
                    "بحسب المرصد.", [K(k.value), *_agg(t), P(gov)], "so-far-this-year")

    def since_offensive(d: Draw) -> Pair:
        k, (pe, pa, gov), t, m = d.num(3, 20), d.place(), _total(d), d.rng.randrange(12)
        return pair(f"A strike on {pe} killed {k.en} civilians on Monday. {t:,} civilians have been killed since the "
                    f"offensive began in {MONTHS_EN[m]}.",
                    f"قتلت غارة على {pa} {cv(k, 'obl')} يوم الاثنين. وقُتل {t} {ar_noun(t, 'civ')} منذ بدء الهجوم "
                    f"في {MONTHS_LEV[m]}.", [K(k.value), *_agg(t), P(gov)], "since-offensive")

    def brings_number(d: Draw) -> Pair:
        k, (pe, pa, gov), t = d.num(3, 20), d.place(), _total(d)
        return pair(f"{k.En} civilians were killed in {pe} yesterday. This brings the number of civilians killed in the "
                    f"governorate this year to {t:,}.",
                    f"قُتل {cv(k)} في {pa} أمس. وبذلك يرتفع عدد المدنيين الذين قُتلوا في المحافظة هذا العام إلى {t}.",
                    [K(k.value), *_agg(t), P(gov)], "brings-number")

    def raising_total(d: Draw) -> Pair:
        k, (pe, pa, gov), t, m = d.num(3, 20), d.place(), _total(d), d.rng.randrange(12)
        return pair(f"Shelling killed {k.en} civilians in {pe} on Sunday, raising to {t:,} the total number of "
                    f"civilians killed since {MONTHS_EN[m]}.",
                    f"قتل القصف {cv(k, 'obl')} في {pa} يوم الأحد، ليرتفع إلى {t} العدد الإجمالي للمدنيين الذين قُتلوا "
                    f"منذ {MONTHS_LEV[m]}.", [K(k.value), *_agg(t), P(gov)], "raising-to-total")

    def percent(d: Draw) -> Pair:
        k, (pe, pa, gov), t, m = d.num(3, 20), d.place(), _total(d), d.rng.randrange(12)
        p = d.rng.randint(15, 45)
        return pair(f"{k.En} civilians were killed in {pe} yesterday. Children accounted for {p} percent of the {t:,} "
                    f"civilian deaths recorded in {MONTHS_EN[m]}.",
                    f"قُتل {cv(k)} في {pa} أمس. وشكّل الأطفال {p} بالمئة من أصل {t} {ar_noun(t, 'civ')} قُتلوا في "
                    f"{MONTHS_LEV[m]}.", [K(k.value), *_agg(t), P(gov)], "percent-of-total")

    def one_in_three(d: Draw) -> Pair:
        k, (pe, pa, gov), t = d.num(3, 20), d.place(), _total(d)
        return pair(f"{k.En} civilians were killed in {pe} on Friday. One in three of the {t:,} civilians killed this "
                    "year was a child, the network said.",
                    f"قُتل {cv(k)} في {pa} يوم الجمعة. وقالت الشبكة إن واحداً من كل ثلاثة من أصل {t} "
                    f"{ar_noun(t, 'civ')} قُتلوا هذا العام كان طفلاً.", [K(k.value), *_agg(t), P(gov)], "one-in-three")

    def annual(d: Draw) -> Pair:
        k, (pe, pa, gov), t = d.num(3, 20), d.place(), _total(d)
        return pair(f"{k.En} civilians were killed in {pe} yesterday. In 2020, the network documented the deaths of "
                    f"{t:,} civilians, it said in its annual report.",
                    f"قُتل {cv(k)} في {pa} أمس. وقالت الشبكة في تقريرها السنوي إنها وثقت مقتل {t} "
                    f"{ar_noun(t, 'civ')} في عام 2020.", [K(k.value), *_agg(t), P(gov)], "annual-in-year")

    def overall_since_2011(d: Draw) -> Pair:
        k, (pe, pa, gov) = d.num(3, 20), d.place()
        t = d.rng.randint(12000, 90000)
        return pair(f"{k.En} civilians were killed in {pe} yesterday. The overall death toll in the province since 2011 "
                    f"stands at {t:,}.",
                    f"قُتل {cv(k)} في {pa} أمس. وتبلغ الحصيلة الإجمالية للقتلى في المحافظة منذ عام 2011 {t} "
                    f"{ar_noun(t, 'dead')}.", [K(k.value), *_agg(t), P(gov)], "overall-since-2011")

    def headline_total(d: Draw) -> Pair:
        k, (pe, pa, gov), t, m = d.num(3, 20), d.place(), _total(d), d.rng.randrange(12)
        return pair(f"{t:,} civilians killed in Syria in {MONTHS_EN[m]}, monitor says. The deadliest attack, on {pe}, "
                    f"killed {k.en}.",
                    f"مقتل {t} {ar_noun(t, 'civ')} في سوريا خلال {MONTHS_LEV[m]}، بحسب المرصد. وأسفر الهجوم الأكثر دموية، "
                    f"على {pa}، عن مقتل {cv(k, 'obl')}.", [K(k.value), *_agg(t), P(gov)], "headline-total")
    def toll_for_month(d: Draw) -> Pair:
        k, (pe, pa, gov), t, m = d.num(3, 20), d.place(), _total(d), d.rng.randrange(12)
        return pair(f"{k.En} civilians were killed in {pe} yesterday. The civilian toll for {MONTHS_EN[m]} stands at "
                    f"{t:,}.",
                    f"قُتل {cv(k)} في {pa} أمس. وتبلغ حصيلة الضحايا المدنيين لشهر {MONTHS_LEV[m]} {t} "
                    f"{ar_noun(t, 'civ')}.", [K(k.value), *_agg(t), P(gov)], "toll-for-month")

    def since_ceasefire(d: Draw) -> Pair:
        k, (pe, pa, gov), t = d.num(3, 20), d.place(), _total(d)
        return pair(f"{k.En} civilians were killed in {pe} on Saturday. Since the ceasefire took effect, {t:,} "
                    "civilians have been killed.",
                    f"قُتل {cv(k)} في {pa} يوم السبت. ومنذ دخول وقف إطلاق النار حيز التنفيذ قُتل {t} "
                    f"{ar_noun(t, 'civ')}.", [K(k.value), *_agg(t), P(gov)], "since-ceasefire")

    def of_those_killed(d: Draw) -> Pair:
        k, (pe, pa, gov), t = d.num(3, 20), d.place(), _total(d)
        c = d.rng.randint(40, 170)
        return pair(f"{k.En} civilians were killed in {pe} yesterday. Of the {t:,} civilians killed last month, {c} "
                    "were children.",
                    f"قُتل {cv(k)} في {pa} أمس. ومن بين {t} {ar_noun(t, 'civ')} قُتلوا الشهر الماضي، كان {c} "
                    f"{ar_noun(c, 'children')}.", [K(k.value), *_agg(t), P(gov)], "of-those-killed")

    def escalation(d: Draw) -> Pair:
        k, (pe, pa, gov), t = d.num(3, 20), d.place(), _total(d)
        return pair(f"Shelling on {pe} killed {k.en} civilians, bringing to {t:,} the number of civilians killed in "
                    "the province since the escalation began.",
                    f"قتل القصف على {pa} {cv(k, 'obl')}، ليرتفع إلى {t} عدد المدنيين الذين قُتلوا في المحافظة منذ بدء "
                    "التصعيد.", [K(k.value), *_agg(t), P(gov)], "since-escalation")
    return [month_alone, so_far_this_year, since_offensive, brings_number, raising_total, percent, one_in_three, annual,
            overall_since_2011, headline_total, toll_for_month, since_ceasefire, of_those_killed, escalation]


# 5. perpetrators -----------------------------------------------------------------------------------


def _perpetrators() -> list[Family]:
    def unit_shelled(d: Draw) -> Pair:
        n, (pe, pa, gov), (ae, aa, code, g) = d.num(), d.place(), d.actor()
        return pair(f"{n.En} civilians were killed when {ae} shelled {pe}.",
                    f"قُتل {cv(n)} عندما قصف{'ت' if g == 'f' else ''} {aa} {pa}.", [_perp(code), K(n.value), P(gov)],
                    "unit-shelled")

    def subject_first(d: Draw) -> Pair:
        n, (pe, pa, gov), (ae, aa, code, g) = d.num(), d.place(), d.actor()
        return pair(f"{_cap(ae)} shelled {pe} on Monday, killing {n.en} civilians.",
                    f"قصف{'ت' if g == 'f' else ''} {aa} {pa} يوم الاثنين، ما أدى إلى مقتل {cv(n, 'obl')}.",
                    [_perp(code), K(n.value), P(gov)], "subject-first")

    def by_actor(d: Draw) -> Pair:
        n, (pe, pa, gov), (ae, aa, code, _) = d.num(), d.place(), d.actor()
        return pair(f"{n.En} civilians were killed by {ae} in {pe}.",
                    f"قُتل {cv(n)} على يد {aa} في {pa}.", [_perp(code), K(n.value), P(gov)], "killed-by")

    def loyal(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), d.place()
        le, la, codes = d.rng.choice(LOYAL4)
        return pair(f"{n.En} civilians were killed in an attack by {le} on {pe}.",
                    f"قُتل {cv(n)} في هجوم شنته {la} على {pa}.", [_perp(*codes), K(n.value), P(gov)], "loyal-affiliated")

    def loyal_subject(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), d.place()
        le, la, codes = d.rng.choice(LOYAL4)
        return pair(f"{_cap(le)} stormed {pe}, killing {n.en} civilians.",
                    f"اقتحمت {la} {pa}، ما أدى إلى مقتل {cv(n, 'obl')}.", [_perp(*codes), K(n.value), P(gov)],
                    "loyal-subject")

    def adjective(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), d.place()
        ae, aa, code = d.rng.choice(ADJ4)
        return pair(f"{n.En} civilians were killed in {ae} on {pe}.",
                    f"قُتل {cv(n)} في {aa} على {pa}.", [_perp(code), K(n.value), P(gov)], "side-adjective")

    def possessive(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), d.place()
        oe, oa, code = d.rng.choice(POSS4)
        return pair(f"{_cap(oe)} bombing of {pe} killed {n.en} civilians.",
                    f"أسفر القصف {oa} على {pa} عن مقتل {cv(n, 'obl')}.", [_perp(code), K(n.value), P(gov)],
                    "possessive")

    def hands(d: Draw) -> Pair:
        n, (pe, pa, gov), (ae, aa, code, _) = d.num(), d.place(), d.actor()
        return pair(f"The network documented the killing of {n.en} civilians at the hands of {ae} in {pe}.",
                    f"وثقت الشبكة مقتل {cv(n, 'obl')} على يد {aa} في {pa}.", [_perp(code), K(n.value), P(gov)],
                    "documented-at-hands")

    def attributed(d: Draw) -> Pair:
        n, (pe, pa, gov), (ae, aa, code, _) = d.num(), d.place(), d.actor()
        return pair(f"{n.En} civilians were killed in {pe} in an attack the network attributed to {ae}.",
                    f"قُتل {cv(n)} في {pa} في هجوم نسبته الشبكة إلى {aa}.", [_perp(code), K(n.value), P(gov)],
                    "attributed-to")

    def fighters_of(d: Draw) -> Pair:
        n, (pe, pa, gov), (ae, aa, code, _) = d.num(), d.place(), d.actor()
        return pair(f"Fighters of {ae} opened fire on civilians in {pe}, killing {n.en}.",
                    f"أطلق عناصر {aa} النار على مدنيين في {pa}، ما أدى إلى مقتل {n.ar('obl')} منهم.",
                    [_perp(code), K(n.value), P(gov)], "fighters-of")

    def blamed(d: Draw) -> Pair:
        n, (pe, pa, gov), (ae, aa, code, _) = d.num(), d.place(), d.actor()
        return pair(f"Activists blamed {ae} for the shelling of {pe}, which killed {n.en} civilians.",
                    f"حمّل ناشطون {aa} مسؤولية قصف {pa} الذي أودى بحياة {cv(n, 'obl')}.",
                    [_perp(code), K(n.value), P(gov)], "blamed-for")
    def units_of(d: Draw) -> Pair:
        n, (pe, pa, gov), (ae, aa, code, _) = d.num(), d.place(), d.actor()
        return pair(f"{n.En} civilians were killed in shelling by units of {ae} on {pe}.",
                    f"قُتل {cv(n)} في قصف لوحدات من {aa} على {pa}.", [_perp(code), K(n.value), P(gov)], "units-of")

    def pro_side(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), d.place()
        pe_, pa_, code = d.rng.choice([("pro-Assad forces", "القوات الموالية للأسد", "SYR_GOV"),
                                       ("pro-Turkish factions", "الفصائل الموالية لتركيا", "OPPOSITION"),
                                       ("pro-Iranian militias", "الميليشيات الموالية لإيران", "IRN"),
                                       ("pro-government militiamen", "عناصر ميليشيات موالية للحكومة", "SYR_GOV")])
        return pair(f"{_cap(pe_)} shelled {pe}, killing {n.en} civilians.",
                    f"قصفت {pa_} {pa}، ما أدى إلى مقتل {cv(n, 'obl')}.", [_perp(code), K(n.value), P(gov)], "pro-side")

    def claimed(d: Draw) -> Pair:
        n, (pe, pa, gov), (ae, aa, code, g) = d.num(), d.place(), d.actor()
        return pair(f"A car bomb killed {n.en} civilians in {pe}; {ae} claimed the attack.",
                    f"قتلت سيارة مفخخة {cv(n, 'obl')} في {pa}؛ وتبنى{'ت' if g == 'f' else ''} {aa} الهجوم.",
                    [_perp(code), K(n.value), P(gov)], "claimed")

    def conducted_by(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), d.place()
        oe, oa, code = d.rng.choice([("Israel", "إسرائيل", "ISR"), ("Russia", "روسيا", "RUS"), ("Turkey", "تركيا", "TUR")])
        return pair(f"{n.En} civilians were killed in {pe} in airstrikes conducted by {oe}.",
                    f"قُتل {cv(n)} في {pa} في غارات جوية نفذتها {oa}.", [_perp(code), K(n.value), P(gov)],
                    "conducted-by-country")

    def joint(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), d.place()
        return pair(f"{n.En} civilians were killed in joint Russian and regime airstrikes on {pe}.",
                    f"قُتل {cv(n)} في غارات مشتركة للطيران الروسي وطيران النظام على {pa}.",
                    [_perp("RUS"), _perp("SYR_GOV"), K(n.value), P(gov)], "joint")
    return [unit_shelled, subject_first, by_actor, loyal, loyal_subject, adjective, possessive, hands, attributed,
            fighters_of, blamed, units_of, pro_side, claimed, conducted_by, joint]


# 6. weapons --------------------------------------------------------------------------------------


def _weapons() -> list[Family]:
    def fired_at(d: Draw4) -> Pair:
        n, (pe, pa, gov), (we, wa, code, _g, _adj, _dr) = d.num(), d.place(), d.weapon4()
        return pair(f"Regime forces fired {we} at {pe}, killing {n.en} civilians.",
                    f"أطلقت قوات النظام {wa} على {pa}، ما أدى إلى مقتل {cv(n, 'obl')}.",
                    [_weapon(code), K(n.value), P(gov)], "fired-at")

    def dropped(d: Draw4) -> Pair:
        n, (pe, pa, gov), (we, wa, code, _g, _adj, _dr) = d.num(), d.place(), d.weapon4(dropped=True)
        return pair(f"Warplanes dropped {we} on {pe}, killing {n.en} civilians.",
                    f"ألقت الطائرات الحربية {wa} على {pa}، ما أسفر عن مقتل {cv(n, 'obl')}.",
                    [_weapon(code), K(n.value), P(gov)], "dropped-on")

    def struck_with(d: Draw4) -> Pair:
        n, (pe, pa, gov), (we, wa, code, _g, _adj, _dr) = d.num(), d.place(), d.weapon4()
        return pair(f"{_cap(pe)} was struck with {we}, killing {n.en} civilians.",
                    f"استُهدفت {pa} بـ{wa}، ما أدى إلى مقتل {cv(n, 'obl')}.",
                    [_weapon(code), K(n.value), P(gov)], "struck-with")

    def attributive(d: Draw4) -> Pair:
        n, (pe, pa, gov), (_we, wa, code, _g, adj, _dr) = d.num(), d.place(), d.weapon4()
        return pair(f"{_cap(_a(adj))} attack on {pe} killed {n.en} civilians.",
                    f"أسفر هجوم بـ{wa} على {pa} عن مقتل {cv(n, 'obl')}.",
                    [_weapon(code), K(n.value), P(gov)], "attributive")

    def killed_by(d: Draw4) -> Pair:
        n, (pe, pa, gov), (we, wa, code, _g, _adj, _dr) = d.num(), d.place(), d.weapon4()
        return pair(f"{n.En} civilians were killed by {we} in {pe}.",
                    f"قُتل {cv(n)} بـ{wa} في {pa}.", [_weapon(code), K(n.value), P(gov)], "killed-by-weapon")

    def launcher(d: Draw4) -> Pair:
        n, (pe, pa, gov) = d.num(), d.place()
        le, la, code = d.rng.choice(LAUNCHERS4)
        return pair(f"Rockets fired from {le} hit {pe}, killing {n.en} civilians.",
                    f"سقطت صواريخ أُطلقت من {la} على {pa}، ما أدى إلى مقتل {cv(n, 'obl')}.",
                    [_weapon(code), K(n.value), P(gov)], "launcher")

    def used(d: Draw4) -> Pair:
        n, (pe, pa, gov), (we, wa, code, _g, _adj, _dr) = d.num(), d.place(), d.weapon4()
        return pair(f"{n.En} civilians were killed in {pe} after government forces used {we}.",
                    f"قُتل {cv(n)} في {pa} بعد استخدام قوات الحكومة {wa}.", [_weapon(code), K(n.value), P(gov)],
                    "used")

    def hit_by(d: Draw4) -> Pair:
        n, (pe, pa, gov), (we, wa, code, _g, _adj, _dr) = d.num(), d.place(), d.weapon4()
        return pair(f"{_cap(pe)} was hit by {we} on Thursday; {n.en} civilians were killed.",
                    f"تعرضت {pa} يوم الخميس للقصف بـ{wa}؛ وقُتل {cv(n)}.", [_weapon(code), K(n.value), P(gov)],
                    "hit-by")

    def targeted_with(d: Draw4) -> Pair:
        n, (pe, pa, gov), (we, wa, code, _g, _adj, _dr) = d.num(), d.place(), d.weapon4()
        return pair(f"{n.En} civilians were killed when regime forces targeted {pe} with {we}.",
                    f"قُتل {cv(n)} عندما استهدفت قوات النظام {pa} بـ{wa}.", [_weapon(code), K(n.value), P(gov)],
                    "targeted-with")

    def headline(d: Draw4) -> Pair:
        n, (pe, pa, gov), (_we, wa, code, _g, adj, _dr) = d.num(), d.place(kind=False), d.weapon4()
        return pair(f"{n.En} civilians killed in {adj} strike on {pe}",
                    f"مقتل {cv(n, 'obl')} بضربة {wa} على {pa}", [_weapon(code), K(n.value), P(gov)], "headline-weapon")
    def salvo(d: Draw4) -> Pair:
        n, (pe, pa, gov), (we, wa, code, _g, _adj, _dr) = d.num(), d.place(), d.weapon4()
        bare = we.split(" ", 1)[1] if we.split(" ", 1)[0] in ("a", "an") else we
        return pair(f"A salvo of {bare} slammed into {pe}, killing {n.en} civilians.",
                    f"سقطت رشقة من {wa} على {pa}، ما أدى إلى مقتل {cv(n, 'obl')}.",
                    [_weapon(code), K(n.value), P(gov)], "salvo")

    def shrapnel(d: Draw4) -> Pair:
        n, (pe, pa, gov), (_we, wa, code, _g, adj, _dr) = d.num(), d.place(), d.weapon4()
        return pair(f"{n.En} civilians were killed by shrapnel from {_a(adj)} in {pe}.",
                    f"قُتل {cv(n)} بشظايا {wa} في {pa}.", [_weapon(code), K(n.value), P(gov)], "shrapnel-from")

    def targeted_by(d: Draw4) -> Pair:
        n, (pe, pa, gov), (we, wa, code, _g, _adj, _dr) = d.num(), d.place(), d.weapon4()
        return pair(f"{n.En} civilians were killed when {pe} was targeted by {we}.",
                    f"قُتل {cv(n)} عندما استُهدفت {pa} بـ{wa}.", [_weapon(code), K(n.value), P(gov)], "targeted-by")

    def with_ending(d: Draw4) -> Pair:
        n, (pe, pa, gov), (we, wa, code, _g, _adj, _dr) = d.num(), d.place(), d.weapon4()
        return pair(f"{n.En} civilians were killed in {pe} on Wednesday in an attack with {we}.",
                    f"قُتل {cv(n)} في {pa} يوم الأربعاء في هجوم بـ{wa}.", [_weapon(code), K(n.value), P(gov)],
                    "attack-with")
    def aircraft_model(d: Draw4) -> Pair:
        n, (pe, pa, gov) = d.num(), d.place()
        ae, aa, code = d.rng.choice(AIRCRAFT4)
        return pair(f"{n.En} civilians were killed when {ae} bombed {pe}.",
                    f"قُتل {cv(n)} عندما قصفت {aa} {pa}.", [_weapon("airstrike"), _perp(code), K(n.value), P(gov)],
                    "aircraft-model")
    return [fired_at, dropped, struck_with, attributive, killed_by, launcher, used, hit_by, targeted_with,
            headline, salvo, shrapnel, targeted_by, with_ending, aircraft_model]  # type: ignore[list-item]


# 7. targets --------------------------------------------------------------------------------------


def _targets() -> list[Family]:
    def hit_a(d: Draw) -> Pair:
        n, (pe, pa, gov), (te, _ta, tacc, code) = d.num(), d.place(), d.target()
        return pair(f"An airstrike hit {_a(te)} in {pe}, killing {n.en} civilians.",
                    f"أصابت غارة جوية {tacc} في {pa}، ما أدى إلى مقتل {cv(n, 'obl')}.",
                    [_target(code), K(n.value), P(gov)], "hit-a")

    def near(d: Draw) -> Pair:
        n, (pe, pa, gov), (te, ta, _acc, code) = d.num(), d.place(), d.target()
        return pair(f"{n.En} civilians were killed in shelling near {_a(te)} in {pe}.",
                    f"قُتل {cv(n)} في قصف قرب {ta} في {pa}.", [_target(code), K(n.value), P(gov)], "near")

    def outside(d: Draw) -> Pair:
        n, (pe, pa, gov), (te, ta, _acc, code) = d.num(), d.place(), d.target()
        return pair(f"{n.En} civilians were killed outside {_a(te)} in {pe} when a shell landed.",
                    f"قُتل {cv(n)} أمام {ta} في {pa} إثر سقوط قذيفة.", [_target(code), K(n.value), P(gov)], "outside")

    def inside(d: Draw) -> Pair:
        n, (pe, pa, gov), (te, ta, _acc, code) = d.num(), d.place(), d.target()
        return pair(f"{n.En} civilians were killed inside {_a(te)} in {pe} during a raid.",
                    f"قُتل {cv(n)} داخل {ta} في {pa} خلال غارة.", [_target(code), K(n.value), P(gov)], "inside")

    def housing_displaced(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), d.place()
        return pair(f"{n.En} civilians were killed when a strike hit a school housing displaced families in {pe}.",
                    f"قُتل {cv(n)} عندما أصابت غارة مدرسة تؤوي عائلات نازحة في {pa}.",
                    [_target("school"), K(n.value), P(gov)], "housing-displaced")

    def possessive(d: Draw) -> Pair:
        n, (pe, pa, gov), (te, _ta, _acc, code) = d.num(), d.place(kind=False), d.target()
        head = CONSTRUCT4[te]
        return pair(f"Shelling hit {pe}'s {te}, killing {n.en} civilians.",
                    f"طال القصف {head} {pa}، ما أدى إلى مقتل {cv(n, 'obl')}.", [_target(code), K(n.value), P(gov)],
                    "possessive-place")

    def nominal(d: Draw) -> Pair:
        n, (pe, pa, gov), (te, ta, _acc, code) = d.num(), d.place(), d.target()
        return pair(f"The bombing of {_a(te)} in {pe} killed {n.en} civilians.",
                    f"أودى قصف {ta} في {pa} بحياة {cv(n, 'obl')}.", [_target(code), K(n.value), P(gov)], "nominal")

    def targeting(d: Draw) -> Pair:
        n, (pe, pa, gov), (te, ta, _acc, code) = d.num(), d.place(), d.target()
        return pair(f"{n.En} civilians were killed in a strike targeting {_a(te)} in {pe}.",
                    f"قُتل {cv(n)} في ضربة استهدفت {ta} في {pa}.", [_target(code), K(n.value), P(gov)], "targeting")

    def headline(d: Draw) -> Pair:
        n, (pe, pa, gov), (te, ta, _acc, code) = d.num(), d.place(kind=False), d.target()
        return pair(f"{_cap(te)} bombed in {pe}, {n.en} civilians dead",
                    f"قصف {ta} في {pa} ومقتل {cv(n, 'obl')}", [_target(code), K(n.value), P(gov)], "headline-target")

    def destroyed(d: Draw) -> Pair:
        n, (pe, pa, gov), (te, ta, _acc, code) = d.num(), d.place(), d.target()
        return pair(f"{_cap(_a(te))} in {pe} was destroyed in a raid that killed {n.en} civilians.",
                    f"دُمّر {ta} في {pa} في غارة أسفرت عن مقتل {cv(n, 'obl')}.", [_target(code), K(n.value), P(gov)],
                    "destroyed")
    def came_under_fire(d: Draw) -> Pair:
        n, (pe, pa, gov), (te, ta, _acc, code) = d.num(), d.place(), d.target()
        return pair(f"{_cap(_a(te))} came under fire in {pe}; {n.en} civilians were killed.",
                    f"تعرض{'ت' if ta.split()[0].endswith('ة') else ''} {ta} لإطلاق نار في {pa}؛ وقُتل {cv(n)}.",
                    [_target(code), K(n.value), P(gov)], "came-under-fire")

    def vicinity(d: Draw) -> Pair:
        n, (pe, pa, gov), (te, ta, _acc, code) = d.num(), d.place(), d.target()
        return pair(f"{n.En} civilians were killed when a missile fell in the vicinity of {_a(te)} in {pe}.",
                    f"قُتل {cv(n)} جراء سقوط صاروخ في محيط {ta} في {pa}.", [_target(code), K(n.value), P(gov)],
                    "vicinity")

    def levelled(d: Draw) -> Pair:
        n, (pe, pa, gov), (te, ta, _acc, code) = d.num(), d.place(), d.target()
        return pair(f"The strike levelled {_a(te)} in {pe} and killed {n.en} civilians.",
                    f"سوّت الغارة {ta} في {pa} بالأرض وقتلت {cv(n, 'obl')}.", [_target(code), K(n.value), P(gov)],
                    "levelled")
    return [hit_a, near, outside, inside, housing_displaced, possessive, nominal, targeting, headline, destroyed,
            came_under_fire, vicinity, levelled]


SPECS_TUNE4: dict[str, list[Family]] = {
    "numbers": _numbers(), "killed_injured": _killed_injured(), "subgroups": _subgroups(), "bounds": _bounds(),
    "aggregates": _aggregates(), "dates": _dates(), "places": _places(), "perpetrators": _perpetrators(),
    "weapons": _weapons(), "targets": _targets(),
}
