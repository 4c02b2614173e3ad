"""Lexicons from the package's data files, and whole-word matching over lower-cased text.

The data files (``harmledger/extract/data/``) are the place to add a phrasing: a TSV of
``term<TAB>code[<TAB>role]`` lines, or JSON. Matching uses one Aho-Corasick automaton per lexicon and
keeps the longest match at each place ("barrel bombs" over "bombs").
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from functools import cache
from importlib import resources
from typing import Any

import ahocorasick

from .doc import Hit

DATA_PACKAGE = "harmledger.extract.data"


def alternation(terms: Iterable[str]) -> str:
    """A regular-expression alternation of literal terms, longest first (so "shot dead" wins over "shot")."""
    return "|".join(sorted((re.escape(t) for t in terms), key=len, reverse=True))


def read_data(name: str) -> str:
    return resources.files(DATA_PACKAGE).joinpath(name).read_text(encoding="utf-8")


@cache
def load_json(name: str) -> Any:
    return json.loads(read_data(name))


@cache
def load_tsv(name: str) -> tuple[tuple[str, ...], ...]:
    rows = []
    for line in read_data(name).splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rows.append(tuple(part.strip() for part in line.split("\t")))
    return tuple(rows)


def _is_word_char(ch: str) -> bool:
    return ch.isalnum()


class Lexicon:
    """Whole-word, longest-match lookup of terms (lower case) in lower-cased text."""

    def __init__(self, entries: list[tuple[str, str, str | None]], cased: list[tuple[str, str, str | None]] | None = None) -> None:
        self._automaton = self._build([(" ".join(t.lower().split()), c, r) for t, c, r in entries])
        # Short forms like "IS", "US", "WHO" are only names in capitals.
        self._cased = self._build(cased or [])

    @staticmethod
    def _build(entries: list[tuple[str, str, str | None]]) -> ahocorasick.Automaton | None:
        automaton = ahocorasick.Automaton()
        for term, code, role in entries:
            if term:
                automaton.add_word(term, (len(term), code, role))
        if len(automaton) == 0:
            return None
        automaton.make_automaton()
        return automaton

    @classmethod
    def from_tsv(cls, name: str) -> Lexicon:
        entries: list[tuple[str, str, str | None]] = []
        cased: list[tuple[str, str, str | None]] = []
        for row in load_tsv(name):
            if len(row) >= 2:
                flags = row[2] if len(row) > 2 else ""
                (cased if flags == "cased" else entries).append((row[0], row[1], None))
        return cls(entries, cased)

    @classmethod
    def from_terms(cls, terms: dict[str, list[str]]) -> Lexicon:
        return cls([(t, code, None) for code, ts in terms.items() for t in ts])

    def find(self, lower: str, start: int = 0, end: int | None = None, text: str | None = None) -> list[Hit]:
        """Hits in ``lower[start:end]``; ``text`` (the original case) enables the case-sensitive terms."""
        end = len(lower) if end is None else end
        found = self._scan(self._automaton, lower, start, end)
        if text is not None and self._cased is not None:
            found += self._scan(self._cased, text, start, end)
        return _longest(found)

    @staticmethod
    def _scan(automaton: ahocorasick.Automaton | None, source: str, start: int, end: int) -> list[Hit]:
        if automaton is None:
            return []
        chunk = source[start:end]
        found: list[Hit] = []
        for last, (length, code, role) in automaton.iter(chunk):
            s, e = last - length + 1, last + 1
            if s > 0 and _is_word_char(chunk[s - 1]) and _is_word_char(chunk[s]):
                continue
            if e < len(chunk) and _is_word_char(chunk[e]) and _is_word_char(chunk[e - 1]):
                continue
            found.append(Hit(start + s, start + e, code, role))
        return found


def _longest(hits: list[Hit]) -> list[Hit]:
    """Leftmost-longest: drop matches that overlap an earlier-starting or longer one."""
    hits.sort(key=lambda h: (h.start, -(h.end - h.start)))
    kept: list[Hit] = []
    for hit in hits:
        if kept and hit.start < kept[-1].end:
            continue
        kept.append(hit)
    return kept


@cache
def lexicon(name: str) -> Lexicon:
    """A cached lexicon from a TSV data file."""
    return Lexicon.from_tsv(name)


ARABIC = "ar"


@cache
def lexicon_for(name: str, language: str | None = None) -> Any:
    """The lexicon ``name`` for a document's language: ``data/<name>`` for English (the default), and
    ``data/ar/<name>`` with the same codes, matched over folded text with proclitics, for Arabic."""
    if language == ARABIC:
        from .arabic_text import ArabicLexicon

        return ArabicLexicon.from_rows(load_tsv(f"ar/{name}"))
    return lexicon(name)
