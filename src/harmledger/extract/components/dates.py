"""Dates in the text, resolved against the publication date, each with a precision.

"November 6, 2022" and "6 November 2022" are days; "between 7 and 10 September", "from October 5 until
October 12", "between 30 April and 2 May 2020", "8-9 May 2020" periods; "on Friday", "on Tuesday night",
"yesterday", "in the past few hours", "a few hours ago" are days counted back from publication; "last
week" a week; "in August 2013" a month; "in 2013" a year; "since 2012" a period from 2012 to publication,
or open-ended without a publication date. Relative ones need a publication date.

No date is after publication: a day without a year is the latest such day on or before it, a period
that runs past it ends there, and a date still to come ("talks scheduled for August 8", "will be held
on Friday", "next Monday", "a deadline of 12 May", or any date after publication) is never an event's:
it is left out, and its digits are marked ignored so that they are not read as counts either.

"During this period", "in the same period", "on the same day", "the following day" take the date named
before them ("Between October 5 and October 12 ... During this period, 14 civilians were killed"), as a
date of their own whose span is the phrase.
"""

from __future__ import annotations

import datetime as dt
import re

from .. import timeparse as tp
from ..doc import DateHit, Doc, Intervals
from ..registry import Component, PipelineContext, component
from ._month_days import days_of_month
from ._words import any_of


def _any(key: str) -> str:
    return any_of("cues.json", key)


