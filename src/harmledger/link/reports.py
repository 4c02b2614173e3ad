"""Which reports are independent of each other.

Two reports count as one independent source when they come from the same outlet (after following
`Source.parent_id` to the outlet republished), when their texts are the same (`text_sha256`), or
when one repeats most of the other (near-identical copies, or an article quoting an agency story):
word 4-gram shingles, containment >= 0.6 of the shorter text.

The linker uses the same test to find near-copies (agency copies, updated versions) among the
reports of a run without holding every text: each document is reduced once to a `Fingerprint`, a
bottom-k sketch of those shingles, from which the containment is estimated; documents sharing some of
their smallest sketch values are the candidates (no all-pairs comparison).
"""

from __future__ import annotations

import re
import zlib
from array import array
from collections.abc import Sequence
from dataclasses import dataclass

from .._arabic import normalise_arabic

_WORD = re.compile(r"\w+")
CONTAINMENT = 0.6
_MAX_CHARS = 6000
SHINGLE_WORDS = 4
# Bottom-k sketch size: the containment estimate's error is about 0.04 at this size, 512 bytes a document.
SKETCH_SIZE = 128
# A document is found by the smallest of its sketch values (fewer entries in the index), and a candidate
# near-copy must share at least MIN_SHARED of them: a short agency story inside a longer updated version
# shares about a fifth, unrelated reports one at most (a stock phrase).
INDEXED = 64
MIN_SHARED = 2
# A text with fewer shingles than this (a title, a stub) is too short to call a copy of anything.
MIN_SHINGLES = 20


@dataclass(frozen=True, slots=True)
class ReportInfo:
    document_id: str
    text_sha: str
    source_root: int | None


def _words(text: str) -> list[str]:
    # Arabic by its key: a copy that adds or drops vowel marks or hamzas is still a copy.
    return _WORD.findall(normalise_arabic(text[:_MAX_CHARS]).lower())


def shingles(text: str, n: int = SHINGLE_WORDS) -> frozenset[int]:
    words = _words(text)
    return frozenset(hash(tuple(words[i : i + n])) for i in range(max(0, len(words) - n + 1)))


def near_identical(a: frozenset[int], b: frozenset[int]) -> bool:
    if not a or not b:
        return False
    return len(a & b) / min(len(a), len(b)) >= CONTAINMENT


@dataclass(frozen=True, slots=True, eq=False)
class Fingerprint:
    """A document reduced for the near-copy test: the smallest hashes of its shingles (a bottom-k
    sketch, sorted) and how many shingles it has."""

    sketch: array[int]  # unsigned 32-bit ("I")
    size: int

    def index_keys(self) -> array[int]:
        """The sketch values a document is filed and looked up under."""
        return self.sketch[:INDEXED]


def fingerprint(text: str | None) -> Fingerprint | None:
    """The fingerprint of a text; None when it is too short to compare."""
    words = _words(text or "")
    # crc32, not hash(): Python salts string hashes per process, and the linker must be reproducible.
    hashed = {zlib.crc32(" ".join(words[i : i + SHINGLE_WORDS]).encode())
              for i in range(max(0, len(words) - SHINGLE_WORDS + 1))}
    if len(hashed) < MIN_SHINGLES:
        return None
    return Fingerprint(array("I", sorted(hashed)[:SKETCH_SIZE]), len(hashed))


def containment(a: Fingerprint, b: Fingerprint) -> float:
    """Estimated share of the shorter text's shingles found in the other, from the two sketches."""
    sa, sb = set(a.sketch), set(b.sketch)
    # The smallest values of the union are a sample of it; the share found in both estimates Jaccard J.
    # (sorted() in C beats heapq.nsmallest here: the linker makes this test for every candidate pair.)
    union = sorted(sa | sb)[:SKETCH_SIZE]
    both = sa & sb
    resemblance = sum(1 for x in union if x in both) / len(union)
    # |A & B| = J (|A| + |B|) / (1 + J).
    return min(1.0, resemblance * (a.size + b.size) / ((1.0 + resemblance) * min(a.size, b.size)))


def near_copy(a: Fingerprint | None, b: Fingerprint | None) -> bool:
    """One text repeats most of the other (the test of `near_identical`, estimated from fingerprints)."""
    if a is None or b is None:
        return False
    # An exact first test: the share of the union's smallest values found in both (the resemblance J) is at
    # most what the two sketches share over that sample's size, and the containment reaches CONTAINMENT
    # only from J >= CONTAINMENT m / (|A| + |B| - CONTAINMENT m). Most candidate pairs (two reports that
    # share a stock phrase) stop here, before the sort.
    global _last_set
    last = _last_set  # one read: another thread may replace it meanwhile, never change it
    if last[0] is not a:
        # The linker tests one document against all its candidates in a row: its set is built once for them.
        last = _last_set = (a, frozenset(a.sketch))
    sa = last[1]
    shared = len(sa.intersection(b.sketch))
    m = min(a.size, b.size)
    needed = CONTAINMENT * m / (a.size + b.size - CONTAINMENT * m)
    # A sketch holds distinct values, so the union's size is the sum of the sizes less the shared values.
    if shared < needed * min(SKETCH_SIZE, len(sa) + len(b.sketch) - shared) - 1e-9:
        return False
    return containment(a, b) >= CONTAINMENT


# The fingerprint last tested by `near_copy` and the set of its sketch values.
_last_set: tuple[Fingerprint | None, frozenset[int]] = (None, frozenset())


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
