"""Arabic spelling variants folded to one form: the rule search, extraction and geocoding share.

Arabic writers vary in ways a reader does not notice: hamza on alef written or left out (أ إ آ ٱ
against ا), ta marbuta written as ha (ة/ه), alef maqsura as ya (ى/ي, the Egyptian habit), short vowels
and other marks (harakat U+064B-U+065F, superscript alef U+0670, Quranic marks) written in a few words
only, and tatweel (U+0640, the kashida that stretches a word for justification). ``قُتِلَ``, ``قتل`` and
``قـتـل`` are one word; so are ``إدلب``/``ادلب`` and ``مدرسة``/``مدرسه``. Invisible direction marks
(RLM and the like) become spaces: they stand between words.

Two functions apply the rule:

- ``normalise_arabic`` gives the spelling key: letters folded, marks and tatweel removed, direction
  marks made spaces. Two spellings of a word have the same key. Text with no Arabic letter passes
  through unchanged (no case folding: callers that want it do it themselves).
- ``fold_arabic_chars`` gives a string of the SAME LENGTH as its input, character for character:
  letters and direction marks folded as above, every mark or tatweel replaced by ``SKIP`` (a tatweel,
  which is a word character for ``re``, so a word stays one ``\\w+`` run). Offsets into the folded
  text are offsets into the original, so a matcher can search the folded text and report evidence
  spans in the original; it skips ``SKIP`` after letters (``skip_pattern`` builds such a regex).

A third, ``search_key``, is what search indexes and queries: ``normalise_arabic`` and then, at the
start of each Arabic word, the proclitics removed (the rule below), so that ``مستشفى``, ``ومستشفى``,
``بالمستشفى``, ``للمستشفى`` and ``المستشفى`` share the key ``مستشفي``.

The clitic rule (light stemming, prefixes only): the proclitics are the conjunctions و and ف, the
prepositions ب ك ل, the article ال and لل (ل + ال, whose alef is not written). From the start of an
Arabic word (a run of Arabic letters not preceded by a letter or digit) the LONGEST run of proclitics
(any sequence of them) is removed that leaves at least ``MIN_STEM`` (3) letters. Because the run is
the longest, adding a proclitic to a word of 3 letters or more never changes its key
(``search_key("و" + w) == search_key(w)``), and the key of a key is itself. Known costs, accepted for search: a word whose own
first letters look like proclitics loses them too, on both sides, so a few unrelated words share a
key (``وزير``/``زير``, ``كانت``/``انت``, ``بلدة``/``ولده``); a word of two letters keeps its article
(``الدم`` is not ``دم``). Nothing is removed from the end of a word: ``مستشفى`` does not find
``مستشفيات``, and ``قتل`` does not find ``مقتل``.

Hamza on waw and ya (ؤ, ئ) is NOT folded: ``مسؤول``/``مسئول`` differ there, but folding ئ to ي would
merge real words (``بيئة``/``بيية``) and the common search normalisers leave them too. Arabic-Indic
digits are left as they are (``int("٥")`` already reads them).
"""

from __future__ import annotations

import re

SKIP = "\u0640"  # tatweel: what fold_arabic_chars writes in place of a mark

