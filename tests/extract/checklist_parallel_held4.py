"""A fourth held-out half of the parallel set (``held4``), written after held3 and the tune2-tune4 halves had
been run and tuned on, and before any run of its own: the clean estimate of issue 15's goal on unseen
wording. It runs only when named, with tables only: ``checklist_parallel`` never shows its individual
failures (not even with ``--show-held``), so that nobody tunes on it.

Its places, actors, weapons and targets are its own (the filler tables below; a test checks that none of
them, in either language, appears in any other checklist file), and so are its wordings: everyday release
phrasings the other halves do not use (a town that "buried" or "lost" its residents, hospitals that
"received" the dead and wounded, "members of one family", "somewhere between", totals since an
agreement or over the first months of the year, "around noon", "yesterday evening", a day "of this
month", "the road leading into", "the old quarter", "nearby", gunmen that witnesses say "belonged to" a
group, "raided", shells "fired from positions held by", "detonated", "stepped on", "was used in the
attack", targets struck "twice in quick succession", "flattened", "courtyard", "set ablaze").
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
    ordinal,
    subgroup,
)
from .checklist import perpetrator as perpetrator_check
from .checklist import weapon as weapon_check
from .checklist_parallel_templates import (
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

HALF = "held4"

# (English, Arabic, admin1 as the geocoder gives it, kind in English, kind in Arabic): both spellings are
# names of the shipped gazetteer in that governorate only, and none is in another half or checklist.
PLACES4 = [
    ("Batabo", "باتبو", "Aleppo", "town", "بلدة"), ("Tall Daman", "تل الضمان", "Aleppo", "village", "قرية"),
    ("Kafr Saghir", "كفرصغير", "Aleppo", "village", "قرية"), ("Ain Halaqim", "عين حلاقيم", "Hama", "village", "قرية"),
    ("al-Ghantu", "الغنطو", "Homs", "town", "بلدة"), ("Tell Abiad", "تل أبيض", "Raqqa", "town", "بلدة"),
    ("al-Haffeh", "الحفة", "Latakia", "town", "بلدة"), ("Maaloula", "معلولا", "Rural Damascus", "town", "بلدة"),
    ("Kiswah", "الكسوة", "Rural Damascus", "town", "بلدة"),
    ("Deir al-Asafir", "دير العصافير", "Rural Damascus", "town", "بلدة"),
    ("al-Nabek", "النبك", "Rural Damascus", "city", "مدينة"), ("Baniyas", "بانياس", "Tartus", "city", "مدينة"),
]
# (English, Arabic, code, Arabic gender for the verb's agreement)
ACTORS4 = [
    ("Faylaq al-Sham", "فيلق الشام", "OPPOSITION", "m"),
    ("Liwa Zainabiyoun", "لواء زينبيون", "IRN", "m"),
    ("the Nour al-Din al-Zenki Movement", "حركة نور الدين الزنكي", "OPPOSITION", "f"),
    ("the Military Security branch", "فرع الأمن العسكري", "SYR_GOV", "m"),
    ("Russian special forces", "القوات الخاصة الروسية", "RUS", "f"),
]
# (English with its article, Arabic, code, Arabic gender, English verb number "was"/"were")
BELT4 = ("a suicide belt", "حزام ناسف", "suicide_attack", "m", "was")
MINE4 = ("an anti-personnel mine", "لغم مضاد للأفراد", "landmine_erw", "m", "was")
STRIKES4 = [("a Konkurs missile", "صاروخ كونكورس", "missile", "m", "was"),
            ("howitzer shells", "قذائف الهاوتزر", "artillery", "f", "were")]
GAS4 = ("poison gas", "غاز سام", "chemical", "m", "was")
WEAPONS4 = [BELT4, MINE4, *STRIKES4, GAS4]
# (English, Arabic, Arabic as an object (accusative), code, Arabic gender)
BUILDINGS4 = [("blood bank", "بنك للدم", "بنكاً للدم", "medical", "m"),
              ("water tower", "خزان مياه", "خزان مياه", "water_power", "m"),
              ("shrine", "مزار ديني", "مزاراً دينياً", "place_of_worship", "m"),
              ("dialysis centre", "مركز لغسيل الكلى", "مركزاً لغسيل الكلى", "medical", "m")]
OPEN4 = [("makeshift camp", "مخيم عشوائي", "مخيماً عشوائياً", "idp_camp", "m"),
         ("pickup truck", "سيارة بيك آب", "سيارة بيك آب", "vehicle", "f")]
TARGETS4 = BUILDINGS4 + OPEN4

# "the eastern neighbourhoods": the plural adjective (the templates' SIDES are singular)
_SIDES_PL = [("northern", "الشمالية"), ("southern", "الجنوبية"), ("eastern", "الشرقية"), ("western", "الغربية")]


class Draw4H(Draw):
    """``Draw`` over this half's own fillers (``Draw`` reads the tables of the other halves by name)."""

    def place(self, kind: bool = True) -> tuple[str, str, str]:
        return place_from(self.rng, PLACES4, kind)

    def two_places(self) -> tuple[tuple[str, str], tuple[str, str], str]:
        """Two places of one governorate: ((en, ar), (en, ar), admin1)."""
        return two_places_from(self.rng, PLACES4)

    def actor(self) -> tuple[str, str, str, str]:
        return self.rng.choice(ACTORS4)

    def arm(self, pool: Sequence[tuple[str, str, str, str, str]]) -> tuple[str, str, str, str, str]:
        return self.rng.choice(list(pool))

    def site(self, pool: Sequence[tuple[str, str, str, str, str]] = TARGETS4) -> tuple[str, str, str, str, str]:
        return self.rng.choice(list(pool))


