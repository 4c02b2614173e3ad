"""Full-text search over documents: SQLite FTS5, PostgreSQL tsvector, else a LIKE scan.

The FTS5 index is a side table kept in step with ``documents`` on each search (new documents are
added, removed ones dropped). User text only ever reaches the database as a bound parameter.
"""

from __future__ import annotations

import re
import threading
from typing import Any

from sqlalchemy import Text, and_, cast, func, or_, select, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from ..store.models import Document

START, STOP = "\x02", "\x03"
_WORD = re.compile(r"\w+", re.UNICODE)
_sync_lock = threading.Lock()

_CREATE = text(
    "CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts USING fts5("
    "doc_id UNINDEXED, title, body, tokenize='unicode61 remove_diacritics 2')"
)
_ADD = text(
    "INSERT INTO documents_fts(doc_id, title, body) SELECT id, coalesce(title, ''), text FROM documents "
    "WHERE id NOT IN (SELECT doc_id FROM documents_fts)"
)
_DROP = text("DELETE FROM documents_fts WHERE doc_id NOT IN (SELECT id FROM documents)")
_QUERY = text(
    "SELECT f.doc_id, d.title, d.published, snippet(documents_fts, 2, :start, :stop, ' … ', 16) "
    "FROM documents_fts f JOIN documents d ON d.id = f.doc_id "
    "WHERE documents_fts MATCH :match AND (:public = 0 OR d.restricted = 0) "
    "ORDER BY bm25(documents_fts) LIMIT :limit OFFSET :offset"
)
_COUNT = text(
    "SELECT count(*) FROM documents_fts f JOIN documents d ON d.id = f.doc_id "
    "WHERE documents_fts MATCH :match AND (:public = 0 OR d.restricted = 0)"
)


def terms(query: str) -> list[str]:
    return _WORD.findall(query)[:20]


def _fts_match(words: list[str]) -> str:
    # Each word quoted, so FTS5 operators typed by a user are searched for as words.
    return " ".join('"' + w.replace('"', "") + '"' for w in words)


def _sqlite(session: Session, words: list[str], limit: int, offset: int, public: bool) -> tuple[list[Any], int]:
    with _sync_lock:
        session.execute(_CREATE)
        session.execute(_ADD)
        session.execute(_DROP)
        session.commit()
    params = {"match": _fts_match(words), "public": int(public), "start": START, "stop": STOP}
    rows = session.execute(_QUERY, {**params, "limit": limit, "offset": offset}).all()
    total = session.execute(_COUNT, params).scalar() or 0
    return [tuple(r) for r in rows], int(total)


def _postgres(session: Session, query: str, limit: int, offset: int, public: bool) -> tuple[list[Any], int]:
    document = func.to_tsvector("simple", func.coalesce(Document.title, "") + " " + Document.text)
    tsquery = func.plainto_tsquery("simple", query)
    cond: Any = document.op("@@")(tsquery)
    if public:
        cond = and_(cond, Document.restricted.is_(False))
    headline = func.ts_headline("simple", Document.text, tsquery,
                                f"StartSel={START},StopSel={STOP},MaxWords=35,MinWords=15")
    stmt = (select(Document.id, Document.title, Document.published, cast(headline, Text)).where(cond)
            .order_by(func.ts_rank(document, tsquery).desc()).limit(limit).offset(offset))
    rows = [tuple(r) for r in session.execute(stmt).all()]
    total = session.scalar(select(func.count()).select_from(Document).where(cond)) or 0
    return rows, int(total)


def _scan(session: Session, words: list[str], limit: int, offset: int, public: bool) -> tuple[list[Any], int]:
    conds = [or_(Document.text.ilike(f"%{w}%"), Document.title.ilike(f"%{w}%")) for w in words]
    if public:
        conds.append(Document.restricted.is_(False))
    stmt = select(Document.id, Document.title, Document.published, Document.text).where(*conds)
    rows = session.execute(stmt.order_by(Document.published.desc()).limit(limit).offset(offset)).all()
    total = session.scalar(select(func.count()).select_from(Document).where(*conds)) or 0
    out = []
    for r in rows:
        body = r[3]
        pos = body.lower().find(words[0].lower())
        s = max(0, pos - 80)
        snippet = body[s : s + 200]
        snippet = re.sub("(" + "|".join(re.escape(w) for w in words) + ")", START + r"\1" + STOP, snippet, flags=re.I)
        out.append((r[0], r[1], r[2], snippet))
    return out, int(total)


def search_documents(session: Session, query: str, *, limit: int = 20, offset: int = 0, public: bool = False
                     ) -> tuple[list[dict[str, Any]], int]:
    words = terms(query)
    if not words:
        return [], 0
    dialect = session.get_bind().dialect.name
    try:
        if dialect == "sqlite":
            rows, total = _sqlite(session, words, limit, offset, public)
        elif dialect == "postgresql":
            rows, total = _postgres(session, " ".join(words), limit, offset, public)
        else:
            rows, total = _scan(session, words, limit, offset, public)
    except OperationalError:
        # An SQLite built without FTS5: scan instead.
        session.rollback()
        rows, total = _scan(session, words, limit, offset, public)
    items = [{"id": r[0], "title": r[1], "published": r[2].isoformat() if hasattr(r[2], "isoformat") else r[2],
              "snippet": (r[3] or "").replace(START, "").replace(STOP, ""), "segments": snippet_segments(r[3] or "")}
             for r in rows]
    return items, total


def snippet_segments(snippet: str) -> list[dict[str, Any]]:
    """The snippet as plain segments, the matched words marked (escaped by the templates)."""
    out: list[dict[str, Any]] = []
    for i, part in enumerate(re.split(f"[{START}{STOP}]", snippet)):
        if part:
            out.append({"text": part, "mark": "match" if i % 2 else None})
    return out
