"""Grouping into events (components/_events.py and casualties): old events, war totals and implausible figures
never become the incident; the primary is the news the headline and lead tell."""

from __future__ import annotations

from harmledger.extract import Extractor
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
    assert primary.casualties.killed is None
    # Nothing in the report tells of the days around publication, so the attack is left undated (never 2014).
    assert primary.date is None
    result = extractor.extract(text.replace("residents said", "residents said on Monday"), published="2017-05-02")
    primary = result.mentions[result.primary or 0]
    assert primary.casualties.killed is None and primary.date and primary.date.start.startswith("2017")


def test_recent_month_is_still_an_incident(extractor: Extractor) -> None:
    result = extractor.extract("In March 2018, airstrikes killed 30 people in Saqba.", published="2018-04-02")
    assert incidents(result) == [30]


def test_war_totals_are_aggregates(extractor: Extractor) -> None:
    cases = [
        "The monitor has documented the deaths of 5,900 civilians, among them 1,700 children and 900 women, "
        "in barrel bombs and other air raids over the past year.",
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


def test_primary_is_the_toll_the_headline_states(extractor: Extractor) -> None:
    body = ("Rebel shelling killed five people in Aleppo on Sunday, state media said. "
            "Separately, Russian strikes killed 30 people in Raqqa on Sunday.")
    result = extractor.extract(body, title="Russian strikes kill 30 in Raqqa as toll this year tops 900", published="2017-05-08")
    primary = result.mentions[result.primary or 0]
    assert primary.kind == "incident" and primary.casualties.killed and primary.casualties.killed.low == 30