M = tp.MONTH_ALT
_ORD = r"(?:st|nd|rd|th)?"
_Y = r"(?:19|20)\d{2}"
_SEP = r"(?P<sep>\s*[-–—]\s*|\s+(?:to|until|till|through|thru|and)\s+)"
# "between 7 and 10 September", "from 5 to 12 October", "between 5 October and 12 October 2020",
# "between 30 April and 2 May", "8-9 May 2020", "(between 28 April - 30 April)".
_DAY_RANGE = re.compile(
    rf"\b(?:(?P<pre>between|from)\s+)?(?:the\s+)?(?P<d1>\d{{1,2}}){_ORD}(?:\s+(?:of\s+)?(?P<m1>{M})\.?(?:,?\s+(?P<y1>{_Y}))?)?"
    rf"{_SEP}(?:the\s+)?(?P<d2>\d{{1,2}}){_ORD}\s+(?:of\s+)?(?P<m2>{M})\b(?:\.?,?\s+(?P<y2>{_Y})\b)?"
)
# "between October 5 and October 12", "from October 5 until October 12", "October 5-12, 2020".
_MONTH_DAY_RANGE = re.compile(
    rf"\b(?:(?P<pre>between|from)\s+)?(?P<m1>{M})\.?\s+(?P<d1>\d{{1,2}}){_ORD}(?:,?\s+(?P<y1>{_Y}))?"
    rf"{_SEP}(?:(?P<m2>{M})\.?\s+)?(?P<d2>\d{{1,2}}){_ORD}\b(?![\d:.,]\d)(?:,?\s+(?P<y2>{_Y})\b)?"
)
# After a range's last day with no month of its own ("from October 5 to 12 ..."), these words may follow;
# another word ("... to 12 people") says the number is not a day.
_AFTER_DAY = re.compile(
    r"\s+(?!(?:" + _any("after_day_words") + r")\b)[a-z]"
)
_MONTH_RANGE = re.compile(
    rf"\b(?:from|between)\s+(?P<m1>{M})\.?,?\s+(?:(?P<y1>(?:19|20)\d{{2}})\s+)?(?:to|and|until|through|-)\s+(?P<m2>{M})\.?,?\s+(?P<y2>(?:19|20)\d{{2}})\b"
)
_DAY_MONTH = re.compile(rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>{M})\b(?!\s*,?\s*(?:19|20)\d{{2}})")
_MONTH_DAY = re.compile(rf"\b(?P<m>{M})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?!\s*,?\s*(?:19|20)\d{{2}})(?![\d:])")
_MONTH_YEAR = re.compile(rf"\b(?P<m>{M})\.?,?\s+(?P<y>(?:19|20)\d{{2}})\b")
_BARE_MONTH = re.compile(rf"\b(?:(?:since|in|during|from|of|early|late|mid)\s+|mid-)(?P<m>{M})\b(?![\s,]+\d)")
_YEAR = re.compile(r"\b(?:in|since|during|of|early|late|mid|until|throughout)\s+(?:-\s*)?(?P<y>(?:19|20)\d{2})\b")
# "the 1982 Hama massacre", "a 2013 chemical attack", "2013's attack": a year naming an event.
_YEAR_EVENT = re.compile(
    r"\b(?:(?:the|a|an|its|this|that)\s+(?P<y>(?:19|20)\d{2})|(?P<y2>(?:19|20)\d{2})['’]s)\s+(?:[a-z][\w'’-]*\s+){0,3}?"
    r"(?:" + _any("year_events") + r")\b"
)
_WEEKDAY = re.compile(
    rf"\b(?:on\s+|(?P<last>last)\s+|this\s+|early\s+|late\s+)?(?P<w>{tp.WEEKDAY_ALT})(?:\s+(?:morning|night|evening|afternoon))?\b"
    # "on Monday last week", "Tuesday of the previous week": that day of the calendar week before publication's.
    r"(?P<prev>\s+(?:of\s+)?(?:last|the\s+previous|the\s+past)\s+week\b)?"
)
# "between Monday and Wednesday", "from Friday to Sunday": the days up to the last one named.
_WEEKDAY_RANGE = re.compile(
    rf"\b(?:between|from)\s+(?:last\s+)?(?P<w1>{tp.WEEKDAY_ALT})(?:\s+(?:morning|night|evening|afternoon))?"
    rf"\s+(?:and|to|until|till|through)\s+(?P<w2>{tp.WEEKDAY_ALT})\b(?:\s+(?:morning|night|evening|afternoon)\b)?"
)
_RELATIVE = re.compile(
    rf"\b(?P<r>(?:the\s+)?day\s+before\s+yesterday|yesterday|today|tonight|this morning|this evening|this afternoon|last night"
    rf"|overnight(?!\s+(?:on|of|between|from|into|to)\s+(?:the\s+)?(?:\d|(?:{M}|{tp.WEEKDAY_ALT})\b))|earlier today"
    r"|(?:in|over|during) the (?:past|last) (?:few |several |two |three |24 |twenty-four |48 )?hours"
    r"|(?:(?:a few|few|several|some|a couple of|two|three|four|five|\d) hours|an hour|(?:a few |\d{1,2} )?minutes|moments) ago"
    r"|(?P<n>\d{1,2}|two|three|four|five|six) days ago|last week|this week|earlier this week|last month"
    r"|this month|earlier this month|last year|this year)\b"
)
# ACLED's qualifiers after the date it codes: "Around 9 May 2020 (as reported)", "(week of)", "(month
# of)", "(between 2 and 8 May)". The date stays the one coded; the qualifier widens its precision.
_QUALIFIER = re.compile(r"\s*\((?P<q>as\s+reported|week\s+of|month\s+of|between\s[^()]{3,40}|on\s+or\s+around)\)")
_WEEK_OF = re.compile(r"\bweek(?:end)?\s+of\s+(?:the\s+)?$")
_SINCE = re.compile(r"\b(?:since|from)\s+(?:the\s+(?:beginning|start|end|middle)\s+of\s+)?(?:early\s+|late\s+|mid-?)?$")
_REPORTED = re.compile(
    r"\b(?:" + _any("reporting_words") + r")\s*(?:late\s+|early\s+|on\s+|this\s+|last\s+)*$"
)
# "As reported on 2 May 2020, ...", "Reported on 28 April 2020, ...", "it was reported on Sunday that": no
# one's report but the event's own date, as ACLED codes it.
_REPORTED_EVENT = re.compile(
    r"(?:^|[.;:,(\n]|\bas|\bit\s+(?:was|is|has\s+been)|\b(?:was|were|been|being|is|are))\s*reported\s+"
    r"(?:late\s+|early\s+|on\s+|this\s+|last\s+)*$"
)
# Words before a date that say it is still to come: a meeting, a deadline, a vote, never an attack.
_FUTURE_BEFORE = re.compile(
    r"(?:\b(?:" + _any("planned") + r")(?:\s+to(?:\s+[a-z]+){1,3}?)?"
    r"\s+(?:(?:for|on|in|by|from|between|at|until|till)\s+)?"
    r"|\bdue\s+(?:to\s+(?:" + _any("due_to") + r")\b(?:\s+[a-z]+){0,2}\s+)?(?:(?:on|for|by|in)\s+)?"
    r"|\b(?:" + _any("put_off") + r")\s+(?:to|until|till)\s+"
    r"|\b(?:will|shall|is\s+to|are\s+to|is\s+going\s+to|are\s+going\s+to)\s+(?:not\s+)?(?:[a-z]+\s+){1,2}?"
    r"(?:on|in|from|between|by|until|till|at|before|for)\s+"
    r"|\bahead\s+of\s+(?:[a-z'’-]+\s+){0,4}?(?:(?:on|in|for|set\s+for|scheduled\s+for)\s+)?"
    r"|\b(?:extended|extends?|lasts?|runs?|valid|in\s+(?:force|effect))\s+(?:until|till|through|to)\s+"
    r"|\bdeadline\s+(?:(?:of|on|for|is|was|set\s+for|expires\s+on|expiring\s+on|expiring)\s+)?"
    r"|\b(?:next|coming|upcoming|forthcoming|this\s+coming)\s+(?:on\s+)?|\blater\s+"
    r")(?:the\s+)?$"
)
_DEADLINE_AFTER = re.compile(r"\s*(?:['’]s\s+)?deadline\b")  # "by the August 12 deadline"
# "On August 8, talks will resume": a date opening its clause, with "will" or "is due to" after it.
_FUTURE_AFTER = re.compile(
    r",?\s+(?:[a-z'’-]+\s+){0,3}?(?:will|shall|(?:is|are)\s+(?:due|scheduled|set|slated|expected|planned)\s+to)\s"
)
_CLAUSE_START = re.compile(r"(?:^|[.;:!?\n]\s*|\b(?:and|but)\s+)(?:on\s+|in\s+|by\s+)?(?:the\s+)?$")
# "..., the monitor said the toll will rise", "..., residents who will be moved": not the date's own clause.
_SAYS_OR_WHO = re.compile(r"\b(?:" + _any("says_or_who") + r")\b")
# "During this period", "in the same period", "on the same day", "the following day": the date named before.
_ANAPHORA = re.compile(
    r"\b(?:(?:during|in|over|throughout|within|for|across)\s+(?:all\s+of\s+)?(?:"
    r"(?:this|that|the\s+same|the\s+said|the\s+above|these|those)\s+(?P<span>period|time\s*frame|time\s+span|time|span|window|interval|stretch|(?:few\s+)?days)"
    r"|(?:that|the\s+same|the\s+said|those)\s+(?P<unit>weeks?|months?|years?))"
    # not "in the same period last year", "... of 2019", "... in the previous year"
    r"(?!\s+(?:(?:in|of)\s+(?:(?:19|20)\d{2}|last|the\s+(?:previous|preceding|last))\b|last|a\s+year|one\s+year|"
    r"a\s+(?:decade|month|week)\s+(?:earlier|before|ago)))"
    r"|(?P<day>(?:on\s+)?(?:the\s+same|that(?:\s+same)?)\s+(?:day|date|night|morning|evening|afternoon)"
    r"|(?:earlier|later)\s+(?:that|the\s+same)\s+(?:day|night|morning|evening|afternoon))"
    r"|(?P<shift>(?:on\s+)?the\s+(?P<dir>following|next|previous|preceding)\s+(?:day|night|morning|evening)"
    r"|(?P<n>a|one|two|three|four|five|\d)\s+days?\s+(?P<dir2>later|earlier)))\b"
)
_ANAPHORA_REACH = 800  # characters back to the date an anaphora takes
_SMALL = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
# "may" after a number is the verb when a verb follows ("between 20 and 30 may have died").
_MAY_VERB = re.compile(r"\s+(?:" + _any("may_verb_after") + r")\b")


