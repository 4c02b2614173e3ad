"""Finding gazetteer names in running text: one Aho-Corasick pass over the skeletons of the words.

Each word of the text is reduced to its skeleton (see ``normalise``), articles dropped, and the
automaton finds every run of words whose skeletons spell a known name. A skeleton hit is only a
candidate: rapidfuzz on the article-free light forms confirms which places it can be.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import ahocorasick
from rapidfuzz import fuzz

from .._dates import MONTH_NAMES, WEEKDAYS
from .gazetteer import Gazetteer, GazPlace
from .normalise import ARTICLES, is_arabic, normalise_name, skeleton, token_skeleton, without_articles

WORD_RE = re.compile(r"[^\W_]+(?:['’‘`ʿʾ][^\W_]+)*", re.UNICODE)
# Confirmation threshold on the article-free light forms (rapidfuzz ratio, 0-100).
CONFIRM = 80.0
# Capitalised words that begin sentences or name months and days; never places on their own.
STOPWORDS = frozenset(
    """the a an he she it its in on at as of is was were this that these those they them we you i our their there
    his her by for from to with and or but not no mr mrs ms dr said says today yesterday tomorrow after before while when where which who what how also some many
    state red white black north south east west city town village camp all one two three four five
    six seven eight nine ten human rights first second third several dozens un sham news syrian syrians
    russian russians turkish turks iranian iraqi lebanese jordanian kurdish kurds arab arabs american
    israeli islamic free army forces regime government observatory agency reuters afp
    assad bashar hafez putin obama trump erdogan lavrov daesh isis isil qaeda nusra hezbollah hizbollah ahrar
    tahrir jabhat jaish fateh faylaq ypg sdf fsa sana sohr mohammed muhammad ahmad ahmed ali hassan hussein
    omar mahmoud khaled ibrahim mustafa mehdi mahdi abdullah abdel allah god christian christians muslim
    muslims sunni shia alawite kurdish druze saudi qatari egyptian palestinian british french german
    european chinese ukrainian baath ansar shamal sarin chlorine mustard scud grad tomahawk kornet tow
    cham firat manar shabab mansour salama salameh karim hamza bilal yasin yaseen ammar osama anas firas rami
    samir walid nabil adnan tarek tariq china russia iran turkey iraq lebanon jordan israel egypt america
    france britain germany qatar europe moscow tehran ankara beirut geneva washington london paris
    are is be been being has have had will would can could once tags category read more share photo video
    hamas turkmen turkmens circassians armenians assyrians yazidis alawites druzes nazi nazis""".split()
) | frozenset(name.lower() for name in MONTH_NAMES) | frozenset(WEEKDAYS) | frozenset(
    # Arabic generic words (in normalised spelling) that are also the names of some hamlet.
    """مدينه بلده قريه حي ريف مخيم منطقه محافظه ناحيه مركز شمال جنوب شرق غرب الشمالي الجنوبي الشرقي الغربي
    الشماليه الجنوبيه الشرقيه الغربيه في من على الى عن مع قصف الطيران النظام قوات""".split()
)
# Lower-case words that continue a region's name ("Turkish border", "Euphrates valley").
GENERIC_WORDS = frozenset("border river valley plain heights mountains mountain desert".split())
DIRECTION_WORDS = frozenset(
    "north south east west northern southern eastern western northeastern northwestern southeastern southwestern".split()
)


class Words:
    """The words of a text as parallel lists (cheaper than one object per word on 1 MB texts)."""

    __slots__ = ("starts", "ends", "lights", "keys")

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.lights: list[str] = []
        self.keys: list[str] = []  # skeleton; "" for an article, "|" for a word that cannot open or continue a name

    def __len__(self) -> int:
        return len(self.starts)


@lru_cache(maxsize=300_000)
def _word_keys(raw: str) -> tuple[str, str]:
    light = normalise_name(raw)
    if " " in light:  # a word that normalises into several (rare): keep it whole
        light = light.replace(" ", "")
    key = token_skeleton(light)
    # Place names are capitalised in English reports; lower-case words only as articles, or a
    # direction opening a region's name ("eastern Ghouta"). Other lower-case words block a match.
    if key and not (raw[:1].isupper() or raw[:1].isdigit() or is_arabic(raw) or light in DIRECTION_WORDS
                    or light in GENERIC_WORDS):
        key = "|"
    return light, key


_LOWER_OK = sorted(ARTICLES | DIRECTION_WORDS | GENERIC_WORDS, key=len, reverse=True)
# Only words that can be part of a name are looked at: capitalised (Latin or Latin-1), Arabic, or
# one of the lower-case words above. Everything else only separates names (checked in the gaps).
CANDIDATE_RE = re.compile(
    r"(?:(?=[A-Z\u00c0-\u00de\u0600-\u06ff])[^\W_]+(?:['’‘`ʿʾ][^\W_]+)*|\b(?:"
    + "|".join(_LOWER_OK)
    + r")\b)",
    re.UNICODE,
)
_HAS_WORD_RE = re.compile(r"[^\W_]", re.UNICODE)


def words_of(text: str) -> Words:
    out = Words()
    starts, ends, lights, keys = out.starts, out.ends, out.lights, out.keys
    prev_end = 0
    has_word = _HAS_WORD_RE.search
    for m in CANDIDATE_RE.finditer(text):
        start = m.start()
        if start > prev_end and has_word(text, prev_end, start):
            # Some other word lies between: no name runs across it.
            starts.append(prev_end)
            ends.append(prev_end)
            lights.append("")
            keys.append("|")
        light, key = _word_keys(m.group())
        prev_end = m.end()
        starts.append(start)
        ends.append(prev_end)
        lights.append(light)
        keys.append(key)
    return out


@dataclass
class RawMatch:
    start: int
    end: int
    first_word: int
    last_word: int
    candidates: list[GazPlace]


def _units(key: str) -> int:
    """Consonants in a skeleton, a digraph (kh, sh, gh) counting once."""
    return len(key.replace(" ", "")) - sum(key.count(d) for d in ("kh", "sh", "gh"))


def _vowel_class(s: str) -> str:
    """A short name's vowels folded to their classes, for names too short for a ratio ("Douma"/"Duma")."""
    s = s.replace(" ", "").replace("ou", "u").replace("oo", "u").replace("ee", "i").replace("ei", "ay")
    s = s.translate(_VOWEL_FOLD)
    return s[:-1] if len(s) > 3 and s.endswith("h") else s


