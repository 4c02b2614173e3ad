"""Which reports are independent of each other.

Two reports count as one independent source when they come from the same outlet (after following
`Source.parent_id` to the outlet republished), when their texts are the same (`text_sha256`), or
when one repeats most of the other (near-identical copies, or an article quoting an agency story):
word 4-gram shingles, containment >= 0.6 of the shorter text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

_WORD = re.compile(r"\w+")
CONTAINMENT = 0.6
_MAX_CHARS = 6000


@dataclass(frozen=True, slots=True)
class ReportInfo:
    document_id: str
    text_sha: str
    source_root: int | None


def shingles(text: str, n: int = 4) -> frozenset[int]:
    words = _WORD.findall(text[:_MAX_CHARS].lower())
    return frozenset(hash(tuple(words[i : i + n])) for i in range(max(0, len(words) - n + 1)))


def near_identical(a: frozenset[int], b: frozenset[int]) -> bool:
    if not a or not b:
        return False
    return len(a & b) / min(len(a), len(b)) >= CONTAINMENT


def independent_groups(reports: Sequence[ReportInfo], texts: dict[str, str] | None = None) -> list[list[str]]:
    """Document ids grouped so that each group is one independent source."""
    parent = {r.document_id: r.document_id for r in reports}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(x: str, y: str) -> None:
        rx, ry = find(x), find(y)
        if rx != ry:
            parent[max(rx, ry)] = min(rx, ry)

    first: dict[object, str] = {}
    for r in reports:
        for key in (("sha", r.text_sha), ("src", r.source_root)):
            if key[1] in (None, ""):
                continue
            if key in first:
                union(first[key], r.document_id)
            else:
                first[key] = r.document_id
    if texts:
        ids = [r.document_id for r in reports if r.document_id in texts]
        sh = {d: shingles(texts[d]) for d in ids}
        for i, x in enumerate(ids):
            for y in ids[i + 1 :]:
                if find(x) != find(y) and near_identical(sh[x], sh[y]):
                    union(x, y)
    groups: dict[str, list[str]] = {}
    for r in reports:
        groups.setdefault(find(r.document_id), []).append(r.document_id)
    return sorted(groups.values())


def distinct_reports(reports: Sequence[ReportInfo]) -> int:
    """Reports counted once per text: the same text under two ids is one report."""
    return len({r.text_sha or r.document_id for r in reports})
