"""The index of search keys, a side table beside ``documents`` on SQLite and PostgreSQL alike.

It holds ``search_keys.document_key`` of every document (harmledger._arabic's ``search_key``: Arabic
folded, proclitics removed), made in Python on both databases so that both find the same documents.
It is built on the first search and kept in step on each later one (new documents added, removed ones
dropped); a search that finds it in step only reads (syncing on every search made every search a
writer, queued behind the analysts' writes for SQLite's write lock).

- SQLite: an FTS5 table of keys.
- PostgreSQL: a table of ``to_tsvector('simple', key)`` with a GIN index, so that a search reads the
  index instead of making the key of every document (it did: 1-3 s per search on 5,000 documents).

The table's name carries ``KEY_VERSION``: when the key's rule changes, the version goes up, and the
first search finds no table of that name, drops the older ones (``documents_fts`` and
``documents_search``, which held the text and the key without the clitic rule, or an older version)
and builds the new one.
"""

from __future__ import annotations

import re
import threading
from typing import Any

from sqlalchemy import TextClause, text
from sqlalchemy.orm import Session

from .search_keys import document_key, register_sqlite

KEY_VERSION = 2  # 1: normalise_arabic (table documents_search); 2: search_key, proclitics removed
TABLE = f"documents_search_v{KEY_VERSION}"
_OLD = re.compile(r"documents_fts|documents_search(_v[0-9]+)?")
_sync_lock = threading.Lock()
_PG_LOCK = 0x686C5F7365617263  # pg_advisory_xact_lock key: one process builds the index at a time
_BATCH = 500


def index_sql(sql: str) -> TextClause:
    """A statement about the index, ``{index}`` standing for its name (a constant, never user text)."""
    return text(sql.replace("{index}", TABLE))


# SQLite answers NOT IN with one temporary index of the subquery (a correlated NOT EXISTS would scan
# the FTS5 table, which has no index on doc_id, once per document); PostgreSQL plans NOT IN as a
# subplan per row when it has no statistics (93 s on 30,000 documents) and NOT EXISTS as an anti-join.
_IN_STEP = {
    "sqlite": index_sql(
        "SELECT NOT EXISTS (SELECT 1 FROM documents WHERE id NOT IN (SELECT doc_id FROM {index})) "
        "AND NOT EXISTS (SELECT 1 FROM {index} WHERE doc_id NOT IN (SELECT id FROM documents))"
    ),
    "postgresql": index_sql(
        "SELECT NOT EXISTS (SELECT 1 FROM documents d WHERE NOT EXISTS (SELECT 1 FROM {index} s WHERE s.doc_id = d.id)) "
        "AND NOT EXISTS (SELECT 1 FROM {index} s WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = s.doc_id))"
    ),
}
_DROP_GONE = {
    "sqlite": index_sql("DELETE FROM {index} WHERE doc_id NOT IN (SELECT id FROM documents)"),
    "postgresql": index_sql(
        "DELETE FROM {index} s WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = s.doc_id)"
    ),
}
_PG_MISSING = index_sql(
    "SELECT id, title, text FROM documents d WHERE NOT EXISTS (SELECT 1 FROM {index} s WHERE s.doc_id = d.id)"
)

_SQLITE_TABLES = text("SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%'")
_SQLITE_CREATE = index_sql(
    "CREATE VIRTUAL TABLE IF NOT EXISTS {index} USING fts5("
    "doc_id UNINDEXED, title, body, tokenize='unicode61 remove_diacritics 2')"
)
_SQLITE_ADD = index_sql(
    "INSERT INTO {index}(doc_id, title, body) "
    "SELECT id, harmledger_search_key(coalesce(title, '')), harmledger_search_key(text) FROM documents "
    "WHERE id NOT IN (SELECT doc_id FROM {index})"
)

_PG_TABLES = text("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")
_PG_CREATE = [
    index_sql("CREATE TABLE IF NOT EXISTS {index} (doc_id VARCHAR(200) PRIMARY KEY, vector TSVECTOR NOT NULL)"),
    index_sql("CREATE INDEX IF NOT EXISTS {index}_vector ON {index} USING gin (vector)"),
]
_PG_ADD = index_sql(
    "INSERT INTO {index} (doc_id, vector) VALUES (:id, to_tsvector('simple', :key)) ON CONFLICT (doc_id) DO NOTHING"
)


def _exists(session: Session, dialect: str) -> bool:
    tables = _SQLITE_TABLES if dialect == "sqlite" else _PG_TABLES
    return TABLE in {name for (name,) in session.execute(tables)}


def _drop_old(session: Session, dialect: str) -> None:
    tables = _SQLITE_TABLES if dialect == "sqlite" else _PG_TABLES
    for (name,) in session.execute(tables).all():
        if name != TABLE and _OLD.fullmatch(name):
            session.execute(text(f'DROP TABLE IF EXISTS "{name}"'))


def _add_pg(session: Session) -> None:
    rows: list[dict[str, Any]] = []
    # Streamed (a server-side cursor), so a first build does not hold every text in memory at once.
    for doc_id, title, body in session.execute(_PG_MISSING.execution_options(yield_per=_BATCH)):
        rows.append({"id": doc_id, "key": document_key(title, body)})
        if len(rows) == _BATCH:
            session.execute(_PG_ADD, rows)
            rows = []
    if rows:
        session.execute(_PG_ADD, rows)


def sync(session: Session) -> None:
    """Build the index of the session's database, or bring it in step with ``documents``; commits when
    it writes. SQLite without FTS5 raises OperationalError (the caller scans instead)."""
    dialect = session.get_bind().dialect.name
    if _exists(session, dialect) and session.execute(_IN_STEP[dialect]).scalar():
        return
    with _sync_lock:
        if dialect == "postgresql":
            session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_LOCK})
            _drop_old(session, dialect)
            for statement in _PG_CREATE:
                session.execute(statement)
            _add_pg(session)
        else:
            register_sqlite(session)
            _drop_old(session, dialect)
            session.execute(_SQLITE_CREATE)
            session.execute(_SQLITE_ADD)
        session.execute(_DROP_GONE[dialect])
        if dialect == "postgresql":
            session.execute(index_sql("ANALYZE {index}"))  # else the planner guesses its size and its plans
        session.commit()