def _d(d: Draw) -> Draw4H:
    assert isinstance(d, Draw4H), "the held4 families draw from held4's fillers"
    return d




def _f(g: str) -> str:
    """The feminine ending of a past-tense verb whose subject has gender ``g``."""
    return "ت" if g == "f" else ""


# 1. numbers ------------------------------------------------------------------------------------


def _numbers() -> list[Family]:
    def buried(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), _d(d).place()
        de, da, _ = d.weekday()
        return pair(f"Residents of {pe} buried {n.en} civilians killed in an airstrike on {de}.",
                    f"شيّع أهالي {pa} {cv(n, 'obl')} قُتلوا في غارة جوية يوم {da}.", [K(n.value), P(gov)], "buried")

    def lost_residents(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), _d(d).place()
        return pair(f"{_cap(pe)} lost {n.en} of its residents to the shelling overnight.",
                    f"فقدت {pa} {n.ar('obl')} من أبنائها جراء القصف الليلي.", [K(n.value), P(gov)],
                    "lost-residents")
    return [buried, lost_residents]


# 2. killed and injured together ----------------------------------------------------------------


def _killed_injured() -> list[Family]:
    def were_hurt(d: Draw) -> Pair:
        k, i, (pe, pa, gov) = d.num(3, 12), d.num(13, 45), _d(d).place()
        return pair(f"{k.En} civilians were killed and {i.en} others were hurt when rockets slammed into {pe}.",
                    f"قُتل {cv(k)} وأُصيب {i.ar()} آخرون حين سقطت صواريخ على {pa}.",
                    [K(k.value), tag("injured", injured(i.value)), P(gov)], "were-hurt")

    def hospitals_received(d: Draw) -> Pair:
        k, i, (pe, pa, gov) = d.num(3, 12), d.num(13, 45), _d(d).place()
        return pair(f"Hospitals in {pe} received the bodies of {k.en} civilians and {i.en} wounded after the strike.",
                    f"استقبلت المشافي في {pa} جثث {cv(k, 'obl')} و{cv(i, 'obl', 'wounded')} عقب الغارة.",
                    [K(k.value), tag("injured", injured(i.value)), P(gov)], "hospitals-received")

    def varying_severity(d: Draw) -> Pair:
        i, (pe, pa, gov) = d.num(), _d(d).place()
        return pair(f"{i.En} civilians sustained injuries of varying severity in shelling on {pe}.",
                    f"أُصيب {cv(i)} بجروح متفاوتة الخطورة جراء قصف على {pa}.",
                    [tag("injured", injured(i.value)), tag("killed", killed_none()), P(gov)], "varying-severity")
    return [were_hurt, hospitals_received, varying_severity]


# 3. victim sub-groups --------------------------------------------------------------------------


def _sub(name: str, n: int) -> Check:
    return tag("subgroups", subgroup(name, n))


