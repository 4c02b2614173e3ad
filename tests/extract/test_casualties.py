from __future__ import annotations

from harmledger.extract import Extractor
from harmledger.extract.doc import CasualtyFrame

from .helpers import run


def frames(extractor: Extractor, text: str) -> list[CasualtyFrame]:
    return run(extractor, text, upto="casualties").frames


def summary(extractor: Extractor, text: str) -> list[tuple[str, int | None, int | None, bool]]:
    return [(f.group, f.number.low, f.number.high, f.aggregate) for f in frames(extractor, text)]


def test_killed_and_injured(extractor: Extractor) -> None:
    got = summary(extractor, "The strike killed 14 civilians and injured 35 more.")
    assert got == [("killed", 14, 14, False), ("injured", 35, 35, False)]
    assert frames(extractor, "The strike killed 14 civilians and injured 35 more.")[0].civilians == 14


def test_passive_and_among(extractor: Extractor) -> None:
    assert summary(extractor, "A minister was among at least 12 people killed on Monday.") == [("killed", 12, None, False)]
    assert summary(extractor, "Six people were killed and dozens others injured.") == [
        ("killed", 6, 6, False), ("injured", 24, None, False)]


def test_subgroups(extractor: Extractor) -> None:
    f = frames(extractor, "The raid killed approximately 45 civilians, including 13 children.")
    assert len(f) == 1 and f[0].number.value == 45 and f[0].children == 13 and f[0].civilians == 45
    f = frames(extractor, "Ten children were among at least 48 people killed in the village.")
    assert len(f) == 1 and f[0].number.low == 48 and f[0].children == 10


def test_mostly_women_and_children_states_no_number(extractor: Extractor) -> None:
    f = frames(extractor, "The blast killed 12 people, mostly women and children.")
    assert len(f) == 1 and f[0].number.value == 12 and f[0].women is None and f[0].children is None


def test_coordinated_counts_add_up(extractor: Extractor) -> None:
    f = frames(extractor, "Regime planes killed 31 jihadists and eight civilians in the town.")
    assert len(f) == 1 and f[0].number.low == 39 and f[0].civilians == 8


def test_missing(extractor: Extractor) -> None:
    assert summary(extractor, "Five people are still missing after the strike.") == [("missing", 5, 5, False)]


def test_aggregates(extractor: Extractor) -> None:
    for text in [
        "The group has documented 1,510 people killed since 2012.",
        "Nearly 100 civilians have been killed since the beginning of November.",
        "The war has killed more than 300,000 people.",
        "In all, 1,172 victims were killed from August 2022 to June 2023 across eight countries.",
    ]:
        got = summary(extractor, text)
        assert got and all(agg for *_, agg in got), text


def test_incident_with_a_date_is_not_an_aggregate(extractor: Extractor) -> None:
    assert summary(extractor, "Jets killed eight civilians on November 6, 2022.") == [("killed", 8, 8, False)]


def test_not_casualties(extractor: Extractor) -> None:
    for text in [
        "More than 2 million people are in need of aid.",
        "About 5,000 refugees fled to the border.",
        "The convoy of 20 trucks was hit.",
        "They launched 184 attacks on 12 villages.",
        "A 12-year-old boy was killed.",
        "Resolution 2254 was adopted.",
        "94.5% of the victims were civilians.",
    ]:
        assert all(f.number.value not in (2_000_000, 5000, 20, 184, 2254, 94) for f in frames(extractor, text)), text


def test_death_toll_update(extractor: Extractor) -> None:
    f = frames(extractor, "The death toll from the strikes has risen to 82 people.")
    assert len(f) == 1 and f[0].group == "killed" and f[0].number.value == 82 and f[0].update


def test_evidence_spans_cover_number_and_verb(extractor: Extractor) -> None:
    text = "Air strikes killed at least 16 people."
    f = frames(extractor, text)[0]
    assert sorted(text[a:b] for a, b in f.evidence) == ["at least 16", "killed"]


def test_one_person_counts(extractor: Extractor) -> None:
    assert summary(extractor, "A child was killed and a woman was injured by the shells.") == [
        ("killed", 1, 1, False), ("injured", 1, 1, False)]


def test_toll_in_present_tense(extractor: Extractor) -> None:
    f = frames(extractor, "The death toll from the rocket attacks on the Salah Eddin neighbourhood rises to 8 civilians.")
    assert [(x.group, x.number.value) for x in f] == [("killed", 8)]


def test_people_counted_for_something_else(extractor: Extractor) -> None:
    got = summary(extractor, "The militants kidnapped 900 people and executed 18 others.")
    assert got == [("killed", 18, 18, False)]


def test_short_window_is_not_an_aggregate(extractor: Extractor) -> None:
    assert summary(extractor, "At least 79 civilians were killed over the last 48 hours by air strikes.") == [
        ("killed", 79, None, False)]


def test_parts_are_not_added(extractor: Extractor) -> None:
    f = frames(extractor, "The toll rose to 61 people including five children and three policemen.")
    assert len(f) == 1 and f[0].number.value == 61 and f[0].children == 5


def test_thousands_without_an_attack_or_a_day_are_a_total(extractor: Extractor) -> None:
    assert summary(extractor, "More than 20000 people died in government prisons.") == [("killed", 20000, None, True)]
    assert summary(extractor, "The gas attack on Ghouta killed 1,429 people on 21 August 2013.") == [
        ("killed", 1429, 1429, False)]


def test_headline_counts(extractor: Extractor) -> None:
    assert summary(extractor, "Child killed 9 civilians injured in terrorist attacks.") == [("injured", 9, 9, False)]
    assert summary(extractor, "Kurds kill 83, injure 100 ISIS terrorists in two days.")[0][:2] == ("killed", 83)


def test_two_people_named(extractor: Extractor) -> None:
    f = frames(extractor, "A woman and child were killed after terrorists shelled the square.")
    assert [(x.group, x.number.value) for x in f] == [("killed", 2)]
    f = frames(extractor, "The strike hit a house, killing a woman and nine children.")
    assert len(f) == 1 and f[0].number.value == 10 and f[0].children == 9


def test_a_person_as_a_modifier_is_not_a_count(extractor: Extractor) -> None:
    assert summary(extractor, "The army and a volunteer militia have killed some 70 fighters.") == [("killed", 70, 70, False)]


def test_part_among_a_toll_is_not_a_toll(extractor: Extractor) -> None:
    assert [(g, lo) for g, lo, _, _ in summary(extractor, "2 medics among 31 dead in army shelling.")] == [("killed", 31)]


def test_in_total_is_a_war_total_only_in_the_thousands(extractor: Extractor) -> None:
    assert summary(extractor, "The monitor said 35 people in total had died in the strikes.") == [("killed", 35, 35, False)]
    assert all(agg for *_, agg in summary(extractor, "In total, 2,300 people were killed in the province."))


def test_unpunctuated_killed_then_injured(extractor: Extractor) -> None:
    # Headlines and scraped leads without commas: the word right after the second count says what it counts.
    assert summary(extractor, "57 Civilians killed 150 Injured in attacks on Aleppo.") == [
        ("killed", 57, 57, False), ("injured", 150, 150, False)]
    assert summary(extractor, "Regime forces killed 5 injured 20 in Aleppo.") == [
        ("killed", 5, 5, False), ("injured", 20, 20, False)]
    # "killed 12 injured" with a number after it: the number is the injured count, 12 stays killed.
    assert summary(extractor, "The strike killed 12 injured 30 others.") == [
        ("killed", 12, 12, False), ("injured", 30, 30, False)]
