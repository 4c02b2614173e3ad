"""Background in a report: old events, war totals and implausible figures never become the incident."""

from __future__ import annotations

from harmledger.extract import Extractor
from harmledger.geo import admin1_key
from harmledger.schema import DocumentExtraction

from .test_casualties import summary


def incidents(result: DocumentExtraction) -> list[int | None]:
    return [m.casualties.killed.low if m.casualties.killed else None for m in result.mentions if m.kind == "incident"]


def test_old_massacre_named_by_year_is_background(extractor: Extractor) -> None:
    text = ("Government jets killed 12 civilians in Kafr Zita on Monday, activists said. "
            "The city was the scene of the 1982 Hama massacre, in which as many as 30,000 people were killed.")
    result = extractor.extract(text, published="2016-09-06")
    assert incidents(result) == [12]
    old = [m for m in result.mentions if m.casualties.killed and m.casualties.killed.high == 30000]
    assert old and old[0].kind == "aggregate"
    assert result.primary is not None and result.mentions[result.primary].casualties.killed.low == 12  # type: ignore[union-attr]


def test_event_named_in_a_year_long_ago_is_not_an_incident(extractor: Extractor) -> None:
    for background in ("In 2013, a sarin attack on eastern Ghouta killed hundreds of people.",
                       "The 2013 Ghouta attack killed more than 1,400 people.",
                       "Last year's attack on the town killed 92 people."):
        result = extractor.extract("Shelling killed four people in Douma on Tuesday. " + background, published="2018-03-14")
        assert incidents(result) == [4], background


def test_fully_dated_old_attack_is_never_primary(extractor: Extractor) -> None:
    text = ("Warplanes struck a market in Ariha, residents said. "
            "On 12 June 2014, a barrel bomb on the same market killed 22 people.")
    result = extractor.extract(text, published="2017-05-02")
    assert result.primary is not None
    primary = result.mentions[result.primary]
    assert primary.casualties.killed is None and primary.date and primary.date.start.startswith("2017")


def test_recent_month_is_still_an_incident(extractor: Extractor) -> None:
    result = extractor.extract("In March 2018, airstrikes killed 30 people in Saqba.", published="2018-04-02")
    assert incidents(result) == [30]


def test_war_totals_are_aggregates(extractor: Extractor) -> None:
    cases = [
        "More than 400,000 people have been killed in Syria's conflict.",
        "The monitor has documented the killing of 5,400 civilians in air raids over the past year.",
        "In total, 2,300 people were killed in the province.",
        "The death toll of the war has reached 350,000.",
    ]
    for text in cases:
        found = summary(extractor, text)
        assert found and all(aggregate for *_, aggregate in found), text


def test_numbers_that_cannot_be_counts(extractor: Extractor) -> None:
    # Run-together digits, phone numbers, years, populations.
    assert summary(extractor, "The strike killed 3000139 people in the town.") == []
    assert summary(extractor, "Call +963 944123456 killed reports.") == []
    assert summary(extractor, "Since April 4 2017 killed civilians have been counted.") == []
    assert summary(extractor, "The town, home to 1.5 million people, was shelled; 3 people were killed.") == [("killed", 3, 3, False)]
    wounded = summary(extractor, "The war has killed 300,000 people and wounded at least a million.")
    assert all(aggregate for *_, aggregate in wounded)


def test_same_attack_told_twice_is_one_mention(extractor: Extractor) -> None:
    text = ("A gas attack killed at least 70 people in Saraqib in Idlib province on Tuesday, the monitor said. "
            "The head of Idlibs health directorate said the attack on Tuesday had killed more than 60 people "
            "and wounded 200.")
    result = extractor.extract(text, published="2018-02-06")
    killed = [m for m in result.mentions if m.kind == "incident"]
    assert len(killed) == 1
    assert killed[0].casualties.killed and killed[0].casualties.killed.low == 70
    assert killed[0].casualties.injured and killed[0].casualties.injured.low == 200
    assert {admin1_key(p.resolved.admin1) for p in killed[0].places if p.resolved and p.resolved.admin1} == {"idlib"}


def test_two_tolls_on_one_day_stay_two(extractor: Extractor) -> None:
    text = ("Airstrikes killed 12 people in Saraqib on Tuesday. "
            "Separately, shelling killed 30 people in Maarat al-Numan on Tuesday.")
    result = extractor.extract(text, published="2018-02-06")
    assert sorted(k for k in incidents(result) if k is not None) == [12, 30]


def test_undated_repeat_of_an_old_toll_is_that_event(extractor: Extractor) -> None:
    text = ("Shelling killed five people in Harasta on Monday. "
            "On August 21 2013, a sarin attack killed more than 1,400 people near Damascus. "
            "Washington accused the regime of killing more than 1,400 people with chemical weapons near Damascus.")
    result = extractor.extract(text, published="2017-04-04")
    assert incidents(result)[0] == 5
    old = [m for m in result.mentions if m.casualties.killed and m.casualties.killed.low == 1400]
    assert len(old) == 1 and len(old[0].casualties.killed.evidence) >= 3  # type: ignore[union-attr]


def test_place_of_an_earlier_attack_in_the_same_sentence_is_not_the_count_s(extractor: Extractor) -> None:
    text = ("At least 19 people were killed in Douma on Tuesday, hours after a gas attack left dozens dead in "
            "Khan Sheikhoun.")
    result = extractor.extract(text, published="2017-04-04")
    primary = result.mentions[result.primary or 0]
    assert primary.casualties.killed and primary.casualties.killed.low == 19
    assert "Khan Sheikhoun" not in [p.name for p in primary.places]
    assert "Douma" in [p.name for p in primary.places]


def test_place_after_a_bare_after_is_the_attack_s(extractor: Extractor) -> None:
    text = "A woman and a child were killed after rebels shelled the centre of Damascus on Sunday."
    result = extractor.extract(text, published="2017-04-16")
    primary = result.mentions[result.primary or 0]
    assert "Damascus" in [p.name for p in primary.places]


def test_that_attack_takes_the_previous_sentence_s_date(extractor: Extractor) -> None:
    text = ("A helicopter dropped barrels of chlorine on a town overnight, rescuers said on Tuesday. "
            "Investigators found that sarin was used in Eastern Ghouta in 2013. "
            "Washington estimates that attack killed 1,429 people.")
    result = extractor.extract(text, published="2016-08-02")
    assert incidents(result) == [None]  # the lead's attack, told without a toll
    old = [m for m in result.mentions if m.casualties.killed]
    assert old and old[0].kind == "aggregate"
    assert result.primary is not None and result.mentions[result.primary].kind == "incident"
