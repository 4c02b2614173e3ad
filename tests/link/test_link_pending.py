from __future__ import annotations

from sqlalchemy import select

from harmledger.link import link_pending
from harmledger.store import Store
from harmledger.store.models import Incident, IncidentChange, IncidentLink, Mention
from tests.link.linkbuild import document, mention


def _live(session) -> list[Incident]:
    return list(session.scalars(select(Incident).where(Incident.deleted.is_(False)).order_by(Incident.created_at)))


def test_five_outlets_reporting_one_strike_make_one_incident(store: Store) -> None:
    with store.session() as s:
        strike = dict(weapons=("chemical", "airstrike"), targets=("residential",), perps=("SYR_GOV",))
        document(s, "reuters", [mention(killed=(58, 58), **strike)], outlet="Reuters")
        document(s, "copy", [mention(killed=(58, 58), **strike)], outlet="Daily Echo", parent="Reuters")
        document(s, "afp", [mention(killed=(70, None), civilians=70, children=11, **strike)], outlet="AFP")
        document(s, "sohr", [mention(date="2017-04-04", killed=(86, 100), injured=(200, None), **strike)],
                 outlet="SOHR")
        document(s, "bbc", [mention(date="2017-04-05", killed=(72, 72), **strike)], outlet="BBC")
    with store.session() as s:
        report = link_pending(s)
        assert report.mentions_linked == 5 and report.incidents_created == 1
    with store.session() as s:
        (inc,) = _live(s)
        assert inc.id.startswith("inc_") and len(inc.id) == 16
        assert (inc.killed_low, inc.killed_best, inc.killed_high) == (58, 70, 100)
        assert (inc.injured_low, inc.injured_best, inc.injured_high) == (200, 200, 200)
        assert inc.civilians_killed == 70 and inc.children_killed == 11 and inc.women_killed is None
        assert inc.n_sources == 5 and inc.n_independent == 4  # the Daily Echo republishes Reuters
        assert inc.grade == "confirmed"
        assert inc.date_start.isoformat() == "2017-04-04" and inc.place_name == "Khan Shaykhun"
        assert inc.weapon == "chemical" and inc.perpetrator == "SYR_GOV" and inc.target == "residential"
        assert inc.machine["killed_low"] == 58
        links = s.scalars(select(IncidentLink)).all()
        assert all(link.reasons for link in links)
        joined = [link for link in links if "new incident" not in link.reasons]
        assert len(joined) == 4 and all(link.score >= 0.6 for link in joined)
        assert any("same day" in link.reasons for link in joined)
        assert any("dates one day apart" in link.reasons for link in joined)


def test_other_days_towns_and_governorates_stay_apart(store: Store) -> None:
    with store.session() as s:
        w = dict(weapons=("airstrike",), killed=(5, 5))
        document(s, "a", [mention("2017-04-04", "khan_shaykhun", **w)])
        document(s, "b", [mention("2017-04-07", "khan_shaykhun", **w)])  # three days later
        document(s, "c", [mention("2017-04-04", "maarat", **w)])  # 23 km away
        document(s, "d", [mention("2017-04-04", "douma", **w)])  # another governorate
        document(s, "e", [mention("2017-04-04", "aleppo", **w)])
        link_pending(s)
    with store.session() as s:
        assert len(_live(s)) == 5
        assert all(inc.grade == "weak" and inc.n_sources == 1 for inc in _live(s))


def test_two_events_of_one_document_are_two_incidents(sqlite_store: Store) -> None:
    with sqlite_store.session() as s:
        document(s, "a", [mention(weapons=("airstrike",)), mention(weapons=("airstrike",))])
        link_pending(s)
        assert len(_live(s)) == 2


def test_coarse_place_joins_the_precise_report_of_that_day(store: Store) -> None:
    with store.session() as s:
        document(s, "precise", [mention(weapons=("chemical",), perps=("SYR_GOV",), killed=(70, 70))], outlet="A")
        document(s, "vague", [mention(place="idlib_gov", weapons=("chemical",), perps=("SYR_GOV",),
                                      killed=(72, 72))], outlet="B")
        link_pending(s)
    with store.session() as s:
        (inc,) = _live(s)
        assert inc.where_prec == 1 and inc.place_name == "Khan Shaykhun" and inc.grade == "fair"


def test_month_precision_joins_only_with_agreeing_details(sqlite_store: Store) -> None:
    with sqlite_store.session() as s:
        document(s, "day", [mention("2017-04-04", weapons=("chemical",), perps=("SYR_GOV",), targets=("residential",))])
        document(s, "month", [mention("2017-04-01", precision="month", end="2017-04-30", weapons=("chemical",),
                                      perps=("SYR_GOV",), targets=("residential",))])
        document(s, "month_other", [mention("2017-04-01", precision="month", end="2017-04-30",
                                            weapons=("small_arms",), targets=("market",))])
        link_pending(s)
        incidents = _live(s)
        assert len(incidents) == 2
        assert sorted(i.n_sources for i in incidents) == [1, 2]
        assert {i.date_precision for i in incidents} == {"day", "month"}


