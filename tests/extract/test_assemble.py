"""End-to-end over hand-written reports: mention grouping, the primary mention, and the contract shape."""

from __future__ import annotations

from harmledger.extract import Extractor
from harmledger.geo import admin1_key

REPORT = (
    "Russian jets, regime forces and Iranian militias killed 14 civilians and injured 35 more on Friday in "
    "airstrikes on Maram camp near Kafr Jalis in northern rural Idlib, the Syrian Observatory for Human Rights said. "
    "Among the dead were five children. "
    "Separately, a car bomb killed three people in Azaz on Thursday. "
    "The regime, with military support from Russia, has killed 1,510 people in the province since 2012, "
    "and more than 2 million people there are in need of aid. "
    "The attacks violate international humanitarian law and Security Council resolution 2254."
)


def test_report(extractor: Extractor) -> None:
    result = extractor.extract(REPORT, title="Airstrikes kill 14 in Idlib camp", published="2019-11-23", doc_id="r1")
    text = "Airstrikes kill 14 in Idlib camp\n\n" + REPORT
    assert result.id == "r1" and result.published == "2019-11-23"
    kinds = [m.kind for m in result.mentions]
    assert kinds.count("aggregate") == 1 and kinds.count("incident") == 2
    lead = result.mentions[result.primary or 0]
    assert result.primary == 0
    assert lead.casualties.killed and lead.casualties.killed.low == 14 and lead.casualties.killed.civilians == 14
    assert lead.casualties.injured and lead.casualties.injured.low == 35
    assert lead.date and lead.date.start == "2019-11-22" and lead.date.precision == "day"
    assert {a.code for a in lead.actors if a.role == "perpetrator"} == {"RUS", "SYR_GOV", "IRN"}
    assert [w.code for w in lead.weapons] == ["airstrike"]
    assert "idp_camp" in {t.code for t in lead.targets}
    assert any(p.resolved and admin1_key(p.resolved.admin1 or "") == "idlib" for p in lead.places)
    assert [a.name for a in lead.attribution] == ["Syrian Observatory for Human Rights"]
    assert {ref.ref for ref in lead.legal} == {"International humanitarian law", "UNSC 2254"}
    second = result.mentions[1]
    assert second.kind == "incident" and second.casualties.killed and second.casualties.killed.low == 3
    assert [w.code for w in second.weapons] == ["car_bomb"]
    aggregate = next(m for m in result.mentions if m.kind == "aggregate")
    assert aggregate.casualties.killed and aggregate.casualties.killed.low == 1510
    assert aggregate.date and aggregate.date.start == "2012-01-01" and aggregate.date.precision == "period"
    # Populations in need are never casualties.
    assert all(m.casualties.killed is None or m.casualties.killed.low != 2_000_000 for m in result.mentions)
    for m in result.mentions:
        assert 0.0 <= m.confidence <= 1.0
        for span in [s for p in m.places for s in p.evidence] + (m.casualties.killed.evidence if m.casualties.killed else []):
            assert text[span.start : span.end] == span.text


def test_attack_without_a_toll(extractor: Extractor) -> None:
    result = extractor.extract("Warplanes struck a hospital in Maarat al-Numan on Tuesday.", published="2019-11-23")
    assert len(result.mentions) == 1 and result.primary == 0
    m = result.mentions[0]
    assert m.casualties.killed is None and [t.code for t in m.targets] == ["medical"]


def test_background_without_an_event_makes_no_mention(extractor: Extractor) -> None:
    result = extractor.extract("The talks in Geneva resumed. Diplomats expressed hope for a ceasefire.")
    assert result.mentions == [] and result.primary is None


def test_restated_toll_is_one_incident(extractor: Extractor) -> None:
    text = ("Dozens killed in strikes on Ariha. Air strikes on the town of Ariha killed at least 27 people on Monday. "
            "The 27 dead included nine children, the monitor said.")
    result = extractor.extract(text, published="2015-08-04")
    incidents = [m for m in result.mentions if m.kind == "incident"]
    assert len(incidents) == 1
    assert incidents[0].casualties.killed and incidents[0].casualties.killed.low == 27


def test_updated_toll_replaces_the_first(extractor: Extractor) -> None:
    text = ("A suicide bomber killed 16 people in Hasakeh on Tuesday. "
            "Later the death toll rose to 20, the governor said.")
    result = extractor.extract(text, published="2016-07-05")
    lead = result.mentions[result.primary or 0]
    assert lead.casualties.killed and lead.casualties.killed.low == 20
    assert len([m for m in result.mentions if m.kind == "incident"]) == 1


