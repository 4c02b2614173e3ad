"""The pairs of ``checklist_parallel.py``: each family draws its fillers once and writes them into an English
sentence and its Arabic translation, with the same checks (tagged with the field they read) on both sides.

Arabic is written as releases write it: a counted noun after 3-10 is a genitive plural ("5 مدنيين"), after
11-99 an accusative singular ("12 مدنياً"); number words agree (a masculine noun takes "خمسة", a feminine
one "خمس"), and "اثنا عشر"/"عشرون" change with their case. Digits are ASCII or, in a quarter of the
cases, Arabic-Indic, as releases print both.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from harmledger.schema import DocumentExtraction

from .checklist import Case, Check, cap, in_admin1, killed, primary, words

PUBLISHED = dt.date(2021, 3, 17)  # a Wednesday
HALVES = ("tune", "held", "held2")
WEEKDAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
WEEKDAYS_AR = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
MONTHS_LEV = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول",
              "تشرين الثاني", "كانون الأول"]
MONTHS_EG = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")

# (English, Arabic, admin1 as the geocoder gives it): spellings both of the shipped gazetteer's names.
PLACES = {
    "tune": [("Armanaz", "أرمناز", "Idlib"), ("Darkush", "دركوش", "Idlib"), ("Haritan", "حريتان", "Aleppo"),
             ("Deir Hafer", "دير حافر", "Aleppo"), ("Halfaya", "حلفايا", "Hama"), ("Inkhil", "انخل", "Daraa"),
             ("Zabadani", "الزبداني", "Rural Damascus"), ("al-Qusayr", "القصير", "Homs"),
             ("Ras al-Ain", "رأس العين", "Hasakah")],
    "held": [("Heish", "حيش", "Idlib"), ("Mhambal", "محمبل", "Idlib"), ("Marea", "مارع", "Aleppo"),
             ("al-Safira", "السفيرة", "Aleppo"), ("Qal'at al-Madiq", "قلعة المضيق", "Hama"), ("Kurnaz", "كرناز", "Hama"),
             ("al-Hirak", "الحراك", "Daraa"), ("Dael", "داعل", "Daraa"), ("Madaya", "مضايا", "Rural Damascus"),
             ("Salamiyah", "السلمية", "Hama")],
    "held2": [("Yabrud", "يبرود", "Rural Damascus"), ("Qatana", "قطنا", "Rural Damascus"), ("Jayrud", "جيرود", "Rural Damascus"),
              ("Taybat al-Imam", "طيبة الإمام", "Hama"), ("Masyaf", "مصياف", "Hama"), ("Tadif", "تادف", "Aleppo"),
              ("Tallkalakh", "تلكلخ", "Homs"), ("al-Qaryatayn", "القريتين", "Homs"), ("Shaykh Miskin", "الشيخ مسكين", "Daraa"),
              ("Izra", "ازرع", "Daraa")],
}
KINDS = [("town", "بلدة"), ("city", "مدينة"), ("village", "قرية")]
GOVS = {
    "tune": [("Idlib", "إدلب", "Idlib"), ("Aleppo", "حلب", "Aleppo"), ("Hama", "حماة", "Hama"), ("Daraa", "درعا", "Daraa")],
    "held": [("Homs", "حمص", "Homs"), ("Deir ez-Zor", "دير الزور", "Deir ez-Zor"), ("Raqqa", "الرقة", "Raqqa"),
             ("Latakia", "اللاذقية", "Latakia")],
    "held2": [("Hama", "حماة", "Hama"), ("Homs", "حمص", "Homs"), ("Daraa", "درعا", "Daraa"), ("Aleppo", "حلب", "Aleppo")],
}
SIDES = [("northern", "الشمالي"), ("southern", "الجنوبي"), ("eastern", "الشرقي"), ("western", "الغربي")]
# (English, Arabic, code, Arabic gender for the verb's agreement)
ACTORS = {
    "tune": [("the Syrian army", "الجيش السوري", "SYR_GOV", "m"), ("the Russian air force", "القوات الجوية الروسية", "RUS", "f"),
             ("the Turkish army", "الجيش التركي", "TUR", "m"), ("the YPG", "وحدات حماية الشعب", "SDF", "f")],
    "held": [("the Tiger Forces", "قوات النمر", "SYR_GOV", "f"),
             ("international coalition aircraft", "طائرات التحالف الدولي", "COALITION", "f"),
             ("the Nusra Front", "جبهة النصرة", "HTS", "f"),
             ("pro-regime militias", "الميليشيات الموالية للنظام", "SYR_GOV", "f")],
    "held2": [("the Fourth Division", "الفرقة الرابعة", "SYR_GOV", "f"), ("Israeli warplanes", "الطائرات الحربية الإسرائيلية", "ISR", "f"),
              ("US forces", "القوات الأمريكية", "COALITION", "f"), ("the Syrian regime", "النظام السوري", "SYR_GOV", "m")],
}
# (English with its article, Arabic, code, Arabic gender)
WEAPONS = {
    "tune": [("Grad rockets", "صواريخ غراد", "rocket", "f"), ("artillery shells", "قذائف مدفعية", "artillery", "f"),
             ("a ballistic missile", "صاروخ باليستي", "ballistic_missile", "m"), ("a drone", "طائرة مسيرة", "drone", "f")],
    "held": [("a landmine", "لغم أرضي", "landmine_erw", "m"), ("a car bomb", "سيارة مفخخة", "car_bomb", "f"),
             ("an explosive device", "عبوة ناسفة", "ied", "f"), ("incendiary bombs", "قنابل حارقة", "incendiary", "f"),
             ("surface-to-surface missiles", "صواريخ أرض أرض", "ballistic_missile", "f"),
             ("white phosphorus", "الفوسفور الأبيض", "incendiary", "m")],
    "held2": [("napalm", "النابالم", "incendiary", "m"), ("cluster rockets", "صواريخ عنقودية", "cluster_munition", "f"),
              ("guided missiles", "صواريخ موجهة", "missile", "f"), ("rocket launchers", "راجمات صواريخ", "rocket", "f")],
}
# (English, Arabic, Arabic as an object (accusative), code)
TARGETS = {
    "tune": [("hospital", "مشفى", "مشفى", "medical"), ("bakery", "فرن", "فرناً", "bakery"),
             ("school", "مدرسة", "مدرسة", "school")],
    "held": [("camp for displaced people", "مخيم للنازحين", "مخيماً للنازحين", "idp_camp"),
             ("mosque", "مسجد", "مسجداً", "place_of_worship"), ("market", "سوق شعبي", "سوقاً شعبياً", "market"),
             ("civil defence centre", "مركز للدفاع المدني", "مركزاً للدفاع المدني", "civil_defense")],
    "held2": [("medical centre", "مركز طبي", "مركزاً طبياً", "medical"), ("kindergarten", "روضة أطفال", "روضة أطفال", "school"),
              ("church", "كنيسة", "كنيسة", "place_of_worship"), ("ambulance", "سيارة إسعاف", "سيارة إسعاف", "medical")],
}
SOURCES = [("the Syrian Network for Human Rights said", "بحسب الشبكة السورية لحقوق الإنسان"),
           ("the Syrian Observatory for Human Rights reported", "وفق ما أفاد المرصد السوري لحقوق الإنسان"),
           ("the Civil Defence said", "بحسب الدفاع المدني")]

_UNITS_M = {1: "واحد", 2: "اثنان", 3: "ثلاثة", 4: "أربعة", 5: "خمسة", 6: "ستة", 7: "سبعة", 8: "ثمانية", 9: "تسعة", 10: "عشرة"}
_UNITS_F = {3: "ثلاث", 4: "أربع", 5: "خمس", 6: "ست", 7: "سبع", 8: "ثماني", 9: "تسع", 10: "عشر"}
_TENS = {2: ("عشرون", "عشرين"), 3: ("ثلاثون", "ثلاثين"), 4: ("أربعون", "أربعين"), 5: ("خمسون", "خمسين"),
         6: ("ستون", "ستين"), 7: ("سبعون", "سبعين"), 8: ("ثمانون", "ثمانين"), 9: ("تسعون", "تسعين")}


def ar_words(n: int, case: str = "nom", fem: bool = False) -> str:
    """3..99 in words, agreeing with a masculine (default) or feminine counted noun."""
    nom = case == "nom"
    if 3 <= n <= 10:
        return (_UNITS_F if fem else _UNITS_M)[n]
    if n == 11:
        return "إحدى عشرة" if fem else "أحد عشر"
    if n == 12:
        return ("اثنتا عشرة" if nom else "اثنتي عشرة") if fem else ("اثنا عشر" if nom else "اثني عشر")
    if n < 20:
        return f"{_UNITS_F[n - 10]} عشرة" if fem else f"{_UNITS_M[n - 10]} عشر"
    tens, unit = divmod(n, 10)
    ten = _TENS[tens][0 if nom else 1]
    if not unit:
        return ten
    u = {1: "واحد" if not fem else "إحدى", 2: ("اثنان" if nom else "اثنين") if not fem else ("اثنتان" if nom else "اثنتين")}.get(
        unit, (_UNITS_F if fem else _UNITS_M).get(unit, ""))
    return f"{u} و{ten}"


# Counted nouns: (3-10: genitive plural, 11-99 and their hundreds: accusative singular, round hundreds: genitive singular)
NOUNS = {"civ": ("مدنيين", "مدنياً", "مدني"), "people": ("أشخاص", "شخصاً", "شخص"), "children": ("أطفال", "طفلاً", "طفل"),
         "women": ("نساء", "امرأة", "امرأة"), "dead": ("قتلى", "قتيلاً", "قتيل"), "wounded": ("جرحى", "جريحاً", "جريح")}


def ar_noun(n: int, noun: str) -> str:
    plural, acc, gen = NOUNS[noun]
    if n % 100 in range(3, 11):
        return plural
    return gen if n % 100 in (0, 1, 2) else acc


@dataclass(frozen=True)
class Num:
    """A figure as both sides write it: in digits on both, or in words on both."""

    value: int
    as_words: bool
    indic: bool

    @property
    def en(self) -> str:
        return words(self.value) if self.as_words else f"{self.value:,}"

    @property
    def En(self) -> str:  # noqa: N802 - the capitalised form, at the start of a sentence
        return cap(self.en)

    def ar(self, case: str = "nom", fem: bool = False) -> str:
        if self.as_words:
            return ar_words(self.value, case, fem)
        s = str(self.value)
        return s.translate(INDIC) if self.indic else s


@dataclass(frozen=True)
class Pair:
    en: Case
    ar: Case


def tag(field: str, check: Check) -> Check:
    """The check with the field it reads in front of its description ("killed: killed 5")."""
    return Check(f"{field}: {check.desc}", check.fn)


def target(code: str) -> Check:
    def fn(r: DocumentExtraction) -> bool:
        p = primary(r)
        return p is not None and any(t.code == code for t in p.targets)
    return Check(f"targets include {code}", fn)


def last_weekday(i: int, before: dt.date) -> dt.date:
    """The last weekday ``i`` (0 Monday) strictly before ``before``."""
    return before - dt.timedelta(days=(before.weekday() - i) % 7 or 7)


class Draw:
    def __init__(self, rng: random.Random, half: str) -> None:
        self.rng, self.half = rng, half

    def pick(self, seq: Sequence[object]) -> object:
        return self.rng.choice(list(seq))

    def num(self, low: int = 3, high: int = 40, words_ok: bool = True) -> Num:
        n = self.rng.randint(low, high)
        return Num(n, words_ok and n < 100 and self.rng.random() < 0.4, self.rng.random() < 0.25)

    def place(self, kind: bool = True) -> tuple[str, str, str]:
        """(English, Arabic, admin1); with ``kind``, now and then "the town of X" / "بلدة X"."""
        en, ar, gov = self.rng.choice(PLACES[self.half])
        if kind and self.rng.random() < 0.5:
            k_en, k_ar = self.rng.choice(KINDS)
            return f"the {k_en} of {en}", f"{k_ar} {ar}", gov
        return en, ar, gov

    def gov(self) -> tuple[str, str, str]:
        return self.rng.choice(GOVS[self.half])  # type: ignore[return-value]

    def side(self) -> tuple[str, str]:
        return self.rng.choice(SIDES)

    def actor(self) -> tuple[str, str, str, str]:
        return self.rng.choice(ACTORS[self.half])  # type: ignore[return-value]

    def weapon(self, pool: Sequence[tuple[str, str, str, str]] | None = None) -> tuple[str, str, str, str]:
        return self.rng.choice(list(pool or WEAPONS[self.half]))

    def target(self) -> tuple[str, str, str, str]:
        return self.rng.choice(TARGETS[self.half])  # type: ignore[return-value]

    def source(self) -> tuple[str, str]:
        return self.rng.choice(SOURCES)

    def weekday(self) -> tuple[str, str, dt.date]:
        """A weekday other than the publication's, and its date (the last one before publication)."""
        i = self.rng.choice([k for k in range(7) if k != PUBLISHED.weekday()])
        return WEEKDAYS_EN[i], WEEKDAYS_AR[i], last_weekday(i, PUBLISHED)

    def event_day(self) -> tuple[dt.date, dt.date]:
        """A day of 2020-2021 and a publication date a few days after it."""
        day = dt.date(2020, 1, 5) + dt.timedelta(days=self.rng.randint(0, 420))
        return day, day + dt.timedelta(days=self.rng.randint(1, 5))