# Marks: Quranic signs (U+0610-061A), harakat, maddah, hamza above/below as combining marks (an NFD
# "أ" is "ا" + U+0654), superscript alef, Quranic annotation signs (U+06D6-06ED) and tatweel.
MARKS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8\u06ea-\u06ed\u0640"
# Invisible direction marks (ALM, LRM, RLM, embeddings, overrides, isolates) that right-to-left editors
# put between runs of Arabic and Latin or digits: they stand between words, so they become a space
# (removed, "قتل\u200f5" would become one word "قتل5"; kept, they split nothing for FTS tokenizers).
DIRECTION_MARKS = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
LETTER_FOLDS = {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ى": "ي"}
_MARK_RE = re.compile(f"[{MARKS}]")
_KEY_TABLE = str.maketrans({**LETTER_FOLDS, **dict.fromkeys(DIRECTION_MARKS, " ")})
_FOLD_TABLE = str.maketrans(
    {**LETTER_FOLDS, **dict.fromkeys(DIRECTION_MARKS, " "),
     **{chr(c): SKIP for c in range(0x0600, 0x0700) if _MARK_RE.fullmatch(chr(c))}}
)
_HAS_ARABIC = re.compile("[\u0600-\u06ff]")

# The clitic rule (module docstring). The sources are plain character classes and literals, so that
# PostgreSQL's regular expressions could read them too.
PROCLITICS = ("و", "ف", "ب", "ك", "ل", "ال", "لل")
MIN_STEM = 3
ARABIC_LETTERS = "\u0621-\u063f\u0641-\u064a\u066e\u066f\u0671-\u06d3\u06d5\u06ee\u06ef\u06fa-\u06fc\u06ff"
# What may not stand just before a proclitic: a letter or digit of the same word (Arabic, Latin,
# Arabic-Indic digits) or an underscore.
_IN_WORD = f"{ARABIC_LETTERS}0-9A-Za-z_\u0660-\u0669\u06f0-\u06f9"
_RUN = "(?:" + "|".join(sorted(PROCLITICS, key=len, reverse=True)) + ")+"
_WORD_START = re.compile(f"(?<![{_IN_WORD}])(?={_RUN}[{ARABIC_LETTERS}]{{{MIN_STEM}}})([{ARABIC_LETTERS}]+)")
_RUN_FULL = re.compile(_RUN)


def has_arabic(text: str) -> bool:
    """Whether ``text`` holds any character of the Arabic block (U+0600-U+06FF)."""
    return _HAS_ARABIC.search(text) is not None


def normalise_arabic(text: str) -> str:
    """The spelling key of ``text``: alef forms -> ا, ة -> ه, ى -> ي, marks and tatweel removed.

    Idempotent; other scripts are untouched. Shorter than ``text`` when it had marks: use
    ``fold_arabic_chars`` when offsets must stay valid.
    """
    if not _HAS_ARABIC.search(text):
        return text
    return _MARK_RE.sub("", text).translate(_KEY_TABLE)


def fold_arabic_chars(text: str) -> str:
    """``text`` folded like ``normalise_arabic`` but of the same length: each mark or tatweel becomes ``SKIP``.

    ``fold_arabic_chars(t).replace(SKIP, "") == normalise_arabic(t)`` for every ``t``.
    """
    if not _HAS_ARABIC.search(text):
        return text
    return text.translate(_FOLD_TABLE)


def skip_pattern(word: str) -> str:
    """A regex source matching ``word`` in folded text, with any number of ``SKIP`` after each letter.

    Trailing marks belong to the word, so the match covers them too.

    ``word`` is normalised first, so any spelling of it may be given: ``skip_pattern("قُتل")`` matches
    ``قتل`` and ``قـتـل`` in ``fold_arabic_chars`` output. Non-Arabic characters are matched literally.
    """
    key = normalise_arabic(word)
    return "".join(f"{re.escape(ch)}{SKIP}*" for ch in key)


def strip_proclitics(word: str) -> str:
    """``word`` (already normalised, Arabic letters only) without the longest run of proclitics that
    leaves ``MIN_STEM`` letters; unchanged when there is none."""
    for cut in range(len(word) - MIN_STEM, 0, -1):
        if _RUN_FULL.fullmatch(word, 0, cut):
            return word[cut:]
    return word


def search_key(text: str) -> str:
    """What search compares: ``normalise_arabic(text)`` with every Arabic word's proclitics removed.

    Idempotent; text with no Arabic letter passes through unchanged.
    """
    if not _HAS_ARABIC.search(text):
        return text
    return _WORD_START.sub(lambda m: strip_proclitics(m.group(1)), normalise_arabic(text))
