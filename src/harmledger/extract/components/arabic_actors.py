"""Arabic actors and their roles, from ``data/ar/actors.tsv`` (the codes of the English lexicon).

A side is the perpetrator named with a cue when the name is itself a means of attack ("الطيران الروسي",
flag ``means``), follows a means or an attack word ("قصف قوات النظام", "غارات للطيران الروسي", "على يد",
"من قبل", "برصاص"), or comes before a claim ("تبنى تنظيم داعش"). It is a target after "ضد", "مواقع",
"عناصر من", "مقاتلين من", a source before a reporting verb ("قالت قوات سوريا الديمقراطية"), and the
holder of a place in "الخاضعة لسيطرة", "تسيطر عليها" (kept so that the name is no place, never written).
"""

from __future__ import annotations

import re

from ..arabic_text import arabic_text
from ..doc import Doc, Hit, Intervals
from ..lexicon import alternation, lexicon_for, load_tsv
from ..registry import Component, PipelineContext, component

_CUE_BEFORE = re.compile(
    r"(?<!\w)[وفب]?(?:قصف|القصف|قصفت|غاره|غارات|الغارات|هجوم|هجمات|شنها|شنتها|شنت|شن|نفذها|نفذتها|نفذت|ارتكبتها|ارتكبها|"
    r"ارتكبت|على\s+يد|علي\s+يد|من\s+قبل|برصاص|رصاص|قذائف|قذيفه|صواريخ|صاروخ|براميل|برميل|طائرات|طائره|مدفعيه|"
    r"استهدفت|استهدف|تبنى|تبني|تبنت|اعدم|اعدمت|مجزره\s+ارتكبتها|قامت|قام|نفذ|مقاتلات|طيران|تبنى\s+تنظيم)"
    r"(?:\s+(?:جويه|جوي|حربيه|مدفعي|صاروخي|عنيف|مكثف|متفجره|عنقوديه|ناسفه|مفخخه|سامه|الكلور|هاون))*\s*(?:ل|من|شنها|شنتها)?\s*$"
)
_VERB_AFTER = re.compile(r"\s*(?:\S+\s+){0,1}?(?:قصفت|قصف|استهدفت|استهدف|شنت|شن|ارتكبت|ارتكب|اعدمت|اعدم|قتلت|قتل|"
                         r"اطلقت|اطلق|ألقت|القت|تقصف|تستهدف|تبنت|تبنى)(?!\w)")
_SOURCE_AFTER = re.compile(r"\s*(?:قالت|قال|اعلنت|اعلن|افادت|افاد|ذكرت|ذكر|اكدت|اكد|نفت|نفى|زعمت|اتهمت|صرحت)(?!\w)")
_SOURCE_BEFORE = re.compile(r"(?:وفق|وفقا\s+ل|بحسب|حسب|قالت|قال|ذكرت|ذكر|افادت|افاد|اعلنت|اعلن|مصادر\s+في|وكاله\s+انباء|اعلام)\s*(?:ال)?$")
_TARGET_BEFORE = re.compile(r"(?:(?:عنصرا|عنصر|عنصرين|مقاتلا|مقاتلين|مسلحا|مسلحين|قياديا|قتيلا|قتلي|اسيرا)\s+(?:من|في)|ضد|مواقع|موقع|مقرات|مقر|عناصر\s+من|عناصر|مقاتلين\s+من|مقاتلي|مقاتلو|قياديين\s+في|قيادي\s+في|"
                            r"اسري|اسرى|حواجز|نقاط|تجمعات|تعزيزات)\s*(?:ل|لـ|في)?\s*$")
_HOLDER_BEFORE = re.compile(r"(?:لسيطره|سيطره|الخاضعه|الخاضع|الواقعه\s+تحت\s+سيطره|يسيطر\s+عليها|تسيطر\s+عليها|مناطق)\s*(?:ل)?\s*$")
_HOLDER_AFTER = re.compile(r"\s*(?:عليها|عليه)?\s*(?:تسيطر|يسيطر)")
_SUPPORT_BEFORE = re.compile(r"(?:بدعم\s+من|بدعم|بمساندة\s+من|بمسانده|بغطاء\s+جوي\s+من|بغطاء\s+جوي|المدعومه\s+من|المدعوم\s+من|بمشاركه)\s*(?:ال)?$")


