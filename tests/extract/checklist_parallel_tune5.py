"""A fifth tuning half of the parallel set (``tune5``), written ARABIC-FIRST for the two fields where a fresh
held-out half showed the Arabic extractor far behind the English one: victim sub-groups and totals over a
period or an area, with several templates for number words beside a place. Each template is a way Arabic
monitor releases (SNHR, SOHR, the Civil Defence, coordination committees, Enab Baladi, Step News) phrase the
field, with an English translation of the same difficulty; its fillers (places of Tartus governorate, units,
weapons, targets) are its own. Its failures may be read and fixed for.

Arabic forms covered on purpose: sub-groups after "بينهم"، "منهم"، "من بينهم"، "وهم"، "توزعوا على"، "والضحايا هم"،
"إضافة إلى"، "في حين"، "جميعهم مدنيون"، "غالبيتهم"، partitives ("5 من الأطفال")، duals ("طفلان"، "طفلين"، "امرأتان"،
"سيدتين"، "طفلتان")، singulars ("طفلة وسيدة"، "مسن")، "سيدات"، "قاصرين"، "شبان"؛ totals "حصيلة شهر"، "خلال شهر"،
"منذ مطلع/بداية العام"، "منذ بدء الحملة"، "في النصف الأول من"، "خلال الأسبوع الماضي"، "ليرتفع عدد"، "لترتفع
حصيلة"، "الحصيلة الإجمالية"، "الحصيلة التراكمية"، "وثّقت الشبكة مقتل T خلال"، "بلغ عدد ... منذ"، a monthly report
before the day's deadliest attack; number words with duals ("مدنيان") and places after "بلدة"، "بريف".
"""

from __future__ import annotations

import random
from collections.abc import Sequence

from .checklist import (
    Check,
    date_is,
    incidents,
    injured,
    killed_bounds,
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
    li as _li,
)

HALF = "tune5"

# (English, Arabic, admin1): gazetteer names whose both spellings name one governorate (Tartus).
PLACES5 = [("Mashta al Hulw", "مشتى الحلو", "Tartus"), ("Hammam Wasil", "حمام واصل", "Tartus"),
           ("Talin", "تالين", "Tartus"), ("Al Qamsiyah", "القمصية", "Tartus"), ("Himmin", "حمين", "Tartus"),
           ("Junaynat Raslan", "جنينة رسلان", "Tartus"), ("Duwayr Raslan", "دوير رسلان", "Tartus"),
           ("As Sisniyah", "السيسنية", "Tartus"), ("Brummanat al Mashayikh", "برمانة المشايخ", "Tartus"),
           ("Khirbat al Ma'azzah", "خربة المعزة", "Tartus")]
# (English, Arabic, code, Arabic gender)
ACTORS5 = [("the 25th Special Mission Forces Division", "الفرقة 25 مهام خاصة", "SYR_GOV", "f"),
           ("Military Security", "الأمن العسكري", "SYR_GOV", "m"),
           ("the Nujaba Movement", "حركة النجباء", "IRN", "f"),
           ("ISIS sleeper cells", "خلايا داعش", "ISIS", "f"),
           ("the Sultan Suleiman Shah Division", "فرقة السلطان سليمان شاه", "OPPOSITION", "f")]
# (English with its article, Arabic, code, Arabic gender)
WEAPONS5 = [("a vacuum bomb", "قنبلة فراغية", "airstrike", "f"), ("phosphorus bombs", "قنابل فوسفورية", "incendiary", "f"),
            ("unexploded ordnance", "ذخائر غير منفجرة", "landmine_erw", "f"),
            ("a booby-trapped car", "سيارة ملغمة", "car_bomb", "f"),
            ("explosive devices", "عبوات ناسفة", "ied", "f")]
# (English without article, Arabic indefinite, Arabic accusative, code)
TARGETS5 = [("medical facility", "منشأة طبية", "منشأة طبية", "medical"),
            ("college", "كلية", "كلية", "school"), ("medical point", "نقطة طبية", "نقطة طبية", "medical"),
            ("displaced persons' tents", "خيام النازحين", "خيام النازحين", "idp_camp")]
FILLERS5 = {"places": PLACES5, "actors": ACTORS5, "weapons": WEAPONS5, "targets": TARGETS5}


class Draw5(Draw):
    """``Draw`` over this half's fillers."""

    def __init__(self, rng: random.Random, half: str = HALF) -> None:
        super().__init__(rng, half)

    def place(self, kind: bool = True) -> tuple[str, str, str]:
        en, ar, gov = self.rng.choice(PLACES5)
        if kind and self.rng.random() < 0.4:
            k_en, k_ar = self.rng.choice([("town", "بلدة"), ("village", "قرية")])
            return f"the {k_en} of {en}", f"{k_ar} {ar}", gov
        return en, ar, gov

    def actor(self) -> tuple[str, str, str, str]:
        return self.rng.choice(ACTORS5)

    def weapon(self, pool: Sequence[tuple[str, str, str, str]] | None = None) -> tuple[str, str, str, str]:
        return self.rng.choice(list(pool or WEAPONS5))

    def target(self) -> tuple[str, str, str, str]:
        return self.rng.choice(TARGETS5)


def _sub(name: str, n: int | None) -> Check:
    return tag("subgroups", subgroup(name, n))  # type: ignore[arg-type]


def _agg(t: int) -> list[Check]:
    return [tag("aggregate", incidents(1)), tag("aggregate", no_incident_killed(t))]


def _total(d: Draw, low: int = 180, high: int = 3500) -> int:
    t = d.rng.randint(low, high)
    return t + 1 if t % 100 == 0 else t


def _words(d: Draw, low: int, high: int) -> Num:
    return Num(d.rng.randint(low, high), True, False)


# A group of one or two people in Arabic: (singular, dual nominative, dual oblique) and its English.
_ONE_TWO = {"child": ("طفل", "طفلان", "طفلين", "a child", "two children"),
            "girl": ("طفلة", "طفلتان", "طفلتين", "a girl", "two girls"),
            "woman": ("امرأة", "امرأتان", "امرأتين", "a woman", "two women"),
            "lady": ("سيدة", "سيدتان", "سيدتين", "a woman", "two women")}


def _few(kind: str, n: int, case: str = "nom") -> tuple[str, str]:
    """One or two children/women as both sides write them ("طفلان" / "two children")."""
    one, dual_nom, dual_obl, en_one, en_two = _ONE_TWO[kind]
    if n == 1:
        return en_one, one
    return en_two, dual_nom if case == "nom" else dual_obl


def _kids(c: Num, partitive: bool = False) -> str:
    """C children in Arabic: "5 أطفال"، "12 طفلاً"، or the partitive "5 من الأطفال"."""
    return f"{c.ar()} من الأطفال" if partitive else cv(c, "nom", "children")


def _women(w: Num, ladies: bool = False, partitive: bool = False) -> str:
    if partitive:
        return f"{w.ar(fem=True)} من النساء"
    if ladies and 3 <= w.value <= 10:
        return f"{w.ar(fem=True)} سيدات"
    return cv(w, "nom", "women")



# 1. numbers: number words beside a place -------------------------------------------------------------


