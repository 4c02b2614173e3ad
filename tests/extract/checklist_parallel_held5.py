"""A fifth held-out half of the parallel set (``held5``), written after held4 had been run and while tune5 was
being written and the Arabic extractor changed for it, and before any run of its own (the extractor was not
run on it while it was written), so that it measures issue 15's goal on wording nobody has tuned on. It runs only when named, with tables only: ``checklist_parallel`` never shows its
individual failures (not even with ``--show-held``), so that nobody tunes on it.

It has more templates than held3 and held4 (six or seven per phenomenon), so that one template is a small
share of a phenomenon's rate. Its places, actors, weapons and targets are its own (the filler tables
below; a test checks that none of them, in either language, appears in any other checklist file), and so
are its wordings: everyday ways monitors phrase each field that the other halves do not use.
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
    killed_bounds,
    killed_low_in,
    killed_none,
    no_incident_killed,
    subgroup,
)
from .checklist import perpetrator as perpetrator_check
from .checklist import weapon as weapon_check
from .checklist import words as en_words
from .checklist_parallel_templates import (
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
    same_form as _same_form,
)

HALF = "held5"

# (English, Arabic, admin1 as the geocoder gives it, kind in English, kind in Arabic): both spellings are
# names of the shipped gazetteer in that governorate only, and none is in another half or checklist.
PLACES5 = [
    ("Tell Tamer", "تل تامر", "Hasakah", "town", "بلدة"), ("Qahtaniyyeh", "القحطانية", "Hasakah", "town", "بلدة"),
    ("Malikiyeh", "المالكية", "Hasakah", "city", "مدينة"), ("Rankus", "رنكوس", "Rural Damascus", "town", "بلدة"),
    ("Serghaya", "سرغايا", "Rural Damascus", "town", "بلدة"), ("Dumayr", "الضمير", "Rural Damascus", "town", "بلدة"),
    ("Ruhaybah", "الرحيبة", "Rural Damascus", "town", "بلدة"), ("Kessab", "كسب", "Latakia", "town", "بلدة"),
    ("Slinfah", "صلنفة", "Latakia", "town", "بلدة"), ("Qutaylibiyah", "القطيلبية", "Latakia", "village", "قرية"),
    ("Mushannaf", "المشنف", "Sweida", "village", "قرية"), ("Ghariyah", "الغارية", "Sweida", "village", "قرية"),
    ("Muzayrib", "المزيريب", "Daraa", "town", "بلدة"), ("Busayrah", "البصيرة", "Deir ez-Zor", "town", "بلدة"),
    ("Dhiban", "ديبان", "Deir ez-Zor", "town", "بلدة"),
]
# (English, Arabic, code, Arabic gender for the verb's agreement, English number "s"/"p" for the verb)
ACTORS5 = [
    ("the Turkish gendarmerie", "الجندرمة التركية", "TUR", "f", "s"),
    ("Russian military police", "الشرطة العسكرية الروسية", "RUS", "f", "p"),
    ("the Israeli army", "الجيش الإسرائيلي", "ISR", "m", "s"),
    ("the State Security branch", "فرع أمن الدولة", "SYR_GOV", "m", "s"),
    ("Syrian government forces", "قوات الحكومة السورية", "SYR_GOV", "f", "p"),
]
# (English with its article, Arabic, code, Arabic gender)
BOMBS5 = [("a truck bomb", "شاحنة مفخخة", "car_bomb", "f"),
          ("a booby-trapped motorcycle", "دراجة نارية مفخخة", "car_bomb", "f")]
HELLFIRE5 = ("a Hellfire missile", "صاروخ هيلفاير", "missile", "m")
KALIBR5 = ("Kalibr cruise missiles", "صواريخ كاليبر المجنحة", "missile", "f")
LANCET5 = ("a Lancet drone", "طائرة مسيّرة من طراز لانسيت", "drone", "f")
LIVE5 = ("live ammunition", "الرصاص الحي", "small_arms", "m")
WEAPONS5 = [*BOMBS5, HELLFIRE5, KALIBR5, LANCET5, LIVE5]
# (English, Arabic, Arabic as an object (accusative), code, Arabic gender)
WELL5 = ("water well", "بئر مياه", "بئر مياه", "water_power", "f")
PLANT5 = ("power plant", "محطة لتوليد الكهرباء", "محطة لتوليد الكهرباء", "water_power", "f")
CATTLE5 = ("cattle market", "سوق للماشية", "سوقاً للماشية", "market", "m")
EYE5 = ("eye hospital", "مشفى للعيون", "مشفى للعيون", "medical", "m")
CRESCENT5 = ("Red Crescent centre", "مركز للهلال الأحمر", "مركزاً للهلال الأحمر", "humanitarian", "m")
CHURCH5 = ("Armenian church", "كنيسة أرمنية", "كنيسة أرمنية", "place_of_worship", "f")
TAXI5 = ("taxi", "سيارة أجرة", "سيارة أجرة", "vehicle", "f")
TARGETS5 = [WELL5, PLANT5, CATTLE5, EYE5, CRESCENT5, CHURCH5, TAXI5]

_MEN = ("رجال", "رجلاً", "رجل")
_WORKERS = ("عمال", "عاملاً", "عامل")
_PASSENGERS = ("ركاب", "راكباً", "راكب")
_DEFINITE = {3: "الثلاثة", 4: "الأربعة", 5: "الخمسة", 6: "الستة"}  # "their three children": أطفالهما الثلاثة
_DAYS_AGO = {2: ("two", "يومين"), 3: ("three", "ثلاثة أيام"), 4: ("four", "أربعة أيام")}


class Draw5H(Draw):
    """``Draw`` over this half's own fillers (``Draw`` reads the tables of the other halves by name)."""

    def place(self, kind: bool = True) -> tuple[str, str, str]:
        return place_from(self.rng, PLACES5, kind)

    def two_places(self) -> tuple[tuple[str, str], tuple[str, str], str]:
        """Two places of one governorate: ((en, ar), (en, ar), admin1)."""
        return two_places_from(self.rng, PLACES5)

    def actor5(self) -> tuple[str, str, str, str, str]:
        return self.rng.choice(ACTORS5)

    def arm(self, pool: Sequence[tuple[str, str, str, str]] = WEAPONS5) -> tuple[str, str, str, str]:
        return self.rng.choice(list(pool))

    def site(self, pool: Sequence[tuple[str, str, str, str, str]] = TARGETS5) -> tuple[str, str, str, str, str]:
        return self.rng.choice(list(pool))


