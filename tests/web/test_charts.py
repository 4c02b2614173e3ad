from __future__ import annotations

from harmledger.web.charts import bars, fill_periods, hbars


def test_bars_scale_to_the_largest_value() -> None:
    chart = bars([{"key": "2020-01", "killed": 10}, {"key": "2020-02", "killed": 5}], "killed", height=120)
    tall, short = chart["bars"]
    assert tall["h"] == 100 and short["h"] == 50 and tall["y"] == 20
    assert bars([], "killed")["bars"] == []


def test_hbars_sort_and_name_the_unstated() -> None:
    chart = hbars([{"key": None, "killed": 1}, {"key": "airstrike", "killed": 9}], "killed", width=90)
    assert [r["label"] for r in chart["rows"]] == ["airstrike", "not stated"]
    assert chart["rows"][0]["w"] == 90 and chart["rows"][1]["w"] == 10


def test_fill_periods_adds_empty_months_and_years() -> None:
    months = fill_periods([{"key": "2019-11", "killed": 1}, {"key": "2020-02", "killed": 2}], "month")
    assert [m["key"] for m in months] == ["2019-11", "2019-12", "2020-01", "2020-02"]
    assert months[1]["killed"] == 0
    years = fill_periods([{"key": "2012", "killed": 1}, {"key": "2014", "killed": 1}], "year")
    assert [y["key"] for y in years] == ["2012", "2013", "2014"]
    days = [{"key": "2020-01-01"}, {"key": "2020-01-05"}]
    assert fill_periods(days, "day") == days
