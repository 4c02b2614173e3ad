"""Helpers shared by ``scripts/eval_fakes.py`` and ``scripts/eval_acled.py``.

``scripts/`` is not a package: each of the two scripts puts this directory on ``sys.path`` and imports
this module by name.
"""

from __future__ import annotations

import datetime as dt

from harmledger.schema import DocumentExtraction, Mention

DateSpan = tuple[dt.date, dt.date]


def primary_mention(result: DocumentExtraction) -> Mention | None:
    """The mention a document's figures are read from (contract section 4)."""
    p = result.primary
    return result.mentions[p] if p is not None and 0 <= p < len(result.mentions) else None


def killed_of(mention: Mention | None) -> int | None:
    """The primary mention's killed figure: its low bound, else its high one; None when it states none."""
    if mention is None or mention.casualties.killed is None:
        return None
    k = mention.casualties.killed
    return k.low if k.low is not None else k.high


def date_span(mention: Mention | None) -> DateSpan | None:
    """The mention's date as (start, end), end = start when it has none; None when the mention has no date."""
    if mention is None or mention.date is None or not mention.date.start:
        return None
    start = dt.date.fromisoformat(mention.date.start[:10])
    end = dt.date.fromisoformat(mention.date.end[:10]) if mention.date.end else start
    return start, end


def date_scores(span: DateSpan | None, day: dt.date) -> tuple[bool, bool]:
    """(exact, within): the span starts on ``day``; ``day`` lies in start..end (a period counts as right)."""
    if span is None:
        return False, False
    return span[0] == day, span[0] <= day <= span[1]


def show_span(span: DateSpan | None) -> str:
    if span is None:
        return "none"
    return span[0].isoformat() if span[0] == span[1] else f"{span[0].isoformat()}..{span[1].isoformat()}"


def pct(k: int, n: int) -> str:
    return f"{k / n:.1%}" if n else "n/a"
