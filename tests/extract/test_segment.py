from __future__ import annotations

from harmledger.extract.components.segment import split_sentences


def sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text, text.lower(), len(text))]


def test_splits_on_full_stops_and_paragraphs() -> None:
    text = "Jets struck a market. Twelve people died!\n\nA second attack hit a school."
    assert sentences(text) == ["Jets struck a market.", "Twelve people died!", "A second attack hit a school."]


def test_abbreviations_do_not_end_a_sentence() -> None:
    text = "U.S. forces said the U.N. convoy was hit. Nobody was hurt."
    assert sentences(text) == ["U.S. forces said the U.N. convoy was hit.", "Nobody was hurt."]


def test_empty_and_blank_text() -> None:
    assert sentences("") == []
    assert sentences("   \n\n  ") == []
