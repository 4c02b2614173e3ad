"""The word lists of the components' regular expressions (data/context.json, casualty_cues.json, cues.json):
each is read by a component, each term is a well-formed piece of a regular expression, and the notation
(a space for any whitespace, the file's order) reaches the patterns. Month names come from harmledger._dates."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import harmledger.extract.components as components
from harmledger._dates import MONTH_NAMES, MONTHS
from harmledger.extract.components import (
    _context,
    _events,
    _furniture,
    actors,
    casualties,
    legal,
    numbers,
    segment,
    weapons,
)
from harmledger.extract.components._words import FULL_MONTHS_BUT_MAY, MONTH_ABBREVIATIONS, MONTH_STEMS, any_of
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


def test_the_lists_of_cues_json_reach_the_other_components() -> None:
    assert _events._THAT_EVENT.search("after the same  deadly massacre")  # that_event_determiners, _nouns
    assert not _events._THAT_EVENT.search("after the same deadly raid")
    assert actors._LIST_GAP.fullmatch(" , and the ")  # list_gaps
    assert actors._UNKNOWN_THEN_NAME.match(" organisation known  as the ")  # named_group_nouns, naming_words
    assert actors._GROUP_ANAPHOR.search("this hardline faction")  # group_adjectives, group_nouns
    assert actors._LOCATIVE_BEFORE.search("fled towards the ")  # locatives
    assert numbers._RANGE_GAP.fullmatch(" – ") and numbers._RANGE_OPEN.search("between ")
    assert numbers.fractions("one quarter of a million", 0, 24)[0].value == 250_000  # fraction_leads
    codes = {code for pattern, code in weapons._CUES if pattern.search("two howitzers and katyushas")}
    assert codes == {"artillery", "rocket"}  # artillery_cues, rocket_cues
    assert weapons._HELICOPTER.search("choppers")
    assert legal._RESOLUTION.search("united nations resolution 2254")  # un_names: a single space only
    spaced = legal._RESOLUTION.search("united  nations resolution 2254")
    assert spaced is not None and spaced.group() == "resolution 2254"
    assert _furniture._RELATED_HEAD.search("Views 12 Related A")  # share_buttons
    assert _furniture._RELATED_TAIL.search("More from  Reuters")  # related_links
    assert _furniture._CREDITED_HEADLINE.search("AFP Photo " + "Strikes in the North Kill Five Civilians on Monday")
    text = "Gen. Smith arrived. The U.S. said so."  # abbreviations: no sentence ends after "Gen." or "U.S."
    assert segment.split_sentences(text, text.lower(), len(text)) == [(0, 19), (20, len(text))]


def test_month_names_come_from_the_dates_module() -> None:
    full = {name.lower() for name in MONTH_NAMES}
    assert set(MONTH_ABBREVIATIONS) == set(MONTHS) - full and "may" not in MONTH_ABBREVIATIONS
    assert set(MONTH_STEMS) == set(MONTH_ABBREVIATIONS) | {"may"}
    assert set(FULL_MONTHS_BUT_MAY) == full - {"may"}
    assert casualties._MONTH_DAY.search("on sept. ") and casualties._MONTH_DAY.search("on april ")
    assert not casualties._MONTH_DAY.search("may ")  # "may 4 more die": a verb, not a day of May
    assert casualties._MONTH_BEFORE.search("in may ") and casualties._MONTH_BEFORE.search("sept. 4, ")
    text = "It was on Sept. 4 that they came. Then Mar. 5 too."
    assert segment.split_sentences(text, text.lower(), len(text)) == [(0, 33), (34, len(text))]
