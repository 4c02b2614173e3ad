"""Whether a casualty figure is a total over a period (an aggregate) rather than one attack's toll: the cues
around it ("since 2011", "so far this year", "in March"), its size (thousands with no day and no attack named;
a war's total), a running total told after it ("..., bringing the toll since January to 1,720"), a recalled
event ("three years after a chemical attack killed ..."), and the sentence's opening clause ("After ... last
month, ..."), whose time is an earlier event's. Read by ``casualties.read_frame``."""

from __future__ import annotations

import re

from ..doc import Doc, NumberHit
from ._words import FULL_MONTHS_BUT_MAY, any_of


def _any(key: str, *, then: str = "") -> str:
    return any_of("casualty_cues.json", key, then=then)


LARGE_COUNT = 1000
# No single attack has killed or wounded this many: such a figure is a war's or a country's total.
WAR_TOTAL = 100_000
# "784 civilians killed in Syria in March": a count of hundreds over a whole month, no attack named, is the month's
# total (one attack's toll names the attack: "the massacre in March killed 150").
MONTH_TOTAL = 100
# How far around a count its cues are read, in characters, within its sentence.
CUE_AFTER = 70  # an aggregate cue after the count's word: "killed since the start of the year"
CUE_BEFORE = 60  # an aggregate cue before the count: "Over the past month, regime shelling killed"
RANK_REACH = 60  # "one of the deadliest attacks" before that cue
RECALL_REACH = 120  # "three years after a chemical attack killed more than"
# "in total" sums one attack's dead as often as a war's; with thousands it is a war's.
_LARGE_TOTAL = re.compile(r"\b(?:" + _any("total_phrases") + r")\b")
_IN_MONTH = re.compile(r"\b(?:in|during|throughout)\s+(?:the\s+month\s+of\s+)?(?:" + "|".join([*FULL_MONTHS_BUT_MAY, "may"])
                       + r")\b(?!\s+\d)")
_ATTACK_WORD = re.compile(r"\b(?:" + _any("attack_stems") + r")\w*")
# A short window is still one event: "killed 79 over the last 48 hours".
_SHORT_WINDOW = re.compile(r"^\s*(?:" + _any("hour_counts") + r")\s+hours|^\s*(?:" + _any("day_counts") + r")\s+days|^\s*(?:few\s+)?hours")
# "In the past 48 hours, 25 civilians have been killed in Syria": a short window over a whole country, with no
# attack named, is a tally of many attacks, not one.
_NATIONWIDE = re.compile(r"\b(?:" + _any("nationwide_scopes") + r")\b")
_PAST_HOURS = re.compile(r"\b(?:in|over|during|within)\s+the\s+(?:past|last)\s+(?:(?:" + _any("hour_counts") + r")\s+hours"
                         r"|(?:" + _any("day_counts") + r")\s+days)\b")
# "one of the deadliest attacks this year": the period ranks the attack; it does not make the toll a total.
_RANK_BEFORE = re.compile(r"\bone\s+of\s+the\s+(?:(?:most|least)\s+[\w-]+|worst|[a-z]+est)\s+(?:[\w-]+\s+){0,2}$")
# "shelled for the second time this month", "hit twice since January", "targeted three times so far this year":
# the period counts how often the place was hit, not the dead of one attack.
_REPEAT_BEFORE = re.compile(
    r"\b(?:for\s+(?:the\s+)?[\w-]+\s+times?|twice|thrice|[\w-]+\s+times)\s+"
    r"(?:(?:so\s+far|already|in\s+(?:a|one|the\s+same)|within(?:\s+a)?)\s+)?$")
# "After regime forces captured Kafr Nabl last month, rebels struck back ... killing 12": a sentence that opens
# on an earlier event; its time and place are that event's, not the toll's told after it.
_AFTER_OPENER = re.compile(r"\W*(?:(?:\w+\s+)?(?:days?|weeks?|months?|hours?)\s+)?(?:after|following)\s")
# "the toll has since risen to 7": "since" as in "since then", not the start of a period.
_SINCE_RISEN = re.compile(r"since\s+(?:then\s+)?(?:" + _any("risen") + r")\b")
_RECALLED = re.compile(
    r"\b(?:years?|months?|decades?|anniversary)\s+(?:after|since|following|of)\s+(?:the\s+|a\s+|an\s+)?(?:[\w'-]+\s+){0,4}?"
    r"(?:" + _any("recalled_events") + r")s?\b[^,;.]{0,60}$")
# "between January 10 and January 12": a cue naming a month is a day's date when a day follows it.
_DAY_AFTER = re.compile(r"\s+\d{1,2}(?:st|nd|rd|th)?\b(?!\s*(?:,\s*)?(?:19|20)\d\d\b\s*(?:and|to|-)\s+\w+\s+(?:19|20)\d\d)")
# "9 were killed yesterday, bringing the number killed since January to 1,720": a running total after the toll.
_RUNNING_TOTAL = re.compile(
    r",?\s+(?:bringing|raising|taking|pushing|putting)\s+(?:[\w'’-]+\s+){0,4}?(?:toll|number|total|tally|count)\b"
    r"|,?\s+in\s+(?:what\s+(?:is|was)\s+)?the\s+(?:deadliest|bloodiest)\s+(?:day|week|month|year)\b")
