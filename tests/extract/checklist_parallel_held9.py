"""A ninth held-out half of the parallel set (``held9``), written after held4 to held8 had been run and tuned
on, without running the extractor on it: its first run is the clean estimate for unseen wording. It runs only
when named, and ``checklist_parallel`` never shows its individual failures.

Its places, actors, weapons and targets are its own (the filler tables below; a test checks that none of
them appears in another checklist file, in either language), and so are its wordings: ten everyday release
phrasings per phenomenon that the other halves do not use.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from .checklist import (
    Check,
    date_is,
    incidents,
    injured,
    killed_about,
    killed_bounds,
    no_incident_killed,
    subgroup,
)
from .checklist import perpetrator as perpetrator_check
from .checklist import weapon as weapon_check
from .checklist import words as en_words
from .checklist_parallel_templates import (
    MONTHS_EG,
    MONTHS_EN,
    MONTHS_LEV,
    PUBLISHED,
    Draw,
    Family,
    K,
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
    same_form as _same_form,
)

HALF = "held9"

# (English, Arabic, admin1 as the geocoder gives it, kind in English, kind in Arabic): both spellings are
# names of the shipped gazetteer in that governorate alone, and none is in another half or checklist.
PLACES9 = [
    ("Sanjar", "سنجار", "Idlib", "town", "بلدة"), ("Qourqeena", "قورقينا", "Idlib", "village", "قرية"),
    ("Basnada", "بسنادا", "Latakia", "village", "قرية"), ("Jobet Berghal", "جوبة برغال", "Latakia", "town", "بلدة"),
    ("Ein Shaqaq", "عين شقاق", "Latakia", "village", "قرية"), ("Jeb Ej-Jarrah", "جب الجراح", "Homs", "town", "بلدة"),
    ("Hadideh", "حديدة", "Homs", "village", "قرية"),
    ("Jawadiyah", "جوادية", "Hasakah", "town", "بلدة"), ("Kisreh", "كسرة", "Deir ez-Zor", "town", "بلدة"),
    ("Sheikh Badr", "الشيخ بدر", "Tartus", "town", "بلدة"), ("Masaada", "مسعدة", "Quneitra", "town", "بلدة"),
    ("Jibreen", "جبرين", "Aleppo", "village", "قرية"),
]
# (English, Arabic, code, Arabic gender for the verb's agreement)
GROUND9 = [
    ("the Palestinian Liberation Army", "جيش التحرير الفلسطيني", "SYR_GOV", "m"),
    ("Jaish al-Nasr", "جيش النصر", "OPPOSITION", "m"),
    ("the Imam Hussein Brigade", "لواء الإمام الحسين", "IRN", "m"),
    ("the Women's Protection Units", "وحدات حماية المرأة", "SDF", "f"),
]
AIR9 = [("Russian Tupolev bombers", "قاذفات توبوليف الروسية", "RUS", "f")]
ACTORS9 = GROUND9 + AIR9
# (English with its article, Arabic, code, Arabic gender)
BURKAN9 = ("Burkan rockets", "صواريخ بركان", "rocket", "f")
MALYUTKA9 = ("a Malyutka missile", "صاروخ ماليوتكا", "missile", "m")
MOHAJER9 = ("a Mohajer drone", "طائرة مسيرة من طراز مهاجر", "drone", "f")
BELT9 = ("an explosive belt", "حزام متفجر", "ied", "m")
RIFLES9 = ("assault rifles", "بنادق آلية", "small_arms", "f")
GUNS9 = ("self-propelled guns", "مدافع ذاتية الحركة", "artillery", "f")
WEAPONS9 = [BURKAN9, MALYUTKA9, MOHAJER9, BELT9, RIFLES9, GUNS9]
FIRED9 = [BURKAN9, MALYUTKA9, MOHAJER9, GUNS9]  # what can be fired at a place from afar
# (English, Arabic, Arabic as an object (accusative), code, Arabic gender)
TARGETS9 = [
    ("school bus", "حافلة مدرسية", "حافلة مدرسية", "vehicle", "f"),
    ("Chaldean church", "كنيسة كلدانية", "كنيسة كلدانية", "place_of_worship", "f"),
    ("vocational school", "مدرسة مهنية", "مدرسة مهنية", "school", "f"),
    ("surgical hospital", "مشفى جراحي", "مشفى جراحياً", "medical", "m"),
    ("tented settlement", "تجمع للخيام", "تجمعاً للخيام", "idp_camp", "m"),
    ("power generating station", "محطة توليد كهرباء", "محطة توليد كهرباء", "water_power", "f"),
]
BUILDINGS9 = [t for t in TARGETS9 if t[3] not in ("vehicle", "idp_camp")]  # what can be flattened or entered
_DEFINITE = {3: "الثلاثة", 4: "الأربعة", 5: "الخمسة", 6: "الستة"}  # "their three children": أطفالهما الثلاثة


class Draw9H(Draw):
    """``Draw`` over this half's own fillers (``Draw`` reads the tables of the other halves by name)."""

    def place(self, kind: bool = True) -> tuple[str, str, str]:
        return place_from(self.rng, PLACES9, kind)

    def two_places(self) -> tuple[tuple[str, str], tuple[str, str], str]:
        """Two places of one governorate: ((en, ar), (en, ar), admin1)."""
        return two_places_from(self.rng, PLACES9)

    def actor9(self, pool: Sequence[tuple[str, str, str, str]] = ACTORS9) -> tuple[str, str, str, str]:
        return self.rng.choice(list(pool))

    def arm(self, pool: Sequence[tuple[str, str, str, str]] = WEAPONS9) -> tuple[str, str, str, str]:
        return self.rng.choice(list(pool))

    def site(self, pool: Sequence[tuple[str, str, str, str, str]] = TARGETS9) -> tuple[str, str, str, str, str]:
        return self.rng.choice(list(pool))


def _d(d: Draw) -> Draw9H:
    assert isinstance(d, Draw9H), "the held9 families draw from held9's fillers"
    return d



def _t(g: str) -> str:
    """The feminine ending of a verb before a feminine subject."""
    return "ت" if g == "f" else ""



def _the(en: str) -> str:
    """"a drone" -> "the drone"; a plural stays bare."""
    return "the " + en.split(" ", 1)[1] if en.split(" ", 1)[0] in ("a", "an") else en


# 1. numbers ------------------------------------------------------------------------------------


