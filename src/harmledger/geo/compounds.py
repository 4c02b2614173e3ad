"""Where a name begins and ends in running text: compound names the gazetteer knows only part of
("Tal Madiq", "Masaken Hanano"), and Title Case Headlines, where a capital letter says nothing."""

from __future__ import annotations

import re

from .expressions import ARTICLE_CONTINUES_RE, HEAD_BEFORE_RE, HEAD_WORDS, NAME_CONTINUES_RE
from .gazetteer import GazPlace
from .matcher import DIRECTION_WORDS, STOPWORDS, RawMatch
from .normalise import ARTICLES, admin1_pcode_for, normalise_name

# A capitalised word joined to the next word by a space or hyphen.
_PREFIX_WORDS_RE = re.compile(r"(?:^|(?<=[^\w'’-]))([A-Z][\w'’]*[ -])$")
# English word endings no Arabic place name has ("Bombardment", "Capturing", "Heavy").
_ENGLISH_SUFFIX_RE = re.compile(r"(?:ment|tion|sion|ing|ness|ous|ful|less|ly|ies|ive|ity|ed)$")
# Matches of these types only may be the tail of a longer name ("Masaken Hanano").
_MINOR_TYPES = frozenset({"neighbourhood", "village", "facility"})
# Capitalised words that qualify a place name rather than begin a longer one.
_PREFIX_OK = frozenset(
    """rural central greater upper lower old downtown inner outer besieged liberated occupied opposition rebel rebels
    loyalist jihadist province governorate countryside suburbs northwest northeast southwest southeast mid
    city town village camp area region district near outside inside across around between within along into
    towards toward from over under""".split()
)
_LONG_WORD_RE = re.compile(r"[^\W\d_]{4,}")


def title_case_line(text: str, pos: int, cache: dict[int, bool], names: frozenset[str] | set[str]) -> bool:
    """Whether the sentence around ``pos`` reads like a Title Case Headline, where a capitalised word says
    nothing (cached per sentence start). Its first word is capitalised in any sentence and does not count."""
    lo = max(0, pos - 150)
    start = max(text.rfind("\n", lo, pos), text.rfind(". ", lo, pos), text.rfind("? ", lo, pos),
                text.rfind("! ", lo, pos))
    first_counts = start < 0 and lo > 0  # the window starts inside a sentence
    start = lo if start < 0 else start + 1
    found = cache.get(start)
    if found is None:
        ends = [k for k in (text.find("\n", pos, pos + 150), text.find(". ", pos, pos + 150)) if k >= 0]
        end = min([*ends, pos + 150, len(text)])
        long_words = _LONG_WORD_RE.findall(text, start, end)[0 if first_counts else 1 :]
        found = cache[start] = _looks_like_title(long_words, names)
    return found


def capitalised_prefix(
    text: str, start: int, end: int, cands: list[GazPlace], prev: RawMatch | None
) -> tuple[int, int] | None:
    """The span of a longer capitalised name a match ends ("Masaken Hanano": Hanano is a neighbourhood of
    Aleppo, Masaken alone a neighbourhood of Hasakah; the whole is one name, neither of those)."""
    if cands and not all(p.feature_type in _MINOR_TYPES for p in cands):
        # A town's own name after an unknown word is more often a list that lost its commas ("Jisreen
        # Kafr Batna") or a headline ("Capturing Manbij") than the tail of a longer name.
        return None
    m = _PREFIX_WORDS_RE.search(text, max(0, start - 40), start)
    if m is None:
        return None
    if prev is not None and prev.end > m.start(1) and any(p.feature_type != "neighbourhood" for p in prev.candidates):
        return None  # two towns in a row: a list that lost its commas ("Aleppo Damascus", "Syria's Aleppo")
    words = m.group(1).split()
    for w in words:
        light = normalise_name(w)
        if (light in STOPWORDS or light in DIRECTION_WORDS or light in _PREFIX_OK or light in ARTICLES
                or w.isupper() or light in HEAD_WORDS or _ENGLISH_SUFFIX_RE.search(light)):
            return None
    cont = NAME_CONTINUES_RE.match(text, end)
    if cont and normalise_name(cont.group()).split()[0] not in STOPWORDS | _PREFIX_OK:
        end = cont.end()
    return m.start(1), end


def _looks_like_title(long_words: list[str], names: frozenset[str] | set[str]) -> bool:
    """Most long words capitalised, and some of those ordinary words, not names ("Jets Pound Idlib Town",
    not "Air strikes hit Raqa and Deir Ezour")."""
    capitalised = [w for w in long_words if w[0].isupper()]
    if len(long_words) < 4 or len(capitalised) < 0.7 * len(long_words):
        return False
    return sum(normalise_name(w) not in names and normalise_name(w) not in STOPWORDS for w in capitalised) >= 2


def exact_in_title_case(text: str, raw: list[RawMatch], names: frozenset[str] | set[str]) -> list[RawMatch]:
    """In a Title Case Headline every word is capitalised, so only names spelled exactly as known count."""
    out = []
    title_case: dict[int, bool] = {}
    for m in raw:
        line_start = text.rfind("\n", 0, m.start) + 1
        if line_start not in title_case:
            line_end = text.find("\n", line_start)
            line_end = len(text) if line_end < 0 else line_end
            # The first word is capitalised in any sentence: it says nothing.
            long_words = _LONG_WORD_RE.findall(text, line_start, min(line_end, line_start + 300))[1:]
            title_case[line_start] = _looks_like_title(long_words, names)
        if title_case[line_start]:
            light = normalise_name(text[m.start : m.end])
            m.candidates = [p for p in m.candidates if any(normalise_name(n) == light for n in p.all_names)]
            if not m.candidates:
                continue
        out.append(m)
    return out


def longer_name(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the compound name a match is part of ("Kafr Hamra", "Tal Madiq"), else None."""
    m = HEAD_BEFORE_RE.search(text, max(0, start - 14), start)
    if m and normalise_name(m.group(1)) in HEAD_WORDS:
        cont = NAME_CONTINUES_RE.match(text, end)
        return m.start(1), cont.end() if cont and normalise_name(cont.group()).split()[0] not in STOPWORDS else end
    surface = text[start:end]
    if ARTICLE_CONTINUES_RE.match(text, end) and not admin1_pcode_for(surface):
        cont = NAME_CONTINUES_RE.match(text, end)
        if cont:
            return start, cont.end()
    if normalise_name(surface) in HEAD_WORDS:
        cont = NAME_CONTINUES_RE.match(text, end)
        if cont and normalise_name(cont.group()).split()[0] not in STOPWORDS:
            return start, cont.end()
    return None