def _d(d: Draw) -> Draw5H:
    assert isinstance(d, Draw5H), "the held5 families draw from held5's fillers"
    return d




def _f(g: str) -> str:
    """The feminine ending of a past-tense verb whose subject has gender ``g``."""
    return "ت" if g == "f" else ""


def _noun(n: int, forms: tuple[str, str, str]) -> str:
    """A counted noun of this half's own (3-10 plural, 11-99 accusative singular, round hundreds genitive)."""
    plural, acc, gen = forms
    if n % 100 in range(3, 11):
        return plural
    return gen if n % 100 in (0, 1, 2) else acc


# 1. numbers ------------------------------------------------------------------------------------


def _numbers() -> list[Family]:
    def from_rubble(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), _d(d).place()
        return pair(f"Rescue teams pulled the bodies of {n.en} civilians from the rubble in {pe}.",
                    f"انتشلت فرق الإنقاذ جثث {cv(n, 'obl')} من تحت الأنقاض في {pa}.", [K(n.value), P(gov)],
                    "bodies-from-rubble")

    def succumbed(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), _d(d).place()
        return pair(f"{n.En} civilians succumbed to wounds they sustained in the shelling of {pe}.",
                    f"قضى {cv(n)} متأثرين بجروح أُصيبوا بها في قصف {pa}.", [K(n.value), P(gov)],
                    "succumbed")

    def number_reached(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), _d(d).place()
        return pair(f"The number of people killed in the strike on {pe} has reached {n.en}.",
                    f"وصل عدد الذين قُتلوا في الغارة على {pa} إلى {n.ar('obl')}.", [K(n.value), P(gov)],
                    "number-reached")

    def took_lives(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), _d(d).place()
        return pair(f"The airstrike on {pe} took the lives of {n.en} civilians.",
                    f"أزهقت الغارة الجوية على {pa} أرواح {cv(n, 'obl')}.", [K(n.value), P(gov)], "took-the-lives")

    def deaths_recorded(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), _d(d).place()
        de, da, _ = d.weekday()
        return pair(f"The deaths of {n.en} civilians were recorded in {pe} on {de}.",
                    f"سُجّل مقتل {cv(n, 'obl')} في {pa} يوم {da}.", [K(n.value), P(gov)], "deaths-recorded")

    def under_rubble(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), _d(d).place()
        return pair(f"{n.En} civilians died under the rubble of their homes in {pe} after the bombardment.",
                    f"توفي {cv(n)} تحت أنقاض منازلهم في {pa} جراء القصف.", [K(n.value), P(gov)], "under-rubble")
    return [from_rubble, succumbed, number_reached, took_lives, deaths_recorded, under_rubble]


# 2. killed and injured together ----------------------------------------------------------------


def _inj(n: int) -> Check:
    return tag("injured", injured(n))