def _numbers() -> list[Family]:
    def died_in(d: Draw) -> Pair:
        n, (pe, pa, gov) = _words(d, 3, 10), d.place()
        return pair(f"{n.En} civilians died in {pe} on Monday.", f"لقي {cv(n)} حتفهم في {pa} يوم الاثنين.",
                    [K(n.value), P(gov)], "died-in-words")

    def shelling_killed(d: Draw) -> Pair:
        n, (pe, pa, gov) = _words(d, 11, 19), d.place()
        return pair(f"Shelling on {pe} killed {n.en} civilians.", f"أسفر قصف على {pa} عن مقتل {cv(n, 'obl')}.",
                    [K(n.value), P(gov)], "teens-words")

    def headline(d: Draw) -> Pair:
        n, (pe, pa, gov) = _words(d, 20, 60), d.place(kind=False)
        return pair(f"{pe}: {n.en} civilians killed in airstrikes", f"{pa}: مقتل {cv(n, 'obl')} بغارات جوية",
                    [K(n.value), P(gov)], "headline-tens-words")

    def place_first(d: Draw) -> Pair:
        n, (pe, pa, gov) = _words(d, 3, 10), d.place()
        return pair(f"In {pe}, {n.en} people were killed when a shell fell on a house.",
                    f"وفي {pa}، قُتل {cv(n, 'nom', 'people')} إثر سقوط قذيفة على منزل.", [K(n.value), P(gov)],
                    "place-first-words")

    def dual(d: Draw) -> Pair:
        (pe, pa, gov) = d.place()
        return pair(f"Two civilians were killed in regime shelling on {pe}.", f"قُتل مدنيان بقصف لقوات النظام على {pa}.",
                    [K(2), P(gov)], "dual")

    def countryside(d: Draw) -> Pair:
        n, (pe, pa, gov) = _words(d, 3, 10), d.place(kind=False)
        return pair(f"{n.En} civilians were killed in {pe} in the Tartus countryside.",
                    f"قُتل {cv(n)} في {pa} بريف طرطوس.", [K(n.value), P(gov)], "in-countryside")

    def toll_rose(d: Draw) -> Pair:
        n, (pe, pa, gov) = _words(d, 11, 30), d.place()
        return pair(f"The death toll from yesterday's shelling of {pe} rose to {n.en} civilians.",
                    f"ارتفع عدد ضحايا قصف أمس على {pa} إلى {cv(n, 'obl')}.", [K(n.value), P(gov)], "toll-rose-words")

    def martyrs(d: Draw) -> Pair:
        n, (pe, pa, gov) = _words(d, 3, 10), d.place()
        return pair(f"{n.En} civilians were killed and others wounded in {pe}, the Civil Defence said.",
                    f"استشهد {cv(n)} وأصيب آخرون في {pa}، بحسب الدفاع المدني.", [K(n.value), P(gov)],
                    "martyred-words")
    def two_towns(d: Draw) -> Pair:
        n, (pe, pa, gov) = _words(d, 3, 10), d.place(kind=False)
        (qe, qa, _g) = d.rng.choice([p for p in PLACES5 if p[0] != pe])
        return pair(f"{n.En} civilians were killed in shelling on the towns of {pe} and {qe}.",
                    f"قُتل {cv(n)} في قصف على بلدتي {pa} و{qa}.", [K(n.value), P(gov)], "two-towns")

    def clitic_place(d: Draw) -> Pair:
        n, (pe, pa, gov) = _words(d, 3, 10), d.place(kind=False)
        return pair(f"Massacre in {pe}: {n.en} civilians killed.", f"مجزرة بـ{pa}: مقتل {cv(n, 'obl')}.",
                    [K(n.value), P(gov)], "clitic-place")

    def outskirts(d: Draw) -> Pair:
        n, (pe, pa, gov) = _words(d, 11, 19), d.place(kind=False)
        return pair(f"{n.En} civilians were killed in shelling on the outskirts of {pe}.",
                    f"قُتل {cv(n)} في قصف طال أطراف {pa}.", [K(n.value), P(gov)], "outskirts")

    def located_in(d: Draw) -> Pair:
        n, (pe, pa, gov) = _words(d, 3, 10), d.place(kind=False)
        return pair(f"{n.En} civilians were killed in {pe}, located in the Tartus countryside, on Tuesday.",
                    f"قُتل {cv(n)} في {pa} الواقعة بريف طرطوس، يوم الثلاثاء.", [K(n.value), P(gov)], "located-in")

    def citizens(d: Draw) -> Pair:
        n, (pe, pa, gov) = _words(d, 3, 10), d.place()
        return pair(f"{n.En} citizens were killed by shelling that hit {pe}.",
                    f"قُتل {n.ar()} مواطنين جراء قصف استهدف {pa}.", [K(n.value), P(gov)], "citizens")

    def of_the_civilians(d: Draw) -> Pair:
        n, (pe, pa, gov) = _words(d, 3, 10), d.place()
        return pair(f"{n.En} civilians were killed in an airstrike on {pe}.",
                    f"قُتل {n.ar()} من المدنيين في غارة جوية على {pa}.", [K(n.value), P(gov)], "of-the-civilians")

    def compound_words(d: Draw) -> Pair:
        n, (pe, pa, gov) = _words(d, 21, 59), d.place()
        return pair(f"{n.En} civilians were killed in {pe}, the Civil Defence said.",
                    f"قال الدفاع المدني إن {n.ar('obl')} {ar_noun(n.value, 'civ')} قُتلوا في {pa}.", [K(n.value), P(gov)],
                    "compound-words")
    def near_place(d: Draw) -> Pair:
        n, (pe, pa, gov) = _words(d, 3, 10), d.place(kind=False)
        return pair(f"{n.En} civilians were killed in shelling near {pe}.", f"قُتل {cv(n)} بقصف قرب {pa}.",
                    [K(n.value), P(gov)], "near-place")

    def lam_clitic(d: Draw) -> Pair:
        n, (pe, pa, gov) = _words(d, 3, 10), d.place()
        return pair(f"Artillery shelling of {pe} killed {n.en} civilians.",
                    f"أدى قصف مدفعي {_li(pa)} إلى مقتل {cv(n, 'obl')}.", [K(n.value), P(gov)], "lam-clitic")

    def pipe_headline(d: Draw) -> Pair:
        n, (pe, pa, gov) = _words(d, 11, 19), d.place(kind=False)
        return pair(f"{pe} | {n.en} civilians killed in regime shelling",
                    f"{pa} | مقتل {cv(n, 'obl')} بقصف لقوات النظام", [K(n.value), P(gov)], "pipe-headline")

    def house_in(d: Draw) -> Pair:
        n, (pe, pa, gov) = _words(d, 3, 10), d.place()
        return pair(f"{n.En} members of one family were killed when a shell hit their house in {pe}.",
                    f"قُتل {n.ar()} أفراد من عائلة واحدة إثر سقوط قذيفة على منزلهم في {pa}.",
                    [K(n.value), P(gov)], "family-house")

    def vicinity(d: Draw) -> Pair:
        n, (pe, pa, gov) = _words(d, 3, 10), d.place(kind=False)
        return pair(f"{n.En} civilians were killed in airstrikes on the vicinity of {pe}.",
                    f"قُتل {cv(n)} في غارات جوية على محيط {pa}.", [K(n.value), P(gov)], "vicinity-of")
    def countryside_only(d: Draw) -> Pair:
        n, (pe, pa, gov) = _words(d, 3, 10), d.place(kind=False)
        side_en, side_ar = d.side()
        return pair(f"In the {side_en} Tartus countryside, {n.en} civilians were killed in shelling on {pe}.",
                    f"وفي ريف طرطوس {side_ar}، قُتل {cv(n)} في قصف على {pa}.", [K(n.value), P(gov)], "countryside-first")

    def two_villages(d: Draw) -> Pair:
        n, (pe, pa, gov) = _words(d, 3, 10), d.place(kind=False)
        (qe, qa, _g) = d.rng.choice([p for p in PLACES5 if p[0] != pe])
        return pair(f"{n.En} civilians were killed in shelling between {pe} and {qe}.",
                    f"قُتل {cv(n)} في قصف بين {pa} و{qa}.", [K(n.value), P(gov)], "between-two")

    def homes_in(d: Draw) -> Pair:
        n, (pe, pa, gov) = _words(d, 11, 19), d.place()
        return pair(f"Shelling that targeted civilian homes in {pe} killed {n.en} people.",
                    f"أودى قصف استهدف منازل المدنيين في {pa} بحياة {cv(n, 'obl', 'people')}.", [K(n.value), P(gov)],
                    "homes-in")
    return [died_in, shelling_killed, headline, place_first, dual, countryside, toll_rose, martyrs, two_towns,
            clitic_place, outskirts, located_in, citizens, of_the_civilians, compound_words, near_place, lam_clitic,
            pipe_headline, house_in, vicinity, countryside_only, two_villages, homes_in]


def _killed_injured() -> list[Family]:
    def killed_and_wounded(d: Draw) -> Pair:
        k, i, (pe, pa, gov) = d.num(3, 10), d.num(11, 30), d.place()
        return pair(f"{k.En} civilians were killed and {i.en} wounded in {pe}.",
                    f"قُتل {cv(k)} وأصيب {i.ar()} {ar_noun(i.value, 'people')} بجروح في {pa}.",
                    [K(k.value), tag("injured", injured(i.value)), P(gov)], "killed-and-wounded")

    def toll_and_wounded(d: Draw) -> Pair:
        k, i, (pe, pa, gov) = d.num(3, 10), d.num(11, 30), d.place()
        return pair(f"The shelling of {pe} killed {k.en} civilians and injured {i.en} others.",
                    f"أسفر قصف {pa} عن مقتل {cv(k, 'obl')} وإصابة {i.ar('obl')} {ar_noun(i.value, 'people')} آخرين.",
                    [K(k.value), tag("injured", injured(i.value)), P(gov)], "killed-and-injured-others")
    return [killed_and_wounded, toll_and_wounded]


def _dates() -> list[Family]:
    def on_weekday(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), d.place()
        de, da, day = d.weekday()
        return pair(f"{n.En} civilians were killed in {pe} on {de}.", f"قُتل {cv(n)} في {pa} يوم {da}.",
                    [tag("date", date_is(day)), K(n.value), P(gov)], "weekday")
    return [on_weekday]


def _places() -> list[Family]:
    def dateline(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), d.place(kind=False)
        return pair(f"{pe} - {n.En} civilians were killed in shelling this morning.",
                    f"{pa} - قُتل {cv(n)} في قصف صباح اليوم.", [K(n.value), P(gov)], "dateline")

    def near_place(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), d.place(kind=False)
        return pair(f"{n.En} civilians were killed on the road between {pe} and Tartus.",
                    f"قُتل {cv(n)} على الطريق الواصل بين {pa} وطرطوس.", [K(n.value), P(gov)], "road-between")
    return [dateline, near_place]


# 2. victim sub-groups ------------------------------------------------------------------------------