Family = Callable[[Draw], Pair]


def pair(en: str, ar: str, checks: Sequence[Check], family: str, published: dt.date = PUBLISHED) -> Pair:
    p = published.isoformat()
    return Pair(Case(en, p, tuple(checks), None, family), Case(ar, p, tuple(checks), None, family))


def K(n: int) -> Check:  # noqa: N802 - short names keep the templates readable
    return tag("killed", killed(n))


def P(gov: str) -> Check:  # noqa: N802
    return tag("place", in_admin1(gov))


def cv(n: Num, case: str = "nom", noun: str = "civ") -> str:
    """The Arabic figure and its counted noun ("5 مدنيين", "اثني عشر مدنياً")."""
    return f"{n.ar(case, fem=noun == 'women')} {ar_noun(n.value, noun)}"


# Helpers the halves share (each half keeps its own filler tables); ``cap`` is checklist.py's.
def same_form(value: int, like: Num) -> Num:
    """A figure written as ``like`` is (words or digits, ASCII or Arabic-Indic)."""
    return Num(value, like.as_words and value < 100, like.indic)


def li(ar: str) -> str:
    """"to/of X" in Arabic: لـ joined to the word, لل for a definite one (the article's alif drops)."""
    return f"لل{ar[2:]}" if ar.startswith("ال") else f"ل{ar}"


def place_from(rng: random.Random, places: Sequence[tuple[str, str, str, str, str]],
               kind: bool = True) -> tuple[str, str, str]:
    """A place of ``places`` (en, ar, admin1, kind in English, kind in Arabic), half the time with its kind
    ("the town of X", "بلدة X"): (en, ar, admin1)."""
    en, ar, gov, k_en, k_ar = rng.choice(places)
    if kind and rng.random() < 0.5:
        return f"the {k_en} of {en}", f"{k_ar} {ar}", gov
    return en, ar, gov


def two_places_from(rng: random.Random,
                    places: Sequence[tuple[str, str, str, str, str]]) -> tuple[tuple[str, str], tuple[str, str], str]:
    """Two places of ``places`` in one governorate: ((en, ar), (en, ar), admin1)."""
    govs = sorted({p[2] for p in places if sum(q[2] == p[2] for q in places) > 1})
    gov = rng.choice(govs)
    a, b = rng.sample([p for p in places if p[2] == gov], 2)
    return (a[0], a[1]), (b[0], b[1]), gov
