"""Mention assembly: the events of ``_events`` turned into the mentions of docs/contract.md section 2, with
their dates, places, actors, weapons, targets, counts, attribution and legal references, and the
primary mention.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re

from ...schema import (
    ActorRef,
    AttackCount,
    Attribution,
    Casualties,
    CodeRef,
    Count,
    DateValue,
    LegalRef,
    Mention,
    PlaceRef,
    ResolvedPlace,
    Span,
)
from ..doc import CasualtyFrame, DateHit, Doc, Hit, PlaceMention
from ..registry import Component, PipelineContext, component
from ._events import (
    LEAD_SENTENCES,
    MAX_EVIDENCE,
    RECENT_DAYS,
    UNDATED_WINDOW_DAYS,
    Event,
    EventGrouper,
    admin1_of,
)
from ._followups import refers_back, restates_attack, tells_same_incident, turns_elsewhere
from ._merge import echoes, restates, same_event, same_small_toll, same_toll, sums_parts
from ._origin import REACH as ORIGIN_REACH
from ._origin import came_from
from ._words import any_of


def _any(key: str) -> str:
    return any_of("cues.json", key)


# "executed 48 people in a northern village": the event names its place without naming it, so the report's
# first place is not a stand-in for it.
_UNNAMED_PLACE = re.compile(
    r"\b(?:in|on|near|at|into|outside)\s+(?:a|an|one|another)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:" + _any("unnamed_places") + r")\b(?!\s+(?:of|called|named)\b)")
# A count told as more than one already given: "another two", "a further five", "two more".
_MORE_BEFORE = re.compile(r"\b(?:another|further|additional|other)\s+(?:[\w-]+\s+)?$")
_MORE_AFTER = re.compile(r"\s+(?:more|others|other|additional)\b")
# A sentence about another time, or a fear or a background, not the attack at hand.
# (Only ever searched for, never read: the order of the words does not change what is found.)
_ELSEWHEN = re.compile(r"\b(?:" + _any("other_times") + "|" + _any("elsewhen_more") + r")\b")
# The time words of _ELSEWHEN alone: a sentence told of another time (not one that speaks of a fear).
_OTHER_TIME = re.compile(r"\b(?:" + _any("other_times") + r")\b")
# "hours after a gas attack left dozens dead in X": a clause about another, earlier attack. A bare
# "after" usually gives the cause of the same deaths ("killed after jets struck X"), so it needs a time.
_OTHER_EVENT = re.compile(
    r"\b(?:(?:" + _any("time_spans") + r")\s+(?:after|before)|since)"
    r"\b[^.;]{0,80}?\b(?:" + _any("attack_stems") + r")"
)

_ATTACK_NOUN = r"(?:" + _any("attack_nouns") + r")"
# "killed 43 people on Saturday as US-backed fighters advanced towards Raqqa": a clause about something
# else going on at the time; the places it names are not the attack's.
# ("as IS advanced on a regime position in Raqa" is the attack itself: only a heading elsewhere counts).
_CONCURRENT = re.compile(r"\b(?:as|while|amid)\s+[^.;:]{0,80}?\btowards?\b")
_TOLD_WITHIN = 120  # characters from an attack word to the day that dates it in the sentence before a toll
_ATTACK_WORD = re.compile(rf"\b{_ATTACK_NOUN}\b")
# "... in the attack", "the same strike": a toll that points back at the attack told just before.
_POINTS_BACK = re.compile(rf"\b(?:the|this|that)\s+(?:same\s+|deadly\s+|latest\s+|\w+\s+)?{_ATTACK_NOUN}\b")
# "The explosion took place ...", "The attack came ...": a sentence that goes on telling the same attack.
_OPENS_ON_ATTACK = re.compile(rf"\W*(?:the|this|that)\s+(?:[\w-]+\s+){{0,2}}?{_ATTACK_NOUN}\b")


class Assembler(EventGrouper):
    """Builds each event's Mention; a mention's places are ordered nearest its count first."""

    def __init__(self, doc: Doc) -> None:
        super().__init__(doc)
        self._news: bool | None = None
        self._other_event_from: dict[int, re.Match[str] | None] = {}
        self._towards: list[int] | None = None

    def _concurrent(self, start: int, end: int) -> bool:
        """Whether ``_CONCURRENT.search(doc.lower, start, end)`` finds a match; the same answer, sooner.

        Every match holds "toward", so a window without one (most windows) needs no regex search, which
        would read the whole window once per place of a long sentence (a report with no full stop).
        """
        if self._towards is None:
            self._towards = [m.start() for m in re.finditer("toward", self.doc.lower)]
        i = bisect.bisect_left(self._towards, start)
        if i == len(self._towards) or self._towards[i] + len("toward") > end:
            return False
        return _CONCURRENT.search(self.doc.lower, start, end) is not None

    def _other_event(self, start: int, end: int) -> int | None:
        """Where ``_OTHER_EVENT.search(doc.lower, start, end)`` starts a match, or None; the same answer.

        The first match from ``start`` on is looked for once and kept: every place and weapon of an
        event is checked against the same few counts, and searching from a count to each of them
        made a long sentence (a report with no full stop) quadratic. Any match inside the window is a
        match of the whole text (the pattern ends on a word, with no look-ahead), so the window's first
        match starts where the whole text's does when that one fits; when it does not, only its span
        is searched again.
        """
        if start not in self._other_event_from:
            self._other_event_from[start] = _OTHER_EVENT.search(self.doc.lower, start)
        first = self._other_event_from[start]
        if first is None or first.start() >= end:
            return None
        if first.end() <= end:
            return first.start()
        again = _OTHER_EVENT.search(self.doc.lower, first.start(), end)
        return again.start() if again is not None else None

    def spans(self, *pairs: tuple[int, int]) -> list[Span]:
        return [self.doc.span(a, b) for a, b in list(dict.fromkeys(pairs))[:MAX_EVIDENCE]]

    @staticmethod
    def _add_evidence(evidence: list[Span], span: Span) -> None:
        if len(evidence) < MAX_EVIDENCE and all(e.start != span.start or e.end != span.end for e in evidence):
            evidence.append(span)

    def date(self, event: Event) -> DateValue | None:
        since: list[DateHit] = self.at("since", event.sentences) if event.kind == "aggregate" else []
        if since:
            # "since 2012": from then to publication, open-ended when the publication date is unknown.
            d = since[0]
            end = d.last.isoformat() if self.doc.published is not None else None
            return DateValue(start=d.first.isoformat(), end=end, precision="period", evidence=self.spans((d.start, d.end)))
        hits: list[DateHit] = [d for d in self.at("dates", event.sentences) if not self._in_opening(d.start)]
        if not hits and event.lead:
            # The lead's date, unless it dates an older event recalled there ("On 12 June 2014, ...").
            lead = [i for i in range(min(LEAD_SENTENCES, len(self.doc.sentences))) if not self._is_background_sentence(i)]
            hits = [d for d in self.at("dates", lead) if not self._in_opening(d.start)]
        if not hits and event.kind == "incident":
            hits = self._neighbour_dates(event)
        if hits:
            order = {"day": 0, "period": 1, "week": 2, "month": 3, "year": 4}
            best = min(hits, key=lambda d: (order.get(d.precision, 5), d.start))
            return DateValue(start=best.first.isoformat(), end=best.last.isoformat(), precision=best.precision,  # type: ignore[arg-type]
                             evidence=self.spans((best.start, best.end)))
        reported = [d for d in self.doc.dates if d.reporting and d.precision == "day"
                    and self.doc.sentence_of(d.start) in event.sentence_set]
        if reported and event.kind == "incident":
            d = reported[0]
            if re.search(r"\breport(?:ed|s|ing)\s+(?:late\s+|early\s+|on\s+|this\s+|last\s+)*$", self.doc.lower[max(0, d.start - 30) : d.start]):
                # "... Syrian state TV reported on Wednesday": the report's date, with its precision.
                return DateValue(start=d.first.isoformat(), end=d.last.isoformat(), precision=d.precision,  # type: ignore[arg-type]
                                 evidence=self.spans((d.start, d.end)))
            # "... a monitor said on Sunday": the attack was that day or the day before.
            return DateValue(start=(d.first - dt.timedelta(days=1)).isoformat(), end=d.last.isoformat(),
                             precision="period", evidence=self.spans((d.start, d.end)))
        pub = self.doc.published
        if pub is None or event.kind != "incident" or not self.news_of_the_moment():
            return None
        # Implied, not read: precision "period", and no evidence but the dateline when there is one.
        evidence = self.spans(self.doc.published_span) if self.doc.published_span else []
        start = pub - dt.timedelta(days=UNDATED_WINDOW_DAYS)
        return DateValue(start=start.isoformat(), end=pub.isoformat(), precision="period", evidence=evidence)

    def _neighbour_dates(self, event: Event) -> list[DateHit]:
        """The day of an undated toll told in the sentence next to it about the same attack: "... the crime
        committed in Khan Sheikhoun at dawn today. Chemicals were used in the attack, which left 100 dead"
        (the toll points back) or "A car bomb hit a convoy, killing 100. The explosion took place at a transit
        point on Saturday" (the next sentence opens on the attack). Only a stated day counts, never the day a
        report was made, and never from a sentence that tells a toll of its own."""
        if not event.sentences:
            return []
        doc, first, last = self.doc, min(event.sentences), max(event.sentences)
        own = {id(f) for f in list(event.frames.values()) + event.extra}

        def days(sentence: int) -> list[DateHit]:
            if sentence in event.sentence_set or any(f.sentence == sentence and id(f) not in own for f in doc.frames):
                return []
            if self._is_background_sentence(sentence) or _ELSEWHEN.search(doc.lower, *doc.sentences[sentence]):
                return []
            return [d for d in self.by_sentence["dates"][sentence]
                    if d.precision == "day" and not d.reporting and not d.since]

        before, after = first - 1, last + 1
        if before >= 0 and _POINTS_BACK.search(doc.lower, *doc.sentences[first]):
            # The day must be the attack's, told just after it ("committed in ... at dawn today"), not another
            # clause's ("On Tuesday, tests on victims of the attack confirmed ...").
            words = [h.end for h in self.by_sentence["attacks"][before] + self.by_sentence["weapons"][before]]
            words += [m.end() for m in _ATTACK_WORD.finditer(doc.lower, *doc.sentences[before])]
            found = [d for d in days(before) if any(0 <= d.start - w <= _TOLD_WITHIN for w in words)]
            if found:
                return found
        if after < len(doc.sentences) and _OPENS_ON_ATTACK.match(doc.lower, doc.sentences[after][0]):
            return days(after)
        return []

    def news_of_the_moment(self) -> bool:
        """Whether the report tells of the days around its publication: it has a dateline, or names a day
        ("on Friday", "yesterday", "the monitor said on Sunday") within RECENT_DAYS of it. Only then is an
        undated attack taken to be in the week before publication."""
        if self._news is None:
            pub = self.doc.published
            if pub is None:
                self._news = False
            elif self.doc.published_span is not None:
                self._news = True
            else:
                lo, hi = pub - dt.timedelta(days=RECENT_DAYS), pub + dt.timedelta(days=1)
                self._news = any(not d.since and (d.last - d.first).days <= 7 and d.first <= hi and lo <= d.last
                                 for d in self.doc.dates)
        return self._news

    def _anchors(self, event: Event) -> list[int]:
        """Where the event is told: its counts, else its attack and weapon words."""
        anchors = [f.number.start for f in list(event.frames.values()) + event.extra[:MAX_EVIDENCE]]
        if not anchors:
            anchors = [h.start for h in self.at("attacks", event.sentences) + self.at("weapons", event.sentences)]
        return anchors[: MAX_EVIDENCE * 2]

    def places(self, event: Event) -> list[PlaceRef]:
        own: list[PlaceMention] = self.at("places", event.sentences)
        anchors = self._anchors(event)

        def distance(p: PlaceMention) -> float:
            # "kills 140 in Hama": the place after the count is where it happened, more often than the one before.
            if not anchors:
                return 0.0
            return min((p.start - a) if p.start >= a else 1.5 * (a - p.start) for a in anchors)

        chosen = {(f.group, f.number.value) for f in event.frames.values()}
        counts = [f.number for f in list(event.frames.values()) + event.extra[: MAX_EVIDENCE * 4]
                  if (f.group, f.number.value) in chosen]
        count_at = [(n.end, self.doc.sentence_of(n.start)) for n in counts]  # looked up once, not per place

        def ours(p: PlaceMention) -> bool:
            if self._in_opening(p.start):
                return False  # "After regime forces captured Kafr Nabl last month, ...": that event's place
            if came_from(self.doc.lower, max(self.doc.sentences[self.doc.sentence_of(p.start)][0], p.start - ORIGIN_REACH), p.start):
                return False  # where the victims came from, not where they were hit
            # "19 killed near the capital hours after a gas attack left dozens dead in Khan Sheikhoun": a
            # place in a clause about an earlier attack is that attack's, not this count's.
            sentence = self.doc.sentence_of(p.start)
            before = [end for end, at in count_at if end <= p.start and at == sentence]
            if not before:
                return True
            return self._other_event(max(before), p.start) is None and not self._concurrent(max(before), p.start)

        def told_now(p: PlaceMention) -> bool:
            # Outside the event's sentences, not a place recalled from another time ("used the same
            # weapons in Aleppo last year").
            i = self.doc.sentence_of(p.start)
            return not self._is_background_sentence(i) and not _OTHER_TIME.search(self.doc.lower, *self.doc.sentences[i])

        hits = sorted((p for p in own if ours(p)), key=distance)
        event.borrowed_place = not any(admin1_of(p) for p in hits)
        if not any(admin1_of(p) for p in hits) and event.lead:
            seen = {id(p) for p in own}
            lead = self.at("places", list(range(min(LEAD_SENTENCES, len(self.doc.sentences)))))
            hits = hits + [p for p in lead if id(p) not in seen and ours(p) and told_now(p)]
        unnamed = any(_UNNAMED_PLACE.search(self.doc.lower, *self.doc.sentences[i]) for i in event.sentences)
        if not any(admin1_of(p) for p in hits) and event.kind == "incident" and not (unnamed and not event.lead):
            # The report's first place inside the country: where a news report's event usually is.
            # The first such place only: looking past it for every event made a report of many events
            # quadratic in its length.
            start = self.doc.sentences[event.sentences[0]][0]
            first = next((p for p in self.doc.places if admin1_of(p) and p.start >= start and ours(p) and told_now(p)), None)
            if first is None:
                first = next((p for p in self.doc.places if admin1_of(p) and ours(p) and told_now(p)), None)
            hits = hits + ([first] if first is not None else [])
        refs: dict[tuple[str, str], PlaceRef] = {}
        for p in hits:
            key = (p.name.lower(), p.role)
            span = self.doc.span(p.start, p.end)
            if key in refs:
                self._add_evidence(refs[key].evidence, span)
                continue
            resolved = p.resolved
            if resolved is not None and not isinstance(resolved, ResolvedPlace):
                resolved = ResolvedPlace.model_validate(resolved, from_attributes=True)
            refs[key] = PlaceRef(name=p.name, role=p.role, resolved=resolved, evidence=[span])  # type: ignore[arg-type]
        return list(refs.values())

    def _same_attack(self, event: Event, sentence: int) -> bool:
        """A later sentence can name who carried out the lead's attack only if it is about that attack: not one
        dated at another time ("executed by government forces in Rityan earlier this week", "in August
        2013"), nor a fear or background ("feared revenge attacks by pro-government forces")."""
        start, end = self.doc.sentences[sentence]
        if _ELSEWHEN.search(self.doc.lower, start, end):
            return False
        dates = self.by_sentence["dates"][sentence][: MAX_EVIDENCE * 5]
        own = self._event_ranges(event)
        return not (dates and own and not any(d.first <= last and first <= d.last for d in dates for first, last in own))

    def actors(self, event: Event) -> list[ActorRef]:
        # Only the roles of docs/contract.md section 2: who holds the place hit ("holder") or a country named as a
        # place ("brought to Turkey", role "place") is neither.
        roles = ("perpetrator", "supporter", "target", "source")
        hits: list[Hit] = [h for h in self.at("actors", event.sentences) if h.role in roles]
        # The side named before "killed" in the sentence of a count is its subject: "regime forces ... killed 40";
        # not a name after "in", "to", "from" ("casualties brought to Turkey, three of which died").
        for frame in list(event.frames.values()):
            verb_at = max(frame.evidence[1][0], frame.number.start) if len(frame.evidence) > 1 else frame.number.start
            s_start = self.doc.sentences[frame.sentence][0]
            for h in hits:
                if h.role == "perpetrator" and s_start <= h.start < frame.number.start and h.start < verb_at \
                        and not re.search(r"\b(?:in|into|to|from|at|near|across|towards?|inside|of|on)\s+(?:the\s+)?$",
                                          self.doc.lower[max(0, h.start - 15) : h.start]):
                    h.weight = max(h.weight, 1.0)
        # The side the count is of ("over 50 Jaysh al-Fateh terrorists killed", "killed 12 IS fighters") is its
        # victim: named as striking too, it comes after any other side that did.
        numbers = [f.number for f in list(event.frames.values()) + event.extra[:MAX_EVIDENCE]]
        victims = {h.code for h in hits if h.role == "target" and h.code != "UNKNOWN"
                   and any(n.end <= h.start <= n.end + 30 for n in numbers)}
        strong = [h for h in hits if h.role == "perpetrator" and h.weight >= 1.0 and h.code not in ("UNKNOWN", *victims)]
        if event.lead and not strong:
            # The headline or lead usually names who struck ("Russian jets kill 12"), unless that sentence tells of
            # another incident ("Meanwhile four were killed when IS shelled Deir Ezzor").
            seen = {id(h) for h in hits}
            lead_sentences = [i for i in range(min(LEAD_SENTENCES, len(self.doc.sentences)))
                              if i in event.sentence_set or not turns_elsewhere(self, event, i)]
            lead = [h for h in self.at("actors", lead_sentences)
                    if h.role == "perpetrator" and h.weight >= 1.0 and id(h) not in seen]
            hits = hits + lead
        if event.lead and not any(h.role == "perpetrator" and h.weight >= 1.0 and h.code not in ("UNKNOWN", *victims) for h in hits):
            # Said later on ("the raids were carried out by Russian jets", "IS claimed responsibility for the
            # bombing"), with a cue, in a sentence about the attack; a name beats "terrorists". Over sides named
            # without a cue, only from a sentence that speaks of this attack ("the raids", its toll again).
            named = any(h.role == "perpetrator" and h.code != "UNKNOWN" for h in hits)

            def told_later(h: Hit) -> bool:
                i = self.doc.sentence_of(h.start)
                told = bool(self.by_sentence["attacks"][i] or self.by_sentence["weapons"][i]) or restates_attack(self, event, i)
                return told and tells_same_incident(self, event, i) and (not named or restates_attack(self, event, i))

            cued = [h for h in self.doc.actors if h.role == "perpetrator" and h.weight >= 1.0 and h.code not in victims]
            later = [h for h in cued if h.code != "UNKNOWN" and told_later(h)][:1]
            if not later and not any(h.role == "perpetrator" and h.weight >= 1.0 for h in hits):
                later = [h for h in cued if told_later(h)][:1]
            hits = hits + later
        # Perpetrators named with a cue first (a named side before "terrorists", the victims' side last), then the
        # others in text order.
        hits = sorted(hits, key=lambda h: (h.role != "perpetrator", h.code in victims,
                                           -(min(h.weight, 0.75) if h.code == "UNKNOWN" else h.weight), h.code == "UNKNOWN", h.start))
        refs: dict[tuple[str, str], ActorRef] = {}
        for h in hits:
            key = (h.code, h.role or "perpetrator")
            span = self.doc.span(h.start, h.end)
            if key in refs:
                self._add_evidence(refs[key].evidence, span)
            else:
                refs[key] = ActorRef(code=h.code, role=key[1], evidence=[span])  # type: ignore[arg-type]
        return list(refs.values())

    def codes(self, name: str, event: Event, fallback: bool) -> list[CodeRef]:
        counts = [f.number for f in list(event.frames.values()) + event.extra[:MAX_EVIDENCE]]
        count_at = [(n.end, self.doc.sentence_of(n.start)) for n in counts]

        def own(h: Hit) -> bool:
            # "19 killed near the capital hours after a chemical attack left dozens dead in X": the weapon of a
            # clause about another, earlier attack is not this count's; nor one only considered or threatened
            # ("considering air strikes to deter him", "warns against new US missile strikes").
            if name == "weapons" and re.search(
                r"\b(?:consider\w*|approv\w*|authori[sz]\w*|threat\w*|plan(?:s|ned|ning)?\s+to|propos\w*|"
                r"warn\w*\s+(?:of|against)|deter\w*|punitive|future)\b[^.;]{0,40}$",
                self.doc.lower[max(0, h.start - 60) : h.start]):
                return False
            sentence = self.doc.sentence_of(h.start)
            before = [end for end, at in count_at if end <= h.start and at == sentence]
            if not before:
                return True
            other = self._other_event(max(before), h.end + 60)
            return other is None or other >= h.start

        hits: list[Hit] = [h for h in self.at(name, event.sentences) if own(h)]
        if fallback and event.lead:
            # The headline names the means of attack more often than any later sentence does; and a
            # headline that sums up several attacks leaves the means to the sentences after it. A lead
            # sentence dated long before ("In 2013, a chemical attack killed 1,400") is another event's.
            seen = {id(h) for h in hits}
            recent = [i for i in range(min(LEAD_SENTENCES + 1, len(self.doc.sentences))) if not self._is_background_sentence(i)
                      and (i == 0 or i in event.sentence_set or not turns_elsewhere(self, event, i))]
            hits = hits + [h for h in self.at(name, [i for i in recent if i == 0]) if id(h) not in seen and own(h)]
            if not hits:
                hits = [h for h in self.at(name, recent) if own(h)]
            if all(h.code == "unknown" for h in hits) and event.kind == "incident":
                # Named later on ("the victims were executed", "the building was targeted by a car bomb" after
                # "the bombing"), when only this incident is in play.
                later = next((i for i in range(len(self.doc.sentences)) if i not in event.sentence_set
                              and self.by_sentence[name][i] and tells_same_incident(self, event, i)
                              and refers_back(self, event, i)), None)
                hits = hits + (self.at(name, [later]) if later is not None else [])

        refs: dict[str, CodeRef] = {}
        for h in hits:
            span = self.doc.span(h.start, h.end)
            if h.code in refs:
                self._add_evidence(refs[h.code].evidence, span)
            else:
                refs[h.code] = CodeRef(code=h.code, evidence=[span])
        return list(refs.values())

    def count(self, frame: CasualtyFrame | None, extra: list[CasualtyFrame]) -> Count | None:
        if frame is None:
            return None
        n = frame.number
        evidence = list(dict.fromkeys(frame.evidence))
        groups = {"civilians": frame.civilians, "children": frame.children, "women": frame.women}
        for other in extra[: MAX_EVIDENCE * 4]:
            if other.group == frame.group and other.number.value == n.value:
                evidence.extend(e for e in other.evidence if e not in evidence)
                # A restatement may say what the first figure did not ("kills 14" ... "killed 14 civilians").
                for key, value in groups.items():
                    if value is None:
                        groups[key] = getattr(other, key)
        return Count(low=n.low, high=n.high, evidence=self.spans(*evidence), **groups)

    def attack_count(self, event: Event) -> AttackCount | None:
        if event.attacks is None:
            return None
        n = event.attacks.number
        return AttackCount(low=n.low, high=n.high, evidence=self.spans(*event.attacks.evidence))

    def mention(self, event: Event) -> Mention:
        attributions: list[Hit] = self.at("attributions", event.sentences)
        if not attributions and event.lead:
            attributions = self.doc.attributions[:1]
        names: dict[str, Attribution] = {}
        for h in attributions:
            self._add_evidence(names.setdefault(h.code, Attribution(name=h.code, evidence=[])).evidence, self.doc.span(h.start, h.end))
        legal_hits: list[Hit] = self.doc.legal if event.lead else self.at("legal", event.sentences)
        legal: dict[str, LegalRef] = {}
        for h in legal_hits:
            self._add_evidence(legal.setdefault(h.code, LegalRef(ref=h.code, evidence=[])).evidence, self.doc.span(h.start, h.end))
        mention = Mention(
            kind=event.kind,  # type: ignore[arg-type]
            date=self.date(event),
            places=self.places(event),
            actors=self.actors(event),
            weapons=self.codes("weapons", event, fallback=True),
            targets=self.codes("targets", event, fallback=False),
            casualties=Casualties(
                killed=self.count(event.frames.get("killed"), event.extra),
                injured=self.count(event.frames.get("injured"), event.extra),
            ),
            attribution=list(names.values()),
            legal=list(legal.values()),
            attacks=self.attack_count(event),
        )
        mention.confidence = confidence(mention)
        return mention


    def _told_as_more(self, event: Event) -> bool:
        frame = event.frames.get("killed")
        if frame is None:
            return False
        n, lower = frame.number, self.doc.lower
        return frame.addition or bool(_MORE_BEFORE.search(lower, max(0, n.start - 30), n.start) or _MORE_AFTER.match(lower, n.end))

    def _retells_lead(self, event: Event, kept_events: list[Event], kept: list[Mention]) -> int | None:
        """An undated later event whose only toll is a round word ("dozens", "scores") that the lead's precise
        figure fits, in the lead's governorate or at no place of its own: the lead told again in round words.
        Returns the lead's index among those kept."""
        frame = event.frames.get("killed")
        if (event.kind != "incident" or event.lead or frame is None or not frame.number.vague or "injured" in event.frames
                or self.at("dates", event.sentences) or self._told_as_more(event)):
            return None
        at = next((i for i, e in enumerate(kept_events) if e.lead and e.kind == "incident"), None)
        if at is None:
            return None
        toll = kept[at].casualties.killed
        low = frame.number.low or 0
        if toll is None or toll.low is None or toll.low < low or (toll.high is not None and toll.high < low):
            return None
        own = {a for p in self.at("places", event.sentences) if (a := admin1_of(p))}
        if own and not own & {p.resolved.admin1_pcode for p in kept[at].places if p.resolved is not None}:
            return None
        return at

    def merge_repeats(self, events: list[Event], mentions: list[Mention]) -> tuple[list[Event], list[Mention]]:
        """Folds a later mention of the same event into the earlier one; the earlier one's counts stay."""
        kept_events: list[Event] = []
        kept: list[Mention] = []
        for event, mention in zip(events, mentions, strict=True):
            small = not self._told_as_more(event)
            target = next((i for i, m in enumerate(kept) if same_event(m, mention) or same_toll(m, mention)
                           or (small and same_small_toll(m, mention))
                           or ((kept_events[i].borrowed_place or event.borrowed_place)
                               and same_toll(m, mention, placed=False))), None)
            if target is None and (target := self._retells_lead(event, kept_events, kept)) is not None:
                # "the Idlib Media Center said dozens of people had been killed": the lead's toll again, in
                # round words; the lead's figure stays and this sentence is evidence for it.
                kept_events[target].extra.extend(list(event.frames.values()) + event.extra)
                kept[target] = self.mention(kept_events[target])
                continue
            if target is None and event.kind == "incident" and not event.lead and not self.at("dates", event.sentences):
                # An undated sentence repeating an earlier event's exact toll ("accuses the regime of killing
                # more than 1,400 people" after "On August 21 2013 ... more than 1,400") is that event again.
                target = next((i for i, m in enumerate(kept) if restates(m, mention)), None)
                if target is not None:
                    # Its figures are evidence for the earlier toll; what else its sentence names is not.
                    kept_events[target].extra.extend(list(event.frames.values()) + event.extra)
                    kept[target] = self.mention(kept_events[target])
                    continue
            if target is None:
                kept_events.append(event)
                kept.append(mention)
                continue
            into = kept_events[target]
            for s in event.sentences:
                self._add_sentence(into, s)
            for group, frame in event.frames.items():
                if group in into.frames:
                    into.extra.append(frame)
                else:
                    into.frames[group] = frame
            into.extra.extend(event.extra)
            into.lead = into.lead or event.lead
            kept[target] = self.mention(into)
        return kept_events, kept


def confidence(m: Mention) -> float:
    """A rough 0..1 score of how complete and well anchored the mention is (not a calibrated probability)."""
    score = 0.3
    if m.casualties.killed or m.casualties.injured:
        score += 0.2
    if any(p.resolved is not None for p in m.places):
        score += 0.15
    if m.date and m.date.evidence and m.date.precision == "day":
        score += 0.15
    if any(a.role == "perpetrator" for a in m.actors):
        score += 0.1
    if m.weapons:
        score += 0.1
    return round(min(score, 1.0), 2)


@component(
    name="assemble",
    assigns=["mentions", "primary"],
    requires=["sentences", "frames", "attack_counts", "dates", "places", "actors", "weapons", "targets", "attacks", "attributions", "legal"],
)
def make_assemble(context: PipelineContext) -> Component:
    def assemble(doc: Doc) -> None:
        if not doc.sentences:
            return
        assembler = Assembler(doc)
        events = assembler.group()
        mentions = [assembler.mention(e) for e in events]
        events, mentions = assembler.merge_repeats(events, mentions)
        # An aggregate that only repeats an incident's toll would count one figure twice.
        keep = [i for i, m in enumerate(mentions) if not any(echoes(m, other) for other in mentions)]
        events, mentions = [events[i] for i in keep], [mentions[i] for i in keep]
        # A headline total of a round-up's separate tolls is a claim about them, not another incident.
        for i in [i for i, m in enumerate(mentions) if sums_parts(m, mentions)]:
            mentions[i] = mentions[i].model_copy(update={"kind": "aggregate"})
            events[i].kind = "aggregate"
            if events[i].lead:
                events[i].lead = False
                nxt = next((e for e in events if e.kind == "incident"), None)
                if nxt is not None:
                    nxt.lead = True
        doc.mentions = mentions
        doc.primary = next((i for i, e in enumerate(events) if e.lead), None)

    return assemble
