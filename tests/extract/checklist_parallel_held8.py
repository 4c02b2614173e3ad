"""An eighth held-out half of the parallel set (``held8``), written after held4 to held7 had been run and tuned on,
while the extractor was being changed by others, and before any run of its own (the extractor was not run on it
while it was written), so that it measures issue 15's goal on wording nobody has tuned on. It runs only when
named, with tables only: ``checklist_parallel`` never shows its individual failures (not even with
``--show-held``), so that nobody tunes on it.

Its places, actors, weapons and targets are its own (the filler tables below; a test checks that none of them,
in either language, appears in any other checklist file, and that each place is a name of the shipped gazetteer
in one governorate in both spellings), and so are its wordings: everyday ways monitors phrase each field that the
other halves do not use.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from .checklist import (
    Check,
    article,
    date_is,
    incidents,
    injured,
    killed_about,
    killed_bounds,
    killed_low_in,
    killed_none,
    no_incident_killed,
    subgroup,
)
from .checklist import perpetrator as perpetrator_check
from .checklist import weapon as weapon_check
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
    Num,
    P,
    Pair,
    ar_noun,
    cv,
    pair,
    place_from,
    tag,
    target,
    two_places_from,
)
from .checklist_parallel_templates import (
    cap as _cap,
)
from .checklist_parallel_templates import (
    li as _li,
)
from .checklist_parallel_templates import (
    same_form as _same_form,
)

HALF = "held8"

# (English, Arabic, admin1 as the geocoder gives it, kind in English, kind in Arabic): both spellings are
# names of the shipped gazetteer in that governorate alone, and none is in another half or checklist.
PLACES8 = [
    ("Murak", "مورك", "Hama", "town", "بلدة"), ("Kafr Zayta", "كفر زيتا", "Hama", "town", "بلدة"),
    ("Batbu", "بتبو", "Aleppo", "village", "قرية"), ("Aghtrin", "اخترين", "Aleppo", "town", "بلدة"),
    ("Maarat Missrin", "معرتمصرين", "Idlib", "town", "بلدة"), ("Qarayya", "القريا", "Sweida", "town", "بلدة"),
    ("Bait Jan", "بيت جن", "Rural Damascus", "village", "قرية"),
    ("Esal El-Ward", "عسال الورد", "Rural Damascus", "town", "بلدة"),
    ("Qastal Maaf", "قسطل معاف", "Latakia", "village", "قرية"), ("Beit Yashout", "بيت ياشوط", "Latakia", "village", "قرية"),
    ("Shadadah", "شدادة", "Hasakah", "town", "بلدة"), ("Yarobiyah", "يعربية", "Hasakah", "town", "بلدة"),
    ("Tabni", "التبني", "Deir ez-Zor", "town", "بلدة"), ("Safsafa", "صفصافة", "Tartus", "town", "بلدة"),
    ("Sokhneh", "السخنة", "Homs", "town", "بلدة"),
]
# The governorate as "rural X" / "ريف X" names it.
RURAL8 = {"Hama": ("Hama", "حماة"), "Aleppo": ("Aleppo", "حلب"), "Idlib": ("Idlib", "إدلب"), "Sweida": ("Sweida", "السويداء"),
          "Rural Damascus": ("Damascus", "دمشق"), "Latakia": ("Latakia", "اللاذقية"), "Hasakah": ("Hasakah", "الحسكة"),
          "Deir ez-Zor": ("Deir ez-Zor", "دير الزور"), "Tartus": ("Tartus", "طرطوس"), "Homs": ("Homs", "حمص")}
# (English, Arabic, code, Arabic gender for the verb's agreement)
GROUND8 = [
    ("shabiha militiamen", "عناصر الشبيحة", "SYR_GOV", "m"),
    ("the Quds Force", "فيلق القدس", "IRN", "m"),
    ("the Syriac Military Council", "المجلس العسكري السرياني", "SDF", "m"),
]
AIR8 = [("Israeli Apache helicopters", "مروحيات الأباتشي الإسرائيلية", "ISR", "f")]
ACTORS8 = GROUND8 + AIR8
# (English with its article, Arabic, code, Arabic gender)
TOMAHAWK8 = ("Tomahawk missiles", "صواريخ توماهوك", "missile", "f")
HELL8 = ("hell cannon shells", "قذائف مدفع جهنم", "rocket", "f")
VAN8 = ("a booby-trapped van", "شاحنة صغيرة مفخخة", "car_bomb", "f")
FIRED8 = [TOMAHAWK8, HELL8]
WEAPONS8 = [TOMAHAWK8, HELL8, VAN8]
# (English, Arabic, Arabic as an object (accusative), code, Arabic gender)
TARGETS8 = [
    ("electricity transformer", "محولة كهرباء", "محولة كهرباء", "water_power", "f"),
    ("religious school", "مدرسة شرعية", "مدرسة شرعية", "school", "f"),
    ("grain market", "سوق للحبوب", "سوقاً للحبوب", "market", "m"),
    ("apartment building", "بناية سكنية", "بناية سكنية", "residential", "f"),
    ("water tanker", "صهريج مياه", "صهريج مياه", "vehicle", "m"),
    ("relief convoy", "قافلة إغاثية", "قافلة إغاثية", "humanitarian", "f"),
]
BUILDINGS8 = [t for t in TARGETS8 if t[3] in ("school", "market", "residential")]  # what a strike can flatten


class Draw8H(Draw):
    """``Draw`` over this half's own fillers (``Draw`` reads the tables of the other halves by name)."""

    def place(self, kind: bool = True) -> tuple[str, str, str]:
        return place_from(self.rng, PLACES8, kind)

    def two_places(self) -> tuple[tuple[str, str], tuple[str, str], str]:
        """Two places of one governorate: ((en, ar), (en, ar), admin1)."""
        return two_places_from(self.rng, PLACES8)

    def actor8(self, pool: Sequence[tuple[str, str, str, str]] = ACTORS8) -> tuple[str, str, str, str]:
        return self.rng.choice(list(pool))

    def arm(self, pool: Sequence[tuple[str, str, str, str]] = WEAPONS8) -> tuple[str, str, str, str]:
        return self.rng.choice(list(pool))

    def site(self, pool: Sequence[tuple[str, str, str, str, str]] = TARGETS8) -> tuple[str, str, str, str, str]:
        return self.rng.choice(list(pool))


def _d(d: Draw) -> Draw8H:
    assert isinstance(d, Draw8H), "the held8 families draw from held8's fillers"
    return d



def _t(g: str) -> str:
    """The feminine ending of a verb before a feminine subject."""
    return "ت" if g == "f" else ""




def _cases(n: Num) -> str:
    """"N cases" in Arabic (حالة, feminine): "3 حالات", "12 حالة"."""
    return f"{n.ar(fem=True)} {'حالات' if n.value % 100 in range(3, 11) else 'حالة'}"


# 1. numbers ------------------------------------------------------------------------------------


