from __future__ import annotations

import datetime as dt

import pytest

from harmledger._errors import DateValueError
from harmledger.ingest.dateline import find_dateline, parse_date, read_date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Wed 05 Apr 2017 Syria attack symptoms consistent with nerve agent use", dt.date(2017, 4, 5)),
        ("Damascus, 12 March 2019 (SANA) - Terrorists fired rocket shells", dt.date(2019, 3, 12)),
        ("Posted on April 19 2017 by Asharq Al-Awsat English Six Killed", dt.date(2017, 4, 19)),
        ("Date of publication 5 August 2016 Air raids on Aleppo", dt.date(2016, 8, 5)),
        ("Last updated at Apr 152017 A suicide car bomb attack", dt.date(2017, 4, 15)),
        ("Syrian air strikes kill 70 people Monitor Reuters Friday 6 Feb 2015 Syrian air force", dt.date(2015, 2, 6)),
        ("02.10.2017 Fifteen people died during an explosion", dt.date(2017, 10, 2)),
        ("13-08-2013 33 Militants Claimed in Syria", dt.date(2013, 8, 13)),
        ("2019-11-21 Report on the week", dt.date(2019, 11, 21)),
        ("Published October 29, 2014 Islamic State militants", dt.date(2014, 10, 29)),
    ],
)
def test_datelines(text: str, expected: dt.date) -> None:
    assert find_dateline(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "BEIRUT (Reuters) - At least 12 people were killed on Friday",
        "Airstrikes on 12 March 2019 killed ten people in Idlib",
        "Since 5 May 2016 more than 100 civilians have been killed",
        "1. Ghouta: On August 21 2013 the regime fired rockets",
        "At least 12 killed in March",  # no full date
        "31.02.2017 is not a date",
        "",
    ],
)
def test_no_dateline(text: str) -> None:
    assert find_dateline(text) is None


def test_a_date_deep_in_the_text_is_not_a_dateline() -> None:
    text = "Air strikes hit the town. " + "More details followed. " * 20 + "Thursday 1 August 2013"
    assert find_dateline(text) is None


def test_parse_date_forms() -> None:
    assert parse_date("2017-04-05T10:00:00Z") == dt.date(2017, 4, 5)
    assert parse_date("5 April 2017") == dt.date(2017, 4, 5)
    assert parse_date("5 avril 2017") == dt.date(2017, 4, 5)
    assert parse_date("April 2017") is None
    assert parse_date("not a date") is None
    assert parse_date("2017-02-30") is None


def test_parse_date_reads_values_like_extract_and_does_not_guess() -> None:
    assert parse_date("9-May-20") == dt.date(2020, 5, 9)
    assert parse_date("Sun 16 Apr 2017") == dt.date(2017, 4, 16)
    assert parse_date("Posted on 5 April 2017 by the monitor") == dt.date(2017, 4, 5)
    assert parse_date("05/04/2017") == dt.date(2017, 4, 5)
    assert parse_date("05/04/2017", order="MDY") == dt.date(2017, 5, 4)
    # dateparser, still the fallback for other languages, would read these as days.
    assert parse_date("yesterday") is None
    assert parse_date("2020-13-01") is None
    assert parse_date("13 2017 5") is None


def test_read_date_says_why() -> None:
    with pytest.raises(DateValueError, match="February 2020 has no day 31"):
        read_date("31-02-2020")
    with pytest.raises(DateValueError, match="is not a date; give it as YYYY-MM-DD"):
        read_date("someday")
