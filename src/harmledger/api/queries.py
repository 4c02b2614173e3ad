"""Reading incidents and documents for the API and the pages (both show the same data)."""

from __future__ import annotations

import re
import threading
from collections import Counter, OrderedDict
from collections.abc import Hashable, Iterable
from itertools import chain
from typing import Any

from sqlalchemy import bindparam, func, or_, select
from sqlalchemy.orm import Session

from .._errors import NotFoundError
from ..publish.serialize import incident_summary
from ..review.fields import CORRECTABLE, to_json
from ..store.models import Document, Evidence, Incident, IncidentLink, Mention, Source
from .aggregates import ResultCache
from .chunks import ChunkCache
from .filters import SORTS, IncidentQuery
from .ranges import execute

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")


# A page in an indexed order (by date, by last change) is read directly: an index walk to the page and
# its total counted per slice of the incidents (api/chunks.py), a few milliseconds at any offset up to
# tens of thousands. In another order (by toll), while analysts write (the store changed in the last
# WRITES_QUIET seconds) a page among the first DIRECT_PAGES is read directly too; otherwise, and without
# the slices, every id of the filter is sorted once per store version and a page is a lookup of its ids.
INDEXED_SORTS = frozenset({"date", "-date", "-updated"})
DIRECT_PAGES = 1000
WRITES_QUIET = 5.0
# A filter matching at most this many incidents in a slice keeps their ids with the slice's count, so a
# narrow filter (a place name) is paged over its ids instead of scanning the table for a page.
FEW = 50
MANY_NAMES = 2000  # more names or ids than this containing a list's text: its rows are read one by one
SUMMARY_COLUMNS = [c for c in Incident.__table__.columns if c.key not in ("machine", "overrides")]


_PAGES: OrderedDict[tuple[str, str], Any] = OrderedDict()
_PAGES_SIZE = 256
_PAGES_LOCK = threading.Lock()


def _page_statement(flt: IncidentQuery, sort: str) -> Any:
    """A page of the filter in ``sort`` order, its limit and offset as parameters: built once per filter
    and order (building the filter's conditions cost as much as reading a page through an index)."""
    key = (flt.key(), sort)
    with _PAGES_LOCK:
        stmt = _PAGES.get(key)
        if stmt is not None:
            _PAGES.move_to_end(key)
            return stmt
    stmt = (flt.apply(select(*SUMMARY_COLUMNS)).order_by(*SORTS.get(sort, SORTS["-date"]))
            .limit(bindparam("page_limit")).offset(bindparam("page_offset")))
    with _PAGES_LOCK:
        _PAGES[key] = stmt
        while len(_PAGES) > _PAGES_SIZE:
            _PAGES.popitem(last=False)
    return stmt


def _within(stmt: Any, where: Any) -> Any:
    return stmt.where(where) if where is not None else stmt


def _summaries(session: Session, stmt: Any) -> list[dict[str, Any]]:
    # The columns, not ORM objects: a page reads them once and needs no identity map.
    return [incident_summary(row) for row in session.execute(stmt)]


def _matches(session: Session, flt: IncidentQuery, chunks: ChunkCache) -> tuple[int, list[str] | None]:
    """How many incidents the filter matches, and their ids when they are few (else None)."""
    key = flt.key()

    def part(where: Any) -> tuple[int, list[str] | None]:
        ids = list(execute(session, ("few", FEW, key), where,
                           lambda w: flt.apply(select(Incident.id)).where(w).limit(FEW + 1)).scalars())
        if len(ids) <= FEW:
            return len(ids), ids
        counted = execute(session, ("count", key), where, lambda w: flt.apply(select(func.count()).select_from(Incident)).where(w))
        return int(counted.scalar() or 0), None

    def fill(split: Any, where: Any) -> dict[int, tuple[int, list[str] | None]]:
        counted = session.execute(_within(flt.apply(select(split, func.count()).select_from(Incident)), where).group_by(split))
        counts = {int(index): int(n) for index, n in counted}
        found: dict[int, tuple[int, list[str] | None]] = {
            index: (n, [] if n <= FEW else None) for index, n in counts.items()}
        few = [index for index, n in counts.items() if n <= FEW]
        if few:
            stmt = _within(flt.apply(select(split, Incident.id)), where)
            for index, incident_id in session.execute(stmt if len(few) == len(counts) else stmt.where(split.in_(few))):
                ids = found[int(index)][1]
                if ids is not None:
                    ids.append(incident_id)
        return found

    parts = chunks.parts(session, f"count:{flt.key()}", part, fill, empty=(0, []))
    total = sum(n for n, _ in parts)
    few = [i for _, ids in parts for i in ids or ()] if all(ids is not None for _, ids in parts) else None
    return total, few


