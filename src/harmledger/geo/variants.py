"""A second, fuzzy look at capitalised names the Aho-Corasick pass left unmatched, among well-known places.

Reports spell governorates and cities in more ways than any gazetteer lists ("Deir Ezour", "Deir Ezzour",
"Raqa"): a letter doubled or not, an article glued on with one consonant, another vowel. A rapidfuzz
comparison of skeletons finds them, but among all the villages of Syria a near spelling is as often
another village; so this pass only considers well-known places (governorates, cities, towns of over
10,000 people and the seats of administrative units), the names a report may misspell and still mean.
"""

from __future__ import annotations

from rapidfuzz import fuzz, process

from .gazetteer import Gazetteer, GazPlace
from .matcher import DIRECTION_WORDS, GENERIC_WORDS, STOPWORDS, Words, _nisba
from .normalise import is_arabic, skeleton, without_articles

WELL_KNOWN_TYPES = frozenset({"governorate", "city"})
MIN_POPULATION = 10_000
# Both the skeleton and the article-free light form must be this close (rapidfuzz ratio, 0-100).
SKELETON_SCORE = 85.0
LIGHT_SCORE = 85.0
# Skeletons shorter than this (consonants) are left to the exact pass: "Hamad" is not Hama.
MIN_UNITS = 4
_MAX_WORDS = 4


def _units(key: str) -> int:
    return len(key.replace(" ", ""))


class VariantMatcher:
    """Fuzzy lookup of a capitalised run of words among the skeletons of well-known places."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.version = gazetteer.version
        seats = {p.seat for p in gazetteer.places if p.seat}
        self.by_key: dict[str, list[GazPlace]] = {}
        for place in gazetteer.places:
            if not (place.feature_type in WELL_KNOWN_TYPES or (place.population or 0) >= MIN_POPULATION
                    or place.id in seats):
                continue
            for name in place.all_names:
                key = skeleton(name)
                if is_arabic(name) or _units(key) < MIN_UNITS:
                    continue
                bucket = self.by_key.setdefault(key, [])
                if place not in bucket:
                    bucket.append(place)
        self._keys = list(self.by_key)
        self._cache: dict[str, list[GazPlace]] = {}

    def lookup(self, surface: str) -> list[GazPlace]:
        found = self._cache.get(surface)
        if found is None:
            if len(self._cache) > 50_000:
                self._cache.clear()
            found = self._cache[surface] = self._lookup(surface)
        return found

    def _lookup(self, surface: str) -> list[GazPlace]:
        key = skeleton(surface)
        if _units(key) < MIN_UNITS or is_arabic(key):
            return []
        bare = without_articles(surface)
        out: list[GazPlace] = []
        for other, _score, _ in process.extract(key, self._keys, scorer=fuzz.ratio, score_cutoff=SKELETON_SCORE,
                                                limit=5):
            # Same first consonant and the same number of words: the variants reports write differ inside.
            if not _same_initials(key, other):
                continue
            for place in self.by_key[other]:
                if place in out:
                    continue
                if any(skeleton(n) == other and fuzz.ratio(bare, without_articles(n)) >= LIGHT_SCORE
                       and not _nisba(bare, n) for n in place.all_names):
                    out.append(place)
        return out


def _same_initials(a: str, b: str) -> bool:
    """Same number of words, each with the same first consonant ("Sheikh Said" is not Shaykh al-Hadid);
    an article glued on with one consonant is allowed for ("Ezour"/"Zor")."""
    ta, tb = a.split(), b.split()
    if len(ta) != len(tb):
        return False
    for x, y in zip(ta, tb, strict=True):
        if x[0] != y[0] and not (x[0] == "a" and x[1:2] == y[0]) and not (y[0] == "a" and y[1:2] == x[0]):
            return False
    return True


def capitalised_runs(text: str, words: Words) -> list[tuple[int, int]]:
    """Character spans of runs of capitalised words joined by spaces or hyphens ("Deir Ezour",
    "Masaken Hanano"), with articles inside them; stop words and lower-case words end a run."""
    out: list[tuple[int, int]] = []
    n = len(words)
    i = 0
    starts, ends, lights, keys = words.starts, words.ends, words.lights, words.keys
    while i < n:
        if not _opens(text, words, i):
            i += 1
            continue
        j = i
        while (j + 1 < n and j - i + 1 < _MAX_WORDS and text[ends[j] : starts[j + 1]] in {" ", "-"}
               and keys[j + 1] != "|" and lights[j + 1] not in STOPWORDS
               and (not keys[j + 1] or text[starts[j + 1]].isupper())):
            j += 1
        while j > i and not keys[j]:
            j -= 1  # a run does not end on an article
        out.append((starts[i], ends[j]))
        i = j + 1
    return out


def _opens(text: str, words: Words, i: int) -> bool:
    light = words.lights[i]
    return (bool(light) and words.keys[i] != "|" and text[words.starts[i]].isupper() and light not in STOPWORDS
            and light not in DIRECTION_WORDS and light not in GENERIC_WORDS)
