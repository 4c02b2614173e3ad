from __future__ import annotations

import datetime as dt

import pytest

from harmledger.extract import Extractor
from harmledger.extract.components.dates import find_dates

from .helpers import run

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
    assert first("from August 2021 to June 2022") == ("2021-08-01", "2022-06-30", "period")
    # A period told as running past publication ends there: no date is after it.
    assert first("from August 2022 to June 2023") == ("2022-08-01", "2022-11-08", "period")


def test_mid_month() -> None:
    assert first("a mid-August attack") == ("2022-08-01", "2022-08-31", "month")


def test_since_is_a_period_open_ended_without_publication(extractor: Extractor) -> None:
    for published, last in (("2019-11-23", "2019-11-23"), (None, None)):
        doc = run(extractor, "The regime has killed 1,510 people since 2012, and 12 in 2013.", published=published, upto="dates")
        since, year = doc.dates
        assert since.since and since.precision == "period" and since.first.isoformat() == "2012-01-01"
        assert last is None or since.last.isoformat() == last
        assert not year.since and year.precision == "year"


# ---- no date after publication; a date still to come is no event's ------------------------------

AUG5 = dt.date(2020, 8, 5)  # a Wednesday


def dates_of(text: str, published: dt.date | None = AUG5) -> list[tuple[str, str, str]]:
    return [(h.first.isoformat(), h.last.isoformat(), h.precision) for h in find_dates(text.lower(), published)]


@pytest.mark.parametrize(
    "text",
    [
        "a meeting scheduled for August 8th",
        "peace talks set for 8 August",
        "talks are set to resume on August 8",
        "the conference will be held on Friday",
        "the envoy is expected on Monday",
        "a vote is due on 12 August",
        "a Security Council session planned for August 20",
        "a deadline of 12 August",
        "by the August 12 deadline",
        "the talks were postponed to Friday",
        "is to be held on 8 August",
        "next Friday",
        "this coming Monday",
        "later this week",
        "ahead of talks in Geneva on Friday",
        "the truce was extended until August 8",
        "On August 8, negotiators will meet in Geneva",
        "elections on 20 December 2020",
    ],
)
def test_a_date_still_to_come_is_not_an_event_date(text: str) -> None:
    assert dates_of(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("on August 8th", ("2019-08-08", "2019-08-08", "day")),  # no year, after publication: the year before
        ("on August 5", ("2020-08-05", "2020-08-05", "day")),
        ("on Friday", ("2020-07-31", "2020-07-31", "day")),
        ("on Wednesday", ("2020-08-05", "2020-08-05", "day")),  # the day of publication
        ("last Wednesday", ("2020-07-29", "2020-07-29", "day")),  # a week before
        ("in August", ("2020-08-01", "2020-08-05", "month")),
        ("in 2020", ("2020-01-01", "2020-08-05", "year")),
        ("houses were set on fire on Friday", ("2020-07-31", "2020-07-31", "day")),
        ("protests due to the lack of water on Friday", ("2020-07-31", "2020-07-31", "day")),
        ("On Friday, the monitor said the toll will rise", ("2020-07-31", "2020-07-31", "day")),
    ],
)
def test_dates_are_never_after_publication(text: str, expected: tuple[str, str, str]) -> None:
    assert dates_of(text)[0] == expected
    assert all(last <= AUG5.isoformat() for _, last, _ in dates_of(text))


def test_a_date_still_to_come_is_not_a_count(extractor: Extractor) -> None:
    text = "Air strikes killed 12 people in Idlib on Friday, days before peace talks scheduled for August 8th."
    result = extractor.extract(text, published="2020-08-05")
    assert [m.casualties.killed.low for m in result.mentions if m.casualties.killed] == [12]
    primary = result.mentions[result.primary or 0]
    assert primary.date and primary.date.start == "2020-07-31"


