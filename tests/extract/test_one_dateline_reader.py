"""One dateline reader (``harmledger.ingest.dateline``) for ingest and for the extraction's ``dateline``
component: they give the same date for the same head. Each used to have its own rules, and each was
wrong where the other was right (cases below, from FA-KES articles and ACLED notes)."""

from __future__ import annotations

import datetime as dt

import pytest

from harmledger.extract.components.dateline import make_dateline
from harmledger.extract.doc import Doc
from harmledger.extract.registry import PipelineContext
from harmledger.ingest.dateline import find_dateline

HEADLINE = ("17 dead as Al-Qaeda attacks Syria Kurd town\n\n17 dead as Al-Qaeda attacks Syria Kurd town After Kurdish "
            "militia expelled jihadists in Ras al-Ain last month Al-Qaeda counters by killing 17 and sending residents "
            "pouring into Turkey AFP Saturday 17 Aug 2013 Al-Qaeda loyalists attacked a mainly Kurdish town")


def component_date(text: str) -> dt.date | None:
    doc = Doc(text, published=None)
    make_dateline(PipelineContext())(doc)
    return doc.published


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The component missed this one (a time before the date, then a share counter glued on).
        ("Kurdish SDF Kills 23 Daesh Militants REUTERS Rodi Said Middle East 1730 28.04.2017Get short URL Topic "
         "Battle Against Daesh in Syria (180) 0 54 The Kurdish-led Syrian Democratic Forces", dt.date(2017, 4, 28)),
        # Ingest missed this one: the agency's dateline after a long headline and standfirst.
        (HEADLINE, dt.date(2013, 8, 17)),
        # Ingest took these event dates of ACLED notes for publication dates.
        ("Around 9 May 2020 (as reported), in Culiacan, men in a car opened fire, killing 3 people.", None),
        ("O 2 May 2020, in Loiza, men in a car opened fire, killing 3 people.", None),
        # Both read a count after the date ("200 left wing activists") as a time ("2:00").
        ("On 3 May 2020, 200 left wing activists protested in front of the prime minister's home.", None),
        ("Idlib, 3 May 2019 - Barrel bombs hit a hospital.", dt.date(2019, 5, 3)),
        ("Damascus, 12 March 2019 (SANA) - Terrorists fired rocket shells", dt.date(2019, 3, 12)),
        ("Published October 29, 2014 Islamic State militants", dt.date(2014, 10, 29)),
        ("Government forces killed eight civilians on November 6, 2022 in Maarat al-Numan.", None),
    ],
)
def test_ingest_and_extraction_read_one_dateline(text: str, expected: dt.date | None) -> None:
    assert find_dateline(text) == expected
    assert component_date(text) == expected
