"""A second tuning half of the parallel set (``tune2``): the VARIETY of ways monitor releases phrase who
struck, with what, what was hit, how sure the figure is, totals and victim sub-groups, with fillers of its
own (places, actors, weapons, targets no other half uses). Written after held3's first run to teach the
extractors the phrasing families real releases use, not the words of one half; its failures may be read
and fixed for (held3 stays unseen).

Arabic forms covered on purpose: the passive "من قبل", "على يد", "برصاص", relative "نفذه/نفذتها",
"شنتها", an actor as the subject of "استهدفت", possessive means ("طائرات النظام"), "التابع لـ",
nationality adjectives after a means; targets in construct state ("مشفى البلدة"), with an attached
pronoun ("مدرستها"), definite with an adjective ("المشفى الميداني"), indefinite genitive after
"استهداف", accusative after "طال"; weapons after "بـ" written with a tatweel, dropped from the air, as
the subject of "سقطت"; bounds with "ما لا يقل عن", "أكثر من", "قرابة", "نحو", "ما يزيد عن", "حتى",
"بين ... و", "من ... إلى"; totals of a month, of a report, since the start of the year; sub-groups as
duals, "سيدات", "منهم", listed groups without a total.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass

from .checklist import (
    Check,
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
    WEEKDAYS_AR,
    WEEKDAYS_EN,
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

HALF = "tune2"

# (English, Arabic, admin1): gazetteer names whose both spellings name one governorate.
PLACES2 = [("Kafr Nobol", "كفر نبل", "Idlib"), ("Tamanaah", "التمانعة", "Idlib"), ("Tall Refaat", "تل رفعت", "Aleppo"),
           ("Sidnaya", "صيدنايا", "Rural Damascus"), ("Maliha", "المليحة", "Rural Damascus"),
           ("Mzeireb", "مزيريب", "Daraa"), ("Kherbet Ghazala", "خربة غزالة", "Daraa"), ("Ein Issa", "عين عيسى", "Raqqa"),
           ("Tal Tamer", "تل تمر", "Hasakah")]
GOVS2 = [("Idlib", "إدلب", "Idlib"), ("Daraa", "درعا", "Daraa"), ("Raqqa", "الرقة", "Raqqa"),
         ("Hasakah", "الحسكة", "Hasakah")]
# (English, Arabic, code, Arabic gender): named units, militias and sides.
ACTORS2 = [("the Fifth Corps", "الفيلق الخامس", "SYR_GOV", "m"),
           ("Air Force Intelligence", "المخابرات الجوية", "SYR_GOV", "f"),
           ("Iranian-backed militias", "الميليشيات المدعومة من إيران", "IRN", "f"),
           ("Hezbollah", "ميليشيا حزب الله", "HEZBOLLAH", "f"),
           ("ISIS cells", "خلايا تنظيم داعش", "ISIS", "f"),
           ("the Syrian Democratic Forces", "قسد", "SDF", "f"),
           ("the Hamza Division", "فرقة الحمزة", "OPPOSITION", "f"),
           ("Russian forces", "القوات الروسية", "RUS", "f")]
# Means named with their owner: (English, Arabic, code).
MEANS2 = [("regime warplanes", "طائرات النظام الحربية", "SYR_GOV"), ("regime helicopters", "مروحيات النظام", "SYR_GOV"),
          ("Russian warplanes", "الطائرات الروسية", "RUS"), ("regime artillery", "مدفعية قوات النظام", "SYR_GOV"),
          ("Turkish drones", "الطائرات المسيرة التركية", "TUR"), ("Israeli jets", "المقاتلات الإسرائيلية", "ISR")]
# "warplanes belonging to X": (English owner, Arabic after "التابع لـ", code).
OWNERS2 = [("the Syrian regime", "للنظام السوري", "SYR_GOV"), ("Russia", "لروسيا", "RUS"),
           ("the Russian forces", "للقوات الروسية", "RUS"), ("the regime", "للنظام", "SYR_GOV")]
# A means and a nationality adjective after it: (English, Arabic, code).
ADJECTIVAL2 = [("Turkish artillery shelling", "قصف مدفعي تركي", "TUR"), ("a Russian air raid", "غارة جوية روسية", "RUS"),
               ("Israeli missiles", "صواريخ إسرائيلية", "ISR"), ("a Turkish drone strike", "ضربة بطائرة مسيرة تركية", "TUR"),
               ("Russian rocket fire", "قصف صاروخي روسي", "RUS"), ("Iranian drones", "طائرات مسيرة إيرانية", "IRN")]
# Aircraft with a nationality adjective after modifiers: (English, Arabic, code).
PLANES2 = [("Russian warplanes", "طائرات حربية روسية", "RUS"), ("Turkish drones", "طائرات مسيرة تركية", "TUR"),
           ("Russian helicopters", "مروحيات روسية", "RUS"), ("Israeli fighter jets", "مقاتلات حربية إسرائيلية", "ISR"),
           ("American drones", "طائرات مسيرة أمريكية", "COALITION")]
# (English with its article, Arabic, code, Arabic gender, dropped from the air)
WEAPONS2 = [("explosive barrels", "براميل متفجرة", "barrel_bomb", "f", True),
            ("a barrel bomb", "برميل متفجر", "barrel_bomb", "m", True),
            ("cluster bombs", "قنابل عنقودية", "cluster_munition", "f", True),
            ("chlorine gas", "غاز الكلور", "chemical", "m", False),
            ("vacuum bombs", "قنابل فراغية", "airstrike", "f", True),
            ("mortar shells", "قذائف هاون", "artillery", "f", False),
            ("a mortar round", "قذيفة هاون", "artillery", "f", False),
            ("Elephant rockets", "صواريخ الفيل", "rocket", "f", False),
            ("a Grad rocket", "صاروخ غراد", "rocket", "m", False),
            ("a surface-to-surface missile", "صاروخ أرض-أرض", "ballistic_missile", "m", False),
            ("a suicide drone", "طائرة مسيرة انتحارية", "drone", "f", False),
            ("incendiary munitions", "ذخائر حارقة", "incendiary", "f", True)]


@dataclass(frozen=True)
class Target2:
    """A target in the forms a release writes it."""

    en: str  # English, without article
    ar: str  # indefinite
    acc: str  # indefinite, as an object
    code: str
    construct: str  # its head noun before a place name ("مشفى كفر نبل")
    suffixed: str  # with the pronoun of a feminine place ("مشفاها": its hospital)
    definite_en: str  # "the field hospital"
    definite_ar: str  # "المشفى الميداني"


TARGETS2 = [
    Target2("field hospital", "مشفى ميداني", "مشفىً ميدانياً", "medical", "مشفى", "مشفاها", "the field hospital",
            "المشفى الميداني"),
    Target2("primary school", "مدرسة ابتدائية", "مدرسة ابتدائية", "school", "مدرسة", "مدرستها", "the primary school",
            "المدرسة الابتدائية"),
    Target2("vegetable market", "سوق للخضار", "سوقاً للخضار", "market", "سوق", "سوقها", "the vegetable market",
            "سوق الخضار"),
    Target2("automatic bakery", "فرن آلي", "فرناً آلياً", "bakery", "فرن", "فرنها", "the automatic bakery", "الفرن الآلي"),
    Target2("water pumping station", "محطة لضخ المياه", "محطة لضخ المياه", "water_power", "محطة الضخ في", "محطة الضخ فيها",
            "the water pumping station", "محطة ضخ المياه"),
    Target2("civil defence post", "نقطة للدفاع المدني", "نقطة للدفاع المدني", "civil_defense", "نقطة الدفاع المدني في",
            "نقطة الدفاع المدني فيها", "the civil defence post", "نقطة الدفاع المدني"),
    Target2("displacement camp", "مخيم للمهجرين", "مخيماً للمهجرين", "idp_camp", "مخيم", "مخيمها", "the displacement camp",
            "مخيم المهجرين"),
    Target2("old mosque", "جامع قديم", "جامعاً قديماً", "place_of_worship", "جامع", "جامعها", "the old mosque",
            "الجامع القديم"),
]
FILLERS2 = {
    "places": PLACES2,
    "actors": ACTORS2,
    "weapons": [w[:4] for w in WEAPONS2],
    "targets": [(t.en, t.ar, t.acc, t.code) for t in TARGETS2],
}


class Draw2(Draw):
    """``Draw`` over this half's fillers."""

    def __init__(self, rng: random.Random, half: str = HALF) -> None:
        super().__init__(rng, half)

    def place(self, kind: bool = True) -> tuple[str, str, str]:
        en, ar, gov = self.rng.choice(PLACES2)
        if kind and self.rng.random() < 0.5:
            k_en, k_ar = self.rng.choice([("town", "بلدة"), ("village", "قرية")])
            return f"the {k_en} of {en}", f"{k_ar} {ar}", gov
        return en, ar, gov

    def gov(self) -> tuple[str, str, str]:
        return self.rng.choice(GOVS2)

    def actor(self) -> tuple[str, str, str, str]:
        return self.rng.choice(ACTORS2)

    def weapon(self, pool: Sequence[tuple[str, str, str, str]] | None = None) -> tuple[str, str, str, str]:
        return self.rng.choice(list(pool or [w[:4] for w in WEAPONS2]))  # type: ignore[return-value]

    def target2(self) -> Target2:
        return self.rng.choice(TARGETS2)