def _relative(key: str, n: str | None, pub: dt.date) -> tuple[dt.date, dt.date, str] | None:
    key = " ".join(key.split())
    if n:
        days = int(n) if n.isdigit() else _SMALL[n]
        d = pub - dt.timedelta(days=days)
        return d, d, "day"
    if key.endswith("before yesterday"):
        d = pub - dt.timedelta(days=2)
        return d, d, "day"
    if key in ("yesterday", "last night"):
        d = pub - dt.timedelta(days=1)
        return d, d, "day"
    if key == "overnight":
        return pub - dt.timedelta(days=1), pub, "day"
    if key.endswith(("hours", " ago")) or key in ("today", "tonight", "this morning", "this evening", "this afternoon", "earlier today"):
        return pub, pub, "day"
    if key == "last week":
        start = pub - dt.timedelta(days=pub.weekday() + 7)
        return start, start + dt.timedelta(days=6), "week"
    if key in ("this week", "earlier this week"):
        return pub - dt.timedelta(days=pub.weekday()), pub, "week"
    if key == "last month":
        first = pub.replace(day=1) - dt.timedelta(days=1)
        return first.replace(day=1), first, "month"
    if key in ("this month", "earlier this month"):
        return pub.replace(day=1), pub, "month"
    if key == "last year":
        return dt.date(pub.year - 1, 1, 1), dt.date(pub.year - 1, 12, 31), "year"
    if key == "this year":
        return dt.date(pub.year, 1, 1), pub, "year"
    return None


