from __future__ import annotations

import pytest

from harmledger.extract.components.numbers import parse_numbers


def one(text: str) -> tuple[int | None, int | None]:
    hits = parse_numbers(text.lower())
    assert hits, text
    return hits[0].low, hits[0].high


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("at least 75 people", 75, None),
        ("nearly 100 civilians", None, 100),
        ("approximately 45 civilians", 45, 45),
        ("12 people", 12, 12),
        ("dozens more", 24, None),
        ("1,510 people", 1510, 1510),
        ("more than 2 million in need", 2_000_000, None),
        ("twenty-five people", 25, 25),
        ("one hundred and twenty people", 120, 120),
        ("three thousand people", 3000, 3000),
        ("Thirteen civilians", 13, 13),
        ("up to 30 people", None, 30),
        ("hundreds of people", 200, None),
    ],
)
def test_numbers_and_hedges(text: str, low: int | None, high: int | None) -> None:
    assert one(text) == (low, high)


def test_hedge_is_inside_the_span() -> None:
    text = "killing at least 16 people"
    hit = parse_numbers(text)[0]
    assert text[hit.start : hit.end] == "at least 16"


def test_words_that_are_not_numbers() -> None:
    assert parse_numbers("someone said nothing") == []
    assert parse_numbers("the 2nd brigade") == []


def test_fractions_of_large_numbers() -> None:
    from harmledger.extract.components.numbers import fractions

    assert [h.value for h in fractions("a quarter of a million people", 0, 29)] == [250_000]
    assert [h.value for h in fractions("half a million", 0, 14)] == [500_000]
