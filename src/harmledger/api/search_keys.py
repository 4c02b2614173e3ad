"""The Arabic search key in the databases, and snippets cut from the original text.

Search compares keys, not text: harmledger._arabic's ``normalise_arabic`` of the query's words
against the same key of each document, so that ``إدلب``, ``ادلب`` and ``إِدْلِب`` find each other.
Documents are stored exactly as ingested; the key is made where it is compared:

- SQLite: a Python function, ``harmledger_arabic_key``, registered on the connection before the FTS5
  index is filled (the index holds keys) and before a plain LIKE scan.
- PostgreSQL: the same rule in SQL, ``regexp_replace`` steps built from the character sets
  harmledger._arabic owns, applied to a text only when it has an Arabic character.

A snippet of a document with Arabic in it is cut here, from the original text, because the
databases' own snippets would show the key (no hamza, no vowels) instead of what the report says.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import case, func
from sqlalchemy.orm import Session

from .._arabic import DIRECTION_MARKS, LETTER_FOLDS, MARKS, SKIP, fold_arabic_chars, normalise_arabic

START, STOP = "\x02", "\x03"  # around a matched word in a snippet
SQLITE_KEY = "harmledger_arabic_key"
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


def _sqlite_key(value: str | None) -> str | None:
    return None if value is None else normalise_arabic(value)


def register_sqlite(session: Session) -> None:
    """Make ``harmledger_arabic_key(text)`` callable on the session's SQLite connection (idempotent)."""
    raw: Any = session.connection().connection.driver_connection
    raw.create_function(SQLITE_KEY, 1, _sqlite_key, deterministic=True)


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
    """``word`` in folded text: any marks after each letter; with ``whole``, not inside a longer word."""
    letters = "".join(f"{re.escape(ch)}{SKIP}*" for ch in word)
    return rf"(?<!\w){letters}(?!\w)" if whole else letters


def snippet(body: str, words: list[str], *, whole_words: bool = True) -> str:
    """About ``SNIPPET_CHARS`` characters of ``body`` around the first of ``words`` (search keys) found,
    each found word between START and STOP (``whole_words=False``: also inside longer words, as a LIKE
    scan finds them). The text is the original: matching is done on ``fold_arabic_chars(body)``, whose
    offsets are the original's."""
    keys = sorted({normalise_arabic(w) for w in words if w}, key=len, reverse=True)
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
