"""harmledger._arabic: one key for every spelling of an Arabic word, and a same-length fold whose offsets
are the original's."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from harmledger._arabic import (
    MIN_STEM,
    PROCLITICS,
    SKIP,
    fold_arabic_chars,
    has_arabic,
    normalise_arabic,
    search_key,
    skip_pattern,
    strip_proclitics,
)

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


# A word and forms of it with proclitics written on: conjunction, preposition, article and their runs.
PREFIXED = [
    ("مستشفى", ["ومستشفى", "فمستشفى", "بمستشفى", "كمستشفى", "لمستشفى", "المستشفى", "والمستشفى",
                "بالمستشفى", "للمستشفى", "وللمستشفى", "فبالمستشفى", "وبِالمُسْتَشْفَى"]),
    ("إدلب", ["وإدلب", "بإدلب", "لإدلب", "فإدلب"]),
    ("قصف", ["وقصف", "بقصف", "القصف", "والقصف", "بالقصف", "للقصف"]),
    ("أطفال", ["الأطفال", "والأطفال", "للأطفال", "بأطفال"]),
    ("وزير", ["الوزير", "والوزير", "للوزير"]),  # a word whose first letter looks like a proclitic
    ("بلدة", ["البلدة", "بالبلدة", "وبلدة"]),
]


@pytest.mark.parametrize(("word", "forms"), PREFIXED)
def test_a_word_and_its_prefixed_forms_share_a_search_key(word: str, forms: list[str]) -> None:
    for form in forms:
        assert search_key(form) == search_key(word), form


def test_the_key_keeps_what_is_not_a_proclitic() -> None:
    assert search_key("مستشفى") == "مستشفي"  # folded, nothing removed
    assert search_key("بالمستشفى") == "مستشفي"
    # Too short a remainder: the article stays (الدم), and so do short words' first letters.
    for word in ("الدم", "لكن", "في", "بعد", "ولد", "التي"):
        assert search_key(word) == normalise_arabic(word), word
    assert search_key("والدم") == "الدم"
    # Not a proclitic: other prefixes and every suffix are kept, so words containing a word differ.
    for word, other in (("قتل", "مقتل"), ("مستشفى", "مستشفيات"), ("قتل", "قتلى"), ("سوق", "تسوق"),
                        ("مدرسة", "المدارس")):
        assert search_key(word) != search_key(other), other
    # Only at the start of a word, and only Arabic words.
    assert search_key("قصف وقصف بالقصف") == "قصف قصف قصف"
    assert search_key("Idlib وإدلب Billboard") == "Idlib ادلب Billboard"
    assert search_key("x\u200fوقتل") == "x قتل"


ARABIC_WORD = st.text(alphabet=st.sampled_from("ابتجدرسعقكلمنهوفيةىأـ\u064e"), min_size=1, max_size=9)


@given(st.lists(st.sampled_from(PROCLITICS), max_size=3), ARABIC_WORD)
def test_proclitics_never_change_a_key(prefix: list[str], word: str) -> None:
    key = search_key(word)
    if len(key) >= MIN_STEM:
        assert search_key("".join(prefix) + word) == key
    assert search_key(key) == key


@given(st.text(alphabet=st.sampled_from("اأبتةىيقلدوفكـ\u064e\u200f a5"), max_size=30))
def test_the_key_is_the_folded_text_with_word_starts_removed(text: str) -> None:
    key = search_key(text)
    assert search_key(key) == key
    words, folded = key.split(" "), normalise_arabic(text).split(" ")
    assert len(words) == len(folded)
    assert all(f.endswith(w) for w, f in zip(words, folded, strict=True))
    assert strip_proclitics("وبالمستشفي") == "مستشفي"