def test_linking_is_idempotent_and_ids_are_stable(store: Store) -> None:
    with store.session() as s:
        document(s, "a", [mention(weapons=("airstrike",), killed=(10, 10))], outlet="A")
        link_pending(s)
    with store.session() as s:
        (inc,) = _live(s)
        first_id = inc.id
        assert link_pending(s).mentions_linked == 0
    with store.session() as s:
        document(s, "b", [mention(weapons=("airstrike",), killed=(12, 12))], outlet="B")
        report = link_pending(s)
        assert report.mentions_linked == 1 and report.incidents_created == 0 and report.incidents_updated == 1
    with store.session() as s:
        (inc,) = _live(s)
        assert inc.id == first_id and inc.n_independent == 2 and inc.killed_high == 12
        actions = [c.action for c in s.scalars(select(IncidentChange).order_by(IncidentChange.id))]
        assert actions == ["created", "updated"]


def test_aggregates_and_rejected_mentions_are_not_linked(sqlite_store: Store) -> None:
    with sqlite_store.session() as s:
        document(s, "a", [mention(kind="aggregate", killed=(1510, None)), mention(weapons=("airstrike",))])
        document(s, "b", [mention(weapons=("airstrike",), place="aleppo")])
        rejected = s.scalars(select(Mention).where(Mention.document_id == "b")).one()
        rejected.rejected = True
        link_pending(s)
        (inc,) = _live(s)
        assert inc.killed_low is None
        assert s.scalars(select(IncidentLink.mention_id)).all() == [
            s.scalars(select(Mention.id).where(Mention.document_id == "a", Mention.kind == "incident")).one()]


def test_disagreement_on_who_did_it_is_contested(store: Store) -> None:
    with store.session() as s:
        document(s, "a", [mention(weapons=("airstrike",), perps=("RUS",), killed=(9, 9))], outlet="A")
        document(s, "b", [mention(weapons=("airstrike",), perps=("SYR_GOV",), killed=(9, 9))], outlet="B")
        link_pending(s)
    with store.session() as s:
        (inc,) = _live(s)
        assert inc.grade == "contested" and inc.machine["contested_by"] == ["RUS", "SYR_GOV"]


def test_copies_and_quotes_are_one_report(sqlite_store: Store) -> None:
    body = ("Warplanes struck the town of Khan Shaykhun in Idlib province on Tuesday morning killing at least "
            "58 people including children, medical sources and a monitoring group said, in one of the deadliest "
            "attacks of the war. ") * 2
    with sqlite_store.session() as s:
        document(s, "orig", [mention(weapons=("airstrike",))], text=body, outlet="A")
        document(s, "same_text", [mention(date=None, weapons=("airstrike",))], text=body, outlet="B")
        document(s, "quote", [mention(weapons=("airstrike",))], text="Opinion. " + body + " We condemn it.",
                 outlet="C")
        document(s, "own", [mention(weapons=("airstrike",))], outlet="D")
        link_pending(s)
        (inc,) = _live(s)
        assert inc.n_sources == 3  # the same text under two ids is one report
        assert inc.n_independent == 2  # the quoting article is not independent of what it quotes


def test_mentions_without_date_or_place_stand_alone(sqlite_store: Store) -> None:
    with sqlite_store.session() as s:
        document(s, "a", [mention(weapons=("airstrike",), killed=(4, 4))])
        document(s, "nodate", [mention(date=None, weapons=("airstrike",), killed=(4, 4))])
        document(s, "noplace_weak", [mention(place=None, weapons=("airstrike",))])
        document(s, "noplace_strong", [mention(place=None, weapons=("airstrike",), killed=(4, 4), perps=("RUS",),
                                               targets=("market",))])
        document(s, "b", [mention(weapons=("airstrike",), killed=(4, 4), perps=("RUS",), targets=("market",))])
        link_pending(s)
        sizes = sorted(i.n_sources for i in _live(s))
        # "a", "b" and the well-corroborated mention without a place are one; the others stand alone.
        assert sizes == [1, 1, 3]


def test_reextracted_document_keeps_its_incident_id(sqlite_store: Store) -> None:
    from harmledger.extract import main_place
    from harmledger.schema import DocumentExtraction
    from harmledger.store.mentions import save_extraction
    from harmledger.store.models import Document

    with sqlite_store.session() as s:
        doc = document(s, "a", [mention(weapons=("airstrike",), killed=(3, 3))])
        link_pending(s)
        (inc,) = _live(s)
        extraction = DocumentExtraction(id="a", text_sha256=doc.text_sha256, primary=0,
                                        mentions=[mention(weapons=("airstrike",), killed=(4, 4))])
        save_extraction(s, s.get(Document, "a"), extraction, version="test2", place_of=main_place)
        link_pending(s)
        (again,) = _live(s)
        assert again.id == inc.id and again.killed_low == 4


def test_an_incident_whose_mentions_are_all_rejected_is_discounted(sqlite_store: Store) -> None:
    from harmledger.link import recompute_incident
    from harmledger.publish import IncidentFilter, compute_stats

    with sqlite_store.session() as s:
        document(s, "a", [mention(weapons=("airstrike",), killed=(3, 3))])
        link_pending(s)
        (inc,) = _live(s)
        s.scalars(select(Mention)).one().rejected = True
        assert recompute_incident(s, inc.id).grade == "discounted"
        link_pending(s)
        assert _live(s)[0].id == inc.id
        assert compute_stats(s, IncidentFilter())["totals"]["incidents"] == 0
        assert compute_stats(s, IncidentFilter(grade=["discounted"]))["totals"]["incidents"] == 1