def _to_come(lower: str, start: int, end: int) -> bool:
    """Whether the wording around a date says it is still to come ("scheduled for", "will be held on")."""
    lead = re.match(r"(?:on|in|for|from|between|by|until)\s+", lower[start:end])  # "on Friday": the hit's own "on"
    head = lower[max(0, start - 60) : start + (lead.end() if lead else 0)]
    cut = max(head.rfind("."), head.rfind(";"), head.rfind("\n"), head.rfind("!"), head.rfind("?"))
    head = head[cut + 1 :]
    if _FUTURE_BEFORE.search(head):
        return True
    if _DEADLINE_AFTER.match(lower, end):
        return True
    # "On August 8, talks will resume": only a date opening its clause, and not "..., the monitor said the toll will".
    if _CLAUSE_START.search(lower, max(0, start - 12), start) or start == 0:
        tail = lower[end : end + 50]
        after = _FUTURE_AFTER.match(tail)
        return after is not None and not _SAYS_OR_WHO.search(tail, 0, after.end())
    return False


def scan_dates(lower: str, published: dt.date | None, limit: int | None = None) -> tuple[list[DateHit], list[tuple[int, int]]]:
    """The dates of the text, and the spans of the dates still to come (never an event's)."""
    limit = len(lower) if limit is None else limit
    hits: list[DateHit] = []
    future: list[tuple[int, int]] = []
    taken = Intervals()

    def add(s: int, e: int, first: dt.date | None, last: dt.date | None, precision: str, relative: bool = False) -> None:
        if first is None or last is None or taken.overlaps(s, e):
            return
        taken.add(s, e)
        if (published is not None and first > published) or _to_come(lower, s, e):
            future.append((s, e))
            return
        if published is not None and last > published:
            last = published  # "between 7 and 10 September" told on the 8th: up to publication
        hits.append(DateHit(s, e, first, last, precision, relative))

    # "Around 9 May 2020 (as reported)", "On 8 May 2020 (between 2 and 8 May)": the date ACLED codes, first.
    for pattern in (tp.DAY_MONTH_YEAR, tp.MONTH_DAY_YEAR):
        for m in pattern.finditer(lower, 0, limit):
            q = _QUALIFIER.match(lower, m.end())
            if q is not None and q.end() <= limit:
                d = tp.from_match(m)
                word = q.group("q").split()[0]
                add(m.start(), q.end(), d, d, {"week": "week", "month": "month", "between": "period"}.get(word, "day"))
    for pattern in (_DAY_RANGE, _MONTH_DAY_RANGE):
        for m in pattern.finditer(lower, 0, limit):
            pre, sep = m.group("pre"), m.group("sep").strip()
            m1, m2 = m.group("m1") or m.group("m2"), m.group("m2") or m.group("m1")
            if sep == "and" and pre != "between":
                # "on 3 and 5 May", "on May 3 and 5": two days; the one without its month is read here.
                if lower[max(0, m.start() - 3) : m.start()].strip() == "on":
                    bare = "d1" if pattern is _DAY_RANGE and not m.group("m1") else "d2" if pattern is _MONTH_DAY_RANGE and not m.group("m2") else None
                    year = m.group("y2") or m.group("y1")
                    if bare is not None:
                        day = int(m.group(bare))
                        d = tp.make_date(int(year), tp.MONTHS[m1], day) if year else tp.infer_year(tp.MONTHS[m1], day, published)
                        add(m.start(bare), m.end(bare), d, d, "day", relative=not year)
                continue
            if pattern is _MONTH_DAY_RANGE:
                if m1 == "may" and not pre and lower[max(0, m.start() - 3) : m.start()].strip() not in ("on", "in", "of"):
                    continue  # "may 2 to 3": the verb
                if not m.group("m2") and not m.group("y2") and _AFTER_DAY.match(lower, m.end()):
                    continue  # "from October 5 to 12 people"
            elif m2 == "may" and not m.group("y2") and _MAY_VERB.match(lower, m.end()):
                continue  # "between 20 and 30 may have died"
            y1, y2 = m.group("y1"), m.group("y2")
            span = tp.day_range(int(m.group("d1")), tp.MONTHS[m1], int(y1) if y1 else None,
                                int(m.group("d2")), tp.MONTHS[m2], int(y2) if y2 else None, published)
            if span is None:
                continue
            first, last = span
            precision = "week" if _WEEK_OF.search(lower, max(0, m.start() - 20), m.start()) else "period"
            add(m.start(), m.end(), first, last, "day" if first == last else precision, relative=not (y1 or y2))
    for m in _MONTH_RANGE.finditer(lower, 0, limit):
        y2 = int(m.group("y2"))
        m1, m2 = tp.MONTHS[m.group("m1")], tp.MONTHS[m.group("m2")]
        y1 = int(m.group("y1")) if m.group("y1") else (y2 if m1 <= m2 else y2 - 1)
        opening, closing = tp.make_date(y1, m1, 1), tp.month_end(y2, m2)
        if opening and opening <= closing:
            add(m.start(), m.end(), opening, closing, "period")
    for pattern in (tp.DAY_MONTH_YEAR, tp.MONTH_DAY_YEAR):
        for m in pattern.finditer(lower, 0, limit):
            d = tp.from_match(m)
            if d is not None and _WEEK_OF.search(lower, max(0, m.start() - 20), m.start()):
                add(m.start(), m.end(), d, d + dt.timedelta(days=6), "week")  # "the week of 3 May 2020"
            else:
                add(m.start(), m.end(), d, d, "day")
    for pattern in (_DAY_MONTH, _MONTH_DAY):
        for m in pattern.finditer(lower, 0, limit):
            if m.group("m") == "may":
                if pattern is _MONTH_DAY and lower[max(0, m.start() - 3) : m.start()].strip() not in ("on", "in", "of"):
                    continue  # "may 2 ..." is usually the verb
                if pattern is _DAY_MONTH and _MAY_VERB.match(lower, m.end()):
                    continue  # "30 may have died"
            d = tp.infer_year(tp.MONTHS[m.group("m")], int(m.group("d")), published)
            add(m.start(), m.end(), d, d, "day", relative=True)
    for m in _MONTH_YEAR.finditer(lower, 0, limit):
        year, month = int(m.group("y")), tp.MONTHS[m.group("m")]
        add(m.start(), m.end(), tp.make_date(year, month, 1), tp.month_end(year, month), "month")
    if published is not None:
        for m in _BARE_MONTH.finditer(lower, 0, limit):
            month = tp.MONTHS[m.group("m")]
            if m.group("m") == "may" and lower[m.start() : m.start("m")].strip() not in ("in", "since", "during"):
                continue
            year = published.year if month <= published.month else published.year - 1
            add(m.start("m"), m.end(), dt.date(year, month, 1), tp.month_end(year, month), "month", relative=True)
    for m in _YEAR.finditer(lower, 0, limit):
        year = int(m.group("y"))
        add(m.start("y"), m.end(), dt.date(year, 1, 1), dt.date(year, 12, 31), "year")
    for m in _YEAR_EVENT.finditer(lower, 0, limit):
        group = "y" if m.group("y") else "y2"
        year = int(m.group(group))
        add(m.start(group), m.end(group), dt.date(year, 1, 1), dt.date(year, 12, 31), "year")
    if published is not None:
        for day_start, day_end, named in days_of_month(lower, published, limit):
            add(day_start, day_end, named, named, "day", relative=True)  # before "this month" alone, which would take the span as a month
        for m in _WEEKDAY_RANGE.finditer(lower, 0, limit):
            last = tp.last_weekday(published, tp.WEEKDAYS[m.group("w2")])
            first = tp.last_weekday(last, tp.WEEKDAYS[m.group("w1")])
            add(m.start(), m.end(), first, last, "period" if first != last else "day", relative=True)
        for m in _WEEKDAY.finditer(lower, 0, limit):
            d = tp.last_weekday(published, tp.WEEKDAYS[m.group("w")], strictly_before=bool(m.group("last")))
            if m.group("prev"):
                d = tp.weekday_of_last_week(published, tp.WEEKDAYS[m.group("w")])
            add(m.start(), m.end(), d, d, "day", relative=True)
        for m in _RELATIVE.finditer(lower, 0, limit):
            rel = _relative(m.group("r"), m.group("n"), published)
            if rel:
                add(m.start(), m.end(), rel[0], rel[1], rel[2], relative=True)
    hits.sort(key=lambda h: h.start)
    return _without_named_weekdays(lower, hits), future


