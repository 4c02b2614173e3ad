"""The Arabic lexicons know the well-known sides, weapons and targets the English ones know (issue 15).

Each name is put in a short release-style sentence and read by the Arabic pipeline up to the component
under test: the name must be found with the code the English lexicon gives the same thing (an Arabic and an
English report of one attack carry the same codes and link). The names are drawn from the English files
(``data/actors.tsv``, ``weapons.tsv``, ``targets.tsv``) as Arabic monitors (SNHR, SOHR, civil defence,
Enab Baladi, SANA) write them, in the forms a report uses (with or without the article, "ميليشيا"/"قوات").
"""

from __future__ import annotations

import datetime as dt

import pytest

from harmledger.extract import Extractor
from harmledger.extract.doc import Doc, Hit

PLACE = "ريف إدلب الجنوبي"

# (Arabic name, code of the English lexicon's row for it)
ACTORS = [
    # The regime's forces, units and militias.
    ("قوات النظام", "SYR_GOV"),
    ("الجيش العربي السوري", "SYR_GOV"),
    ("قوات الدفاع الوطني", "SYR_GOV"),
    ("ميليشيا الدفاع الوطني", "SYR_GOV"),
    ("الشبيحة", "SYR_GOV"),
    ("المخابرات الجوية", "SYR_GOV"),
    ("قوات النمر", "SYR_GOV"),
    ("الفرقة الرابعة", "SYR_GOV"),
    ("الحرس الجمهوري", "SYR_GOV"),
    ("الفيلق الخامس", "SYR_GOV"),
    ("لواء القدس", "SYR_GOV"),
    ("صقور الصحراء", "SYR_GOV"),
    ("الميليشيات الموالية للنظام", "SYR_GOV"),
    # Russia, Iran and its proxies, Turkey, Israel.
    ("القوات الروسية", "RUS"),
    ("الجيش الروسي", "RUS"),
    ("مجموعة فاغنر", "RUS"),
    ("الحرس الثوري الإيراني", "IRN"),
    ("فيلق القدس", "IRN"),
    ("ميليشيا فاطميون", "IRN"),
    ("لواء زينبيون", "IRN"),
    ("الميليشيات الإيرانية", "IRN"),
    ("الميليشيات الأفغانية", "IRN"),
    ("الميليشيات العراقية", "IRN"),
    ("الميليشيات الشيعية", "IRN"),
    ("حزب الله اللبناني", "HEZBOLLAH"),
    ("ميليشيا حزب الله", "HEZBOLLAH"),
    ("الجيش التركي", "TUR"),
    ("الجندرما التركية", "TUR"),
    ("حرس الحدود التركي", "TUR"),
    ("الجيش الإسرائيلي", "ISR"),
    # Opposition factions.
    ("الجيش السوري الحر", "OPPOSITION"),
    ("الجيش الوطني السوري", "OPPOSITION"),
    ("جيش الإسلام", "OPPOSITION"),
    ("حركة أحرار الشام", "OPPOSITION"),
    ("فيلق الرحمن", "OPPOSITION"),
    ("فيلق الشام", "OPPOSITION"),
    ("حركة نور الدين الزنكي", "OPPOSITION"),
    ("الجبهة الشامية", "OPPOSITION"),
    ("فرقة الحمزة", "OPPOSITION"),
    ("فرقة السلطان مراد", "OPPOSITION"),
    ("جيش العزة", "OPPOSITION"),
    ("الفصائل الموالية لتركيا", "OPPOSITION"),
    # Jihadist groups.
    ("تنظيم الدولة الإسلامية", "ISIS"),
    ("تنظيم داعش", "ISIS"),
    ("هيئة تحرير الشام", "HTS"),
    ("جبهة النصرة", "HTS"),
    ("تنظيم حراس الدين", "HTS"),
    ("جند الأقصى", "HTS"),
    # Kurdish forces and the coalition.
    ("قوات سوريا الديمقراطية", "SDF"),
    ("وحدات حماية الشعب", "SDF"),
    ("وحدات حماية المرأة", "SDF"),
    ("الأسايش", "SDF"),
    ("حزب العمال الكردستاني", "SDF"),
    ("التحالف الدولي", "COALITION"),
    ("قوات التحالف", "COALITION"),
    ("القوات الأمريكية", "COALITION"),
    # Whoever is not named.
    ("مسلحين مجهولين", "UNKNOWN"),
    ("المجموعات الإرهابية", "UNKNOWN"),
]

