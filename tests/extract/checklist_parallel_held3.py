"""A third held-out half of the parallel set (``held3``), written while the English extractor was being fixed
on the failures of ``held`` and ``held2`` (so those two no longer measure unseen wording), and before any run
of its own. It is run once per measurement, with tables only: ``checklist_parallel`` never shows its
individual failures (not even with ``--show-held``), so that nobody tunes on it.

Its places, actors, weapons and targets are its own (the filler tables below; a test checks that no other
half and no other checklist uses them), and so are its wordings: the ways monitors write every day that
the other halves do not ("perished", "were confirmed dead", "according to initial reports", a toll broken
down into children, women and men, "N or more", "an estimated A-B", a monthly total, "late on Monday",
"this morning", "on the road between X and Y", "held ... responsible", "opened fire on", "blew up",
"pounded", "put out of service"; in Arabic "سقط N قتلى", "تأكد مقتل", "أُسعف", "كحد أدنى", "ما يقدر بـ",
"في عموم سوريا", "في وقت متأخر من مساء", "صباح اليوم", "الطريق الواصل بين", "حمّلت ... مسؤولية",
"أطلقت ... النار", "دكّ", "انهالت", "خرجت عن الخدمة").
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

HALF = "held3"

# (English, Arabic, admin1 as the geocoder gives it, kind in English, kind in Arabic): both spellings are
# names of the shipped gazetteer, and none is in another half or checklist.
PLACES3 = [
    ("Abu al-Duhur", "أبو الظهور", "Idlib", "town", "بلدة"), ("Badama", "بداما", "Idlib", "village", "قرية"),
    ("Ihsim", "إحسم", "Idlib", "village", "قرية"), ("Qabasin", "قباسين", "Aleppo", "town", "بلدة"),
    ("Jandairis", "جنديرس", "Aleppo", "town", "بلدة"), ("Maskanah", "مسكنة", "Aleppo", "town", "بلدة"),
    ("Muhradah", "محردة", "Hama", "city", "مدينة"), ("Suqaylabiyah", "السقيلبية", "Hama", "city", "مدينة"),
    ("Tell Salhab", "تل سلحب", "Hama", "village", "قرية"), ("Kafr Laha", "كفر لاها", "Homs", "town", "بلدة"),
    ("Taldou", "تلدو", "Homs", "village", "قرية"), ("Jableh", "جبلة", "Latakia", "city", "مدينة"),
    ("Qardaha", "القرداحة", "Latakia", "city", "مدينة"), ("Jaramana", "جرمانا", "Rural Damascus", "city", "مدينة"),
    ("Sahnaya", "صحنايا", "Rural Damascus", "town", "بلدة"), ("Tasil", "تسيل", "Daraa", "town", "بلدة"),
    ("Ghabaghib", "غباغب", "Daraa", "town", "بلدة"), ("Muhasan", "موحسن", "Deir ez-Zor", "town", "بلدة"),
    ("Subaykhan", "سبيخان", "Deir ez-Zor", "town", "بلدة"), ("Maadan", "معدان", "Raqqa", "town", "بلدة"),
    ("Amuda", "عامودا", "Hasakah", "city", "مدينة"),
]
# (English, Arabic, code, Arabic gender for the verb's agreement)
ACTORS3 = [
    ("the National Defence Forces", "قوات الدفاع الوطني", "SYR_GOV", "f"),
    ("the Republican Guard", "الحرس الجمهوري", "SYR_GOV", "m"),
    ("Jaysh al-Islam", "جيش الإسلام", "OPPOSITION", "m"),
    ("Ahrar al-Sham", "حركة أحرار الشام", "OPPOSITION", "f"),
    ("the Asayish", "قوات الأسايش", "SDF", "f"),
]
# (English with its article, Arabic, code, Arabic gender)
BLASTS3 = [("a sticky bomb", "عبوة لاصقة", "ied", "f"),
           ("an unexploded shell", "قذيفة غير منفجرة", "landmine_erw", "f")]
BARRAGES3 = [("Fil rockets", "صواريخ من نوع فيل", "rocket", "f"),
             ("Krasnopol shells", "قذائف كراسنوبول", "artillery", "f")]
FIRED3 = [("an anti-tank missile", "صاروخ مضاد للدروع", "missile", "m"),
          ("heavy machine guns", "رشاشات ثقيلة", "small_arms", "f")]
WEAPONS3 = BLASTS3 + BARRAGES3 + FIRED3
# (English, Arabic, Arabic as an object (accusative), code, Arabic gender)
SITES3 = [("water station", "محطة مياه", "محطة مياه", "water_power", "f"),
          ("fuel station", "محطة وقود", "محطة وقود", "water_power", "f"),
          ("dispensary", "مستوصف", "مستوصفاً", "medical", "m"),
          ("aid warehouse", "مستودع للمساعدات الإنسانية", "مستودعاً للمساعدات الإنسانية", "humanitarian", "m")]
TARGETS3 = SITES3 + [("residential building", "مبنى سكني", "مبنى سكنياً", "residential", "m"),
                     ("passenger bus", "حافلة ركاب", "حافلة ركاب", "vehicle", "f")]

_MEN = ("رجال", "رجلاً", "رجل")
_DEFINITE = {3: "الثلاثة", 4: "الأربعة", 5: "الخمسة", 6: "الستة"}  # "her three children": أطفالها الثلاثة


class Draw3(Draw):
    """``Draw`` over this half's own fillers (``Draw`` reads the tables of the other halves by name)."""

    def place(self, kind: bool = True) -> tuple[str, str, str]:
        return place_from(self.rng, PLACES3, kind)

    def place_kind(self) -> tuple[str, str, str, str, str]:
        return self.rng.choice(PLACES3)

    def two_places(self) -> tuple[tuple[str, str], tuple[str, str], str]:
        """Two places of one governorate: ((en, ar), (en, ar), admin1)."""
        return two_places_from(self.rng, PLACES3)

    def actor(self) -> tuple[str, str, str, str]:
        return self.rng.choice(ACTORS3)

    def weapon(self, pool: Sequence[tuple[str, str, str, str]] | None = None) -> tuple[str, str, str, str]:
        return self.rng.choice(list(pool or WEAPONS3))

    def site(self, pool: Sequence[tuple[str, str, str, str, str]] = TARGETS3) -> tuple[str, str, str, str, str]:
        return self.rng.choice(list(pool))


