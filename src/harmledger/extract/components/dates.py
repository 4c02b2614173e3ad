"""Dates in the text, resolved against the publication date, each with a precision.

"November 6, 2022" and "6 November 2022" are days; "between 7 and 10 September" a period; "on Friday",
"on Tuesday night", "yesterday", "in the past few hours" are days counted back from publication;
"last week" a week; "in August 2013" a month; "in 2013" a year; "since 2012" a period from 2012 to
publication, or open-ended without a publication date. Relative ones need a publication date.
"""

from __future__ import annotations

import datetime as dt
import re

from .. import timeparse as tp
from ..doc import DateHit, Doc, Intervals
from ..registry import Component, PipelineContext, component

M = tp.MONTH_ALT
_RANGE = re.compile(
    rf"\b(?:between|from)\s+(?:the\s+)?(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:and|to|-|until)\s+(?:the\s+)?(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>{M})\b(?:,?\s+(?P<y>(?:19|20)\d{{2}}))?"
    rf"|\b(?:between|from)\s+(?P<m2>{M})\s+(?P<e1>\d{{1,2}})\s+(?:and|to|-|until)\s+(?P<e2>\d{{1,2}})\b(?:,?\s+(?P<y2>(?:19|20)\d{{2}}))?"
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
    r"(?:attacks?|massacres?|strikes?|air\s?strikes?|bombings?|assault|offensive|siege|uprising|war|crackdown|shelling|"
    r"raids?|killings|incident|gas|chemical|sarin|explosions?|blasts?|battle|events)\b"
)
_WEEKDAY = re.compile(
    rf"\b(?:on\s+|last\s+|this\s+|early\s+|late\s+)?(?P<w>{tp.WEEKDAY_ALT})(?:\s+(?:morning|night|evening|afternoon))?\b"
)
_RELATIVE = re.compile(
    r"\b(?P<r>yesterday|today|tonight|this morning|this evening|this afternoon|last night|overnight|earlier today"
    r"|(?:in|over|during) the (?:past|last) (?:few |several |two |three |24 |twenty-four |48 )?hours"
    r"|(?P<n>\d{1,2}|two|three|four|five|six) days ago|last week|this week|earlier this week|last month"
    r"|this month|earlier this month|last year|this year)\b"
)
_SINCE = re.compile(r"\b(?:since|from)\s+(?:the\s+(?:beginning|start|end|middle)\s+of\s+)?(?:early\s+|late\s+|mid-?)?$")
_REPORTED = re.compile(
    r"\b(?:said|says|reported|reports|announced|added|stated|told\s+\w+|confirmed|claimed|statement|reporting|"
    r"published|released|according\s+to\s+(?:the\s+)?\w+)\s*(?:late\s+|early\s+|on\s+|this\s+|last\s+)*$"
)
_SMALL = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def _relative(key: str, n: str | None, pub: dt.date) -> tuple[dt.date, dt.date, str] | None:
    if n:
        days = int(n) if n.isdigit() else _SMALL[n]
        d = pub - dt.timedelta(days=days)
        return d, d, "day"
    if key in ("yesterday", "last night"):
        d = pub - dt.timedelta(days=1)
        return d, d, "day"
    if key == "overnight":
        return pub - dt.timedelta(days=1), pub, "day"
    if key.endswith("hours") or key in ("today", "tonight", "this morning", "this evening", "this afternoon", "earlier today"):
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


def find_dates(lower: str, published: dt.date | None, limit: int | None = None) -> list[DateHit]:
    limit = len(lower) if limit is None else limit
    hits: list[DateHit] = []
    taken = Intervals()

    def add(s: int, e: int, first: dt.date | None, last: dt.date | None, precision: str, relative: bool = False) -> None:
        if first is None or last is None or taken.overlaps(s, e):
            return
        taken.add(s, e)
        hits.append(DateHit(s, e, first, last, precision, relative))

    for m in _RANGE.finditer(lower, 0, limit):
        month = tp.MONTHS[m.group("m") or m.group("m2")]
        d1, d2 = (m.group("d1"), m.group("d2")) if m.group("m") else (m.group("e1"), m.group("e2"))
        year = m.group("y") or m.group("y2")
        if year:
            first, last = tp.make_date(int(year), month, int(d1)), tp.make_date(int(year), month, int(d2))
        else:
            first, last = tp.infer_year(month, int(d1), published), tp.infer_year(month, int(d2), published)
        if first and last and first <= last:
            add(m.start(), m.end(), first, last, "period" if first != last else "day")
    for m in _MONTH_RANGE.finditer(lower, 0, limit):
        y2 = int(m.group("y2"))
        m1, m2 = tp.MONTHS[m.group("m1")], tp.MONTHS[m.group("m2")]
        y1 = int(m.group("y1")) if m.group("y1") else (y2 if m1 <= m2 else y2 - 1)
        first, last = tp.make_date(y1, m1, 1), tp.month_end(y2, m2)
        if first and first <= last:
            add(m.start(), m.end(), first, last, "period")
    for pattern in (tp.DAY_MONTH_YEAR, tp.MONTH_DAY_YEAR):
        for m in pattern.finditer(lower, 0, limit):
            d = tp.from_match(m)
            add(m.start(), m.end(), d, d, "day")
    for pattern in (_DAY_MONTH, _MONTH_DAY):
        for m in pattern.finditer(lower, 0, limit):
            if m.group("m") == "may" and pattern is _MONTH_DAY and lower[max(0, m.start() - 3) : m.start()].strip() not in ("on", "in", "of"):
                continue  # "may 2 ..." is usually the verb
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
        for m in _WEEKDAY.finditer(lower, 0, limit):
            d = tp.last_weekday(published, tp.WEEKDAYS[m.group("w")])
            add(m.start(), m.end(), d, d, "day", relative=True)
        for m in _RELATIVE.finditer(lower, 0, limit):
            rel = _relative(m.group("r"), m.group("n"), published)
            if rel:
                add(m.start(), m.end(), rel[0], rel[1], rel[2], relative=True)
    hits.sort(key=lambda h: h.start)
    return hits


@component(name="dates", assigns=["dates"], requires=["published"])
def make_dates(context: PipelineContext) -> Component:
    def dates(doc: Doc) -> None:
        hits = find_dates(doc.lower, doc.published, doc.limit)
        for h in hits:
            if _REPORTED.search(doc.lower, max(0, h.start - 40), h.start):
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
        doc.dates = hits

    return dates
