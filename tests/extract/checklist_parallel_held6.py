"""A sixth held-out half of the parallel set (``held6``), written after held4 and held5 had been run and tuned on,
while the extractor was being changed by others, and before any run of its own (the extractor was not run on
it while it was written), so that it measures issue 15's goal on wording nobody has tuned on. It runs only
when named, with tables only: ``checklist_parallel`` never shows its individual failures (not even with
``--show-held``), so that nobody tunes on it.

It has eight templates per phenomenon (80 in all), so that one template is a small share of a phenomenon's
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

HALF = "held6"

# (English, Arabic, admin1 as the geocoder gives it, kind in English, kind in Arabic): both spellings are
# names of the shipped gazetteer in that governorate alone, and none is in another half or checklist.
PLACES6 = [
    ("Deir Atieh", "دير عطية", "Rural Damascus", "town", "بلدة"), ("Sasa", "سعسع", "Rural Damascus", "village", "قرية"),
    ("Nashabiyah", "النشابية", "Rural Damascus", "town", "بلدة"),
    ("Mseifra", "المسيفرة", "Daraa", "town", "بلدة"), ("Mismiyah", "المسمية", "Daraa", "village", "قرية"),
    ("Sadad", "صدد", "Homs", "town", "بلدة"),
    ("Furqlus", "الفرقلس", "Homs", "village", "قرية"),
    ("Zarbah", "الزربة", "Aleppo", "town", "بلدة"), ("Abu Qalqal", "أبو قلقل", "Aleppo", "village", "قرية"),
    ("Khafsah", "الخفسة", "Aleppo", "town", "بلدة"),
    ("Khasham", "خشام", "Deir ez-Zor", "village", "قرية"),
    ("Jarniyah", "الجرنية", "Raqqa", "town", "بلدة"), ("Sabkhah", "السبخة", "Raqqa", "town", "بلدة"),
    ("Tell Hamis", "تل حميس", "Hasakah", "town", "بلدة"), ("Markada", "مركدة", "Hasakah", "town", "بلدة"),
    ("Shathah", "شطحة", "Hama", "town", "بلدة"),
    ("Sabboura", "صبورة", "Hama", "village", "قرية"), ("Kansaba", "كنسبا", "Latakia", "village", "قرية"),
    ("Boqaata", "بقعاتا", "Quneitra", "town", "بلدة"),
]
# (English, Arabic, code, Arabic gender for the verb's agreement, English number: s(ingular) or p(lural))
GROUND6 = [
    ("the Baqir Brigade", "لواء الباقر", "IRN", "m", "s"),
    ("the Manbij Military Council", "مجلس منبج العسكري", "SDF", "m", "s"),
    ("Iraqi militias", "الميليشيات العراقية", "IRN", "f", "p"),
    ("Ahrar al-Sharqiya", "فصيل أحرار الشرقية", "OPPOSITION", "m", "s"),
    ("the Baath Brigades", "كتائب البعث", "SYR_GOV", "f", "p"),
]
AIR6 = [("Russian long-range bombers", "القاذفات الروسية بعيدة المدى", "RUS", "f", "p")]
ACTORS6 = GROUND6 + AIR6
# (English with its article, Arabic, code, Arabic gender)
IED6 = ("a homemade bomb", "قنبلة محلية الصنع", "ied", "f")
ERW6 = ("a leftover shell", "قذيفة من مخلفات الحرب", "landmine_erw", "f")
ROCKETS6 = ("Golan rockets", "صواريخ جولان", "rocket", "f")
AIRSURF6 = ("air-to-surface missiles", "صواريخ جو-أرض", "missile", "f")
TOW6 = ("a TOW missile", "صاروخ تاو", "missile", "m")
DRONE6 = ("a kamikaze drone", "طائرة انتحارية", "drone", "f")
RIFLES6 = ("Kalashnikov rifles", "بنادق كلاشنكوف", "small_arms", "f")
WEAPONS6 = [IED6, ERW6, ROCKETS6, AIRSURF6, TOW6, DRONE6, RIFLES6]
# (English, Arabic, Arabic as an object (accusative), code, Arabic gender)
ROOFED6 = [("Quran school", "مدرسة لتحفيظ القرآن", "مدرسة لتحفيظ القرآن", "school", "f"),
           ("Husseiniya", "حسينية", "حسينية", "place_of_worship", "f"),
           ("vaccination centre", "مركز للتلقيح", "مركزاً للتلقيح", "medical", "m")]
BUILT6 = [*ROOFED6, ("transformer station", "محطة تحويل كهرباء", "محطة تحويل كهرباء", "water_power", "f")]
OPEN6 = [("clothes market", "سوق للألبسة", "سوقاً للألبسة", "market", "m"),
         ("informal camp", "مخيم غير رسمي", "مخيماً غير رسمي", "idp_camp", "m")]
VEHICLES6 = [("fuel tanker", "صهريج وقود", "صهريج وقود", "vehicle", "m"),
             ("farm tractor", "جرار زراعي", "جراراً زراعياً", "vehicle", "m")]
SITES6 = BUILT6 + OPEN6
TARGETS6 = SITES6 + VEHICLES6

_MEN = ("رجال", "رجلاً", "رجل")


class Draw6H(Draw):
    """``Draw`` over this half's own fillers (``Draw`` reads the tables of the other halves by name)."""

    def place(self, kind: bool = True) -> tuple[str, str, str]:
        return place_from(self.rng, PLACES6, kind)

    def two_places(self) -> tuple[tuple[str, str], tuple[str, str], str]:
        """Two places of one governorate: ((en, ar), (en, ar), admin1)."""
        return two_places_from(self.rng, PLACES6)

    def actor6(self, pool: Sequence[tuple[str, str, str, str, str]] = GROUND6) -> tuple[str, str, str, str, str]:
        return self.rng.choice(list(pool))

    def arm(self, pool: Sequence[tuple[str, str, str, str]]) -> tuple[str, str, str, str]:
        return self.rng.choice(list(pool))

    def site(self, pool: Sequence[tuple[str, str, str, str, str]] = TARGETS6) -> tuple[str, str, str, str, str]:
        return self.rng.choice(list(pool))