# ---- ranges in words stay ranges ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("between 7 and 10 September", ("2022-09-07", "2022-09-10")),
        ("from 5 to 12 October", ("2022-10-05", "2022-10-12")),
        ("from the 5th to the 12th of October", ("2022-10-05", "2022-10-12")),
        ("between October 5 and October 12", ("2022-10-05", "2022-10-12")),
        ("between 5 October and 12 October 2020", ("2020-10-05", "2020-10-12")),
        ("from October 5 until October 12", ("2022-10-05", "2022-10-12")),
        ("from Oct. 5 through Oct. 12", ("2022-10-05", "2022-10-12")),
        ("between 30 September and 3 October", ("2022-09-30", "2022-10-03")),
        ("between 28 December 2019 and 3 January 2020", ("2019-12-28", "2020-01-03")),
        ("from 28 December to 3 January 2020", ("2019-12-28", "2020-01-03")),
        ("October 5-12, 2021", ("2021-10-05", "2021-10-12")),
        ("on 8-9 May 2020", ("2020-05-08", "2020-05-09")),
        ("(between 28 April - 30 April)", ("2022-04-28", "2022-04-30")),
        ("between Friday and Sunday", ("2022-11-04", "2022-11-06")),
        ("from Monday to Tuesday", ("2022-11-07", "2022-11-08")),
        # told before its end: up to publication
        ("between 1 and 10 November", ("2022-11-01", "2022-11-08")),
    ],
)
def test_a_range_in_words_is_a_period(text: str, expected: tuple[str, str]) -> None:
    assert first(text) == (*expected, "period")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("between 20 and 30 may have died", []),
        ("from October 5 to 12 people", [("2022-10-05", "2022-10-05", "day")]),
        ("on 3 and 5 May", [("2022-05-03", "2022-05-03", "day"), ("2022-05-05", "2022-05-05", "day")]),
    ],
)
def test_what_is_not_a_range(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(h.first.isoformat(), h.last.isoformat(), h.precision) for h in find_dates(text.lower(), PUB)] == expected


# ---- ACLED notes: the first date is the one ACLED codes ----------------------------------------

MAY10 = "2020-05-10"


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        ("On 9 May 2020,", ("2020-05-09", "2020-05-09", "day")),
        ("Around 9 May 2020 (as reported),", ("2020-05-09", "2020-05-09", "day")),
        ("As reported on 9 May 2020,", ("2020-05-09", "2020-05-09", "day")),
        ("Reported on 9 May 2020,", ("2020-05-09", "2020-05-09", "day")),
        ("On or around 9 May 2020,", ("2020-05-09", "2020-05-09", "day")),
        ("On 9 May 2020 (month of),", ("2020-05-09", "2020-05-09", "month")),
        ("Around 9 May 2020 (week of),", ("2020-05-09", "2020-05-09", "week")),
        ("On 8 May 2020 (between 2 and 8 May),", ("2020-05-08", "2020-05-08", "period")),
        ("Around 1 May 2020 (between 30 April and 2 May),", ("2020-05-01", "2020-05-01", "period")),
        ("Overnight on 8-9 May 2020,", ("2020-05-08", "2020-05-09", "period")),
        ("During the week of 3-9 May 2020,", ("2020-05-03", "2020-05-09", "week")),
        ("Between 5 and 9 May 2020,", ("2020-05-05", "2020-05-09", "period")),
        ("On 9th May 2020,", ("2020-05-09", "2020-05-09", "day")),
    ],
)
def test_acled_note_dates(extractor: Extractor, lead: str, expected: tuple[str, str, str]) -> None:
    text = f"{lead} gunmen killed 3 villagers in Kafr Nabl (Idlib). The victims had fled on 1 May 2020. 3 fatalities."
    result = extractor.extract(text, published=MAY10)
    date = result.mentions[result.primary or 0].date
    assert date is not None and (date.start, date.end, date.precision) == expected
    assert text[date.evidence[0].start : date.evidence[0].end] == date.evidence[0].text


