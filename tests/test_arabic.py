"""harmledger._arabic: one key for every spelling of an Arabic word, and a same-length fold whose offsets
are the original's."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from harmledger._arabic import SKIP, fold_arabic_chars, has_arabic, normalise_arabic, skip_pattern

# Each pair: two spellings of one word, which must share a key.
SPELLINGS = [
    ("إدلب", "ادلب"),  # hamza below alef
    ("أطفال", "اطفال"),  # hamza above alef
    ("آلاف", "الاف"),  # madda
    ("ٱلمدينة", "المدينه"),  # wasla, and ta marbuta as ha
    ("مستشفى", "مستشفي"),  # alef maqsura as ya
    ("قُتِلَ", "قتل"),  # harakat
    ("مدرسةٌ", "مدرسه"),  # tanween
    ("هٰذا", "هذا"),  # superscript alef
    ("قـصـف", "قصف"),  # tatweel
    ("إِدْلِب", "إدلب"),  # vowels over a hamza
    ("\u0625\u062f\u0644\u0628", "\u0627\u0655\u062f\u0644\u0628"),  # precomposed and decomposed hamza below
]


@pytest.mark.parametrize(("one", "other"), SPELLINGS)
def test_spellings_of_a_word_share_a_key(one: str, other: str) -> None:
    assert normalise_arabic(one) == normalise_arabic(other)
    assert SKIP not in normalise_arabic(one)


def test_different_words_keep_different_keys() -> None:
    # Hamza on waw and ya is kept, and so is every consonant.
    for one, other in [("مسؤول", "مسوول"), ("بيئة", "بييه"), ("قتل", "قبل"), ("جرح", "جرحى")]:
        assert normalise_arabic(one) != normalise_arabic(other)


def test_other_scripts_pass_unchanged() -> None:
    for text in ["Khan Sheikhoun", "Idlíb, 5 April", "Ма'арат", "", "x\u200fy"]:
        assert normalise_arabic(text) == text
        assert fold_arabic_chars(text) == text


def test_direction_marks_separate_words() -> None:
    assert normalise_arabic("قتل\u200f5 أطفال") == "قتل 5 اطفال"
    assert normalise_arabic("\u2067إدلب\u2069") == " ادلب "


def test_the_fold_keeps_offsets() -> None:
    text = "قُتِلَ خمسة أطفال في إدلب، وقـصـف مستشفى."
    folded = fold_arabic_chars(text)
    assert len(folded) == len(text)
    spans = [m.span() for m in re.finditer(skip_pattern("قتل") + "|" + skip_pattern("قصف"), folded)]
    assert [text[a:b] for a, b in spans] == ["قُتِلَ", "قـصـف"]
    match = re.search(skip_pattern("مستشفي"), folded)
    assert match is not None and text[match.start() : match.end()] == "مستشفى"


@given(st.text(alphabet=st.sampled_from("اأإآٱبتةىيقلدـ\u064b\u064e\u0650\u0652\u0670\u0654\u200f a5")))
def test_fold_and_key_agree(text: str) -> None:
    folded = fold_arabic_chars(text)
    assert len(folded) == len(text)
    assert folded.replace(SKIP, "") == normalise_arabic(text)
    assert normalise_arabic(normalise_arabic(text)) == normalise_arabic(text)


def test_has_arabic() -> None:
    assert has_arabic("Idlib إدلب") and not has_arabic("Idlib")