def _perp(code: str) -> Check:
    return tag("perpetrator", perpetrator(code))


def _weapon(code: str) -> Check:
    return tag("weapon", weapon(code))


def _target(code: str) -> Check:
    return tag("target", target(code))


def _bound(low: int | None, high: int | None) -> Check:
    return tag("bounds", killed_bounds(low, high))


def _sub(name: str, n: int) -> Check:
    return tag("subgroups", subgroup(name, n))


def _agg(t: int) -> list[Check]:
    return [tag("aggregate", incidents(1)), tag("aggregate", no_incident_killed(t))]


def _total(d: Draw) -> int:
    t = d.rng.randint(230, 4000)
    return t + 1 if t % 100 == 0 else t


# 1. numbers --------------------------------------------------------------------------------------


def _numbers() -> list[Family]:
    def martyred(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), d.place()
        return pair(f"{n.En} civilians were killed today in {pe}, the Civil Defence said.",
                    f"استشهد {cv(n)} اليوم في {pa}، بحسب الدفاع المدني.", [K(n.value), P(gov)], "martyred")

    def documented(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), d.place()
        return pair(f"The network documented the killing of {n.en} civilians in {pe}.",
                    f"وثقت الشبكة مقتل {cv(n, 'obl')} في {pa}.", [K(n.value), P(gov)], "documented")
    return [martyred, documented]