def test_offsets_index_title_and_body(extractor: Extractor) -> None:
    result = extractor.extract("Five people were killed.", title="Blast in Homs")
    import hashlib

    assert result.text_sha256 == hashlib.sha256(b"Blast in Homs\n\nFive people were killed.").hexdigest()
    assert result.id == result.text_sha256


def test_a_record_of_attacks_is_not_an_incident(extractor: Extractor) -> None:
    text = "Regime forces have attacked schools on 184 occasions since September 2013."
    result = extractor.extract(text, published="2022-11-08")
    assert [m.kind for m in result.mentions] == ["aggregate"] and result.primary is None
    aggregate = result.mentions[0]
    assert aggregate.attacks and aggregate.attacks.low == 184 and aggregate.attacks.high == 184
    assert [e.text for e in aggregate.attacks.evidence] == ["184", "occasions"]
    assert aggregate.casualties.killed is None and aggregate.casualties.injured is None
    assert aggregate.date and (aggregate.date.start, aggregate.date.end, aggregate.date.precision) == ("2013-09-01", "2022-11-08", "period")
    assert [e.text for e in aggregate.date.evidence] == ["September 2013"]
    assert [t.code for t in aggregate.targets] == ["school"]
    assert [a.code for a in aggregate.actors] == ["SYR_GOV"]


def test_a_count_of_attacks_without_a_publication_date_is_open_ended(extractor: Extractor) -> None:
    text = "The SNHR documented 184 attacks on medical facilities since 2011."
    result = extractor.extract(text)
    assert [m.kind for m in result.mentions] == ["aggregate"]
    aggregate = result.mentions[0]
    assert aggregate.attacks and aggregate.attacks.low == 184
    assert [text[e.start : e.end] for e in aggregate.attacks.evidence] == ["184", "attacks"]
    assert aggregate.date and (aggregate.date.start, aggregate.date.end, aggregate.date.precision) == ("2011-01-01", None, "period")
    assert [t.code for t in aggregate.targets] == ["medical"]


def test_a_count_of_attacks_joins_the_toll_of_its_sentence(extractor: Extractor) -> None:
    result = extractor.extract("Russian air strikes have killed 1,510 people in 184 attacks on Idlib since 2015.", published="2019-11-23")
    assert [m.kind for m in result.mentions] == ["aggregate"]
    aggregate = result.mentions[0]
    assert aggregate.casualties.killed and aggregate.casualties.killed.low == 1510
    assert aggregate.attacks and aggregate.attacks.low == 184
    assert aggregate.date and aggregate.date.start == "2015-01-01" and aggregate.date.end == "2019-11-23"


def test_one_days_raids_are_not_a_count_of_attacks(extractor: Extractor) -> None:
    for text in ("Russian jets carried out 30 air strikes on Idlib on Monday, killing 12 people.",
                 "Warplanes struck the hospital in Kafr Nabl on three occasions on Monday."):
        result = extractor.extract(text, published="2019-11-23")
        assert all(m.attacks is None for m in result.mentions), text
        assert all(m.kind == "incident" for m in result.mentions), text


SINCE = "Air strikes killed 12 people in Idlib. The regime has killed 1,510 people in the province since 2012."


def test_since_dates_the_aggregate_never_the_incident(extractor: Extractor) -> None:
    for published, end in ((None, None), ("2019-11-23", "2019-11-23")):
        result = extractor.extract(SINCE, published=published)
        incident = next(m for m in result.mentions if m.kind == "incident")
        aggregate = next(m for m in result.mentions if m.kind == "aggregate")
        assert incident.date is None or all(e.text != "2012" for e in incident.date.evidence), published
        assert aggregate.date and (aggregate.date.start, aggregate.date.end, aggregate.date.precision) == ("2012-01-01", end, "period")
        assert [e.text for e in aggregate.date.evidence] == ["2012"]


def test_an_implied_date_only_for_news_of_the_moment(extractor: Extractor) -> None:
    # A publication date alone does not say the report is news of the moment: no date is implied.
    result = extractor.extract("Air strikes killed 12 people in Maarat al-Numan.", published="2019-11-23")
    assert result.mentions[0].date is None
    # A day named near publication, even of something else, does: the week before it, without evidence.
    text = ("Air strikes killed 12 people in Maarat al-Numan. The town lies on the main highway. "
            "Aid groups met in Geneva on Friday to discuss the province.")
    result = extractor.extract(text, published="2019-11-23")
    date = result.mentions[0].date
    assert date and (date.start, date.end, date.precision, date.evidence) == ("2019-11-16", "2019-11-23", "period", [])
    # So does a dateline, which is then the implied date's only evidence.
    text = "Wed 05 Apr 2017\n\nAir strikes killed 12 people in Maarat al-Numan."
    result = extractor.extract(text)
    date = result.mentions[result.primary or 0].date
    assert date and date.precision == "period" and date.end == "2017-04-05"
    assert [e.text for e in date.evidence] == ["05 Apr 2017"]


