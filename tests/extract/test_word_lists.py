"""The word lists of the components' regular expressions (data/context.json, casualty_cues.json, cues.json):
each is read by a component, each term is a well-formed piece of a regular expression, and the notation
(a space for any whitespace, the file's order) reaches the patterns."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import harmledger.extract.components as components
from harmledger.extract.components import _context, casualties
from harmledger.extract.components._words import any_of
from harmledger.extract.lexicon import load_json

FILES = ("context.json", "casualty_cues.json", "cues.json")
SOURCES = "\n".join(p.read_text(encoding="utf-8") for p in Path(components.__file__).parent.glob("*.py"))


def _lists(name: str) -> dict[str, list[str]]:
    return {k: v for k, v in load_json(name).items() if not k.startswith("_")}


@pytest.mark.parametrize("name", FILES)
def test_every_list_is_read_by_a_component(name: str) -> None:
    unread = [key for key in _lists(name) if f'"{key}"' not in SOURCES and f"'{key}'" not in SOURCES]
    assert unread == []


@pytest.mark.parametrize("name", FILES)
def test_every_term_is_one_clean_alternative(name: str) -> None:
    for key, terms in _lists(name).items():
        assert terms and len(set(terms)) == len(terms), key
        for term in terms:
            assert term == term.strip() and "  " not in term, (key, term)
            # One alternative that captures nothing: a "|" outside a group would split the list's
            # alternation differently, and a capturing group would shift the components' group numbers.
            assert re.compile(term.replace(" ", r"\s+")).groups == 0, (key, term)
            assert "|" not in re.sub(r"\((?:[^()]|\([^()]*\))*\)", "", term), (key, term)


def test_a_space_matches_any_whitespace_and_the_order_is_kept() -> None:
    alternation = any_of("context.json", "side_people")
    terms = load_json("context.json")["side_people"]
    assert alternation.split("|")[: len(terms) - 1] == [t.replace(" ", r"\s+") for t in terms[:-1]]
    assert re.fullmatch(rf"(?:{alternation})", "suicide \n bombers")
    assert any_of("casualty_cues.json", "skip_before", space=" ").endswith("|of the")
    assert any_of("cues.json", "added_before", then=r"\s+").split("|")[1] == r"another\s+"


def test_the_lists_reach_the_rules() -> None:
    # A word from each file, where the rule that reads it decides.
    lower = "the town was hit by regime forces aided by the russians"
    start = lower.index("russians")
    assert _context.is_supporter(lower, start, start + len("russians"))  # support_verbs: "aided"
    assert _context.is_strong_after("rebels reportedly pummelled the town", 0, len("rebels"))  # strong_verbs_after
    assert not _context.is_strong_after("rebels reportedly visited the town", 0, len("rebels"))
    assert casualties._OTHER_VERB.search("militants abducted at least ")  # casualty_cues: other_verbs, count_hedges
    assert not casualties._OTHER_VERB.search("militants killed at least ")