# "هجوم نفذته عناصر من هيئة تحرير الشام", "برصاص مسلحين تابعين لـ": the fighters named did it.
_DONE_BY = re.compile(r"(?:نفذته|نفذه|نفذها|نفذتها|شنته|شنه|شنها|شنتها|ارتكبه|ارتكبته|ارتكبها|ارتكبتها|على\s+يد|علي\s+يد|من\s+قبل|"
                      r"برصاص|مصدره|مصدرها)\s+(?:عناصر|مسلحين|مسلحون|مقاتلين|مقاتلو|مقاتلي|مجموعات|مجموعه|خليه)"
                      r"(?:\s+(?:من|تابعين|تابعه|تتبع|يتبعون))?\s*(?:ل|لـ|في)?\s*$")
# "قذائف أُطلقت من مواقع تسيطر عليها فصائل المعارضة", "مصدرها مناطق سيطرة النظام", "برصاص قناص من مواقع
# قوات النظام": the side that holds the positions fire came from fired it (else "مواقع" reads as a target and
# "تسيطر عليها" as a holder).
_FIRED_FROM = re.compile(r"(?:(?:اطلقت|اطلق|انطلقت|انطلق|اطلقتها|اطلقها|مصدرها|مصدره|قادمه|قادم|مصدر\s+القصف)\s+(?:من\s+)?|"
                         r"(?<!\w)[وب]?(?:ال)?(?:قصف|قذائف|قذيفه|صواريخ|صاروخ|رصاص|نيران|قنص|قناص)(?:\s+\S+){0,2}?\s+من\s+)"
                         r"(?:مواقع|موقع|مناطق|منطقه|نقاط|نقطه|مراكز|مقرات|مرابض|مربض|ثكنه|ثكنات)"
                         r"(?:\s+(?:انتشار|تمركز|تواجد|وجود))?"
                         r"(?:\s+(?:يسيطر|تسيطر|تتمركز|يتمركز|تنتشر|ينتشر)\s+(?:عليها|عليه|فيها|فيه)|\s+(?:ال)?(?:خاضعه|تابعه|تابع)"
                         r"(?:\s+ل(?:سيطره)?)?|\s+(?:ل)?سيطره)?\s*(?:ل|لـ)?(?:\s*(?:عناصر|مسلحي|مقاتلي)(?:\s+من)?)?\s*$")
# Blame and attribution name the side that struck, its members too ("ألقى الأهالي باللوم على عناصر الشبيحة",
# "هجوم نسبه مراقبون إلى", "اتهم ناشطون", "تعرّضت البلدة لهجوم من", "اقترف عناصر ... مجزرة"); the members word
# after such a cue is the side acting, not its members struck (which "عناصر" alone reads as).
_MEMBERS_TAIL = r"(?:\s*(?:عناصر|مسلحو|مسلحي|مسلحين|مقاتلو|مقاتلي|مقاتلين)(?:\s+(?:من|في))?)?\s*(?:ل|لـ)?\s*$"
_BLAME_BEFORE = re.compile(
    r"(?:(?:باللوم|اللوم|لوما|باللائمه|اللائمه)\s+(?:\S+\s+){0,1}?علي|"
    r"(?<!\w)[وف]?(?:نسبه|نسبته|نسبها|نسبتها|نسبوه|نسب|نسبت|ينسب|تنسب|منسوب|منسوبه|عزاه|عزته|عزاها|عزا|يعزو|"
    r"اتهم|اتهمت|اتهموا|يتهم|تتهم|حمل|حملت|حملوا|يحمل|تحمل)(?:\s+\S+){0,2}?\s+(?:الي|ل)?(?:المسؤوليه\s+(?:ل|الي)?)?|"
    r"(?<!\w)[وفل]?(?:هجوم|هجوما|هجمات|اعتداء|اعتداءات|قصف|غاره|غارات)\s+(?:\S+\s+){0,1}?(?:من|شنه|شنته|نفذه|نفذته)|"
    r"(?<!\w)[وف]?(?:اقترف|اقترفت|اقترفوا|ارتكب|ارتكبت|ارتكبوا|نفذ|نفذت|شن|شنت))" + _MEMBERS_TAIL)
