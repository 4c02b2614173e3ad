"""Full-text search over documents: SQLite FTS5, PostgreSQL tsvector, else a LIKE scan.

The index is a side table of search keys kept in step with ``documents`` on each search
(search_index: FTS5 on SQLite, a tsvector with a GIN index on PostgreSQL). User text only ever
reaches the database as a bound parameter.

Place names are searched in every spelling the gazetteer knows: the words of the query that name a
place (``Idleb``, ``Khan Sheikhun``) match any of that place's names (``Idlib``, ``Khan Shaykhun``,
``Khan-Sheikhoun``...) as well as the words typed. Every other word must be in the document as typed
(any case or accents).

Arabic is searched by its key (harmledger._arabic's ``search_key``: alef forms, ta marbuta, alef
maqsura folded; vowel marks and tatweel ignored; the proclitics و ف ب ك ل ال لل removed from the start
of a word), made on both sides: a word finds every spelling of it, with or without its proclitics.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import Text, and_, cast, column, func, or_, select, table
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from .._arabic import has_arabic, normalise_arabic, search_key
from ..store.models import Document
from .filters import contains
from .search_index import TABLE, index_sql, sync
from .search_keys import START, STOP, key, register_sqlite, snippet

if TYPE_CHECKING:
    from ..geo import Geocoder
    from ..store import Store

_WORD = re.compile(r"\w+", re.UNICODE)
MAX_SPELLINGS = 24  # alternative spellings of one place name in a query
MAX_NGRAM = 4  # the longest run of query words looked up as one place name
MAX_PLACE_WORDS = 10  # query words looked at for place names

_QUERY = index_sql(
    "SELECT f.doc_id, d.title, d.published, snippet({index}, 2, :start, :stop, ' … ', 16), "
    "CASE WHEN f.body = d.text THEN NULL ELSE d.text END "
    "FROM {index} f JOIN documents d ON d.id = f.doc_id "
    "WHERE {index} MATCH :match AND (:public = 0 OR d.restricted = 0) "
    "ORDER BY bm25({index}) LIMIT :limit OFFSET :offset"
)
_COUNT = index_sql(
    "SELECT count(*) FROM {index} f JOIN documents d ON d.id = f.doc_id "
    "WHERE {index} MATCH :match AND (:public = 0 OR d.restricted = 0)"
)
_PG_INDEX = table(TABLE, column("doc_id"), column("vector"))


def terms(query: str) -> list[str]:
    """The words of ``query``, Arabic folded (a vowel mark would otherwise split an Arabic word); their
    proclitics are kept here, for the place-name lookup, and removed when the query is built."""
    return _WORD.findall(normalise_arabic(query))[:20]


@dataclass(frozen=True)
class Group:
    """What one part of the query must match: any of ``alternatives``. The first alternative is the
    words as typed (each anywhere in the document); the others are a place's other spellings, each
    matched as a phrase."""

    alternatives: tuple[tuple[str, ...], ...]

    @property
    def typed(self) -> tuple[str, ...]:
        return self.alternatives[0]

    @property
    def spellings(self) -> tuple[tuple[str, ...], ...]:
        return self.alternatives[1:]


def _default_geocoder(store: Store | None) -> Geocoder | None:
    try:
        from ..geo import get_geocoder

        return get_geocoder(store)
    except ImportError:  # a build without the gazetteer: words are searched as typed
        return None


def _place_names(geocoder: Geocoder, words: list[str]) -> list[str]:
    """Every spelling the gazetteer knows of the place ``words`` name, or [] when they name none
    (names the geocoder refuses, such as people and outlets, included)."""
    text = " ".join(words)
    if len(text) < 3 or any(w.isdigit() for w in words):
        return []
    resolved = geocoder.geocode(text)
    if resolved is None:
        return []
    gaz = geocoder.gazetteer
    picked = gaz.by_id.get(resolved.place_id)
    places = ([picked] if picked is not None else []) + [p for p in geocoder.candidates(text) if p is not picked]
    return [name for place in places for name in place.all_names]


def _place_names_bare(geocoder: Geocoder, words: list[str]) -> list[str]:
    """``_place_names`` of ``words`` with the proclitics taken off the first word (``وإدلب``: ``إدلب``),
    when that changes it: the geocoder reads some prefixed names itself, not all."""
    bare = search_key(words[0])
    return _place_names(geocoder, [bare, *words[1:]]) if bare != words[0] else []


def expand(words: list[str], geocoder: Geocoder | None) -> list[Group]:
    """The query as groups: runs of words that name a place (longest first) get that place's spellings."""
    from ..geo import normalise_name

    groups: list[Group] = []
    i = 0
    while i < len(words):
        found: tuple[int, list[str]] = (1, [])
        if geocoder is not None and i < MAX_PLACE_WORDS:
            for n in range(min(MAX_NGRAM, len(words) - i), 0, -1):
                names = _place_names(geocoder, words[i : i + n]) or _place_names_bare(geocoder, words[i : i + n])
                if names:
                    found = (n, names)
                    break
        n, names = found
        typed = tuple(words[i : i + n])
        seen = {normalise_name(" ".join(typed))}
        alternatives: list[tuple[str, ...]] = [typed]
        for name in names:
            tokens = tuple(_WORD.findall(normalise_arabic(name)))
            key = normalise_name(" ".join(tokens))
            if tokens and key and key not in seen and len(tokens) <= 8:
                seen.add(key)
                alternatives.append(tokens)
            if len(alternatives) > MAX_SPELLINGS:
                break
        groups.append(Group(tuple(alternatives)))
        i += n
    return groups