def _numbers() -> list[Family]:
    def fell_victim(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), _d(d).place()
        return pair(f"{n.En} civilian lives were lost in the shelling of {pe}.",
                    f"أُزهقت أرواح {cv(n, 'obl')} في قصف {pa}.", [K(n.value), P(gov)], "lives-were-lost")

    def documented_killing(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), _d(d).place()
        return pair(f"SNHR recorded {n.en} civilian fatalities in {pe}.",
                    f"سجّلت الشبكة السورية لحقوق الإنسان سقوط {cv(n, 'obl', 'dead')} من المدنيين في {pa}.",
                    [K(n.value), P(gov)], "recorded-fatalities")

    def were_martyred(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), _d(d).place()
        return pair(f"{n.En} civilians were martyred in the bombardment of {pe}, activists said.",
                    f"استشهد {cv(n)} في قصف {pa}، بحسب ناشطين.", [K(n.value), P(gov)], "were-martyred")

    def deaths_recorded(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), _d(d).place()
        return pair(f"{n.En} civilian deaths were recorded in {pe} after the strike.",
                    f"سُجّلت {_cases(n)} وفاة بين المدنيين في {pa} إثر الغارة.", [K(n.value), P(gov)],
                    "deaths-recorded")

    def buried(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), _d(d).place()
        return pair(f"Residents of {pe} buried {n.en} civilians killed in the morning's shelling.",
                    f"دفن أهالي {pa} {cv(n, 'obl')} قُتلوا في قصف الصباح.", [K(n.value), P(gov)], "residents-buried")

    def took_the_lives(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), _d(d).place()
        return pair(f"The barrage of shells on {pe} ended the lives of {n.en} civilians.",
                    f"أنهت رشقة القذائف على {pa} حياة {cv(n, 'obl')}.", [K(n.value), P(gov)], "ended-the-lives")

    def bodies_recovered(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), _d(d).place()
        return pair(f"Rescuers retrieved the bodies of {n.en} civilians from under the rubble in {pe}.",
                    f"انتشل مسعفون جثامين {cv(n, 'obl')} من تحت الركام في {pa}.", [K(n.value), P(gov)],
                    "rescuers-retrieved")

    def final_toll(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), _d(d).place()
        return pair(f"The final toll of the strike on {pe} is {n.en} civilians dead.",
                    f"الحصيلة النهائية للغارة على {pa} هي {cv(n, 'nom', 'dead')} من المدنيين.", [K(n.value), P(gov)],
                    "final-toll")

    def victims_were(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), _d(d).place()
        return pair(f"The victims of yesterday's shelling of {pe} were {n.en} civilians, all residents of the area.",
                    f"كان ضحايا قصف الأمس على {pa} {cv(n, 'obl')}، جميعهم من سكان المنطقة.", [K(n.value), P(gov)],
                    "victims-were")

    def death_of(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), _d(d).place()
        return pair(f"The shelling of {pe} led to the death of {n.en} civilians, local sources said.",
                    f"أدى القصف على {pa} إلى وفاة {cv(n, 'obl')}، بحسب مصادر محلية.", [K(n.value), P(gov)],
                    "led-to-the-death")
    return [fell_victim, documented_killing, were_martyred, deaths_recorded, buried, took_the_lives,
            bodies_recovered, final_toll, victims_were, death_of]


# 2. killed and injured together ----------------------------------------------------------------


def _ki(k: int, i: int, gov: str) -> list[Check]:
    return [K(k), tag("injured", injured(i)), P(gov)]


def _killed_injured() -> list[Family]:
    def provisional(d: Draw) -> Pair:
        k, i, (pe, pa, gov) = d.num(3, 12), d.num(13, 45), _d(d).place()
        return pair(f"An unofficial toll from {pe} puts the dead at {k.en} civilians and the injured at {i.en}.",
                    f"تضع حصيلة غير رسمية في {pa} عدد القتلى عند {cv(k, 'obl')} وعدد المصابين عند {i.ar('obl')}.",
                    _ki(k.value, i.value, gov), "unofficial-toll")

    def were_hurt(d: Draw) -> Pair:
        k, i, (pe, pa, gov) = d.num(3, 12), d.num(13, 45), _d(d).place()
        return pair(f"{k.En} civilians were killed and {i.en} others needed treatment for their wounds when shells "
                    f"fell on {pe}.",
                    f"قُتل {cv(k)} واحتاج {i.ar()} آخرون إلى العلاج من جروحهم حين سقطت قذائف على {pa}.",
                    _ki(k.value, i.value, gov), "needed-treatment-for-wounds")

    def sustained(d: Draw) -> Pair:
        k, i, (pe, pa, gov) = d.num(3, 12), d.num(13, 45), _d(d).place()
        return pair(f"{i.En} civilians sustained injuries in the strike on {pe}, which also killed {k.en}.",
                    f"تعرّض {cv(i)} لإصابات في الغارة على {pa}، التي أودت أيضاً بحياة {k.ar('obl')} آخرين.",
                    _ki(k.value, i.value, gov), "sustained-injuries")

    def light_injuries(d: Draw) -> Pair:
        i, (pe, pa, gov) = d.num(), _d(d).place()
        return pair(f"{i.En} civilians suffered minor wounds in shelling on {pe}; there were no fatalities.",
                    f"أُصيب {cv(i)} بجروح بسيطة في قصف على {pa}، ولم تقع أي وفيات.",
                    [tag("injured", injured(i.value)), tag("killed", killed_none()), P(gov)], "minor-wounds")

    def taken_to_hospitals(d: Draw) -> Pair:
        k, i, (pe, pa, gov) = d.num(3, 12), d.num(13, 45), _d(d).place()
        return pair(f"{i.En} wounded civilians were taken to hospitals after a strike on {pe} that killed {k.en} others.",
                    f"نُقل {i.ar()} {ar_noun(i.value, 'wounded')} مدنيين إلى المشافي إثر غارة على {pa} قتلت "
                    f"{k.ar('obl')} آخرين." if i.value % 100 in range(3, 11) else
                    f"نُقل {i.ar()} {ar_noun(i.value, 'wounded')} مدنياً إلى المشافي إثر غارة على {pa} قتلت "
                    f"{k.ar('obl')} آخرين.", _ki(k.value, i.value, gov), "taken-to-hospitals")

    def casualties_split(d: Draw) -> Pair:
        k, i, (pe, pa, gov) = d.num(3, 12), d.num(13, 45), _d(d).place()
        return pair(f"The strike on {pe} caused civilian casualties: {k.en} killed and {i.en} wounded.",
                    f"أوقعت الغارة على {pa} إصابات في صفوف المدنيين: {cv(k, 'nom', 'dead')} و{cv(i, 'nom', 'wounded')}.",
                    _ki(k.value, i.value, gov), "casualties-split")

    def in_addition(d: Draw) -> Pair:
        k, i, (pe, pa, gov) = d.num(3, 12), d.num(13, 45), _d(d).place()
        return pair(f"{k.En} civilians were killed in {pe}, in addition to {i.en} who were injured.",
                    f"قُتل {cv(k)} في {pa}، إضافة إلى {i.ar('obl')} أُصيبوا بجروح.", _ki(k.value, i.value, gov),
                    "in-addition-to")

    def shrapnel(d: Draw) -> Pair:
        k, i, (pe, pa, gov) = d.num(3, 12), d.num(13, 45), _d(d).place()
        return pair(f"Shrapnel wounded {i.en} civilians in {pe}; {k.en} others were killed outright.",
                    f"أصابت الشظايا {cv(i, 'obl')} في {pa}، فيما قُتل {k.ar()} آخرون على الفور.",
                    _ki(k.value, i.value, gov), "killed-outright")

    def moderate_to_serious(d: Draw) -> Pair:
        k, i, (pe, pa, gov) = d.num(3, 12), d.num(13, 45), _d(d).place()
        return pair(f"{k.En} civilians were killed in {pe} and {i.en} were injured, some of whom are in intensive care.",
                    f"قُتل {cv(k)} في {pa} وأُصيب {i.ar()} آخرون، بعضهم في العناية المشددة.",
                    _ki(k.value, i.value, gov), "intensive-care")

    def toll_includes(d: Draw) -> Pair:
        k, i, (pe, pa, gov) = d.num(3, 12), d.num(13, 45), _d(d).place()
        return pair(f"The toll of the attack on {pe} includes {k.en} civilians dead and {i.en} injured.",
                    f"تشمل حصيلة الهجوم على {pa} {cv(k, 'obl', 'dead')} من المدنيين و{cv(i, 'obl', 'wounded')}.",
                    _ki(k.value, i.value, gov), "toll-includes")
    return [provisional, were_hurt, sustained, light_injuries, taken_to_hospitals, casualties_split, in_addition,
            shrapnel, moderate_to_serious, toll_includes]


