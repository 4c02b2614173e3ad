"""Where a name begins and ends in running text: compound names the gazetteer knows only part of
("Tal Madiq", "Masaken Hanano"), and Title Case Headlines, where a capital letter says nothing."""

from __future__ import annotations

import re

from .admin_names import admin1_pcode as admin1_pcode_for
from .expressions import ARTICLE_CONTINUES_RE, HEAD_BEFORE_RE, HEAD_WORDS, NAME_CONTINUES_RE
from .gazetteer import GazPlace
from .matcher import DIRECTION_WORDS, STOPWORDS, RawMatch
from .normalise import ARTICLES, normalise_name

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
# English prefixes written capitalised before a hyphen ("Pro-Damascus", "Anti-Assad"): not part of a name.
_NOT_PREFIXES = frozenset("pro anti ex non post pre neo".split())
# Lower-case particles inside Romance and Persian names ("Lanao del Sur", "Altos de San Lorenzo", "San Jose de
# los Sapos", "Dara i Sufi Bala", "Nawa-e Barakzayi"). Arabic names are joined by articles, never by these.
_PARTICLE_BEFORE_RE = re.compile(
    r"(?:^|(?<=[^\w'’-]))([A-Z][\w'’]*\s+(?:de|del|da|das|do|dos|di|du|y)(?:\s+(?:la|las|los))?\s+)$"
)
_PARTICLE_AFTER_RE = re.compile(
    r"(?:-[ei]|\s+(?:de|del|da|das|do|dos|di|du|i|y)(?:\s+(?:la|las|los))?)\s+[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*){0,2}"
)
_PARTICLE_END_RE = re.compile(r" (?:de|del|da|das|do|dos|di|du|y|la|las|los) $")
_PARTICLE_START_RE = re.compile(r"-[ei] | (?:de|del|da|das|do|dos|di|du|i|y) ")
_HYPHEN_BEFORE_RE = re.compile(r"(?:^|(?<=[^\w'’-]))([A-Z][\w'’]*)-$")
_NEXT_WORDS_RE = re.compile(r" ([A-Z][\w'’]*)(?: [A-Z][\w'’]*){0,2}")
# Capitalised words after a name that say what kind of place or body it is, not part of a longer name
# ("Hamra Street", "Taftanaz Military Airport", "Douma Local Council").
_KIND_WORDS = _PREFIX_OK | frozenset(
    """street road highway square roundabout bridge dam airport airbase base hospital clinic prison university
    school mosque church market bakery checkpoint crossing gate station stadium council media center centre
    committee brigade brigades battalion division front army police municipality plain valley mountain
    mountains lake river desert heights field fields farm farms neighbourhood neighborhood quarter subdistrict
    zone industrial military refugee refugees idp local revolutionary civil defence defense medical martyrs
    tv radio agency network""".split()
)


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


def joined_name(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of a longer name a match is part of by the particles other languages join names with
    ("Lanao del Sur", "Altos de San Lorenzo", "San Jose de los Sapos", "Dara i Sufi Bala", "Nawa-e
    Barakzayi"). Lower-case, so they join names in a headline too."""
    new_start, new_end = start, end
    # Cheap tests first: this runs for every name, and almost none has a particle beside it.
    if _PARTICLE_END_RE.search(text, max(0, start - 9), start):
        before = _PARTICLE_BEFORE_RE.search(text, max(0, start - 40), start)
        if before is not None and normalise_name(before.group(1).split()[0]) not in STOPWORDS:
            new_start = before.start(1)
    if _PARTICLE_START_RE.match(text, end):
        after = _PARTICLE_AFTER_RE.match(text, end)
        if after is not None:
            new_end = after.end()
    return (new_start, new_end) if (new_start, new_end) != (start, end) else None


def _unknown_word(word: str, names: frozenset[str] | set[str]) -> bool:
    """A capitalised word no known name has and that says nothing of the kind of place ("Street")."""
    light = normalise_name(word)
    return not (light in names or light in STOPWORDS or light in DIRECTION_WORDS or light in _KIND_WORDS
                or light in ARTICLES or light in HEAD_WORDS or light in _NOT_PREFIXES or word.isupper()
                or _ENGLISH_SUFFIX_RE.search(light))


def joined_to_unknown(text: str, start: int, end: int, names: frozenset[str] | set[str]) -> bool:
    """Whether the name at ``start:end`` runs on into unknown capitalised words: after it ("San| Mateo
    Capulhuac", "Kara| Ethnic"), or before it across a hyphen ("Baalbek-|Homs road", "Mogadishu-|Hawl
    Wadaag"); not words that say what kind of place it is ("Hamra Street", "Taftanaz Military Airport").
    Scraped Syrian texts also run lists together ("Handarat Mogambo", "Jobar-Zamalka"), so this alone does
    not make a longer name: country scoping (``document._scoped``) asks it only of a place whose country
    nothing else in the document names."""
    nxt = _NEXT_WORDS_RE.match(text, end)
    if nxt is not None and _unknown_word(nxt.group(1), names):
        return True
    before = _HYPHEN_BEFORE_RE.search(text, max(0, start - 40), start)
    return before is not None and _unknown_word(before.group(1), names)


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
