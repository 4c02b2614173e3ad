"""Properties that hold for any input: spans index the text; nothing raises."""

from __future__ import annotations

import datetime as dt
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from harmledger._errors import ExtractionError
from harmledger.extract import Extractor
from harmledger.schema import DocumentExtraction, Span

# Words that make the pipeline do something, mixed with arbitrary Unicode.
PHRASES = st.sampled_from([
    "killed", "at least 12", "people", "injured", "dozens", "since 2012", "on Friday", "in Idlib", "Aleppo",
    "regime forces", "Russian jets", "barrel bombs", "a school", "including 3 children", "the death toll rose to",
    "İstanbul", "ǅ", "ß", "ﬁ", "\n\n", ". ", ", ", "Wed 05 Apr 2017", "Damascus, SANA -", "رقة", "🙂",
])
TEXT = st.lists(st.one_of(PHRASES, st.text(max_size=12)), max_size=40).map(" ".join)


def spans_of(result: DocumentExtraction) -> list[Span]:
    spans: list[Span] = []
    for m in result.mentions:
        if m.date:
            spans += m.date.evidence
        for group in (m.places, m.actors, m.weapons, m.targets, m.attribution, m.legal):
            for item in group:
                spans += item.evidence
        for count in (m.casualties.killed, m.casualties.injured):
            if count:
                spans += count.evidence
    return spans


PUBLISHED = st.one_of(st.none(), st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2200, 12, 31)))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(body=TEXT, title=st.one_of(st.none(), TEXT), published=PUBLISHED)
def test_every_span_is_the_text_at_its_offsets(
    extractor: Extractor, body: str, title: str | None, published: dt.date | None
) -> None:
    result = extractor.extract(body, title=title, published=published)
    text = f"{title}\n\n{body}" if title else body
    for span in spans_of(result):
        assert 0 <= span.start <= span.end <= len(text)
        assert text[span.start : span.end] == span.text
    assert result.primary is None or 0 <= result.primary < len(result.mentions)


@settings(max_examples=150, deadline=None)
@given(body=st.text())
def test_never_raises_on_arbitrary_unicode(extractor: Extractor, body: str) -> None:
    result = extractor.extract(body)
    assert isinstance(result, DocumentExtraction)


def test_empty_text(extractor: Extractor) -> None:
    result = extractor.extract("")
    assert result.mentions == [] and result.primary is None


def test_ten_megabytes(extractor: Extractor) -> None:
    unit = "Russian jets killed at least 12 people in Aleppo on Friday, the monitor said. "
    body = unit * (10_000_000 // len(unit) + 1)
    started = time.perf_counter()
    result = extractor.extract(body, published="2020-01-01")
    assert result.mentions
    # Not a speed assertion: a loose bound that only fails if huge inputs are no longer capped.
    assert time.perf_counter() - started < 60


def test_a_publication_date_that_cannot_be_used(extractor: Extractor) -> None:
    with pytest.raises(ExtractionError, match="YYYY-MM-DD"):
        extractor.extract("Five people were killed.", published="yesterday")
    with pytest.raises(ExtractionError, match="no day 31"):
        extractor.extract("Five people were killed.", published="31-02-2020")
    with pytest.raises(ExtractionError, match="between"):
        extractor.extract("Five people were killed.", published="0001-01-01")