def _d(d: Draw) -> Draw6H:
    assert isinstance(d, Draw6H), "the held6 families draw from held6's fillers"
    return d




def _t(g: str) -> str:
    """The feminine ending of a past-tense verb whose subject is feminine."""
    return "ت" if g == "f" else ""



def _plural(en: str) -> bool:
    return en.split(" ", 1)[0] not in ("a", "an")


# 1. numbers ------------------------------------------------------------------------------------


def _numbers() -> list[Family]:
    def left_dead(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), _d(d).place()
        return pair(f"The strike on {pe} left {n.en} civilians dead.",
                    f"راح ضحية الغارة على {pa} {cv(n)}.", [K(n.value), P(gov)], "left-dead")

    def counted(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), _d(d).place()
        return pair(f"The Civil Defence counted {n.en} dead in {pe} after the bombardment.",
                    f"سجّل الدفاع المدني {cv(n, 'obl', 'dead')} في {pa} بعد القصف.", [K(n.value), P(gov)],
                    "counted-dead")

    def pronounced(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), _d(d).place()
        return pair(f"Medics in {pe} pronounced {n.en} civilians dead after the strike.",
                    f"أعلنت الكوادر الطبية في {pa} وفاة {cv(n, 'obl')} بعد الغارة.", [K(n.value), P(gov)],
                    "pronounced-dead")

    def died_instantly(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(3, 15), _d(d).place()
        return pair(f"{n.En} civilians died instantly when a shell landed in {pe}.",
                    f"تُوفي {cv(n)} على الفور إثر سقوط قذيفة في {pa}.", [K(n.value), P(gov)], "died-instantly")

    def resulted_in_death(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), _d(d).place()
        return pair(f"The bombardment of {pe} resulted in the death of {n.en} civilians.",
                    f"أسفر قصف {pa} عن وفاة {cv(n, 'obl')}.", [K(n.value), P(gov)], "resulted-in-death")

    def mourned(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), _d(d).place()
        return pair(f"The local council in {pe} mourned {n.en} civilians killed in the strike.",
                    f"نعى المجلس المحلي في {pa} {cv(n, 'obl')} قُتلوا في الغارة.", [K(n.value), P(gov)], "mourned")

    def as_they_slept(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(3, 20), _d(d).place()
        return pair(f"{n.En} civilians were killed as they slept when a strike hit their building in {pe}.",
                    f"قُتل {cv(n)} أثناء نومهم حين أصابت غارة المبنى الذي يسكنونه في {pa}.", [K(n.value), P(gov)],
                    "as-they-slept")

    def in_all(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), _d(d).place()
        return pair(f"In all, {n.en} civilians were killed in the strikes on {pe}.",
                    f"قُتل في المجمل {cv(n)} في الغارات على {pa}.", [K(n.value), P(gov)], "in-all")
    return [left_dead, counted, pronounced, died_instantly, resulted_in_death, mourned, as_they_slept, in_all]


# 2. killed and injured together ----------------------------------------------------------------


def _inj(n: int) -> Check:
    return tag("injured", injured(n))


def _killed_injured() -> list[Family]:
    def headline_toll(d: Draw) -> Pair:
        k, i, (pe, pa, gov) = d.num(3, 12), d.num(13, 45), _d(d).place()
        return pair(f"The toll in {pe}: {k.en} killed, {i.en} injured.",
                    f"الحصيلة في {pa}: {cv(k, 'nom', 'dead')} و{cv(i, 'nom', 'wounded')}.",
                    [K(k.value), _inj(i.value), P(gov)], "toll-colon")

    def further_wounded(d: Draw) -> Pair:
        k, i, (pe, pa, gov) = d.num(3, 12), d.num(13, 45), _d(d).place()
        return pair(f"{k.En} civilians were killed in {pe}, with a further {i.en} wounded.",
                    f"قُتل {cv(k)} في {pa}، فيما أُصيب {i.ar()} آخرون.", [K(k.value), _inj(i.value), P(gov)],
                    "a-further-wounded")

    def besides(d: Draw) -> Pair:
        k, i, (pe, pa, gov) = d.num(3, 12), d.num(13, 45), _d(d).place()
        return pair(f"Besides the {k.en} dead, {i.en} civilians were wounded in {pe}.",
                    f"إلى جانب {cv(k, 'obl', 'dead')}، أُصيب {cv(i)} في {pa}.", [K(k.value), _inj(i.value), P(gov)],
                    "besides-the-dead")

    def hurt_then_killed(d: Draw) -> Pair:
        k, i, (pe, pa, gov) = d.num(3, 12), d.num(13, 45), _d(d).place()
        return pair(f"{i.En} civilians were hurt and {k.en} others killed when {pe} came under rocket fire.",
                    f"أُصيب {cv(i)} بجروح وقُتل {k.ar()} آخرون حين تعرّضت {pa} لقصف صاروخي.",
                    [K(k.value), _inj(i.value), P(gov)], "hurt-and-others-killed")

    def evacuated(d: Draw) -> Pair:
        k, i, (pe, pa, gov) = d.num(3, 12), d.num(13, 45), _d(d).place()
        return pair(f"Rescuers evacuated {i.en} wounded from {pe} after the strike, which killed {k.en} civilians.",
                    f"أخلى المسعفون {cv(i, 'obl', 'wounded')} من {pa} بعد الغارة التي قتلت {cv(k, 'obl')}.",
                    [K(k.value), _inj(i.value), P(gov)], "evacuated-wounded")

    def moderate_serious(d: Draw) -> Pair:
        k, i, (pe, pa, gov) = d.num(3, 12), d.num(13, 45), _d(d).place()
        return pair(f"{k.En} civilians were killed in {pe}, while {i.en} others sustained moderate to serious injuries.",
                    f"قُتل {cv(k)} في {pa}، بينما أُصيب {i.ar()} آخرون بجروح تراوحت بين المتوسطة والخطيرة.",
                    [K(k.value), _inj(i.value), P(gov)], "moderate-to-serious")

    def light_injuries(d: Draw) -> Pair:
        i, (pe, pa, gov) = d.num(), _d(d).place()
        return pair(f"{i.En} civilians suffered light injuries when a shell fell near their homes in {pe}.",
                    f"أُصيب {cv(i)} بجروح طفيفة إثر سقوط قذيفة قرب منازلهم في {pa}.",
                    [_inj(i.value), tag("killed", killed_none()), P(gov)], "light-injuries")

    def medics_treated(d: Draw) -> Pair:
        k, i, (pe, pa, gov) = d.num(3, 10), d.num(13, 45), _d(d).place()
        return pair(f"Medics in {pe} treated {i.en} wounded; {k.en} other civilians died at the scene.",
                    f"عالجت الطواقم الطبية في {pa} {cv(i, 'obl', 'wounded')}، فيما فارق {k.ar()} مدنيين آخرين "
                    "الحياة في موقع الهجوم.", [K(k.value), _inj(i.value), P(gov)], "treated-and-died-at-scene")
    return [headline_toll, further_wounded, besides, hurt_then_killed, evacuated, moderate_serious, light_injuries,
            medics_treated]


# 3. victim sub-groups --------------------------------------------------------------------------


def _sub(name: str, n: int) -> Check:
    return tag("subgroups", subgroup(name, n))


def _subgroups() -> list[Family]:
    def comprised(d: Draw) -> Pair:
        c, (pe, pa, gov) = d.num(3, 9, words_ok=False), _d(d).place()
        w, m = _same_form(d.rng.randint(3, 6), c), _same_form(d.rng.randint(3, 8), c)
        n = _same_form(c.value + w.value + m.value, c)
        return pair(f"The {n.en} civilians killed in {pe} comprised {c.en} children, {w.en} women and {m.en} men.",
                    f"توزّع القتلى المدنيون الـ{n.ar()} في {pa} بين {cv(c, 'obl', 'children')} و{cv(w, 'obl', 'women')} "
                    f"و{m.ar()} {_MEN[0]}.",
                    [K(n.value), _sub("children", c.value), _sub("women", w.value), P(gov)], "comprised")

    def all_women_children(d: Draw) -> Pair:
        w, (pe, pa, gov) = d.num(3, 6), _d(d).place()
        c = _same_form(d.rng.randint(3, 9), w)
        return pair(f"All of the dead in {pe} were women and children: {w.en} women and {c.en} children.",
                    f"كان جميع القتلى في {pa} من النساء والأطفال: {cv(w, 'nom', 'women')} و{cv(c, 'nom', 'children')}.",
                    [K(w.value + c.value), _sub("women", w.value), _sub("children", c.value), P(gov)],
                    "all-women-and-children")

    def baby(d: Draw) -> Pair:
        c, (pe, pa, gov) = d.num(3, 8), _d(d).place()
        n = d.num(c.value + 3, 30)
        return pair(f"{n.En} civilians were killed in {pe}, among them a baby and {c.en} other children.",
                    f"قُتل {cv(n)} في {pa}، بينهم رضيع و{c.ar()} أطفال آخرين.",
                    [K(n.value), _sub("children", c.value + 1), P(gov)], "a-baby-and-other-children")

    def teacher_pupils(d: Draw) -> Pair:
        c, (pe, pa, gov) = d.num(3, 8), _d(d).place()
        n = d.num(c.value + 3, 30)
        return pair(f"{n.En} civilians were killed in {pe}, among them a teacher and {c.en} of her pupils.",
                    f"قُتل {cv(n)} في {pa}، بينهم معلّمة و{c.ar()} من تلاميذها.",
                    [K(n.value), _sub("children", c.value), _sub("women", 1), P(gov)], "teacher-and-pupils")

    def women_among_them(d: Draw) -> Pair:
        w, (pe, pa, gov) = d.num(3, 8), _d(d).place()
        n = d.num(w.value + 3, 35)
        return pair(f"{n.En} civilians were killed in {pe}, {w.en} women among them.",
                    f"قُتل {cv(n)} في {pa}، من بينهم {cv(w, 'nom', 'women')}.",
                    [K(n.value), _sub("women", w.value), P(gov)], "women-among-them")

    def pupils(d: Draw) -> Pair:
        c, (pe, pa, gov) = d.num(3, 9), _d(d).place()
        n = d.num(c.value + 2, 30)
        return pair(f"{n.En} civilians were killed in {pe}; {c.en} of the victims were pupils on their way to school.",
                    f"قُتل {cv(n)} في {pa}، {c.ar()} من الضحايا تلاميذ كانوا في طريقهم إلى المدرسة.",
                    [K(n.value), _sub("children", c.value), P(gov)], "pupils-on-their-way")

    def boy_sisters(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(4, 20), _d(d).place()
        return pair(f"{n.En} civilians were killed in {pe}, including a boy and his two younger sisters.",
                    f"قُتل {cv(n)} في {pa}، بينهم طفل وشقيقتاه الصغيرتان.",
                    [K(n.value), _sub("children", 3), P(gov)], "boy-and-sisters")

    def figure_among(d: Draw) -> Pair:
        c, (pe, pa, gov) = d.num(3, 9), _d(d).place()
        w = _same_form(d.rng.randint(3, 6), c)
        n = _same_form(c.value + w.value + d.rng.randint(2, 12), c)
        return pair(f"{c.En} children and {w.en} women figure among the {n.en} dead in {pe}.",
                    f"{cv(c, 'nom', 'children')} و{cv(w, 'nom', 'women')} من بين {cv(n, 'obl', 'dead')} سقطوا في {pa}.",
                    [K(n.value), _sub("children", c.value), _sub("women", w.value), P(gov)], "figure-among")
    return [comprised, all_women_children, baby, teacher_pupils, women_among_them, pupils, boy_sisters,
            figure_among]


# 4. bounds -------------------------------------------------------------------------------------


def _bound(low: int | None, high: int | None) -> Check:
    return tag("bounds", killed_bounds(low, high))


def _low(n: int) -> Check:
    """"more than N": N or N+1 as the lower bound, no upper bound."""
    return tag("bounds", killed_low_in([n, n + 1], None))


def _round(d: Draw) -> Num:
    """A round figure, as "approximately", "slightly more than" and "has passed" go with, in either form."""
    return _same_form(d.rng.choice([10, 15, 20, 25, 30, 40, 50, 60]), d.num())


def _bounds() -> list[Family]:
    def if_not_more(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(4, 60), _d(d).place()
        return pair(f"{n.En} civilians, if not more, were killed in {pe}.",
                    f"قُتل {cv(n)}، إن لم يكن أكثر، في {pa}.", [_bound(n.value, None), P(gov)], "if-not-more")

    def slightly_more(d: Draw) -> Pair:
        n, (pe, pa, gov) = _round(d), _d(d).place()
        return pair(f"Slightly more than {n.en} civilians were killed in {pe}.",
                    f"قُتل ما يزيد قليلاً على {cv(n, 'obl')} في {pa}.", [_low(n.value), P(gov)], "slightly-more-than")

    def came_close(d: Draw) -> Pair:
        n, (pe, pa, gov) = _round(d), _d(d).place()
        return pair(f"The number of civilians killed in {pe} came close to {n.en}.",
                    f"اقترب عدد القتلى المدنيين في {pa} من {n.ar('obl')}.", [_bound(None, n.value), P(gov)],
                    "came-close-to")

    def ranges_from(d: Draw) -> Pair:
        a, (pe, pa, gov) = d.num(5, 30), _d(d).place()
        b = _same_form(a.value + d.rng.randint(2, 10), a)
        return pair(f"The toll in {pe} ranges from {a.en} to {b.en} dead, depending on the source.",
                    f"تتراوح حصيلة القتلى في {pa} بين {a.ar('obl')} و{b.ar('obl')} بحسب المصدر.",
                    [_bound(a.value, b.value), P(gov)], "ranges-from")

    def could_reach(d: Draw) -> Pair:
        a, (pe, pa, gov) = d.num(5, 30), _d(d).place()
        b = _same_form(a.value + d.rng.randint(2, 10), a)
        return pair(f"{a.En} civilians are confirmed dead in {pe}, and the toll could reach {b.en}.",
                    f"تأكد مقتل {cv(a, 'obl')} في {pa}، وقد تصل الحصيلة إلى {b.ar('obl')}.",
                    [_bound(a.value, b.value), P(gov)], "confirmed-could-reach")

    def passed(d: Draw) -> Pair:
        n, (pe, pa, gov) = _round(d), _d(d).place()
        return pair(f"The number of dead in {pe} has passed {n.en}.",
                    f"تجاوز عدد القتلى في {pa} {n.ar('obl')}.", [_low(n.value), P(gov)], "has-passed")

    def go_up_to(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(4, 60), _d(d).place()
        return pair(f"Estimates of the dead in {pe} go up to {n.en}.",
                    f"تصل تقديرات عدد القتلى في {pa} حتى {n.ar('obl')}.", [_bound(None, n.value), P(gov)],
                    "estimates-go-up-to")

    def approximately(d: Draw) -> Pair:
        n, (pe, pa, gov) = _round(d), _d(d).place()
        return pair(f"Approximately {n.en} civilians were killed in {pe}.",
                    f"قُتل ما يقارب {cv(n, 'obl')} في {pa}.", [tag("bounds", killed_about(n.value)), P(gov)],
                    "approximately")
    return [if_not_more, slightly_more, came_close, ranges_from, could_reach, passed, go_up_to, approximately]


# 5. totals that are not incidents --------------------------------------------------------------


def _agg(t: int) -> list[Check]:
    return [tag("aggregate", incidents(1)), tag("aggregate", no_incident_killed(t))]


def _aggregates() -> list[Family]:
    def landmines(d: Draw) -> Pair:
        k, (pe, pa, gov), t = d.num(3, 20), _d(d).place(), d.rng.randint(25, 150)
        de, da, _ = d.weekday()
        return pair(f"{k.En} civilians were killed in {pe} on {de}. Landmines and war remnants alone have killed "
                    f"{t:,} civilians in the governorate this year.",
                    f"قُتل {cv(k)} في {pa} يوم {da}. وقتلت الألغام ومخلفات الحرب وحدها {t} {ar_noun(t, 'civ')} في "
                    "المحافظة منذ بداية العام.", [K(k.value), *_agg(t), P(gov)], "landmines-this-year")

    def two_weeks(d: Draw) -> Pair:
        k, (pe, pa, gov), t = d.num(3, 20), _d(d).place(), d.rng.randint(40, 300)
        de, da, _ = d.weekday()
        return pair(f"The past two weeks have seen {t:,} civilians killed in the area, {k.en} of them in {pe} on {de}.",
                    f"شهد الأسبوعان الماضيان مقتل {t} {ar_noun(t, 'civ')} في المنطقة، {k.ar()} منهم في {pa} يوم {da}.",
                    [K(k.value), *_agg(t), P(gov)], "past-two-weeks")

    def same_day(d: Draw) -> Pair:
        k, (pe, pa, gov), t = d.num(3, 15), _d(d).place(), d.rng.randint(30, 120)
        de, da, _ = d.weekday()
        return pair(f"Airstrikes on {pe} killed {k.en} civilians on {de}, a day on which {t} civilians were killed "
                    "across Syria, SOHR said.",
                    f"قتلت غارات جوية على {pa} {cv(k, 'obl')} يوم {da}، في يوم قُتل فيه {t} {ar_noun(t, 'civ')} في "
                    "أنحاء سوريا، بحسب المرصد السوري لحقوق الإنسان.", [K(k.value), *_agg(t), P(gov)],
                    "same-day-across-syria")

    def children_since_january(d: Draw) -> Pair:
        k, (pe, pa, gov), t = d.num(3, 20), _d(d).place(), d.rng.randint(30, 200)
        de, da, _ = d.weekday()
        return pair(f"{k.En} civilians were killed in {pe} on {de}. The number of children killed in the governorate "
                    f"since January has risen to {t:,}.",
                    f"قُتل {cv(k)} في {pa} يوم {da}. وارتفع عدد الأطفال الذين قُتلوا في المحافظة منذ كانون الثاني "
                    f"إلى {t}.", [K(k.value), *_agg(t), P(gov)], "children-since-january")

    def siege(d: Draw) -> Pair:
        k, (pe, pa, gov), t = d.num(3, 20), _d(d).place(), d.rng.randint(150, 2500)
        de, da, _ = d.weekday()
        return pair(f"{k.En} civilians were killed in {pe} on {de}. Since the siege was imposed on the area, {t:,} "
                    "civilians have died of shelling, hunger and disease.",
                    f"قُتل {cv(k)} في {pa} يوم {da}. ومنذ فرض الحصار على المنطقة، تُوفي {t} {ar_noun(t, 'civ')} جراء "
                    "القصف والجوع والمرض.", [K(k.value), *_agg(t), P(gov)], "since-the-siege")

    def surpassed(d: Draw) -> Pair:
        k, (pe, pa, gov), t = d.num(3, 20), _d(d).place(), d.rng.randint(100, 600)
        de, da, _ = d.weekday()
        return pair(f"{k.En} civilians were killed in {pe} on {de}; civilian deaths in the governorate this year have "
                    f"already surpassed {t:,}.",
                    f"قُتل {cv(k)} في {pa} يوم {da}، وقد فاقت حصيلة القتلى المدنيين في المحافظة منذ بداية العام {t}.",
                    [K(k.value), *_agg(t), P(gov)], "already-surpassed")

    def latest(d: Draw) -> Pair:
        k, (pe, pa, gov), t = d.num(3, 20), _d(d).place(), d.rng.randint(150, 2000)
        de, da, _ = d.weekday()
        m = d.rng.randint(9, 11)
        return pair(f"Since the fighting in the area began in {MONTHS_EN[m]}, {t:,} civilians have lost their lives; "
                    f"the latest were {k.en} civilians killed in {pe} on {de}.",
                    f"منذ بدء المعارك في المنطقة في {MONTHS_LEV[m]}، فقد {t} {ar_noun(t, 'civ')} حياتهم، وآخرهم "
                    f"{cv(k)} قُتلوا في {pa} يوم {da}.", [K(k.value), *_agg(t), P(gov)], "the-latest-were")

    def health_directorate(d: Draw) -> Pair:
        k, (pe, pa, gov), t = d.num(3, 20), _d(d).place(), d.rng.randint(200, 3000)
        de, da, _ = d.weekday()
        return pair(f"{k.En} civilians were killed in {pe} on {de}. The health directorate's tally of civilians killed "
                    f"in the governorate since the campaign began now stands at {t:,}.",
                    f"قُتل {cv(k)} في {pa} يوم {da}. وبلغت حصيلة مديرية الصحة للقتلى المدنيين في المحافظة منذ بدء "
                    f"الحملة {t} {ar_noun(t, 'civ')}.", [K(k.value), *_agg(t), P(gov)], "health-directorate-tally")
    return [landmines, two_weeks, same_day, children_since_january, siege, surpassed, latest, health_directorate]


# 6. dates --------------------------------------------------------------------------------------


def _date(day: dt.date) -> Check:
    return tag("date", date_is(day))


YESTERDAY = PUBLISHED - dt.timedelta(days=1)


def _dates() -> list[Family]:
    def yesterday_morning(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), _d(d).place()
        return pair(f"{n.En} civilians were killed in {pe} yesterday morning.",
                    f"قُتل {cv(n)} في {pa} صباح أمس.", [_date(YESTERDAY), K(n.value), P(gov)], "yesterday-morning")

    def last_night(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), _d(d).place()
        return pair(f"{n.En} civilians were killed in {pe} last night, the Civil Defence said.",
                    f"قُتل {cv(n)} في {pa} ليلة أمس، بحسب الدفاع المدني.", [_date(YESTERDAY), K(n.value), P(gov)],
                    "last-night")

    def friday_prayers(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), _d(d).place()
        friday = PUBLISHED - dt.timedelta(days=(PUBLISHED.weekday() - 4) % 7 or 7)
        return pair(f"{n.En} civilians were killed during Friday prayers in {pe}.",
                    f"قُتل {cv(n)} أثناء صلاة الجمعة في {pa}.", [_date(friday), K(n.value), P(gov)], "friday-prayers")

    def sunset(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), _d(d).place()
        de, da, day = d.weekday()
        return pair(f"{n.En} civilians were killed at sunset on {de} when shells hit {pe}.",
                    f"قُتل {cv(n)} عند غروب يوم {da} إثر سقوط قذائف على {pa}.", [_date(day), K(n.value), P(gov)],
                    "at-sunset")

    def last_week(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), _d(d).place()
        i = d.rng.randint(0, 4)  # Monday to Friday: "last week" is the same week whichever day it starts on
        day = PUBLISHED - dt.timedelta(days=PUBLISHED.weekday() + 7 - i)
        return pair(f"{n.En} civilians were killed in {pe} on {WEEKDAYS_EN[i]} last week.",
                    f"قُتل {cv(n)} في {pa} يوم {WEEKDAYS_AR[i]} من الأسبوع الماضي.", [_date(day), K(n.value), P(gov)],
                    "weekday-last-week")

    def month_day(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), _d(d).place()
        day, pub = d.event_day()
        return pair(f"{n.En} civilians were killed in {pe} on {MONTHS_EN[day.month - 1]} {day.day}.",
                    f"قُتل {cv(n)} في {pa} بتاريخ {day.day} {MONTHS_EG[day.month - 1]}.",
                    [_date(day), K(n.value), P(gov)], "month-day", pub)

    def clock_time(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), _d(d).place()
        day, pub = d.event_day()
        hh, wd = d.rng.randint(10, 20), day.weekday()
        return pair(f"On {WEEKDAYS_EN[wd]}, {MONTHS_EN[day.month - 1]} {day.day}, {day.year}, at around {hh}:00, "
                    f"{n.en} civilians were killed in {pe}.",
                    f"يوم {WEEKDAYS_AR[wd]} {day.day} {MONTHS_LEV[day.month - 1]} {day.year}، قرابة الساعة {hh}:00، "
                    f"قُتل {cv(n)} في {pa}.", [_date(day), K(n.value), P(gov)], "date-and-clock", pub)

    def earlier_today(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), _d(d).place()
        return pair(f"{n.En} civilians were killed in {pe} earlier today, activists said.",
                    f"قُتل {cv(n)} في {pa} في وقت سابق اليوم، بحسب ناشطين.", [_date(PUBLISHED), K(n.value), P(gov)],
                    "earlier-today")
    return [yesterday_morning, last_night, friday_prayers, sunset, last_week, month_day, clock_time, earlier_today]


# 7. places -------------------------------------------------------------------------------------


def _places() -> list[Family]:
    def side_part(d: Draw) -> Pair:
        n, (pe, pa, gov), (se, sa) = d.num(), _d(d).place(), d.side()
        return pair(f"{n.En} civilians were killed in the {se} part of {pe}.",
                    f"قُتل {cv(n)} في الجزء {sa} من {pa}.", [P(gov), K(n.value)], "side-part")

    def olive_groves(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(3, 15), _d(d).place()
        return pair(f"{n.En} civilians were killed while harvesting olives in the groves of {pe}.",
                    f"قُتل {cv(n)} أثناء قطافهم الزيتون في بساتين {pa}.", [P(gov), K(n.value)], "olive-groves")

    def residents_of(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), _d(d).place()
        return pair(f"{n.En} residents of {pe} were killed when shells hit their homes.",
                    f"قُتل {n.ar()} من أهالي {pa} جراء سقوط قذائف على منازلهم.", [P(gov), K(n.value)], "residents-of")

    def hamlet(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), _d(d).place()
        return pair(f"{n.En} civilians were killed in a hamlet belonging to {pe}.",
                    f"قُتل {cv(n)} في تجمع سكني تابع {_li(pa)}.", [P(gov), K(n.value)], "hamlet-belonging-to")

    def roundabout(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), _d(d).place()
        return pair(f"{n.En} civilians were killed at the main roundabout in {pe}.",
                    f"قُتل {cv(n)} عند الدوار الرئيسي في {pa}.", [P(gov), K(n.value)], "main-roundabout")

    def main_street(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), _d(d).place()
        return pair(f"{n.En} civilians were killed on the main street of {pe}.",
                    f"قُتل {cv(n)} في الشارع الرئيسي في {pa}.", [P(gov), K(n.value)], "main-street")

    def both(d: Draw) -> Pair:
        n, ((e1, a1), (e2, a2), gov) = d.num(), _d(d).two_places()
        return pair(f"{n.En} civilians were killed in shelling that hit both {e1} and {e2}.",
                    f"قُتل {cv(n)} في قصف طال كلاً من {a1} و{a2}.", [P(gov), K(n.value)], "hit-both")

    def fleeing(d: Draw) -> Pair:
        n, ((e1, a1), (e2, a2), gov) = d.num(), _d(d).two_places()
        return pair(f"{n.En} civilians were killed while fleeing from {e1} towards {e2}.",
                    f"قُتل {cv(n)} أثناء نزوحهم من {a1} باتجاه {a2}.", [P(gov), K(n.value)], "fleeing-towards")
    return [side_part, olive_groves, residents_of, hamlet, roundabout, main_street, both, fleeing]


# 8. perpetrators -------------------------------------------------------------------------------


def _perp(code: str) -> Check:
    return tag("perpetrator", perpetrator_check(code))


def _perpetrators() -> list[Family]:
    def executed(d: Draw) -> Pair:
        n, (pe, pa, gov), (ae, aa, code, g, _) = d.num(3, 15), _d(d).place(), _d(d).actor6()
        return pair(f"{_cap(ae)} executed {n.en} civilians in {pe}.",
                    f"أعدم{_t(g)} {aa} {cv(n, 'obl')} في {pa}.", [_perp(code), K(n.value), P(gov)], "executed")

    def abducted(d: Draw) -> Pair:
        n, (pe, pa, gov), (ae, aa, code, g, _) = d.num(3, 12), _d(d).place(), _d(d).actor6()
        return pair(f"{_cap(ae)} abducted {n.en} civilians from {pe}; their bodies were found days later.",
                    f"اختطف{_t(g)} {aa} {cv(n, 'obl')} من {pa}، وعُثر على جثثهم بعد أيام.",
                    [_perp(code), K(n.value), P(gov)], "abducted-bodies-found")

    def planted_by(d: Draw) -> Pair:
        n, (pe, pa, gov), (ae, aa, code, g, _) = d.num(3, 12), _d(d).place(), _d(d).actor6()
        return pair(f"{n.En} civilians were killed in {pe} by a bomb planted by {ae}.",
                    f"قُتل {cv(n)} في {pa} بانفجار عبوة {'زرعتها' if g == 'f' else 'زرعها'} {aa}.",
                    [_perp(code), K(n.value), P(gov)], "planted-by")

    def liquidated(d: Draw) -> Pair:
        n, (pe, pa, gov), (ae, aa, code, g, _) = d.num(3, 12), _d(d).place(), _d(d).actor6()
        return pair(f"{_cap(ae)} liquidated {n.en} civilians in {pe}, SOHR said.",
                    f"{'صفّت' if g == 'f' else 'صفّى'} {aa} {cv(n, 'obl')} في {pa}، بحسب المرصد السوري لحقوق الإنسان.",
                    [_perp(code), K(n.value), P(gov)], "liquidated")

    def series_of_strikes(d: Draw) -> Pair:
        n, (pe, pa, gov), (ae, aa, code, _, _) = d.num(), _d(d).place(), _d(d).actor6(AIR6)
        return pair(f"{_cap(ae)} launched a series of strikes on {pe}, killing {n.en} civilians.",
                    f"شنّت {aa} سلسلة غارات على {pa}، ما أدى إلى مقتل {cv(n, 'obl')}.",
                    [_perp(code), K(n.value), P(gov)], "series-of-strikes")

    def sohr_said(d: Draw) -> Pair:
        n, (pe, pa, gov), (ae, aa, code, g, _) = d.num(), _d(d).place(), _d(d).actor6()
        return pair(f"SOHR said {ae} had killed {n.en} civilians in {pe}.",
                    f"قال المرصد السوري لحقوق الإنسان إن {aa} قتل{_t(g)} {cv(n, 'obl')} في {pa}.",
                    [_perp(code), K(n.value), P(gov)], "sohr-said-had-killed")

    def retaliated(d: Draw) -> Pair:
        n, (pe, pa, gov), (ae, aa, code, g, num) = d.num(), _d(d).place(), _d(d).actor6()
        return pair(f"{_cap(ae)} retaliated for an attack on {'its' if num == 's' else 'their'} positions by shelling "
                    f"{pe}, killing {n.en} civilians.",
                    f"ردّ{_t(g)} {aa} على هجوم استهدف مواقع{'ها' if g == 'f' else 'ه'} بقصف {pa}، ما أدى إلى مقتل "
                    f"{cv(n, 'obl')}.", [_perp(code), K(n.value), P(gov)], "retaliated-by-shelling")

    def suspected(d: Draw) -> Pair:
        n, (pe, pa, gov), (ae, aa, code, g, num) = d.num(), _d(d).place(), _d(d).actor6()
        return pair(f"{_cap(ae)} {'is' if num == 's' else 'are'} suspected of carrying out the attack on {pe}, which "
                    f"killed {n.en} civilians.",
                    f"يُشتبه في أن {aa} نفّذ{_t(g)} الهجوم على {pa}، الذي أسفر عن مقتل {cv(n, 'obl')}.",
                    [_perp(code), K(n.value), P(gov)], "suspected-of")
    return [executed, abducted, planted_by, liquidated, series_of_strikes, sohr_said, retaliated, suspected]


# 9. weapons ------------------------------------------------------------------------------------


def _weapon(code: str) -> Check:
    return tag("weapon", weapon_check(code))


def _weapons() -> list[Family]:
    def rubbish_bin(d: Draw) -> Pair:
        n, (pe, pa, gov), (we, wa, code, _) = d.num(3, 15), _d(d).place(), _d(d).arm([IED6])
        return pair(f"{_cap(we)} hidden in a rubbish bin killed {n.en} civilians in {pe}.",
                    f"قتلت {wa} مخبأة في حاوية قمامة {cv(n, 'obl')} في {pa}.", [_weapon(code), K(n.value), P(gov)],
                    "hidden-in-a-bin")

    def found_in_field(d: Draw) -> Pair:
        n, (pe, pa, gov), (we, wa, code, _) = d.num(3, 8), _d(d).place(), _d(d).arm([ERW6])
        return pair(f"{n.En} civilians were killed in {pe} when {we} they had found in a field went off.",
                    f"قُتل {cv(n)} في {pa} حين انفجرت بهم {wa} عثروا عليها في حقل.",
                    [_weapon(code), K(n.value), P(gov)], "found-in-a-field")

    def volley(d: Draw) -> Pair:
        n, (pe, pa, gov), (we, wa, code, _) = d.num(), _d(d).place(), _d(d).arm([ROCKETS6])
        return pair(f"{_cap(pe)} was targeted with a volley of {we}, which killed {n.en} civilians.",
                    f"استُهدفت {pa} برشقة من {wa}، ما أدى إلى مقتل {cv(n, 'obl')}.", [_weapon(code), K(n.value), P(gov)],
                    "a-volley-of")

    def landed_on(d: Draw) -> Pair:
        n, (pe, pa, gov), (we, wa, code, _) = d.num(3, 20), _d(d).place(), _d(d).arm([ROCKETS6, AIRSURF6])
        many = _plural(we)
        return pair(f"{_cap(we)} landed on {'houses' if many else 'a house'} in {pe}, killing {n.en} civilians.",
                    f"{'سقطت' if many else 'سقط'} {wa} على {'منازل' if many else 'منزل'} في {pa}، ما أدى إلى مقتل "
                    f"{cv(n, 'obl')}.", [_weapon(code), K(n.value), P(gov)], "landed-on-houses")

    def crashed_into(d: Draw) -> Pair:
        n, (pe, pa, gov), (we, wa, code, _) = d.num(3, 6), _d(d).place(), _d(d).arm([DRONE6])
        return pair(f"{_cap(we)} crashed into a car in {pe}, killing {n.en} civilians.",
                    f"انقضّت {wa} على سيارة في {pa}، ما أدى إلى مقتل {cv(n, 'obl')}.",
                    [_weapon(code), K(n.value), P(gov)], "crashed-into-a-car")

    def armed_with(d: Draw) -> Pair:
        n, (pe, pa, gov), (we, wa, code, _) = d.num(3, 15), _d(d).place(), _d(d).arm([RIFLES6])
        return pair(f"Gunmen armed with {we} killed {n.en} civilians in {pe}.",
                    f"قتل مسلحون يحملون {wa} {cv(n, 'obl')} في {pa}.", [_weapon(code), K(n.value), P(gov)],
                    "gunmen-armed-with")

    def across_front(d: Draw) -> Pair:
        n, (pe, pa, gov), (we, wa, code, _) = d.num(3, 20), _d(d).place(), _d(d).arm([TOW6, ROCKETS6])
        many = _plural(we)
        return pair(f"{_cap(we)} fired across the front line hit {pe}, killing {n.en} civilians.",
                    f"{'أصابت' if many else 'أصاب'} {wa} {'أُطلقت' if many else 'أُطلق'} عبر خطوط التماس {pa}، ما أدى "
                    f"إلى مقتل {cv(n, 'obl')}.", [_weapon(code), K(n.value), P(gov)], "across-the-front-line")

    def carrying(d: Draw) -> Pair:
        n, (pe, pa, gov), (we, wa, code, _) = d.num(), _d(d).place(), _d(d).arm([AIRSURF6])
        return pair(f"The warplanes that struck {pe} were carrying {we}, activists said; {n.en} civilians were killed.",
                    f"قال ناشطون إن الطائرات الحربية التي قصفت {pa} كانت محمّلة ب{wa}، وقد قُتل {cv(n)}.",
                    [_weapon(code), K(n.value), P(gov)], "warplanes-carrying")
    return [rubbish_bin, found_in_field, volley, landed_on, crashed_into, armed_with, across_front, carrying]


# 10. targets -----------------------------------------------------------------------------------


def _target(code: str) -> Check:
    return tag("target", target(code))


def _targets() -> list[Family]:
    def partially_destroyed(d: Draw) -> Pair:
        n, (pe, pa, gov), (te, _, tacc, code, _) = d.num(), _d(d).place(), _d(d).site(SITES6)
        return pair(f"An airstrike partially destroyed {article(te)} in {pe}, killing {n.en} people.",
                    f"دمّرت غارة جوية {tacc} في {pa} جزئياً، ما أدى إلى مقتل {cv(n, 'obl', 'people')}.",
                    [_target(code), K(n.value), P(gov)], "partially-destroyed")

    def among_sites(d: Draw) -> Pair:
        n, (pe, pa, gov), (te, ta, _, code, g) = d.num(), _d(d).place(), _d(d).site(SITES6)
        return pair(f"{_cap(article(te))} was among the sites hit in {pe}, where {n.en} civilians were killed.",
                    f"كان{_t(g)} {ta} من بين المواقع التي طالها القصف في {pa}، حيث قُتل {cv(n)}.",
                    [_target(code), K(n.value), P(gov)], "among-the-sites-hit")

    def extensive_damage(d: Draw) -> Pair:
        n, (pe, pa, gov), (te, ta, _, code, _) = d.num(), _d(d).place(), _d(d).site(SITES6)
        return pair(f"Shelling on {pe} killed {n.en} civilians and caused extensive damage to {article(te)}.",
                    f"قتل القصف على {pa} {cv(n, 'obl')} وألحق أضراراً كبيرة ب{ta}.",
                    [_target(code), K(n.value), P(gov)], "extensive-damage")

    def roof_collapsed(d: Draw) -> Pair:
        n, (pe, pa, gov), (te, ta, _, code, _) = d.num(), _d(d).place(), _d(d).site(ROOFED6)
        return pair(f"The roof of {article(te)} in {pe} collapsed after an airstrike, killing {n.en} people.",
                    f"انهار سقف {ta} في {pa} إثر غارة جوية، ما أدى إلى مقتل {cv(n, 'obl', 'people')}.",
                    [_target(code), K(n.value), P(gov)], "roof-collapsed")

    def passing(d: Draw) -> Pair:
        n, (pe, pa, gov), (te, _, tacc, code, _) = d.num(3, 6), _d(d).place(), _d(d).site(VEHICLES6)
        return pair(f"A shell struck {article(te)} as it passed through {pe}, killing {n.en} civilians.",
                    f"أصابت قذيفة {tacc} أثناء مروره في {pa}، ما أدى إلى مقتل {cv(n, 'obl')}.",
                    [_target(code), K(n.value), P(gov)], "as-it-passed-through")

    def pierced(d: Draw) -> Pair:
        n, (pe, pa, gov), (te, ta, _, code, _) = d.num(), _d(d).place(), _d(d).site(BUILT6)
        return pair(f"A missile pierced the wall of {article(te)} in {pe}, killing {n.en} people.",
                    f"اخترق صاروخ جدار {ta} في {pa}، ما أدى إلى مقتل {cv(n, 'obl', 'people')}.",
                    [_target(code), K(n.value), P(gov)], "pierced-the-wall")

    def sheltering(d: Draw) -> Pair:
        n, (pe, pa, gov), (te, ta, _, code, _) = d.num(), _d(d).place(), _d(d).site([*ROOFED6[:2], OPEN6[1]])
        return pair(f"{n.En} people sheltering in {article(te)} in {pe} were killed in an airstrike.",
                    f"قُتل {cv(n, 'nom', 'people')} كانوا يحتمون في {ta} في {pa} بغارة جوية.",
                    [_target(code), K(n.value), P(gov)], "sheltering-in")

    def and_around(d: Draw) -> Pair:
        n, (pe, pa, gov), (te, ta, _, code, g) = d.num(), _d(d).place(), _d(d).site(SITES6)
        return pair(f"Rockets fell on and around {article(te)} in {pe}, killing {n.en} civilians.",
                    f"سقطت صواريخ على {ta} ومحيط{'ها' if g == 'f' else 'ه'} في {pa}، ما أدى إلى مقتل {cv(n, 'obl')}.",
                    [_target(code), K(n.value), P(gov)], "on-and-around")
    return [partially_destroyed, among_sites, extensive_damage, roof_collapsed, passing, pierced, sheltering,
            and_around]


SPECS6: dict[str, list[Family]] = {
    "numbers": _numbers(), "killed_injured": _killed_injured(), "subgroups": _subgroups(), "bounds": _bounds(),
    "aggregates": _aggregates(), "dates": _dates(), "places": _places(), "perpetrators": _perpetrators(),
    "weapons": _weapons(), "targets": _targets(),
}
# The filler tables in the shape of ``checklist_parallel_templates``' (English and Arabic first), for the
# tests that no two halves and no other checklist share a filler.
FILLERS6_HELD: dict[str, list[tuple[str, ...]]] = {
    "places": [p[:3] for p in PLACES6], "actors": [a[:4] for a in ACTORS6], "weapons": list(WEAPONS6),
    "targets": [t[:4] for t in TARGETS6],
}