def _id_letters(ids: Iterable[str]) -> dict[Hashable, int]:
    """How many of the ids each letter is in, keyed ("id letter", letter)."""
    return {("id letter", letter): n for letter, n in Counter(chain.from_iterable(set(i.lower()) for i in ids)).items()}


def _text_candidates(session: Session, q: str, chunks: ChunkCache) -> Any | None:
    """A condition true of every incident whose text ``q`` could match (the filter's own condition still
    decides): its place name, governorate or district among the stored names containing ``q`` in any
    case (found here, in the distinct names kept per slice), its id or a linked report's title
    containing it. Each part is an index lookup, where the filter's LIKE reads every row. None when the
    text is in more than MANY_NAMES names or ids."""
    columns = {"place_name": Incident.place_name, "admin1": Incident.admin1, "admin2": Incident.admin2}

    def part(where: Any) -> dict[Hashable, int]:
        counts: dict[Hashable, int] = {}
        for name, column in columns.items():
            def build(w: Any, c: Any = column) -> Any:
                return select(c, func.count()).where(w, c.is_not(None)).group_by(c)

            rows = execute(session, ("names", name), where, build)
            counts.update({(name, value): int(n) for value, n in rows})
        # The letters ids are written with: text with any other letter cannot be part of an id, and the
        # id match (a scan of every id) is left out.
        counts.update(_id_letters(execute(session, "ids", where, lambda w: select(Incident.id).where(w)).scalars()))
        return counts

    def fill(split: Any, where: Any) -> dict[int, dict[Hashable, int]]:
        by: dict[int, dict[Hashable, int]] = {}
        for name, column in columns.items():
            stmt: Any = _within(select(split, column, func.count()).where(column.is_not(None)), where).group_by(split, column)
            for index, value, n in session.execute(stmt):
                by.setdefault(int(index), {})[name, value] = int(n)
        ids: dict[int, list[str]] = {}
        for index, incident_id in session.execute(_within(select(split, Incident.id), where)):
            ids.setdefault(int(index), []).append(incident_id)
        for index, some in ids.items():
            by.setdefault(index, {}).update(_id_letters(some))
        return by

    names = chunks.summed(session, "names", part, fill)
    lowered, folded = q.lower(), q.casefold()
    found: dict[str, list[str]] = {name: [] for name in columns}
    letters: set[str] = set()
    for key in names:
        name, value = str(key[0]), str(key[1])  # type: ignore[index]
        if name == "id letter":
            letters.add(value)
            continue
        # Both foldings: a superset of what either database's case-insensitive match finds.
        if lowered in value.lower() or folded in value.casefold():
            found[name].append(value)
    like = "%" + lowered.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    titled = (select(IncidentLink.incident_id).join(Mention, Mention.id == IncidentLink.mention_id)
              .join(Document, Document.id == Mention.document_id)
              .where(func.lower(Document.title).like(like, escape="\\")))
    # Ids fetched first: a subquery inside the OR made PostgreSQL read every row to test it.
    ids = {q, *session.scalars(titled)}
    if set(lowered) <= letters:
        ids.update(session.scalars(select(Incident.id).where(func.lower(Incident.id).like(like, escape="\\"))))
    if len(ids) + sum(len(v) for v in found.values()) > MANY_NAMES:
        return None  # the text is in most names: reading every row is the quicker way
    return or_(*(column.in_(found[name]) for name, column in columns.items() if found[name]), Incident.id.in_(sorted(ids)))


