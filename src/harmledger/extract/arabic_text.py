"""Arabic text as the Arabic components match it: a folded key with a map back to the original offsets.

The key is ``harmledger._arabic.fold_arabic_chars`` of the text (alef forms, ta marbuta, alef maqsura
folded), lower-cased, with the marks and tatweel it leaves as ``SKIP`` dropped, and Arabic-Indic and
Persian digits, the Arabic comma, semicolon and question mark turned into their ASCII forms. Every key
character comes from one original character, so ``span`` maps a key match back to offsets of the
original text: evidence spans are always ``text[start:end]`` of what the report says.

A word in Arabic carries its conjunction, preposition and article ("والقصف", "بمدينة", "للطيران"): a
term matches after such proclitics (``CLITIC``), never inside another word.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

import ahocorasick

from .._arabic import SKIP, fold_arabic_chars, normalise_arabic
from .doc import Hit, lower_same_length

_TABLE = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٬٫،؛؟", "01234567890123456789,.,;?")
# Proclitics before a word: a conjunction (و، ف), a preposition (ب، ل، ك) and the article, in that order.
CLITIC = r"(?:[وف]?(?:[بك]?ال|لل|[بلك])?)"
_CLITIC_RE = re.compile(rf"{CLITIC}")
_ARTICLE = "ال"


class ArabicText:
    """``key``: the folded text; ``span(s, e)``: original offsets of ``key[s:e]``; ``to_key(i)`` the reverse."""

    def __init__(self, text: str) -> None:
        folded = lower_same_length(fold_arabic_chars(text)).translate(_TABLE)
        keep = [i for i, ch in enumerate(folded) if ch != SKIP]
        self.key = folded if len(keep) == len(folded) else "".join(folded[i] for i in keep)
        self._pos = keep
        self._length = len(text)

    def start(self, s: int) -> int:
        return self._pos[s] if s < len(self._pos) else self._length

    def span(self, s: int, e: int) -> tuple[int, int]:
        if e <= s:
            return self.start(s), self.start(s)
        return self._pos[s], self._pos[e - 1] + 1

    def to_key(self, offset: int) -> int:
        """The key index of the first key character at or after ``offset`` in the original text."""
        return bisect.bisect_left(self._pos, offset)


@lru_cache(maxsize=8)
def arabic_text(text: str) -> ArabicText:
    """One ``ArabicText`` per document: the components of a run share it."""
    return ArabicText(text)


def key_of(term: str) -> str:
    """A lexicon term as the key writes it."""
    return " ".join(lower_same_length(normalise_arabic(term)).translate(_TABLE).split())


def after_clitics(key: str, s: int) -> bool:
    """Whether ``key[s]`` starts a word, or follows only proclitics from the start of its word."""
    w = s
    while w > 0 and key[w - 1].isalnum():
        w -= 1
        if s - w > 4:
            return False
    return w == s or _CLITIC_RE.fullmatch(key, w, s) is not None


def word_ends(key: str, e: int) -> bool:
    """Whether a word ends at ``e``, or after the alef of the accusative ("سوقاً", "مدنياً")."""
    if e < len(key) and key[e] == "ا":
        e += 1
    return e >= len(key) or not key[e].isalnum()


def _accusatives(key: str) -> list[str]:
    """A term of several words as the object of a verb: its indefinite words take the alif of the
    accusative ("قصفت الطائرات مركزاً للدفاع المدني", "سوقاً شعبياً"). A word with the article, or ending in
    ta marbuta (keyed ه) or an alef, takes none. ``word_ends`` already allows it after a term's last word.
    When the words after the head are a phrase with "لـ" (genitive, "مركزاً لغسيل الكلى", "بنكاً للدم"), only
    the head takes it: both forms are made, as a noun with adjectives cannot be told from one here."""
    words = key.split(" ")
    if len(words) < 2:
        return []

    def alif(w: str) -> str:
        return w if w.startswith(("ال", "لل")) or w.endswith(("ه", "ا")) else w + "ا"

    forms = [" ".join(alif(w) for w in words), " ".join([alif(words[0]), *words[1:]])]
    return [f for i, f in enumerate(forms) if f != key and f not in forms[:i]]


# Attached object/possessive pronouns a noun takes in releases ("بلدة حيش ومشفاها": and its hospital;
# "الحي ومسجده"; "قصف منازلهم"). Before them ta marbuta is written ت and alef maqsura ا.
_PRONOUNS = ("ها", "هما", "هم", "هن", "ه")


def _with_pronouns(term: str, key: str) -> list[str]:
    """``key`` with each attached pronoun on its last word, when that word is indefinite (a word with the
    article takes none): "مشفى" -> "مشفاها", "مدرسة" -> "مدرستها", "محطة مياه" -> "محطة مياهها"."""
    last = key.rsplit(" ", 1)[-1]
    if len(last) < 3 or last.startswith(("ال", "لل")) or not last.isalpha():
        return []
    end = "".join(ch for ch in term.strip() if not ("\u064b" <= ch <= "\u065f" or ch in "\u0640\u0670"))[-1:]
    stem = key[:-1] + "ت" if end == "ة" else key[:-1] + "ا" if end == "ى" else key
    return [stem + p for p in _PRONOUNS]


def _definite(key: str) -> list[str]:
    """A term of indefinite words with the article: on every word, as a noun and its adjectives take it
    ("ذخائر حارقة" -> "الذخائر الحارقة", "صواريخ موجهة" -> "الصواريخ الموجهة"), and on the last word only, as
    a construct takes it ("محطة مياه" -> "محطة المياه"). The form that is not Arabic never occurs in a text."""
    words = key.split(" ")
    if len(words) < 2 or any(w.startswith(("ال", "لل")) or not w.isalpha() for w in words):
        return []
    return [" ".join(_ARTICLE + w for w in words), " ".join([*words[:-1], _ARTICLE + words[-1]])]


class ArabicLexicon:
    """Whole-word, longest-match lookup of Arabic terms over the key, hits in original offsets.

    ``find`` takes the arguments of ``Lexicon.find`` so that one component serves both languages.
    """

    def __init__(self, entries: list[tuple[str, str, str | None]]) -> None:
        self._automaton = ahocorasick.Automaton()
        variants: list[tuple[str, str, str | None]] = []
        for term, code, role in entries:
            key = key_of(term)
            if not key:
                continue
            self._automaton.add_word(key, (len(key), code, role))
            variants.extend((v, code, role) for v in _with_pronouns(term, key))
            for the in _definite(key):
                variants.append((the, code, role))
                if the.startswith(_ARTICLE):  # "للطائرات المسيرة": after li- the article's alef is not written
                    variants.append((the[1:], code, role))
            for accusative in _accusatives(key):
                if accusative not in self._automaton:
                    self._automaton.add_word(accusative, (len(accusative), code, role))
            if key.startswith(_ARTICLE) and len(key) > 3:
                # "للطيران": after the preposition li- the article's alef is not written.
                short = key[1:]
                if short not in self._automaton:
                    self._automaton.add_word(short, (len(short), code, role))
        for variant, code, role in variants:
            # A term of the lexicon itself wins over a form made here ("جامعه" is "جامعة", a university,
            # not "جامع" + its pronoun).
            if variant not in self._automaton:
                self._automaton.add_word(variant, (len(variant), code, role))
        self._empty = len(self._automaton) == 0
        if not self._empty:
            self._automaton.make_automaton()

    @classmethod
    def from_rows(cls, rows: tuple[tuple[str, ...], ...]) -> ArabicLexicon:
        return cls([(r[0], r[1], r[2] if len(r) > 2 and r[2] else None) for r in rows if len(r) >= 2])

    def find_key(self, key: str, start: int = 0, end: int | None = None) -> list[Hit]:
        """Hits in key offsets."""
        end = len(key) if end is None else end
        if self._empty:
            return []
        found: list[Hit] = []
        for last, (length, code, role) in self._automaton.iter(key, start, end):
            s, e = last - length + 1, last + 1
            if s < start or not word_ends(key, e) or not after_clitics(key, s):
                continue
            found.append(Hit(s, e, code, role))
        found.sort(key=lambda h: (h.start, -(h.end - h.start)))
        kept: list[Hit] = []
        for hit in found:
            if kept and hit.start < kept[-1].end:
                continue
            kept.append(hit)
        return kept

    def find(self, lower: str, start: int = 0, end: int | None = None, text: str | None = None) -> list[Hit]:
        source = text if text is not None else lower
        at = arabic_text(source)
        end = len(source) if end is None else end
        hits = self.find_key(at.key, at.to_key(start), at.to_key(end))
        out = []
        for h in hits:
            s, e = at.span(h.start, h.end)
            out.append(Hit(s, e, h.code, h.role))
        return out