def _subgroups() -> list[Family]:
    def were_among(d: Draw) -> Pair:
        c, (pe, pa, gov) = d.num(3, 9), _d(d).place()
        n = _same_form(c.value + d.rng.randint(2, 12), c)
        return pair(f"{c.En} children were among the {n.en} civilians killed in {pe}.",
                    f"كان {cv(c, 'nom', 'children')} بين {cv(n, 'obl')} قُتلوا في {pa}.",
                    [K(n.value), _sub("children", c.value), P(gov)], "were-among")

    def one_family(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(5, 10), _d(d).place()
        c = _same_form(d.rng.randint(3, n.value - 1), n)
        return pair(f"{n.En} members of one family, including {c.en} children, were killed when their house in {pe} "
                    "was shelled.",
                    f"قُتل {n.ar()} أفراد من عائلة واحدة، من ضمنهم {cv(c, 'nom', 'children')}، إثر قصف منزلهم في {pa}.",
                    [K(n.value), _sub("children", c.value), P(gov)], "one-family")
    return [were_among, one_family]


# 4. bounds -------------------------------------------------------------------------------------


def _bound(low: int | None, high: int | None) -> Check:
    return tag("bounds", killed_bounds(low, high))


def _bounds() -> list[Family]:
    def not_less_than(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(4, 60), _d(d).place()
        de, da, _ = d.weekday()
        return pair(f"The number of civilians killed in {pe} on {de} is not less than {n.en}, rescuers said.",
                    f"قال عمال الإنقاذ إن عدد المدنيين الذين قُتلوا في {pa} يوم {da} لا يقل عن {n.ar('obl')}.",
                    [_bound(n.value, None), P(gov)], "not-less-than")

    def somewhere_between(d: Draw) -> Pair:
        a, (pe, pa, gov) = d.num(5, 30, words_ok=False), _d(d).place()
        b = _same_form(a.value + d.rng.randint(2, 10), a)
        return pair(f"Somewhere between {a.en} and {b.en} civilians were killed in {pe}, according to local "
                    "sources.",
                    f"يتراوح عدد المدنيين الذين قُتلوا في {pa} بين {a.ar()} و{b.ar()}، وفق مصادر محلية.",
                    [_bound(a.value, b.value), P(gov)], "somewhere-between")
    return [not_less_than, somewhere_between]


# 5. totals that are not incidents --------------------------------------------------------------


def _agg(t: int) -> list[Check]:
    return [tag("aggregate", incidents(1)), tag("aggregate", no_incident_killed(t))]


def _aggregates() -> list[Family]:
    def since_sochi(d: Draw) -> Pair:
        k, (pe, pa, gov), t = d.num(3, 20), _d(d).place(), d.rng.randint(300, 2500)
        de, da, _ = d.weekday()
        return pair(f"{k.En} civilians were killed in {pe} on {de}. Since the Sochi agreement was signed, {t:,} "
                    "civilians have been killed in northern Syria, SNHR said.",
                    f"قُتل {cv(k)} في {pa} يوم {da}. وقالت الشبكة السورية لحقوق الإنسان إن {t} {ar_noun(t, 'civ')} "
                    "قُتلوا في شمال سوريا منذ توقيع اتفاق سوتشي.", [K(k.value), *_agg(t), P(gov)], "since-sochi")

    def first_two_months(d: Draw) -> Pair:
        k, (pe, pa, gov), t = d.num(3, 20), _d(d).place(), d.rng.randint(120, 900)
        de, da, _ = d.weekday()
        return pair(f"{k.En} civilians were killed in {pe} on {de}. In the first two months of the year, {t:,} "
                    "civilians were killed across Syria.",
                    f"قُتل {cv(k)} في {pa} يوم {da}. وخلال الشهرين الأولين من العام، قُتل {t} {ar_noun(t, 'civ')} في "
                    "أنحاء سوريا.", [K(k.value), *_agg(t), P(gov)], "first-two-months")
    return [since_sochi, first_two_months]


# 6. dates --------------------------------------------------------------------------------------


def _date(day: dt.date) -> Check:
    return tag("date", date_is(day))


def _dates() -> list[Family]:
    def around_noon(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), _d(d).place()
        de, da, day = d.weekday()
        return pair(f"{n.En} civilians were killed around noon on {de} when a strike hit {pe}.",
                    f"قُتل {cv(n)} ظهر يوم {da} إثر غارة استهدفت {pa}.", [_date(day), K(n.value), P(gov)],
                    "around-noon")

    def yesterday_evening(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), _d(d).place()
        return pair(f"{n.En} civilians were killed in {pe} yesterday evening, medics said.",
                    f"قُتل {cv(n)} في {pa} مساء أمس، بحسب مسعفين.",
                    [_date(PUBLISHED - dt.timedelta(days=1)), K(n.value), P(gov)], "yesterday-evening")

    def of_this_month(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), _d(d).place()
        day = d.rng.randint(1, PUBLISHED.day - 2)
        return pair(f"{n.En} civilians were killed in {pe} on the {ordinal(day)} of this month.",
                    f"قُتل {cv(n)} في {pa} في {day} من الشهر الحالي.",
                    [_date(PUBLISHED.replace(day=day)), K(n.value), P(gov)], "of-this-month")
    return [around_noon, yesterday_evening, of_this_month]


# 7. places -------------------------------------------------------------------------------------


def _places() -> list[Family]:
    def road_leading(d: Draw) -> Pair:
        n, (pe, pa, gov) = d.num(), _d(d).place()
        return pair(f"{n.En} civilians were killed on the road leading into {pe}.",
                    f"قُتل {cv(n)} على الطريق المؤدي إلى {pa}.", [P(gov), K(n.value)], "road-leading-into")

    def neighbourhoods(d: Draw) -> Pair:
        n, (pe, pa, gov), (se, sa) = d.num(), _d(d).place(), d.rng.choice(_SIDES_PL)
        return pair(f"{n.En} civilians were killed in the old quarter and the {se} neighbourhoods of {pe}.",
                    f"قُتل {cv(n)} في الحي القديم والأحياء {sa} من {pa}.", [P(gov), K(n.value)], "old-quarter")

    def nearby(d: Draw) -> Pair:
        n, ((e1, a1), (e2, a2), gov) = d.num(), _d(d).two_places()
        return pair(f"Shelling killed {n.en} civilians in {e1} and nearby {e2}.",
                    f"أدى القصف إلى مقتل {cv(n, 'obl')} في {a1} و{a2} المجاورة لها.", [P(gov), K(n.value)],
                    "and-nearby")
    return [road_leading, neighbourhoods, nearby]


# 8. perpetrators -------------------------------------------------------------------------------


def _perp(code: str) -> Check:
    return tag("perpetrator", perpetrator_check(code))


def _perpetrators() -> list[Family]:
    def belonged_to(d: Draw) -> Pair:
        n, (pe, pa, gov), (ae, aa, code, _) = d.num(), _d(d).place(), _d(d).actor()
        to = f"لل{aa[2:]}" if aa.startswith("ال") else f"لـ{aa}"  # "لـ" before the article is written "لل"
        return pair(f"Gunmen killed {n.en} civilians in {pe}; witnesses said the gunmen belonged to {ae}.",
                    f"قتل مسلحون {cv(n, 'obl')} في {pa}، وقال شهود عيان إن المسلحين يتبعون {to}.",
                    [_perp(code), K(n.value), P(gov)], "belonged-to")

    def raided(d: Draw) -> Pair:
        n, (pe, pa, gov), (ae, aa, code, g) = d.num(), _d(d).place(), _d(d).actor()
        return pair(f"{_cap(ae)} raided {pe} at night and killed {n.en} civilians, SOHR said.",
                    f"داهم{_f(g)} {aa} {pa} ليلاً وقتل{_f(g)} {cv(n, 'obl')}، بحسب المرصد السوري لحقوق الإنسان.",
                    [_perp(code), K(n.value), P(gov)], "raided")

    def positions_held(d: Draw) -> Pair:
        n, (pe, pa, gov), (ae, aa, code, g) = d.num(), _d(d).place(), _d(d).actor()
        held = "يسيطر" if g == "m" else "تسيطر"
        return pair(f"Shells fired from positions held by {ae} killed {n.en} civilians in {pe}.",
                    f"قُتل {cv(n)} في {pa} بقذائف أُطلقت من مواقع {held} عليها {aa}.",
                    [_perp(code), K(n.value), P(gov)], "positions-held-by")
    return [belonged_to, raided, positions_held]


# 9. weapons ------------------------------------------------------------------------------------


def _weapon(code: str) -> Check:
    return tag("weapon", weapon_check(code))


def _weapons() -> list[Family]:
    def detonated(d: Draw) -> Pair:
        n, (pe, pa, gov), (we, _, code, _, _) = d.num(), _d(d).place(), BELT4
        return pair(f"{n.En} civilians were killed when an attacker detonated {we} in a crowded street in {pe}.",
                    f"قُتل {cv(n)} حين فجّر مهاجم حزاماً ناسفاً في شارع مزدحم في {pa}.",  # the belt, as an object
                    [_weapon(code), K(n.value), P(gov)],
                    "detonated")

    def stepped_on(d: Draw) -> Pair:
        n, (pe, pa, gov), (we, wa, code, _, _) = d.num(3, 9), _d(d).place(), MINE4
        return pair(f"{n.En} shepherds were killed when one of them stepped on {we} near {pe}.",
                    f"قُتل {n.ar()} رعاة أغنام حين داس أحدهم على {wa} قرب {pa}.", [_weapon(code), K(n.value), P(gov)],
                    "stepped-on")

    def was_used(d: Draw) -> Pair:
        n, (pe, pa, gov), (we, wa, code, g, verb) = d.num(), _d(d).place(), _d(d).arm([*STRIKES4, GAS4])
        return pair(f"Medics said {we} {verb} used in the attack on {pe}, which killed {n.en} civilians.",
                    f"قال مسعفون إن الهجوم على {pa}، الذي أدى إلى مقتل {cv(n, 'obl')}، استُخدم{_f(g)} فيه {wa}.",
                    [_weapon(code), K(n.value), P(gov)], "was-used")

    def struck_a_car(d: Draw) -> Pair:
        n, (pe, pa, gov), (we, wa, code, g, _) = d.num(), _d(d).place(), _d(d).arm(STRIKES4)
        return pair(f"{_cap(we)} struck a car carrying civilians near {pe}, killing {n.en} of them.",
                    f"أصاب{_f(g)} {wa} سيارة تقل مدنيين قرب {pa}، ما أدى إلى مقتل {n.ar('obl')} منهم.",
                    [_weapon(code), K(n.value), P(gov)], "struck-a-car")
    return [detonated, stepped_on, was_used, struck_a_car]


# 10. targets -----------------------------------------------------------------------------------


def _target(code: str) -> Check:
    return tag("target", target(code))


def _targets() -> list[Family]:
    def twice(d: Draw) -> Pair:
        n, (pe, pa, gov), (te, _, tacc, code, _) = d.num(), _d(d).place(), _d(d).site()
        return pair(f"Warplanes struck {article(te)} in {pe} twice in quick succession, killing {n.en} people.",
                    f"قصفت طائرات حربية {tacc} في {pa} مرتين متتاليتين، ما أدى إلى مقتل {cv(n, 'obl', 'people')}.",
                    [_target(code), K(n.value), P(gov)], "twice-in-quick-succession")

    def flattened(d: Draw) -> Pair:
        n, (pe, pa, gov), (te, _, tacc, code, _) = d.num(), _d(d).place(), _d(d).site(BUILDINGS4)
        return pair(f"An airstrike flattened {article(te)} in {pe}, killing {n.en} civilians.",
                    f"سوّت غارة جوية {tacc} في {pa} بالأرض، ما أدى إلى مقتل {cv(n, 'obl')}.",
                    [_target(code), K(n.value), P(gov)], "flattened")

    def courtyard(d: Draw) -> Pair:
        n, (pe, pa, gov), (te, ta, _, code, _) = d.num(), _d(d).place(), _d(d).site(
            [t for t in BUILDINGS4 if t[0] != "water tower"])
        return pair(f"{n.En} civilians were killed when shells landed in the courtyard of {article(te)} in {pe}.",
                    f"قُتل {cv(n)} حين سقطت قذائف في باحة {ta} في {pa}.", [_target(code), K(n.value), P(gov)],
                    "courtyard")

    def ablaze(d: Draw) -> Pair:
        n, (pe, pa, gov), (te, ta, _, code, _) = d.num(), _d(d).place(), _d(d).site(OPEN4)
        return pair(f"Shelling set {article(te)} ablaze in {pe}, killing {n.en} civilians.",
                    f"أشعل القصف النار في {ta} في {pa}، ما أدى إلى مقتل {cv(n, 'obl')}.",
                    [_target(code), K(n.value), P(gov)], "set-ablaze")
    return [twice, flattened, courtyard, ablaze]


SPECS4: dict[str, list[Family]] = {
    "numbers": _numbers(), "killed_injured": _killed_injured(), "subgroups": _subgroups(), "bounds": _bounds(),
    "aggregates": _aggregates(), "dates": _dates(), "places": _places(), "perpetrators": _perpetrators(),
    "weapons": _weapons(), "targets": _targets(),
}
# The filler tables in the shape of ``checklist_parallel_templates``' (English and Arabic first), for the
# tests that no two halves and no other checklist share a filler.
FILLERS4_HELD: dict[str, list[tuple[str, ...]]] = {
    "places": [p[:3] for p in PLACES4], "actors": list(ACTORS4), "weapons": [w[:4] for w in WEAPONS4],
    "targets": [t[:4] for t in TARGETS4],
}