_APPOSITION = re.compile(r"\s*,?\s*(?:the\s+)?$")


def _without_named_weekdays(lower: str, hits: list[DateHit]) -> list[DateHit]:
    """"On Saturday, 13 February 2021": the weekday names the date after it; it is no day of its own before
    the publication date (which may be weeks later)."""
    out: list[DateHit] = []
    for i, h in enumerate(hits):
        nxt = hits[i + 1] if i + 1 < len(hits) else None
        if (h.relative and h.precision == "day" and nxt is not None and not nxt.relative and nxt.precision == "day"
                and nxt.first == nxt.last and _APPOSITION.match(lower[h.end : nxt.start])
                and nxt.first.weekday() == h.first.weekday()):
            continue
        out.append(h)
    return out


def find_dates(lower: str, published: dt.date | None, limit: int | None = None) -> list[DateHit]:
    """The dates of the text an event may have (those still to come left out), in text order."""
    return scan_dates(lower, published, limit)[0]


def _antecedent(hits: list[DateHit], m: re.Match[str]) -> DateHit | None:
    """The date an anaphora takes: the nearest before it of the kind it names."""
    before = [h for h in hits if h.end <= m.start() and m.start() - h.end <= _ANAPHORA_REACH and not h.reporting]
    if m.group("unit"):
        unit = m.group("unit").rstrip("s")
        kinds = {"week": ("week", "period"), "month": ("month",), "year": ("year",)}[unit]
        return next((h for h in reversed(before) if h.precision in kinds), None)
    if m.group("span"):
        spans = [h for h in before if h.first != h.last or h.precision != "day"]
        if spans:
            return spans[-1]
        return before[-1] if before and m.group("span").startswith("time") and "frame" not in m.group("span") else None
    days = [h for h in before if h.first == h.last and not h.since]
    return days[-1] if days else None


