"""Grouping casualty frames into events: one incident per attack, aggregates apart.

A frame starts a new incident when its sentence names another time (an incident with no date of its
own is taken to be in the week before publication) or another governorate, or gives a different count
for a group already counted while naming a new place or attack; otherwise it restates or updates the
current one ("the death toll rose to 20").
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from ..doc import AttackCount, CasualtyFrame, DateHit, Doc, PlaceMention
from ._followups import ANOTHER_OPENER
from ._lists import add
from ._totals import opening_clause_end
from ._words import cue_words
from .casualties import terms

LEAD_SENTENCES = 2
UNDATED_WINDOW_DAYS = 7  # an undated incident in a news report: the week before publication
RECENT_DAYS = 14  # a date this close to publication may still be the undated incident's (photo captions, late reports)
BACKGROUND_DAYS = 90  # an event dated only this long before publication is background ("in 1982", "last year")
MAX_EVIDENCE = 10  # spans kept per value: enough to check it, bounded on huge repetitive inputs


_THAT_EVENT = re.compile(
    r"\b(?:" + cue_words("that_event_determiners") + r")\s+(?:\w+\s+)?(?:" + cue_words("that_event_nouns") + r")\b"
)


@dataclass
class Event:
    kind: str
    sentences: list[int] = field(default_factory=list)
    frames: dict[str, CasualtyFrame] = field(default_factory=dict)
    extra: list[CasualtyFrame] = field(default_factory=list)
    lead: bool = False
    attacks: AttackCount | None = None  # an aggregate's number of attacks ("184 attacks since 2011")
    # What the event's sentences name so far, kept up to date so that grouping stays linear.
    sentence_set: set[int] = field(default_factory=set)
    dates: list[DateHit] = field(default_factory=list)
    admins: set[str] = field(default_factory=set)
    place_names: set[str] = field(default_factory=set)
    borrowed_place: bool = False  # its place came from the lead or the report, not from its own sentences


def refines(previous: CasualtyFrame, frame: CasualtyFrame) -> bool:
    old, new = previous.number, frame.number
    if old.vague and not new.vague:
        return True
    for part in ("children", "women"):
        # "Strikes kill 7 children" then "12 civilians, among them seven children": the headline gave a part.
        if getattr(previous, part) == old.value and getattr(frame, part) == old.value and new.value > old.value:
            return True
    if old.high is None and old.low is not None and new.low is not None and not new.vague and old.low % 10 == 0:
        return old.low < new.low <= old.low * 1.5
    return False


def place_key(place: PlaceMention) -> str:
    """The same place however it is spelled ("Idlib", "Idlibs"): its gazetteer id, else its name."""
    place_id = getattr(place.resolved, "place_id", None) if place.resolved is not None else None
    return str(place_id) if place_id else place.name.lower()


def admin1_of(place: PlaceMention) -> str | None:
    resolved = place.resolved
    return getattr(resolved, "admin1_pcode", None) if resolved is not None else None


class EventGrouper:
    """Sentences indexed by what they name, and the grouping of casualty frames into events."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self._admin_cache: dict[int, set[str]] = {}
        self._key_cache: dict[int, set[str]] = {}
        self._day_cache: dict[int, list[DateHit]] = {}
        self._opening: dict[int, int | None] = {}
        n = len(doc.sentences)
        self.by_sentence: dict[str, list[list[Any]]] = {}
        for name in ("dates", "since", "places", "actors", "weapons", "targets", "attacks", "attributions", "legal"):
            buckets: list[list[Any]] = [[] for _ in range(n)]
            if name == "dates":
                # "the monitor said on Sunday" dates the report, not the attack; "since 2012" a total.
                hits = [d for d in doc.dates if not d.reporting and not d.since]
            elif name == "since":
                hits = [d for d in doc.dates if d.since and not d.reporting]
            else:
                hits = getattr(doc, name)
            for hit in hits:
                i = doc.sentence_of(hit.start)
                if 0 <= i < n:
                    buckets[i].append(hit)
            self.by_sentence[name] = buckets
        dates = self.by_sentence["dates"]
        for i in range(1, n):
            start, end = doc.sentences[i]
            if not dates[i] and dates[i - 1] and _THAT_EVENT.search(doc.lower, start, end):
                # "... used in Eastern Ghouta in 2013. The US estimates that attack killed 1,429": the
                # sentence speaks of the event the previous one dated.
                dates[i] = list(dates[i - 1])

    def at(self, name: str, sentences: list[int]) -> list[Any]:
        out: list[Any] = []
        for i in sentences:
            out.extend(self.by_sentence[name][i])
        return out

    def _opening_clause_end(self, sentence: int) -> int | None:
        """Where a sentence's opening "After ..." clause ends (its first comma, else the end of its first date),
        when a count comes after it; else None."""
        if sentence in self._opening:
            return self._opening[sentence]
        start, stop = self.doc.sentences[sentence]
        counts = [f.number.start for f in self.doc.frames if f.sentence == sentence]
        end = opening_clause_end(self.doc, start, stop, counts)
        self._opening[sentence] = end
        return end

    def _in_opening(self, position: int) -> bool:
        sentence = self.doc.sentence_of(position)
        end = self._opening_clause_end(sentence)
        return end is not None and position < end

    # ---- grouping ---------------------------------------------------------------------------
    def _day_dates(self, sentence: int) -> list[DateHit]:
        cached = self._day_cache.get(sentence)
        if cached is None:
            days = [d for d in self.by_sentence["dates"][sentence] if d.precision in ("day", "period")]
            cached = self._day_cache[sentence] = days[:MAX_EVIDENCE]
        return cached

    def _admins(self, sentence: int) -> set[str]:
        # Cached: a long run-on sentence holds many counts, and each asks again.
        cached = self._admin_cache.get(sentence)
        if cached is None:
            cached = self._admin_cache[sentence] = {a for p in self.by_sentence["places"][sentence] if (a := admin1_of(p))}
        return cached

    def _place_keys(self, sentence: int) -> set[str]:
        cached = self._key_cache.get(sentence)
        if cached is None:
            cached = self._key_cache[sentence] = {place_key(p) for p in self.by_sentence["places"][sentence]}
        return cached

    def _add_sentence(self, event: Event, sentence: int) -> None:
        if sentence in event.sentence_set:
            return
        event.sentence_set.add(sentence)
        event.sentences.append(sentence)
        if len(event.dates) < MAX_EVIDENCE:
            event.dates.extend(self._day_dates(sentence)[: MAX_EVIDENCE - len(event.dates)])
        event.admins |= self._admins(sentence)
        event.place_names |= self._place_keys(sentence)

    def _event_ranges(self, event: Event) -> list[tuple[dt.date, dt.date]]:
        """When the event happened: its own dates, else (a news report's default) the days before publication."""
        if event.dates:
            return [(d.first, d.last) for d in event.dates]
        pub = self.doc.published
        if pub is not None:
            return [(pub - dt.timedelta(days=RECENT_DAYS), pub + dt.timedelta(days=1))]
        return []

    def _conflicts(self, event: Event, sentence: int, frame: CasualtyFrame) -> bool:
        # Any date in the sentence that misses the event's time ("in August 2013" in a 2017 report) is another event.
        dates = self.by_sentence["dates"][sentence][: MAX_EVIDENCE * 5]  # bounded for run-on "sentences"
        own = self._event_ranges(event)
        # "The death toll rose to 20 on Friday": a later day's toll of the same attack.
        late = frame.update and frame.group in event.frames
        # A sentence already in the event was dated with it: "In March two blasts killed 40 and injured 120" is
        # one event even though a month is no day the event's time is kept by.
        if dates and own and not late and sentence not in event.sentence_set and not any(d.first <= last and first <= d.last for d in dates for first, last in own):
            return True
        admins = self._admins(sentence)
        if admins and event.admins and not admins & event.admins:
            return True
        if (sentence not in event.sentence_set and not frame.update
                and ANOTHER_OPENER.match(self.doc.lower, self.doc.sentences[sentence][0])):
            return True  # "In another attack, two civilians were killed ...", "Elsewhere, ..."
        previous = event.frames.get(frame.group)
        if previous is not None and refines(previous, frame):
            return False
        if previous is not None and previous.number.value != frame.number.value and not frame.update:
            names = self._place_keys(sentence)
            new_place = bool(names - event.place_names)
            if frame.addition:
                return new_place  # "4 militants were also killed": the same clash's other side, unless elsewhere
            return new_place or bool(self.by_sentence["attacks"][sentence] and sentence != event.sentences[-1])
        return False

    def group(self) -> list[Event]:
        events: list[Event] = []
        current: Event | None = None
        aggregates: dict[int, Event] = {}
        for frame in self.doc.frames:
            s = frame.sentence
            if frame.aggregate:
                agg = aggregates.get(s)
                if agg is None or frame.group in agg.frames:
                    agg = aggregates[s] = Event("aggregate")
                    self._add_sentence(agg, s)
                    events.append(agg)
                agg.frames[frame.group] = frame
                continue
            if current is None or self._conflicts(current, s, frame):
                current = Event("incident")
                events.append(current)
            self._add_sentence(current, s)
            previous = current.frames.get(frame.group)
            # "Dozens killed ..." then "killed at least 58", or "more than 200" then "at least 213": the
            # precise count replaces the order of magnitude or the round lower bound.
            if previous is not None and frame.addition and not frame.combined and previous.sentence != frame.sentence:
                current.frames[frame.group] = add(previous, frame)  # "... 2 militants were also killed"
            elif previous is None or frame.update or refines(previous, frame):
                if previous is not None and frame.update:
                    for part in ("civilians", "children", "women"):  # "... 10 fatalities." keeps the parts told before
                        if getattr(frame, part) is None and getattr(previous, part) is not None:
                            setattr(frame, part, getattr(previous, part))
                current.frames[frame.group] = frame
            else:
                current.extra.append(frame)
        for count in self.doc.attack_counts:
            # "killed 1,510 people in 184 attacks since 2012": one aggregate; else one of its own.
            agg = aggregates.get(count.sentence)
            if agg is None or agg.attacks is not None:
                agg = aggregates[count.sentence] = Event("aggregate")
                self._add_sentence(agg, count.sentence)
                events.append(agg)
            agg.attacks = count
        history = {id(e): self._historical(e) for e in events if e.kind == "incident"}
        for event in events:
            if history.get(id(event)) == "coarse":
                # "the 1982 Hama massacre killed 40,000", "in August 2013": background, not an incident.
                event.kind = "aggregate"
        lead = self._attack_without_toll()
        first = next((e for e in events if e.kind == "incident"), None)
        if lead is not None and (first is None or (lead < first.sentences[0] and self._is_background(first))):
            # The lead tells of an attack without a toll, and the first toll is of an older event.
            event = Event("incident")
            self._add_sentence(event, lead)
            events.append(event)
        events.sort(key=lambda e: e.sentences[0])
        news = [e for e in events if e.kind == "incident" and history.get(id(e)) is None]
        headline = self._headline_pick(news)
        for event in ([headline] if headline is not None else []) + events:
            # An old event recalled with its full date ("on 21 August 2013") stays an incident, never the lead.
            if event.kind == "incident" and history.get(id(event)) is None:
                event.lead = True
                break
        else:
            # Every toll is of an older event: the lead's attack, told without a toll or a named place, is the news.
            lead = self._attack_without_toll(need_place=False)
            if lead is not None:
                event = Event("incident", lead=True)
                self._add_sentence(event, lead)
                events.append(event)
                events.sort(key=lambda e: e.sentences[0])
        return events

    def _headline_pick(self, current: list[Event]) -> Event | None:
        """The incident whose toll the headline states when the first incident does not state it
        ("Strikes kill 30 in Raqqa" over a lead that first tells of 5 dead elsewhere)."""
        if len(current) < 2 or 0 in current[0].sentence_set:
            return None
        start, end = self.doc.sentences[0]
        if not any(pattern.search(self.doc.lower, start, end) for _, pattern in terms().groups):
            return None  # a headline that states no toll
        dated = [(d.start, d.end) for d in self.doc.dates if d.start < end]
        stated = {n.value for n in self.doc.numbers if start <= n.start < end and not n.vague
                  and not any(a < n.end and n.start < b for a, b in dated) and not 1900 <= n.value <= 2100}
        first_values = {f.number.value for f in current[0].frames.values()}
        if not stated or stated & first_values:
            return None
        return next((e for e in current[1:] if stated & {f.number.value for f in e.frames.values()}), None)

    def reference_date(self) -> dt.date | None:
        """Publication, else the latest full date the report gives (its news is at least that recent)."""
        if self.doc.published is not None:
            return self.doc.published
        days = [d.last for d in self.doc.dates if d.precision == "day" and not d.relative and not d.reporting]
        return max(days) if days else None

    def _historical(self, event: Event) -> str | None:
        """"coarse" for an event dated only by a year or month long before the report ("in 1982", "the 2013
        attack", "last year"), "dated" for one with a full date long before it, else None."""
        ref = self.reference_date()
        dates: list[DateHit] = [d for d in self.at("dates", event.sentences) if not self._in_opening(d.start)]
        if ref is None or not dates:
            return None
        window = (ref - dt.timedelta(days=RECENT_DAYS), ref + dt.timedelta(days=1))
        if any(d.first <= window[1] and window[0] <= d.last for d in dates):
            return None
        if max(d.last for d in dates) >= ref - dt.timedelta(days=BACKGROUND_DAYS):
            return None
        if any(d.precision == "day" and not d.relative for d in dates):
            # Without a publication date the latest date named is only a guess at "now": a chronology's
            # dated events may well be what it is about.
            return "dated" if self.doc.published is not None else None
        return "coarse"

    def _is_background_sentence(self, sentence: int) -> bool:
        pub = self.doc.published
        dates = self.by_sentence["dates"][sentence]
        if pub is None or not dates:
            return False
        window = (pub - dt.timedelta(days=RECENT_DAYS), pub + dt.timedelta(days=1))
        return not any(d.first <= window[1] and window[0] <= d.last and (d.last - d.first).days <= 31 for d in dates)

    def _is_background(self, event: Event) -> bool:
        """Dated, and not in the days before publication ("killed 1,429 people in 2013")."""
        pub = self.doc.published
        dates = self.at("dates", event.sentences)
        if pub is None or not dates:
            return False
        window = (pub - dt.timedelta(days=RECENT_DAYS), pub + dt.timedelta(days=1))
        return not any(d.first <= window[1] and window[0] <= d.last for d in dates)

    def _attack_without_toll(self, need_place: bool = True) -> int | None:
        """An attack reported without a toll: the first lead sentence with an attack and a place or target."""
        for i in range(min(len(self.doc.sentences), LEAD_SENTENCES + 2)):
            b = self.by_sentence
            if (b["attacks"][i] or b["weapons"][i]) and (b["places"][i] or b["targets"][i] or not need_place):
                # "has attacked schools on 184 occasions since 2013" is a record, not an event.
                start, end = self.doc.sentences[i]
                # A sentence with a "since" date is a total's too, in any language ("منذ عام 2011").
                if (not self._is_background_sentence(i) and not terms().aggregate.search(self.doc.lower, start, end)
                        and not self.by_sentence["since"][i]):
                    return i
        return None