def _numbers() -> list[Family]:
    def mourned(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), _d(d).place()
        de, da, _ = d.weekday()
        return pair(f"Mourners in {pe} carried the coffins of {n.en} civilians killed in the bombardment on {de}.",
                    f"شيّع الأهالي في {pa} جثامين {cv(n, 'obl')} قُتلوا في القصف يوم {da}.", [K(n.value), P(gov)], "mourned")

    def bodies(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), _d(d).place()
        return pair(f"Rescuers dug out the bodies of {n.en} civilians from the rubble in {pe}.",
                    f"استخرجت فرق الإنقاذ جثث {cv(n, 'obl')} من تحت الأنقاض في {pa}.", [K(n.value), P(gov)],
                    "bodies-pulled")

    def left_dead(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), _d(d).place()
        return pair(f"The air raid on {pe} left {n.en} civilians dead.",
                    f"خلّفت الغارة الجوية على {pa} {cv(n, 'obl', 'dead')} من المدنيين.", [K(n.value), P(gov)],
                    "left-dead")

    def lost_lives(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), _d(d).place()
        return pair(f"{n.En} civilians lost their lives in the shelling of {pe}.",
                    f"فقد {cv(n)} حياتهم في قصف {pa}.", [K(n.value), P(gov)], "lost-their-lives")

    def massacre(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), _d(d).place()
        return pair(f"Monitors recorded a massacre in {pe}, where {n.en} civilians were killed.",
                    f"سجّل المرصد مجزرة في {pa} راح ضحيتها {cv(n)}.", [K(n.value), P(gov)], "massacre")

    def residents(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), _d(d).place()
        return pair(f"{n.En} residents of {pe} were killed when their homes were shelled.",
                    f"قُتل {n.ar()} من سكان {pa} جراء قصف منازلهم.", [K(n.value), P(gov)], "residents-of")

    def one_family(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(3, 11), _d(d).place()
        return pair(f"{n.En} members of one family were killed in {pe} after a shell fell on their house.",
                    f"قُتل {n.ar()} من أفراد عائلة واحدة في {pa} إثر سقوط قذيفة على منزلهم.", [K(n.value), P(gov)],
                    "one-family")

    def medics_counted(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), _d(d).place()
        return pair(f"Medics counted {n.en} dead after the raid on {pe}.",
                    f"أحصى مسعفون {cv(n, 'obl', 'dead')} بعد الغارة على {pa}.", [K(n.value), P(gov)], "medics-counted")

    def number_reached(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(5, 60), _d(d).place()
        return pair(f"The number of civilians killed in the attack on {pe} reached {n.en}.",
                    f"بلغ عدد القتلى المدنيين في الهجوم على {pa} {n.ar('obl')}.", [K(n.value), P(gov)],
                    "number-reached")

    def fell_victim(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), _d(d).place()
        de, da, _ = d.weekday()
        return pair(f"{n.En} civilians fell victim to the shelling of {pe} on {de}.",
                    f"سقط {cv(n)} ضحايا لقصف {pa} يوم {da}.", [K(n.value), P(gov)], "fell-victim")
    return [mourned, bodies, left_dead, lost_lives, massacre, residents, one_family, medics_counted, number_reached,
            fell_victim]


# 2. killed and injured together ----------------------------------------------------------------


def _i(n: int) -> Check:
    return tag("injured", injured(n))


def _killed_injured() -> list[Family]:
    def sustained(d: Draw) -> Pair:
        k, i, (pe, pa, gov) = d.num(3, 12), d.num(13, 45), _d(d).place()
        return pair(f"{k.En} civilians were killed and {i.en} others sustained injuries in {pe}.",
                    f"قُتل {cv(k)}، فيما أُصيب {i.ar()} آخرون بجروح في {pa}.", [K(k.value), _i(i.value), P(gov)],
                    "sustained-injuries")

    def people_hurt(d: Draw) -> Pair:
        k, i, (pe, pa, gov) = d.num(3, 12), d.num(13, 45), _d(d).place()
        return pair(f"{k.En} people died and {i.en} were hurt when a shell exploded in {pe}.",
                    f"توفي {cv(k, 'nom', 'people')} وأُصيب {i.ar()} آخرون حين انفجرت قذيفة في {pa}.",
                    [K(k.value), _i(i.value), P(gov)], "died-and-hurt")

    def critically(d: Draw) -> Pair:
        k, i, (pe, pa, gov) = d.num(3, 12), d.num(13, 45), _d(d).place()
        return pair(f"{i.En} civilians were wounded, several of them seriously, and {k.en} were killed in {pe}.",
                    f"أُصيب {cv(i)}، عدد منهم بحالة خطرة، وقُتل {k.ar()} آخرون في {pa}.",
                    [K(k.value), _i(i.value), P(gov)], "some-critically")

    def only_hurt(d: Draw) -> Pair:
        i, (pe, pa, gov) = d.num(), _d(d).place()
        return pair(f"{i.En} civilians were lightly wounded when shells landed in {pe}.",
                    f"أُصيب {cv(i)} بجروح طفيفة جراء سقوط قذائف في {pa}.", [_i(i.value), P(gov)], "light-injuries")

    def hospitals(d: Draw) -> Pair:
        k, i, (pe, pa, gov) = d.num(3, 10), d.num(13, 45), _d(d).place()
        return pair(f"The hospital in {pe} took in the bodies of {k.en} civilians and {i.en} wounded.",
                    f"استقبل المشفى في {pa} جثث {cv(k, 'obl')} و{cv(i, 'obl', 'wounded')}.",
                    [K(k.value), _i(i.value), P(gov)], "hospitals-received")

    def headline(d: Draw) -> Pair:
        k, i, (pe, pa, gov) = d.num(3, 12), d.num(13, 45), _d(d).place()
        return pair(f"{k.En} dead and {i.en} wounded in shelling on {pe}",
                    f"{cv(k, 'nom', 'dead')} و{cv(i, 'nom', 'wounded')} بقصف على {pa}",
                    [K(k.value), _i(i.value), P(gov)], "headline")

    def leaving(d: Draw) -> Pair:
        k, i, (pe, pa, gov) = d.num(3, 12), d.num(13, 45), _d(d).place()
        return pair(f"A rocket hit {pe}, killing {k.en} civilians and leaving {i.en} others with wounds.",
                    f"سقط صاروخ على {pa}، ما أسفر عن مقتل {cv(k, 'obl')} وجرح {i.ar('obl')} آخرين.",
                    [K(k.value), _i(i.value), P(gov)], "leaving-wounded")

    def taken_to(d: Draw) -> Pair:
        k, i, (pe, pa, gov) = d.num(3, 12), d.num(13, 45), _d(d).place()
        return pair(f"{k.En} civilians were killed in {pe} and {i.en} more were taken to hospital with injuries.",
                    f"قُتل {cv(k)} في {pa} ونُقل {i.ar()} آخرون إلى المشافي مصابين.",
                    [K(k.value), _i(i.value), P(gov)], "taken-to-hospital")

    def civil_defence(d: Draw) -> Pair:
        k, i, (pe, pa, gov) = d.num(3, 12), d.num(13, 45), _d(d).place()
        return pair(f"The Civil Defence said the explosion in {pe} killed {k.en} people and injured {i.en}.",
                    f"قال الدفاع المدني إن الانفجار في {pa} أودى بحياة {cv(k, 'obl', 'people')} وأصاب {i.ar('obl')} آخرين.",
                    [K(k.value), _i(i.value), P(gov)], "civil-defence-said")

    def casualties(d: Draw) -> Pair:
        k, i, (pe, pa, gov) = d.num(3, 12), d.num(13, 45), _d(d).place()
        return pair(f"The bombardment of {pe} caused {k.en} deaths and {i.en} injuries among civilians.",
                    f"تسبب قصف {pa} بمقتل {k.ar('obl')} وإصابة {i.ar('obl')} من المدنيين.",
                    [K(k.value), _i(i.value), P(gov)], "deaths-and-injuries")
    return [sustained, people_hurt, critically, only_hurt, hospitals, headline, leaving, taken_to, civil_defence,
            casualties]


# 3. victim sub-groups --------------------------------------------------------------------------


def _sub(name: str, n: int) -> Check:
    return tag("subgroups", subgroup(name, n))


def _subgroups() -> list[Family]:
    def of_them(d: Draw) -> Pair:
        c, (pe, pa, gov) = d.num(3, 8), _d(d).place()
        n = _same_form(c.value + d.rng.randint(2, 9), c)
        return pair(f"{n.En} civilians, {c.en} of them children, were killed in {pe}.",
                    f"قُتل {cv(n)}، {c.ar()} منهم أطفال، في {pa}.", [K(n.value), _sub("children", c.value), P(gov)],
                    "n-of-them-children")

    def were_among(d: Draw) -> Pair:
        c, (pe, pa, gov) = d.num(3, 6), _d(d).place()
        w = _same_form(d.rng.randint(3, 6), c)
        n = _same_form(c.value + w.value + d.rng.randint(2, 8), c)
        return pair(f"{c.En} children and {w.en} women were among the {n.en} civilians killed in {pe}.",
                    f"كان {cv(c, 'nom', 'children')} و{cv(w, 'nom', 'women')} من بين {cv(n, 'obl')} قُتلوا في {pa}.",
                    [K(n.value), _sub("children", c.value), _sub("women", w.value), P(gov)], "were-among")

    def all_children(d: Draw) -> Pair:
        c, (pe, pa, gov) = d.num(3, 9), _d(d).place()
        return pair(f"{c.En} civilians, all of them children, were killed in {pe}.",
                    f"قُتل {cv(c)} جميعهم أطفال في {pa}.", [K(c.value), _sub("children", c.value), P(gov)],
                    "all-of-them-children")

    def the_dead_are(d: Draw) -> Pair:
        w, (pe, pa, gov) = d.num(3, 6), _d(d).place()
        c = _same_form(d.rng.randint(3, 7), w)
        return pair(f"The dead in {pe} are {w.en} women and {c.en} children.",
                    f"القتلى في {pa} هم {cv(w, 'nom', 'women')} و{cv(c, 'nom', 'children')}.",
                    [K(w.value + c.value), _sub("children", c.value), _sub("women", w.value), P(gov)], "the-dead-are")

    def a_child_two_women(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(5, 15), _d(d).place()
        return pair(f"{n.En} civilians were killed in {pe}, among them a child and two women.",
                    f"قُتل {cv(n)} في {pa}، بينهم طفل وامرأتان.",
                    [K(n.value), _sub("children", 1), _sub("women", 2), P(gov)], "a-child-and-two-women")

    def parents(d: Draw) -> Pair:
        c, (pe, pa, gov) = d.rng.randint(3, 6), _d(d).place()
        return pair(f"A couple and their {en_words(c)} children were killed when their house in {pe} was hit.",
                    f"قُتل زوجان وأطفالهما {_DEFINITE[c]} إثر استهداف منزلهم في {pa}.",
                    [K(c + 2), _sub("children", c), P(gov)], "parents-and-children")

    def minors(d: Draw) -> Pair:
        c, (pe, pa, gov) = d.num(3, 8), _d(d).place()
        n = _same_form(c.value + d.rng.randint(2, 9), c)
        return pair(f"{n.En} people were killed in {pe}, among them {c.en} minors.",
                    f"قُتل {cv(n, 'nom', 'people')} في {pa}، من بينهم {c.ar()} قاصرين.",
                    [K(n.value), _sub("children", c.value), P(gov)], "minors")

    def under_18(d: Draw) -> Pair:
        c, (pe, pa, gov) = d.num(3, 8), _d(d).place()
        n = _same_form(c.value + d.rng.randint(2, 9), c)
        return pair(f"{n.En} civilians were killed in {pe}; {c.en} of the victims were under sixteen.",
                    f"قُتل {cv(n)} في {pa}، {c.ar()} من الضحايا دون سن السادسة عشرة.",
                    [K(n.value), _sub("children", c.value), P(gov)], "under-18")

    def victims_included(d: Draw) -> Pair:
        w, (pe, pa, gov) = d.num(3, 6), _d(d).place()
        n = _same_form(w.value + d.rng.randint(2, 9), w)
        return pair(f"{n.En} civilians were killed in {pe}, and the victims included {w.en} women.",
                    f"قُتل {cv(n)} في {pa}، وكان بين الضحايا {cv(w, 'nom', 'women')}.",
                    [K(n.value), _sub("women", w.value), P(gov)], "victims-included-women")

    def one_family_children(d: Draw) -> Pair:
        c, (pe, pa, gov) = d.num(3, 7), _d(d).place()
        return pair(f"The victims of the strike on {pe} were {c.en} children from one family.",
                    f"ضحايا الغارة على {pa} {cv(c, 'nom', 'children')} من عائلة واحدة.",
                    [K(c.value), _sub("children", c.value), P(gov)], "children-of-one-family")
    return [of_them, were_among, all_children, the_dead_are, a_child_two_women, parents, minors, under_18,
            victims_included, one_family_children]


# 4. bounds -------------------------------------------------------------------------------------


def _bound(low: int | None, high: int | None) -> Check:
    return tag("bounds", killed_bounds(low, high))


def _about(n: int) -> Check:
    return tag("bounds", killed_about(n))


def _bounds() -> list[Family]:
    def could_rise(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(4, 60), _d(d).place()
        return pair(f"The toll in {pe} is at least {n.en} civilians, and more deaths are feared.",
                    f"الحصيلة في {pa} {cv(n)} على الأقل، ويُخشى ارتفاع الحصيلة.", [_bound(n.value, None), P(gov)],
                    "at-least-may-rise")

    def as_many_as(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(6, 60), _d(d).place()
        return pair(f"As many as {n.en} civilians may have been killed in {pe}.",
                    f"ربما قُتل ما يصل إلى {cv(n, 'obl')} في {pa}.", [_bound(None, n.value), P(gov)], "as-many-as")

    def ranging(d: Draw) -> Pair:
        a, (pe, pa, gov) = d.num(4, 30), _d(d).place()
        b = _same_form(a.value + d.rng.randint(2, 10), a)
        return pair(f"The death toll in {pe} ranges from {a.en} to {b.en} civilians.",
                    f"تتراوح حصيلة القتلى في {pa} بين {a.ar('obl')} و{cv(b, 'obl')}.", [_bound(a.value, b.value), P(gov)],
                    "ranges-from")

    def not_fewer(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(4, 60), _d(d).place()
        return pair(f"The civilians killed in {pe} number not fewer than {n.en}.",
                    f"لا يقل عدد المدنيين الذين قُتلوا في {pa} عن {n.ar('obl')}.", [_bound(n.value, None), P(gov)],
                    "number-not-fewer")

    def very_least(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(4, 60), _d(d).place()
        return pair(f"{n.En} civilians at the very least were killed in {pe}.",
                    f"قُتل {cv(n)} على أقل تقدير في {pa}.", [_bound(n.value, None), P(gov)], "very-least")

    def could_reach(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(6, 60), _d(d).place()
        return pair(f"Local sources said the civilian toll in {pe} may climb to {n.en}.",
                    f"قالت مصادر محلية إن حصيلة القتلى المدنيين في {pa} قد ترتفع إلى {n.ar('obl')}.",
                    [_bound(None, n.value), P(gov)], "could-reach")

    def estimates(d: Draw) -> Pair:
        a, (pe, pa, gov) = d.num(4, 30), _d(d).place()
        b = _same_form(a.value + d.rng.randint(2, 10), a)
        return pair(f"Estimates put the civilian dead in {pe} at between {a.en} and {b.en}.",
                    f"تُقدّر أعداد القتلى المدنيين في {pa} بما بين {a.ar('obl')} و{b.ar('obl')}.",
                    [_bound(a.value, b.value), P(gov)], "estimates-put")

    def roughly(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(6, 60), _d(d).place()
        return pair(f"Roughly {n.en} civilians were killed in {pe}.",
                    f"قُتل نحو {cv(n, 'obl')} في {pa}.", [_about(n.value), P(gov)], "roughly")

    def in_the_region(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(6, 60), _d(d).place()
        return pair(f"A toll in the region of {n.en} civilians was reported in {pe}.",
                    f"أفيد بحصيلة تقارب {cv(n, 'obl')} في {pa}.", [_about(n.value), P(gov)], "in-the-region-of")

    def no_more_than(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(6, 40), _d(d).place()
        return pair(f"No more than {n.en} civilians were killed in {pe}, the Civil Defence said.",
                    f"قال الدفاع المدني إن ما لا يزيد عن {cv(n, 'obl')} قُتلوا في {pa}.",
                    [_bound(None, n.value), P(gov)], "no-more-than")
    return [could_rise, as_many_as, ranging, not_fewer, very_least, could_reach, estimates, roughly, in_the_region,
            no_more_than]


# 5. totals that are not incidents --------------------------------------------------------------


def _agg(t: int) -> list[Check]:
    return [tag("aggregate", incidents(1)), tag("aggregate", no_incident_killed(t))]


def _aggregates() -> list[Family]:
    def this_week(d: Draw) -> Pair:
        k, (pe, pa, gov), t = d.num(3, 12), _d(d).place(), d.rng.randint(40, 300)
        return pair(f"{k.En} civilians were killed in {pe}, bringing the number killed in the area this week to {t}.",
                    f"قُتل {cv(k)} في {pa}، ليرتفع عدد القتلى في المنطقة خلال هذا الأسبوع إلى {t}.",
                    [K(k.value), *_agg(t), P(gov)], "this-week")

    def annual(d: Draw) -> Pair:
        k, (pe, pa, gov), t = d.num(3, 12), _d(d).place(), d.rng.randint(1200, 9000)
        return pair(f"{k.En} civilians were killed in {pe}. The Network's annual report put civilian deaths in 2020 "
                    f"at {t:,}.",
                    f"قُتل {cv(k)} في {pa}. وأحصى التقرير السنوي للشبكة مقتل {t} {ar_noun(t, 'civ')} خلال عام 2020.",
                    [K(k.value), *_agg(t), P(gov)], "annual-report")

    def landmines_year(d: Draw) -> Pair:
        k, (pe, pa, gov), t = d.num(3, 8), _d(d).place(), d.rng.randint(60, 400)
        return pair(f"A mine killed {k.en} civilians in {pe}; since the start of the year, {t} civilians have died "
                    "in mine explosions.",
                    f"قتل لغم {cv(k, 'obl')} في {pa}، ومنذ مطلع العام قضى {t} {ar_noun(t, 'civ')} بانفجار الألغام.",
                    [K(k.value), *_agg(t), P(gov)], "since-start-of-year")

    def third_massacre(d: Draw) -> Pair:
        k, (pe, pa, gov), t = d.num(5, 15), _d(d).place(), d.rng.randint(80, 500)
        return pair(f"The killing of {k.en} civilians in {pe} is the third massacre this month, in which {t} "
                    "civilians have died in all.",
                    f"مقتل {cv(k, 'obl')} في {pa} هو المجزرة الثالثة هذا الشهر، الذي قُتل فيه {t} {ar_noun(t, 'civ')} "
                    "إجمالاً.", [K(k.value), *_agg(t), P(gov)], "third-massacre")

    def children_since(d: Draw) -> Pair:
        k, (pe, pa, gov), t = d.num(3, 9), _d(d).place(), d.rng.randint(100, 900)
        return pair(f"{k.En} children were killed in {pe}, bringing to {t} the number of children killed since "
                    "the offensive began.",
                    f"قُتل {cv(k, 'nom', 'children')} في {pa}، ليصل عدد الأطفال الذين قُتلوا منذ بدء الحملة إلى {t}.",
                    [K(k.value), *_agg(t), P(gov)], "children-since")

    def ten_days(d: Draw) -> Pair:
        k, (pe, pa, gov), t = d.num(3, 12), _d(d).place(), d.rng.randint(50, 250)
        de, da, _ = d.weekday()
        return pair(f"{k.En} civilians were killed in {pe} on {de}. Over the past ten days, {t} civilians have been "
                    "killed in the region.",
                    f"قُتل {cv(k)} في {pa} يوم {da}. وخلال الأيام العشرة الماضية قُتل {t} {ar_noun(t, 'civ')} في المنطقة.",
                    [K(k.value), *_agg(t), P(gov)], "past-ten-days")

    def tally(d: Draw) -> Pair:
        k, (pe, pa, gov), t = d.num(3, 12), _d(d).place(), d.rng.randint(150, 1500)
        return pair(f"With the {k.en} civilians killed in {pe}, the Observatory's figures for the offensive now show "
                    f"{t:,} civilian dead.",
                    f"بمقتل {cv(k, 'obl')} في {pa}، تُظهر أرقام المرصد للحملة مقتل {t} {ar_noun(t, 'civ')}.",
                    [K(k.value), *_agg(t), P(gov)], "observatory-tally")

    def ceasefire(d: Draw) -> Pair:
        k, (pe, pa, gov), t = d.num(3, 12), _d(d).place(), d.rng.randint(30, 400)
        return pair(f"{k.En} civilians were killed in {pe}. In all, {t} civilians have been killed in the governorate "
                    "since the ceasefire took effect.",
                    f"قُتل {cv(k)} في {pa}. وفي المجمل قُتل {t} {ar_noun(t, 'civ')} في المحافظة منذ دخول وقف إطلاق النار "
                    "حيز التنفيذ.", [K(k.value), *_agg(t), P(gov)], "since-ceasefire")

    def quarterly(d: Draw) -> Pair:
        k, (pe, pa, gov), t = d.num(3, 12), _d(d).place(), d.rng.randint(300, 2500)
        de, da, _ = d.weekday()
        return pair(f"{k.En} civilians were killed in {pe} on {de}, a week after a quarterly report documented "
                    f"{t:,} civilian deaths nationwide.",
                    f"قُتل {cv(k)} في {pa} يوم {da}، بعد أسبوع من تقرير فصلي وثّق مقتل {t} {ar_noun(t, 'civ')} "
                    "على مستوى البلاد.", [K(k.value), *_agg(t), P(gov)], "quarterly-report")

    def weekly_total(d: Draw) -> Pair:
        k, (pe, pa, gov), t = d.num(3, 12), _d(d).place(), d.rng.randint(40, 200)
        return pair(f"The {k.en} civilians killed in {pe} are among {t} civilian deaths recorded across the north "
                    "this week.",
                    f"يُعد {cv(k)} قُتلوا في {pa} من بين {t} {ar_noun(t, 'civ')} سُجل مقتلهم في الشمال هذا الأسبوع.",
                    [K(k.value), *_agg(t), P(gov)], "among-weekly-deaths")
    return [this_week, annual, landmines_year, third_massacre, children_since, ten_days, tally, ceasefire, quarterly,
            weekly_total]


# 6. dates --------------------------------------------------------------------------------------


def _date(day: dt.date) -> Check:
    return tag("date", date_is(day))


def _dates() -> list[Family]:
    def early_hours(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), _d(d).place()
        de, da, day = d.weekday()
        return pair(f"{n.En} civilians were killed before dawn on {de} in {pe}.",
                    f"قُتل {cv(n)} قبيل فجر يوم {da} في {pa}.", [_date(day), K(n.value), P(gov)],
                    "early-hours")

    def at_noon(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), _d(d).place()
        de, da, day = d.weekday()
        return pair(f"Shelling killed {n.en} civilians in {pe} at noon on {de}.",
                    f"قتل القصف {cv(n, 'obl')} في {pa} ظهر يوم {da}.", [_date(day), K(n.value), P(gov)], "at-noon")

    def yesterday(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), _d(d).place()
        return pair(f"{n.En} civilians were killed in {pe} yesterday, activists said.",
                    f"قُتل {cv(n)} في {pa} أمس، بحسب ناشطين.",
                    [_date(PUBLISHED - dt.timedelta(days=1)), K(n.value), P(gov)], "yesterday")

    def numeric(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(words_ok=False), _d(d).place()
        day, pub = d.event_day()
        while day.day <= 12:
            day, pub = d.event_day()
        s = f"{day.day}/{day.month}/{day.year}"
        return pair(f"On {s}, {n.en} civilians were killed in {pe}.",
                    f"بتاريخ {s} قُتل {cv(n)} في {pa}.", [_date(day), K(n.value), P(gov)], "numeric-date", pub)

    def day_before(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), _d(d).place()
        return pair(f"{n.En} civilians were killed in {pe} the day before yesterday.",
                    f"قُتل {cv(n)} في {pa} أول أمس.", [_date(PUBLISHED - dt.timedelta(days=2)), K(n.value), P(gov)],
                    "day-before-yesterday")

    def morning_of(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), _d(d).place()
        day, pub = d.event_day()
        return pair(f"{n.En} civilians were killed in {pe} on the morning of {day.day} {MONTHS_EN[day.month - 1]}.",
                    f"قُتل {cv(n)} في {pa} صباح {day.day} {MONTHS_LEV[day.month - 1]}.", [_date(day), K(n.value), P(gov)],
                    "morning-of-day-month", pub)

    def last_weekday(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), _d(d).place()
        de, da, day = d.weekday()
        return pair(f"{n.En} civilians were killed in {pe} last {de}.",
                    f"قُتل {cv(n)} في {pa} يوم {da} الماضي.", [_date(day), K(n.value), P(gov)], "last-weekday")

    def afternoon(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), _d(d).place()
        de, da, day = d.weekday()
        return pair(f"On {de} afternoon, {n.en} civilians were killed by shelling on {pe}.",
                    f"بعد ظهر يوم {da}، قُتل {cv(n)} جراء قصف على {pa}.", [_date(day), K(n.value), P(gov)],
                    "weekday-afternoon")

    def egyptian(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), _d(d).place()
        day, pub = d.event_day()
        return pair(f"{n.En} civilians were killed in {pe} on {MONTHS_EN[day.month - 1]} {day.day}.",
                    f"قُتل {cv(n)} في {pa} يوم {day.day} {MONTHS_EG[day.month - 1]}.", [_date(day), K(n.value), P(gov)],
                    "month-day-egyptian", pub)

    def two_days_ago(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), _d(d).place()
        return pair(f"{n.En} civilians were killed in {pe} two days ago.",
                    f"قُتل {cv(n)} في {pa} قبل يومين.", [_date(PUBLISHED - dt.timedelta(days=2)), K(n.value), P(gov)],
                    "two-days-ago")
    return [early_hours, at_noon, yesterday, numeric, day_before, morning_of, last_weekday, afternoon, egyptian,
            two_days_ago]


# 7. places -------------------------------------------------------------------------------------


def _places() -> list[Family]:
    def outskirts(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), _d(d).place()
        return pair(f"{n.En} civilians were killed on the outskirts of {pe}.",
                    f"قُتل {cv(n)} على أطراف {pa}.", [P(gov), K(n.value)], "outskirts")

    def vicinity(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), _d(d).place()
        return pair(f"Shells fell in the vicinity of {pe}, killing {n.en} civilians.",
                    f"سقطت قذائف في محيط {pa}، ما أدى إلى مقتل {cv(n, 'obl')}.", [P(gov), K(n.value)], "vicinity")

    def centre(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), _d(d).place()
        return pair(f"{n.En} civilians were killed in the centre of {pe}.",
                    f"قُتل {cv(n)} وسط {pa}.", [P(gov), K(n.value)], "centre")

    def checkpoint(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), _d(d).place()
        return pair(f"{n.En} civilians were killed at a checkpoint near {pe}.",
                    f"قُتل {cv(n)} على حاجز قرب {pa}.", [P(gov), K(n.value)], "checkpoint-near")

    def fields_between(d: Draw) -> Pair:
        n, ((e1, a1), (e2, a2), gov) = d.num(), _d(d).two_places()
        return pair(f"{n.En} civilians were killed in fields lying between {e1} and {e2}.",
                    f"قُتل {cv(n)} في الأراضي الزراعية الواقعة بين {a1} و{a2}.", [P(gov), K(n.value)], "fields-between")

    def area(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), _d(d).place(kind=False)
        return pair(f"{n.En} civilians were killed in the {pe} area.",
                    f"قُتل {cv(n)} في منطقة {pa}.", [P(gov), K(n.value)], "the-x-area")

    def square(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), _d(d).place()
        return pair(f"A shell landed in the main square of {pe}, killing {n.en} civilians.",
                    f"سقطت قذيفة في الساحة الرئيسية في {pa}، ما أدى إلى مقتل {cv(n, 'obl')}.", [P(gov), K(n.value)],
                    "main-square")

    def municipality(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), _d(d).place()
        return pair(f"{n.En} civilians were killed near the municipal building in {pe}.",
                    f"قُتل {cv(n)} قرب مبنى البلدية في {pa}.", [P(gov), K(n.value)], "municipal-building")

    def neighbourhoods(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), _d(d).place(kind=False)
        return pair(f"Shelling on the eastern neighbourhoods of {pe} killed {n.en} civilians.",
                    f"قتل قصف على الأحياء الشرقية من {pa} {cv(n, 'obl')}.", [P(gov), K(n.value)], "neighbourhoods")

    def road_into(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), _d(d).place()
        return pair(f"{n.En} civilians were killed on the main road leading into {pe}.",
                    f"قُتل {cv(n)} على الطريق الرئيسي المؤدي إلى {pa}.", [P(gov), K(n.value)], "road-leading-into")
    return [outskirts, vicinity, centre, checkpoint, fields_between, area, square, municipality, neighbourhoods,
            road_into]


# 8. perpetrators -------------------------------------------------------------------------------


def _perp(code: str) -> Check:
    return tag("perpetrator", perpetrator_check(code))


def _perpetrators() -> list[Family]:
    def blamed(d: Draw) -> Pair:
        n, (pe, pa, gov), (ae, aa, code, _g) = d.num(), _d(d).place(), _d(d).actor9()
        return pair(f"Residents blamed {ae} for the shelling of {pe}, which killed {n.en} civilians.",
                    f"حمّل الأهالي {aa} المسؤولية عن قصف {pa}، الذي أدى إلى مقتل {cv(n, 'obl')}.",
                    [_perp(code), K(n.value), P(gov)], "residents-blamed")

    def attributed(d: Draw) -> Pair:
        n, (pe, pa, gov), (ae, aa, code, _g) = d.num(), _d(d).place(), _d(d).actor9()
        return pair(f"{n.En} civilians were killed in {pe} in an attack that monitors attributed to {ae}.",
                    f"قُتل {cv(n)} في {pa} في هجوم نسبه المرصد إلى {aa}.", [_perp(code), K(n.value), P(gov)],
                    "attributed-to")

    def targeted(d: Draw) -> Pair:
        n, (pe, pa, gov), (ae, aa, code, _g) = d.num(), _d(d).place(), _d(d).actor9()
        return pair(f"{_cap(ae)} targeted {pe}, killing {n.en} civilians.",
                    f"استهدف{_t(_g)} {aa} {pa}، ما أدى إلى مقتل {cv(n, 'obl')}.", [_perp(code), K(n.value), P(gov)],
                    "targeted")

    def positions(d: Draw) -> Pair:
        n, (pe, pa, gov), (ae, aa, code, _g) = d.num(), _d(d).place(), _d(d).actor9(GROUND9)
        return pair(f"{n.En} civilians were killed in {pe} by fire coming from positions of {ae}.",
                    f"قُتل {cv(n)} في {pa} بنيران مصدرها مواقع {aa}.", [_perp(code), K(n.value), P(gov)],
                    "fire-from-positions")

    def executed(d: Draw) -> Pair:
        n, (pe, pa, gov), (ae, aa, code, _g) = d.num(3, 12), _d(d).place(), _d(d).actor9(GROUND9)
        return pair(f"{_cap(ae)} stormed {pe} and executed {n.en} civilians.",
                    f"اقتحم{_t(_g)} {aa} {pa} وأعدم{_t(_g)} {cv(n, 'obl')}.", [_perp(code), K(n.value), P(gov)],
                    "stormed-and-executed")

    def carried_out_by(d: Draw) -> Pair:
        n, (pe, pa, gov), (ae, aa, code, _g) = d.num(), _d(d).place(), _d(d).actor9()
        return pair(f"The attack on {pe}, which killed {n.en} civilians, was carried out by {ae}.",
                    f"الهجوم على {pa}، الذي أودى بحياة {cv(n, 'obl')}، نفّذ{'ته' if _g == 'f' else 'ه'} {aa}.",
                    [_perp(code), K(n.value), P(gov)], "carried-out-by")

    def gunmen(d: Draw) -> Pair:
        n, (pe, pa, gov), (ae, aa, code, _g) = d.num(3, 12), _d(d).place(), _d(d).actor9(GROUND9)
        return pair(f"Gunmen affiliated with {ae} killed {n.en} civilians in {pe}.",
                    f"قتل مسلحون تابعون ل{aa} {cv(n, 'obl')} في {pa}.", [_perp(code), K(n.value), P(gov)],
                    "gunmen-affiliated")

    def launched(d: Draw) -> Pair:
        n, (pe, pa, gov), (ae, aa, code, _g) = d.num(), _d(d).place(), _d(d).actor9()
        return pair(f"{_cap(ae)} launched an attack on {pe} that killed {n.en} civilians.",
                    f"شنّ{_t(_g)} {aa} هجوماً على {pa} أدى إلى مقتل {cv(n, 'obl')}.", [_perp(code), K(n.value), P(gov)],
                    "launched-an-attack")

    def at_hands(d: Draw) -> Pair:
        n, (pe, pa, gov), (ae, aa, code, _g) = d.num(), _d(d).place(), _d(d).actor9(GROUND9)
        return pair(f"{n.En} civilians died at the hands of {ae} in {pe}.",
                    f"قُتل {cv(n)} على يد {aa} في {pa}.", [_perp(code), K(n.value), P(gov)], "at-the-hands-of")

    def raids_by(d: Draw) -> Pair:
        n, (pe, pa, gov), (ae, aa, code, _g) = d.num(), _d(d).place(), _d(d).actor9(AIR9)
        return pair(f"{n.En} civilians were killed in raids by {ae} on {pe}.",
                    f"قُتل {cv(n)} في غارات شنتها {aa} على {pa}.", [_perp(code), K(n.value), P(gov)], "raids-by")
    return [blamed, attributed, targeted, positions, executed, carried_out_by, gunmen, launched, at_hands, raids_by]


# 9. weapons ------------------------------------------------------------------------------------


def _weapon(code: str) -> Check:
    return tag("weapon", weapon_check(code))


def _weapons() -> list[Family]:
    def barrage(d: Draw) -> Pair:
        n, (pe, pa, gov), (we, wa, code, _) = d.num(), _d(d).place(), _d(d).arm([BURKAN9])
        return pair(f"A barrage of {we} hit {pe}, killing {n.en} civilians.",
                    f"أصابت رشقة من {wa} {pa}، ما أدى إلى مقتل {cv(n, 'obl')}.", [_weapon(code), K(n.value), P(gov)],
                    "barrage-of")

    def using(d: Draw) -> Pair:
        n, (pe, pa, gov), (we, wa, code, _) = d.num(), _d(d).place(), _d(d).arm(FIRED9)
        return pair(f"{n.En} civilians were killed when {pe} was attacked using {we}.",
                    f"قُتل {cv(n)} حين تعرّضت {pa} لهجوم باستخدام {wa}.", [_weapon(code), K(n.value), P(gov)],
                    "attacked-using")

    def belt(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), _d(d).place()
        return pair(f"A suicide bomber detonated an explosive belt in {pe}, killing {n.en} civilians.",
                    f"فجّر انتحاري حزاماً متفجراً في {pa}، ما أدى إلى مقتل {cv(n, 'obl')}.",
                    [_weapon("ied"), K(n.value), P(gov)], "detonated-belt")

    def shot(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(3, 12), _d(d).place()
        return pair(f"{n.En} civilians were shot dead with assault rifles in {pe}.",
                    f"قُتل {cv(n)} رمياً بالرصاص من بنادق آلية في {pa}.", [_weapon("small_arms"), K(n.value), P(gov)],
                    "shot-with")

    def struck_by(d: Draw) -> Pair:
        n, (pe, pa, gov), (we, wa, code, _) = d.num(), _d(d).place(), _d(d).arm([MALYUTKA9, MOHAJER9])
        return pair(f"{n.En} civilians were killed when a car in {pe} was struck by {we}.",
                    f"قُتل {cv(n)} حين أُصيبت سيارة في {pa} ب{wa}.", [_weapon(code), K(n.value), P(gov)], "car-struck-by")

    def pounding(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), _d(d).place()
        return pair(f"{n.En} civilians were killed as self-propelled guns shelled {pe}.",
                    f"قُتل {cv(n)} جراء قصف {pa} بمدافع ذاتية الحركة.", [_weapon("artillery"), K(n.value), P(gov)],
                    "guns-shelled")

    def fired_at(d: Draw) -> Pair:
        n, (pe, pa, gov), (we, wa, code, g) = d.num(), _d(d).place(), _d(d).arm([BURKAN9, MALYUTKA9])
        return pair(f"{_cap(_the(we))} fired at {pe} killed {n.en} civilians.",
                    f"أودت {wa} التي أُطلقت على {pa} بحياة {cv(n, 'obl')}."
                    if g == "f" else f"أودى {wa} الذي أُطلق على {pa} بحياة {cv(n, 'obl')}.",
                    [_weapon(code), K(n.value), P(gov)], "fired-at")

    def drone_dropped(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), _d(d).place()
        return pair(f"A Mohajer drone dropped bombs on {pe}, killing {n.en} civilians.",
                    f"ألقت طائرة مسيرة من طراز مهاجر قنابل على {pa}، ما أدى إلى مقتل {cv(n, 'obl')}.",
                    [_weapon("drone"), K(n.value), P(gov)], "drone-dropped")

    def targeted_with(d: Draw) -> Pair:
        n, (pe, pa, gov), (we, wa, code, _) = d.num(), _d(d).place(), _d(d).arm(FIRED9)
        return pair(f"Forces targeted {pe} with {we}, killing {n.en} civilians.",
                    f"استهدفت القوات {pa} ب{wa}، ما أدى إلى مقتل {cv(n, 'obl')}.", [_weapon(code), K(n.value), P(gov)],
                    "targeted-with")

    def attack_with(d: Draw) -> Pair:
        n, (pe, pa, gov), (we, wa, code, _) = d.num(), _d(d).place(), _d(d).arm([BURKAN9, GUNS9, RIFLES9])
        return pair(f"{n.En} civilians died in an attack with {we} on {pe}.",
                    f"قُتل {cv(n)} في هجوم ب{wa} على {pa}.", [_weapon(code), K(n.value), P(gov)], "attack-with")
    return [barrage, using, belt, shot, struck_by, pounding, fired_at, drone_dropped, targeted_with, attack_with]


# 10. targets -----------------------------------------------------------------------------------


def _target(code: str) -> Check:
    return tag("target", target(code))


def _targets() -> list[Family]:
    def direct_hit(d: Draw) -> Pair:
        n, (pe, pa, gov), (te, ta, _, code, g) = d.num(), _d(d).place(), _d(d).site()
        return pair(f"{_cap(article_of(te))} in {pe} was hit head-on, and {n.en} civilians were killed.",
                    f"أُصيب{_t(g)} {ta} في {pa} إصابة مباشرة، ما أدى إلى مقتل {cv(n, 'obl')}.",
                    [_target(code), K(n.value), P(gov)], "direct-hit")

    def inside(d: Draw) -> Pair:
        n, (pe, pa, gov), (te, ta, _, code, _g) = d.num(), _d(d).place(), _d(d).site(BUILDINGS9)
        return pair(f"{n.En} civilians were killed inside {article_of(te)} in {pe}.",
                    f"قُتل {cv(n)} داخل {ta} في {pa}.", [_target(code), K(n.value), P(gov)], "inside")

    def came_under(d: Draw) -> Pair:
        n, (pe, pa, gov), (te, ta, _, code, g) = d.num(), _d(d).place(), _d(d).site()
        return pair(f"{_cap(article_of(te))} in {pe} came under shelling that killed {n.en} civilians.",
                    f"تعرّض{_t(g)} {ta} في {pa} لقصف أدى إلى مقتل {cv(n, 'obl')}.",
                    [_target(code), K(n.value), P(gov)], "came-under")

    def rubble(d: Draw) -> Pair:
        n, (pe, pa, gov), (te, ta, _, code, g) = d.num(), _d(d).place(), _d(d).site(BUILDINGS9)
        return pair(f"{n.En} civilians were killed when {article_of(te)} in {pe} was reduced to rubble.",
                    f"قُتل {cv(n)} حين تحوّل{_t(g)} {ta} في {pa} إلى ركام.", [_target(code), K(n.value), P(gov)],
                    "reduced-to-rubble")

    def shelling_targeted(d: Draw) -> Pair:
        n, (pe, pa, gov), (te, _, tacc, code, _g) = d.num(), _d(d).place(), _d(d).site()
        return pair(f"The shelling targeted {article_of(te)} in {pe} and killed {n.en} civilians.",
                    f"استهدف القصف {tacc} في {pa} وأدى إلى مقتل {cv(n, 'obl')}.", [_target(code), K(n.value), P(gov)],
                    "shelling-targeted")

    def ablaze(d: Draw) -> Pair:
        n, (pe, pa, gov), (te, ta, _, code, _g) = d.num(), _d(d).place(), _d(d).site()
        return pair(f"A fire broke out in {article_of(te)} in {pe} after a strike that killed {n.en} civilians.",
                    f"اندلع حريق في {ta} في {pa} إثر غارة أدت إلى مقتل {cv(n, 'obl')}.",
                    [_target(code), K(n.value), P(gov)], "set-ablaze")

    def partially(d: Draw) -> Pair:
        n, (pe, pa, gov), (te, ta, _, code, g) = d.num(), _d(d).place(), _d(d).site(BUILDINGS9)
        passive = "دُمّرت" if g == "f" else "دُمّر"
        return pair(f"{_cap(article_of(te))} in {pe} was partially destroyed in a raid that killed {n.en} civilians.",
                    f"{passive} {ta} في {pa} جزئياً في غارة أدت إلى مقتل {cv(n, 'obl')}.",
                    [_target(code), K(n.value), P(gov)], "partially-destroyed")

    def damage(d: Draw) -> Pair:
        n, (pe, pa, gov), (te, ta, _, code, _g) = d.num(), _d(d).place(), _d(d).site()
        return pair(f"The bombardment of {pe} killed {n.en} civilians and caused heavy damage to {article_of(te)}.",
                    f"أدى قصف {pa} إلى مقتل {cv(n, 'obl')} وإلحاق أضرار كبيرة ب{ta}.",
                    [_target(code), K(n.value), P(gov)], "damage-to")

    def among_sites(d: Draw) -> Pair:
        n, (pe, pa, gov), (te, ta, _, code, _g) = d.num(), _d(d).place(), _d(d).site()
        return pair(f"{article_of(te).split(' ', 1)[0].capitalize()} {te} was one of several sites struck in {pe}, where "
                    f"{n.en} civilians were killed.",
                    f"كان{'ت' if _g == 'f' else ''} {ta} أحد المواقع العديدة التي استُهدفت في {pa}، حيث قُتل {cv(n)}.",
                    [_target(code), K(n.value), P(gov)], "among-the-sites")

    def raid_on(d: Draw) -> Pair:
        n, (pe, pa, gov), (te, ta, _, code, _g) = d.num(), _d(d).place(), _d(d).site()
        de, da, _ = d.weekday()
        return pair(f"{n.En} civilians were killed in a raid on {article_of(te)} in {pe} on {de}.",
                    f"قُتل {cv(n)} في غارة على {ta} في {pa} يوم {da}.", [_target(code), K(n.value), P(gov)],
                    "raid-on-site")
    return [direct_hit, inside, came_under, rubble, shelling_targeted, ablaze, partially, damage, among_sites, raid_on]


def article_of(noun: str) -> str:
    return f"{'an' if noun[0].lower() in 'aeiou' else 'a'} {noun}"


SPECS9: dict[str, list[Family]] = {
    "numbers": _numbers(), "killed_injured": _killed_injured(), "subgroups": _subgroups(), "bounds": _bounds(),
    "aggregates": _aggregates(), "dates": _dates(), "places": _places(), "perpetrators": _perpetrators(),
    "weapons": _weapons(), "targets": _targets(),
}
# The filler tables in the shape of ``checklist_parallel_templates``' (English and Arabic first), for the
# tests that no two halves and no other checklist share a filler.
FILLERS9_HELD: dict[str, list[tuple[str, ...]]] = {
    "places": [p[:3] for p in PLACES9], "actors": list(ACTORS9), "weapons": list(WEAPONS9),
    "targets": [t[:4] for t in TARGETS9],
}