def _keys(tokens: tuple[str, ...]) -> str:
    return search_key(" ".join(tokens))


def _fts_phrase(tokens: tuple[str, ...]) -> str:
    # Quoted, so FTS5 operators typed by a user are searched for as words.
    return '"' + _keys(tokens).replace('"', "") + '"'


def _fts_match(groups: list[Group]) -> str:
    """An FTS5 query: every group (AND), each any of its alternatives (OR); the typed words each on
    their own, a place's other spellings as phrases. Only the user's words, quoted, reach it."""
    parts = []
    for group in groups:
        typed = " AND ".join(_fts_phrase((w,)) for w in group.typed)
        if not group.spellings:
            parts.append(typed)
            continue
        options = [f"({typed})", *(_fts_phrase(tokens) for tokens in group.spellings)]
        parts.append("(" + " OR ".join(options) + ")")
    return " AND ".join(parts)


def _sqlite(session: Session, groups: list[Group], limit: int, offset: int, public: bool) -> tuple[list[Any], int]:
    sync(session)
    params = {"match": _fts_match(groups), "public": int(public), "start": START, "stop": STOP}
    rows = session.execute(_QUERY, {**params, "limit": limit, "offset": offset}).all()
    total = session.execute(_COUNT, params).scalar() or 0
    return [tuple(r) for r in rows], int(total)


def _tsquery(groups: list[Group]) -> Any:
    """A PostgreSQL tsquery built from bound strings: ``plainto_tsquery`` of the typed words, OR
    ``phraseto_tsquery`` of each other spelling, groups joined by AND."""
    query: Any = None
    for group in groups:
        part: Any = func.plainto_tsquery("simple", _keys(group.typed))
        for tokens in group.spellings:
            part = part.op("||")(func.phraseto_tsquery("simple", _keys(tokens))).self_group()
        query = part if query is None else query.op("&&")(part).self_group()
    return query


def _postgres(session: Session, groups: list[Group], limit: int, offset: int, public: bool) -> tuple[list[Any], int]:
    sync(session)
    document = _PG_INDEX.c.vector
    tsquery = _tsquery(groups)
    cond: Any = and_(_PG_INDEX.c.doc_id == Document.id, document.op("@@")(tsquery))
    if public:
        cond = and_(cond, Document.restricted.is_(False))
    headline = func.ts_headline("simple", Document.text, tsquery,
                                f"StartSel={START},StopSel={STOP},MaxWords=35,MinWords=15")
    stmt = (select(Document.id, Document.title, Document.published, cast(headline, Text), Document.text).where(cond)
            .order_by(func.ts_rank(document, tsquery).desc()).limit(limit).offset(offset))
    rows = [tuple(r) for r in session.execute(stmt).all()]
    total = session.scalar(select(func.count()).select_from(Document).where(cond)) or 0
    return rows, int(total)


def _contains_all(tokens: tuple[str, ...], dialect: str) -> Any:
    body, title = key(Document.text, dialect), key(Document.title, dialect)
    keys = [search_key(w) for w in tokens]
    return and_(*(or_(contains(body, w), contains(title, w)) for w in keys))


def _scan(session: Session, groups: list[Group], limit: int, offset: int, public: bool) -> tuple[list[Any], int]:
    dialect = session.get_bind().dialect.name
    if dialect == "sqlite":
        register_sqlite(session)
    conds = [or_(*(_contains_all(tokens, dialect) for tokens in group.alternatives)) for group in groups]
    if public:
        conds.append(Document.restricted.is_(False))
    stmt = select(Document.id, Document.title, Document.published, Document.text).where(*conds)
    rows = session.execute(stmt.order_by(Document.published.desc()).limit(limit).offset(offset)).all()
    total = session.scalar(select(func.count()).select_from(Document).where(*conds)) or 0
    words = _words(groups)
    return [(r[0], r[1], r[2], snippet(r[3], words, whole_words=False)) for r in rows], int(total)


def _words(groups: list[Group]) -> list[str]:
    return sorted({w for group in groups for tokens in group.alternatives for w in tokens})


def search_documents(session: Session, query: str, *, limit: int = 20, offset: int = 0, public: bool = False,
                     store: Store | None = None, geocoder: Geocoder | None = None) -> tuple[list[dict[str, Any]], int]:
    """Documents with every word of ``query`` (place names in any known spelling), best first, with a
    snippet. ``geocoder`` (else the one of ``store``, else the shipped gazetteer's) gives the spellings."""
    words = terms(query)
    if not words:
        return [], 0
    groups = expand(words, geocoder if geocoder is not None else _default_geocoder(store))
    dialect = session.get_bind().dialect.name
    try:
        if dialect == "sqlite":
            rows, total = _sqlite(session, groups, limit, offset, public)
        elif dialect == "postgresql":
            rows, total = _postgres(session, groups, limit, offset, public)
        else:
            rows, total = _scan(session, groups, limit, offset, public)
    except OperationalError:
        # An SQLite built without FTS5: scan instead.
        session.rollback()
        rows, total = _scan(session, groups, limit, offset, public)
    # The databases cut snippets from the key; a text the key changed (Arabic) is cut here instead.
    rows = [(*r[:3], snippet(r[4], _words(groups)) if len(r) > 4 and r[4] and has_arabic(r[4]) else r[3])
            for r in rows]
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
