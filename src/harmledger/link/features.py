"""What the linker compares: a compact, read-only view of one mention.

Built from the denormalised columns of `Mention` plus the codes in its `data`, so linking 100,000
mentions never builds ORM objects. Dates become an interval of day ordinals widened by the stated
precision ("March 2017" covers the whole month).
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..geo import skeleton
from ..geo.admin_names import area_key, spelling_key
from ..store.models import Document, Mention, Source
from .reports import Fingerprint, fingerprint

# Coarser precisions sort later: precise mentions seed incidents, vaguer ones join them.
PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "period": 3, "year": 4}
# Documents whose texts are read per query when fingerprinting (below SQLite's variable limit).
_TEXT_BATCH = 500


@dataclass(slots=True)
class MentionFeat:
    mention_id: int
    document_id: str
    index: int
    text_sha: str = ""
    source_root: int | None = None
    lo: int | None = None  # first possible day (ordinal)
    hi: int | None = None  # last possible day (ordinal)
    precision: str | None = None
    place_id: str | None = None
    name: str | None = None  # spelling key of the place name, resolved or not
    skel: str | None = None  # transliteration skeleton of the place name ("Sheikhoun" ~ "Shaykhun")
    lat: float | None = None
    lon: float | None = None
    prec: int | None = None  # UCDP where_prec, 1 (exact) .. 6 (country)
    a1: str | None = None
    a2: str | None = None
    weapons: frozenset[str] = field(default_factory=frozenset)
    targets: frozenset[str] = field(default_factory=frozenset)
    perps: frozenset[str] = field(default_factory=frozenset)
    killed: tuple[int | None, int | None] = (None, None)
    # The document's near-copy fingerprint, one object shared by its mentions (None: too short or not loaded).
    fingerprint: Fingerprint | None = None

    @property
    def day_precise(self) -> bool:
        return self.precision == "day" and self.lo is not None and self.hi is not None and self.hi - self.lo <= 1

    @property
    def has_place(self) -> bool:
        return self.a1 is not None or self.lat is not None or self.place_id is not None or self.name is not None

    @property
    def sort_key(self) -> tuple[int, int, int, int]:
        # Towns before districts before governorates before no place, so that the vaguer mentions
        # meet the incidents that precise ones started and join the one their details fit best.
        place_rank = (self.prec or 1) if self.place_id or self.name or self.lat is not None else (4 if self.a1 else 9)
        return (PRECISION_RANK.get(self.precision or "", 9), place_rank,
                self.lo if self.lo is not None else 10**7, self.mention_id)


def date_interval(start: dt.date | None, end: dt.date | None, precision: str | None) -> tuple[int | None, int | None]:
    """The days a stated date may mean, as ordinals (None, None) when there is no date."""
    if start is None:
        return None, None
    if end is None or end < start:
        if precision == "week":
            end = start + dt.timedelta(days=6)
        elif precision == "month":
            end = start.replace(day=calendar.monthrange(start.year, start.month)[1])
        elif precision == "year":
            end = start.replace(month=12, day=31)
        else:
            end = start
    return start.toordinal(), end.toordinal()


def _codes(items: Any, *, role: str | None = None) -> frozenset[str]:
    out: set[str] = set()
    for item in items or ():
        if not isinstance(item, dict) or not item.get("code"):
            continue
        if role is not None and item.get("role", "perpetrator") != role:
            continue
        out.add(str(item["code"]))
    return frozenset(out)


def source_roots(session: Session) -> dict[int, int]:
    """Each source id -> the outlet it ultimately republishes (itself when independent)."""
    return roots_of_chains({row[0]: row[1] for row in session.execute(select(Source.id, Source.parent_id))})


def roots_of_chains(parents: dict[int, int | None]) -> dict[int, int]:
    """Each source of ``parents`` (source id -> the one it republishes) -> the root of its chain; a cycle stops
    where it closes."""
    roots: dict[int, int] = {}
    for sid in parents:
        seen: set[int] = set()
        cur = sid
        while parents.get(cur) is not None and cur not in seen:
            seen.add(cur)
            cur = parents[cur]  # type: ignore[assignment]
        roots[sid] = cur
    return roots


def feature_columns() -> Any:  # a Select; its many column types do not fit Select[Any]
    return select(
        Mention.id, Mention.document_id, Mention.index, Document.text_sha256, Document.source_id,
        Mention.date_start, Mention.date_end, Mention.date_precision, Mention.place_id, Mention.place_name,
        Mention.lat, Mention.lon, Mention.where_prec, Mention.admin1, Mention.admin1_pcode, Mention.admin2,
        Mention.killed_low, Mention.killed_high, Mention.data,
    ).join(Document, Document.id == Mention.document_id)


def _place_names(data: dict[str, Any], place_id: str | None, place_name: str | None) -> list[str]:
    """The name in the text and the gazetteer's name of the mention's place."""
    names = [place_name] if place_name else []
    for place in data.get("places") or ():
        resolved = place.get("resolved") if isinstance(place, dict) else None
        if resolved and resolved.get("place_id") == place_id and resolved.get("name"):
            names.append(resolved["name"])
            break
    return names


def feat_from_row(row: Sequence[Any], roots: dict[int, int]) -> MentionFeat:
    (mid, doc_id, index, text_sha, source_id, start, end, precision, place_id, place_name, lat, lon, prec,
     admin1, pcode, admin2, k_low, k_high, data) = row
    lo, hi = date_interval(start, end, precision)
    data = data or {}
    a1 = area_key(admin1, pcode)
    if prec is not None and prec <= 2 and a1 and any(area_key(n, None) == a1 for n in _place_names(data, place_id, place_name)):
        # "in Idlib", "in Aleppo": reports use the governorate's name for its capital and for the whole
        # governorate alike, so such a town is compared as the governorate it may mean.
        prec = 4
    return MentionFeat(
        mention_id=mid, document_id=doc_id, index=index, text_sha=text_sha or "",
        source_root=roots.get(source_id, source_id) if source_id is not None else None,
        lo=lo, hi=hi, precision=precision if start is not None else None, place_id=place_id,
        name=spelling_key(place_name) or None if place_name else None,
        skel=skeleton(place_name) or None if place_name else None,
        lat=lat, lon=lon, prec=prec, a1=a1,
        a2=spelling_key(admin2) if admin2 else None,
        weapons=_codes(data.get("weapons")) - {"unknown"},
        targets=_codes(data.get("targets")),
        perps=_codes(data.get("actors"), role="perpetrator") - {"UNKNOWN"},
        killed=(k_low, k_high),
    )


def load_features(session: Session, stmt: Any, roots: dict[int, int] | None = None) -> list[MentionFeat]:
    """Run a statement built on `feature_columns()` and build the features."""
    roots = source_roots(session) if roots is None else roots
    # Streamed in batches: the rows carry each mention's whole JSON, which is dropped once read.
    return [feat_from_row(row, roots) for row in session.execute(stmt.execution_options(yield_per=2000))]


def add_fingerprints(session: Session, feats: Iterable[MentionFeat]) -> None:
    """Give each mention its document's fingerprint, computed once per document (text read in batches)."""
    by_doc: dict[str, list[MentionFeat]] = {}
    for f in feats:
        by_doc.setdefault(f.document_id, []).append(f)
    ids = sorted(by_doc)
    for i in range(0, len(ids), _TEXT_BATCH):
        for doc_id, text in session.execute(select(Document.id, Document.text).where(Document.id.in_(ids[i : i + _TEXT_BATCH]))):
            print_ = fingerprint(text)
            for f in by_doc[doc_id]:
                f.fingerprint = print_


def by_id(feats: Iterable[MentionFeat]) -> dict[int, MentionFeat]:
    return {f.mention_id: f for f in feats}