def _single_consonants(s: str) -> str:
    """The vowel class with doubled consonants (a shadda) written once: "Raqa"/"Raqqa". The final h is
    kept here, so that "Maareh" (Mari') does not meet "Maarra" (Ma'arrat an-Nu'man)."""
    s = s.replace(" ", "").replace("ou", "u").replace("oo", "u").replace("ee", "i").replace("ei", "ay")
    s = s.translate(_VOWEL_FOLD)
    return "".join(ch for i, ch in enumerate(s) if i == 0 or s[i - 1] != ch or ch in "aiu")


_VOWEL_FOLD = str.maketrans({"e": "a", "o": "u", "w": "u", "y": "i"})


def _nisba(bare: str, name: str) -> bool:
    """"al-Homsi", "al-Shami": the adjective of a place (a surname, "the Syrian"), not the place."""
    return " " not in bare and bare.endswith("i") and not without_articles(name).endswith(("i", "y", "ee"))


def confirm(gazetteer: Gazetteer, surface: str, key: str) -> list[GazPlace]:
    """The places with skeleton ``key`` one of whose names is close to ``surface``."""
    light = normalise_name(surface)
    bare = without_articles(surface)
    if _units(key) <= 2 and not is_arabic(key):
        # Two consonants say little ("Suri" is not "Sur"): only the same name with other vowels.
        folded, single = _vowel_class(bare), _single_consonants(bare)
        return [p for p in gazetteer.by_key.get(key, [])
                if any(normalise_name(n) == light or _vowel_class(without_articles(n)) == folded
                       or _single_consonants(without_articles(n)) == single for n in p.all_names)]
    out = []
    for place in gazetteer.by_key.get(key, []):
        for name in place.all_names:
            if normalise_name(name) == light:
                out.append(place)
                break
            if skeleton(name) == key and fuzz.ratio(bare, without_articles(name)) >= CONFIRM and not _nisba(bare, name):
                out.append(place)
                break
    return out


@lru_cache(maxsize=100_000)
def _surface_keys(surface: str) -> tuple[str, str]:
    return normalise_name(surface), _bare(surface)


def _bare(name: str) -> str:
    """The light key without its article words ("Ar Raqqa" -> "raqqa"); unlike ``without_articles`` an
    article glued on by assimilation stays ("Assam" is not "Sam")."""
    return " ".join(t for t in normalise_name(name).split() if t not in ARTICLES)