# "... عناصر الشبيحة بوصفها الجهة المنفذة", "... المسؤولة عن الهجوم": the blame after the name.
_BLAME_AFTER = re.compile(r"\s*(?:(?:بوصفها|بوصفهم|بوصفه|باعتبارها|باعتبارهم|باعتباره|بانها|بانهم|بانه|ك)\s*"
                          r"(?:ال)?(?:جهه|طرف|الجهه|الطرف)\s+(?:ال)?(?:منفذه|منفذ|مسؤوله|مسؤول)|"
                          r"(?:هي|هم)?\s*(?:ال)?(?:مسؤوله|مسؤولون|مسؤولين|مسؤول)\s+عن)")
# "أطلق عناصر هيئة تحرير الشام النار", "نصب عناصر من الجيش كميناً": members who act (fire, storm, lay an
# ambush, plant a charge) are the side, not its members struck. Verbs whose passive reads the same unvoweled
# ("اعتُقل/اختُطف عناصر من": members were seized) are left out.
_MEMBERS_ACT = re.compile(r"(?<!\w)[وف]?(?:اطلق|اطلقت|فتح|فتحت|اقدم|اقدمت|هاجم|هاجمت|داهم|داهمت|اقتحم|اقتحمت|"
                          r"نصب|نصبت|زرع|زرعت)\s+"
                          r"(?:عناصر|مسلحو|مقاتلو)\s*(?:من|في)?\s*$")
# A means of attack, up to two modifiers, then a nationality adjective of data/ar/nationalities.tsv
# ("صواريخ روسية الصنع" names who made them, not who fired).
_MEANS_NOUN = (r"(?:طائرات|طائره|مقاتلات|مقاتله|مروحيات|مروحيه|مسيره|مسيرات|غاره|غارات|قصف|ضربات|ضربه|صواريخ|صاروخ|"
               r"قذائف|قذيفه|مدفعيه|بوارج|زوارق)")
# "طائرة سوخوي 24 روسية", "طائرات الميغ السورية", "مروحيات مي 8 السورية": an aircraft's make, with or without the
# article and its number, may stand between the means and the nationality; a make of two letters only with its number.
_MODIFIER = (r"(?:\s+(?:ال)?(?:سوخوي|ميغ|ميج|توبوليف|بيرقدار|اوريون|اباتشي|كوبرا|بلاك\s+هوك|غازيل)(?:\s*-?\s*\d+)?|\s+(?:مي|اف)\s*-?\s*\d+)?"
             r"(?:\s+(?:ال)?(?:حربيه|حربي|جويه|جوي|مدفعي|صاروخي|مسيره|مكثف|مكثفه|عنيف|عنيفه|مجهوله|بدون\s+طيار)){0,2}")


def _nationalities() -> tuple[re.Pattern[str], dict[str, str]]:
    from ..arabic_text import key_of

    codes = {key_of(r[0]): r[1] for r in load_tsv("ar/nationalities.tsv") if len(r) > 1}
    pattern = re.compile(rf"(?<!\w)[وفبل]?(?:ال)?{_MEANS_NOUN}{_MODIFIER}\s+(?:ال)?(?P<adj>{alternation(codes)})(?!\w)(?!\s+(?:ال)?صنع)")
    return pattern, codes


# "مقاتلين مدعومين من أنقرة", "مسلحين موالين للنظام", "فصائل تابعة لتركيا": fighters named by whom they follow.
_FOLLOWERS = (r"(?:مقاتلين|مقاتلون|مقاتلي|مسلحين|مسلحون|عناصر|ميليشيات|مليشيات|ميليشيا|مليشيا|فصائل|فصيل|قوات|مجموعات|"
              r"مجموعه|جماعات|جماعه)")
_FOLLOWING = (r"(?:مدعومين|مدعومون|مدعومه|مدعوم|موالين|موالون|مواليه|موالي|تابعين|تابعون|تابعه|تابع)")


