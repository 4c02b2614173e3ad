"""Matching keys for place names written in many transliterations.

Two keys are used. ``normalise_name`` is a light key (case, diacritics, apostrophes and punctuation
folded); ``skeleton`` is an aggressive key built to make the transliterations reports use collide:
``Maret Al-Nouman``, ``Maarat al-Numan``, ``Ma'arrat an-Nu'man`` and ``Marat Numan`` all become
``mrt nmn``. The skeleton drops Arabic articles (``al-``, ``an-``, ``ez-`` and the assimilated forms
glued to the word, ``Ezzor``), the final ta marbuta ``h`` (``Raqqah``/``Raqqa``), non-initial vowels
(``Saraqeb``/``Saraqib``, ``Kafr``/``Kafar``, ``Tell``/``Tal``) and doubled letters. Because it
over-merges, a skeleton hit is only a candidate; rapidfuzz on the light key confirms it.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Apostrophes and the ayn/hamza signs of scholarly transliteration vanish inside a word.
_APOSTROPHES = "'’‘`´ʿʾʻʼ′"
_APOS_RE = re.compile(f"[{re.escape(_APOSTROPHES)}]")
_NON_WORD_RE = re.compile(r"[^\w]+", re.UNICODE)
_ARABIC_DIACRITICS_RE = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_ARABIC_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ى": "ي", "ؤ": "و", "ئ": "ي",
                             "ی": "ي", "ک": "ك", "ھ": "ه", "ۀ": "ه"})

ARTICLES = frozenset(
    {"al", "el", "il", "ul", "an", "ar", "as", "ash", "at", "ath", "ad", "adh", "az", "ez", "es", "ed", "er",
     "en", "et", "ech", "esh", "aal", "l", "uz", "ej", "ett"}
)
# Letters an article assimilates to ("ar-Raqqa" -> "Arraqqa", "ez-Zor" -> "Ezzor").
_GLUED_ARTICLE_RE = re.compile(r"^[ae](t|d|r|z|s|n|l|sh|th|dh)(?=\1[a-z])")
_VOWELS = frozenset("aeiouy")
_SKELETON_MAP = str.maketrans({"q": "k", "w": "", "j": "j", "c": "k", "p": "b", "v": "f", "x": "ks"})


def _strip_marks(s: str) -> str:
    decomposed = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _fold_arabic(s: str) -> str:
    return _ARABIC_DIACRITICS_RE.sub("", s).translate(_ARABIC_FOLD)


@lru_cache(maxsize=200_000)
def normalise_name(s: str) -> str:
    """The light matching key: lower case, no diacritics or apostrophes, words separated by one space."""
    s = _fold_arabic(_strip_marks(s)).casefold().replace("ı", "i")
    s = _APOS_RE.sub("", s)
    s = s.replace("_", " ")
    return " ".join(_NON_WORD_RE.sub(" ", s).split())


def tokens(s: str) -> list[str]:
    return normalise_name(s).split()


def is_arabic(token: str) -> bool:
    return any("\u0600" <= ch <= "\u06ff" for ch in token)


@lru_cache(maxsize=200_000)
def token_skeleton(token: str) -> str:
    """The skeleton of one normalised token; '' for an article (dropped)."""
    if not token:
        return ""
    if is_arabic(token):
        # Conjunctions and prepositions glue onto the article: "والرقة", "بالرقة", "للرقة".
        if token[:3] in {"وال", "بال", "فال", "كال"} and len(token) > 5:
            token = token[1:]
        elif token.startswith("لل") and len(token) > 4:
            token = "ال" + token[2:]
        if token.startswith("ال") and len(token) > 3:
            token = token[2:]
        return token
    if token in ARTICLES:
        return ""
    if token.isdigit():
        return token
    token = _GLUED_ARTICLE_RE.sub("", token)
    # Ta marbuta: "Raqqah"/"Raqqa", "Hasakeh"/"Hasaka".
    if len(token) > 3 and token.endswith("h") and token[-2] in "aei":
        token = token[:-1]
    token = token.replace("ou", "u").replace("ee", "i").replace("ph", "f").replace("dj", "j")
    token = token.replace("kh", "\x01").replace("sh", "\x02").replace("ch", "\x02").replace("gh", "\x03")
    token = token.replace("th", "t").replace("dh", "d")
    first, rest = token[0], token[1:]
    if first in _VOWELS - {"y"}:
        first = "a"
    rest = "".join(ch for ch in rest if ch not in _VOWELS).translate(_SKELETON_MAP)
    out = (first.translate(_SKELETON_MAP) or first) + rest
    collapsed: list[str] = []
    for ch in out:
        if not collapsed or collapsed[-1] != ch:
            collapsed.append(ch)
    return "".join(collapsed).replace("\x01", "kh").replace("\x02", "sh").replace("\x03", "gh")


@lru_cache(maxsize=200_000)
def skeleton(s: str) -> str:
    """The aggressive key of a whole name (see the module docstring)."""
    return " ".join(t for t in (token_skeleton(tok) for tok in tokens(s)) if t)


def without_articles(s: str) -> str:
    """The light key with article tokens and glued articles removed, for fuzzy confirmation."""
    out = []
    for tok in tokens(s):
        if tok in ARTICLES:
            continue
        if is_arabic(tok):
            out.append(token_skeleton(tok))  # Arabic skeleton = the word without clitics and article
            continue
        out.append(_GLUED_ARTICLE_RE.sub("", tok))
    return " ".join(out)
