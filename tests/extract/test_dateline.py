from __future__ import annotations

import pytest

from harmledger.extract import Extractor

from .helpers import run


@pytest.mark.parametrize(
    ("head", "date"),
    [
        ("Wed 05 Apr 2017 Air strikes hit a town.", "2017-04-05"),
        ("Posted on April 19 2017 by a reporter. Six people were killed.", "2017-04-19"),
        ("Date of publication 5 August 2016 Air raids killed ten.", "2016-08-05"),
        ("01-06-2016 Over 20 fighters killed.", "2016-06-01"),
        ("Last updated at Apr 052017 A suspected attack.", "2017-04-05"),
        ("Fri Apr 29 2016 Kurds kill 83.", "2016-04-29"),
    ],
)
def test_publication_date_from_the_dateline(extractor: Extractor, head: str, date: str) -> None:
    doc = run(extractor, head, published=None, upto="dateline")
    assert doc.published is not None and doc.published.isoformat() == date
    assert doc.published_span is not None


def test_given_date_wins_over_the_dateline(extractor: Extractor) -> None:
    doc = run(extractor, "Wed 05 Apr 2017 Air strikes hit a town.", published="2017-04-06", upto="dateline")
    assert doc.published is not None and doc.published.isoformat() == "2017-04-06"


def test_share_counters_and_times_are_ignored(extractor: Extractor) -> None:
    text = "09.04.2017 Get short URL 0 85 12 fighters were killed."
    doc = run(extractor, text, published=None, upto="casualties")
    assert [f.number.value for f in doc.frames] == [12]


def test_sana_dateline_place(extractor: Extractor) -> None:
    text = "Damascus, SANA - Two people were killed by mortar shells."
    doc = run(extractor, text, upto="dateline")
    assert doc.dateline_place is not None
    assert text[doc.dateline_place[0] : doc.dateline_place[1]] == "Damascus"


def test_an_event_date_in_the_lead_is_not_the_dateline(extractor: Extractor) -> None:
    text = "Government forces killed eight civilians on November 6, 2022 in Maarat al-Numan."
    doc = run(extractor, text, published="2022-11-08", upto="dates")
    assert doc.published_span is None
    assert [(d.first.isoformat(), d.precision) for d in doc.dates] == [("2022-11-06", "day")]


def test_tag_lists_are_ignored(extractor: Extractor) -> None:
    text = ("Date of publication 5 August 2016 Air raids on a district killed ten people. "
            "Tags Aleppo Syria Islamic State Air raids on a district killed ten people on Friday.")
    doc = run(extractor, text, published=None, upto="actors")
    assert doc.actors == []


def test_date_opening_the_body_after_a_title(extractor: Extractor) -> None:
    result = extractor.extract("April 11 2017 Jets struck Saraqib. On April 4 a gas attack killed 80 people in Khan Sheikhoun.",
                               title="Generals warn of new strikes")
    assert result.published == "2017-04-11"
    killed = [m.casualties.killed.low for m in result.mentions if m.casualties.killed]
    assert killed == [80]


def test_day_of_an_unresolved_date_is_not_a_count(extractor: Extractor) -> None:
    result = extractor.extract("On April 4 a gas attack claimed the lives of some 80 people.")
    assert [m.casualties.killed.low for m in result.mentions if m.casualties.killed] == [80]


@pytest.mark.parametrize(
    "text",
    [
        "O 2 May 2020, in Loiza, men in a car opened fire, killing 3 people.",  # a note's "On" misspelt
        "On 2 May 2020, in Loiza, men in a car opened fire, killing 3 people.",
        "Around 2 May 2020 (as reported), in Loiza, men in a car opened fire, killing 3 people.",
    ],
)
def test_a_note_s_event_date_is_not_its_dateline(extractor: Extractor, text: str) -> None:
    doc = run(extractor, text, published="2020-05-04", upto="dates")
    assert doc.published_span is None
    assert [d.first.isoformat() for d in doc.dates] == ["2020-05-02"]


def test_overnight_on_a_town_is_still_the_night_before(extractor: Extractor) -> None:
    doc = run(extractor, "A helicopter dropped toxic gas overnight on a town in Idlib.", published="2016-08-01", upto="dates")
    assert [(d.first.isoformat(), d.last.isoformat()) for d in doc.dates] == [("2016-07-31", "2016-08-01")]


@pytest.mark.parametrize("head", ["ALEPPO, March 3 (Reuters) - ", "Aleppo, 3 March 2020 (SANA) - ", "ALEPPO (AP) - ",
                                  "Report title\n\nALEPPO, March 3 (AFP) - "])
def test_the_dateline_city_is_not_the_event_place(extractor: Extractor, head: str) -> None:
    result = extractor.extract(head + "Air strikes killed 12 civilians on Tuesday, a monitor said.", published="2020-03-03")
    assert [p.name for p in result.mentions[result.primary].places] == []  # type: ignore[index]
    named = extractor.extract(head + "Air strikes killed 12 civilians in Saraqib on Tuesday.", published="2020-03-03")
    assert [p.name for p in named.mentions[named.primary].places][:1] == ["Saraqib"]  # type: ignore[index]