def _d(d: Draw) -> Draw3:
    assert isinstance(d, Draw3), "the held3 families draw from held3's fillers"
    return d




# 1. numbers ------------------------------------------------------------------------------------


def _numbers() -> list[Family]:
    def perished(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), _d(d).place()
        de, da, _ = d.weekday()
        adj = "مدنيين" if n.value % 100 in range(3, 11) else "مدنياً"
        return pair(f"{n.En} civilians perished in the bombardment of {pe} on {de}.",
                    f"سقط {n.ar()} {ar_noun(n.value, 'dead')} {adj} في قصف {pa} يوم {da}.", [K(n.value), P(gov)],
                    "perished")

    def confirmed(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), _d(d).place()
        return pair(f"{n.En} civilians were confirmed dead in {pe} after the overnight airstrikes.",
                    f"تأكد مقتل {cv(n, 'obl')} في {pa} جراء الغارات الجوية الليلية.", [K(n.value), P(gov)],
                    "confirmed-dead")
    return [perished, confirmed]


# 2. killed and injured together ----------------------------------------------------------------


def _killed_injured() -> list[Family]:
    def initial_reports(d: Draw) -> Pair:
        k, i, (pe, pa, gov) = d.num(3, 12), d.num(13, 45), _d(d).place()
        return pair(f"According to initial reports, {k.en} civilians were killed and {i.en} others injured in {pe}.",
                    f"وفق المعلومات الأولية، قُتل {cv(k)} وأُصيب {i.ar()} آخرون في {pa}.",
                    [K(k.value), tag("injured", injured(i.value)), P(gov)], "initial-reports")

    def wounding_first(d: Draw) -> Pair:
        k, i, (pe, pa, gov) = d.num(3, 12), d.num(13, 45), _d(d).place()
        return pair(f"Shells hit {pe}, wounding {i.en} civilians and killing {k.en} others.",
                    f"طالت قذائف {pa}، ما أدى إلى إصابة {cv(i, 'obl')} ومقتل {k.ar('obl')} آخرين.",
                    [K(k.value), tag("injured", injured(i.value)), P(gov)], "wounding-then-killing")

    def treated(d: Draw) -> Pair:
        i, (pe, pa, gov) = d.num(), _d(d).place()
        return pair(f"{i.En} civilians were treated in hospital for shrapnel wounds after shelling on {pe}.",
                    f"أُسعف {cv(i)} إلى المشفى مصابين بشظايا إثر قصف على {pa}.",
                    [tag("injured", injured(i.value)), tag("killed", killed_none()), P(gov)], "treated-for-wounds")
    return [initial_reports, wounding_first, treated]