def _killed_injured() -> list[Family]:
    def stood_at(d: Draw) -> Pair:
        k, i, (pe, pa, gov) = d.num(3, 12), d.num(13, 45), _d(d).place()
        return pair(f"Casualties in {pe} stood at {k.en} dead and {i.en} wounded.",
                    f"استقرت الحصيلة في {pa} عند {k.ar('obl')} {ar_noun(k.value, 'dead')} و{i.ar('obl')} "
                    f"{ar_noun(i.value, 'wounded')}.", [K(k.value), _inj(i.value), P(gov)], "stood-at")

    def to_hospital(d: Draw) -> Pair:
        k, i, (pe, pa, gov) = d.num(3, 12), d.num(13, 45), _d(d).place()
        return pair(f"{k.En} civilians were killed in {pe}, and {i.en} others were taken to hospital with injuries.",
                    f"قُتل {cv(k)} في {pa}، ونُقل {i.ar()} آخرون إلى المشفى مصابين.",
                    [K(k.value), _inj(i.value), P(gov)], "taken-to-hospital")

    def some_serious(d: Draw) -> Pair:
        k, i, (pe, pa, gov) = d.num(3, 12), d.num(13, 45), _d(d).place()
        return pair(f"A strike on {pe} killed {k.en} civilians; {i.en} others suffered injuries, some of them serious.",
                    f"أدت غارة على {pa} إلى مقتل {cv(k, 'obl')}، فيما أُصيب {i.ar()} آخرون بجروح بعضها خطيرة.",
                    [K(k.value), _inj(i.value), P(gov)], "some-serious")

    def no_deaths(d: Draw) -> Pair:
        i, (pe, pa, gov) = d.num(), _d(d).place()
        return pair(f"{i.En} civilians were wounded in shelling on {pe}; no deaths were reported.",
                    f"أُصيب {cv(i)} بجروح جراء قصف على {pa}، ولم تُسجَّل أي حالة وفاة.",
                    [_inj(i.value), tag("killed", killed_none()), P(gov)], "no-deaths")

    def all_civilians(d: Draw) -> Pair:
        k, i, (pe, pa, gov) = d.num(3, 12), d.num(13, 45), _d(d).place()
        return pair(f"The attack on {pe} killed {k.en} and wounded {i.en}, all of them civilians.",
                    f"أدى الهجوم على {pa} إلى مقتل {k.ar('obl')} وجرح {i.ar('obl')}، جميعهم من المدنيين.",
                    [K(k.value), _inj(i.value), P(gov)], "killed-wounded-all-civilians")

    def burns(d: Draw) -> Pair:
        k, i, (pe, pa, gov) = d.num(3, 12), d.num(13, 45), _d(d).place()
        return pair(f"{k.En} civilians were killed and {i.en} others suffered burns and shrapnel wounds in {pe}.",
                    f"قُتل {cv(k)} وأُصيب {i.ar()} آخرون بحروق وشظايا في {pa}.",
                    [K(k.value), _inj(i.value), P(gov)], "burns-and-shrapnel")
    return [stood_at, to_hospital, some_serious, no_deaths, all_civilians, burns]


# 3. victim sub-groups --------------------------------------------------------------------------


def _sub(name: str, n: int) -> Check:
    return tag("subgroups", subgroup(name, n))


def _subgroups() -> list[Family]:
    def accounted_for(d: Draw) -> Pair:
        c, (pe, pa, gov) = d.num(3, 9), _d(d).place()
        n = _same_form(c.value + d.rng.randint(3, 12), c)
        return pair(f"Children accounted for {c.en} of the {n.en} civilians killed in {pe}.",
                    f"كان الأطفال {c.ar()} من أصل {cv(n, 'obl')} قُتلوا في {pa}.",
                    [K(n.value), _sub("children", c.value), P(gov)], "children-accounted-for")

    def couple(d: Draw) -> Pair:
        c, (pe, pa, gov) = d.rng.randint(3, 6), _d(d).place()
        return pair(f"A man, his wife and their {en_words(c)} children were killed when shells hit their house in {pe}.",
                    f"قُتل رجل وزوجته وأطفالهما {_DEFINITE[c]} إثر سقوط قذائف على منزلهم في {pa}.",
                    [K(c + 2), _sub("children", c), _sub("women", 1), P(gov)], "couple-and-children")

    def pregnant(d: Draw) -> Pair:
        c, (pe, pa, gov) = d.num(3, 8), _d(d).place()
        n = _same_form(c.value + 1 + d.rng.randint(2, 10), c)
        return pair(f"{n.En} civilians were killed in {pe}, including a pregnant woman and {c.en} children.",
                    f"قُتل {cv(n)} في {pa}، بينهم سيدة حامل و{cv(c, 'nom', 'children')}.",
                    [K(n.value), _sub("children", c.value), _sub("women", 1), P(gov)], "pregnant-woman")

    def under_18(d: Draw) -> Pair:
        c, (pe, pa, gov) = d.num(3, 9), _d(d).place()
        n = _same_form(c.value + d.rng.randint(3, 12), c)
        return pair(f"{c.En} of the {n.en} civilians killed in {pe} were under the age of 18.",
                    f"كان {c.ar()} من بين {cv(n, 'obl')} قُتلوا في {pa} دون سن الـ18.",
                    [K(n.value), _sub("children", c.value), P(gov)], "under-18")

    def numbered(d: Draw) -> Pair:
        c, (pe, pa, gov) = d.num(3, 9), _d(d).place()
        w = _same_form(d.rng.randint(3, 6), c)
        n = _same_form(c.value + w.value + d.rng.randint(2, 8), c)
        return pair(f"{n.En} civilians were killed in {pe}; the children among them numbered {c.en} and the women "
                    f"{w.en}.",
                    f"قُتل {cv(n)} في {pa}، وبلغ عدد الأطفال بينهم {c.ar()} وعدد النساء {w.ar(fem=True)}.",
                    [K(n.value), _sub("children", c.value), _sub("women", w.value), P(gov)], "numbered")

    def along_with_men(d: Draw) -> Pair:
        c, (pe, pa, gov) = d.num(3, 9), _d(d).place()
        w, m = _same_form(d.rng.randint(3, 6), c), _same_form(d.rng.randint(3, 8), c)
        return pair(f"{c.En} children and {w.en} women were killed in {pe}, along with {m.en} men.",
                    f"قُتل {cv(c, 'nom', 'children')} و{cv(w, 'nom', 'women')} في {pa}، إلى جانب {m.ar('obl')} "
                    f"{_noun(m.value, _MEN)}.",
                    [K(c.value + w.value + m.value), _sub("children", c.value), _sub("women", w.value), P(gov)],
                    "along-with-men")
    return [accounted_for, couple, pregnant, under_18, numbered, along_with_men]