# 2. killed and injured ---------------------------------------------------------------------------


def _killed_injured() -> list[Family]:
    def others_wounded(d: Draw) -> Pair:
        k, i, (pe, pa, gov) = d.num(3, 12), d.num(13, 45), d.place()
        return pair(f"{k.En} civilians were killed and {i.en} others wounded in shelling on {pe}.",
                    f"قُتل {cv(k)} وأصيب {i.ar()} آخرون بجروح في قصف على {pa}.",
                    [K(k.value), tag("injured", injured(i.value)), P(gov)], "others-wounded")
    return [others_wounded]


# 3. victim sub-groups ----------------------------------------------------------------------------

_DUAL = {"children": ("طفلان", "طفلين"), "women": ("امرأتان", "امرأتين")}


def _subgroups() -> list[Family]:
    def duals(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(6, 30), d.place()
        return pair(f"{n.En} civilians, including two children and two women, were killed in {pe}.",
                    f"قُتل {cv(n)}، بينهم {_DUAL['children'][0]} و{_DUAL['women'][0]}، في {pa}.",
                    [K(n.value), _sub("children", 2), _sub("women", 2), P(gov)], "duals")

    def sayyidat(d: Draw) -> Pair:
        c, w, (pe, pa, gov) = d.num(3, 9), d.num(3, 6), d.place()
        n = d.num(c.value + w.value + 1, c.value + w.value + 12)
        women = f"{w.ar('nom', fem=True)} سيدات"
        return pair(f"The bombing of {pe} killed {n.en} civilians, among them {c.en} children and {w.en} women.",
                    f"أودى قصف {pa} بحياة {cv(n, 'obl')}، من بينهم {cv(c, 'nom', 'children')} و{women}.",
                    [K(n.value), _sub("children", c.value), _sub("women", w.value), P(gov)], "sayyidat")

    def of_them(d: Draw) -> Pair:
        c, (pe, pa, gov) = d.num(3, 9), d.place()
        n = d.num(c.value + 2, c.value + 20)
        return pair(f"{n.En} civilians were killed in {pe}, {c.en} of them children.",
                    f"قُتل {cv(n)} في {pa}، منهم {cv(c, 'nom', 'children')}.",
                    [K(n.value), _sub("children", c.value), P(gov)], "of-them")

    def listed(d: Draw) -> Pair:
        c, w, m, (pe, pa, gov) = d.num(3, 9), d.num(3, 6), d.num(3, 9), d.place()
        men = "رجال"
        return pair(f"{c.En} children, {w.en} women and {m.en} men were killed in the shelling of {pe}.",
                    f"قُتل {cv(c, 'nom', 'children')} و{cv(w, 'nom', 'women')} و{m.ar()} {men} في قصف {pa}.",
                    [K(c.value + w.value + m.value), _sub("children", c.value), _sub("women", w.value), P(gov)],
                    "listed-groups")

    def toll_including(d: Draw) -> Pair:
        c, (pe, pa, gov) = d.num(3, 9), d.place()
        n = d.num(c.value + 2, c.value + 20)
        return pair(f"The death toll in {pe} rose to {n.en}, including {c.en} children.",
                    f"ارتفعت حصيلة القتلى في {pa} إلى {cv(n, 'obl')}، بينهم {cv(c, 'nom', 'children')}.",
                    [K(n.value), _sub("children", c.value), P(gov)], "toll-including")
    def number_and_one(d: Draw) -> Pair:
        c, (pe, pa, gov) = d.num(3, 9), d.place()
        n = d.num(c.value + 3, c.value + 20)
        return pair(f"{n.En} civilians, including {c.en} children and a woman, were killed in {pe}.",
                    f"قُتل {cv(n)}، بينهم {cv(c, 'nom', 'children')} وامرأة، في {pa}.",
                    [K(n.value), _sub("children", c.value), _sub("women", 1), P(gov)], "number-and-one")

    def two_and_number(d: Draw) -> Pair:
        w, (pe, pa, gov) = d.num(3, 6), d.place()
        n = d.num(w.value + 4, w.value + 20)
        return pair(f"{n.En} civilians, two children and {w.en} women among them, died in the shelling of {pe}.",
                    f"لقي {cv(n)} حتفهم، بينهم طفلان و{cv(w, 'nom', 'women')}، في قصف {pa}.",
                    [K(n.value), _sub("children", 2), _sub("women", w.value), P(gov)], "dual-and-number")
    def one_family(d: Draw) -> Pair:
        c, (pe, pa, gov) = d.num(3, 9), d.place()
        n = d.num(c.value + 2, c.value + 12)
        return pair(f"{n.En} civilians from one family, including {c.en} children, were killed in {pe}.",
                    f"قُتل {cv(n)} من عائلة واحدة، بينهم {cv(c, 'nom', 'children')}، في {pa}.",
                    [K(n.value), _sub("children", c.value), P(gov)], "one-family")
    return [duals, sayyidat, of_them, listed, toll_including, number_and_one, two_and_number, one_family]


# 4. bounds ---------------------------------------------------------------------------------------

_ROUND = [10, 15, 20, 25, 30, 40, 50, 60]


def _round(d: Draw) -> object:
    n = d.num(10, 50)
    return type(n)(int(d.pick(_ROUND)), n.as_words, n.indic)  # type: ignore[call-overload]


def _bounds() -> list[Family]:
    def documented_at_least(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(4, 60), d.place()
        return pair(f"The network documented the killing of at least {n.en} civilians in {pe}.",
                    f"وثقت الشبكة مقتل ما لا يقل عن {cv(n, 'obl')} في {pa}.", [_bound(n.value, None), P(gov)],
                    "documented-at-least")

    def rose_more_than(d: Draw) -> Pair:
        n, (pe, pa, gov) = _round(d), d.place()
        return pair(f"The death toll in {pe} rose to more than {n.en} civilians.",  # type: ignore[attr-defined]
                    f"ارتفعت حصيلة القتلى في {pa} إلى أكثر من {cv(n, 'obl')}.",  # type: ignore[arg-type]
                    [tag("bounds", killed_low_in([n.value, n.value + 1], None)), P(gov)],  # type: ignore[attr-defined]
                    "rose-more-than")

    def nearly(d: Draw) -> Pair:
        # "ما يناهز" (approaching) is the Arabic "nearly"; "قرابة" is "about" (next family).
        n, (pe, pa, gov) = _round(d), d.place()
        return pair(f"Nearly {n.en} civilians were killed in {pe}.",  # type: ignore[attr-defined]
                    f"قُتل ما يناهز {cv(n, 'obl')} في {pa}.", [_bound(None, n.value), P(gov)], "nearly")  # type: ignore[arg-type,attr-defined]

    def qurabat(d: Draw) -> Pair:
        n, (pe, pa, gov) = _round(d), d.place()
        return pair(f"Some {n.en} civilians were killed in {pe}.",  # type: ignore[attr-defined]
                    f"قُتل قرابة {cv(n, 'obl')} في {pa}.",  # type: ignore[arg-type]
                    [tag("bounds", killed_about(n.value)), P(gov)], "qurabat")  # type: ignore[attr-defined]

    def about(d: Draw) -> Pair:
        n, (pe, pa, gov) = _round(d), d.place()
        return pair(f"About {n.en} people were killed in the bombing of {pe}.",  # type: ignore[attr-defined]
                    f"قُتل نحو {cv(n, 'obl', 'people')} في قصف {pa}.",  # type: ignore[arg-type]
                    [tag("bounds", killed_about(n.value)), P(gov)], "about")  # type: ignore[attr-defined]

    def exceeding(d: Draw) -> Pair:
        n, (pe, pa, gov) = _round(d), d.place()
        return pair(f"The raids on {pe} killed more than {n.en} civilians.",  # type: ignore[attr-defined]
                    f"أسفرت الغارات على {pa} عن مقتل ما يزيد عن {cv(n, 'obl')}.",  # type: ignore[arg-type]
                    [tag("bounds", killed_low_in([n.value, n.value + 1], None)), P(gov)],  # type: ignore[attr-defined]
                    "exceeding")

    def up_to(d: Draw) -> Pair:
        n, (pe, pa, gov) = _round(d), d.place()
        return pair(f"Up to {n.en} civilians may have been killed in {pe}.",  # type: ignore[attr-defined]
                    f"قد يصل عدد القتلى المدنيين في {pa} إلى {n.ar('obl')}.",  # type: ignore[attr-defined]
                    [_bound(None, n.value), P(gov)], "up-to")  # type: ignore[attr-defined]

    def between_toll(d: Draw) -> Pair:
        a, (pe, pa, gov) = d.num(5, 30), d.place()
        b = d.num(a.value + 2, a.value + 10)
        return pair(f"Between {a.en} and {b.en} civilians were killed in the raid on {pe}.",
                    f"أسفرت الغارة على {pa} عن مقتل بين {a.ar('obl')} و{cv(b, 'obl')}.",
                    [_bound(a.value, b.value), P(gov)], "between-toll")

    def from_to_dead(d: Draw) -> Pair:
        a, (pe, pa, gov) = d.num(5, 25), d.place()
        b = d.num(a.value + 2, a.value + 9)
        return pair(f"The shelling of {pe} left from {a.en} to {b.en} dead.",
                    f"خلّف قصف {pa} من {a.ar('obl')} إلى {b.ar('obl')} {ar_noun(b.value, 'dead')}.",
                    [_bound(a.value, b.value), P(gov)], "from-to-dead")
    def as_many_as(d: Draw) -> Pair:
        n, (pe, pa, gov) = _round(d), d.place()
        return pair(f"As many as {n.en} civilians were killed in {pe}.",  # type: ignore[attr-defined]
                    f"قُتل ما يصل إلى {cv(n, 'obl')} في {pa}.", [_bound(None, n.value), P(gov)], "ma-yasil")  # type: ignore[arg-type,attr-defined]

    def very_least(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(4, 60), d.place()
        return pair(f"{n.En} civilians at the very least were killed in {pe}.",
                    f"قُتل {cv(n)} على أقل تقدير في {pa}.", [_bound(n.value, None), P(gov)], "very-least")
    def between_to(d: Draw) -> Pair:
        a, (pe, pa, gov) = d.num(5, 30), d.place()
        b = d.num(a.value + 2, a.value + 10)
        return pair(f"Between {a.en} and {b.en} civilians were killed in the shelling of {pe}.",
                    f"قُتل ما بين {a.ar('obl')} إلى {cv(b, 'obl')} في قصف {pa}.", [_bound(a.value, b.value), P(gov)],
                    "between-ila")
    return [as_many_as, very_least, between_to, documented_at_least, rose_more_than, nearly, qurabat, about, exceeding, up_to, between_toll, from_to_dead]


# 5. totals ---------------------------------------------------------------------------------------


def _aggregates() -> list[Family]:
    def monthly_report(d: Draw) -> Pair:
        k, (pe, pa, gov), t = d.num(3, 20), d.place(), _total(d)
        m = d.rng.randrange(12)
        return pair(f"{k.En} civilians were killed in {pe} yesterday. In its monthly report, the network documented "
                    f"the killing of {t:,} civilians in Syria in {MONTHS_EN[m]}.",
                    f"قُتل {cv(k)} في {pa} أمس. ووثقت الشبكة في تقريرها الشهري مقتل {t} {ar_noun(t, 'civ')} في سوريا "
                    f"خلال شهر {MONTHS_LEV[m]}.",
                    [K(k.value), *_agg(t), P(gov)], "monthly-report")

    def month_toll(d: Draw) -> Pair:
        k, (pe, pa, gov), t = d.num(3, 20), d.place(), _total(d)
        return pair(f"{k.En} civilians were killed in {pe} yesterday, bringing this month's toll of civilian deaths "
                    f"to {t:,}.",
                    f"قُتل {cv(k)} في {pa} أمس، لتصل حصيلة القتلى المدنيين خلال الشهر الجاري إلى {t}.",
                    [K(k.value), *_agg(t), P(gov)], "month-toll")

    def since_start_of_year(d: Draw) -> Pair:
        k, (pe, pa, gov), t = d.num(3, 20), d.place(), _total(d)
        return pair(f"{k.En} civilians were killed in {pe} yesterday. The Observatory has documented {t:,} civilian "
                    "deaths since the beginning of the year.",
                    f"قُتل {cv(k)} في {pa} أمس. ووثق المرصد مقتل {t} {ar_noun(t, 'civ')} منذ بداية العام.",
                    [K(k.value), *_agg(t), P(gov)], "since-start-of-year")

    def cumulative(d: Draw) -> Pair:
        k, (pe, pa, gov), t = d.num(3, 20), d.place(), _total(d)
        return pair(f"{k.En} civilians were killed in {pe} yesterday; the cumulative toll of the campaign stands at "
                    f"{t:,} dead.",
                    f"قُتل {cv(k)} في {pa} أمس، وبلغت الحصيلة الإجمالية لضحايا الحملة {t} {ar_noun(t, 'dead')}.",
                    [K(k.value), *_agg(t), P(gov)], "cumulative")
    def weekly(d: Draw) -> Pair:
        k, (pe, pa, gov), t = d.num(3, 20), d.place(), _total(d)
        return pair(f"{k.En} civilians were killed in {pe} yesterday. Over the past week, {t:,} civilians were killed "
                    "across the country.",
                    f"قُتل {cv(k)} في {pa} أمس. وخلال الأسبوع الماضي قُتل {t} {ar_noun(t, 'civ')} في عموم البلاد.",
                    [K(k.value), *_agg(t), P(gov)], "weekly")

    def annual_report(d: Draw) -> Pair:
        k, (pe, pa, gov), t = d.num(3, 20), d.place(), _total(d)
        return pair(f"{k.En} civilians were killed in {pe} yesterday. The network's annual report documented the "
                    f"killing of {t:,} civilians last year.",
                    f"قُتل {cv(k)} في {pa} أمس. ووثق التقرير السنوي للشبكة مقتل {t} {ar_noun(t, 'civ')} في العام الماضي.",
                    [K(k.value), *_agg(t), P(gov)], "annual-report")
    def so_far(d: Draw) -> Pair:
        # "so far" after one massacre's toll is that massacre's toll, not a total
        k, (pe, pa, gov) = d.num(5, 40), d.place()
        return pair(f"The toll of the massacre in {pe} has risen to {k.en} dead so far.",
                    f"ارتفعت حصيلة ضحايا المجزرة في {pa} إلى {k.ar('obl')} {ar_noun(k.value, 'dead')} حتى الآن.",
                    [K(k.value), tag("aggregate", incidents(1)), P(gov)], "so-far-one-massacre")

    def month_total(d: Draw) -> Pair:
        k, (pe, pa, gov), t = d.num(3, 20), d.place(), _total(d)
        return pair(f"{k.En} civilians were killed in {pe} yesterday; the month's toll thus reaches {t:,} dead.",
                    f"قُتل {cv(k)} في {pa} أمس، وبذلك تصل حصيلة الشهر إلى {t} {ar_noun(t, 'dead')}.",
                    [K(k.value), *_agg(t), P(gov)], "month-total")

    def half_year(d: Draw) -> Pair:
        k, (pe, pa, gov), t = d.num(3, 20), d.place(), _total(d)
        return pair(f"{k.En} civilians were killed in {pe} yesterday. The network documented the killing of {t:,} "
                    "civilians in the first half of the year.",
                    f"قُتل {cv(k)} في {pa} أمس. ووثقت الشبكة مقتل {t} {ar_noun(t, 'civ')} في النصف الأول من العام.",
                    [K(k.value), *_agg(t), P(gov)], "half-year")
    return [monthly_report, month_toll, since_start_of_year, cumulative, weekly, annual_report, so_far, month_total,
            half_year]


# 6. dates ----------------------------------------------------------------------------------------


def _dates() -> list[Family]:
    def night_of(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), d.place()
        de, da, day = d.weekday()
        return pair(f"{n.En} civilians were killed on {de} night in {pe}.",
                    f"قُتل {cv(n)} ليلة {da} في {pa}.", [tag("date", date_is(day)), K(n.value), P(gov)], "night-of")

    def dated(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), d.place()
        day, pub = d.event_day()
        w = day.weekday()
        return pair(f"{n.En} civilians were killed in {pe} on {WEEKDAYS_EN[w]} {day.day} {MONTHS_EN[day.month - 1]}.",
                    f"قُتل {cv(n)} في {pa} يوم {WEEKDAYS_AR[w]} {day.day} {MONTHS_LEV[day.month - 1]}.",
                    [tag("date", date_is(day)), K(n.value), P(gov)], "weekday-dated", pub)
    return [night_of, dated]


# 7. places ---------------------------------------------------------------------------------------


def _places() -> list[Family]:
    def in_rif(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), d.place(kind=False)
        ge, ga = {"Idlib": ("Idlib", "إدلب"), "Aleppo": ("Aleppo", "حلب"), "Daraa": ("Daraa", "درعا"),
                  "Rural Damascus": ("Damascus", "دمشق"), "Raqqa": ("Raqqa", "الرقة"), "Hasakah": ("Hasakah", "الحسكة")}[gov]
        return pair(f"{n.En} civilians were killed in {pe} in the {ge} countryside.",
                    f"قُتل {cv(n)} في {pa} في ريف {ga}.", [P(gov), K(n.value)], "in-rif")
    return [in_rif]


# 8. perpetrators ---------------------------------------------------------------------------------


def _perpetrators() -> list[Family]:
    def by_passive(d: Draw) -> Pair:
        n, (pe, pa, gov), (ae, aa, code, _) = d.num(), d.place(), d.actor()
        return pair(f"{n.En} civilians were killed in shelling by {ae} on {pe}.",
                    f"قُتل {cv(n)} في قصف من قبل {aa} على {pa}.", [_perp(code), K(n.value), P(gov)], "min-qibal")

    def hands(d: Draw) -> Pair:
        n, (pe, pa, gov), (ae, aa, code, _) = d.num(), d.place(), d.actor()
        return pair(f"{n.En} civilians died at the hands of {ae} in {pe}.",
                    f"لقي {cv(n)} حتفهم على يد {aa} في {pa}.", [_perp(code), K(n.value), P(gov)], "ala-yad")

    def shot(d: Draw) -> Pair:
        n, (pe, pa, gov), (ae, aa, code, _) = d.num(), d.place(), d.actor()
        return pair(f"{n.En} civilians were shot dead by {ae} in {pe}.",
                    f"قُتل {cv(n)} برصاص {aa} في {pa}.", [_perp(code), K(n.value), P(gov)], "bi-rasas")

    def carried_out(d: Draw) -> Pair:
        n, (pe, pa, gov), (ae, aa, code, g) = d.num(), d.place(), d.actor()
        return pair(f"An attack carried out by {ae} on {pe} killed {n.en} civilians.",
                    f"أسفر هجوم نفذ{'ته' if g == 'f' else 'ه'} {aa} على {pa} عن مقتل {cv(n, 'obl')}.",
                    [_perp(code), K(n.value), P(gov)], "naffadhahu")

    def waged(d: Draw) -> Pair:
        n, (pe, pa, gov), (ae, aa, code, g) = d.num(), d.place(), d.actor()
        return pair(f"{n.En} civilians were killed in attacks launched by {ae} on {pe}.",
                    f"قُتل {cv(n)} في هجمات شن{'تها' if g == 'f' else 'ها'} {aa} على {pa}.",
                    [_perp(code), K(n.value), P(gov)], "shannatha")

    def targeted(d: Draw) -> Pair:
        n, (pe, pa, gov), (ae, aa, code, g) = d.num(), d.place(), d.actor()
        return pair(f"{_cap(ae)} targeted {pe} with heavy weapons, killing {n.en} civilians.",
                    f"استهدف{'ت' if g == 'f' else ''} {aa} {pa} بالأسلحة الثقيلة، ما أدى إلى مقتل {cv(n, 'obl')}.",
                    [_perp(code), K(n.value), P(gov)], "istahdafat")

    def possessive(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), d.place()
        me, ma, code = d.rng.choice(MEANS2)
        return pair(f"{n.En} civilians were killed when {me} bombed {pe}.",
                    f"قُتل {cv(n)} جراء قصف {ma} على {pa}.", [_perp(code), K(n.value), P(gov)], "possessive-means")

    def belonging_to(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), d.place()
        oe, oa, code = d.rng.choice(OWNERS2)
        return pair(f"{n.En} civilians were killed in raids by warplanes belonging to {oe} on {pe}.",
                    f"قُتل {cv(n)} في غارات للطيران الحربي التابع {oa} على {pa}.", [_perp(code), K(n.value), P(gov)],
                    "tabi-li")

    def adjective(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), d.place()
        ae, aa, code = d.rng.choice(ADJECTIVAL2)
        return pair(f"{n.En} civilians were killed by {ae} on {pe}.",
                    f"قُتل {cv(n)} ب{aa} على {pa}.", [_perp(code), K(n.value), P(gov)], "nationality-adjective")
    def massacre(d: Draw) -> Pair:
        n, (pe, pa, gov), (ae, aa, code, g) = d.num(), d.place(), d.actor()
        return pair(f"{_cap(ae)} committed a massacre in {pe}, killing {n.en} civilians.",
                    f"ارتكب{'ت' if g == 'f' else ''} {aa} مجزرة في {pa} راح ضحيتها {cv(n)}.",
                    [_perp(code), K(n.value), P(gov)], "committed-massacre")

    def source_of_fire(d: Draw) -> Pair:
        n, (pe, pa, gov), (ae, aa, code, _) = d.num(), d.place(), d.actor()
        return pair(f"{n.En} civilians were killed in {pe} by artillery fire coming from {ae}.",
                    f"قُتل {cv(n)} في {pa} جراء قصف مدفعي مصدره {aa}.", [_perp(code), K(n.value), P(gov)], "masdaruhu")

    def indefinite_owner(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), d.place()
        oe, oa, code = d.rng.choice(OWNERS2)
        return pair(f"Warplanes belonging to {oe} bombed {pe}, killing {n.en} civilians.",
                    f"قصفت طائرات حربية تابعة {oa} {pa}، ما أدى إلى مقتل {cv(n, 'obl')}.",
                    [_perp(code), K(n.value), P(gov)], "tabia-indefinite")

    def carried_out_by_planes(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), d.place()
        ae, aa, code = d.rng.choice(PLANES2)
        return pair(f"{n.En} civilians were killed in raids carried out by {ae} on {pe}.",
                    f"قُتل {cv(n)} في غارات نفذتها {aa} على {pa}.", [_perp(code), K(n.value), P(gov)], "planes-adjective")
    return [by_passive, hands, shot, carried_out, waged, targeted, possessive, belonging_to, adjective, massacre,
            source_of_fire, indefinite_owner, carried_out_by_planes]


# 9. weapons --------------------------------------------------------------------------------------


def _weapons() -> list[Family]:
    dropped = [w[:4] for w in WEAPONS2 if w[4]]

    def tatweel(d: Draw) -> Pair:
        n, (pe, pa, gov), (we, wa, code, _) = d.num(), d.place(), d.weapon()
        return pair(f"Regime forces shelled {pe} with {we}, killing {n.en} civilians.",
                    f"قصفت قوات النظام {pa} بـ{wa}، ما أدى إلى مقتل {cv(n, 'obl')}.",
                    [_weapon(code), K(n.value), P(gov)], "bi-tatweel")

    def dropped_on(d: Draw) -> Pair:
        n, (pe, pa, gov), (we, wa, code, _) = d.num(), d.place(), d.weapon(dropped)
        return pair(f"{n.En} civilians were killed when helicopters dropped {we} on {pe}.",
                    f"قُتل {cv(n)} جراء إلقاء المروحيات {wa} على {pa}.", [_weapon(code), K(n.value), P(gov)], "dropped")

    def fell(d: Draw) -> Pair:
        n, (pe, pa, gov), (we, wa, code, g) = d.num(), d.place(), d.weapon()
        return pair(f"{_cap(we)} fell on {pe}, killing {n.en} civilians.",
                    f"سقط{'ت' if g == 'f' else ''} {wa} على {pa}، ما أسفر عن مقتل {cv(n, 'obl')}.",
                    [_weapon(code), K(n.value), P(gov)], "fell")

    def attack_using(d: Draw) -> Pair:
        n, (pe, pa, gov), (we, wa, code, _) = d.num(), d.place(), d.weapon()
        return pair(f"{n.En} civilians were killed in an attack using {we} on {pe}.",
                    f"قُتل {cv(n)} في هجوم استُخدمت فيه {wa} على {pa}.", [_weapon(code), K(n.value), P(gov)],
                    "attack-using")

    def shelling_with(d: Draw) -> Pair:
        n, (pe, pa, gov), (we, wa, code, _) = d.num(), d.place(), d.weapon()
        return pair(f"{n.En} civilians were killed in a bombardment with {we} on {pe}.",
                    f"قُتل {cv(n)} في قصف ب{wa} استهدف {pa}.", [_weapon(code), K(n.value), P(gov)], "shelling-with")
    def definite(d: Draw) -> Pair:
        n, (pe, pa, gov), (we, wa, code, _) = d.num(), d.place(), d.weapon()
        words = wa.split()
        the = " ".join(w if w.startswith("ال") else "ال" + w for w in words) if len(words) > 1 and "-" not in wa \
            and not any(w.startswith("ال") for w in words) else wa
        bare = we.split(" ", 1)[1] if we.split(" ", 1)[0] in ("a", "an") else we
        return pair(f"{n.En} civilians were killed in {pe}; the {bare} used in the attack were fired by regime forces.",
                    f"قُتل {cv(n)} في {pa}، و{the} المستخدمة في الهجوم أطلقتها قوات النظام.",
                    [_weapon(code), K(n.value), P(gov)], "definite-weapon")
    return [tatweel, dropped_on, fell, attack_using, shelling_with, definite]


# 10. targets -------------------------------------------------------------------------------------


def _targets() -> list[Family]:
    def construct(d: Draw) -> Pair:
        n, (pe, pa, gov), t = d.num(), d.place(kind=False), d.target2()  # type: ignore[attr-defined]
        return pair(f"Shelling hit the {t.en} of {pe}, killing {n.en} civilians.",
                    f"طال القصف {t.construct} {pa}، ما أدى إلى مقتل {cv(n, 'obl')}.", [_target(t.code), K(n.value), P(gov)],
                    "construct")

    def istihdaf(d: Draw) -> Pair:
        n, (pe, pa, gov), t = d.num(), d.place(), d.target2()  # type: ignore[attr-defined]
        return pair(f"{n.En} civilians were killed when a {t.en} in {pe} was targeted.",
                    f"قُتل {cv(n)} جراء استهداف {t.ar} في {pa}.", [_target(t.code), K(n.value), P(gov)], "istihdaf")

    def tala(d: Draw) -> Pair:
        n, (pe, pa, gov), t = d.num(), d.place(), d.target2()  # type: ignore[attr-defined]
        return pair(f"The bombardment struck a {t.en} in {pe}, killing {n.en} people.",
                    f"طال القصف {t.acc} في {pa}، ما أسفر عن مقتل {cv(n, 'obl', 'people')}.",
                    [_target(t.code), K(n.value), P(gov)], "tala-acc")

    def definite(d: Draw) -> Pair:
        n, (pe, pa, gov), t = d.num(), d.place(), d.target2()  # type: ignore[attr-defined]
        return pair(f"{n.En} civilians were killed in an airstrike on {t.definite_en} in {pe}.",
                    f"قُتل {cv(n)} في غارة جوية على {t.definite_ar} في {pa}.", [_target(t.code), K(n.value), P(gov)],
                    "definite")

    def suffixed(d: Draw) -> Pair:
        n, (pe, pa, gov), t = d.num(), d.place(kind=False), d.target2()  # type: ignore[attr-defined]
        return pair(f"Warplanes bombed the town of {pe} and its {t.en}, killing {n.en} civilians.",
                    f"قصفت الطائرات الحربية بلدة {pa} و{t.suffixed}، ما أدى إلى مقتل {cv(n, 'obl')}.",
                    [_target(t.code), K(n.value), P(gov)], "pronoun-suffix")
    def out_of_service(d: Draw) -> Pair:
        n, (pe, pa, gov), t = d.num(), d.place(), d.target2()  # type: ignore[attr-defined]
        return pair(f"Shelling on {pe} killed {n.en} civilians and put {t.definite_en} out of service.",
                    f"أسفر القصف على {pa} عن مقتل {cv(n, 'obl')} وخروج {t.definite_ar} عن الخدمة.",
                    [_target(t.code), K(n.value), P(gov)], "out-of-service")

    def near(d: Draw) -> Pair:
        n, (pe, pa, gov), t = d.num(), d.place(), d.target2()  # type: ignore[attr-defined]
        return pair(f"A shell landed at the entrance of a {t.en} in {pe}, killing {n.en} civilians.",
                    f"سقطت قذيفة عند مدخل {t.ar} في {pa}، ما أدى إلى مقتل {cv(n, 'obl')}.",
                    [_target(t.code), K(n.value), P(gov)], "entrance-of")
    return [construct, istihdaf, tala, definite, suffixed, out_of_service, near]


SPECS_TUNE2: dict[str, list[Family]] = {
    "numbers": _numbers(), "killed_injured": _killed_injured(), "subgroups": _subgroups(), "bounds": _bounds(),
    "aggregates": _aggregates(), "dates": _dates(), "places": _places(), "perpetrators": _perpetrators(),
    "weapons": _weapons(), "targets": _targets(),
}