def list_incidents(session: Session, flt: IncidentQuery, *, limit: int, offset: int, sort: str = "-date",
                   cache: ResultCache | None = None, chunks: ChunkCache | None = None) -> tuple[list[dict[str, Any]], int]:
    """One page of incidents and the total: read directly (see INDEXED_SORTS above), or with a cache as a
    lookup of its ids in the filter's sorted ids, computed once per store version."""
    order = SORTS.get(sort, SORTS["-date"])
    key = f"ids:{sort}:{flt.key()}"
    ids: list[str] | None = cache.peek(session, key) if cache is not None else None
    candidates = _text_candidates(session, flt.q, chunks) if ids is None and flt.q and chunks is not None else None
    if candidates is not None:
        # A text filter matches few incidents, found through indexes: no slice counts, no cached ids.
        count = int(session.scalar(flt.apply(select(func.count()).select_from(Incident)).where(candidates)) or 0)
        narrowed = flt.apply(select(*SUMMARY_COLUMNS)).where(candidates)
        return _summaries(session, narrowed.order_by(*order).limit(limit).offset(offset)), count
    if ids is None:
        total: int | None = None
        few: list[str] | None = None
        if chunks is not None:
            total, few = _matches(session, flt, chunks)
        direct = cache is None or few is not None or (chunks is not None and sort in INDEXED_SORTS) or (
            offset + limit <= DIRECT_PAGES and not cache.reuse_seconds and cache.changed_within(WRITES_QUIET))
        if direct:
            if total is None:
                total = int(session.scalar(flt.apply(select(func.count()).select_from(Incident))) or 0)
            if few is not None:
                stmt = select(*SUMMARY_COLUMNS).where(Incident.id.in_(few)).order_by(*order).limit(limit).offset(offset)
                return _summaries(session, stmt), total
            return [incident_summary(row) for row in session.execute(
                _page_statement(flt, sort), {"page_limit": limit, "page_offset": offset})], total
        assert cache is not None
        ids = cache.get_or_compute(session, key, lambda: list(session.scalars(flt.apply(select(Incident.id)).order_by(*order))))
    page = ids[offset : offset + limit]
    found = {r.id: r for r in session.execute(select(*SUMMARY_COLUMNS).where(Incident.id.in_(page)))} if page else {}
    return [incident_summary(found[i]) for i in page if i in found], len(ids)