class NameMatcher:
    """An Aho-Corasick automaton over the skeleton keys of every name in a gazetteer."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self.version = gazetteer.version
        self._confirmed: dict[tuple[str, str], list[GazPlace]] = {}
        self._own_forms: dict[str, frozenset[str]] = {}
        self._automaton = ahocorasick.Automaton()
        for key in gazetteer.by_key:
            self._automaton.add_word(f" {key} ", key)
        # Word-level vocabularies, to tell a possessive ("Idlibs", "Aleppo's") from a name ending in s.
        self._key_tokens = {tok for key in gazetteer.by_key for tok in key.split()}
        self.light_tokens = {tok for light in gazetteer.by_light for tok in light.split()}
        if len(gazetteer.by_key):
            self._automaton.make_automaton()

    def spelled_as(self, place: GazPlace, surface: str) -> bool:
        """Whether ``surface`` is one of the place's own spellings, case, diacritics, punctuation and articles
        aside ("al-Bab" for Al Bab), rather than a near one confirmed by its skeleton ("Haram" for Harim).
        Country scoping (``countries``) holds near spellings to the document's country."""
        forms = self._own_forms.get(place.id)
        if forms is None:
            if len(self._own_forms) > 100_000:
                self._own_forms.clear()
            forms = self._own_forms[place.id] = frozenset(
                {normalise_name(n) for n in place.all_names} | {_bare(n) for n in place.all_names}
            )
        light, bare = _surface_keys(surface)
        return light in forms or bare in forms

    def confirmed(self, surface: str, key: str) -> list[GazPlace]:
        found = self._confirmed.get((surface, key))
        if found is None:
            if len(self._confirmed) > 100_000:
                self._confirmed.clear()
            found = self._confirmed[(surface, key)] = confirm(self.gazetteer, surface, key)
        return found

    def scan(self, text: str, words: Words | None = None) -> list[RawMatch]:
        """Leftmost-longest, non-overlapping runs of words that spell a confirmed gazetteer name."""
        words = words if words is not None else words_of(text)
        if not len(self.gazetteer.by_key):
            return []
        keyed = [i for i, k in enumerate(words.keys) if k]
        self._strip_possessives(text, words, keyed)
        # Character offset of each keyed word in the joined skeleton string.
        offsets: dict[int, int] = {}
        pos = 1
        for n, i in enumerate(keyed):
            offsets[pos] = n
            pos += len(words.keys[i]) + 1
        joined = " " + " ".join(words.keys[i] for i in keyed) + " "
        found: list[tuple[int, int, str]] = []
        for end_pos, key in self._automaton.iter(joined):
            n_first = offsets.get(end_pos - len(key))  # end_pos is the trailing space
            if n_first is not None:
                found.append((n_first, -(n_first + key.count(" ")), key))
        found.sort()  # leftmost first, then longest
        out: list[RawMatch] = []
        taken_until = -1
        for n_first, neg_last, key in found:
            n_last = -neg_last
            if n_first <= taken_until:
                continue
            first, last = keyed[n_first], keyed[n_last]
            if not self._plausible(text, words, first, last, key):
                continue
            start = self._extend_article(text, words, first)
            end = words.ends[last]
            candidates = self.confirmed(text[start:end], key)
            if last > first and words.lights[first] in STOPWORDS:
                # "Turkish border" is a line; "Syrian Hama" is not a village called Suran Hama.
                candidates = [p for p in candidates if p.feature_type in {"region", "line", "country"}]
            if not candidates:
                continue
            out.append(RawMatch(start, end, first, last, candidates))
            taken_until = n_last
        return out

    def _strip_possessives(self, text: str, words: Words, keyed: list[int]) -> None:
        """"Idlib's", and "Idlibs" in scraped text that lost its apostrophes, are Idlib: a word ending in s
        that no known name spells, whose stem is a known word, is matched on its stem (span without the s)."""
        lights, keys, ends = words.lights, words.keys, words.ends
        for i in keyed:
            light = lights[i]
            if len(light) < 5 or light[-1] != "s" or keys[i] == "|" or light in self.light_tokens:
                continue
            apostrophe = text[ends[i] - 2] in "'’"
            if (light in STOPWORDS and not apostrophe) or is_arabic(light):
                continue  # "Hamas" is not Hama's
            if text[ends[i] : ends[i] + 1] == "-" or text[ends[i] : ends[i] + 4].lower() in {" al-", " el-"}:
                continue  # "Ra's al-Ain": the s belongs to the name
            stem_key = token_skeleton(light[:-1])
            if stem_key not in self._key_tokens:
                continue
            if not apostrophe and light[:-1] not in self.light_tokens:
                continue  # without an apostrophe only an exact stem: "Idlibs" is Idlib's, "Kilis" is not Killi's
            keys[i], lights[i] = stem_key, light[:-1]
            ends[i] -= 2 if apostrophe else 1

    @staticmethod
    def _plausible(text: str, words: Words, first: int, last: int, key: str) -> bool:
        light = words.lights[first]
        if light in GENERIC_WORDS and not text[words.starts[first]].isupper():
            return False  # "border" cannot open a name
        if last == first and (light in STOPWORDS or light in DIRECTION_WORDS):
            return False
        # Very short skeletons ("Al-Bab" -> "b") are checked strictly by ``confirm``.
        return bool(key)

    @staticmethod
    def _extend_article(text: str, words: Words, first: int) -> int:
        """Include a preceding ``al-``/``Al `` that belongs to the name."""
        start = words.starts[first]
        if words.lights[first][:3] in {"وال", "بال", "فال", "كال"}:
            return start + 1  # "والرقة": the conjunction is not part of the name
        if first == 0:
            return start
        prev = first - 1
        if words.lights[prev] in ARTICLES and not words.keys[prev] and words.ends[prev] <= start:
            gap = text[words.ends[prev] : start]
            raw = text[words.starts[prev] : words.ends[prev]]
            if gap == "-" or (gap == " " and raw[:1].isupper()):
                return words.starts[prev]
        return start
