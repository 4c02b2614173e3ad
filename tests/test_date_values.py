"""The one reader of dates given as values (harmledger._dates) and the callers that use it."""

from __future__ import annotations

import datetime as dt

import pytest

from harmledger._dates import DATE_ORDERS, date_order, parse_date_value
from harmledger._errors import DateValueError, ExtractionError
from harmledger.api.errors import ApiError
from harmledger.api.upload import parse_date as parse_upload_date


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        # ISO, and a datetime's date as written (no time zone conversion)
        ("2020-05-09", dt.date(2020, 5, 9)),
        ("2020-5-9", dt.date(2020, 5, 9)),
        ("2020-05-09T10:00:00Z", dt.date(2020, 5, 9)),
        ("2020-05-09T23:30:00.123+02:00", dt.date(2020, 5, 9)),
        ("2020-05-09 10:00", dt.date(2020, 5, 9)),
        ("20200509", dt.date(2020, 5, 9)),
        ("2017/04/16", dt.date(2017, 4, 16)),
        ("2017.04.16", dt.date(2017, 4, 16)),
        # month names
        ("9-May-20", dt.date(2020, 5, 9)),  # ACLED: not 2009, not the 20th
        ("09-May-2020", dt.date(2020, 5, 9)),
        ("09 May 2020", dt.date(2020, 5, 9)),
        ("9 May, 2020", dt.date(2020, 5, 9)),
        ("09MAY2020", dt.date(2020, 5, 9)),
        ("9th of May 2020", dt.date(2020, 5, 9)),
        ("May 9, 2020", dt.date(2020, 5, 9)),
        ("April 4, 2017", dt.date(2017, 4, 4)),
        ("Sept. 3, 2019", dt.date(2019, 9, 3)),
        ("Sun 16 Apr 2017", dt.date(2017, 4, 16)),
        ("Sunday, April 16, 2017", dt.date(2017, 4, 16)),
        ("Sun 16 Apr 2017 10:32 GMT", dt.date(2017, 4, 16)),
        ("2020 May 9", dt.date(2020, 5, 9)),
        ("  9 may 2020 ", dt.date(2020, 5, 9)),
        # numeric, day first by default
        ("16.04.2017", dt.date(2017, 4, 16)),
        ("16/04/2017", dt.date(2017, 4, 16)),
        ("16-04-2017", dt.date(2017, 4, 16)),
        ("04/16/2017", dt.date(2017, 4, 16)),  # 16 cannot be a month
        ("05/04/2017", dt.date(2017, 4, 5)),
        ("5/4/17", dt.date(2017, 4, 5)),
    ],
)
def test_accepted_forms(value: str, expected: dt.date) -> None:
    assert parse_date_value(value) == expected


@pytest.mark.parametrize(
    ("value", "says"),
    [
        ("31-02-2020", "February 2020 has no day 31"),
        ("2020-02-30", "February 2020 has no day 30"),
        ("2020-13-01", "there is no month 13"),
        ("13/13/2020", "there is no month 13"),
        ("yesterday", "is not a date; give it as YYYY-MM-DD"),
        ("", "it is empty"),
        ("   ", "it is empty"),
        ("May 2020", "is not a date"),  # no day
        ("2020", "is not a date"),
        ("9 Mai 2020", "is not a date"),  # English month names only
        ("05/04/2017/1", "is not a date"),
        ("16/04-2017", "is not a date"),  # mixed separators
        ("1850-01-01", "the year 1850 is not between 1900 and 2200"),
        ("2301-01-01", "the year 2301 is not between 1900 and 2200"),
    ],
)
def test_rejected_values(value: str, says: str) -> None:
    with pytest.raises(DateValueError) as caught:
        parse_date_value(value)
    error = caught.value
    assert error.code == "E001" and says in error.message
    assert error.message.startswith(repr(value))  # so that a caller can put the field's name before it
    assert "YYYY-MM-DD" in error.message or "check the value" in error.message


def test_the_order_decides_ambiguous_numeric_dates_only() -> None:
    assert parse_date_value("05/04/2017") == dt.date(2017, 4, 5)
    assert parse_date_value("05/04/2017", order="DMY") == dt.date(2017, 4, 5)
    assert parse_date_value("05/04/2017", order="MDY") == dt.date(2017, 5, 4)
    assert parse_date_value("05/04/2017", order="YMD") == dt.date(2017, 5, 4)  # year last: month before day
    assert parse_date_value("17/04/05", order="YMD") == dt.date(2017, 4, 5)
    assert parse_date_value("05/04/17", order="MDY") == dt.date(2017, 5, 4)
    # Unambiguous values read the same in every order.
    for order in DATE_ORDERS:
        assert parse_date_value("04/16/2017", order=order) == dt.date(2017, 4, 16)
        assert parse_date_value("16/04/2017", order=order) == dt.date(2017, 4, 16)
        assert parse_date_value("2017-04-05", order=order) == dt.date(2017, 4, 5)
        assert parse_date_value("9-May-20", order=order) == dt.date(2020, 5, 9)
    with pytest.raises(DateValueError, match="read in the order MDY"):
        parse_date_value("02/30/2020", order="MDY")


@pytest.mark.parametrize(
    ("value", "year"),
    [("1-Jan-00", 2000), ("1-Jan-20", 2020), ("1-Jan-68", 2068), ("1-Jan-69", 1969), ("1-Jan-99", 1999),
     ("01/01/68", 2068), ("01/01/69", 1969)],
)  # fmt: skip
def test_two_digit_year_pivot(value: str, year: int) -> None:
    assert parse_date_value(value).year == year


def test_dates_pass_through_checked() -> None:
    assert parse_date_value(dt.date(2020, 5, 9)) == dt.date(2020, 5, 9)
    assert parse_date_value(dt.datetime(2020, 5, 9, 23, 59)) == dt.date(2020, 5, 9)
    with pytest.raises(DateValueError, match="1850"):
        parse_date_value(dt.date(1850, 1, 1))


def test_a_weekday_is_not_checked() -> None:
    # 16 April 2017 was a Sunday; a slip in the weekday should not cost the report its date.
    assert parse_date_value("Mon 16 Apr 2017") == dt.date(2017, 4, 16)


def test_date_order_names() -> None:
    assert [date_order(v) for v in ("DMY", "mdy", " YMD ", "DYM", "")] == ["DMY", "MDY", "YMD", None, None]


def test_the_extractor_reads_values_and_keeps_its_error_code() -> None:
    from harmledger.extract import Extractor

    extractor = Extractor(components=["dateline"])
    assert extractor.make_doc("Shelling.", published="9-May-20").published == dt.date(2020, 5, 9)
    assert extractor.make_doc("Shelling.", published=dt.date(2020, 5, 9)).published == dt.date(2020, 5, 9)
    with pytest.raises(ExtractionError) as caught:
        extractor.extract("Shelling.", published="not a date")
    assert caught.value.code == "E044" and caught.value.message.startswith("published 'not a date' is not a date;")
    with pytest.raises(ExtractionError, match="not between 1900 and 2200"):
        extractor.extract("Shelling.", published="1850-01-01")


def test_the_upload_form_reads_values_and_answers_422() -> None:
    assert parse_upload_date("9-May-20") == dt.date(2020, 5, 9)
    assert parse_upload_date("  ") is None
    with pytest.raises(ApiError) as caught:
        parse_upload_date("31-02-2020")
    assert caught.value.status == 422 and caught.value.message.startswith("published '31-02-2020' is not a date: February")
