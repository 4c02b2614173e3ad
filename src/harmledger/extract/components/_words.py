"""The word lists of the components' regular expressions, kept in data files (``data/context.json``,
``data/casualty_cues.json``): each list is one alternation, tried in the order the file writes it (a
regular expression takes the first alternative that lets the rest match, so the order is part of the
rule). A term may use regular-expression syntax ("strongholds?" for an optional plural, "organi[sz]ation");
a space in it matches any run of whitespace unless ``space`` says otherwise."""

from __future__ import annotations

from ..lexicon import load_json


def any_of(name: str, key: str, *, then: str = "", space: str = r"\s+") -> str:
    """List ``key`` of data file ``name`` as an alternation (without the group around it); ``then`` is
    written after each term ("\\s+" for "military\\s+|air\\s+")."""
    return "|".join(term.replace(" ", space) + then for term in load_json(name)[key])