# "The toll of the massacre in X has risen to 16 dead so far": the toll of one attack, still counted, not a total.
_SO_FAR = frozenset({"so far", "to date"})
# "15 were killed, and 8 of the dead were children": "of the dead" after a later part names the figure's own dead,
# not a wider toll (that reading is "60 percent of the dead since 2011", a share of all the war's dead).
_PART_OF_THE_DEAD = re.compile(
    r"(?:\d[\d,]*|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|"
    r"forty|fifty|sixty|seventy|eighty|ninety)(?:-[a-z]+)?|\bhalf|\bmost|\ball|\bsome|\bmany)\s+$")
_ONE_EVENTS_TOLL = re.compile(
    r"\btoll\s+of\s+(?:the|this|that|yesterday['’]s|today['’]s|monday['’]s|tuesday['’]s|wednesday['’]s|thursday['’]s|"
    r"friday['’]s|saturday['’]s|sunday['’]s)\s+(?:[\w-]+\s+){0,2}?(?:" + _any("one_event_nouns") + r")\b")


def opening_clause_end(doc: Doc, start: int, stop: int, counts: list[int]) -> int | None:
    """Where the opening "After ..." clause of the sentence ``start:stop`` ends (its first comma, else the end of
    its first date) when one of ``counts`` (count offsets) comes after it and none inside it; else None."""
    if not _AFTER_OPENER.match(doc.lower, start):
        return None
    comma = doc.lower.find(",", start, stop)
    dates = [d.end for d in doc.dates if start < d.start < stop]
    end = comma if comma >= 0 else (min(dates) if dates else None)
    if end is None or not any(c > end for c in counts) or any(c < end for c in counts):
        return None  # "After 12 were killed on Monday, ...": the opening clause holds a toll of its own
    return end


def is_total(doc: Doc, n: NumberHit, sentence: int, term_end: int, aggregate: re.Pattern[str],
             day_sentences: set[int] | None = None) -> bool:
    """Whether the figure ``n`` of sentence ``sentence`` (its casualty word ends at ``term_end``) is a total;
    ``aggregate`` is the casualty terms' pattern of aggregate cues."""
    lower = doc.lower
    s_start, s_end = doc.sentences[sentence] if sentence >= 0 else (0, doc.limit)
    window_end = term_end + CUE_AFTER
    running = _RUNNING_TOTAL.search(lower, n.end, s_end)
    if running is not None and running.start() < window_end:
        window_end = running.start()  # "..., bringing the toll since February to 2,597": the period is the total's
    w0 = max(s_start, n.start - CUE_BEFORE)
    # "In total, 736 have been killed since January; on Monday, three died": a clause of its own.
    w0 = max(w0, lower.rfind(";", w0, n.start) + 1)
    semicolon = lower.find(";", n.end, window_end)
    window_end = semicolon if semicolon >= 0 else window_end
    window = lower[w0 : min(s_end, window_end)]
    opening = opening_clause_end(doc, s_start, s_end, [n.start])  # "After ... last month, ... killing 17"
    # "on the 3rd of this month": a cue inside a day's date names that day, not a period.
    days = [(d.start, d.end) for d in doc.dates if d.precision == "day" and d.start < s_end and d.end > s_start]
    # "... killed in a series of air strikes in Syria over the past 24 hours" names its attacks: still one event.
    nationwide = bool(_NATIONWIDE.search(lower, s_start, s_end)) and not _ATTACK_WORD.search(lower, s_start, s_end)
    total = any((nationwide or not _SHORT_WINDOW.match(window[m.end() :])) and not _SINCE_RISEN.match(window, m.start())
                          and not any(a <= w0 + m.start() < b for a, b in days)
                          and not _DAY_AFTER.match(window, m.end())
                          and not _RANK_BEFORE.search(lower, max(s_start, w0 - RANK_REACH), w0 + m.start())
                          and not _REPEAT_BEFORE.search(lower, max(s_start, w0 + m.start() - RANK_REACH), w0 + m.start())
                          and not (opening is not None and w0 + m.start() < opening)
                          and not (m.group() in _SO_FAR and _ONE_EVENTS_TOLL.search(lower, s_start, n.start))
                          and not (m.group().startswith("of the") and w0 + m.start() > n.end
                                   and _PART_OF_THE_DEAD.search(lower, max(n.end, w0 + m.start() - 20), w0 + m.start()))
                          for m in aggregate.finditer(window))
    if not total and nationwide and _PAST_HOURS.search(window):
        total = True
    if not total and (n.value >= WAR_TOTAL or "million" in lower[n.start : n.end]):
        total = True
    if not total and n.value >= LARGE_COUNT:
        # A toll in the thousands is a total when its sentence anywhere says so ("... over the past year").
        sentence_text = lower[s_start:s_end]
        total = bool(_LARGE_TOTAL.search(sentence_text)) or any(
            not _SHORT_WINDOW.match(sentence_text[m.end() :]) for m in aggregate.finditer(sentence_text))
    if not total and n.value >= LARGE_COUNT:
        # Thousands killed with no day and no attack named is a war total ("more than 20000 died in prisons").
        sentence_text = lower[s_start:s_end]
        if day_sentences is None:
            day_sentences = {doc.sentence_of(d.start) for d in doc.dates if d.precision in ("day", "week")}
        has_day = sentence in day_sentences
        total = not has_day and not _ATTACK_WORD.search(sentence_text)
    if not total and n.value >= MONTH_TOTAL and _IN_MONTH.search(window):
        total = not _ATTACK_WORD.search(lower[s_start:s_end])
    if not total and _RECALLED.search(lower, max(s_start, n.start - RECALL_REACH), n.start):
        total = True  # "three years after a chemical attack killed more than 80": a recalled event
    return total