def test_an_older_attack_starts_another_incident(extractor: Extractor) -> None:
    text = ("A suicide bombing killed at least 29 people at the border crossing in Azaz on Thursday. "
            "A mid-August suicide attack there killed at least 32.")
    result = extractor.extract(text, published="2016-10-07")
    incidents = [m for m in result.mentions if m.kind == "incident"]
    assert [m.casualties.killed.low for m in incidents if m.casualties.killed] == [29, 32]
    assert result.primary == 0


def test_a_precise_count_refines_a_round_one(extractor: Extractor) -> None:
    text = "More than 200 killed in gas attack near Damascus. The attack killed at least 213 people on Wednesday."
    result = extractor.extract(text, published="2013-08-21")
    lead = result.mentions[result.primary or 0]
    assert lead.casualties.killed and lead.casualties.killed.low == 213


def test_a_second_source_does_not_replace_the_count(extractor: Extractor) -> None:
    text = ("A bomb killed at least 44 people in Qamishli on Wednesday. "
            "The monitor gave a toll of 48 dead.")
    result = extractor.extract(text, published="2016-07-28")
    lead = result.mentions[result.primary or 0]
    assert lead.casualties.killed and lead.casualties.killed.low == 44


def test_the_day_of_the_report_is_not_the_day_of_the_attack(extractor: Extractor) -> None:
    text = ("Air strikes killed 12 people in Idlib on Saturday, the monitor said on Sunday. "
            "A monitor said on Monday that the strikes on Idlib had killed 12 people.")
    result = extractor.extract(text, published="2016-06-28")
    incidents = [m for m in result.mentions if m.kind == "incident"]
    assert len(incidents) == 1
    assert incidents[0].date and incidents[0].date.start == "2016-06-25" and incidents[0].date.precision == "day"


def test_undated_toll_takes_the_report_day(extractor: Extractor) -> None:
    result = extractor.extract("Air strikes killed 12 people in Idlib, a monitor said on Sunday.", published="2016-06-28")
    date = result.mentions[0].date
    assert date and (date.start, date.end, date.precision) == ("2016-06-25", "2016-06-26", "period")
    assert date.evidence[0].text == "on Sunday"


def test_perpetrator_named_later(extractor: Extractor) -> None:
    text = ("Air raids killed 12 civilians in Idlib on Monday, a monitor said. Aid workers rushed to the scene. "
            "The Observatory said the raids were carried out by Russian jets.")
    result = extractor.extract(text, published="2016-06-28")
    lead = result.mentions[result.primary or 0]
    assert [(a.code, a.role) for a in lead.actors] == [("RUS", "perpetrator")]


def test_a_perpetrator_of_another_time_is_not_the_leads(extractor: Extractor) -> None:
    text = ("A suicide bomber killed four people in a hospital on Sunday. The hospital was hit in the morning. "
            "Doctors treated the wounded. Meanwhile 48 people were executed "
            "by government forces in the village of Rityan earlier this week.")
    result = extractor.extract(text, published="2015-02-22")
    lead = result.mentions[result.primary or 0]
    assert not [a for a in lead.actors if a.role == "perpetrator" and a.code == "SYR_GOV"]


def test_a_feared_attack_names_no_perpetrator(extractor: Extractor) -> None:
    text = ("A bomb blast hit a bus convoy on Saturday, killing dozens. The buses were waiting at a garage. "
            "Residents left the area. People waiting nearby said they "
            "feared revenge attacks by pro-government forces.")
    result = extractor.extract(text, published="2017-04-15")
    lead = result.mentions[result.primary or 0]
    assert not [a for a in lead.actors if a.role == "perpetrator"]


def test_a_later_sentence_about_the_attack_names_its_perpetrator(extractor: Extractor) -> None:
    text = ("A bomb blast hit a bus convoy on Saturday, killing dozens. The buses were waiting at a garage. "
            "Residents left the area. The raids were carried out by Russian jets.")
    result = extractor.extract(text, published="2017-04-15")
    lead = result.mentions[result.primary or 0]
    assert [a.code for a in lead.actors if a.role == "perpetrator"] == ["RUS"]
