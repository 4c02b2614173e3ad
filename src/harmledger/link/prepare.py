"""Linking work done ahead, while `harmledger process` is still extracting: `Prepared`.

The linker needs, for each pending mention, its features and its document's near-copy fingerprint,
and, to compute the incidents' values, its member row (its columns and its JSON). All three depend on
the mention and its document only, not on the other mentions nor on the order they are linked in, so
`process` builds them per stored batch from the rows it has just written (already in memory, no JSON to
decode again) while the Dask workers extract the next batches. `link_pending` then takes the prepared
ones for the pending mentions it finds and loads only the others: the same inputs, the same result.

It is only a cache: the pending set is still read from the store at link time, a mention rejected or
removed since is simply not asked for, and a change of the sources' outlets (the roots) drops it all.
At most `MAX_PREPARED` mentions are kept (their JSON is held in memory); linking loads the rest.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..store.models import Document, Mention
from .features import MentionFeat, feat_from_row, feature_columns
from .figures import member_columns
from .reports import Fingerprint, fingerprint

logger = logging.getLogger(__name__)

# Mentions whose inputs are kept ahead (each holds its JSON: about 4 KB in memory, 40 MB for 10,000 reports);
# beyond, linking reads them itself.
MAX_PREPARED = 30_000
_IN_CHUNK = 900

# A member row of `figures.member_columns()` without its mention and incident ids (see `incidents._members`).
MemberRow = tuple[Any, ...]
# The columns of `features.feature_columns()` and `figures.member_columns()` by name: a mention's come from
# the values `process` stored, its document's (the columns of `documents` named there) are read.
_FEATURE_NAMES = [c.name for c in feature_columns().selected_columns]
_MEMBER_NAMES = [c.name for c in member_columns().selected_columns][2:]
_DOC_COLUMNS = list({c.name: c for c in [*feature_columns().selected_columns, *member_columns().selected_columns]
                     if getattr(c, "table", None) is Document.__table__}.values())
_DOC_NAMES = [c.name for c in _DOC_COLUMNS]


@dataclass
class Prepared:
    """Per pending mention id, its features (fingerprint attached) and its member row; per document, its
    fingerprint (None: too short to compare)."""

    roots: dict[int, int]
    feats: dict[int, MentionFeat] = field(default_factory=dict)
    members: dict[int, MemberRow] = field(default_factory=dict)
    prints: dict[str, Fingerprint | None] = field(default_factory=dict)
    limit: int = MAX_PREPARED

    @property
    def full(self) -> bool:
        return len(self.feats) >= self.limit

    def add_batch(self, session: Session, rows: Iterable[tuple[str, Sequence[dict[str, Any]]]]) -> int:
        """Prepare the incident mentions of documents just stored: ``rows`` is (document id, the column
        values of its mentions as `store.mentions.mention_values` built them). Returns how many."""
        wanted = [(doc_id, values) for doc_id, values in rows if values]
        if not wanted or self.full:
            return 0
        doc_ids = [doc_id for doc_id, _ in wanted]
        docs: dict[str, dict[str, Any]] = {}
        texts: dict[str, str] = {}
        ids: dict[tuple[str, int], int] = {}
        for i in range(0, len(doc_ids), _IN_CHUNK):
            chunk = doc_ids[i : i + _IN_CHUNK]
            for d in session.execute(select(Document.id, Document.text, *_DOC_COLUMNS).where(Document.id.in_(chunk))):
                texts[d[0]] = d[1]
                docs[d[0]] = dict(zip(_DOC_NAMES, d[2:], strict=True))
            ids.update(((r[1], r[2]), r[0]) for r in session.execute(
                select(Mention.id, Mention.document_id, Mention.index).where(Mention.document_id.in_(chunk))))
        added = 0
        for doc_id, mentions in wanted:
            doc = docs.get(doc_id)
            if doc is None:
                continue  # deleted meanwhile: linking will not find its mentions either
            for v in mentions:
                mid = ids.get((doc_id, v["index"]))
                if mid is None or v["kind"] != "incident" or v.get("rejected"):
                    continue
                if doc_id not in self.prints:
                    self.prints[doc_id] = fingerprint(texts[doc_id])
                # The rows the linker's own queries would return, column by column (named as there).
                columns = {**v, **doc, "id": mid, "document_id": doc_id}
                feat = feat_from_row(tuple(columns[n] for n in _FEATURE_NAMES), self.roots)
                feat.fingerprint = self.prints[doc_id]
                self.feats[mid] = feat
                self.members[mid] = tuple(columns[n] for n in _MEMBER_NAMES)
                added += 1
        return added

    def take(self, mention_ids: Iterable[int]) -> tuple[list[MentionFeat], list[int]]:
        """The prepared features of these mentions, and the ids of those not prepared."""
        found: list[MentionFeat] = []
        missing: list[int] = []
        for mid in mention_ids:
            feat = self.feats.get(mid)
            if feat is None:
                missing.append(mid)
            else:
                found.append(feat)
        return found, missing
