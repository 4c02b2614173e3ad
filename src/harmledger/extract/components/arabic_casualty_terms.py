"""The Arabic casualty word lists (``data/ar/casualties.json``) compiled once: the cues that say what
happened to the people counted, the nouns that say who they are, and the cues of sub-groups and totals.
``arabic_casualties`` reads tolls with them; ``arabic_casualty_rules`` the later parts of a toll.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..arabic_text import CLITIC, key_of
from ..doc import CasualtyGroup
from ..lexicon import alternation, load_json

_WORD = re.compile(r"[^\W\d_]+")
_SUFFIXES = ("هما", "هم", "هن", "ها", "ه")


def _words(items: list[str]) -> str:
    return alternation({key_of(w) for w in items})


class Terms:
    def __init__(self) -> None:
        data = load_json("ar/casualties.json")
        self.nouns: dict[str, str] = {}
        for kind, words in data["nouns"].items():
            for w in words:
                self.nouns.setdefault(key_of(w), kind)
        self.cues: list[tuple[CasualtyGroup, re.Pattern[str]]] = [
            (g, re.compile(rf"(?<!\w){CLITIC}(?:{_words(data[g])})(?!\w)")) for g in ("killed", "injured", "missing")
        ]
        # "فارق 12 شخصاً الحياة": the verb is the cue, when a word that completes it follows the count ("فقدت
        # بلدة دير العصافير ستة وثلاثين من أبنائها": a place's name and a figure in words may stand between).
        self.split = [
            re.compile(rf"(?<!\w)[وف]?(?P<cue>{re.escape(key_of(verb))})(?=(?:\s+\S+){{0,7}}?\s+(?:{_words(ends)})(?!\w))")
            for verb, ends in data["killed_split"].items()
        ]
        # "حصدت مجزرة في ... أرواح 15 مدنياً": the noun is the cue, when its verb comes before it.
        self.split += [
            re.compile(rf"(?<!\w)[وف]?(?:{_words(verbs)})(?!\w)(?:\s+\S+){{0,6}}?\s+(?P<cue>{re.escape(key_of(noun))})(?!\w)")
            for noun, verbs in data["killed_object"].items()
        ]
        # "نُقل 17 آخرون إلى المشفى مصابين": a verb of hospital transfer or treatment is an injured cue when a
        # word of injury completes it after the count.
        self.injured_split = re.compile(
            rf"(?<!\w)[وف]?(?P<cue>{_words(data['injured_split_verbs'])})(?=(?:\s+[^\s,;.]+){{0,7}}?\s+(?:{_words(data['injured_split_ends'])})(?!\w))")
        # The completion is looked for in the verb's own clause: "وصلوا متوفين، وإن 33 آخرين أُدخلوا مصابين" does
        # not make the dead arrive wounded.
        people = _words([w for w, k in self.nouns.items() if k in ("civilian", "person", "child", "woman")])
        # "أصاب الانفجار 16 مدنياً", "وأصابت ٢٠ آخرين بجروح": a verb of wounding with its count of people as object.
        self.injured_object = re.compile(
            rf"(?<!\w)[وف]?(?P<cue>{_words(data['injured_object_verbs'])})(?=(?:\s+[^\s,;.]+){{1,4}}?\s+(?:ال)?(?:{people})(?!\w))")
        self.kin = {key_of(w): kind for w, kind in data["kin_singular"].items()}
        self.kin_one = re.compile(rf"\s+و(?P<n>{alternation(self.kin)})(?!\w)")
        # "طفل وشقيقتاه الصغيرتان": two kin of a victim named by a dual; children when a word of youth follows them
        # or the kin word is itself one ("وطفلاه").
        self.kin_pair = re.compile(rf"\s+و(?P<n>{_words(data['kin_dual'])})(?:\s+(?P<young>{_words(data['kin_dual_young'])}))?(?!\w)")
        # "وأطفالهما الستة", "وأطفاله الـ3": the count of the victim's children after them, the article on it.
        self.kin_children = re.compile(rf"\s+و(?:{_words(data['kin_children'])})\s+(?:ال)?(?P<count>\d+|[^\W\d_]+(?:\s+و[^\W\d_]+)?)(?!\w)")
        # "خلال الـ48 ساعة الماضية", "في الأيام الثلاثة الأخيرة": a recent window (a figure in digits or words may
        # stand before or after the unit); no date is read from it.
        self.recent_window = re.compile(
            rf"(?<!\w)[و]?(?:خلال|في|طوال)\s+(?:ال)?(?:\d+\s+)?(?:{_words(data['recent_window_units'])})(?:\s+(?:ال)?\d+)?"
            rf"(?:\s+[^\s\d]+){{0,2}}?"
            rf"\s+(?:{_words(data['recent_window_past'])})(?!\w)")
        self.minors = re.compile(rf"(?<!\w)(?:{_words(data['out_of_minors'])}|(?:{_words(data['minor_age_leads'])})\s+(?:سن\s+)?"
                                 rf"(?:ال)?(?:{_words(data['minor_age_limits'])})(?:\s+(?:عاما|عام|سنه|سنوات))?)(?!\w)")
        self.singular = {key_of(w) for w in data["singular_victims"]}
        self.not_people = re.compile(rf"\s*(?:من\s+)?(?:{_words(data['not_people'])})(?!\w)")
        self.not_before = re.compile(rf"(?<!\w)(?:{_words(data['not_before'])})\s*[:]?\s*$")
        # "اعتقلت قوات النظام 20 شخصا": up to three words between the verb and its count.
        self.not_harmed = re.compile(rf"(?<!\w)[وف]?(?:{_words(data['not_harmed_before'])})(?P<between>(?:\s+[^\s\d]+){{0,3}})\s*$")
        self.sub_cue = re.compile(rf"(?<!\w)[و]?(?:{_words(data['subgroup_cues'])})(?!\w)")
        self.aggregate = re.compile(
            rf"(?<!\w)[و]?(?:{_words(data['aggregate_cues'])})(?!\w)(?!\s+(?:\S+\s+)?(?:ساعات|ساعه|يوم|يومين|ايام|الصباح|الفجر|ليل|صباح)(?!\w))")
        self.so_far = {key_of(w) for w in data["aggregate_so_far"]}
        self.sum_only = {key_of(w) for w in data["aggregate_sum_only"]}
        # "وفي شهر شباط وحده": a period "alone" is a total over it.
        self.alone = re.compile(rf"(?<!\w)[وفب]?(?:{_words(data['aggregate_alone_periods'])})(?:\s+\S+){{0,2}}?\s+وحد(?:ه|ها)(?!\w)")
        self.nationwide = re.compile(rf"(?<!\w)(?:{_words(data['nationwide'])})(?!\w)")
        self.single_event = re.compile(rf"(?<!\w){CLITIC}(?:{_words(data['single_event'])})(?!\w)")
        self.update = re.compile(rf"(?<!\w)[و]?(?:{_words(data['update_cues'])})(?!\w)")
        self.combined = re.compile(rf"\s+(?:{_words(data['combined_after'])})(?!\w)")
        self.singular_after = re.compile(rf"\s+(?:ال)?(?P<n>{alternation(self.singular)})(?!\w)")
        self.and_singular = re.compile(rf"\s+و(?:ال)?(?P<n>{alternation(self.singular)})(?!\w)")
        # "امرأة و4 من أطفالها": a victim of one, "و", then a count of people: one toll, their sum.
        self.singular_and = re.compile(rf"(?<!\w)(?:ال)?(?P<n>{alternation(self.singular)})\s+و\s*$")
        # "ويشكل الأطفال 7 من القتلى": a group named before its figure by a verb of share.
        self.share = re.compile(rf"(?<!\w)[وف]?(?:{_words(data['subgroup_share_verbs'])})\s+(?:ال)?(?P<n>[^\s\d]+)\s*$")
        # "قتل 7 أطفال في X، إضافة إلى 4 نساء": a connector right before a further count of the same toll.
        self.in_addition = re.compile(rf"(?<!\w)[و]?(?:{_words(data['in_addition'])})\s*$")
        # "قتل 11 شخصاً، جميعهم مدنيون": every victim of the toll is a civilian.
        civilians = _words([w for w, k in self.nouns.items() if k == "civilian"])
        self.all_civilians = re.compile(
            rf"\s*,?\s*و?(?:{_words(data['all_of_them'])})\s+(?:من\s+)?(?:ال)?(?:{civilians})(?!\w)")
        # "قُتل 19 مدنياً في X. وكان بين القتلى 6 أطفال": a sentence opening on the victims (or "وتضم الحصيلة").
        victims = _words(data["victim_nouns"])
        self.lead = re.compile(rf"\s*و?(?:(?:{_words(data['lead_verbs'])})\s+)?"
                               rf"(?:(?:من\s+)?(?:بين\s+)?(?:{victims})|(?:{_words(data['lead_toll_includes'])}))(?!\w)")
        # "قُتل 7 مدنيين، و4 من الضحايا أطفال": a figure "of the victims" before its group.
        self.of_the_dead = re.compile(rf"\s+من\s+(?:{victims})\s+(?=\S)")
        # "كان 8 أطفال من بين 13 مدنياً قُتلوا": the toll after "out of", its part before.
        self.out_of = re.compile(rf"(?<!\w)و?(?:{_words(data['out_of'])})\s*$")
        # "قتل 9 مدنيين، أحدهم طفل": one of the victims is a sub-group of one.
        self.one_of_them = re.compile(
            rf"\s*,?\s*و?(?:{_words(data['one_of_them'])})\s+(?:ال)?(?P<n>{alternation(self.singular)})(?!\w)")
        # "وبلغ عدد الأطفال بين القتلى 5": the number of a group among the dead, before its figure.
        # "وبلغ عدد الأطفال بينهم 6 وعدد النساء 5": a pronoun stands for the dead; a further "وعدد <group>" right
        # after such a count goes on with the same toll.
        self.group_count = re.compile(
            rf"(?<!\w)عدد\s+(?:ال)?(?P<n>[^\s\d]+)\s+(?:(?:من\s+)?(?:بين|من)\s+(?:{_words(data['group_count_among'])})"
            rf"|(?:{_words(data['group_count_pronouns'])}))(?!\w)(?:\s+[^\s\d]+){{0,2}}\s*$"
            rf"|(?<=[\d\w]\s)وعدد\s+(?:ال)?(?P<n2>[^\s\d]+)\s*$")
        # "قتل 10 مدنيين، نصفهم من الأطفال": a fraction of the toll is a sub-group.
        self.fractions = {key_of(w): d for w, d in data["subgroup_fractions"].items()}
        self.fraction = re.compile(
            rf"\s*,?\s*و?(?P<f>{_words(list(data['subgroup_fractions']))})\s+(?:من\s+)?(?:ال)?(?P<n>[^\s\d,.]+)")


@lru_cache(maxsize=1)
def terms() -> Terms:
    return Terms()


def noun_after(key: str, end: int, t: Terms) -> tuple[str | None, int]:
    """The kind of people the count at ``end`` counts ("5 مدنيين", "عشرات المدنيين", "20 من الأطفال") and where its noun ends."""
    pos = end
    for _ in range(2):
        m = _WORD.search(key, pos, min(len(key), pos + 30))
        if m is None or key[pos : m.start()].strip(" "):
            return None, end
        word = m.group()
        if word == "من":
            pos = m.end()
            continue
        # "وكان 5 من القتلى أطفالاً": a plural in the accusative carries the alif of its tanween.
        for cand in (word, word[2:] if word.startswith("ال") else word, word[1:] if word[:1] in "وبل" else word,
                     word[:-1] if word.endswith("ا") and len(word) > 3 else word):
            if cand in t.nouns:
                return t.nouns[cand], m.end()
        # "4 من أطفالها": the noun with an attached pronoun.
        for suffix in _SUFFIXES:
            if word.endswith(suffix) and word[: -len(suffix)] in t.nouns:
                return t.nouns[word[: -len(suffix)]], m.end()
        if (minor := t.minors.match(key, m.start())) is not None:
            return "child", minor.end()  # "4 منهم تقل أعمارهم عن 18 عاماً": an age limit names children
        return None, end
    return None, end