WEAPONS = [
    ("غارات جوية", "airstrike"),
    ("طائرات سوخوي", "airstrike"),
    ("طائرة مروحية", "airstrike"),
    ("قذائف الهاون", "artillery"),
    ("قصف مدفعي", "artillery"),
    ("قذائف الدبابات", "artillery"),
    ("صاروخ سكود", "ballistic_missile"),
    ("صواريخ توشكا", "ballistic_missile"),
    ("براميل متفجرة", "barrel_bomb"),
    ("سيارة مفخخة", "car_bomb"),
    ("دراجة نارية مفخخة", "car_bomb"),
    ("غاز السارين", "chemical"),
    ("السلاح الكيماوي", "chemical"),
    ("ذخائر عنقودية", "cluster_munition"),
    ("طائرة مسيرة", "drone"),
    ("طائرة دون طيار", "drone"),
    ("إعدامات ميدانية", "execution"),
    ("عبوة ناسفة", "ied"),
    ("عبوة لاصقة", "ied"),
    ("قنابل حارقة", "incendiary"),
    ("الفوسفور الأبيض", "incendiary"),
    ("لغم أرضي", "landmine_erw"),
    ("مخلفات الحرب", "landmine_erw"),
    ("صواريخ كروز", "missile"),
    ("صواريخ غراد", "rocket"),
    ("قذيفة آر بي جي", "rocket"),
    ("مدفع جهنم", "rocket"),
    ("الرصاص الحي", "small_arms"),
    ("رصاص قناص", "small_arms"),
    ("حزام ناسف", "suicide_attack"),
]

TARGETS = [
    ("مخيم للنازحين", "idp_camp"),
    ("مخيم عشوائي", "idp_camp"),
    ("مدرسة ابتدائية", "school"),
    ("روضة أطفال", "school"),
    ("مشفى ميداني", "medical"),
    ("مستوصف", "medical"),
    ("سيارة إسعاف", "medical"),
    ("مسجد", "place_of_worship"),
    ("كنيسة", "place_of_worship"),
    ("سوق شعبي", "market"),
    ("سوق الهال", "market"),
    ("حي سكني", "residential"),
    ("منازل المدنيين", "residential"),
    ("مركز للدفاع المدني", "civil_defense"),
    ("فرق الإنقاذ", "civil_defense"),
    ("فرن", "bakery"),
    ("محطة مياه", "water_power"),
    ("محطة وقود", "water_power"),
    ("حقل نفط", "water_power"),
    ("قافلة مساعدات", "humanitarian"),
    ("مستودع إغاثي", "humanitarian"),
    ("حافلة ركاب", "vehicle"),
    ("قاعدة عسكرية", "military"),
    ("حاجز عسكري", "military"),
]


def _run(extractor: Extractor, text: str, upto: str) -> Doc:
    """The Arabic pipeline over ``text``, up to the component ``upto``."""
    doc = extractor.make_doc(text, published=dt.date(2020, 5, 9))
    for name, comp in extractor.pipeline_for("ar").components:
        comp(doc)
        if name == upto:
            return doc
    raise AssertionError(f"no component {upto!r} in the Arabic pipeline")


def _covering(hits: list[Hit], text: str, name: str) -> list[Hit]:
    """The hits that overlap ``name`` in ``text``."""
    s = text.index(name)
    e = s + len(name)
    return [h for h in hits if h.start < e and s < h.end]


def test_lists_are_long_enough() -> None:
    assert len(ACTORS) >= 40 and len(WEAPONS) >= 20 and len(TARGETS) >= 20
    assert len({n for n, _ in ACTORS}) == len(ACTORS)


@pytest.mark.parametrize(("name", "code"), ACTORS)
def test_arabic_actor_is_read_as_in_english(extractor: Extractor, name: str, code: str) -> None:
    text = f"قتل 5 مدنيين برصاص {name} في {PLACE}."
    found = [(h.code, h.role) for h in _covering(_run(extractor, text, "arabic_actors").actors, text, name)]
    assert (code, "perpetrator") in found, f"{name}: {found}"


@pytest.mark.parametrize(("name", "code"), WEAPONS)
def test_arabic_weapon_is_read_as_in_english(extractor: Extractor, name: str, code: str) -> None:
    text = f"قتل 5 مدنيين جراء {name} في {PLACE}."
    found = [h.code for h in _covering(_run(extractor, text, "weapons").weapons, text, name)]
    assert code in found, f"{name}: {found}"


@pytest.mark.parametrize(("name", "code"), TARGETS)
def test_arabic_target_is_read_as_in_english(extractor: Extractor, name: str, code: str) -> None:
    text = f"قتل 5 مدنيين في قصف استهدف {name} في {PLACE}."
    found = [h.code for h in _covering(_run(extractor, text, "targets").targets, text, name)]
    assert code in found, f"{name}: {found}"
