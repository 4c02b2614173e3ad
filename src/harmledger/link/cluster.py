"""Greedy incremental clustering of mentions into incidents, in memory.

Mentions are taken precise-first (day before week before month, then by date), so exact reports
seed incidents and vaguer ones join them. Each mention is compared with the members of the
candidate incidents the block index gives; it joins the best incident scoring at least the threshold
unless a third or more of that incident's members veto it (a different day or town), or one member
placed at a town puts it elsewhere; else it starts a new one. The incidents of a mention's near-copy
documents (found by the sketch values their fingerprints share) are candidates too, whatever their date
or place.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from .blocking import BlockIndex
from .features import MentionFeat
from .reports import MIN_SHARED, near_copy
from .score import Comparison, compare, sure_veto
from .settings import LINKING, LinkSettings

# Documents kept per sketch value: a value more documents share is a stock phrase ("the Syrian Observatory
# for Human Rights said"), and following all of them made finding near-copies grow with the square of the
# archive. A story copied more widely is still found through the first copies filed.
MAX_POSTING = 32
# Members compared per candidate incident: enough to judge it, bounded so big incidents stay cheap.
MAX_MEMBERS = 25


@dataclass(slots=True)
class Assignment:
    mention_id: int
    cluster: str  # an existing incident id, or "new:N" for an incident to create
    score: float
    reasons: list[str] = field(default_factory=list)


class Clusterer:
    def __init__(self, existing: dict[str, list[MentionFeat]] | None = None, *, threshold: float | None = None,
                 settings: LinkSettings = LINKING) -> None:
        self.settings = settings
        self.index = BlockIndex(settings)
        self.members: dict[str, list[MentionFeat]] = {}
        # The days the day-precise members of each incident cover: a cheap first test before scoring.
        self.days: dict[str, tuple[int, int]] = {}
        self.threshold = settings.threshold if threshold is None else threshold
        self.comparisons = 0
        # Near-copy search: sketch value -> documents filed, and each document's incidents.
        self._sketch_index: dict[int, list[str]] = defaultdict(list)
        self._doc_clusters: dict[str, list[str]] = defaultdict(list)
        self._prints: dict[str, MentionFeat] = {}
        self._new = 0
        for cluster, feats in (existing or {}).items():
            for feat in sorted(feats, key=lambda f: f.sort_key):
                self._file(cluster, feat)

    def _file(self, cluster: str, feat: MentionFeat) -> None:
        self.members.setdefault(cluster, []).append(feat)
        self.index.add(cluster, feat)
        if cluster not in self._doc_clusters[feat.document_id]:
            self._doc_clusters[feat.document_id].append(cluster)
        if feat.fingerprint is not None and feat.document_id not in self._prints:
            self._prints[feat.document_id] = feat
            for value in feat.fingerprint.index_keys():
                posting = self._sketch_index[value]
                if len(posting) < MAX_POSTING:
                    posting.append(feat.document_id)
        if feat.day_precise and feat.lo is not None and feat.hi is not None:
            lo, hi = self.days.get(cluster, (feat.lo, feat.hi))
            self.days[cluster] = (min(lo, feat.lo), max(hi, feat.hi))

    def near_copies(self, feat: MentionFeat) -> set[str]:
        """The documents already filed that are near-copies of this mention's document."""
        if feat.fingerprint is None:
            return set()
        shared = Counter(doc for value in feat.fingerprint.index_keys() for doc in self._sketch_index.get(value, ()))
        return {doc for doc, n in shared.items() if n >= MIN_SHARED and doc != feat.document_id
                and feat.text_sha != self._prints[doc].text_sha
                and near_copy(feat.fingerprint, self._prints[doc].fingerprint)}

    def _judge(self, feat: MentionFeat, cluster: str, copies: set[str] | frozenset[str] = frozenset()) -> Comparison | None:
        days = self.days.get(cluster)
        if days is not None and feat.day_precise and feat.lo is not None and feat.hi is not None \
                and (feat.lo - days[1] > 1 or days[0] - feat.hi > 1):
            return None  # every day-precise member would veto: another day
        members = self.members[cluster][:MAX_MEMBERS]
        best: Comparison | None = None
        vetoes = 0
        for member in members:
            copy = member.document_id in copies
            quick = None if copy else sure_veto(feat, member, self.settings)
            if quick is not None:
                # The same outcome as a full comparison's veto, at a fraction of its cost.
                if quick == "place" and member.has_place and (member.prec or 1) <= 2:
                    return None
                vetoes += 1
                continue
            self.comparisons += 1
            result = compare(feat, member, near_copy=copy, settings=self.settings)
            if result.veto_on == "missing":
                continue  # a member without a date neither supports nor contradicts
            if result.veto:
                if result.veto_on == "place" and member.has_place and (member.prec or 1) <= 2:
                    # The incident's towns decide where it was: a vague member ("in Aleppo province")
                    # must not bridge a report of another town into it.
                    return None
                vetoes += 1
                continue
            if best is None or result.score > best.score:
                best = result
                best.reasons = [*result.reasons, f"best match: mention {member.mention_id}"]
        # One dissenting member in four is tolerated (a misdated copy); more means another event, and
        # stops chains (day 1 -> day 2 -> day 3) from growing through their newest member.
        if best is None or vetoes * 3 >= len(members) or best.score < self.threshold:
            return None
        if vetoes:
            best.reasons.append(f"{vetoes} of {len(members)} members disagree")
        return best

    def assign(self, feat: MentionFeat) -> Assignment:
        twin = self.index.same_text(feat)
        if twin is not None and all(m.document_id != feat.document_id for m in self.members[twin]):
            self._file(twin, feat)
            return Assignment(feat.mention_id, twin, 1.0, ["same text (a republished copy)"])
        matches: list[tuple[float, str, Comparison]] = []
        copies = self.near_copies(feat)
        candidates = dict.fromkeys(c for doc in sorted(copies) for c in self._doc_clusters[doc])
        candidates.update(dict.fromkeys(self.index.candidates(feat)))
        for cluster in candidates:
            result = self._judge(feat, cluster, copies)
            if result is not None:
                matches.append((result.score, cluster, result))
        if not matches:
            self._new += 1
            cluster = f"new:{self._new}"
            self._file(cluster, feat)
            why = "no date: linked only to copies of its text, or to the one incident of its town that shares a rare detail" if feat.lo is None else (
                "no place: needs the same day and agreeing details" if not feat.has_place else "no matching incident")
            return Assignment(feat.mention_id, cluster, 1.0, ["new incident", why])
        matches.sort(key=lambda m: -m[0])
        if len(matches) > 1 and not copies and (feat.lo is None or not feat.day_precise and (feat.prec or 4) > 2):
            # A vague date in a vague place that fits several incidents: which one is a guess.
            self._new += 1
            cluster = f"new:{self._new}"
            self._file(cluster, feat)
            return Assignment(feat.mention_id, cluster, 1.0, ["new incident", f"fits {len(matches)} incidents: ambiguous"])
        score, cluster, result = matches[0]
        if len(matches) > 1:
            result.reasons.append(f"{len(matches) - 1} other candidate incident(s) also matched")
        self._file(cluster, feat)
        return Assignment(feat.mention_id, cluster, score, result.reasons)

    def assign_all(self, feats: Iterable[MentionFeat]) -> list[Assignment]:
        return [self.assign(f) for f in sorted(feats, key=lambda f: f.sort_key)]