def _sponsors() -> tuple[re.Pattern[str], dict[str, str]]:
    from ..arabic_text import key_of

    codes = {key_of(r[0]): r[1] for r in load_tsv("ar/sponsors.tsv") if len(r) > 1}
    # "عناصر ميليشيات موالية لـ": the members of the followers are the same side.
    pattern = re.compile(rf"(?<!\w)[وفبل]?(?:ال)?{_FOLLOWERS}(?:\s+(?:ال)?{_FOLLOWERS})?\s+(?:ال)?{_FOLLOWING}"
                         rf"(?:\s+من(?:\s+قبل)?\s+(?:ال)?|\s+لل|\s+ل)(?P<s>{alternation(codes)})(?!\w)")
    return pattern, codes


def _means() -> frozenset[str]:
    from ..arabic_text import key_of

    return frozenset(key_of(r[0]) for r in load_tsv("ar/actors.tsv") if len(r) > 2 and r[2] == "means")


@component(name="arabic_actors", assigns=["actors"], requires=["sentences", "ignored"])
def make_arabic_actors(context: PipelineContext) -> Component:
    lex = lexicon_for("actors.tsv", "ar")
    means = _means()
    by_adjective, adjective_codes = _nationalities()
    by_sponsor, sponsor_codes = _sponsors()

    def actors(doc: Doc) -> None:
        at = arabic_text(doc.text)
        key = at.key
        ignored = Intervals(doc.ignored)
        out: list[Hit] = []
        for h in lex.find_key(key, 0, at.to_key(doc.limit)):
            start, end = at.span(h.start, h.end)
            if h.code == "-" or ignored.overlaps(start, end):
                continue
            before = key[max(0, h.start - 60) : h.start]
            role, weight = "perpetrator", 0.5
            if _SOURCE_AFTER.match(key, h.end) or _SOURCE_BEFORE.search(before):
                role = "source"
            elif _FIRED_FROM.search(before):
                weight = 1.0
            elif _SUPPORT_BEFORE.search(before):
                role = "supporter"
            elif _HOLDER_BEFORE.search(before) or _HOLDER_AFTER.match(key, h.end):
                role = "holder"
            elif _DONE_BY.search(before) or _MEMBERS_ACT.search(before) or _BLAME_BEFORE.search(before) \
                    or _BLAME_AFTER.match(key, h.end):
                weight = 1.0
            elif _TARGET_BEFORE.search(before):
                role = "target"
            elif key[h.start : h.end] in means or key[h.start + 1 : h.end] in means or h.role == "means" \
                    or _CUE_BEFORE.search(before) or _VERB_AFTER.match(key, h.end):
                weight = 1.0
            out.append(Hit(start, end, h.code, role, weight))
        for m in by_adjective.finditer(key, 0, at.to_key(doc.limit)):
            start, end = at.span(m.start(), m.end())
            if ignored.overlaps(start, end):
                continue
            inside = [h for h in out if h.start < end and start < h.end]
            # The lexicon's own rows ("غارات روسية") win; this reads the other orders of the same words, and
            # wins over a shorter row inside them ("المروحيات الروسية": not the regime's "المروحيات").
            if all(start <= h.start and h.end <= end and h.end - h.start < end - start for h in inside):
                out = [h for h in out if h not in inside]
                out.append(Hit(start, end, adjective_codes[m.group("adj")], "perpetrator", 1.0))
        for m in by_sponsor.finditer(key, 0, at.to_key(doc.limit)):
            start, end = at.span(m.start(), m.end())
            if ignored.overlaps(start, end):
                continue
            before = key[max(0, m.start() - 60) : m.start()]
            if _TARGET_BEFORE.search(before) or _SOURCE_AFTER.match(key, m.end()):
                continue  # "مواقع مقاتلين موالين لإيران": the followers were struck; a source is no side here
            # The followers win over the sponsor's own name inside them ("إيران" there is no perpetrator).
            out = [h for h in out if not (h.start < end and start < h.end)]
            weight = 1.0 if _CUE_BEFORE.search(before) or _DONE_BY.search(before) or _VERB_AFTER.match(key, m.end()) else 0.5
            out.append(Hit(start, end, sponsor_codes[m.group("s")], "perpetrator", weight))
        doc.actors = sorted(out, key=lambda h: h.start)

    return actors