def resolve_anaphora(lower: str, hits: list[DateHit], published: dt.date | None, limit: int) -> list[DateHit]:
    """Adds a date for each "during this period", "on the same day", "the following day" that can take one."""
    out = list(hits)
    taken = Intervals([(h.start, h.end) for h in hits])
    for m in _ANAPHORA.finditer(lower, 0, limit):
        if taken.overlaps(m.start(), m.end()):
            continue
        ante = _antecedent(sorted(out, key=lambda h: h.start), m)
        if ante is None:
            continue
        first, last = ante.first, ante.last
        if m.group("shift"):
            back = m.group("dir") in ("previous", "preceding") or m.group("dir2") == "earlier"
            n = _SMALL.get(m.group("n") or "a", 1) if not (m.group("n") or "").isdigit() else int(m.group("n"))
            first = last = ante.first + dt.timedelta(days=-n if back else n)
            if published is not None and first > published:
                continue
        hit = DateHit(m.start(), m.end(), first, last, ante.precision, relative=ante.relative, since=ante.since)
        if _REPORTED.search(lower, max(0, m.start() - 40), m.start()) and not _reported_event(lower, m.start()):
            hit.reporting = True
        taken.add(m.start(), m.end())
        out.append(hit)
    out.sort(key=lambda h: h.start)
    return out


def _reported_event(lower: str, start: int) -> bool:
    """"As reported on 2 May 2020", "Reported on 28 April 2020,": the event's date, not a source's."""
    head = lower[max(0, start - 40) : start]
    return bool(_REPORTED_EVENT.search(("\n" if start <= 40 else "") + head))


@component(name="dates", assigns=["dates"], requires=["published"])
def make_dates(context: PipelineContext) -> Component:
    def dates(doc: Doc) -> None:
        hits, future = scan_dates(doc.lower, doc.published, doc.limit)
        # A date still to come is nobody's event, and its digits are not counts.
        doc.ignored.extend(future)
        for h in hits:
            if _REPORTED.search(doc.lower, max(0, h.start - 40), h.start) and not _reported_event(doc.lower, h.start):
                h.reporting = True
        for h in hits:
            # "since 2012", "since the beginning of November": a period up to publication, open-ended
            # without one (its end is then kept only for comparisons, and never shown).
            if _SINCE.search(doc.lower, max(0, h.start - 30), h.start) and (doc.published is None or h.first <= doc.published):
                h.since, h.precision = True, "period"
                if doc.published is not None:
                    h.last = doc.published
        if doc.published_span is not None:
            a, b = doc.published_span
            hits = [h for h in hits if h.end <= a or h.start >= b]
        doc.dates = resolve_anaphora(doc.lower, hits, doc.published, doc.limit)

    return dates
