"""Arabic spelling variants folded to one form: the rule search, extraction and geocoding share.

Arabic writers vary in ways a reader does not notice: hamza on alef written or left out (أ إ آ ٱ
against ا), ta marbuta written as ha (ة/ه), alef maqsura as ya (ى/ي, the Egyptian habit), short vowels
and other marks (harakat U+064B-U+065F, superscript alef U+0670, Quranic marks) written in a few words
only, and tatweel (U+0640, the kashida that stretches a word for justification). ``قُتِلَ``, ``قتل`` and
``قـتـل`` are one word; so are ``إدلب``/``ادلب`` and ``مدرسة``/``مدرسه``. Invisible direction marks
(RLM and the like) become spaces: they stand between words.

Two functions apply the rule:

- ``normalise_arabic`` gives the search key: letters folded, marks and tatweel removed, direction
  marks made spaces. Two spellings of a word have the same key. Text with no Arabic letter passes
  through unchanged (no case folding: callers that want it do it themselves).
- ``fold_arabic_chars`` gives a string of the SAME LENGTH as its input, character for character:
  letters and direction marks folded as above, every mark or tatweel replaced by ``SKIP`` (a tatweel,
  which is a word character for ``re``, so a word stays one ``\\w+`` run). Offsets into the folded
  text are offsets into the original, so a matcher can search the folded text and report evidence
  spans in the original; it skips ``SKIP`` after letters (``skip_pattern`` builds such a regex).

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


def has_arabic(text: str) -> bool:
    """Whether ``text`` holds any character of the Arabic block (U+0600-U+06FF)."""
    return _HAS_ARABIC.search(text) is not None


def normalise_arabic(text: str) -> str:
    """The search key of ``text``: alef forms -> ا, ة -> ه, ى -> ي, marks and tatweel removed.

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
