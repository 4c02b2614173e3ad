"""A seventh held-out half of the parallel set (``held7``), written after held4, held5 and held6 had been run and
tuned on, while the extractor was being changed by others, and before any run of its own (the extractor was not
run on it while it was written), so that it measures issue 15's goal on wording nobody has tuned on. It runs
only when named, with tables only: ``checklist_parallel`` never shows its individual failures (not even with
``--show-held``), so that nobody tunes on it.

It has ten templates per phenomenon (100 in all), so that one template is a small share of a phenomenon's
rate. Its places, actors, weapons and targets are its own (the filler tables below; a test checks that none
of them, in either language, appears in any other checklist file, and that each place is a name of the
shipped gazetteer in one governorate in both spellings), and so are its wordings: everyday ways monitors
phrase each field that the other halves do not use.
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
    last_weekday,
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

HALF = "held7"

# (English, Arabic, admin1 as the geocoder gives it, kind in English, kind in Arabic): both spellings are
# names of the shipped gazetteer in that governorate alone, and none is in another half or checklist.
PLACES7 = [
    ("Dhibbin", "ذيبين", "Sweida", "village", "قرية"), ("Ariqa", "العريقة", "Sweida", "town", "بلدة"),
    ("Hasyaa", "حسياء", "Homs", "town", "بلدة"), ("Mahin", "مهين", "Homs", "town", "بلدة"),
    ("Al Janudiyah", "الجانودية", "Idlib", "town", "بلدة"), ("Ehsem", "احسم", "Idlib", "town", "بلدة"),
    ("Ad Duraykish", "الدريكيش", "Tartus", "town", "بلدة"), ("Al Qadmus", "القدموس", "Tartus", "town", "بلدة"),
    ("Ashara", "عشارة", "Deir ez-Zor", "town", "بلدة"), ("Dimas", "الديماس", "Rural Damascus", "town", "بلدة"),
    ("As-Saan", "السعن", "Hama", "town", "بلدة"), ("Fakhura", "الفاخورة", "Latakia", "village", "قرية"),
    ("Mansura", "المنصورة", "Raqqa", "town", "بلدة"),
]
# (English, Arabic, code, Arabic gender for the verb's agreement, English number: s(ingular) or p(lural))
GROUND7 = [
    ("Islamic State cells", "خلايا تنظيم الدولة", "ISIS", "f", "p"),
    ("Wagner mercenaries", "مرتزقة فاغنر", "RUS", "f", "p"),
    ("the National Liberation Front", "الجبهة الوطنية للتحرير", "OPPOSITION", "f", "s"),
    ("Kataib Hezbollah", "كتائب حزب الله", "IRN", "f", "p"),
]
AIR7 = [("Syrian MiG jets", "طائرات الميغ السورية", "SYR_GOV", "f", "p"),
        ("Russian Sukhoi jets", "طائرات السوخوي الروسية", "RUS", "f", "p")]
ACTORS7 = GROUND7 + AIR7
HOLDING7 = GROUND7[2:]  # the ground forces that hold territory and run prisons
# (English with its article, Arabic, code, Arabic gender)
MINE7 = ("an anti-tank mine", "لغم مضاد للدبابات", "landmine_erw", "m")
VACUUM7 = ("vacuum missiles", "صواريخ فراغية", "missile", "f")
MOTO7 = ("a motorcycle bomb", "دراجة مفخخة", "car_bomb", "f")
DUSHKA7 = ("Dushka machine guns", "رشاشات دوشكا", "small_arms", "f")
FALAQ7 = ("Falaq rockets", "صواريخ فلق", "rocket", "f")
GUNS7 = ("field guns", "مدافع ميدانية", "artillery", "f")
BAYRAKTAR7 = ("a Bayraktar drone", "طائرة بيرقدار", "drone", "f")
WEAPONS7 = [MINE7, VACUUM7, MOTO7, DUSHKA7, FALAQ7, GUNS7, BAYRAKTAR7]
# (English, Arabic, Arabic as an object (accusative), code, Arabic gender)
CLINIC7 = ("mobile clinic", "عيادة متنقلة", "عيادة متنقلة", "medical", "f")
INSTITUTE7 = ("technical institute", "معهد تقني", "معهداً تقنياً", "school", "m")
DEPOT7 = ("fuel depot", "مستودع وقود", "مستودع وقود", "water_power", "m")
TENTS7 = ("tent settlement", "تجمع خيام", "تجمع خيام", "idp_camp", "m")
LODGE7 = ("Sufi lodge", "زاوية صوفية", "زاوية صوفية", "place_of_worship", "f")
TRUCK7 = ("refrigerated truck", "شاحنة مبردة", "شاحنة مبردة", "vehicle", "f")
MARKET7 = ("weekly market", "سوق أسبوعي", "سوقاً أسبوعياً", "market", "m")
TARGETS7 = [CLINIC7, INSTITUTE7, DEPOT7, TENTS7, LODGE7, TRUCK7, MARKET7]
SITES7 = [CLINIC7, INSTITUTE7, DEPOT7, TENTS7, LODGE7, MARKET7]


class Draw7H(Draw):
    """``Draw`` over this half's own fillers (``Draw`` reads the tables of the other halves by name)."""

    def place(self, kind: bool = True) -> tuple[str, str, str]:
        return place_from(self.rng, PLACES7, kind)

    def two_places(self) -> tuple[tuple[str, str], tuple[str, str], str]:
        """Two places of one governorate: ((en, ar), (en, ar), admin1)."""
        return two_places_from(self.rng, PLACES7)

    def actor7(self, pool: Sequence[tuple[str, str, str, str, str]] = GROUND7) -> tuple[str, str, str, str, str]:
        return self.rng.choice(list(pool))

    def arm(self, pool: Sequence[tuple[str, str, str, str]]) -> tuple[str, str, str, str]:
        return self.rng.choice(list(pool))

    def site(self, pool: Sequence[tuple[str, str, str, str, str]] = TARGETS7) -> tuple[str, str, str, str, str]:
        return self.rng.choice(list(pool))


def _d(d: Draw) -> Draw7H:
    assert isinstance(d, Draw7H), "the held7 families draw from held7's fillers"
    return d





def _t(g: str) -> str:
    """The feminine ending of a past-tense verb whose subject is feminine."""
    return "ت" if g == "f" else ""


# 1. numbers ------------------------------------------------------------------------------------


