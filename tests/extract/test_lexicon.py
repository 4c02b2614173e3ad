from __future__ import annotations

from harmledger.extract.lexicon import Lexicon


def test_longest_whole_word_match() -> None:
    lex = Lexicon([("car bomb", "car_bomb", None), ("suicide car bomb", "suicide_attack", None), ("bomb", "ied", None)])
    text = "a suicide car bomb and a bomber"
    hits = lex.find(text)
    assert [(text[h.start : h.end], h.code) for h in hits] == [("suicide car bomb", "suicide_attack")]


def test_cased_terms_need_the_original_text() -> None:
    lex = Lexicon([], cased=[("IS", "ISIS", None)])
    text = "This is IS."
    assert lex.find(text.lower()) == []
    assert [(h.start, h.end) for h in lex.find(text.lower(), text=text)] == [(8, 10)]


def test_empty_lexicon() -> None:
    assert Lexicon([]).find("anything") == []