# 4. bounds -------------------------------------------------------------------------------------


def _bound(low: int | None, high: int | None) -> Check:
    return tag("bounds", killed_bounds(low, high))


def _low(n: int) -> Check:
    """"more than N": N or N+1 as the lower bound, no upper bound."""
    return tag("bounds", killed_low_in([n, n + 1], None))


def _bounds() -> list[Family]:
    def maximum(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(4, 60), _d(d).place()
        return pair(f"A maximum of {n.en} civilians were killed in {pe}, according to the local council.",
                    f"قُتل {cv(n)} كحد أقصى في {pa}، بحسب المجلس المحلي.", [_bound(None, n.value), P(gov)],
                    "a-maximum-of")

    def lowest_estimate(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(4, 60), _d(d).place()
        return pair(f"The lowest estimate puts the number of civilians killed in {pe} at {n.en}.",
                    f"تشير أدنى التقديرات إلى مقتل {cv(n, 'obl')} في {pa}.", [_bound(n.value, None), P(gov)],
                    "lowest-estimate")

    def possibly_as_many(d: Draw) -> Pair:
        a, (pe, pa, gov) = d.num(5, 30), _d(d).place()
        b = _same_form(a.value + d.rng.randint(2, 10), a)
        return pair(f"At least {a.en} civilians, and possibly as many as {b.en}, were killed in {pe}.",
                    f"قُتل {cv(a)} على الأقل، وربما يصل العدد إلى {b.ar('obl')}، في {pa}.",
                    [_bound(a.value, b.value), P(gov)], "possibly-as-many-as")

    def now_number(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(4, 60), _d(d).place()
        return pair(f"The dead in {pe} now number more than {n.en}, rescuers say.",
                    f"تخطّى عدد القتلى في {pa} الآن {n.ar('obl')}، بحسب فرق الإنقاذ.", [_low(n.value), P(gov)],
                    "now-number-more-than")

    def risen_to_at_least(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(4, 60), _d(d).place()
        return pair(f"The toll from the strike on {pe} has risen to at least {n.en} dead.",
                    f"ارتفعت حصيلة الغارة على {pa} إلى {cv(n, 'obl', 'dead')} على الأقل.",
                    [_bound(n.value, None), P(gov)], "risen-to-at-least")

    def does_not_exceed(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(4, 60), _d(d).place()
        return pair(f"The civilian toll in {pe} does not exceed {n.en}, the local council said.",
                    f"لا تتجاوز حصيلة القتلى المدنيين في {pa} {n.ar('obl')}، بحسب المجلس المحلي.",
                    [_bound(None, n.value), P(gov)], "does-not-exceed")
    return [maximum, lowest_estimate, possibly_as_many, now_number, risen_to_at_least, does_not_exceed]


# 5. totals that are not incidents --------------------------------------------------------------


def _agg(t: int) -> list[Check]:
    return [tag("aggregate", incidents(1)), tag("aggregate", no_incident_killed(t))]


def _aggregates() -> list[Family]:
    def since_ramadan(d: Draw) -> Pair:
        k, (pe, pa, gov), t = d.num(3, 20), _d(d).place(), d.rng.randint(120, 900)
        return pair(f"{k.En} civilians were killed in {pe} yesterday. Since the start of Ramadan, {t:,} civilians have "
                    "been killed in Syria, SOHR said.",
                    f"قُتل {cv(k)} في {pa} أمس. وقال المرصد السوري لحقوق الإنسان إن {t} {ar_noun(t, 'civ')} "
                    "قُتلوا في سوريا منذ بداية شهر رمضان.", [K(k.value), *_agg(t), P(gov)], "since-ramadan",
                    dt.date(2020, 5, d.rng.randint(8, 22)))  # late in Ramadan 2020 (24 April - 23 May)

    def past_48_hours(d: Draw) -> Pair:
        k, (pe, pa, gov), t = d.num(3, 12), _d(d).place(), d.rng.randint(25, 90)
        return pair(f"{k.En} civilians were killed in {pe} today. In the past 48 hours, {t} civilians have been "
                    "killed in Syria.",
                    f"قُتل {cv(k)} في {pa} اليوم. وخلال الـ48 ساعة الماضية، قُتل {t} {ar_noun(t, 'civ')} في سوريا.",
                    [K(k.value), *_agg(t), P(gov)], "past-48-hours")

    def eid(d: Draw) -> Pair:
        k, (pe, pa, gov), t = d.num(3, 12), _d(d).place(), d.rng.randint(30, 150)
        return pair(f"Shelling killed {k.en} civilians in {pe} today. During the three days of Eid al-Fitr, {t} "
                    "civilians were killed across Syria, the Civil Defence said.",
                    f"أدى القصف إلى مقتل {cv(k, 'obl')} في {pa} اليوم. وبحسب الدفاع المدني، قُتل {t} "
                    f"{ar_noun(t, 'civ')} في مختلف المناطق السورية خلال أيام عيد الفطر الثلاثة.",
                    [K(k.value), *_agg(t), P(gov)], "eid-days",
                    dt.date(2020, 5, d.rng.randint(27, 31)))  # just after Eid al-Fitr 2020 (24-26 May)

    def database(d: Draw) -> Pair:
        k, (pe, pa, gov), t = d.num(3, 20), _d(d).place(), d.rng.randint(190000, 230000)
        de, da, _ = d.weekday()
        return pair(f"{k.En} civilians were killed in {pe} on {de}. SNHR's database holds the names of {t:,} "
                    "civilians killed since the conflict began.",
                    f"قُتل {cv(k)} في {pa} يوم {da}. وتضم قاعدة بيانات الشبكة السورية لحقوق الإنسان أسماء {t} "
                    f"{ar_noun(t, 'civ')} قُتلوا منذ بداية النزاع.", [K(k.value), *_agg(t), P(gov)], "database-names")

    def winter(d: Draw) -> Pair:
        k, (pe, pa, gov), t = d.num(3, 20), _d(d).place(), d.rng.randint(150, 1400)
        de, da, _ = d.weekday()
        return pair(f"{k.En} civilians were killed in {pe} on {de}. Over the winter months, {t:,} civilians were "
                    "killed across the country, the Observatory said.",
                    f"قُتل {cv(k)} في {pa} يوم {da}. وقال المرصد إن {t} {ar_noun(t, 'civ')} قُتلوا في أنحاء البلاد "
                    "خلال أشهر الشتاء.", [K(k.value), *_agg(t), P(gov)], "winter-months")

    def decade(d: Draw) -> Pair:
        k, (pe, pa, gov), t = d.num(3, 20), _d(d).place(), d.rng.randint(200000, 230000)
        de, da, _ = d.weekday()
        return pair(f"An airstrike on {pe} killed {k.en} civilians on {de}. In ten years of war, SNHR has recorded "
                    f"the deaths of {t:,} civilians.",
                    f"قتلت غارة جوية على {pa} {cv(k, 'obl')} يوم {da}. وسجّلت الشبكة السورية لحقوق الإنسان مقتل {t} "
                    f"{ar_noun(t, 'civ')} خلال عشر سنوات من الحرب.", [K(k.value), *_agg(t), P(gov)], "ten-years-of-war")
    return [since_ramadan, past_48_hours, eid, database, winter, decade]


# 6. dates --------------------------------------------------------------------------------------


def _date(day: dt.date) -> Check:
    return tag("date", date_is(day))


def _dates() -> list[Family]:
    def afternoon(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), _d(d).place()
        de, da, day = d.weekday()
        return pair(f"{n.En} civilians were killed on {de} afternoon when a strike hit {pe}.",
                    f"قُتل {cv(n)} عصر يوم {da} إثر غارة على {pa}.", [_date(day), K(n.value), P(gov)],
                    "afternoon-of")

    def last_day(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), _d(d).place()
        i = d.rng.choice([3, 4, 5])  # Thursday to Saturday: four to six days before a Wednesday
        day = last_weekday(i, PUBLISHED)
        return pair(f"{n.En} civilians were killed in {pe} last {WEEKDAYS_EN[i]}.",
                    f"قُتل {cv(n)} في {pa} يوم {WEEKDAYS_AR[i]} الماضي.", [_date(day), K(n.value), P(gov)],
                    "last-weekday")

    def days_ago(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), _d(d).place()
        k = d.rng.choice(list(_DAYS_AGO))
        ke, ka = _DAYS_AGO[k]
        return pair(f"{n.En} civilians were killed in {pe} {ke} days ago.",
                    f"قُتل {cv(n)} في {pa} قبل {ka}.", [_date(PUBLISHED - dt.timedelta(days=k)), K(n.value), P(gov)],
                    "days-ago")

    def early_hours(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), _d(d).place()
        de, da, day = d.weekday()
        return pair(f"{n.En} civilians were killed in the early hours of {de} in shelling on {pe}.",
                    f"قُتل {cv(n)} في الساعات الأولى من صباح يوم {da} جراء قصف على {pa}.",
                    [_date(day), K(n.value), P(gov)], "early-hours")

    def day_month(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), _d(d).place()
        day = dt.date(2021, 1, 2) + dt.timedelta(days=d.rng.randint(0, 70))  # 2 January to 13 March
        return pair(f"{n.En} civilians were killed in {pe} on {day.day} {MONTHS_EN[day.month - 1]}.",
                    f"قُتل {cv(n)} في {pa} في {day.day} {MONTHS_LEV[day.month - 1]}.",
                    [_date(day), K(n.value), P(gov)], "day-month-no-year")

    def full_date(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), _d(d).place()
        day, pub = d.event_day()
        wd = day.weekday()
        return pair(f"{n.En} civilians were killed in {pe} on {WEEKDAYS_EN[wd]}, {day.day} {MONTHS_EN[day.month - 1]} "
                    f"{day.year}.",
                    f"قُتل {cv(n)} في {pa} يوم {WEEKDAYS_AR[wd]} {day.day} {MONTHS_LEV[day.month - 1]} {day.year}.",
                    [_date(day), K(n.value), P(gov)], "weekday-full-date", pub)

    def this_afternoon(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), _d(d).place()
        return pair(f"{n.En} civilians were killed in {pe} this afternoon, rescuers said.",
                    f"قُتل {cv(n)} في {pa} بعد ظهر اليوم، بحسب فرق الإنقاذ.", [_date(PUBLISHED), K(n.value), P(gov)],
                    "this-afternoon")
    return [afternoon, last_day, days_ago, early_hours, day_month, full_date, this_afternoon]


# 7. places -------------------------------------------------------------------------------------


def _places() -> list[Family]:
    def centre(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), _d(d).place()
        return pair(f"{n.En} civilians were killed in the centre of {pe}.",
                    f"قُتل {cv(n)} وسط {pa}.", [P(gov), K(n.value)], "centre-of")

    def km_from(d: Draw) -> Pair:
        n, ((e1, a1), (e2, a2), gov) = d.num(), _d(d).two_places()
        km = d.rng.randint(5, 40)
        return pair(f"{n.En} civilians were killed in {e1}, some {km} km from {e2}.",
                    f"قُتل {cv(n)} في {a1}، على بعد نحو {km} كم من {a2}.", [P(gov), K(n.value)], "km-from")

    def area(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), _d(d).place(kind=False)
        return pair(f"{n.En} civilians were killed in shelling on the {pe} area.",
                    f"قُتل {cv(n)} جراء قصف على منطقة {pa}.", [P(gov), K(n.value)], "the-area")

    def farms_around(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), _d(d).place()
        return pair(f"{n.En} civilians were killed in {pe} and the farms around it.",
                    f"قُتل {cv(n)} في {pa} والمزارع المحيطة بها.", [P(gov), K(n.value)], "farms-around")

    def main_square(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), _d(d).place()
        return pair(f"{n.En} civilians were killed in the main square of {pe}.",
                    f"قُتل {cv(n)} في الساحة الرئيسية في {pa}.", [P(gov), K(n.value)], "main-square")

    def hills(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), _d(d).place()
        return pair(f"{n.En} civilians were killed in {pe} by shells fired from the surrounding hills.",
                    f"قُتل {cv(n)} في {pa} بقذائف أُطلقت من التلال المحيطة بها.", [P(gov), K(n.value)],
                    "surrounding-hills")

    def streets(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), _d(d).place()
        return pair(f"{n.En} civilians were killed as shells fell in the streets of {pe}.",
                    f"قُتل {cv(n)} إثر سقوط قذائف في شوارع {pa}.", [P(gov), K(n.value)], "streets-of")
    return [centre, km_from, area, farms_around, main_square, hills, streets]


# 8. perpetrators -------------------------------------------------------------------------------


def _perp(code: str) -> Check:
    return tag("perpetrator", perpetrator_check(code))


def _perpetrators() -> list[Family]:
    def behind(d: Draw) -> Pair:
        n, (pe, pa, gov), (ae, aa, code, g, num) = d.num(), _d(d).place(), _d(d).actor5()
        return pair(f"Monitors said {ae} {'was' if num == 's' else 'were'} behind the attack on {pe} that killed "
                    f"{n.en} civilians.",
                    f"قال مراقبون إن {aa} {'تقف' if g == 'f' else 'يقف'} وراء الهجوم على {pa} الذي أسفر عن مقتل "
                    f"{cv(n, 'obl')}.", [_perp(code), K(n.value), P(gov)], "behind-the-attack")

    def stepped_up(d: Draw) -> Pair:
        n, (pe, pa, gov), (ae, aa, code, g, num) = d.num(), _d(d).place(), _d(d).actor5()
        return pair(f"{_cap(ae)} stepped up {'its' if num == 's' else 'their'} shelling of {pe}, killing {n.en} "
                    "civilians.",
                    f"صعّد{_f(g)} {aa} من قصف{'ها' if g == 'f' else 'ه'} على {pa}، ما أدى إلى مقتل {cv(n, 'obl')}.",
                    [_perp(code), K(n.value), P(gov)], "stepped-up")

    def ambushed(d: Draw) -> Pair:
        n, (pe, pa, gov), (ae, aa, code, _, _) = d.num(), _d(d).place(), _d(d).actor5()
        return pair(f"Members of {ae} ambushed a group of civilians near {pe}, killing {n.en} of them.",
                    f"نصب عناصر من {aa} كميناً لمجموعة من المدنيين قرب {pa}، ما أدى إلى مقتل {n.ar('obl')} منهم.",
                    [_perp(code), K(n.value), P(gov)], "ambushed")

    def pressed_assault(d: Draw) -> Pair:
        n, (pe, pa, gov), (ae, aa, code, g, num) = d.num(), _d(d).place(), _d(d).actor5()
        return pair(f"{n.En} civilians were killed as {ae} pressed {'its' if num == 's' else 'their'} assault on {pe}.",
                    f"قُتل {cv(n)} مع مواصلة {aa} هجوم{'ها' if g == 'f' else 'ه'} على {pa}.",
                    [_perp(code), K(n.value), P(gov)], "pressed-assault")

    def checkpoint(d: Draw) -> Pair:
        n, (pe, pa, gov), (ae, aa, code, _, _) = d.num(), _d(d).place(), _d(d).actor5()
        return pair(f"{n.En} civilians were gunned down by members of {ae} manning a checkpoint near {pe}.",
                    f"قُتل {cv(n)} برصاص عناصر من {aa} يتمركزون على حاجز قرب {pa}.",
                    [_perp(code), K(n.value), P(gov)], "gunned-down-at-checkpoint")

    def sweep(d: Draw) -> Pair:
        n, (pe, pa, gov), (ae, aa, code, g, _) = d.num(), _d(d).place(), _d(d).actor5()
        return pair(f"{n.En} civilians were killed during a security sweep by {ae} in {pe}.",
                    f"قُتل {cv(n)} خلال حملة تمشيط قام{_f(g)} بها {aa} في {pa}.", [_perp(code), K(n.value), P(gov)],
                    "security-sweep")
    return [behind, stepped_up, ambushed, pressed_assault, checkpoint, sweep]


# 9. weapons ------------------------------------------------------------------------------------


def _weapon(code: str) -> Check:
    return tag("weapon", weapon_check(code))


def _weapons() -> list[Family]:
    def parked(d: Draw) -> Pair:
        n, (pe, pa, gov), (we, wa, code, _) = d.num(), _d(d).place(), _d(d).arm(BOMBS5)
        return pair(f"{_cap(we)} parked near a busy junction in {pe} went off, killing {n.en} civilians.",
                    f"انفجرت {wa} مركونة قرب تقاطع مزدحم في {pa}، ما أدى إلى مقتل {cv(n, 'obl')}.",
                    [_weapon(code), K(n.value), P(gov)], "parked")

    def rocked(d: Draw) -> Pair:
        n, (pe, pa, gov), (we, wa, code, _) = d.num(), _d(d).place(), _d(d).arm(BOMBS5)
        return pair(f"A blast from {we} rocked {pe}, killing {n.en} civilians.",
                    f"هزّ انفجار {wa} {pa}، ما أدى إلى مقتل {cv(n, 'obl')}.", [_weapon(code), K(n.value), P(gov)],
                    "rocked")

    def warships(d: Draw) -> Pair:
        n, (pe, pa, gov), (we, wa, code, _) = d.num(), _d(d).place(), KALIBR5
        return pair(f"{n.En} civilians were killed when {we} fired from Russian warships hit {pe}.",
                    f"قُتل {cv(n)} حين أصابت {wa} التي أُطلقت من بوارج روسية {pa}.",
                    [_weapon(code), K(n.value), P(gov)], "fired-from-warships")

    def hit_house(d: Draw) -> Pair:
        n, (pe, pa, gov), (we, wa, code, g) = d.num(), _d(d).place(), _d(d).arm([HELLFIRE5, LANCET5])
        return pair(f"{n.En} civilians were killed when {we} hit a house in {pe}.",
                    f"قُتل {cv(n)} حين أصاب{_f(g)} {wa} منزلاً في {pa}.", [_weapon(code), K(n.value), P(gov)],
                    "hit-a-house")

    def live_ammunition(d: Draw) -> Pair:
        n, (pe, pa, gov), (we, wa, code, _) = d.num(), _d(d).place(), LIVE5
        return pair(f"Security forces used {we} to disperse a protest in {pe}, killing {n.en} people.",
                    f"استخدمت قوات الأمن {wa} لتفريق احتجاج في {pa}، ما أدى إلى مقتل {cv(n, 'obl', 'people')}.",
                    [_weapon(code), K(n.value), P(gov)], "used-to-disperse")

    def gathering(d: Draw) -> Pair:
        n, (pe, pa, gov), (we, wa, code, g) = d.num(), _d(d).place(), _d(d).arm([LANCET5, HELLFIRE5])
        return pair(f"{_cap(we)} hit a gathering of civilians in {pe}, killing {n.en} of them.",
                    f"استهدف{_f(g)} {wa} تجمعاً للمدنيين في {pa}، ما أدى إلى مقتل {n.ar('obl')} منهم.",
                    [_weapon(code), K(n.value), P(gov)], "hit-a-gathering")
    return [parked, rocked, warships, hit_house, live_ammunition, gathering]


# 10. targets -----------------------------------------------------------------------------------


def _target(code: str) -> Check:
    return tag("target", target(code))


def _targets() -> list[Family]:
    def rubble(d: Draw) -> Pair:
        n, (pe, pa, gov), (te, ta, _, code, g) = d.num(), _d(d).place(), _d(d).site([PLANT5, EYE5, CRESCENT5, CHURCH5])
        return pair(f"{_cap(article(te))} in {pe} was reduced to rubble by an airstrike that killed {n.en} civilians.",
                    f"تحوّل{_f(g)} {ta} في {pa} إلى ركام جراء غارة جوية أدت إلى مقتل {cv(n, 'obl')}.",
                    [_target(code), K(n.value), P(gov)], "reduced-to-rubble")

    def gathered_at(d: Draw) -> Pair:
        n, (pe, pa, gov), (te, _, tacc, code, g) = d.num(), _d(d).place(), _d(d).site([WELL5, CATTLE5, EYE5, CRESCENT5])
        return pair(f"A strike hit {article(te)} in {pe} while people were gathered there, killing {n.en} of them.",
                    f"استهدفت غارة {tacc} في {pa} أثناء تجمع الأهالي {'فيها' if g == 'f' else 'فيه'}، ما أدى إلى مقتل "
                    f"{n.ar('obl')} منهم.", [_target(code), K(n.value), P(gov)], "while-people-gathered")

    def second_time(d: Draw) -> Pair:
        n, (pe, pa, gov), (te, ta, _, code, g) = d.num(), _d(d).place(), _d(d).site(TARGETS5[:-1])
        return pair(f"{_cap(article(te))} in {pe} was shelled for the second time this month, killing {n.en} civilians.",
                    f"تعرّض{_f(g)} {ta} في {pa} للقصف للمرة الثانية هذا الشهر، ما أدى إلى مقتل {cv(n, 'obl')}.",
                    [_target(code), K(n.value), P(gov)], "second-time-this-month")

    def workers(d: Draw) -> Pair:
        n, (pe, pa, gov), (te, ta, _, code, _) = d.num(3, 25), _d(d).place(), _d(d).site([WELL5, PLANT5])
        return pair(f"{n.En} workers were killed in a strike on {article(te)} in {pe}.",
                    f"قُتل {n.ar()} {_noun(n.value, _WORKERS)} في غارة على {ta} في {pa}.",
                    [_target(code), K(n.value), P(gov)], "workers-at")

    def direct_hit(d: Draw) -> Pair:
        n, (pe, pa, gov), (te, _, tacc, code, _) = d.num(), _d(d).place(), _d(d).site()
        return pair(f"A shell scored a direct hit on {article(te)} in {pe}, killing {n.en} people.",
                    f"أصابت قذيفة {tacc} في {pa} إصابة مباشرة، ما أدى إلى مقتل {cv(n, 'obl', 'people')}.",
                    [_target(code), K(n.value), P(gov)], "direct-hit")

    def grounds(d: Draw) -> Pair:
        n, (pe, pa, gov), (te, ta, _, code, _) = d.num(), _d(d).place(), _d(d).site([EYE5, CRESCENT5, PLANT5, CHURCH5])
        return pair(f"{n.En} civilians were killed when a rocket landed within the grounds of {article(te)} in {pe}.",
                    f"قُتل {cv(n)} حين سقط صاروخ داخل حرم {ta} في {pa}.", [_target(code), K(n.value), P(gov)],
                    "within-the-grounds")

    def passengers(d: Draw) -> Pair:
        n, (pe, pa, gov), (te, _, tacc, code, _) = d.num(3, 9), _d(d).place(), TAXI5
        return pair(f"{n.En} passengers were killed when shells hit {article(te)} on the road out of {pe}.",
                    f"قُتل {n.ar()} {_noun(n.value, _PASSENGERS)} حين أصابت قذائف {tacc} على الطريق الخارج من {pa}.",
                    [_target(code), K(n.value), P(gov)], "passengers")
    return [rubble, gathered_at, second_time, workers, direct_hit, grounds, passengers]


SPECS5: dict[str, list[Family]] = {
    "numbers": _numbers(), "killed_injured": _killed_injured(), "subgroups": _subgroups(), "bounds": _bounds(),
    "aggregates": _aggregates(), "dates": _dates(), "places": _places(), "perpetrators": _perpetrators(),
    "weapons": _weapons(), "targets": _targets(),
}
# The filler tables in the shape of ``checklist_parallel_templates``' (English and Arabic first), for the
# tests that no two halves and no other checklist share a filler.
FILLERS5_HELD: dict[str, list[tuple[str, ...]]] = {
    "places": [p[:3] for p in PLACES5], "actors": [a[:4] for a in ACTORS5], "weapons": list(WEAPONS5),
    "targets": [t[:4] for t in TARGETS5],
}