def sentence_around(text: str, start: int, end: int, *, limit: int = 600) -> tuple[int, int]:
    """The bounds of the sentence(s) holding text[start:end], at most about ``limit`` characters."""
    left = max(0, start - limit // 2)
    right = min(len(text), end + limit // 2)
    s = left
    for match in _SENTENCE_END.finditer(text, left, start):
        s = match.end()
    e = right
    after = _SENTENCE_END.search(text, end, right)
    if after is not None:
        e = after.start()
    return s, e


def highlight(text: str, spans: list[tuple[int, int, str]]) -> list[dict[str, Any]]:
    """Split text into segments, marking the spans (merged when they overlap). Text stays plain text:
    the templates escape every segment."""
    spans = sorted((max(0, s), min(len(text), e), label) for s, e, label in spans if e > s)
    merged: list[list[Any]] = []
    for s, e, label in spans:
        if merged and s < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
            if label not in merged[-1][2]:
                merged[-1][2].append(label)
        else:
            merged.append([s, e, [label]])
    out: list[dict[str, Any]] = []
    pos = 0
    for s, e, labels in merged:
        if s > pos:
            out.append({"text": text[pos:s], "mark": None})
        out.append({"text": text[s:e], "mark": " ".join(labels), "start": s, "end": e})
        pos = e
    if pos < len(text):
        out.append({"text": text[pos:], "mark": None})
    return out


def evidence_with_sentences(text: str, evidence: list[Evidence]) -> list[dict[str, Any]]:
    """Each field's evidence with the sentence it came from, split into highlighted segments."""
    out = []
    for ev in sorted(evidence, key=lambda e: (e.start, e.field)):
        s, e = sentence_around(text, ev.start, ev.end)
        out.append({
            "field": ev.field, "value": ev.value, "start": ev.start, "end": ev.end, "text": ev.text,
            "sentence": {"start": s, "end": e, "text": text[s:e]},
            "segments": highlight(text[s:e], [(ev.start - s, ev.end - s, ev.field)]),
        })
    return out


def group_by_sentence(text: str, evidence: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The evidence of one mention grouped by the sentence it is in, in reading order: each sentence once,
    with every value read from it highlighted (labelled ``field: value``), so a sentence that gave the
    place, the weapon and the toll is shown once rather than three times."""
    groups: dict[tuple[int, int], list[dict[str, Any]]] = {}
    for item in evidence:
        groups.setdefault((item["sentence"]["start"], item["sentence"]["end"]), []).append(item)
    out = []
    for (s, e), items in sorted(groups.items()):
        labels = [(it["start"] - s, it["end"] - s, f"{it['field']}: {it['value']}" if it.get("value") else it["field"])
                  for it in items]
        out.append({"start": s, "end": e, "segments": highlight(text[s:e], labels),
                    "values": [{"field": f, "value": v} for f, v in
                               dict.fromkeys((it["field"], it.get("value")) for it in items)]})
    return out


def get_incident_detail(session: Session, incident_id: str, *, public: bool = False) -> dict[str, Any]:
    incident = session.get(Incident, incident_id)
    if incident is None:
        raise NotFoundError(f"no incident {incident_id!r}; check the id in the incident list")
    data = incident_summary(incident)
    machine = dict(incident.machine or {})
    if public:
        # The linker's snapshot also names the mentions it linked ("doc-id#0"), restricted reports included.
        machine = {k: v for k, v in machine.items() if k in CORRECTABLE}
    overrides = dict(incident.overrides or {})
    data.update(machine=machine, overrides=overrides, merged_into=incident.merged_into, deleted=incident.deleted)
    data["fields"] = [
        {"field": f, "value": to_json(getattr(incident, f)), "machine": machine.get(f, to_json(getattr(incident, f))),
         "analyst": overrides.get(f), "overridden": f in overrides}
        for f in CORRECTABLE
    ]
    rows = session.execute(
        select(IncidentLink, Mention, Document, Source.name)
        .join(Mention, IncidentLink.mention_id == Mention.id)
        .join(Document, Mention.document_id == Document.id)
        .outerjoin(Source, Document.source_id == Source.id)
        .where(IncidentLink.incident_id == incident_id)
        .order_by(Document.published, Document.id, Mention.index)
    ).all()
    sources = []
    for link, mention, document, source_name in rows:
        if public and document.restricted:
            continue
        sources.append({
            "document_id": document.id, "mention_id": mention.id, "mention_index": mention.index,
            "title": document.title, "published": to_json(document.published), "source": source_name,
            "restricted": document.restricted, "rejected": mention.rejected, "is_primary": mention.is_primary,
            "score": link.score, "reasons": link.reasons, "method": link.method,
            "figures": {"killed_low": mention.killed_low, "killed_high": mention.killed_high,
                        "injured_low": mention.injured_low, "injured_high": mention.injured_high,
                        "place": mention.place_name, "date": to_json(mention.date_start)},
            "evidence": evidence_with_sentences(document.text, list(mention.evidence)),
        })
        sources[-1]["sentences"] = group_by_sentence(document.text, sources[-1]["evidence"])
    data["sources"] = sources
    data["n_hidden_sources"] = len(rows) - len(sources)
    return data


def visible_document(session: Session, document_id: str, *, public: bool) -> Document:
    """The document, unless the request hides restricted material and it is restricted: the one rule for
    its page, its JSON and the download of its original."""
    document = session.get(Document, document_id)
    if document is None or (public and document.restricted):
        raise NotFoundError(f"no document {document_id!r}; check the id on the incident page or in search")
    return document


def get_document(session: Session, document_id: str, *, public: bool = False) -> dict[str, Any]:
    document = visible_document(session, document_id, public=public)
    mentions = list(session.scalars(select(Mention).where(Mention.document_id == document_id).order_by(Mention.index)))
    links = {m_id: inc for m_id, inc in session.execute(
        select(IncidentLink.mention_id, IncidentLink.incident_id).where(
            IncidentLink.mention_id.in_([m.id for m in mentions]))
    )} if mentions else {}
    spans: list[tuple[int, int, str]] = []
    out_mentions = []
    for mention in mentions:
        evidence = sorted(mention.evidence, key=lambda e: e.start)
        for ev in evidence:
            spans.append((ev.start, ev.end, f"m{mention.index} {ev.field}"))
        out_mentions.append({
            "id": mention.id, "index": mention.index, "kind": mention.kind, "is_primary": mention.is_primary,
            "rejected": mention.rejected, "incident_id": links.get(mention.id), "date": to_json(mention.date_start),
            "place": mention.place_name, "admin1": mention.admin1, "killed_low": mention.killed_low,
            "killed_high": mention.killed_high, "injured_low": mention.injured_low, "confidence": mention.confidence,
            "evidence": [{"field": e.field, "value": e.value, "start": e.start, "end": e.end, "text": e.text}
                         for e in evidence],
            "data": mention.data,
        })
    source = session.get(Source, document.source_id) if document.source_id is not None else None
    return {
        "id": document.id, "title": document.title, "published": to_json(document.published),
        "source": source.name if source else None, "origin": None if public else document.origin,
        "media_type": document.media_type, "language": document.language, "restricted": document.restricted,
        "status": document.status, "text": document.text, "mentions": out_mentions,
        "segments": highlight(document.text, spans),
    }


def list_documents(session: Session, *, limit: int, offset: int, public: bool) -> tuple[list[dict[str, Any]], int]:
    stmt = select(Document.id, Document.title, Document.published, Document.status, Document.restricted)
    count = select(func.count()).select_from(Document)
    if public:
        stmt = stmt.where(Document.restricted.is_(False))
        count = count.where(Document.restricted.is_(False))
    rows = session.execute(stmt.order_by(Document.published.desc(), Document.id).limit(limit).offset(offset)).all()
    items = [{"id": r.id, "title": r.title, "published": to_json(r.published), "status": r.status,
              "restricted": r.restricted} for r in rows]
    return items, int(session.scalar(count) or 0)