# ---- "reported on": the report's date with its precision ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "As reported on 18 October 2020, regime shelling killed 3 civilians in Ariha.",
        "Reported on 18 October 2020, regime shelling killed 3 civilians in Ariha.",
        "Regime shelling killed 3 civilians in Ariha, it was reported on Sunday.",
        "Regime shelling killed 3 civilians in Ariha, as reported on Sunday by local activists.",
        "Regime shelling killed 3 civilians in Ariha, the Syrian Observatory reported on Sunday.",
        "Regime shelling killed 3 civilians in Ariha, Syrian state TV reported Sunday.",
    ],
)
def test_reported_on_gives_the_report_s_day(extractor: Extractor, text: str) -> None:
    result = extractor.extract(text, published="2020-10-20")
    date = result.mentions[result.primary or 0].date
    assert date is not None and (date.start, date.end, date.precision) == ("2020-10-18", "2020-10-18", "day")


# ---- anaphora: "during this period" takes the period named before -------------------------------


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        ("Between October 5 and October 12, regime warplanes struck Saraqib in rural Idlib. "
         "During this period, 14 civilians were killed.", "During this period", ("2020-10-05", "2020-10-12", "period")),
        ("From 5 to 12 October, regime warplanes struck Saraqib. During that time, 14 civilians were killed.",
         "During that time", ("2020-10-05", "2020-10-12", "period")),
        ("Regime warplanes struck Saraqib between 5 October and 12 October 2020. In the same period, 14 civilians "
         "were killed, activists said.", "In the same period", ("2020-10-05", "2020-10-12", "period")),
        ("Regime warplanes struck Saraqib from October 5 until October 12. Over the same period, the strikes killed "
         "14 civilians.", "Over the same period", ("2020-10-05", "2020-10-12", "period")),
        ("Regime warplanes struck Saraqib between 7 and 10 October. Over those days 14 people were killed.",
         "Over those days", ("2020-10-07", "2020-10-10", "period")),
        ("In September 2020 regime warplanes struck Saraqib. During that month 14 people were killed.",
         "During that month", ("2020-09-01", "2020-09-30", "month")),
        ("On 12 October 2020, regime warplanes struck Saraqib. On the same day, shelling killed 14 civilians in Ariha.",
         "On the same day", ("2020-10-12", "2020-10-12", "day")),
        ("Jets struck Saraqib on Monday, killing 3. The next day, shelling killed 14 civilians in Ariha.",
         "The next day", ("2020-10-20", "2020-10-20", "day")),
    ],
)
def test_an_anaphora_takes_the_date_named_before(extractor: Extractor, text: str, phrase: str,
                                                 expected: tuple[str, str, str]) -> None:
    result = extractor.extract(text, published="2020-10-20")
    dated = [m for m in result.mentions if m.casualties.killed and m.casualties.killed.low == 14]
    assert len(dated) == 1 and dated[0].date is not None
    date = dated[0].date
    assert (date.start, date.end, date.precision) == expected
    assert [e.text for e in date.evidence] == [phrase]


@pytest.mark.parametrize(
    "text",
    [
        "Jets struck Saraqib. During this period, 14 civilians were killed.",  # nothing named before
        "Regime warplanes struck Saraqib between 5 and 12 October. In the same period last year, 14 were killed.",
        "At that time, 14 civilians were killed in Saraqib on 12 October 2020.",
    ],
)
def test_an_anaphora_with_nothing_to_take(extractor: Extractor, text: str) -> None:
    doc = run(extractor, text, published="2020-10-20", upto="dates")
    spans = [text[d.start : d.end].lower() for d in doc.dates]
    assert not any(s.startswith(("during this", "in the same", "at that")) for s in spans)


def test_since_carries_over_to_its_anaphora(extractor: Extractor) -> None:
    doc = run(extractor, "The war began in 2011 and has raged since 2012. During this period 500,000 died.",
              published="2020-10-20", upto="dates")
    anaphor = doc.dates[-1]
    assert anaphor.since and anaphor.first.isoformat() == "2012-01-01"