def _subgroups() -> list[Family]:
    def bainahum_and(d: Draw) -> Pair:
        c, w, (pe, pa, gov) = d.num(3, 9), d.num(3, 6), d.place()
        n = d.num(c.value + w.value + 1, c.value + w.value + 15)
        ladies = d.rng.random() < 0.5
        return pair(f"{n.En} civilians, including {c.en} children and {w.en} women, were killed in {pe}.",
                    f"قُتل {cv(n)}، بينهم {_kids(c)} و{_women(w, ladies)}، في {pa}.",
                    [K(n.value), _sub("children", c.value), _sub("women", w.value), P(gov)], "bainahum-and")

    def minhum_duals(d: Draw) -> Pair:
        (pe, pa, gov), kid, wom = d.place(), d.pick(["child", "girl"]), d.pick(["woman", "lady"])
        n = d.num(6, 20)
        ce, ca = _few(str(kid), 2)
        we, wa = _few(str(wom), 2)
        return pair(f"{n.En} people were killed in {pe}, {ce} and {we} among them.",
                    f"قُتل {cv(n, 'nom', 'people')} في {pa}، منهم {ca} و{wa}.",
                    [K(n.value), _sub("children", 2), _sub("women", 2), P(gov)], "minhum-duals")

    def dual_oblique(d: Draw) -> Pair:
        (pe, pa, gov), kid, wom = d.place(), d.pick(["child", "girl"]), d.pick(["woman", "lady"])
        n = d.num(4, 20)
        ce, ca = _few(str(kid), 2, "obl")
        we, wa = _few(str(wom), 1)
        return pair(f"The shelling of {pe} killed {n.en} civilians, among them {ce} and {we}.",
                    f"أسفر القصف على {pa} عن مقتل {cv(n, 'obl')}، من بينهم {ca} و{wa}.",
                    [K(n.value), _sub("children", 2), _sub("women", 1), P(gov)], "dual-oblique")

    def wahum(d: Draw) -> Pair:
        c, w, m, (pe, pa, gov) = d.num(3, 9), d.num(3, 6), d.num(3, 9), d.place()
        n = c.value + w.value + m.value
        return pair(f"{n} civilians were killed in {pe}; they were {c.en} children, {w.en} women and {m.en} men.",
                    f"قُتل {n} {ar_noun(n, 'civ')} في {pa}، وهم {_kids(c)} و{_women(w)} و{m.ar()} رجال.",
                    [K(n), _sub("children", c.value), _sub("women", w.value), P(gov)], "wahum")

    def distributed(d: Draw) -> Pair:
        c, w, m, (pe, pa, gov) = d.num(3, 9), d.num(3, 6), d.num(3, 9), d.place()
        n = c.value + w.value + m.value
        verb = d.pick(["توزعوا على", "موزعين على", "موزعين بين"])
        return pair(f"{n} civilians were killed in shelling on {pe}, broken down into {c.en} children, {w.en} women "
                    f"and {m.en} men.",
                    f"قُتل {n} {ar_noun(n, 'civ')} في قصف على {pa}، {verb} {_kids(c)} و{_women(w)} و{m.ar()} رجال.",
                    [K(n), _sub("children", c.value), _sub("women", w.value), P(gov)], "distributed")

    def victims_are(d: Draw) -> Pair:
        c, w, (pe, pa, gov) = d.num(3, 9), d.num(3, 6), d.place()
        n = c.value + w.value
        return pair(f"Shelling on {pe} killed {n} civilians. The victims were {c.en} children and {w.en} women.",
                    f"قتل القصف على {pa} {n} {ar_noun(n, 'civ')}. والضحايا هم {_kids(c)} و{_women(w)}.",
                    [K(n), _sub("children", c.value), _sub("women", w.value), P(gov)], "victims-are")

    def girl_and_lady(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(3, 15), d.place()
        return pair(f"{n.En} civilians were killed in {pe}, among them a girl and a woman.",
                    f"قُتل {cv(n)} في {pa}، من بينهم طفلة وسيدة.",
                    [K(n.value), _sub("children", 1), _sub("women", 1), P(gov)], "girl-and-lady")

    def rest_men(d: Draw) -> Pair:
        c, (pe, pa, gov) = d.num(3, 9), d.place()
        n = d.num(c.value + 2, c.value + 15)
        return pair(f"{n.En} civilians were killed in {pe}; {c.en} of them were children, while the rest were men.",
                    f"قُتل {cv(n)} في {pa}، {c.ar()} منهم أطفال، في حين كان البقية من الرجال.",
                    [K(n.value), _sub("children", c.value), P(gov)], "rest-men")

    def in_addition(d: Draw) -> Pair:
        c, w, (pe, pa, gov) = d.num(3, 9), d.num(3, 6), d.place()
        return pair(f"{c.En} children were killed in {pe}, in addition to {w.en} women.",
                    f"قُتل {_kids(c)} في {pa}، إضافة إلى {_women(w)}.",
                    [K(c.value + w.value), _sub("children", c.value), _sub("women", w.value), P(gov)], "in-addition")

    def all_civilians(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(3, 20), d.place()
        return pair(f"{n.En} people were killed in {pe}, all of them civilians.",
                    f"قُتل {cv(n, 'nom', 'people')} في {pa}، جميعهم مدنيون.",
                    [K(n.value), _sub("civilians", n.value), P(gov)], "all-civilians")

    def majority(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(6, 40), d.place()
        return pair(f"{n.En} civilians were killed in {pe}, the majority of them children.",
                    f"قُتل {cv(n)} في {pa}، غالبيتهم من الأطفال.", [K(n.value), _sub("children", None), P(gov)],
                    "majority")

    def third(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(6, 30), d.place()
        return pair(f"{n.En} civilians were killed in {pe}, a third of them children.",
                    f"قُتل {cv(n)} في {pa}، ثلثهم أطفال.", [K(n.value), P(gov)], "a-third")

    def partitive(d: Draw) -> Pair:
        c, w, (pe, pa, gov) = d.num(3, 9), d.num(3, 6), d.place()
        n = d.num(c.value + w.value + 1, c.value + w.value + 15)
        return pair(f"{n.En} civilians were killed in {pe}, including {c.en} children and {w.en} women.",
                    f"قُتل {cv(n)} في {pa}، بينهم {_kids(c, True)} و{_women(w, partitive=True)}.",
                    [K(n.value), _sub("children", c.value), _sub("women", w.value), P(gov)], "partitive")

    def elderly(d: Draw) -> Pair:
        c, (pe, pa, gov) = d.num(3, 9), d.place()
        n = d.num(c.value + 2, c.value + 15)
        return pair(f"{n.En} civilians were killed in {pe}, including {c.en} children and an elderly man.",
                    f"قُتل {cv(n)} في {pa}، بينهم {_kids(c)} ومسن.", [K(n.value), _sub("children", c.value), P(gov)],
                    "elderly")

    def one_family(d: Draw) -> Pair:
        c, w, (pe, pa, gov) = d.num(3, 6), d.num(3, 4), d.place()
        n = d.num(c.value + w.value + 1, c.value + w.value + 5)
        return pair(f"{n.En} civilians, including {c.en} children and {w.en} women from one family, were killed in {pe}.",
                    f"قُتل {cv(n)} بينهم {_kids(c)} و{_women(w, True)} من عائلة واحدة في {pa}.",
                    [K(n.value), _sub("children", c.value), _sub("women", w.value), P(gov)], "one-family")

    def headline(d: Draw) -> Pair:
        c, (pe, pa, gov) = d.num(3, 9), d.place(kind=False)
        n = d.num(c.value + 2, c.value + 15)
        return pair(f"{n.En} civilians including {c.en} children killed in shelling on {pe}",
                    f"مقتل {cv(n, 'obl')} بينهم {_kids(c)} بقصف على {pa}", [K(n.value), _sub("children", c.value), P(gov)],
                    "headline-bainahum")

    def minors_youths(d: Draw) -> Pair:
        c, m, (pe, pa, gov) = d.num(3, 8), d.num(3, 8), d.place()
        n = c.value + m.value
        return pair(f"{n} civilians were killed in {pe}: {c.en} minors and {m.en} young men.",
                    f"قُتل {n} {ar_noun(n, 'civ')} في {pa}: {c.ar()} قاصرين و{m.ar()} شبان.",
                    [K(n), _sub("children", c.value), P(gov)], "minors-and-youths")

    def girls(d: Draw) -> Pair:
        (pe, pa, gov) = d.place()
        n = d.num(4, 12)
        return pair(f"{n.En} civilians were killed in {pe}, among them two girls.",
                    f"قُتل {cv(n)} في {pa}، بينهم طفلتان.", [K(n.value), _sub("children", 2), P(gov)], "two-girls")
    def women_first(d: Draw) -> Pair:
        w, c, (pe, pa, gov) = d.num(3, 6), d.num(3, 9), d.place()
        n = d.num(c.value + w.value + 1, c.value + w.value + 12)
        return pair(f"{n.En} civilians were killed in {pe}, among them {w.en} women and {c.en} children.",
                    f"قُتل {cv(n)} في {pa}، بينهم {_women(w, True)} و{_kids(c)}.",
                    [K(n.value), _sub("children", c.value), _sub("women", w.value), P(gov)], "women-first")

    def count_then_dual(d: Draw) -> Pair:
        c, (pe, pa, gov) = d.num(3, 9), d.place()
        n = d.num(c.value + 3, c.value + 15)
        we, wa = _few(str(d.pick(["woman", "lady"])), 2)
        return pair(f"{n.En} civilians were killed in {pe}, including {c.en} children and {we}.",
                    f"قُتل {cv(n)} في {pa}، بينهم {_kids(c)} و{wa}.",
                    [K(n.value), _sub("children", c.value), _sub("women", 2), P(gov)], "count-then-dual")

    def groups_only(d: Draw) -> Pair:
        (pe, pa, gov) = d.place()
        ce, ca = _few(str(d.pick(["child", "girl"])), 2)
        we, wa = _few(str(d.pick(["woman", "lady"])), 1)
        return pair(f"{ce.capitalize()} and {we} were killed in regime shelling on {pe}.",
                    f"قُتل {ca} و{wa} بقصف لقوات النظام على {pa}.",
                    [K(3), _sub("children", 2), _sub("women", 1), P(gov)], "groups-only")

    def children_and_mother(d: Draw) -> Pair:
        c, (pe, pa, gov) = _words(d, 3, 6), d.place()
        return pair(f"{c.En} children and their mother were killed in an airstrike on {pe}.",
                    f"قُتل {_kids(c)} ووالدتهم في غارة جوية على {pa}.",
                    [K(c.value + 1), _sub("children", c.value), _sub("women", 1), P(gov)], "children-and-mother")

    def toll_reached(d: Draw) -> Pair:
        c, (pe, pa, gov) = d.num(3, 9), d.place()
        n = d.num(c.value + 3, c.value + 20)
        return pair(f"The death toll of the shelling of {pe} reached {n.en} dead, including {c.en} children.",
                    f"بلغت حصيلة ضحايا القصف على {pa} {n.ar()} {ar_noun(n.value, 'dead')}، بينهم {_kids(c)}.",
                    [K(n.value), _sub("children", c.value), P(gov)], "toll-reached-bainahum")

    def were_among_dead(d: Draw) -> Pair:
        c, (pe, pa, gov) = d.num(3, 9), d.place()
        n = d.num(c.value + 3, c.value + 20)
        return pair(f"{n.En} civilians were killed in {pe}. Among the dead were {c.en} children.",
                    f"قُتل {cv(n)} في {pa}. وكان بين القتلى {_kids(c)}.",
                    [K(n.value), _sub("children", c.value), P(gov)], "were-among-dead")

    def half_of_them(d: Draw) -> Pair:
        h, (pe, pa, gov) = d.num(3, 10), d.place()
        n = Num(2 * h.value, h.as_words and 2 * h.value < 100, h.indic)
        return pair(f"{n.En} civilians were killed in {pe}, half of them children.",
                    f"قُتل {cv(n)} في {pa}، نصفهم من الأطفال.", [K(n.value), _sub("children", h.value), P(gov)],
                    "half-of-them")

    def colon_commas(d: Draw) -> Pair:
        c, w, m, (pe, pa, gov) = d.num(3, 9, False), d.num(3, 6, False), d.num(3, 9, False), d.place()
        n = c.value + w.value + m.value
        return pair(f"Shelling on {pe} killed {n} civilians. The victims: {c.en} children, {w.en} women and {m.en} men.",
                    f"قتل القصف على {pa} {n} {ar_noun(n, 'civ')}. الضحايا: {c.ar()} أطفال، {w.ar()} سيدات، و{m.ar()} رجال.",
                    [K(n), _sub("children", c.value), _sub("women", w.value), P(gov)], "colon-commas")

    def infant(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(3, 12), d.place()
        return pair(f"{n.En} civilians, among them an infant, were killed in {pe}.",
                    f"قُتل {cv(n)}، بينهم طفل رضيع، في {pa}.", [K(n.value), _sub("children", 1), P(gov)], "infant")

    def words_of_them(d: Draw) -> Pair:
        c, (pe, pa, gov) = _words(d, 3, 9), d.place()
        n = d.num(c.value + 3, c.value + 20)
        return pair(f"{n.En} civilians were killed in {pe}, {c.en} of whom were children.",
                    f"قُتل {cv(n)} في {pa}، {c.ar()} منهم من الأطفال.", [K(n.value), _sub("children", c.value), P(gov)],
                    "words-minhum")

    def women_children_no_number(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(4, 30), d.place()
        return pair(f"{n.En} civilians, among them women and children, were killed in {pe}.",
                    f"قُتل {cv(n)}، بينهم نساء وأطفال، في {pa}.",
                    [K(n.value), _sub("children", None), _sub("women", None), P(gov)], "women-children-no-number")
    def ages(d: Draw) -> Pair:
        c, (pe, pa, gov) = d.num(3, 6), d.place()
        n = d.num(c.value + 3, c.value + 15)
        a = d.rng.randint(2, 5)
        return pair(f"{n.En} civilians were killed in {pe}, including {c.en} children aged between {a} and {a + 8}.",
                    f"قُتل {cv(n)} في {pa}، بينهم {_kids(c)} تتراوح أعمارهم بين {a} و{a + 8} سنوات.",
                    [K(n.value), _sub("children", c.value), P(gov)], "children-ages")

    def age_brackets(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(3, 12), d.place()
        a = d.rng.randint(3, 12)
        return pair(f"{n.En} civilians were killed in {pe}, among them a child ({a} years old).",
                    f"قُتل {cv(n)} في {pa}، بينهم طفل ({a} أعوام).", [K(n.value), _sub("children", 1), P(gov)],
                    "age-in-brackets")

    def one_of_them(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(3, 9), d.place()
        return pair(f"{n.En} civilians were killed in {pe}; one of them was a child.",
                    f"قُتل {cv(n)} في {pa}، أحدهم طفل.", [K(n.value), _sub("children", 1), P(gov)], "one-of-them")

    def count_and_dual_toll(d: Draw) -> Pair:
        c, (pe, pa, gov) = d.num(3, 9), d.place()
        return pair(f"{c.En} children and two women were killed in shelling on {pe}.",
                    f"قُتل {_kids(c)} وامرأتان في قصف على {pa}.",
                    [K(c.value + 2), _sub("children", c.value), _sub("women", 2), P(gov)], "count-and-dual-toll")

    def commas_around(d: Draw) -> Pair:
        c, w, (pe, pa, gov) = d.num(3, 9), d.num(3, 6), d.place()
        n = d.num(c.value + w.value + 1, c.value + w.value + 15)
        return pair(f"{n.En} civilians were killed in {pe}, among them {c.en} children, and {w.en} women.",
                    f"قُتل {cv(n)} في {pa}، من بينهم {_kids(c)}، و{_women(w, True)}.",
                    [K(n.value), _sub("children", c.value), _sub("women", w.value), P(gov)], "commas-around")

    def number_of_children(d: Draw) -> Pair:
        c, (pe, pa, gov) = d.num(3, 9), d.place()
        n = d.num(c.value + 3, c.value + 20)
        return pair(f"{n.En} civilians were killed in {pe}. The number of children among the dead reached {c.en}.",
                    f"قُتل {cv(n)} في {pa}. وبلغ عدد الأطفال بين القتلى {c.ar()}.",
                    [K(n.value), _sub("children", c.value), P(gov)], "number-of-children")

    def in_addition_dual(d: Draw) -> Pair:
        w, (pe, pa, gov) = d.num(3, 6), d.place()
        return pair(f"{w.En} women were killed in {pe}, in addition to two children.",
                    f"قُتلت {_women(w, True)} في {pa}، بالإضافة إلى طفلين.",
                    [K(w.value + 2), _sub("children", 2), _sub("women", w.value), P(gov)], "in-addition-dual")

    def mostly_women_children(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(6, 40), d.place()
        return pair(f"{n.En} civilians were killed in {pe}, most of them women and children.",
                    f"قُتل {cv(n)} في {pa}، أغلبهم أطفال ونساء.",
                    [K(n.value), _sub("children", None), _sub("women", None), P(gov)], "mostly-women-children")

    def vocalised(d: Draw) -> Pair:
        c, (pe, pa, gov) = d.num(3, 9, False), d.place()
        n = d.num(c.value + 3, c.value + 15, False)
        return pair(f"{n.En} civilians, including {c.en} children, were killed in {pe}.",
                    f"قُتِلَ {cv(n)}، بَينَهُم {_kids(c)}، في {pa}.",
                    [K(n.value), _sub("children", c.value), P(gov)], "vocalised")
    def among_dead_same_sentence(d: Draw) -> Pair:
        c, w, (pe, pa, gov) = d.num(3, 9), d.num(3, 6), d.place()
        n = d.num(c.value + w.value + 1, c.value + w.value + 15)
        return pair(f"{n.En} civilians were killed in {pe}, and among the dead were {c.en} children and {w.en} women.",
                    f"قُتل {cv(n)} في {pa}، ومن بين القتلى {_kids(c)} و{_women(w)}.",
                    [K(n.value), _sub("children", c.value), _sub("women", w.value), P(gov)], "among-dead-same-sentence")

    def toll_includes(d: Draw) -> Pair:
        c, (pe, pa, gov) = d.num(3, 9), d.place()
        n = d.num(c.value + 3, c.value + 20)
        return pair(f"Shelling on {pe} killed {n.en} civilians. The toll includes {c.en} children.",
                    f"قتل القصف على {pa} {cv(n, 'obl')}. وتضم الحصيلة {_kids(c)}.",
                    [K(n.value), _sub("children", c.value), P(gov)], "toll-includes")

    def two_minhum(d: Draw) -> Pair:
        c, w, (pe, pa, gov) = d.num(3, 9), d.num(3, 6), d.place()
        n = d.num(c.value + w.value + 1, c.value + w.value + 15)
        return pair(f"{n.En} civilians were killed in {pe}; {c.en} of them were children and {w.en} were women.",
                    f"قُتل {cv(n)} في {pa}، {c.ar()} منهم أطفال و{w.ar(fem=True)} منهم نساء.",
                    [K(n.value), _sub("children", c.value), _sub("women", w.value), P(gov)], "two-minhum")

    def many_children(d: Draw) -> Pair:
        c, (pe, pa, gov) = d.num(11, 19), d.place()
        n = d.num(c.value + 3, c.value + 25)
        return pair(f"{n.En} people were killed in {pe}, including {c.en} children.",
                    f"قُتل {cv(n, 'nom', 'people')} في {pa}، بينهم {cv(c, 'nom', 'children')}.",
                    [K(n.value), _sub("children", c.value), P(gov)], "eleven-plus-children")

    def dead_noun(d: Draw) -> Pair:
        c, (pe, pa, gov) = d.num(3, 9), d.place(kind=False)
        n = d.num(c.value + 3, c.value + 20)
        return pair(f"{pe}: {n.en} dead, including {c.en} children, in regime shelling",
                    f"{pa}: {n.ar()} {ar_noun(n.value, 'dead')} بينهم {_kids(c)} بقصف لقوات النظام",
                    [K(n.value), _sub("children", c.value), P(gov)], "dead-noun-headline")

    def colon_after_wahum(d: Draw) -> Pair:
        c, w, (pe, pa, gov) = d.num(3, 9, False), d.num(3, 6, False), d.place()
        n = c.value + w.value
        return pair(f"{n} civilians were killed in {pe}. They are: {c.en} children and {w.en} women.",
                    f"قُتل {n} {ar_noun(n, 'civ')} في {pa}، وهم: {c.ar()} أطفال، و{w.ar(fem=True)} نساء.",
                    [K(n), _sub("children", c.value), _sub("women", w.value), P(gov)], "colon-after-wahum")

    def lead_dual(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(4, 15), d.place()
        ce, ca = _few(str(d.pick(["child", "girl"])), 2)
        return pair(f"{n.En} civilians were killed in {pe}. Among the victims were {ce}.",
                    f"قُتل {cv(n)} في {pa}. وكان من بين الضحايا {ca}.", [K(n.value), _sub("children", 2), P(gov)],
                    "lead-dual")

    def named_victims(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(3, 12), d.place()
        ge, ga = d.rng.choice([("Salma", "سلمى"), ("Rahaf", "رهف"), ("Lana", "لانا")])
        we, wa = d.rng.choice([("Fatima", "فاطمة"), ("Amina", "آمنة"), ("Khadija", "خديجة")])
        return pair(f"{n.En} civilians were killed in {pe}, including the girl {ge} and the woman {we}.",
                    f"قُتل {cv(n)} في {pa}، بينهم الطفلة {ga} والسيدة {wa}.",
                    [K(n.value), _sub("children", 1), _sub("women", 1), P(gov)], "named-victims")

    def of_the_victims(d: Draw) -> Pair:
        c, (pe, pa, gov) = d.num(3, 9), d.place()
        n = d.num(c.value + 3, c.value + 20)
        return pair(f"{n.En} civilians were killed in {pe}; {c.en} of the victims were children.",
                    f"قُتل {cv(n)} في {pa}، و{c.ar()} من الضحايا أطفال.", [K(n.value), _sub("children", c.value), P(gov)],
                    "of-the-victims")

    def boys(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(4, 12), d.place()
        return pair(f"{n.En} civilians were killed in {pe}, among them a boy and his sister.",
                    f"قُتل {cv(n)} في {pa}، بينهم طفل وشقيقته.", [K(n.value), P(gov)], "boy-and-sister")
    return [bainahum_and, minhum_duals, dual_oblique, wahum, distributed, victims_are, girl_and_lady, rest_men,
            in_addition, all_civilians, majority, third, partitive, elderly, one_family, headline, minors_youths, girls,
            women_first, count_then_dual, groups_only, children_and_mother, toll_reached, were_among_dead, half_of_them,
            colon_commas, infant, words_of_them, women_children_no_number, ages, age_brackets, one_of_them,
            count_and_dual_toll, commas_around, number_of_children, in_addition_dual, mostly_women_children, vocalised,
            among_dead_same_sentence, toll_includes, two_minhum, many_children, dead_noun, colon_after_wahum, lead_dual,
            named_victims, of_the_victims, boys]


# 3. bounds (a few) ---------------------------------------------------------------------------------


def _bounds() -> list[Family]:
    def at_least_children(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(6, 40), d.place()
        return pair(f"At least {n.en} civilians were killed in {pe}.", f"قُتل {cv(n)} على الأقل في {pa}.",
                    [tag("bounds", killed_bounds(n.value, None)), P(gov)], "at-least")

    def no_less(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(6, 40), d.place()
        return pair(f"No fewer than {n.en} civilians were killed in {pe}.", f"قُتل ما لا يقل عن {cv(n, 'obl')} في {pa}.",
                    [tag("bounds", killed_bounds(n.value, None)), P(gov)], "no-less-than")
    return [at_least_children, no_less]


# 4. totals over a period or an area ----------------------------------------------------------------


def _aggregates() -> list[Family]:
    def toll_of_month(d: Draw) -> Pair:
        k, (pe, pa, gov), t, m = d.num(3, 20), d.place(), _total(d), d.rng.randrange(12)
        return pair(f"{k.En} civilians were killed in {pe} on Tuesday. The toll for the month of {MONTHS_EN[m]} "
                    f"reached {t:,} civilians.",
                    f"قُتل {cv(k)} في {pa} يوم الثلاثاء. وبلغت حصيلة شهر {MONTHS_LEV[m]} {t} {ar_noun(t, 'civ')}.",
                    [K(k.value), *_agg(t), P(gov)], "toll-of-month")

    def during_month(d: Draw) -> Pair:
        k, (pe, pa, gov), t, m = d.num(3, 20), d.place(), _total(d), d.rng.randrange(12)
        return pair(f"{k.En} civilians were killed in {pe} yesterday. The network documented the killing of {t:,} "
                    f"civilians during the month of {MONTHS_EN[m]}.",
                    f"قُتل {cv(k)} في {pa} أمس. ووثّقت الشبكة مقتل {t} {ar_noun(t, 'civ')} خلال شهر {MONTHS_LEV[m]}.",
                    [K(k.value), *_agg(t), P(gov)], "documented-during-month")

    def since_start_of_year(d: Draw) -> Pair:
        k, (pe, pa, gov), t = d.num(3, 20), d.place(), _total(d)
        opener = d.pick(["منذ بداية العام", "منذ مطلع العام الجاري", "منذ مطلع العام"])
        return pair(f"{k.En} civilians were killed in {pe} on Sunday. Since the beginning of the year, {t:,} civilians "
                    "have been killed in the governorate.",
                    f"قُتل {cv(k)} في {pa} يوم الأحد. و{opener} قُتل {t} {ar_noun(t, 'civ')} في المحافظة.",
                    [K(k.value), *_agg(t), P(gov)], "since-start-of-year")

    def since_campaign(d: Draw) -> Pair:
        k, (pe, pa, gov), t = d.num(3, 20), d.place(), _total(d)
        return pair(f"An airstrike on {pe} killed {k.en} civilians. The number of victims since the start of the "
                    f"military campaign has reached {t:,} civilians.",
                    f"قتلت غارة جوية على {pa} {cv(k, 'obl')}. وبلغ عدد الضحايا منذ بدء الحملة العسكرية {t} "
                    f"{ar_noun(t, 'civ')}.", [K(k.value), *_agg(t), P(gov)], "since-campaign")

    def first_half(d: Draw) -> Pair:
        k, (pe, pa, gov), t = d.num(3, 20), d.place(), _total(d)
        return pair(f"{k.En} civilians were killed in {pe} on Friday. In the first half of 2020, {t:,} civilians "
                    "were killed in Syria.",
                    f"قُتل {cv(k)} في {pa} يوم الجمعة. وقُتل {t} {ar_noun(t, 'civ')} في سوريا في النصف الأول من عام 2020.",
                    [K(k.value), *_agg(t), P(gov)], "first-half")

    def last_week(d: Draw) -> Pair:
        k, (pe, pa, gov), t = d.num(3, 9), d.place(), _total(d, 31, 150)
        return pair(f"{k.En} civilians were killed in {pe} yesterday. Over the past week, {t:,} civilians were killed "
                    "in the governorate.",
                    f"قُتل {cv(k)} في {pa} أمس. وخلال الأسبوع الماضي قُتل {t} {ar_noun(t, 'civ')} في المحافظة.",
                    [K(k.value), *_agg(t), P(gov)], "past-week")

    def bringing_since_month(d: Draw) -> Pair:
        k, (pe, pa, gov), t = d.num(3, 9), d.place(), _total(d, 40, 400)
        verb = d.pick(["ليرتفع عدد الضحايا", "ليرتفع عدد القتلى المدنيين", "لترتفع حصيلة الضحايا"])
        return pair(f"{k.En} civilians were killed in {pe} on Thursday, bringing the death toll since the start of "
                    f"the month to {t:,}.",
                    f"قُتل {cv(k)} في {pa} يوم الخميس، {verb} منذ مطلع الشهر إلى {t}.",
                    [K(k.value), *_agg(t), P(gov)], "bringing-since-month")

    def raising_campaign(d: Draw) -> Pair:
        k, (pe, pa, gov), t = d.num(3, 9), d.place(), _total(d)
        return pair(f"Shelling killed {k.en} civilians in {pe}, raising the toll of the campaign to {t:,} civilians.",
                    f"قتل القصف {cv(k, 'obl')} في {pa}، لترتفع حصيلة الحملة إلى {t} {ar_noun(t, 'civ')}.",
                    [K(k.value), *_agg(t), P(gov)], "raising-campaign-toll")

    def overall(d: Draw) -> Pair:
        k, (pe, pa, gov), t = d.num(3, 9), d.place(), _total(d)
        return pair(f"{k.En} civilians were killed in {pe} on Saturday. The overall civilian toll since the "
                    f"escalation began thus reaches {t:,}.",
                    f"قُتل {cv(k)} في {pa} يوم السبت. وبذلك تصل الحصيلة الإجمالية للضحايا المدنيين منذ بدء التصعيد إلى {t}.",
                    [K(k.value), *_agg(t), P(gov)], "overall-toll")

    def cumulative(d: Draw) -> Pair:
        k, (pe, pa, gov), t = d.num(3, 9), d.place(), _total(d)
        return pair(f"{k.En} civilians were killed in {pe} yesterday. The cumulative civilian death toll in the "
                    f"governorate stands at {t:,}.",
                    f"قُتل {cv(k)} في {pa} أمس. وتبلغ الحصيلة التراكمية للقتلى المدنيين في المحافظة {t} "
                    f"{ar_noun(t, 'dead')}.", [K(k.value), *_agg(t), P(gov)], "cumulative")

    def number_since(d: Draw) -> Pair:
        k, (pe, pa, gov), t = d.num(3, 9), d.place(), _total(d)
        return pair(f"{k.En} civilians were killed in {pe} on Monday. The number of civilians killed since the start "
                    f"of this year has reached {t:,}.",
                    f"قُتل {cv(k)} في {pa} يوم الاثنين. وبلغ عدد المدنيين الذين قُتلوا منذ مطلع العام الجاري {t} "
                    f"{ar_noun(t, 'civ')}.", [K(k.value), *_agg(t), P(gov)], "number-since")

    def report_then_attack(d: Draw) -> Pair:
        k, (pe, pa, gov), t, m = d.num(3, 20), d.place(), _total(d), d.rng.randrange(12)
        return pair(f"The Syria Response Coordinators documented the killing of {t:,} civilians during "
                    f"{MONTHS_EN[m]}. The deadliest attack was on {pe}, where {k.en} civilians were killed.",
                    f"وثّق فريق منسقو استجابة سوريا مقتل {t} {ar_noun(t, 'civ')} خلال شهر {MONTHS_LEV[m]}. وكان "
                    f"أعنف الهجمات على {pa}، إذ قُتل {cv(k)}.", [K(k.value), *_agg(t), P(gov)], "report-then-attack")

    def annual(d: Draw) -> Pair:
        k, (pe, pa, gov), t = d.num(3, 20), d.place(), _total(d)
        return pair(f"{k.En} civilians were killed in {pe} yesterday. According to the Observatory's annual report, "
                    f"{t:,} civilians were killed in Syria during 2020.",
                    f"قُتل {cv(k)} في {pa} أمس. ووفق التقرير السنوي للمرصد، قُتل {t} {ar_noun(t, 'civ')} في سوريا "
                    "خلال عام 2020.", [K(k.value), *_agg(t), P(gov)], "annual-report")

    def with_children(d: Draw) -> Pair:
        k, (pe, pa, gov), t, m = d.num(3, 20), d.place(), _total(d), d.rng.randrange(12)
        c = d.rng.randint(40, 170)
        return pair(f"{k.En} civilians were killed in {pe} on Wednesday. The network documented the killing of "
                    f"{t:,} civilians in {MONTHS_EN[m]}, including {c} children.",
                    f"قُتل {cv(k)} في {pa} يوم الأربعاء. ووثّقت الشبكة مقتل {t} {ar_noun(t, 'civ')} في شهر "
                    f"{MONTHS_LEV[m]}، بينهم {c} {ar_noun(c, 'children')}.", [K(k.value), *_agg(t), P(gov)],
                    "monthly-with-children")
    def toll_rose_since(d: Draw) -> Pair:
        k, (pe, pa, gov), t = d.num(3, 9), d.place(), _total(d, 40, 900)
        return pair(f"{k.En} civilians were killed in {pe} on Tuesday. The toll of the shelling of the governorate since "
                    f"the start of this month has risen to {t:,} civilians.",
                    f"قُتل {cv(k)} في {pa} يوم الثلاثاء. وارتفعت حصيلة ضحايا القصف على المحافظة منذ مطلع الشهر الجاري "
                    f"إلى {t} {ar_noun(t, 'civ')}.", [K(k.value), *_agg(t), P(gov)], "toll-rose-since")

    def figure_first(d: Draw) -> Pair:
        k, (pe, pa, gov), t = d.num(3, 9), d.place(), _total(d)
        return pair(f"{k.En} civilians were killed in {pe} yesterday. {t:,} civilians have been killed since the "
                    "beginning of the year, the Observatory said.",
                    f"قُتل {cv(k)} في {pa} أمس. و{t} {ar_noun(t, 'civ')} قُتلوا منذ بداية العام، بحسب المرصد.",
                    [K(k.value), *_agg(t), P(gov)], "figure-first-since")

    def monthly_report(d: Draw) -> Pair:
        k, (pe, pa, gov), t, m = d.num(3, 20), d.place(), _total(d), d.rng.randrange(12)
        return pair(f"{k.En} civilians were killed in {pe} on Saturday. In its monthly report, the network documented "
                    f"the killing of {t:,} civilians in {MONTHS_EN[m]}.",
                    f"قُتل {cv(k)} في {pa} يوم السبت. ووثقت الشبكة في تقريرها الشهري مقتل {t} {ar_noun(t, 'civ')} في "
                    f"{MONTHS_LEV[m]}.", [K(k.value), *_agg(t), P(gov)], "monthly-report")

    def since_operation(d: Draw) -> Pair:
        k, (pe, pa, gov), t, m = d.num(3, 20), d.place(), _total(d), d.rng.randrange(12)
        return pair(f"{k.En} civilians were killed in {pe} on Monday. The Observatory has documented the killing of "
                    f"{t:,} civilians since the military operation was launched last {MONTHS_EN[m]}.",
                    f"قُتل {cv(k)} في {pa} يوم الاثنين. وكان المرصد قد وثّق مقتل {t} {ar_noun(t, 'civ')} منذ انطلاق "
                    f"العملية العسكرية في {MONTHS_LEV[m]} الماضي.", [K(k.value), *_agg(t), P(gov)], "since-operation")

    def last_month(d: Draw) -> Pair:
        k, (pe, pa, gov), t = d.num(3, 20), d.place(), _total(d)
        return pair(f"{k.En} civilians were killed in {pe} on Thursday. Last month, {t:,} civilians were killed across "
                    "the country.",
                    f"قُتل {cv(k)} في {pa} يوم الخميس. وخلال الشهر الماضي قُتل {t} {ar_noun(t, 'civ')} في مختلف "
                    "المناطق السورية.", [K(k.value), *_agg(t), P(gov)], "last-month")

    def first_quarter(d: Draw) -> Pair:
        k, (pe, pa, gov), t = d.num(3, 20), d.place(), _total(d)
        return pair(f"{k.En} civilians were killed in {pe} on Friday. The network recorded {t:,} civilian deaths in the "
                    "first quarter of the year.",
                    f"قُتل {cv(k)} في {pa} يوم الجمعة. وسجلت الشبكة مقتل {t} {ar_noun(t, 'civ')} في الربع الأول من العام.",
                    [K(k.value), *_agg(t), P(gov)], "first-quarter")

    def past_months(d: Draw) -> Pair:
        k, (pe, pa, gov), t = d.num(3, 20), d.place(), _total(d)
        return pair(f"{k.En} civilians were killed in {pe} yesterday. Over the past six months, {t:,} civilians were "
                    "killed in the governorate.",
                    f"قُتل {cv(k)} في {pa} أمس. وقُتل {t} {ar_noun(t, 'civ')} في المحافظة خلال الأشهر الستة الماضية.",
                    [K(k.value), *_agg(t), P(gov)], "past-six-months")

    def thus_total(d: Draw) -> Pair:
        k, (pe, pa, gov), t = d.num(3, 9), d.place(), _total(d, 40, 900)
        return pair(f"{k.En} civilians were killed in {pe}, bringing the total number of dead since the attack began "
                    f"to {t:,}.",
                    f"قُتل {cv(k)} في {pa}، ليصل إجمالي عدد القتلى منذ بدء الهجوم إلى {t} {ar_noun(t, 'dead')}.",
                    [K(k.value), *_agg(t), P(gov)], "total-reaches")

    def since_outbreak(d: Draw) -> Pair:
        k, (pe, pa, gov) = d.num(3, 20), d.place()
        t = d.rng.randint(12000, 90000)
        return pair(f"{k.En} civilians were killed in {pe} on Wednesday. The Observatory has counted {t:,} civilian "
                    "deaths since the conflict broke out in 2011.",
                    f"قُتل {cv(k)} في {pa} يوم الأربعاء. وأحصى المرصد مقتل {t} {ar_noun(t, 'civ')} منذ اندلاع النزاع عام 2011.",
                    [K(k.value), *_agg(t), P(gov)], "since-outbreak")

    def headline_colon(d: Draw) -> Pair:
        k, (pe, pa, gov), t, m = d.num(3, 20), d.place(), _total(d), d.rng.randrange(12)
        return pair(f"{MONTHS_EN[m]}'s toll: {t:,} civilians killed. On its last day, {k.en} civilians were killed in {pe}.",
                    f"حصيلة شهر {MONTHS_LEV[m]}: {t} {ar_noun(t, 'civ')}. وفي آخر أيامه قُتل {cv(k)} في {pa}.",
                    [K(k.value), *_agg(t), P(gov)], "headline-colon-month")

    def statistic(d: Draw) -> Pair:
        k, (pe, pa, gov), t = d.num(3, 20), d.place(), _total(d)
        return pair(f"{k.En} civilians were killed in {pe} yesterday. According to new statistics from the network, "
                    f"{t:,} civilians have been killed in the governorate so far this year.",
                    f"قُتل {cv(k)} في {pa} أمس. ووفق إحصائية جديدة للشبكة، قُتل {t} {ar_noun(t, 'civ')} في المحافظة "
                    "منذ بداية العام حتى الآن.", [K(k.value), *_agg(t), P(gov)], "statistic")
    def rose_since_date(d: Draw) -> Pair:
        k, (pe, pa, gov), t, m = d.num(3, 9), d.place(), _total(d, 40, 900), d.rng.randrange(12)
        day = d.rng.randint(2, 27)
        return pair(f"{k.En} civilians were killed in {pe} on Tuesday. The toll of the military campaign on the "
                    f"governorate has risen to {t:,} dead since {MONTHS_EN[m]} {day}.",
                    f"قُتل {cv(k)} في {pa} يوم الثلاثاء. وارتفعت حصيلة ضحايا الحملة العسكرية على المحافظة إلى {t} "
                    f"{ar_noun(t, 'dead')} منذ {day} {MONTHS_LEV[m]}.", [K(k.value), *_agg(t), P(gov)], "rose-since-date")

    def figure_toll_of(d: Draw) -> Pair:
        k, (pe, pa, gov), t, m = d.num(3, 9), d.place(), _total(d), d.rng.randrange(12)
        return pair(f"{t:,} civilians: the toll of the month of {MONTHS_EN[m]}. The last of them were {k.en} civilians "
                    f"killed in {pe}.",
                    f"{t} {ar_noun(t, 'civ')} حصيلة ضحايا شهر {MONTHS_LEV[m]}. وكان آخرهم {cv(k)} قُتلوا في {pa}.",
                    [K(k.value), *_agg(t), P(gov)], "figure-toll-of")

    def period_range(d: Draw) -> Pair:
        k, (pe, pa, gov), t, m = d.num(3, 20), d.place(), _total(d), d.rng.randrange(12)
        return pair(f"{k.En} civilians were killed in {pe} yesterday. Between the 1st and the 30th of {MONTHS_EN[m]}, the "
                    f"network documented the killing of {t:,} civilians.",
                    f"قُتل {cv(k)} في {pa} أمس. ووثّقت الشبكة مقتل {t} {ar_noun(t, 'civ')} في الفترة الممتدة من 1 "
                    f"إلى 30 {MONTHS_LEV[m]}.", [K(k.value), *_agg(t), P(gov)], "period-range")

    def over_past_year(d: Draw) -> Pair:
        k, (pe, pa, gov), t = d.num(3, 20), d.place(), _total(d)
        return pair(f"{k.En} civilians were killed in {pe} on Sunday. Over the course of last year, {t:,} civilians were "
                    "killed in the governorate.",
                    f"قُتل {cv(k)} في {pa} يوم الأحد. وعلى مدار العام الماضي قُتل {t} {ar_noun(t, 'civ')} في المحافظة.",
                    [K(k.value), *_agg(t), P(gov)], "over-past-year")

    def three_months(d: Draw) -> Pair:
        k, (pe, pa, gov), t = d.num(3, 20), d.place(), _total(d)
        return pair(f"{k.En} civilians were killed in {pe} yesterday. Over the past three months, the shelling has "
                    f"killed {t:,} civilians.",
                    f"قُتل {cv(k)} في {pa} أمس. وقتل القصف {t} {ar_noun(t, 'civ')} على مدى الأشهر الثلاثة الماضية.",
                    [K(k.value), *_agg(t), P(gov)], "past-three-months")

    def grand_total(d: Draw) -> Pair:
        k, (pe, pa, gov), t = d.num(3, 20), d.place(), _total(d)
        return pair(f"{k.En} civilians were killed in {pe} on Monday. The total number of civilians the network has "
                    f"documented as killed this year is {t:,}.",
                    f"قُتل {cv(k)} في {pa} يوم الاثنين. وبلغ المجموع الكلي للمدنيين الذين وثقت الشبكة مقتلهم هذا العام "
                    f"{t} {ar_noun(t, 'civ')}.", [K(k.value), *_agg(t), P(gov)], "grand-total")

    def since_march_2011(d: Draw) -> Pair:
        k, (pe, pa, gov) = d.num(3, 20), d.place()
        t = d.rng.randint(12000, 90000)
        return pair(f"{k.En} civilians were killed in {pe} on Friday. The network has documented the killing of {t:,} "
                    "civilians at the hands of regime forces since March 2011.",
                    f"قُتل {cv(k)} في {pa} يوم الجمعة. ووثقت الشبكة مقتل {t} {ar_noun(t, 'civ')} على يد قوات النظام "
                    "منذ آذار 2011.", [K(k.value), *_agg(t), P(gov)], "since-march-2011")

    def throughout_month(d: Draw) -> Pair:
        k, (pe, pa, gov), t, m = d.num(3, 20), d.place(), _total(d), d.rng.randrange(12)
        return pair(f"{k.En} civilians were killed in {pe} on Thursday. Throughout {MONTHS_EN[m]}, {t:,} civilians "
                    "were killed across Syria.",
                    f"قُتل {cv(k)} في {pa} يوم الخميس. وطوال شهر {MONTHS_LEV[m]} قُتل {t} {ar_noun(t, 'civ')} في "
                    "مختلف أنحاء سوريا.", [K(k.value), *_agg(t), P(gov)], "throughout-month")

    def civil_defence_stats(d: Draw) -> Pair:
        k, (pe, pa, gov), t = d.num(3, 20), d.place(), _total(d)
        return pair(f"{k.En} civilians were killed in {pe} yesterday. According to Civil Defence statistics, {t:,} "
                    "civilians were killed in 2020.",
                    f"قُتل {cv(k)} في {pa} أمس. وبحسب إحصائيات الدفاع المدني، قُتل {t} {ar_noun(t, 'civ')} خلال 2020.",
                    [K(k.value), *_agg(t), P(gov)], "civil-defence-stats")
    def not_final(d: Draw) -> Pair:
        k, (pe, pa, gov) = d.num(3, 20), d.place()
        return pair(f"{k.En} civilians were killed in {pe} on Monday, in a provisional toll.",
                    f"قُتل {cv(k)} في {pa} يوم الاثنين، في حصيلة غير نهائية.",
                    [K(k.value), tag("aggregate", incidents(1)), P(gov)], "provisional-toll")

    def month_saw(d: Draw) -> Pair:
        k, (pe, pa, gov), t, m = d.num(3, 20), d.place(), _total(d), d.rng.randrange(12)
        return pair(f"{k.En} civilians were killed in {pe} yesterday. {MONTHS_EN[m]} saw the killing of {t:,} civilians "
                    "in Syria.",
                    f"قُتل {cv(k)} في {pa} أمس. وشهد شهر {MONTHS_LEV[m]} مقتل {t} {ar_noun(t, 'civ')} في سوريا.",
                    [K(k.value), *_agg(t), P(gov)], "month-saw")

    def deadliest_month(d: Draw) -> Pair:
        k, (pe, pa, gov), t, m = d.num(3, 20), d.place(), _total(d), d.rng.randrange(12)
        return pair(f"{k.En} civilians were killed in {pe} on Tuesday. {MONTHS_EN[m]} was the deadliest month, with "
                    f"{t:,} civilians killed.",
                    f"قُتل {cv(k)} في {pa} يوم الثلاثاء. وكان شهر {MONTHS_LEV[m]} الأكثر دموية بمقتل {t} "
                    f"{ar_noun(t, 'civ')}.", [K(k.value), *_agg(t), P(gov)], "deadliest-month")

    def current_month(d: Draw) -> Pair:
        k, (pe, pa, gov), t = d.num(3, 9), d.place(), _total(d, 40, 400)
        return pair(f"{k.En} civilians were killed in {pe} today, raising the number of victims this month to {t:,}.",
                    f"قُتل {cv(k)} في {pa} اليوم، ليرتفع عدد ضحايا الشهر الجاري إلى {t}.",
                    [K(k.value), *_agg(t), P(gov)], "this-month")

    def out_of(d: Draw) -> Pair:
        k, (pe, pa, gov), t = d.num(3, 20), d.place(), _total(d)
        return pair(f"{k.En} civilians were killed in {pe} on Friday, out of {t:,} dead since the beginning of the "
                    "campaign.",
                    f"قُتل {cv(k)} في {pa} يوم الجمعة، من أصل {t} {ar_noun(t, 'dead')} سقطوا منذ بداية الحملة.",
                    [K(k.value), *_agg(t), P(gov)], "out-of")

    def last_year(d: Draw) -> Pair:
        k, (pe, pa, gov), t = d.num(3, 20), d.place(), _total(d)
        return pair(f"{k.En} civilians were killed in {pe} on Sunday. Last year, {t:,} civilians were killed in the "
                    "governorate.",
                    f"قُتل {cv(k)} في {pa} يوم الأحد. وقُتل {t} {ar_noun(t, 'civ')} في المحافظة العام الماضي.",
                    [K(k.value), *_agg(t), P(gov)], "last-year")

    def cases_of_killing(d: Draw) -> Pair:
        k, (pe, pa, gov), t, m = d.num(3, 20), d.place(), _total(d), d.rng.randrange(12)
        return pair(f"{k.En} civilians were killed in {pe} yesterday. The network recorded {t:,} killings of civilians "
                    f"in {MONTHS_EN[m]}.",
                    f"قُتل {cv(k)} في {pa} أمس. وسجلت الشبكة {t} حالة قتل بحق المدنيين في {MONTHS_LEV[m]}.",
                    [K(k.value), *_agg(t), P(gov)], "cases-of-killing")

    def figure_is_number(d: Draw) -> Pair:
        k, (pe, pa, gov), t = d.num(3, 20), d.place(), _total(d)
        return pair(f"{k.En} civilians were killed in {pe} on Thursday. {t:,} is the number of civilians killed in the "
                    "governorate since the start of the year.",
                    f"قُتل {cv(k)} في {pa} يوم الخميس. و{t} هو عدد المدنيين الذين قُتلوا في المحافظة منذ بداية العام.",
                    [K(k.value), *_agg(t), P(gov)], "figure-is-number")
    def period_clause_first(d: Draw) -> Pair:
        k, (pe, pa, gov), t, m = d.num(3, 20), d.place(), _total(d), d.rng.randrange(12)
        return pair(f"{k.En} civilians were killed in {pe} yesterday. During {MONTHS_EN[m]}, the network documented the "
                    f"killing of {t:,} civilians.",
                    f"قُتل {cv(k)} في {pa} أمس. وخلال شهر {MONTHS_LEV[m]}، وثّقت الشبكة مقتل {t} {ar_noun(t, 'civ')}.",
                    [K(k.value), *_agg(t), P(gov)], "period-clause-first")

    def year_clause_first(d: Draw) -> Pair:
        k, (pe, pa, gov), t = d.num(3, 20), d.place(), _total(d)
        return pair(f"{k.En} civilians were killed in {pe} on Monday. In 2020, {t:,} civilians were killed in the "
                    "governorate.",
                    f"قُتل {cv(k)} في {pa} يوم الاثنين. وفي عام 2020، قُتل {t} {ar_noun(t, 'civ')} في المحافظة.",
                    [K(k.value), *_agg(t), P(gov)], "year-clause-first")

    def source_between(d: Draw) -> Pair:
        k, (pe, pa, gov), t = d.num(3, 9), d.place(), _total(d, 40, 900)
        return pair(f"{k.En} civilians were killed in {pe} yesterday. The death toll since the start of the attack has "
                    f"risen, according to the Observatory, to {t:,} civilians.",
                    f"قُتل {cv(k)} في {pa} أمس. وارتفع عدد القتلى منذ بداية الهجوم، بحسب المرصد، إلى {t} "
                    f"{ar_noun(t, 'civ')}.", [K(k.value), *_agg(t), P(gov)], "source-between")

    def week_clause_first(d: Draw) -> Pair:
        k, (pe, pa, gov), t = d.num(3, 9), d.place(), _total(d, 31, 150)
        return pair(f"{k.En} civilians were killed in {pe} on Tuesday. Over the past week, {t:,} civilians were "
                    "killed in the governorate.",
                    f"قُتل {cv(k)} في {pa} يوم الثلاثاء. وخلال الأسبوع الماضي، قُتل {t} {ar_noun(t, 'civ')} في المحافظة.",
                    [K(k.value), *_agg(t), P(gov)], "week-clause-first")
    return [toll_of_month, during_month, since_start_of_year, since_campaign, first_half, last_week,
            bringing_since_month, raising_campaign, overall, cumulative, number_since, report_then_attack, annual,
            with_children, toll_rose_since, figure_first, monthly_report, since_operation, last_month, first_quarter,
            past_months, thus_total, since_outbreak, headline_colon, statistic, rose_since_date, figure_toll_of,
            period_range, over_past_year, three_months, grand_total, since_march_2011, throughout_month,
            civil_defence_stats, not_final, month_saw, deadliest_month, current_month, out_of, last_year, cases_of_killing,
            figure_is_number, period_clause_first, year_clause_first, source_between, week_clause_first]


# 5. perpetrators, weapons, targets (a few each) ----------------------------------------------------


def _perpetrators() -> list[Family]:
    def by_actor(d: Draw) -> Pair:
        n, (pe, pa, gov), (ae, aa, code, _) = d.num(), d.place(), d.actor()
        return pair(f"{n.En} civilians were killed by {ae} in {pe}.", f"قُتل {cv(n)} على يد {aa} في {pa}.",
                    [tag("perpetrator", perpetrator(code)), K(n.value), P(gov)], "by-actor")

    def actor_shelled(d: Draw) -> Pair:
        n, (pe, pa, gov), (ae, aa, code, g) = d.num(), d.place(), d.actor()
        return pair(f"{n.En} civilians were killed when {ae} shelled {pe}.",
                    f"قُتل {cv(n)} عندما قصف{'ت' if g == 'f' else ''} {aa} {pa}.",
                    [tag("perpetrator", perpetrator(code)), K(n.value), P(gov)], "actor-shelled")
    return [by_actor, actor_shelled]


def _weapons() -> list[Family]:
    def killed_by(d: Draw) -> Pair:
        n, (pe, pa, gov), (we, wa, code, _) = d.num(), d.place(), d.weapon()
        return pair(f"{n.En} civilians were killed by {we} in {pe}.", f"قُتل {cv(n)} بـ{wa} في {pa}.",
                    [tag("weapon", weapon(code)), K(n.value), P(gov)], "killed-by-weapon")

    def attack_with(d: Draw) -> Pair:
        n, (pe, pa, gov), (we, wa, code, _) = d.num(), d.place(), d.weapon()
        return pair(f"An attack with {we} on {pe} killed {n.en} civilians.",
                    f"أسفر هجوم بـ{wa} على {pa} عن مقتل {cv(n, 'obl')}.",
                    [tag("weapon", weapon(code)), K(n.value), P(gov)], "attack-with")
    return [killed_by, attack_with]


def _targets() -> list[Family]:
    def near(d: Draw) -> Pair:
        n, (pe, pa, gov), (te, ta, _acc, code) = d.num(), d.place(), d.target()
        art = "" if te.endswith("s") else "an " if te[0] in "aeiou" else "a "
        return pair(f"{n.En} civilians were killed in shelling near {art}{te} in {pe}.",
                    f"قُتل {cv(n)} في قصف قرب {ta} في {pa}.", [tag("target", target(code)), K(n.value), P(gov)], "near")

    def targeting(d: Draw) -> Pair:
        n, (pe, pa, gov), (te, ta, _acc, code) = d.num(), d.place(), d.target()
        art = "" if te.endswith("s") else "an " if te[0] in "aeiou" else "a "
        return pair(f"{n.En} civilians were killed in a strike targeting {art}{te} in {pe}.",
                    f"قُتل {cv(n)} في ضربة استهدفت {ta} في {pa}.", [tag("target", target(code)), K(n.value), P(gov)],
                    "targeting")
    return [near, targeting]


SPECS_TUNE5: dict[str, list[Family]] = {
    "numbers": _numbers(), "killed_injured": _killed_injured(), "subgroups": _subgroups(), "bounds": _bounds(),
    "aggregates": _aggregates(), "dates": _dates(), "places": _places(), "perpetrators": _perpetrators(),
    "weapons": _weapons(), "targets": _targets(),
}