# 3. victim sub-groups --------------------------------------------------------------------------


def _sub(name: str, n: int) -> Check:
    return tag("subgroups", subgroup(name, n))


def _subgroups() -> list[Family]:
    def breakdown(d: Draw) -> Pair:
        c, (pe, pa, gov) = d.num(3, 9), _d(d).place()
        w, m = _same_form(d.rng.randint(3, 6), c), _same_form(d.rng.randint(3, 8), c)  # one form in one list
        n = _same_form(c.value + w.value + m.value, c)
        men = f"{m.ar()} {_MEN[0] if m.value <= 10 else _MEN[1]}"
        return pair(f"{n.En} civilians were killed in {pe}: {c.en} children, {w.en} women and {m.en} men.",
                    f"قُتل {cv(n)} في {pa}: {cv(c, 'nom', 'children')} و{cv(w, 'nom', 'women')} و{men}.",
                    [K(n.value), _sub("children", c.value), _sub("women", w.value), P(gov)], "breakdown")

    def mother(d: Draw) -> Pair:
        c, (pe, pa, gov) = d.rng.randint(3, 6), _d(d).place()
        return pair(f"A woman and her {en_words(c)} children were killed when a shell struck their home in {pe}.",
                    f"قُتلت امرأة وأطفالها {_DEFINITE[c]} إثر سقوط قذيفة على منزلهم في {pa}.",
                    [K(c + 1), _sub("children", c), _sub("women", 1), P(gov)], "mother-and-children")
    return [breakdown, mother]


# 4. bounds -------------------------------------------------------------------------------------


def _bound(low: int | None, high: int | None) -> Check:
    return tag("bounds", killed_bounds(low, high))