def _numbers() -> list[Family]:
    def are_dead_after(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), _d(d).place()
        return pair(f"{n.En} civilians are dead after a strike on {pe}.",
                    f"قضى {cv(n)} جراء غارة على {pa}.", [K(n.value), P(gov)], "are-dead-after")

    def cost_lives(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), _d(d).place()
        return pair(f"The shelling of {pe} cost {n.en} civilians their lives.",
                    f"كلّف القصف على {pa} {cv(n, 'obl')} حياتهم.", [K(n.value), P(gov)], "cost-lives")

    def funerals(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), _d(d).place()
        return pair(f"Funerals were held in {pe} for {n.en} civilians killed in the strike.",
                    f"شُيّع في {pa} {cv(n)} قُتلوا في الغارة.", [K(n.value), P(gov)], "funerals-held")

    def confirmed_deaths(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), _d(d).place()
        return pair(f"The Civil Defence confirmed the deaths of {n.en} civilians in {pe}.",
                    f"أكد الدفاع المدني وفاة {cv(n, 'obl')} في {pa}.", [K(n.value), P(gov)], "confirmed-deaths")

    def did_not_survive(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(3, 20), _d(d).place()
        return pair(f"{n.En} civilians did not survive the strike on {pe}.",
                    f"لم ينجُ {cv(n)} من الغارة على {pa}.", [K(n.value), P(gov)], "did-not-survive")

    def deadliest_this_week(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), _d(d).place()
        return pair(f"The strike on {pe} was the deadliest this week, killing {n.en} civilians.",
                    f"كانت الغارة على {pa} الأكثر دموية هذا الأسبوع، إذ قتلت {cv(n, 'obl')}.", [K(n.value), P(gov)],
                    "deadliest-this-week")

    def relatives_identified(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), _d(d).place()
        return pair(f"Relatives identified the bodies of {n.en} civilians killed in {pe}.",
                    f"تعرّف ذوو الضحايا على جثث {cv(n, 'obl')} قُتلوا في {pa}.", [K(n.value), P(gov)],
                    "relatives-identified")

    def called_massacre(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), _d(d).place()
        return pair(f"{n.En} civilians were killed in {pe} in what activists called a massacre.",
                    f"قُتل {cv(n)} في {pa} فيما وصفه ناشطون بالمجزرة.", [K(n.value), P(gov)], "called-a-massacre")

    def fresh_strike(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), _d(d).place()
        return pair(f"{n.En} civilians were killed in a fresh strike on {pe}.",
                    f"قُتل {cv(n)} في غارة جديدة على {pa}.", [K(n.value), P(gov)], "fresh-strike")

    def reported_killed(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), _d(d).place()
        return pair(f"{n.En} civilians were reported killed in {pe}.",
                    f"أفيد بمقتل {cv(n, 'obl')} في {pa}.", [K(n.value), P(gov)], "reported-killed")
    return [are_dead_after, cost_lives, funerals, confirmed_deaths, did_not_survive, deadliest_this_week,
            relatives_identified, called_massacre, fresh_strike, reported_killed]


# 2. killed and injured together ----------------------------------------------------------------


def _inj(n: int) -> Check:
    return tag("injured", injured(n))


def _killed_injured() -> list[Family]:
    def critical(d: Draw) -> Pair:
        k, i, (pe, pa, gov) = d.num(3, 12), d.num(13, 45), _d(d).place()
        return pair(f"{k.En} civilians were killed and {i.en} wounded, some critically, in {pe}.",
                    f"قُتل {cv(k)} وأُصيب {cv(i)}، بعضهم في حالة حرجة، في {pa}.",
                    [K(k.value), _inj(i.value), P(gov)], "some-critically")

    def left_injured(d: Draw) -> Pair:
        k, i, (pe, pa, gov) = d.num(3, 12), d.num(13, 45), _d(d).place()
        return pair(f"The strike on {pe} killed {k.en} civilians and left {i.en} others injured.",
                    f"قتلت الغارة على {pa} {cv(k, 'obl')} وأصابت {i.ar('obl')} آخرين بجروح.",
                    [K(k.value), _inj(i.value), P(gov)], "left-others-injured")

    def deaths_injuries(d: Draw) -> Pair:
        k, i, (pe, pa, gov) = d.num(3, 12), d.num(13, 45), _d(d).place()
        return pair(f"The strike on {pe} caused {k.en} deaths and {i.en} injuries among civilians.",
                    f"خلّفت الغارة على {pa} {cv(k, 'obl', 'dead')} و{cv(i, 'obl', 'wounded')} بين المدنيين.",
                    [K(k.value), _inj(i.value), P(gov)], "deaths-and-injuries")

    def put_toll(d: Draw) -> Pair:
        k, i, (pe, pa, gov) = d.num(3, 12), d.num(13, 45), _d(d).place()
        return pair(f"Medical sources in {pe} put the toll at {k.en} dead and {i.en} wounded.",
                    f"قدّرت مصادر طبية في {pa} الحصيلة ب{cv(k, 'obl', 'dead')} و{cv(i, 'obl', 'wounded')}.",
                    [K(k.value), _inj(i.value), P(gov)], "put-the-toll-at")

    def no_fatalities(d: Draw) -> Pair:
        i, (pe, pa, gov) = d.num(), _d(d).place()
        return pair(f"{i.En} civilians were injured in {pe}, none of them fatally.",
                    f"أُصيب {cv(i)} في {pa}، دون أن تُسجَّل أي حالة وفاة بينهم.",
                    [_inj(i.value), tag("killed", killed_none()), P(gov)], "none-fatally")

    def blast(d: Draw) -> Pair:
        k, i, (pe, pa, gov) = d.num(3, 12), d.num(13, 45), _d(d).place()
        return pair(f"The blast wounded {i.en} civilians in {pe} and killed {k.en} more.",
                    f"أصاب الانفجار {cv(i, 'obl')} في {pa} وقتل {k.ar()} آخرين.",
                    [K(k.value), _inj(i.value), P(gov)], "blast-wounded-and-killed")

    def wounded_reached(d: Draw) -> Pair:
        k, i, (pe, pa, gov) = d.num(3, 12), d.num(13, 45), _d(d).place()
        return pair(f"The attack on {pe} killed {k.en} civilians; the number of wounded reached {i.en}.",
                    f"قتل الهجوم على {pa} {cv(k, 'obl')}، فيما وصل عدد الجرحى إلى {i.ar('obl')}.",
                    [K(k.value), _inj(i.value), P(gov)], "wounded-reached")

    def another(d: Draw) -> Pair:
        k, i, (pe, pa, gov) = d.num(3, 12), d.num(13, 45), _d(d).place()
        return pair(f"{k.En} civilians were killed in {pe}. Another {i.en} were injured.",
                    f"قُتل {cv(k)} في {pa}. وأُصيب {i.ar()} آخرون.",
                    [K(k.value), _inj(i.value), P(gov)], "another-in-next-sentence")

    def is_the_toll(d: Draw) -> Pair:
        k, i, (pe, pa, gov) = d.num(3, 12), d.num(13, 45), _d(d).place()
        return pair(f"{k.En} dead and {i.en} wounded is the toll of the shelling on {pe}.",
                    f"{cv(k, 'nom', 'dead')} و{cv(i, 'nom', 'wounded')} حصيلة القصف على {pa}.",
                    [K(k.value), _inj(i.value), P(gov)], "is-the-toll")

    def dead_on_arrival(d: Draw) -> Pair:
        k, i, (pe, pa, gov) = d.num(3, 12), d.num(13, 45), _d(d).place()
        return pair(f"Doctors in {pe} said {k.en} civilians were dead on arrival and {i.en} were admitted with wounds.",
                    f"قال أطباء في {pa} إن {cv(k, 'obl')} وصلوا متوفين، وإن {i.ar('obl')} آخرين أُدخلوا مصابين بجروح.",
                    [K(k.value), _inj(i.value), P(gov)], "dead-on-arrival")
    return [critical, left_injured, deaths_injuries, put_toll, no_fatalities, blast, wounded_reached, another,
            is_the_toll, dead_on_arrival]


# 3. victim sub-groups --------------------------------------------------------------------------


def _sub(name: str, n: int) -> Check:
    return tag("subgroups", subgroup(name, n))


def _subgroups() -> list[Family]:
    def grandmother(d: Draw) -> Pair:
        c, (pe, pa, gov) = d.num(3, 7), _d(d).place()
        n = d.num(c.value + 2, 30)
        return pair(f"{n.En} civilians were killed in {pe}, a grandmother and {c.en} of her grandchildren among them.",
                    f"قُتل {cv(n)} في {pa}، بينهم جدة و{c.ar()} من أحفادها.",
                    [K(n.value), _sub("children", c.value), _sub("women", 1), P(gov)], "grandmother-and-grandchildren")

    def next_sentence(d: Draw) -> Pair:
        c, (pe, pa, gov) = d.num(3, 9), _d(d).place()
        w = _same_form(d.rng.randint(3, 6), c)
        n = _same_form(c.value + w.value + d.rng.randint(1, 10), c)
        return pair(f"{n.En} civilians were killed in {pe}. There were {c.en} children and {w.en} women among them.",
                    f"قُتل {cv(n)} في {pa}. وكان بينهم {cv(c, 'nom', 'children')} و{cv(w, 'nom', 'women')}.",
                    [K(n.value), _sub("children", c.value), _sub("women", w.value), P(gov)], "breakdown-next-sentence")

    def along_with(d: Draw) -> Pair:
        c, (pe, pa, gov) = d.num(3, 9), _d(d).place()
        w = _same_form(d.rng.randint(3, 6), c)
        n = _same_form(c.value + w.value + d.rng.randint(1, 10), c)
        return pair(f"{n.En} civilians were killed in {pe}; {c.en} children were among the dead, along with {w.en} women.",
                    f"قُتل {cv(n)} في {pa}، وكان بين القتلى {cv(c, 'nom', 'children')} إلى جانب {cv(w, 'obl', 'women')}.",
                    [K(n.value), _sub("children", c.value), _sub("women", w.value), P(gov)], "along-with-women")

    def playing(d: Draw) -> Pair:
        c, (pe, pa, gov) = d.num(3, 9), _d(d).place()
        n = d.num(c.value + 2, 30)
        return pair(f"{n.En} civilians were killed in {pe}, {c.en} of them children who were playing outside.",
                    f"قُتل {cv(n)} في {pa}، {c.ar()} منهم أطفال كانوا يلعبون خارج منازلهم.",
                    [K(n.value), _sub("children", c.value), P(gov)], "children-playing-outside")

    def elderly_women(d: Draw) -> Pair:
        w, (pe, pa, gov) = d.num(3, 6), _d(d).place()
        n = d.num(w.value + 2, 30)
        return pair(f"{n.En} civilians were killed in {pe}, including {w.en} elderly women.",
                    f"قُتل {cv(n)} في {pa}، بينهم {cv(w, 'nom', 'women')} مسنّات.",
                    [K(n.value), _sub("women", w.value), P(gov)], "elderly-women")

    def twins(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(4, 20), _d(d).place()
        return pair(f"{n.En} civilians were killed in {pe}, including twin girls aged three.",
                    f"قُتل {cv(n)} في {pa}، بينهم طفلتان توأمان في الثالثة من عمرهما.",
                    [K(n.value), _sub("children", 2), P(gov)], "twin-girls")

    def same_family(d: Draw) -> Pair:
        c, (pe, pa, gov) = d.num(3, 8), _d(d).place()
        n = d.num(c.value + 2, 30)
        return pair(f"{n.En} civilians were killed in {pe}, including {c.en} children from the same family.",
                    f"قُتل {cv(n)} في {pa}، بينهم {cv(c, 'nom', 'children')} من عائلة واحدة.",
                    [K(n.value), _sub("children", c.value), P(gov)], "children-same-family")

    def mother_newborn(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(4, 25), _d(d).place()
        return pair(f"A mother and her newborn were among {n.en} civilians killed in {pe}.",
                    f"كانت أم ورضيعها من بين {cv(n, 'obl')} قُتلوا في {pa}.",
                    [K(n.value), _sub("children", 1), _sub("women", 1), P(gov)], "mother-and-newborn")

    def c_of_n(d: Draw) -> Pair:
        c, (pe, pa, gov) = d.num(3, 8), _d(d).place()
        n = d.num(c.value + 2, 30)
        return pair(f"{n.En} civilians were killed in {pe}, including a father and {c.en} of his children.",
                    f"قُتل {cv(n)} في {pa}، بينهم أب و{c.ar()} من أطفاله.",
                    [K(n.value), _sub("children", c.value), P(gov)], "father-and-his-children")

    def women_returning(d: Draw) -> Pair:
        w, (pe, pa, gov) = d.num(3, 6), _d(d).place()
        n = d.num(w.value + 2, 30)
        return pair(f"{n.En} civilians were killed in {pe}; {w.en} of the victims were women returning from the fields.",
                    f"قُتل {cv(n)} في {pa}، {w.ar(fem=True)} من الضحايا نساء كنّ عائدات من الحقول.",
                    [K(n.value), _sub("women", w.value), P(gov)], "women-returning")
    return [grandmother, next_sentence, along_with, playing, elderly_women, twins, same_family, mother_newborn,
            c_of_n, women_returning]


# 4. bounds -------------------------------------------------------------------------------------


def _bound(low: int | None, high: int | None) -> Check:
    return tag("bounds", killed_bounds(low, high))


def _low(n: int) -> Check:
    """"more than N": N or N+1 as the lower bound, no upper bound."""
    return tag("bounds", killed_low_in([n, n + 1], None))


def _round(d: Draw) -> Num:
    """A round figure, as "in the region of", "a little over" and "has topped" go with, in either form."""
    return _same_form(d.rng.choice([10, 15, 20, 25, 30, 40, 50, 60]), d.num())


def _bounds() -> list[Family]:
    def plus(d: Draw) -> Pair:
        n, (pe, pa, gov) = _same_form(d.rng.choice([20, 30, 40, 50]), d.num(words_ok=False)), _d(d).place()
        return pair(f"{n.en}-plus civilians were killed in {pe}.",
                    f"قُتل {n.ar()} ونيّف من المدنيين في {pa}.", [_low(n.value), P(gov)], "n-plus")

    def region_of(d: Draw) -> Pair:
        n, (pe, pa, gov) = _round(d), _d(d).place()
        return pair(f"The number of civilians killed in {pe} is in the region of {n.en}.",
                    f"يبلغ عدد القتلى المدنيين في {pa} في حدود {n.ar('obl')}.",
                    [tag("bounds", killed_about(n.value)), P(gov)], "in-the-region-of")

    def little_over(d: Draw) -> Pair:
        n, (pe, pa, gov) = _round(d), _d(d).place()
        return pair(f"A little over {n.en} civilians were killed in {pe}.",
                    f"قُتل أزيد من {cv(n, 'obl')} بقليل في {pa}.", [_low(n.value), P(gov)], "a-little-over")

    def topped(d: Draw) -> Pair:
        n, (pe, pa, gov) = _round(d), _d(d).place()
        return pair(f"The civilian death toll in {pe} has topped {n.en}.",
                    f"تعدّت حصيلة القتلى المدنيين في {pa} {n.ar('obl')}.", [_low(n.value), P(gov)], "has-topped")

    def not_beyond(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(4, 60), _d(d).place()
        return pair(f"The civilian toll in {pe} does not go beyond {n.en} dead, local sources said.",
                    f"لا تتعدى حصيلة القتلى المدنيين في {pa} {n.ar('obl')}، بحسب مصادر محلية.",
                    [_bound(None, n.value), P(gov)], "does-not-go-beyond")

    def more_or_less(d: Draw) -> Pair:
        n, (pe, pa, gov) = _round(d), _d(d).place()
        return pair(f"{n.En} civilians, more or less, were killed in {pe}.",
                    f"قُتل {cv(n)} تقريباً في {pa}.", [tag("bounds", killed_about(n.value)), P(gov)], "more-or-less")

    def conflicting(d: Draw) -> Pair:
        a, (pe, pa, gov) = d.num(5, 30), _d(d).place()
        b = _same_form(a.value + d.rng.randint(2, 10), a)
        return pair(f"Some local sources put the toll in {pe} at {a.en} dead, others at {b.en}.",
                    f"قدّرت مصادر محلية حصيلة القتلى في {pa} ب{a.ar('obl')}، ومصادر أخرى ب{b.ar('obl')}.",
                    [_bound(a.value, b.value), P(gov)], "conflicting-sources")

    def estimated(d: Draw) -> Pair:
        n, (pe, pa, gov) = _round(d), _d(d).place()
        return pair(f"The death toll in {pe} is estimated at {n.en} civilians.",
                    f"تُقدَّر حصيلة القتلى في {pa} ب{cv(n, 'obl')}.", [tag("bounds", killed_about(n.value)), P(gov)],
                    "estimated-at")

    def least_most(d: Draw) -> Pair:
        a, (pe, pa, gov) = d.num(5, 30), _d(d).place()
        b = _same_form(a.value + d.rng.randint(2, 10), a)
        return pair(f"At least {a.en} and at most {b.en} civilians were killed in {pe}.",
                    f"قُتل في {pa} {a.ar()} مدنياً على الأقل و{b.ar()} على الأكثر." if a.value > 10 else
                    f"قُتل في {pa} {cv(a)} على الأقل و{b.ar()} على الأكثر.",
                    [_bound(a.value, b.value), P(gov)], "at-least-at-most")

    def lowest_highest(d: Draw) -> Pair:
        a, (pe, pa, gov) = d.num(5, 30), _d(d).place()
        b = _same_form(a.value + d.rng.randint(2, 10), a)
        return pair(f"Estimates of the dead in {pe} run from {a.en} at the low end to {b.en} at the high end.",
                    f"تبدأ تقديرات عدد القتلى في {pa} من {a.ar('obl')} في حدها الأدنى وتصل إلى {b.ar('obl')} في "
                    "حدها الأعلى.", [_bound(a.value, b.value), P(gov)], "low-end-high-end")
    return [plus, region_of, little_over, topped, not_beyond, more_or_less, conflicting, estimated, least_most,
            lowest_highest]


# 5. totals that are not incidents --------------------------------------------------------------


def _agg(t: int) -> list[Check]:
    return [tag("aggregate", incidents(1)), tag("aggregate", no_incident_killed(t))]


def _aggregates() -> list[Family]:
    def school_year(d: Draw) -> Pair:
        k, (pe, pa, gov), t = d.num(3, 15), _d(d).place(), d.rng.randint(25, 150)
        de, da, _ = d.weekday()
        return pair(f"{k.En} civilians were killed in {pe} on {de}. Since the start of the school year, {t:,} children "
                    "have been killed in the governorate.",
                    f"قُتل {cv(k)} في {pa} يوم {da}. ومنذ بداية العام الدراسي، قُتل {t} {ar_noun(t, 'children')} في "
                    "المحافظة.", [K(k.value), *_agg(t), P(gov)], "since-school-year")

    def harvest(d: Draw) -> Pair:
        k, (pe, pa, gov), t = d.num(3, 12), _d(d).place(), d.rng.randint(30, 200)
        de, da, _ = d.weekday()
        farmers = "مزارعين" if 3 <= k.value <= 10 else "مزارعاً"
        return pair(f"{k.En} farmers were killed in {pe} on {de}. Since the harvest season began, {t:,} civilians have "
                    "been killed while working in the governorate's fields.",
                    f"قُتل {k.ar()} {farmers} في {pa} يوم {da}. ومنذ بدء موسم الحصاد، قُتل {t} {ar_noun(t, 'civ')} "
                    "أثناء عملهم في حقول المحافظة.", [K(k.value), *_agg(t), P(gov)], "since-harvest-season")

    def residents_returned(d: Draw) -> Pair:
        k, (pe, pa, gov), t = d.num(3, 12), _d(d).place(), d.rng.randint(40, 300)
        de, da, _ = d.weekday()
        return pair(f"Since residents began returning to their homes, {t:,} civilians have been killed in the area; "
                    f"the latest were {k.en} killed in {pe} on {de}.",
                    f"منذ بدء عودة الأهالي إلى منازلهم، قُتل {t} {ar_noun(t, 'civ')} في المنطقة، آخرهم "
                    f"{k.ar()} قُتلوا في {pa} يوم {da}.", [K(k.value), *_agg(t), P(gov)], "since-residents-returned")

    def end_of_month(d: Draw) -> Pair:
        k, (pe, pa, gov), t = d.num(3, 20), _d(d).place(), d.rng.randint(100, 900)
        de, da, _ = d.weekday()
        m = d.rng.randint(0, 1)
        return pair(f"{k.En} civilians were killed in {pe} on {de}. By the end of {MONTHS_EN[m]}, {t:,} civilians "
                    "had been killed in the governorate since the start of the offensive.",
                    f"قُتل {cv(k)} في {pa} يوم {da}. وحتى نهاية {MONTHS_LEV[m]}، كان {t} {ar_noun(t, 'civ')} قد قُتلوا "
                    "في المحافظة منذ بدء الهجوم.", [K(k.value), *_agg(t), P(gov)], "by-the-end-of-month")

    def takeover(d: Draw) -> Pair:
        k, (pe, pa, gov), t = d.num(3, 20), _d(d).place(), d.rng.randint(60, 400)
        de, da, _ = d.weekday()
        return pair(f"The area has lost {t:,} civilians since it changed hands two years ago; on {de}, {k.en} more "
                    f"were killed in {pe}.",
                    f"فقدت المنطقة {t} {ar_noun(t, 'civ')} منذ تبدّل السيطرة عليها قبل عامين، ويوم {da} قُتل "
                    f"{k.ar()} آخرون في {pa}.", [K(k.value), *_agg(t), P(gov)], "since-it-changed-hands")

    def de_escalation(d: Draw) -> Pair:
        k, (pe, pa, gov), t = d.num(3, 20), _d(d).place(), d.rng.randint(150, 1500)
        de, da, _ = d.weekday()
        return pair(f"The {k.en} civilians killed in {pe} on {de} add to the {t:,} killed in the region since the "
                    "de-escalation agreement was signed.",
                    f"يُضاف {cv(k, 'nom')} قُتلوا في {pa} يوم {da} إلى {t} {ar_noun(t, 'civ')} قُتلوا في المنطقة منذ "
                    "توقيع اتفاق خفض التصعيد.", [K(k.value), *_agg(t), P(gov)], "add-to-since-de-escalation")

    def summer(d: Draw) -> Pair:
        k, (pe, pa, gov), t = d.num(3, 12), _d(d).place(), d.rng.randint(40, 250)
        de, da, _ = d.weekday()
        return pair(f"Drone strikes have killed {t:,} civilians in the governorate since the summer. On {de}, one "
                    f"hit {pe}, killing {k.en} civilians.",
                    f"قتلت غارات الطائرات المسيّرة {t} {ar_noun(t, 'civ')} في المحافظة منذ الصيف. ويوم {da}، "
                    f"أصابت إحداها {pa}، ما أدى إلى مقتل {cv(k, 'obl')}.", [K(k.value), *_agg(t), P(gov)],
                    "since-the-summer")

    def hundred_days(d: Draw) -> Pair:
        k, (pe, pa, gov), t = d.num(3, 20), _d(d).place(), d.rng.randint(200, 1800)
        de, da, _ = d.weekday()
        return pair(f"{k.En} civilians were killed in {pe} on {de}. In the hundred days since the offensive began, "
                    f"{t:,} civilians have been killed.",
                    f"قُتل {cv(k)} في {pa} يوم {da}. وخلال مئة يوم منذ بدء الهجوم، قُتل {t} {ar_noun(t, 'civ')}.",
                    [K(k.value), *_agg(t), P(gov)], "hundred-days")

    def strikes_resumed(d: Draw) -> Pair:
        k, (pe, pa, gov), t = d.num(3, 20), _d(d).place(), d.rng.randint(50, 500)
        de, da, _ = d.weekday()
        return pair(f"The governorate has recorded {t:,} civilian deaths since the airstrikes resumed, {k.en} of "
                    f"them in {pe} on {de}.",
                    f"سجّلت المحافظة مقتل {t} {ar_noun(t, 'civ')} منذ استئناف الغارات الجوية، {k.ar()} منهم في "
                    f"{pa} يوم {da}.", [K(k.value), *_agg(t), P(gov)], "since-strikes-resumed")

    def settlement(d: Draw) -> Pair:
        k, (pe, pa, gov), t = d.num(3, 10), _d(d).place(), d.rng.randint(100, 700)
        de, da, _ = d.weekday()
        return pair(f"Unidentified gunmen killed {k.en} civilians in {pe} on {de}. Such attacks have killed {t:,} "
                    "civilians in the governorate since the settlement agreement.",
                    f"قتل مسلحون مجهولون {cv(k, 'obl')} في {pa} يوم {da}. وقد قتلت مثل هذه الهجمات {t} "
                    f"{ar_noun(t, 'civ')} في المحافظة منذ اتفاق التسوية.", [K(k.value), *_agg(t), P(gov)],
                    "since-settlement-agreement")
    return [school_year, harvest, residents_returned, end_of_month, takeover, de_escalation, summer, hundred_days,
            strikes_resumed, settlement]


# 6. dates --------------------------------------------------------------------------------------


def _date(day: dt.date) -> Check:
    return tag("date", date_is(day))


YESTERDAY = PUBLISHED - dt.timedelta(days=1)


def _dates() -> list[Family]:
    def midday(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), _d(d).place()
        de, da, day = d.weekday()
        return pair(f"{n.En} civilians were killed in {pe} at around midday on {de}.",
                    f"قُتل {cv(n)} في {pa} عند منتصف نهار يوم {da}.", [_date(day), K(n.value), P(gov)],
                    "midday-weekday")

    def this_afternoon(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), _d(d).place()
        return pair(f"{n.En} civilians were killed in {pe} this evening, local activists said.",
                    f"قُتل {cv(n)} في {pa} مساء اليوم، بحسب ناشطين محليين.", [_date(PUBLISHED), K(n.value), P(gov)],
                    "this-evening")

    def late_on(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), _d(d).place()
        de, da, day = d.weekday()
        return pair(f"At about eleven o'clock on {de} night, a shell hit {pe}, killing {n.en} civilians.",
                    f"نحو الساعة الحادية عشرة من ليل يوم {da}، أصابت قذيفة {pa}، ما أدى إلى مقتل {cv(n, 'obl')}.",
                    [_date(day), K(n.value), P(gov)], "eleven-at-night")

    def before_midnight(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), _d(d).place()
        de, da, day = d.weekday()
        return pair(f"Shortly before midnight on {de}, a strike on {pe} killed {n.en} civilians.",
                    f"قبيل منتصف ليل يوم {da}، قتلت غارة على {pa} {cv(n, 'obl')}.", [_date(day), K(n.value), P(gov)],
                    "shortly-before-midnight")

    def slashed(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(words_ok=False), _d(d).place()
        day, pub = d.event_day()
        return pair(f"{n.En} civilians were killed in {pe} on {day.day} {MONTHS_EN[day.month - 1]} {day.year}.",
                    f"قُتل {cv(n)} في {pa} في {day.day}/ {MONTHS_LEV[day.month - 1]}/ {day.year}.",
                    [_date(day), K(n.value), P(gov)], "slashed-date", pub)

    def three_days_ago(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), _d(d).place()
        return pair(f"{n.En} civilians were killed in {pe} three days ago, the Civil Defence said.",
                    f"قُتل {cv(n)} في {pa} قبل ثلاثة أيام، بحسب الدفاع المدني.",
                    [_date(PUBLISHED - dt.timedelta(days=3)), K(n.value), P(gov)], "three-days-ago")

    def last_weekday_(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), _d(d).place()
        i = d.rng.choice([0, 3, 4, 5, 6])  # not the day before publication, which "last" would not name
        de, da, day = WEEKDAYS_EN[i], WEEKDAYS_AR[i], last_weekday(i, PUBLISHED)
        return pair(f"A strike on {pe} last {de} killed {n.en} civilians.",
                    f"قتلت غارة على {pa} يوم {da} الماضي {cv(n, 'obl')}.", [_date(day), K(n.value), P(gov)],
                    "last-weekday")

    def new_years_eve(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), _d(d).place()
        year = d.rng.choice([2019, 2020])
        eve = dt.date(year, 12, 31)
        return pair(f"{n.En} civilians were killed in {pe} on New Year's Eve.",
                    f"قُتل {cv(n)} في {pa} ليلة رأس السنة.", [_date(eve), K(n.value), P(gov)], "new-years-eve",
                    eve + dt.timedelta(days=2))

    def yesterday_afternoon(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), _d(d).place()
        return pair(f"{n.En} civilians were killed yesterday afternoon in shelling on {pe}.",
                    f"قُتل {cv(n)} عصر أمس في قصف على {pa}.", [_date(YESTERDAY), K(n.value), P(gov)],
                    "yesterday-afternoon")

    def first_light(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), _d(d).place()
        de, da, day = d.weekday()
        return pair(f"At first light on {de}, shells hit {pe}, killing {n.en} civilians.",
                    f"مع ساعات الصباح الأولى ليوم {da}، أصابت قذائف {pa}، ما أدى إلى مقتل {cv(n, 'obl')}.",
                    [_date(day), K(n.value), P(gov)], "at-first-light")
    return [midday, this_afternoon, late_on, before_midnight, slashed, three_days_ago, last_weekday_, new_years_eve,
            yesterday_afternoon, first_light]


# 7. places -------------------------------------------------------------------------------------


def _places() -> list[Family]:
    def industrial(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), _d(d).place()
        return pair(f"{n.En} civilians were killed in the industrial zone of {pe}.",
                    f"قُتل {cv(n)} في المنطقة الصناعية في {pa}.", [P(gov), K(n.value)], "industrial-zone")

    def junction(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), _d(d).place(kind=False)
        return pair(f"{n.En} civilians were killed at the {pe} junction when a shell landed among waiting cars.",
                    f"قُتل {cv(n)} عند مفرق {pa} حين سقطت قذيفة بين السيارات المنتظرة.", [P(gov), K(n.value)],
                    "at-the-junction")

    def plain(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(3, 15), _d(d).place(kind=False)
        return pair(f"{n.En} civilians were killed while tending their crops in the plain of {pe}.",
                    f"قُتل {cv(n)} أثناء عملهم في أراضيهم الزراعية في سهل {pa}.", [P(gov), K(n.value)], "plain-of")

    def heart(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), _d(d).place()
        return pair(f"A strike in the heart of {pe} killed {n.en} civilians.",
                    f"قتلت غارة في قلب {pa} {cv(n, 'obl')}.", [P(gov), K(n.value)], "heart-of")

    def hills(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(3, 12), _d(d).place()
        return pair(f"{n.En} shepherds were killed in the hills overlooking {pe}.",
                    f"قُتل {n.ar()} رعاة أغنام في التلال المطلة على {pa}." if n.value <= 10 else
                    f"قُتل {n.ar()} راعياً للأغنام في التلال المطلة على {pa}.", [P(gov), K(n.value)],
                    "hills-overlooking")

    def surroundings(d: Draw) -> Pair:
        n, ((e1, a1), (e2, a2), gov) = d.num(), _d(d).two_places()
        return pair(f"{n.En} civilians were killed in shelling on {e1}, {e2} and the surrounding villages.",
                    f"قُتل {cv(n)} في قصف على {a1} و{a2} والقرى المحيطة.", [P(gov), K(n.value)],
                    "two-and-the-surrounding-villages")

    def cemetery(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), _d(d).place(kind=False)
        return pair(f"{n.En} mourners were killed when shells hit the cemetery of {pe} during a funeral.",
                    f"قُتل {cv(n, 'nom', 'people')} من المشيّعين حين سقطت قذائف على مقبرة {pa} أثناء تشييع جنازة.",
                    [P(gov), K(n.value)], "cemetery-during-funeral")

    def sub_district(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), _d(d).place(kind=False)
        return pair(f"{n.En} civilians were killed in villages of the {pe} sub-district.",
                    f"قُتل {cv(n)} في قرى ناحية {pa}.", [P(gov), K(n.value)], "sub-district")

    def wedding(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), _d(d).place()
        return pair(f"{n.En} guests were killed when a shell hit a wedding party in {pe}.",
                    f"قُتل {cv(n, 'nom', 'people')} من المدعوين حين أصابت قذيفة حفل زفاف في {pa}.",
                    [P(gov), K(n.value)], "wedding-party")

    def valley(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(3, 15), _d(d).place()
        return pair(f"{n.En} civilians were killed in the valley next to {pe}.",
                    f"قُتل {cv(n)} في الوادي المحاذي {_li(pa)}.", [P(gov), K(n.value)], "valley-next-to")
    return [industrial, junction, plain, heart, hills, surroundings, cemetery, sub_district, wedding, valley]


# 8. perpetrators -------------------------------------------------------------------------------


def _perp(code: str) -> Check:
    return tag("perpetrator", perpetrator_check(code))


def _perpetrators() -> list[Family]:
    def burst_into(d: Draw) -> Pair:
        n, (pe, pa, gov), (ae, aa, code, g, _) = d.num(3, 12), _d(d).place(), _d(d).actor7()
        return pair(f"{_cap(ae)} burst into homes in {pe} and killed {n.en} civilians.",
                    f"داهم{_t(g)} {aa} منازل في {pa} وقتل{_t(g)} {cv(n, 'obl')}.",
                    [_perp(code), K(n.value), P(gov)], "burst-into-homes")

    def blew_up(d: Draw) -> Pair:
        n, (pe, pa, gov), (ae, aa, code, g, _) = d.num(3, 12), _d(d).place(), _d(d).actor7()
        return pair(f"{_cap(ae)} dynamited a house in {pe}, killing {n.en} civilians inside.",
                    f"نسف{_t(g)} {aa} منزلاً في {pa}، ما أدى إلى مقتل {cv(n, 'obl')} كانوا بداخله.",
                    [_perp(code), K(n.value), P(gov)], "dynamited-a-house")

    def hallmarks(d: Draw) -> Pair:
        n, (pe, pa, gov), (ae, aa, code, _, _) = d.num(3, 15), _d(d).place(), _d(d).actor7()
        return pair(f"{n.En} civilians were killed in {pe} in an attack that bore the hallmarks of {ae}.",
                    f"قُتل {cv(n)} في {pa} في هجوم يحمل بصمات {aa}.",
                    [_perp(code), K(n.value), P(gov)], "bore-the-hallmarks-of")

    def finger(d: Draw) -> Pair:
        n, (pe, pa, gov), (ae, aa, code, _, _) = d.num(), _d(d).place(), _d(d).actor7()
        return pair(f"{n.En} civilians were killed in {pe}, and activists pointed the finger at {ae}.",
                    f"قُتل {cv(n)} في {pa}، ووجّه ناشطون أصابع الاتهام إلى {aa}.",
                    [_perp(code), K(n.value), P(gov)], "pointed-the-finger")

    def areas_controlled(d: Draw) -> Pair:
        n, (pe, pa, gov), (ae, aa, code, _, _) = d.num(), _d(d).place(), _d(d).actor7(HOLDING7)
        return pair(f"Shells fired from areas controlled by {ae} killed {n.en} civilians in {pe}.",
                    f"قتلت قذائف مصدرها مناطق سيطرة {aa} {cv(n, 'obl')} في {pa}.",
                    [_perp(code), K(n.value), P(gov)], "from-areas-controlled-by")

    def security_campaign(d: Draw) -> Pair:
        n, (pe, pa, gov), (ae, aa, code, g, _) = d.num(3, 12), _d(d).place(), _d(d).actor7(HOLDING7)
        return pair(f"{n.En} civilians were killed in {pe} during a security campaign by {ae}.",
                    f"قُتل {cv(n)} في {pa} خلال حملة أمنية {'نفذتها' if g == 'f' else 'نفذها'} {aa}.",
                    [_perp(code), K(n.value), P(gov)], "security-campaign")

    def sorties(d: Draw) -> Pair:
        n, (pe, pa, gov), (ae, aa, code, _, _) = d.num(), _d(d).place(), _d(d).actor7(AIR7)
        return pair(f"{_cap(ae)} flew several sorties over {pe}, killing {n.en} civilians.",
                    f"نفّذت {aa} عدة طلعات جوية على {pa}، ما أدى إلى مقتل {cv(n, 'obl')}.",
                    [_perp(code), K(n.value), P(gov)], "flew-sorties")

    def repeatedly(d: Draw) -> Pair:
        n, (pe, pa, gov), (ae, aa, code, _, _) = d.num(), _d(d).place(), _d(d).actor7(AIR7)
        return pair(f"{_cap(ae)} bombed {pe} repeatedly throughout the day, killing {n.en} civilians.",
                    f"قصفت {aa} {pa} مراراً على مدار اليوم، ما أدى إلى مقتل {cv(n, 'obl')}.",
                    [_perp(code), K(n.value), P(gov)], "bombed-repeatedly")

    def advanced(d: Draw) -> Pair:
        n, (pe, pa, gov), (ae, aa, code, g, num) = d.num(), _d(d).place(), _d(d).actor7(HOLDING7)
        return pair(f"{_cap(ae)} killed {n.en} civilians as {'it' if num == 's' else 'they'} advanced on {pe}.",
                    f"قتل{_t(g)} {aa} {cv(n, 'obl')} أثناء تقدّم{'ها' if g == 'f' else 'ه'} نحو {pa}.",
                    [_perp(code), K(n.value), P(gov)], "as-advanced-on")

    def assault(d: Draw) -> Pair:
        n, (pe, pa, gov), (ae, aa, code, g, _) = d.num(), _d(d).place(), _d(d).actor7()
        return pair(f"An assault by {ae} on {pe} left {n.en} civilians dead, SNHR said.",
                    f"أسفر هجوم {'شنّته' if g == 'f' else 'شنّه'} {aa} على {pa} عن مقتل {cv(n, 'obl')}، بحسب "
                    "الشبكة السورية لحقوق الإنسان.", [_perp(code), K(n.value), P(gov)], "an-assault-by")
    return [burst_into, blew_up, hallmarks, finger, areas_controlled, security_campaign, sorties, repeatedly,
            advanced, assault]


# 9. weapons ------------------------------------------------------------------------------------


def _weapon(code: str) -> Check:
    return tag("weapon", weapon_check(code))


def _weapons() -> list[Family]:
    def drove_over(d: Draw) -> Pair:
        n, (pe, pa, gov), (we, wa, code, _) = d.num(3, 6), _d(d).place(), _d(d).arm([MINE7])
        return pair(f"{n.En} civilians were killed when their car drove over {we} near {pe}.",
                    f"قُتل {cv(n)} حين مرّت سيارتهم فوق {wa} قرب {pa}.", [_weapon(code), K(n.value), P(gov)],
                    "drove-over")

    def left_behind(d: Draw) -> Pair:
        n, (pe, pa, gov), (we, wa, code, _) = d.num(3, 6), _d(d).place(), _d(d).arm([MINE7])
        return pair(f"{_cap(we)} left behind by retreating forces exploded in {pe}, killing {n.en} civilians.",
                    f"انفجر {wa} خلّفته القوات المنسحبة في {pa}، ما أدى إلى مقتل {cv(n, 'obl')}.",
                    [_weapon(code), K(n.value), P(gov)], "left-behind")

    def crowded(d: Draw) -> Pair:
        n, (pe, pa, gov), (we, wa, code, _) = d.num(3, 15), _d(d).place(), _d(d).arm([MOTO7])
        return pair(f"{_cap(we)} went off at rush hour in {pe}, killing {n.en} civilians.",
                    f"انفجرت {wa} في ساعة الذروة في {pa}، ما أدى إلى مقتل {cv(n, 'obl')}.",
                    [_weapon(code), K(n.value), P(gov)], "went-off-at-rush-hour")

    def fire_from(d: Draw) -> Pair:
        n, (pe, pa, gov), (we, wa, code, _) = d.num(3, 12), _d(d).place(), _d(d).arm([DUSHKA7])
        return pair(f"Gunmen turned {we} on a crowd in {pe}, killing {n.en} civilians.",
                    f"وجّه مسلحون {wa} نحو تجمّع للأهالي في {pa}، ما أدى إلى مقتل {cv(n, 'obl')}.",
                    [_weapon(code), K(n.value), P(gov)], "turned-on-a-crowd")

    def rained_down(d: Draw) -> Pair:
        n, (pe, pa, gov), (we, wa, code, _) = d.num(), _d(d).place(), _d(d).arm([FALAQ7])
        return pair(f"{_cap(we)} hit {pe} one after another, killing {n.en} civilians.",
                    f"سقطت {wa} تباعاً على {pa}، ما أدى إلى مقتل {cv(n, 'obl')}.", [_weapon(code), K(n.value), P(gov)],
                    "one-after-another")

    def slammed(d: Draw) -> Pair:
        n, (pe, pa, gov), (we, wa, code, _) = d.num(3, 20), _d(d).place(), _d(d).arm([FALAQ7, VACUUM7])
        return pair(f"{n.En} civilians were killed when {we} hit residential blocks in {pe}.",
                    f"قُتل {cv(n)} حين أصابت {wa} كتلاً سكنية في {pa}.", [_weapon(code), K(n.value), P(gov)],
                    "hit-residential-blocks")

    def positioned(d: Draw) -> Pair:
        n, (pe, pa, gov), (we, wa, code, _) = d.num(), _d(d).place(), _d(d).arm([GUNS7])
        return pair(f"{_cap(we)} positioned on the hills shelled {pe}, killing {n.en} civilians.",
                    f"قصفت {wa} متمركزة على التلال {pa}، ما أدى إلى مقتل {cv(n, 'obl')}.",
                    [_weapon(code), K(n.value), P(gov)], "guns-positioned")

    def shells_fired_from(d: Draw) -> Pair:
        n, (pe, pa, gov), (we, wa, code, _) = d.num(), _d(d).place(), _d(d).arm([GUNS7])
        return pair(f"{n.En} civilians were killed in {pe} in a bombardment by {we}.",
                    f"قُتل {cv(n)} في {pa} في قصف ب{wa}.", [_weapon(code), K(n.value), P(gov)],
                    "bombardment-by")

    def drone_fired(d: Draw) -> Pair:
        n, (pe, pa, gov), (we, wa, code, _) = d.num(3, 6), _d(d).place(), _d(d).arm([BAYRAKTAR7])
        return pair(f"{_cap(we)} fired at a car on the road near {pe}, killing {n.en} civilians.",
                    f"أطلقت {wa} النار على سيارة على الطريق قرب {pa}، ما أدى إلى مقتل {cv(n, 'obl')}.",
                    [_weapon(code), K(n.value), P(gov)], "drone-fired-at-a-car")

    def strike_using(d: Draw) -> Pair:
        n, (pe, pa, gov), (we, wa, code, _) = d.num(), _d(d).place(), _d(d).arm([VACUUM7])
        return pair(f"A strike using {we} killed {n.en} civilians in {pe}.",
                    f"أدت غارة استُخدمت فيها {wa} إلى مقتل {cv(n, 'obl')} في {pa}.",
                    [_weapon(code), K(n.value), P(gov)], "a-strike-using")
    return [drove_over, left_behind, crowded, fire_from, rained_down, slammed, positioned, shells_fired_from,
            drone_fired, strike_using]


# 10. targets -----------------------------------------------------------------------------------


def _target(code: str) -> Check:
    return tag("target", target(code))


def _targets() -> list[Family]:
    def caught_fire(d: Draw) -> Pair:
        n, (pe, pa, gov), (te, ta, _, code, _) = d.num(), _d(d).place(), _d(d).site([DEPOT7, TRUCK7, CLINIC7])
        return pair(f"{_cap(article(te))} in {pe} caught fire after an airstrike that killed {n.en} civilians.",
                    f"اشتعلت النيران في {ta} في {pa} إثر غارة جوية قتلت {cv(n, 'obl')}.",
                    [_target(code), K(n.value), P(gov)], "caught-fire")

    def yard(d: Draw) -> Pair:
        n, (pe, pa, gov), (te, ta, _, code, _) = d.num(), _d(d).place(), _d(d).site([INSTITUTE7, LODGE7])
        return pair(f"A shell landed at the gate of {article(te)} in {pe}, killing {n.en} people.",
                    f"سقطت قذيفة عند بوابة {ta} في {pa}، ما أدى إلى مقتل {cv(n, 'obl', 'people')}.",
                    [_target(code), K(n.value), P(gov)], "at-the-gate-of")

    def forced_close(d: Draw) -> Pair:
        n, (pe, pa, gov), (te, _, tacc, code, _) = d.num(), _d(d).place(), _d(d).site([CLINIC7, INSTITUTE7, MARKET7])
        return pair(f"Shelling that killed {n.en} civilians in {pe} forced {article(te)} to close.",
                    f"أجبر القصف الذي قتل {cv(n, 'obl')} في {pa} {tacc} على الإغلاق.",
                    [_target(code), K(n.value), P(gov)], "forced-to-close")

    def nearby_homes(d: Draw) -> Pair:
        n, (pe, pa, gov), (te, _, tacc, code, _) = d.num(), _d(d).place(), _d(d).site(SITES7)
        return pair(f"The strike on {pe} hit {article(te)} and nearby homes, killing {n.en} civilians.",
                    f"طالت الغارة على {pa} {tacc} ومنازل مجاورة، ما أدى إلى مقتل {cv(n, 'obl')}.",
                    [_target(code), K(n.value), P(gov)], "and-nearby-homes")

    def charity(d: Draw) -> Pair:
        n, (pe, pa, gov), (te, ta, _, code, g) = d.num(), _d(d).place(), _d(d).site([CLINIC7, TENTS7])
        return pair(f"{_cap(article(te))} run by a local charity in {pe} was hit, and {n.en} people were killed.",
                    f"استُهدف{_t(g)} {ta} {'تديرها' if g == 'f' else 'تديره'} جمعية خيرية محلية في {pa}، وقُتل "
                    f"{cv(n, 'nom', 'people')}.", [_target(code), K(n.value), P(gov)], "run-by-a-charity")

    def stalls(d: Draw) -> Pair:
        n, (pe, pa, gov), (te, ta, _, code, _) = d.num(), _d(d).place(), _d(d).site([MARKET7])
        return pair(f"Shells fell among the stalls of the {te} in {pe}, killing {n.en} civilians.",
                    f"سقطت قذائف بين بسطات ال{ta.split()[0]} ال{ta.split()[1]} في {pa}، ما أدى إلى مقتل {cv(n, 'obl')}.",
                    [_target(code), K(n.value), P(gov)], "among-the-stalls")

    def loaded(d: Draw) -> Pair:
        n, (pe, pa, gov), (te, ta, _, code, _) = d.num(3, 6), _d(d).place(), _d(d).site([TRUCK7])
        return pair(f"{_cap(article(te))} loaded with vegetables was hit on the road near {pe}, killing {n.en} "
                    "civilians.",
                    f"استُهدفت {ta} محمّلة بالخضار على الطريق قرب {pa}، ما أدى إلى مقتل {cv(n, 'obl')}.",
                    [_target(code), K(n.value), P(gov)], "loaded-with-vegetables")

    def building_housing(d: Draw) -> Pair:
        n, (pe, pa, gov), (te, _, tacc, code, _) = d.num(), _d(d).place(), _d(d).site([INSTITUTE7, LODGE7])
        return pair(f"The building housing {article(te)} in {pe} collapsed in an airstrike, killing {n.en} people.",
                    f"انهار المبنى الذي يضم {tacc} في {pa} بغارة جوية، ما أدى إلى مقتل {cv(n, 'obl', 'people')}.",
                    [_target(code), K(n.value), P(gov)], "building-housing")

    def worshippers(d: Draw) -> Pair:
        n, (pe, pa, gov), (te, ta, _, code, _) = d.num(), _d(d).place(), _d(d).site([LODGE7])
        return pair(f"{n.En} worshippers were killed as they left {article(te)} in {pe} when a shell landed.",
                    f"قُتل {cv(n, 'nom', 'people')} من المصلين أثناء خروجهم من {ta} في {pa} إثر سقوط قذيفة.",
                    [_target(code), K(n.value), P(gov)], "worshippers-leaving")

    def exams(d: Draw) -> Pair:
        n, (pe, pa, gov), (te, ta, _, code, _) = d.num(), _d(d).place(), _d(d).site([INSTITUTE7])
        return pair(f"{n.En} students were killed while sitting exams at {article(te)} in {pe}.",
                    f"قُتل {n.ar()} {'طلاب' if 3 <= n.value % 100 <= 10 else 'طالباً'} أثناء تقديمهم الامتحانات في "
                    f"{ta} في {pa}.", [_target(code), K(n.value), P(gov)], "students-sitting-exams")
    return [caught_fire, yard, forced_close, nearby_homes, charity, stalls, loaded, building_housing, worshippers,
            exams]


SPECS7: dict[str, list[Family]] = {
    "numbers": _numbers(), "killed_injured": _killed_injured(), "subgroups": _subgroups(), "bounds": _bounds(),
    "aggregates": _aggregates(), "dates": _dates(), "places": _places(), "perpetrators": _perpetrators(),
    "weapons": _weapons(), "targets": _targets(),
}
# The filler tables in the shape of ``checklist_parallel_templates``' (English and Arabic first), for the
# tests that no two halves and no other checklist share a filler.
FILLERS7_HELD: dict[str, list[tuple[str, ...]]] = {
    "places": [p[:3] for p in PLACES7], "actors": [a[:4] for a in ACTORS7], "weapons": list(WEAPONS7),
    "targets": [t[:4] for t in TARGETS7],
}
