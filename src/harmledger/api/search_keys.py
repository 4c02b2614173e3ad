"""The Arabic search keys in the databases, and snippets cut from the original text.

Search compares keys, not text: harmledger._arabic's ``search_key`` of the query's words against the
same key of each document, so that ``إدلب``, ``ادلب``, ``إِدْلِب`` and ``وإدلب`` find each other.
Documents are stored exactly as ingested; the key is made where it is compared:

- The index (search_index, SQLite and PostgreSQL): ``document_key`` made in Python, on SQLite through
  ``harmledger_search_key``, a Python function registered on the connection.
- A plain LIKE scan (no index) compares ``normalise_arabic`` of the text (SQLite:
  ``harmledger_arabic_key``; PostgreSQL: the same rule in SQL, ``regexp_replace`` steps built from the
  character sets harmledger._arabic owns, applied to a text only when it has an Arabic character) with
  the query words' ``search_key``: a word's key is the end of the word, so containment finds every
  prefixed form.

A snippet of a document with Arabic in it is cut here, from the original text, because the
databases' own snippets would show the key (no hamza, no vowels) instead of what the report says.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import case, func
from sqlalchemy.orm import Session

from .._arabic import (
    DIRECTION_MARKS,
    LETTER_FOLDS,
    MARKS,
    PROCLITICS,
    SKIP,
    fold_arabic_chars,
    normalise_arabic,
    search_key,
    skip_pattern,
)

START, STOP = "\x02", "\x03"  # around a matched word in a snippet
SQLITE_KEY = "harmledger_arabic_key"
SQLITE_SEARCH_KEY = "harmledger_search_key"
# PostgreSQL's translate() is slow on multibyte text (a linear search of its character list per
# character): one regexp_replace per kind of change costs a third as much, and a text without an Arabic
# character (the guard) costs only the test (benchmarks/search.py).
_FOLDS_TO: dict[str, str] = {}
for _letter, _folded in LETTER_FOLDS.items():
    _FOLDS_TO[_folded] = _FOLDS_TO.get(_folded, "") + _letter
_PG_STEPS = [(f"[{MARKS}]", ""), *((f"[{letters}]", folded) for folded, letters in _FOLDS_TO.items()),
             (f"[{DIRECTION_MARKS}]", " ")]
_PG_ARABIC = "[\u0600-\u06ff]"
SNIPPET_BEFORE, SNIPPET_CHARS = 80, 200
# A found word is marked with the proclitics written onto it (in folded text, marks after each letter).
_PROCLITIC_RUN = "(?:" + "|".join(skip_pattern(c) for c in sorted(PROCLITICS, key=len, reverse=True)) + ")*"


def document_key(title: str | None, body: str) -> str:
    """What the PostgreSQL index holds for a document: the key of its title and text."""
    return search_key(f"{title or ''} {body}")


def _sqlite_key(value: str | None) -> str | None:
    return None if value is None else normalise_arabic(value)


def _sqlite_search_key(value: str | None) -> str | None:
    return None if value is None else search_key(value)


def register_sqlite(session: Session) -> None:
    """Make ``harmledger_arabic_key(text)`` and ``harmledger_search_key(text)`` callable on the
    session's SQLite connection (idempotent)."""
    raw: Any = session.connection().connection.driver_connection
    raw.create_function(SQLITE_KEY, 1, _sqlite_key, deterministic=True)
    raw.create_function(SQLITE_SEARCH_KEY, 1, _sqlite_search_key, deterministic=True)


def key(column: Any, dialect: str) -> Any:
    """The search key of ``column`` as an SQL expression (SQLite: after ``register_sqlite``)."""
    if dialect == "postgresql":
        keyed = column
        for pattern, replacement in _PG_STEPS:
            keyed = func.regexp_replace(keyed, pattern, replacement, "g")
        return case((column.op("~")(_PG_ARABIC), keyed), else_=column)
    if dialect == "sqlite":
        return getattr(func, SQLITE_KEY)(column)
    return column


def _word_pattern(word: str, whole: bool) -> str:
    """``word`` (a search key) in folded text: any marks after each letter; with ``whole``, a whole word
    but for the proclitics written onto it (``مستشفي`` marks ``بالمستشفى``)."""
    letters = "".join(f"{re.escape(ch)}{SKIP}*" for ch in word)
    return rf"(?<!\w){_PROCLITIC_RUN}{letters}(?!\w)" if whole else letters


def snippet(body: str, words: list[str], *, whole_words: bool = True) -> str:
    """About ``SNIPPET_CHARS`` characters of ``body`` around the first of ``words`` (any spelling) found,
    each found word between START and STOP (``whole_words=False``: also inside longer words, as a LIKE
    scan finds them). The text is the original: matching is done on ``fold_arabic_chars(body)``, whose
    offsets are the original's."""
    keys = sorted({search_key(w) for w in words if w}, key=len, reverse=True)
    if not keys:
        return body[:SNIPPET_CHARS]
    pattern = re.compile("|".join(_word_pattern(k, whole_words) for k in keys), re.IGNORECASE)
    folded = fold_arabic_chars(body)
    first = pattern.search(folded)
    start = max(0, first.start() - SNIPPET_BEFORE) if first else 0
    end = min(len(body), start + SNIPPET_CHARS)
    out, pos = [], start
    for match in pattern.finditer(folded, start, end):
        out += [body[pos : match.start()], START, body[match.start() : match.end()], STOP]
        pos = match.end()
    out.append(body[pos:end])
    return "".join(out)
