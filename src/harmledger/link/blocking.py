"""Candidate incidents for a mention, without comparing all pairs.

Every incident is filed under (area, week) keys of its mentions: the area is the governorate key
when known, and a one-degree grid cell when there are coordinates; mentions with no place are filed
under "*"; every named place is also filed under its transliteration skeleton, so a town the gazetteer
did not resolve ("Khan Sheikhun", no coordinates) meets the resolved "Khan Shaykhun". A mention looks up its own area, the neighbouring grid cells and "*", over the weeks
its date may fall in (one day of slack each side). A mention with no place looks up the incidents
of its day (it needs one), whatever their area. A mention dated only to the week, month or year
looks up the incidents at the same place (place id) in those weeks, and nothing when its place is
vaguer than a town (where_prec 3 or more), unless it names something rare (``score.distinctive``: a
chemical attack, a toll of twenty or more) within a few weeks: then its governorate's incidents of those
weeks, and it links only when exactly one fits. A day-precise mention touches 1-2 weeks, a
month 5-6, a year 53; busy buckets hold tens of incidents, so the cost grows linearly.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterator

from .features import MentionFeat
from .score import at_town, distinctive
from .settings import LINKING, LinkSettings

NO_PLACE = "*"
# A "period" longer than this is not one event's date; such mentions are not blocked at all.
MAX_WEEKS = 60
# A vague date in a governorate is compared with that governorate's incidents only over this many weeks
# (a "past week" window touches two or three).
DISTINCTIVE_WEEKS = 3
# An undated report is compared with the incidents of its town only when the town has at most this many.
MAX_TOWN_INCIDENTS = 200


def _grid(lat: float, lon: float) -> tuple[int, int]:
    return math.floor(lat), math.floor(lon)


def area_keys(feat: MentionFeat) -> list[str]:
    """The keys a mention is filed under."""
    keys: list[str] = []
    if feat.a1:
        keys.append(feat.a1)
    if feat.lat is not None and feat.lon is not None:
        gy, gx = _grid(feat.lat, feat.lon)
        keys.append(f"g{gy}:{gx}")
    if not keys and feat.name:
        keys.append("n:" + feat.name)
    if feat.skel:
        keys.append("s:" + feat.skel)
    return keys or [NO_PLACE]


def lookup_keys(feat: MentionFeat) -> list[str]:
    """The keys a mention looks in: its own, the grid around it, and the mentions with no place."""
    keys = set(area_keys(feat))
    if feat.lat is not None and feat.lon is not None:
        gy, gx = _grid(feat.lat, feat.lon)
        keys.update(f"g{gy + dy}:{gx + dx}" for dy in (-1, 0, 1) for dx in (-1, 0, 1))
    keys.add(NO_PLACE)
    return sorted(keys)


def town_keys(feat: MentionFeat) -> list[str]:
    return [k for k in ("p:" + feat.place_id if feat.place_id else "", "s:" + feat.skel if feat.skel else "") if k]


def weeks(feat: MentionFeat) -> range:
    if feat.lo is None or feat.hi is None:
        return range(0)
    first, last = (feat.lo - 1) // 7, (feat.hi + 1) // 7
    if last - first >= MAX_WEEKS:
        return range(0)
    return range(first, last + 1)


class BlockIndex:
    """(area, week) -> incident keys; day -> incident keys; (text hash, mention index) -> incident key."""

    def __init__(self, settings: LinkSettings = LINKING) -> None:
        self.settings = settings
        self._blocks: dict[tuple[str, int], list[str]] = defaultdict(list)
        # A day-precise mention only fits incidents with a member within a day of it, or with no day at all:
        # (area, day) of day-precise members and (area, week) of vague ones keep its candidates few when
        # a governorate sees tens of incidents a week.
        self._area_days: dict[tuple[str, int], list[str]] = defaultdict(list)
        self._vague_blocks: dict[tuple[str, int], list[str]] = defaultdict(list)
        # Town -> incidents of any date, for reports with no date that name a town and something rare.
        self._towns: dict[str, list[str]] = defaultdict(list)
        self._by_day: dict[int, list[str]] = defaultdict(list)
        self._texts: dict[tuple[str, int], str] = {}

    def add(self, cluster: str, feat: MentionFeat) -> None:
        if feat.text_sha:
            self._texts.setdefault((feat.text_sha, feat.index), cluster)
        areas = area_keys(feat)
        if feat.place_id:
            areas = [*areas, "p:" + feat.place_id]
        if at_town(feat) and feat.lo is not None:
            for key in town_keys(feat):
                if not self._towns[key] or self._towns[key][-1] != cluster:
                    self._towns[key].append(cluster)
        if feat.day_precise and feat.lo is not None and feat.hi is not None:
            # A mention with no place may be any incident of its day, so day-precise ones are filed by day too.
            for day in range(feat.lo, feat.hi + 1):
                self._by_day[day].append(cluster)
        for week in weeks(feat):
            for area in areas:
                self._blocks[(area, week)].append(cluster)
                if not feat.day_precise:
                    self._vague_blocks[(area, week)].append(cluster)
        if feat.day_precise and feat.lo is not None and feat.hi is not None and feat.hi - feat.lo < 7 * MAX_WEEKS:
            for day in range(feat.lo, feat.hi + 1):
                for area in areas:
                    self._area_days[(area, day)].append(cluster)

    def same_text(self, feat: MentionFeat) -> str | None:
        """The incident of the same event in a copy of this mention's text, if already filed."""
        return self._texts.get((feat.text_sha, feat.index)) if feat.text_sha else None

    def candidates(self, feat: MentionFeat) -> Iterator[str]:
        """Incident keys worth comparing with, each once, in the order first seen."""
        seen: set[str] = set()
        spans = weeks(feat)
        if feat.lo is None:
            # No date: the incidents of its town, when it names a rare detail (``score.undated_fit``).
            buckets = [self._towns.get(key, ()) for key in town_keys(feat)] if at_town(feat) and distinctive(feat, self.settings) else []
            # A town of more incidents than this has too many to single one out without a date; comparing
            # with all of them would make linking grow with the square of the archive.
            buckets = [b for b in buckets if len(b) <= MAX_TOWN_INCIDENTS]
        elif not feat.day_precise:
            # A week, month or year: only the same named place narrows it enough to link; a vague date
            # in a vague place ("in March, in Idlib") matches too many incidents to pick one.
            fine = feat.place_id is not None and (feat.prec or 1) <= 2
            if fine and feat.place_id:
                buckets = [self._blocks.get(("p:" + feat.place_id, week), ()) for week in spans]
            elif feat.a1 and distinctive(feat, self.settings) and len(spans) <= DISTINCTIVE_WEEKS:
                # ... unless the report names something rare (a chemical attack, a toll in the tens): then
                # the governorate's incidents of those weeks, of which it must fit exactly one.
                buckets = [self._blocks.get((feat.a1, week), ()) for week in spans]
            else:
                buckets = []
        elif feat.has_place and feat.lo is not None and feat.hi is not None:
            areas = lookup_keys(feat)
            buckets = [self._area_days.get((area, day), ()) for area in areas for day in range(feat.lo - 1, feat.hi + 2)]
            buckets += [self._vague_blocks.get((area, week), ()) for area in areas for week in spans]
        elif feat.day_precise and feat.lo is not None and feat.hi is not None:
            buckets = [self._by_day.get(day, ()) for day in range(feat.lo - 1, feat.hi + 2)]
        else:
            buckets = []  # neither a place nor a day: too vague to link to anything but a copy of its text
        for bucket in buckets:
            for cluster in bucket:
                if cluster not in seen:
                    seen.add(cluster)
                    yield cluster
