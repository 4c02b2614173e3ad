from __future__ import annotations

import datetime as dt

import pytest

from harmledger.extract.components.dates import find_dates

PUB = dt.date(2022, 11, 8)  # a Tuesday


def first(text: str, published: dt.date | None = PUB) -> tuple[str, str, str]:
    hits = find_dates(text.lower(), published)
    assert hits, text
    h = hits[0]
    return h.first.isoformat(), h.last.isoformat(), h.precision


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("killed eight civilians on November 6, 2022", ("2022-11-06", "2022-11-06", "day")),
        ("on 6 November 2022", ("2022-11-06", "2022-11-06", "day")),
        ("on Friday", ("2022-11-04", "2022-11-04", "day")),
        ("on Tuesday night", ("2022-11-08", "2022-11-08", "day")),
        ("in the past few hours", ("2022-11-08", "2022-11-08", "day")),
        ("yesterday", ("2022-11-07", "2022-11-07", "day")),
        ("last week", ("2022-10-31", "2022-11-06", "week")),
        ("between 7 and 10 September", ("2022-09-07", "2022-09-10", "period")),
        ("in August 2013", ("2013-08-01", "2013-08-31", "month")),
        ("since 2012", ("2012-01-01", "2012-12-31", "year")),
        ("on December 30", ("2021-12-30", "2021-12-30", "day")),
    ],
)
def test_dates_resolved_against_publication(text: str, expected: tuple[str, str, str]) -> None:
    assert first(text) == expected


def test_relative_dates_need_a_publication_date() -> None:
    assert find_dates("on friday", None) == []
    assert first("on 6 November 2022", None)[0] == "2022-11-06"


def test_may_the_verb_is_not_a_date() -> None:
    assert find_dates("the toll may 2 rise", PUB) == []


def test_month_range() -> None:
    assert first("from August 2022 to June 2023") == ("2022-08-01", "2023-06-30", "period")


def test_mid_month() -> None:
    assert first("a mid-August attack") == ("2022-08-01", "2022-08-31", "month")


def test_since_is_a_period_open_ended_without_publication() -> None:
    from harmledger.extract import Extractor

    from .helpers import run

    extractor = Extractor()
    for published, last in (("2019-11-23", "2019-11-23"), (None, None)):
        doc = run(extractor, "The regime has killed 1,510 people since 2012, and 12 in 2013.", published=published, upto="dates")
        since, year = doc.dates
        assert since.since and since.precision == "period" and since.first.isoformat() == "2012-01-01"
        assert last is None or since.last.isoformat() == last
        assert not year.since and year.precision == "year"