# 3. victim sub-groups --------------------------------------------------------------------------


def _sub(name: str, n: int) -> Check:
    return tag("subgroups", subgroup(name, n))


def _total_with(d: Draw, c: int, w: int = 0) -> Num:
    """A total above the sub-groups, written as a figure."""
    return d.num(c + w + 2, c + w + 15)


def _subgroups() -> list[Family]:
    def of_whom(d: Draw) -> Pair:
        c = d.rng.randint(3, 8)
        n, (pe, pa, gov) = _total_with(d, c), _d(d).place()
        cn = _same_form(c, n)
        return pair(f"{n.En} civilians were killed in {pe}, and {cn.en} of the dead were children.",
                    f"قُتل {cv(n)} في {pa}، وكان {cn.ar()} من القتلى أطفالاً.",
                    [K(n.value), _sub("children", c), P(gov)], "of-the-dead-were-children")

    def accounted_for(d: Draw) -> Pair:
        c = d.rng.randint(3, 8)
        n, (pe, pa, gov) = _total_with(d, c), _d(d).place()
        cn = _same_form(c, n)
        return pair(f"{cn.En} of the {n.en} civilians killed in {pe} were children.",
                    f"كان {cn.ar()} من أصل {cv(n, 'obl')} قُتلوا في {pa} أطفالاً.",
                    [K(n.value), _sub("children", c), P(gov)], "of-the-n-were-children")

    def pregnant(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(3, 30), _d(d).place()
        return pair(f"{n.En} civilians were killed in {pe}, among them a woman in her sixties.",
                    f"قُتل {cv(n)} في {pa}، من بينهم امرأة في الستينيات من عمرها.", [K(n.value), _sub("women", 1), P(gov)],
                    "woman-in-her-sixties")

    def under_eighteen(d: Draw) -> Pair:
        c = d.rng.randint(3, 8)
        n, (pe, pa, gov) = _total_with(d, c), _d(d).place()
        cn = _same_form(c, n)
        return pair(f"{n.En} civilians were killed in {pe}; {cn.en} of them were younger than eighteen.",
                    f"قُتل {cv(n)} في {pa}، {cn.ar()} منهم تقل أعمارهم عن ثمانية عشر عاماً.",
                    [K(n.value), _sub("children", c), P(gov)], "younger-than-eighteen")

    def one_family(d: Draw) -> Pair:
        c = d.rng.randint(3, 6)
        n, (pe, pa, gov) = Num(c + 2, False, d.rng.random() < 0.25), _d(d).place()
        return pair(f"A family of {n.en}, {c} of them children, was wiped out when a shell hit their house in {pe}.",
                    f"قضت عائلة مؤلفة من {n.ar()} أفراد، بينهم {Num(c, False, n.indic).ar()} أطفال، إثر سقوط قذيفة "
                    f"على منزلها في {pa}.", [K(n.value), _sub("children", c), P(gov)], "family-wiped-out")

    def victims_included(d: Draw) -> Pair:
        c, w = d.rng.randint(3, 7), d.rng.randint(3, 6)
        n, (pe, pa, gov) = _total_with(d, c, w), _d(d).place()
        cn, wn = _same_form(c, n), _same_form(w, n)
        return pair(f"The shelling of {pe} killed {n.en} civilians. The victims included {cn.en} children and "
                    f"{wn.en} women.",
                    f"قتل القصف على {pa} {cv(n, 'obl')}. ومن بين الضحايا {cv(cn, 'nom', 'children')} "
                    f"و{cv(wn, 'nom', 'women')}.",
                    [K(n.value), _sub("children", c), _sub("women", w), P(gov)], "victims-included")

    def minors(d: Draw) -> Pair:
        c = d.rng.randint(3, 8)
        n, (pe, pa, gov) = _total_with(d, c), _d(d).place()
        cn = _same_form(c, n)
        minors_ar = "قاصرين" if c <= 10 else "قاصراً"
        return pair(f"{n.En} civilians were killed in {pe}, {cn.en} minors among them.",
                    f"قُتل {cv(n)} في {pa}، بينهم {cn.ar()} {minors_ar}.",
                    [K(n.value), _sub("children", c), P(gov)], "minors-among-them")

    def women_and_girls(d: Draw) -> Pair:
        w = d.rng.randint(3, 7)
        n, (pe, pa, gov) = _total_with(d, w), _d(d).place()
        wn = _same_form(w, n)
        return pair(f"{n.En} civilians were killed in {pe}, {wn.en} of them women.",
                    f"قُتل {cv(n)} في {pa}، {wn.ar(fem=True)} منهم نساء.",
                    [K(n.value), _sub("women", w), P(gov)], "of-them-women")

    def schoolchildren(d: Draw) -> Pair:
        c = d.rng.randint(3, 8)
        n, (pe, pa, gov) = _total_with(d, c), _d(d).place()
        cn = _same_form(c, n)
        return pair(f"{n.En} civilians were killed in {pe}, among them {cn.en} schoolchildren on their way home.",
                    f"قُتل {cv(n)} في {pa}، بينهم {cn.ar()} تلاميذ كانوا في طريق عودتهم إلى منازلهم.",
                    [K(n.value), _sub("children", c), P(gov)], "schoolchildren")

    def female_victims(d: Draw) -> Pair:
        c, w = d.rng.randint(3, 6), d.rng.randint(3, 6)
        n, (pe, pa, gov) = _total_with(d, c, w), _d(d).place()
        cn, wn = _same_form(c, n), _same_form(w, n)
        return pair(f"{n.En} civilians were killed in {pe}. The dead included {wn.en} women, as well as {cn.en} "
                    "children.",
                    f"قُتل {cv(n)} في {pa}. ومن القتلى {cv(wn, 'nom', 'women')}، فضلاً عن {cv(cn, 'obl', 'children')}.",
                    [K(n.value), _sub("children", c), _sub("women", w), P(gov)], "the-dead-included")
    return [of_whom, accounted_for, pregnant, under_eighteen, one_family, victims_included, minors, women_and_girls,
            schoolchildren, female_victims]


# 4. bounds -------------------------------------------------------------------------------------


def _bound(low: int | None, high: int | None) -> Check:
    return tag("bounds", killed_bounds(low, high))


def _low(n: int) -> Check:
    """"more than N": N or N+1 as the lower bound, no upper bound."""
    return tag("bounds", killed_low_in([n, n + 1], None))


def _about(n: int) -> Check:
    return tag("bounds", killed_about(n))


def _round(d: Draw) -> Num:
    """A round figure, as "well over" and "above" go with, in either form."""
    return _same_form(d.rng.choice([10, 20, 30, 40, 50, 60, 70]), d.num())


def _two(d: Draw) -> tuple[Num, Num]:
    a = d.num(5, 30, words_ok=False)
    return a, _same_form(a.value + d.rng.randint(3, 12), a)


def _bounds() -> list[Family]:
    def possibly_as_many(d: Draw) -> Pair:
        (a, b), (pe, pa, gov) = _two(d), _d(d).place()
        return pair(f"At least {a.en} civilians were killed in {pe}, and the true figure may be as high as {b.en}.",
                    f"قُتل {cv(a)} على الأقل في {pa}، وقد يصل العدد الحقيقي إلى {b.ar('obl')}.",
                    [_bound(a.value, b.value), P(gov)], "true-figure-as-high-as")

    def conservative(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(5, 60), _d(d).place()
        return pair(f"The most conservative estimate puts the civilian toll in {pe} at {n.en} dead.",
                    f"تضع أكثر التقديرات تحفظاً حصيلة القتلى المدنيين في {pa} عند {cv(n, 'obl', 'dead')}.",
                    [_bound(n.value, None), P(gov)], "most-conservative-estimate")

    def somewhere_between(d: Draw) -> Pair:
        (a, b), (pe, pa, gov) = _two(d), _d(d).place()
        return pair(f"Sources differ on the civilian toll in {pe}, putting it between {a.en} and {b.en}.",
                    f"تتباين المصادر حول حصيلة القتلى المدنيين في {pa}، وتضعها بين {a.ar('obl')} و{b.ar('obl')}.",
                    [_bound(a.value, b.value), P(gov)], "sources-differ")

    def well_over(d: Draw) -> Pair:
        n, (pe, pa, gov) = _round(d), _d(d).place()
        return pair(f"Considerably more than {n.en} civilians were killed in {pe}.",
                    f"قُتل أكثر بكثير من {cv(n, 'obl')} في {pa}.", [_low(n.value), P(gov)], "considerably-more-than")

    def zuhaa(d: Draw) -> Pair:
        n, (pe, pa, gov) = _round(d), _d(d).place()
        return pair(f"Roughly {n.en} civilians were killed in {pe}.",
                    f"قُتل زهاء {cv(n, 'obl')} في {pa}.", [_about(n.value), P(gov)], "roughly")

    def not_less(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(5, 60), _d(d).place()
        return pair(f"The civilian toll in {pe} cannot be lower than {n.en} dead, medics said.",
                    f"لا يمكن أن تقل حصيلة القتلى المدنيين في {pa} عن {cv(n, 'obl', 'dead')}، بحسب مسعفين.",
                    [_bound(n.value, None), P(gov)], "cannot-be-lower-than")

    def maximum(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(5, 60), _d(d).place()
        return pair(f"The local council said the number of civilians killed in {pe} did not exceed {n.en}.",
                    f"قال المجلس المحلي إن عدد القتلى المدنيين في {pa} لم يتجاوز {n.ar('obl')}.",
                    [_bound(None, n.value), P(gov)], "did-not-exceed")

    def rose_above(d: Draw) -> Pair:
        n, (pe, pa, gov) = _round(d), _d(d).place()
        return pair(f"The number of civilians killed in {pe} has risen above {n.en}.",
                    f"ارتفع عدد القتلى المدنيين في {pa} إلى ما فوق {n.ar('obl')}.", [_low(n.value), P(gov)],
                    "risen-above")

    def approximate(d: Draw) -> Pair:
        n, (pe, pa, gov) = _round(d), _d(d).place()
        return pair(f"An approximate toll puts the number of civilians killed in {pe} at {n.en}.",
                    f"تشير حصيلة تقريبية إلى مقتل {cv(n, 'obl')} في {pa}.", [_about(n.value), P(gov)],
                    "approximate-toll")

    def expected_to_rise(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(5, 60), _d(d).place()
        return pair(f"At least {n.en} civilians were killed in {pe}, a figure expected to rise.",
                    f"قُتل {cv(n)} على الأقل في {pa}، في حصيلة مرشحة للارتفاع.", [_bound(n.value, None), P(gov)],
                    "expected-to-rise")
    return [possibly_as_many, conservative, somewhere_between, well_over, zuhaa, not_less, maximum, rose_above,
            approximate, expected_to_rise]


# 5. totals that are not incidents --------------------------------------------------------------


def _agg(t: int) -> list[Check]:
    return [tag("aggregate", incidents(1)), tag("aggregate", no_incident_killed(t))]


def _aggregates() -> list[Family]:
    def first_half(d: Draw) -> Pair:
        k, (pe, pa, gov), t = d.num(3, 20), _d(d).place(), d.rng.randint(300, 1800)
        de, da, _ = d.weekday()
        return pair(f"{k.En} civilians were killed in {pe} on {de}. In the first six months of the year, SOHR documented "
                    f"{t:,} civilian deaths nationwide.",
                    f"قُتل {cv(k)} في {pa} يوم {da}. ووثّق المرصد السوري لحقوق الإنسان خلال النصف الأول من العام "
                    f"مقتل {t} {ar_noun(t, 'civ')} على امتداد الأراضي السورية.", [K(k.value), *_agg(t), P(gov)],
                    "first-half-of-year")

    def weeks_toll(d: Draw) -> Pair:
        k, (pe, pa, gov), t = d.num(3, 12), _d(d).place(), d.rng.randint(25, 90)
        de, da, _ = d.weekday()
        return pair(f"The killing of {k.en} civilians in {pe} on {de} brings this week's civilian toll in the "
                    f"governorate to {t}.",
                    f"يرفع مقتل {cv(k, 'obl')} في {pa} يوم {da} حصيلة القتلى المدنيين في المحافظة هذا الأسبوع إلى "
                    f"{t}.", [K(k.value), *_agg(t), P(gov)], "brings-weeks-toll")

    def since_ceasefire(d: Draw) -> Pair:
        k, (pe, pa, gov), t = d.num(3, 20), _d(d).place(), d.rng.randint(120, 900)
        de, da, _ = d.weekday()
        return pair(f"{k.En} civilians were killed in {pe} on {de}. Since the truce was announced, {t:,} civilians "
                    "have been killed in violations of it.",
                    f"قُتل {cv(k)} في {pa} يوم {da}. ومنذ إعلان الهدنة، قُتل {t} {ar_noun(t, 'civ')} في خروقات لها.",
                    [K(k.value), *_agg(t), P(gov)], "since-truce-violations")

    def annual_report(d: Draw) -> Pair:
        k, (pe, pa, gov), t = d.num(3, 20), _d(d).place(), d.rng.randint(1100, 3600)
        de, da, _ = d.weekday()
        more = f"{k.ar()} مدنيين آخرين" if k.value <= 10 else f"{k.ar()} مدنياً آخر"
        return pair(f"SNHR's yearly toll for 2020 stands at {t:,} civilians killed. On {de}, {k.en} more civilians "
                    f"were killed in {pe}.",
                    f"بلغت الحصيلة السنوية للشبكة السورية لحقوق الإنسان لعام 2020 مقتل {t} {ar_noun(t, 'civ')}. "
                    f"ويوم {da}، قُتل {more} في {pa}.", [K(k.value), *_agg(t), P(gov)], "yearly-toll")

    def since_2011(d: Draw) -> Pair:
        k, (pe, pa, gov), t = d.num(3, 20), _d(d).place(), d.rng.randint(200, 230) * 1000 + d.rng.randint(0, 999)
        de, da, _ = d.weekday()
        return pair(f"{k.En} civilians were killed in {pe} on {de}. The conflict has killed {t:,} civilians over the "
                    "past decade, according to SNHR.",
                    f"قُتل {cv(k)} في {pa} يوم {da}. وقد قتل النزاع {t} {ar_noun(t, 'civ')} خلال العقد الماضي، بحسب "
                    "الشبكة السورية لحقوق الإنسان.", [K(k.value), *_agg(t), P(gov)], "over-the-past-decade")

    def past_24_hours(d: Draw) -> Pair:
        k, (pe, pa, gov), t = d.num(3, 12), _d(d).place(), d.rng.randint(25, 80)
        return pair(f"SOHR counted {t} civilian deaths across Syria in the past 24 hours, including {k.en} in {pe}.",
                    f"أحصى المرصد السوري لحقوق الإنسان مقتل {t} {ar_noun(t, 'civ')} في مختلف المناطق السورية خلال "
                    f"الساعات الـ24 الماضية، بينهم {k.ar()} في {pa}.", [K(k.value), *_agg(t), P(gov)],
                    "past-24-hours")

    def this_year(d: Draw) -> Pair:
        k, (pe, pa, gov), t = d.num(3, 20), _d(d).place(), d.rng.randint(60, 400)
        de, da, _ = d.weekday()
        return pair(f"{k.En} civilians were killed in {pe} on {de}, raising to {t} the number of civilians killed "
                    "in the governorate since the start of the year.",
                    f"قُتل {cv(k)} في {pa} يوم {da}، ليرتفع إلى {t} عدد المدنيين الذين قُتلوا في المحافظة منذ مطلع "
                    "العام.", [K(k.value), *_agg(t), P(gov)], "raising-to")

    def death_toll_stands(d: Draw) -> Pair:
        k, (pe, pa, gov), t = d.num(3, 20), _d(d).place(), d.rng.randint(150, 900)
        de, da, _ = d.weekday()
        return pair(f"The military campaign has now claimed {t:,} civilian lives, after {k.en} civilians were killed "
                    f"in {pe} on {de}.",
                    f"حصدت الحملة العسكرية حتى الآن أرواح {t} {ar_noun(t, 'civ')}، بعد مقتل {cv(k, 'obl')} في {pa} يوم "
                    f"{da}.", [K(k.value), *_agg(t), P(gov)], "campaign-has-claimed")

    def cumulative(d: Draw) -> Pair:
        k, (pe, pa, gov), t = d.num(3, 20), _d(d).place(), d.rng.randint(40, 300)
        de, da, _ = d.weekday()
        return pair(f"{k.En} civilians were killed in {pe} on {de}. In all, {t} civilians have been killed in the "
                    "surrounding area in strikes this winter.",
                    f"قُتل {cv(k)} في {pa} يوم {da}. وفي المجمل، قُتل {t} {ar_noun(t, 'civ')} في المنطقة المحيطة بغارات "
                    "هذا الشتاء.", [K(k.value), *_agg(t), P(gov)], "in-all-this-winter")

    def death_count_reached(d: Draw) -> Pair:
        k, (pe, pa, gov), t = d.num(3, 20), _d(d).place(), d.rng.randint(500, 2500)
        de, da, _ = d.weekday()
        return pair(f"{k.En} civilians were killed in {pe} on {de}. The number of civilians killed by landmines and "
                    f"war remnants in Syria has reached {t:,}, monitors said.",
                    f"قُتل {cv(k)} في {pa} يوم {da}. وبلغ عدد المدنيين الذين قُتلوا بالألغام ومخلفات الحرب في سوريا "
                    f"{t}، بحسب جهات الرصد.", [K(k.value), *_agg(t), P(gov)], "war-remnants-count")
    return [first_half, weeks_toll, since_ceasefire, annual_report, since_2011, past_24_hours, this_year,
            death_toll_stands, cumulative, death_count_reached]


# 6. dates --------------------------------------------------------------------------------------


def _date(day: dt.date) -> Check:
    return tag("date", date_is(day))


def _dates() -> list[Family]:
    def early_on(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), _d(d).place()
        de, da, day = d.weekday()
        return pair(f"{n.En} civilians were killed early on {de} in shelling on {pe}.",
                    f"قُتل {cv(n)} في ساعات الصباح الباكر من يوم {da} في قصف على {pa}.",
                    [_date(day), K(n.value), P(gov)], "early-on-weekday")

    def last_night(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), _d(d).place()
        return pair(f"{n.En} civilians were killed in {pe} late yesterday when a strike hit a crowded street.",
                    f"قُتل {cv(n)} في {pa} في ساعة متأخرة من يوم أمس حين أصابت غارة شارعاً مزدحماً.",
                    [_date(PUBLISHED - dt.timedelta(days=1)), K(n.value), P(gov)], "late-yesterday")

    def day_before_yesterday(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), _d(d).place()
        i = d.rng.randrange(PUBLISHED.weekday())  # a day of this week before publication
        day = PUBLISHED - dt.timedelta(days=PUBLISHED.weekday() - i)
        return pair(f"{n.En} civilians were killed in {pe} on {WEEKDAYS_EN[i]} of this week, the Civil Defence said.",
                    f"قُتل {cv(n)} في {pa} يوم {WEEKDAYS_AR[i]} من هذا الأسبوع، بحسب الدفاع المدني.",
                    [_date(day), K(n.value), P(gov)], "weekday-of-this-week")

    def snhr_full_date(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), _d(d).place()
        day, pub = d.event_day()
        wd_en, wd_ar = WEEKDAYS_EN[day.weekday()], WEEKDAYS_AR[day.weekday()]
        return pair(f"On {wd_en}, {MONTHS_EN[day.month - 1]} {day.day}, {day.year}, {n.en} civilians were killed in "
                    f"{pe}.",
                    f"يوم {wd_ar} {day.day} {MONTHS_EG[day.month - 1]} {day.year}، قُتل {cv(n)} في {pa}.",
                    [_date(day), K(n.value), P(gov)], "weekday-month-day-year", pub)

    def afternoon_of(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), _d(d).place()
        de, da, day = d.weekday()
        return pair(f"Shells hit {pe} in the late afternoon on {de}, killing {n.en} civilians.",
                    f"سقطت قذائف على {pa} في ساعات العصر من يوم {da}، ما أدى إلى مقتل {cv(n, 'obl')}.",
                    [_date(day), K(n.value), P(gov)], "late-afternoon")

    def day_month(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), _d(d).place()
        day, pub = d.event_day()
        return pair(f"{n.En} civilians were killed in {pe} on {day.day} {MONTHS_EN[day.month - 1]}.",
                    f"قُتل {cv(n)} في {pa} في {day.day} {MONTHS_LEV[day.month - 1]}.",
                    [_date(day), K(n.value), P(gov)], "day-month-no-year", pub)

    def at_dusk(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), _d(d).place()
        de, da, day = d.weekday()
        return pair(f"{n.En} civilians were killed at dusk on {de} when shells fell on {pe}.",
                    f"قُتل {cv(n)} عند غروب شمس يوم {da} حين سقطت قذائف على {pa}.",
                    [_date(day), K(n.value), P(gov)], "at-dusk")

    def earlier_today(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), _d(d).place()
        return pair(f"{n.En} civilians were killed in a strike on {pe} a few hours ago.",
                    f"قُتل {cv(n)} في غارة على {pa} قبل ساعات.", [_date(PUBLISHED), K(n.value), P(gov)],
                    "a-few-hours-ago")

    def weekday_last_week(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), _d(d).place()
        i = d.rng.randrange(7)
        day = PUBLISHED - dt.timedelta(days=PUBLISHED.weekday() + 7 - i)  # that weekday of the week before
        return pair(f"{n.En} civilians were killed in {pe} on {WEEKDAYS_EN[i]} of last week.",
                    f"قُتل {cv(n)} في {pa} يوم {WEEKDAYS_AR[i]} من الأسبوع الماضي.",
                    [_date(day), K(n.value), P(gov)], "weekday-of-last-week")

    def dawn_month_day(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), _d(d).place()
        day, pub = d.event_day()
        return pair(f"A strike at dawn on {MONTHS_EN[day.month - 1]} {day.day} killed {n.en} civilians in {pe}.",
                    f"قتلت غارة فجر يوم {day.day} {MONTHS_EG[day.month - 1]} {cv(n, 'obl')} في {pa}.",
                    [_date(day), K(n.value), P(gov)], "dawn-month-day", pub)
    return [early_on, last_night, day_before_yesterday, snhr_full_date, afternoon_of, day_month, at_dusk,
            earlier_today, weekday_last_week, dawn_month_day]


# 7. places -------------------------------------------------------------------------------------


def _places() -> list[Family]:
    def rural(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), _d(d).place(kind=False)
        ge, ga = RURAL8[gov]
        return pair(f"{n.En} civilians were killed in {pe}, in rural {ge}.",
                    f"قُتل {cv(n)} في {pa} بريف {ga}.", [P(gov), K(n.value)], "in-rural-gov")

    def checkpoint(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), _d(d).place()
        return pair(f"{n.En} civilians were killed near a checkpoint in {pe}.",
                    f"قُتل {cv(n)} قرب حاجز في {pa}.", [P(gov), K(n.value)], "near-a-checkpoint")

    def vicinity(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), _d(d).place()
        return pair(f"{n.En} civilians were killed in the orchards around {pe}.",
                    f"قُتل {cv(n)} في البساتين المحيطة ب{pa}.", [P(gov), K(n.value)], "orchards-around")

    def main_street(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), _d(d).place()
        return pair(f"A shell landed in a narrow alley in {pe}, killing {n.en} civilians.",
                    f"سقطت قذيفة في زقاق ضيق في {pa}، ما أدى إلى مقتل {cv(n, 'obl')}.", [P(gov), K(n.value)],
                    "narrow-alley")

    def and_neighbouring(d: Draw) -> Pair:
        n, ((e1, a1), (e2, a2), gov) = d.num(), _d(d).two_places()
        return pair(f"{n.En} civilians were killed in strikes on {e1} and neighbouring {e2}.",
                    f"قُتل {cv(n)} في غارات على {a1} و{a2} المجاورة.", [P(gov), K(n.value)], "and-neighbouring")

    def km_from(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), _d(d).place(kind=False)
        (se, sa) = d.rng.choice([("east", "شرق"), ("west", "غرب"), ("north", "شمال"), ("south", "جنوب")])
        return pair(f"{n.En} civilians were killed on a farm about two kilometres {se} of {pe}.",
                    f"قُتل {cv(n)} في مزرعة على بعد نحو كيلومترين {sa} {pa}.", [P(gov), K(n.value)], "km-from")

    def old_quarter(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), _d(d).place(kind=False)
        return pair(f"{n.En} civilians were killed in the western neighbourhoods of {pe}.",
                    f"قُتل {cv(n)} في الأحياء الغربية من {pa}.", [P(gov), K(n.value)], "western-neighbourhoods")

    def outskirts(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), _d(d).place()
        return pair(f"{n.En} civilians were killed on the eastern edge of {pe}.",
                    f"قُتل {cv(n)} عند الأطراف الشرقية {_li(pa)}.", [P(gov), K(n.value)], "eastern-edge")

    def near_square(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), _d(d).place(kind=False)
        return pair(f"{n.En} civilians were killed near the central square of {pe}.",
                    f"قُتل {cv(n)} قرب الساحة الرئيسية في {pa}.", [P(gov), K(n.value)], "central-square")

    def displaced_from(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), _d(d).place()
        return pair(f"{n.En} civilians who had recently returned to {pe} were killed there by shelling.",
                    f"قُتل {cv(n)} كانوا قد عادوا مؤخراً إلى {pa}، جراء قصف على المنطقة.", [P(gov), K(n.value)],
                    "recently-returned")
    return [rural, checkpoint, vicinity, main_street, and_neighbouring, km_from, old_quarter, outskirts, near_square,
            displaced_from]


# 8. perpetrators -------------------------------------------------------------------------------


def _perp(code: str) -> Check:
    return tag("perpetrator", perpetrator_check(code))


def _perpetrators() -> list[Family]:
    def attributed_to(d: Draw) -> Pair:
        n, (pe, pa, gov), (ae, aa, code, _) = d.num(), _d(d).place(), _d(d).actor8()
        return pair(f"{n.En} civilians were killed in {pe} in an attack that monitors pinned on {ae}.",
                    f"قُتل {cv(n)} في {pa} في هجوم نسبه مراقبون إلى {aa}.", [_perp(code), K(n.value), P(gov)],
                    "pinned-on")

    def from_positions(d: Draw) -> Pair:
        n, (pe, pa, gov), (ae, aa, code, _) = d.num(), _d(d).place(), _d(d).actor8(GROUND8)
        return pair(f"Shells launched from areas held by {ae} killed {n.en} civilians in {pe}.",
                    f"قتلت قذائف أُطلقت من مناطق انتشار {aa} {cv(n, 'obl')} في {pa}.", [_perp(code), K(n.value), P(gov)],
                    "from-areas-held-by")

    def stormed(d: Draw) -> Pair:
        n, (pe, pa, gov), (ae, aa, code, g) = d.num(), _d(d).place(), _d(d).actor8(GROUND8)
        return pair(f"{_cap(ae)} stormed {pe} and killed {n.en} civilians.",
                    f"اقتحم{_t(g)} {aa} {pa} و{'قتلوا' if aa.startswith('عناصر') else 'قتل' + _t(g)} {cv(n, 'obl')}.", [_perp(code), K(n.value), P(gov)],
                    "stormed")

    def witnesses_said(d: Draw) -> Pair:
        n, (pe, pa, gov), (ae, aa, code, _) = d.num(), _d(d).place(), _d(d).actor8()
        return pair(f"Witnesses pointed to {ae} as the perpetrators of the attack on {pe} that killed {n.en} civilians.",
                    f"أشار شهود عيان إلى {aa} بوصفها الجهة المنفذة للهجوم على {pa} الذي قتل {cv(n, 'obl')}.",
                    [_perp(code), K(n.value), P(gov)], "witnesses-pointed-to")

    def targeted_by(d: Draw) -> Pair:
        n, (pe, pa, gov), (ae, aa, code, _) = d.num(), _d(d).place(), _d(d).actor8()
        return pair(f"{_cap(pe)} came under attack by {ae}; {n.en} civilians were killed.",
                    f"تعرّضت {pa} لهجوم من {aa}، ما أسفر عن مقتل {cv(n, 'obl')}.",
                    [_perp(code), K(n.value), P(gov)], "came-under-attack-by")

    def carried_out_by(d: Draw) -> Pair:
        n, (pe, pa, gov), (ae, aa, code, _) = d.num(), _d(d).place(), _d(d).actor8()
        return pair(f"The attack on {pe}, which killed {n.en} civilians, was carried out by {ae}, SNHR said.",
                    f"قالت الشبكة السورية لحقوق الإنسان إن الهجوم على {pa}، الذي قتل {cv(n, 'obl')}، نفّذته {aa}." if
                    aa.startswith("مروحيات") else
                    f"قالت الشبكة السورية لحقوق الإنسان إن الهجوم على {pa}، الذي قتل {cv(n, 'obl')}، نفّذه {aa}.",
                    [_perp(code), K(n.value), P(gov)], "carried-out-by")

    def raided(d: Draw) -> Pair:
        n, (pe, pa, gov), (ae, aa, code, g) = d.num(), _d(d).place(), _d(d).actor8(GROUND8)
        return pair(f"{_cap(ae)} raided homes in {pe}, killing {n.en} civilians.",
                    f"داهم{_t(g)} {aa} منازل في {pa}، ما أدى إلى مقتل {cv(n, 'obl')}.",
                    [_perp(code), K(n.value), P(gov)], "raided-homes")

    def helicopters(d: Draw) -> Pair:
        n, (pe, pa, gov), (ae, aa, code, g) = d.num(), _d(d).place(), _d(d).actor8(AIR8)
        return pair(f"{_cap(ae)} fired on a car in {pe}, killing {n.en} civilians inside it.",
                    f"أطلق{_t(g)} {aa} النار على سيارة في {pa}، ما أدى إلى مقتل {cv(n, 'obl')} كانوا بداخلها.",
                    [_perp(code), K(n.value), P(gov)], "fired-on-a-car")

    def blamed(d: Draw) -> Pair:
        n, (pe, pa, gov), (ae, aa, code, _) = d.num(), _d(d).place(), _d(d).actor8()
        return pair(f"Residents of {pe} blamed {ae} for the attack that killed {n.en} civilians.",
                    f"ألقى أهالي {pa} باللوم على {aa} في الهجوم الذي قتل {cv(n, 'obl')}.",
                    [_perp(code), K(n.value), P(gov)], "residents-blamed")

    def committed(d: Draw) -> Pair:
        n, (pe, pa, gov), (ae, aa, code, g) = d.num(), _d(d).place(), _d(d).actor8(GROUND8)
        return pair(f"{_cap(ae)} perpetrated a massacre in {pe}, killing {n.en} civilians.",
                    f"اقترف{_t(g)} {aa} مجزرة في {pa} راح ضحيتها {cv(n)}.",
                    [_perp(code), K(n.value), P(gov)], "perpetrated-a-massacre")
    return [attributed_to, from_positions, stormed, witnesses_said, targeted_by, carried_out_by, raided, helicopters,
            blamed, committed]


# 9. weapons ------------------------------------------------------------------------------------


def _weapon(code: str) -> Check:
    return tag("weapon", weapon_check(code))


def _weapons() -> list[Family]:
    def struck_by(d: Draw) -> Pair:
        n, (pe, pa, gov), (we, wa, code, _) = d.num(), _d(d).place(), _d(d).arm(FIRED8)
        return pair(f"{n.En} civilians were killed when {we} struck {pe}.",
                    f"قُتل {cv(n)} حين ضربت {wa} {pa}.", [_weapon(code), K(n.value), P(gov)], "struck-by")

    def targeting_with(d: Draw) -> Pair:
        n, (pe, pa, gov), (we, wa, code, _) = d.num(), _d(d).place(), _d(d).arm(FIRED8)
        return pair(f"{n.En} civilians were killed in the targeting of {pe} with {we}.",
                    f"قُتل {cv(n)} جراء استهداف {pa} ب{wa}.", [_weapon(code), K(n.value), P(gov)], "targeting-with")

    def van_exploded(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), _d(d).place()
        we, wa, code, _ = VAN8
        return pair(f"{n.En} civilians were killed when {we} exploded in a busy street in {pe}.",
                    f"قُتل {cv(n)} حين انفجرت {wa} في شارع مكتظ في {pa}.", [_weapon(code), K(n.value), P(gov)],
                    "van-exploded")

    def volley(d: Draw) -> Pair:
        n, (pe, pa, gov), (we, wa, code, _) = d.num(), _d(d).place(), _d(d).arm(FIRED8)
        return pair(f"A volley of {we} hit {pe}, killing {n.en} civilians.",
                    f"أصابت رشقة من {wa} {pa}، ما أدى إلى مقتل {cv(n, 'obl')}.", [_weapon(code), K(n.value), P(gov)],
                    "a-volley-of")

    def parked(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), _d(d).place()
        we, wa, code, _ = VAN8
        return pair(f"{_cap(we)} parked outside a shop in {pe} went off, killing {n.en} civilians.",
                    f"انفجرت {wa} كانت مركونة أمام محل تجاري في {pa}، ما أدى إلى مقتل {cv(n, 'obl')}.",
                    [_weapon(code), K(n.value), P(gov)], "parked-went-off")

    def used_in(d: Draw) -> Pair:
        n, (pe, pa, gov), (we, wa, code, _) = d.num(), _d(d).place(), _d(d).arm(FIRED8)
        return pair(f"{_cap(we)} were employed in the assault on {pe}, in which {n.en} civilians were killed.",
                    f"استُعملت {wa} في الهجوم على {pa}، الذي قُتل فيه {cv(n)}.", [_weapon(code), K(n.value), P(gov)],
                    "were-employed")

    def bombarded_with(d: Draw) -> Pair:
        n, (pe, pa, gov), (we, wa, code, _) = d.num(), _d(d).place(), _d(d).arm(FIRED8)
        return pair(f"{_cap(pe)} came under a barrage of {we}; {n.en} civilians died.",
                    f"تعرّضت {pa} لوابل من {wa}، ما أسفر عن وفاة {cv(n, 'obl')}.", [_weapon(code), K(n.value), P(gov)],
                    "came-under-a-barrage")

    def remains_found(d: Draw) -> Pair:
        n, (pe, pa, gov), (we, wa, code, _) = d.num(), _d(d).place(), _d(d).arm(FIRED8)
        return pair(f"{n.En} civilians were killed in {pe}; remnants of {we} were found at the scene.",
                    f"قُتل {cv(n)} في {pa}، وعُثر في المكان على بقايا {wa}.", [_weapon(code), K(n.value), P(gov)],
                    "remnants-found")

    def detonated(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), _d(d).place()
        we, wa, code, _ = VAN8
        return pair(f"Unknown persons detonated {we} at a market entrance in {pe}, killing {n.en} civilians.",
                    f"فجّر مجهولون {wa} عند مدخل سوق في {pa}، ما أدى إلى مقتل {cv(n, 'obl')}.",
                    [_weapon(code), K(n.value), P(gov)], "unknown-persons-detonated")

    def launched_at(d: Draw) -> Pair:
        n, (pe, pa, gov), (we, wa, code, _) = d.num(), _d(d).place(), _d(d).arm(FIRED8)
        return pair(f"{n.En} civilians were killed after {we} were launched at {pe}.",
                    f"قُتل {cv(n)} بعد إطلاق {wa} على {pa}.", [_weapon(code), K(n.value), P(gov)], "launched-at")
    return [struck_by, targeting_with, van_exploded, volley, parked, used_in, bombarded_with, remains_found,
            detonated, launched_at]


# 10. targets -----------------------------------------------------------------------------------


def _target(code: str) -> Check:
    return tag("target", target(code))


def _targets() -> list[Family]:
    def damaged(d: Draw) -> Pair:
        n, (pe, pa, gov), (te, _, tacc, code, _) = d.num(), _d(d).place(), _d(d).site(BUILDINGS8)
        return pair(f"Shelling left {article(te)} in {pe} in ruins and killed {n.en} civilians.",
                    f"حوّل القصف {tacc} في {pa} إلى ركام وقتل {cv(n, 'obl')}.", [_target(code), K(n.value), P(gov)],
                    "left-in-ruins")

    def was_targeted(d: Draw) -> Pair:
        n, (pe, pa, gov), (te, ta, _, code, g) = d.num(), _d(d).place(), _d(d).site()
        return pair(f"{_cap(article(te))} in {pe} was targeted by a strike that killed {n.en} civilians.",
                    f"استُهدف{_t(g)} {ta} في {pa} بغارة أدت إلى مقتل {cv(n, 'obl')}.",
                    [_target(code), K(n.value), P(gov)], "was-targeted")

    def landed_directly(d: Draw) -> Pair:
        n, (pe, pa, gov), (te, ta, _, code, _) = d.num(), _d(d).place(), _d(d).site()
        return pair(f"A shell landed directly on {article(te)} in {pe}, killing {n.en} civilians.",
                    f"سقطت قذيفة مباشرة على {ta} في {pa}، ما أدى إلى مقتل {cv(n, 'obl')}.",
                    [_target(code), K(n.value), P(gov)], "landed-directly-on")

    def flattened(d: Draw) -> Pair:
        n, (pe, pa, gov), (te, ta, _, code, _) = d.num(), _d(d).place(), _d(d).site(BUILDINGS8)
        return pair(f"A strike brought down {article(te)} in {pe}, killing {n.en} civilians.",
                    f"أدت غارة إلى انهيار {ta} في {pa}، ما أسفر عن مقتل {cv(n, 'obl')}.",
                    [_target(code), K(n.value), P(gov)], "brought-down")

    def ablaze(d: Draw) -> Pair:
        n, (pe, pa, gov), (te, ta, _, code, _) = d.num(), _d(d).place(), _d(d).site()
        return pair(f"A strike caused a fire at {article(te)} in {pe}, killing {n.en} civilians.",
                    f"تسببت غارة باندلاع حريق في {ta} في {pa}، ما أدى إلى مقتل {cv(n, 'obl')}.",
                    [_target(code), K(n.value), P(gov)], "caused-a-fire")

    def struck_twice(d: Draw) -> Pair:
        n, (pe, pa, gov), (te, _, tacc, code, _) = d.num(), _d(d).place(), _d(d).site()
        return pair(f"Warplanes struck {article(te)} in {pe} twice within an hour, killing {n.en} civilians.",
                    f"قصفت طائرات حربية {tacc} في {pa} مرتين خلال ساعة، ما أدى إلى مقتل {cv(n, 'obl')}.",
                    [_target(code), K(n.value), P(gov)], "struck-twice")

    def partly_destroyed(d: Draw) -> Pair:
        n, (pe, pa, gov), (te, ta, _, code, g) = d.num(), _d(d).place(), _d(d).site()
        return pair(f"{n.En} civilians were killed and {article(te)} in {pe} was partly destroyed in the shelling.",
                    f"قُتل {cv(n)} ودُمّر{_t(g)} {ta} في {pa} جزئياً جراء القصف.",
                    [_target(code), K(n.value), P(gov)], "partly-destroyed")

    def took_a_hit(d: Draw) -> Pair:
        n, (pe, pa, gov), (te, ta, _, code, _) = d.num(), _d(d).place(), _d(d).site()
        return pair(f"{n.En} civilians were killed in {pe} when a rocket hit {article(te)}.",
                    f"قُتل {cv(n)} في {pa} حين أصاب صاروخ {ta}.", [_target(code), K(n.value), P(gov)],
                    "a-rocket-hit")

    def attack_on(d: Draw) -> Pair:
        n, (pe, pa, gov), (te, ta, _, code, _) = d.num(), _d(d).place(), _d(d).site()
        return pair(f"SNHR condemned the attack on {article(te)} in {pe}, which killed {n.en} civilians.",
                    f"أدانت الشبكة السورية لحقوق الإنسان الهجوم على {ta} في {pa}، الذي أدى إلى مقتل {cv(n, 'obl')}.",
                    [_target(code), K(n.value), P(gov)], "condemned-the-attack-on")

    def drone_hit(d: Draw) -> Pair:
        n, (pe, pa, gov), (te, ta, _, code, _) = d.num(), _d(d).place(), _d(d).site()
        return pair(f"{n.En} civilians were killed in a strike that hit {article(te)} on the outskirts of {pe}.",
                    f"قُتل {cv(n)} في غارة أصابت {ta} على أطراف {pa}.", [_target(code), K(n.value), P(gov)],
                    "hit-on-the-outskirts")
    return [damaged, was_targeted, landed_directly, flattened, ablaze, struck_twice, partly_destroyed, took_a_hit,
            attack_on, drone_hit]


SPECS8: dict[str, list[Family]] = {
    "numbers": _numbers(), "killed_injured": _killed_injured(), "subgroups": _subgroups(), "bounds": _bounds(),
    "aggregates": _aggregates(), "dates": _dates(), "places": _places(), "perpetrators": _perpetrators(),
    "weapons": _weapons(), "targets": _targets(),
}
# The filler tables in the shape of ``checklist_parallel_templates``' (English and Arabic first), for the
# tests that no two halves and no other checklist share a filler.
FILLERS8_HELD: dict[str, list[tuple[str, ...]]] = {
    "places": [p[:3] for p in PLACES8], "actors": list(ACTORS8), "weapons": list(WEAPONS8),
    "targets": [t[:4] for t in TARGETS8],
}
