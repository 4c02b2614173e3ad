"""The word lists of the components' regular expressions, kept in data files (``data/context.json``,
``data/casualty_cues.json``, ``data/cues.json``): each list is one alternation, tried in the order the file writes it (a
regular expression takes the first alternative that lets the rest match, so the order is part of the
rule). A term may use regular-expression syntax ("strongholds?" for an optional plural, "organi[sz]ation");
a space in it matches any run of whitespace unless ``space`` says otherwise."""

from __future__ import annotations

from ..._dates import MONTH_NAMES, MONTHS
from ..lexicon import load_json

# Month names come from the one table in harmledger._dates. "May" is a word of its own ("may 4 more die"),
# so the short forms leave it out; the stems (what a month's name starts with) keep it.
_FULL_MONTHS = frozenset(name.lower() for name in MONTH_NAMES)
MONTH_ABBREVIATIONS = tuple(m for m in MONTHS if m not in _FULL_MONTHS)  # jan ... sep, sept ... dec
MONTH_STEMS = tuple(m for m in MONTHS if m not in _FULL_MONTHS or len(m) == 3)  # the same with "may"
FULL_MONTHS_BUT_MAY = tuple(name.lower() for name in MONTH_NAMES if name != "May")


def any_of(name: str, key: str, *, then: str = "", space: str = r"\s+") -> str:
    """List ``key`` of data file ``name`` as an alternation (without the group around it); ``then`` is
    written after each term ("\\s+" for "military\\s+|air\\s+")."""
    return "|".join(term.replace(" ", space) + then for term in load_json(name)[key])


def cue_words(key: str, *, then: str = "", space: str = r"\s+") -> str:
    """``any_of`` over ``data/cues.json``, the lists of most components."""
    return any_of("cues.json", key, then=then, space=space)