def _bounds() -> list[Family]:
    def or_more(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(4, 60), _d(d).place()
        return pair(f"{n.En} or more civilians were killed in the shelling of {pe}.",
                    f"قُتل {cv(n)} أو أكثر في قصف {pa}.", [_bound(n.value, None), P(gov)], "or-more")

    def minimum(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(4, 60), _d(d).place()
        de, da, _ = d.weekday()
        return pair(f"A minimum of {n.en} civilians were killed in {pe} on {de}.",
                    f"قُتل {cv(n)} كحد أدنى في {pa} يوم {da}.", [_bound(n.value, None), P(gov)], "a-minimum-of")

    def estimated(d: Draw) -> Pair:
        a, (pe, pa, gov) = d.num(5, 30, words_ok=False), _d(d).place()
        b = _same_form(a.value + d.rng.randint(2, 10), a)
        return pair(f"An estimated {a.en}-{b.en} civilians were killed in {pe}.",
                    f"قُتل ما يقدر بـ{a.ar()}-{b.ar()} {ar_noun(b.value, 'civ')} في {pa}.",
                    [_bound(a.value, b.value), P(gov)], "estimated-range")
    return [or_more, minimum, estimated]


# 5. totals that are not incidents --------------------------------------------------------------


def _agg(t: int) -> list[Check]:
    return [tag("aggregate", incidents(1)), tag("aggregate", no_incident_killed(t))]


def _aggregates() -> list[Family]:
    def monthly(d: Draw) -> Pair:
        k, (pe, pa, gov), t = d.num(3, 20), _d(d).place(), d.rng.randint(150, 1200)
        de, da, _ = d.weekday()
        return pair(f"{k.En} civilians were killed in {pe} on {de}. In February, SNHR recorded the deaths of {t:,} "
                    "civilians across Syria.",
                    f"قُتل {cv(k)} في {pa} يوم {da}. وسجلت الشبكة السورية لحقوق الإنسان خلال شهر شباط مقتل {t} "
                    f"{ar_noun(t, 'civ')} في عموم سوريا.", [K(k.value), *_agg(t), P(gov)], "monthly-total")

    def escalation(d: Draw) -> Pair:
        k, (pe, pa, gov), t = d.num(3, 20), _d(d).place(), d.rng.randint(230, 4000)
        de, da, _ = d.weekday()
        return pair(f"Since the escalation began in December, at least {t:,} civilians have been killed across the "
                    f"country, including {k.en} in {pe} on {de}.",
                    f"منذ بدء التصعيد في كانون الأول، قُتل ما لا يقل عن {t} {ar_noun(t, 'civ')} في عموم البلاد، بينهم "
                    f"{cv(k)} في {pa} يوم {da}.", [K(k.value), *_agg(t), P(gov)], "since-escalation")
    return [monthly, escalation]


# 6. dates --------------------------------------------------------------------------------------


def _date(day: dt.date) -> Check:
    return tag("date", date_is(day))


def _dates() -> list[Family]:
    def late_on(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), _d(d).place()
        de, da, day = d.weekday()
        return pair(f"{n.En} civilians were killed late on {de} when shells hit {pe}.",
                    f"قُتل {cv(n)} في وقت متأخر من مساء {da} إثر قصف طال {pa}.", [_date(day), K(n.value), P(gov)],
                    "late-on-weekday")

    def this_morning(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), _d(d).place()
        return pair(f"{n.En} civilians were killed in {pe} this morning, local sources said.",
                    f"قُتل {cv(n)} في {pa} صباح اليوم، بحسب مصادر محلية.", [_date(PUBLISHED), K(n.value), P(gov)],
                    "this-morning")

    def month_day_year(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), _d(d).place()
        day, pub = d.event_day()
        return pair(f"{n.En} civilians were killed in {pe} on {MONTHS_EN[day.month - 1]} {day.day}, {day.year}.",
                    f"قُتل {cv(n)} في {pa} في الـ{day.day} من شهر {MONTHS_LEV[day.month - 1]} عام {day.year}.",
                    [_date(day), K(n.value), P(gov)], "month-day-year", pub)
    return [late_on, this_morning, month_day_year]


# 7. places -------------------------------------------------------------------------------------


def _places() -> list[Family]:
    def road_between(d: Draw) -> Pair:
        n, ((e1, a1), (e2, a2), gov) = d.num(), _d(d).two_places()
        return pair(f"{n.En} civilians were killed on the road between {e1} and {e2}.",
                    f"قُتل {cv(n)} على الطريق الواصل بين {a1} و{a2}.", [P(gov), K(n.value)], "road-between")

    def entrance(d: Draw) -> Pair:
        n, (pe, pa, gov, ke, ka), (se, sa) = d.num(), _d(d).place_kind(), d.side()
        return pair(f"{n.En} civilians were killed at the {se} entrance to the {ke} of {pe}.",
                    f"قُتل {cv(n)} عند المدخل {sa} ل{ka} {pa}.", [P(gov), K(n.value)], "entrance")

    def farmland(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), _d(d).place()
        return pair(f"{n.En} civilians were killed while working on farmland near {pe}.",
                    f"قُتل {cv(n)} أثناء عملهم في أرض زراعية قرب {pa}.", [P(gov), K(n.value)], "farmland-near")
    return [road_between, entrance, farmland]


# 8. perpetrators -------------------------------------------------------------------------------


def _perp(code: str) -> Check:
    return tag("perpetrator", perpetrator_check(code))


def _perpetrators() -> list[Family]:
    def responsible(d: Draw) -> Pair:
        n, (pe, pa, gov), (ae, aa, code, _) = d.num(), _d(d).place(), _d(d).actor()
        return pair(f"SNHR held {ae} responsible for the attack on {pe}, in which {n.en} civilians were killed.",
                    f"حمّلت الشبكة السورية لحقوق الإنسان {aa} مسؤولية الهجوم على {pa}، الذي قُتل فيه {cv(n)}.",
                    [_perp(code), K(n.value), P(gov)], "held-responsible")

    def opened_fire(d: Draw) -> Pair:
        n, (pe, pa, gov), (ae, aa, code, g) = d.num(), _d(d).place(), _d(d).actor()
        return pair(f"{_cap(ae)} opened fire on a gathering of civilians in {pe}, killing {n.en}.",
                    f"أطلق{'ت' if g == 'f' else ''} {aa} النار على تجمع للمدنيين في {pa}، ما أدى إلى مقتل {n.ar('obl')} منهم.",
                    [_perp(code), K(n.value), P(gov)], "opened-fire")

    def accused(d: Draw) -> Pair:
        n, (pe, pa, gov), (ae, aa, code, _) = d.num(), _d(d).place(), _d(d).actor()
        return pair(f"Local activists accused {ae} of shelling {pe}, which killed {n.en} civilians.",
                    f"اتهم ناشطون محليون {aa} بقصف {pa}، ما أدى إلى مقتل {cv(n, 'obl')}.",
                    [_perp(code), K(n.value), P(gov)], "accused")
    return [responsible, opened_fire, accused]


# 9. weapons ------------------------------------------------------------------------------------


def _weapon(code: str) -> Check:
    return tag("weapon", weapon_check(code))


def _weapons() -> list[Family]:
    def blew_up(d: Draw) -> Pair:
        n, (pe, pa, gov), (we, wa, code, _) = d.num(), _d(d).place(), d.weapon(BLASTS3)
        return pair(f"{_cap(we)} blew up in {pe}, killing {n.en} civilians.",
                    f"انفجرت {wa} في {pa}، ما أدى إلى مقتل {cv(n, 'obl')}.", [_weapon(code), K(n.value), P(gov)],
                    "blew-up")

    def pounded(d: Draw) -> Pair:
        n, (pe, pa, gov), (we, wa, code, _) = d.num(), _d(d).place(), d.weapon(BARRAGES3)
        return pair(f"{n.En} civilians were killed as {we} pounded {pe}.",
                    f"قُتل {cv(n)} جراء دكّ {pa} ب{wa}.", [_weapon(code), K(n.value), P(gov)], "pounded")

    def carried_out_with(d: Draw) -> Pair:
        n, (pe, pa, gov), (we, wa, code, _) = d.num(), _d(d).place(), d.weapon([BLASTS3[0], *BARRAGES3, *FIRED3])
        return pair(f"The attack on {pe}, carried out with {we}, killed {n.en} civilians.",
                    f"أسفر الهجوم على {pa}، الذي نُفّذ ب{wa}، عن مقتل {cv(n, 'obl')}.",
                    [_weapon(code), K(n.value), P(gov)], "carried-out-with")
    return [blew_up, pounded, carried_out_with]


# 10. targets -----------------------------------------------------------------------------------


def _target(code: str) -> Check:
    return tag("target", target(code))


def _targets() -> list[Family]:
    def destroyed(d: Draw) -> Pair:
        n, (pe, pa, gov), (te, _, tacc, code, _) = d.num(), _d(d).place(), _d(d).site()
        return pair(f"A strike destroyed {article(te)} in {pe}, killing {n.en} people.",
                    f"دمّرت غارة {tacc} في {pa}، ما أدى إلى مقتل {cv(n, 'obl', 'people')}.",
                    [_target(code), K(n.value), P(gov)], "destroyed")

    def rained_down(d: Draw) -> Pair:
        n, (pe, pa, gov), (te, ta, _, code, _) = d.num(), _d(d).place(), _d(d).site()
        return pair(f"{n.En} civilians were killed when shells rained down on {article(te)} in {pe}.",
                    f"قُتل {cv(n)} حين انهالت القذائف على {ta} في {pa}.", [_target(code), K(n.value), P(gov)],
                    "rained-down-on")

    def out_of_service(d: Draw) -> Pair:
        n, (pe, pa, gov), (te, ta, _, code, g) = d.num(), _d(d).place(), _d(d).site(SITES3)
        return pair(f"{_cap(article(te))} in {pe} was put out of service by shelling that killed {n.en} civilians.",
                    f"خرج{'ت' if g == 'f' else ''} {ta} في {pa} عن الخدمة جراء قصف أدى إلى مقتل {cv(n, 'obl')}.",
                    [_target(code), K(n.value), P(gov)], "out-of-service")
    return [destroyed, rained_down, out_of_service]


SPECS3: dict[str, list[Family]] = {
    "numbers": _numbers(), "killed_injured": _killed_injured(), "subgroups": _subgroups(), "bounds": _bounds(),
    "aggregates": _aggregates(), "dates": _dates(), "places": _places(), "perpetrators": _perpetrators(),
    "weapons": _weapons(), "targets": _targets(),
}
# The filler tables in the shape of ``checklist_parallel_templates``' (English and Arabic first), for the
# tests that no two halves and no other checklist share a filler.
FILLERS3: dict[str, list[tuple[str, ...]]] = {
    "places": [p[:3] for p in PLACES3], "actors": list(ACTORS3), "weapons": list(WEAPONS3),
    "targets": [t[:4] for t in TARGETS3],
}
