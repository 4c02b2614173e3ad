"""One attack, one incident: near-copies of a story, a day's difference in date precision, a transliterated
place, a missing perpetrator and a toll that rose link; different attacks stay apart."""

from __future__ import annotations

from sqlalchemy import select

from harmledger.link import link_pending
from harmledger.link.reports import fingerprint, near_copy
from harmledger.link.score import THRESHOLD, compare
from harmledger.store import Store
from harmledger.store.models import Incident, IncidentLink, Mention
from tests.link.linkbuild import document, mention
from tests.link.test_link_score import feat

STORY = [
    "A suicide bomber driving an ambulance killed four people on Sunday in an attack on a hospital in the town.",
    "The attack took the civil war to the ruling clan's hometown for the first time, a monitoring group said.",
    "The bomber blew himself up at the gate of the national hospital as guards tried to stop the vehicle.",
    "Separately, government forces executed dozens of people in two villages north of Aleppo last week.",
    "Rebels said the army and allied militias killed 245 people in fighting around the city this week.",
    "State media said the army had retaken several villages and killed many terrorists in the offensive.",
]


def _live(session) -> list[Incident]:  # type: ignore[no-untyped-def]
    return list(session.scalars(select(Incident).where(Incident.deleted.is_(False))))


def _hospital(**kw: object) -> object:
    return mention("2015-02-22", "khan_shaykhun", weapons=("suicide_attack",), targets=("medical",), killed=(4, 4),
                   **kw)  # type: ignore[arg-type]


def _fighting(killed: int = 245) -> object:
    # "This week, around the city": a period in a place named like its governorate, which blocking alone
    # never links (too vague); only the copy of its text can.
    return mention("2015-02-15", "aleppo", precision="period", end="2015-02-22", weapons=("small_arms",),
                   killed=(killed, killed))


def test_fingerprints_find_edited_copies_not_other_stories() -> None:
    original = " ".join(STORY)
    edited = " ".join([STORY[0].replace("on Sunday", "on Sunday morning"), *STORY[1:4], STORY[5],
                       "The agency updated this report."])
    other = ("Warplanes struck a market in Maarat al-Numan on Tuesday, killing twelve civilians and wounding "
             "dozens more, rescue workers said, as the offensive on the province entered its third week and "
             "thousands fled north towards the border with Turkey.")
    assert near_copy(fingerprint(original), fingerprint(edited))
    assert not near_copy(fingerprint(original), fingerprint(other))
    assert fingerprint("Too short to call a copy of anything.") is None


def test_edited_copies_with_reordered_mentions_are_one_incident_and_one_source(sqlite_store: Store) -> None:
    original = " ".join(STORY)
    # The agency's updated version: a sentence rewritten, one dropped, one added, and the extractor lists
    # the mentions in another order.
    edited = " ".join([STORY[0].replace("four people on Sunday", "four people, including a guard, on Sunday"),
                       *STORY[1:4], STORY[5], "This story has been updated."])
    with sqlite_store.session() as s:
        document(s, "agency", [_hospital(), _fighting()], text=original, outlet="AFP")
        document(s, "copy", [_fighting(), _hospital()], text=edited, outlet="Ahram")
        link_pending(s)
        incidents = _live(s)
        assert len(incidents) == 2  # the hospital bombing and the week's fighting, once each
        assert all(i.n_sources == 2 and i.n_independent == 1 for i in incidents)
        assert sorted(i.killed_high for i in incidents) == [4, 245]
        reasons = [link.reasons for link in s.scalars(select(IncidentLink))]
        assert sum(1 for r in reasons if "a near-copy of agency" in r or "a near-copy of copy" in r) == 2


def test_a_copy_without_a_date_joins_its_original(sqlite_store: Store) -> None:
    text = " ".join(STORY)
    with sqlite_store.session() as s:
        document(s, "first", [_hospital()], text=text, outlet="AFP")
        document(s, "nodate", [mention(None, "khan_shaykhun", weapons=("suicide_attack",), killed=(5, 5))],
                 text=text + " The toll rose to five.", outlet="Ahram")
        link_pending(s)
        (inc,) = _live(s)
        assert inc.n_sources == 2 and inc.n_independent == 1 and inc.killed_high == 5


def test_different_events_in_near_copies_stay_apart(sqlite_store: Store) -> None:
    text = " ".join(STORY)
    with sqlite_store.session() as s:
        for doc, outlet in (("a", "AFP"), ("b", "Ahram")):
            document(s, doc, [_hospital(), mention("2015-02-18", "douma", weapons=("artillery",), killed=(9, 9))],
                     text=text if doc == "a" else text + " Updated.", outlet=outlet)
        link_pending(s)
        incidents = _live(s)
        assert len(incidents) == 2 and all(i.n_sources == 2 for i in incidents)


def test_a_day_difference_in_date_precision_links(store: Store) -> None:
    with store.session() as s:
        w = dict(weapons=("chemical",), killed=(70, 70))
        document(s, "day", [mention("2017-04-04", **w)], outlet="A")  # type: ignore[arg-type]
        document(s, "week", [mention("2017-04-03", precision="week", end="2017-04-09", **w)],  # type: ignore[arg-type]
                 outlet="B")
        document(s, "yesterday", [mention("2017-04-05", **w)], outlet="C")  # type: ignore[arg-type]
        link_pending(s)
    with store.session() as s:
        (inc,) = _live(s)
        assert inc.n_independent == 3 and inc.date_start.isoformat() == "2017-04-04"


def test_a_transliterated_unresolved_place_links(sqlite_store: Store) -> None:
    with sqlite_store.session() as s:
        document(s, "resolved", [mention(weapons=("chemical",), killed=(70, 70))], outlet="A")
        # The gazetteer did not resolve this spelling: no id, no coordinates, no governorate.
        document(s, "spelled", [mention(place=None, place_name="Khan Sheikhun", weapons=("chemical",),
                                        killed=(72, 72))], outlet="B")
        link_pending(s)
        (inc,) = _live(s)
        assert inc.n_sources == 2 and inc.place_name == "Khan Shaykhun"


def test_transliterations_compare_by_skeleton() -> None:
    a, b = feat(1), feat(2, place=None)
    a.skel, b.name, b.skel = "mrt nmn", "maretalnouman", "mrt nmn"
    a.name = "maaratalnuman"
    result = compare(a, b)
    assert result.veto is None and "same place name" in result.reasons and result.score >= THRESHOLD


def test_a_missing_perpetrator_never_counts_against() -> None:
    named, unnamed = feat(1), feat(2)
    named.perps = frozenset({"SYR_GOV"})
    assert compare(named, unnamed).score == compare(feat(1), feat(2)).score
    other = feat(3)
    other.perps = frozenset({"RUS"})
    assert compare(named, other).score < compare(named, unnamed).score  # only a contradicting one does


def test_a_perpetrator_named_in_one_report_only_links_in_the_store(store: Store) -> None:
    with store.session() as s:
        document(s, "a", [mention(weapons=("airstrike",), perps=("RUS",), killed=(12, 12))], outlet="A")
        document(s, "b", [mention(weapons=("airstrike",), killed=(12, 12))], outlet="B")
        document(s, "c", [mention(place="idlib_gov", weapons=("airstrike",), targets=("market",), killed=(12, 12))],
                 outlet="C")
        document(s, "d", [mention(place="idlib_gov", weapons=("airstrike",), targets=("market",), perps=("RUS",),
                                  killed=(13, 13))], outlet="D")
        link_pending(s)
    with store.session() as s:
        (inc,) = _live(s)
        assert inc.n_independent == 4 and inc.perpetrator == "RUS" and inc.grade == "confirmed"


def test_a_toll_that_rose_joins_the_incident(store: Store) -> None:
    with store.session() as s:
        document(s, "first", [mention(weapons=("chemical",), perps=("SYR_GOV",), killed=(58, 58))], outlet="A")
        # "The death toll rose to 100": a later report dated by its week, naming no weapon.
        document(s, "rose", [mention("2017-03-29", precision="period", end="2017-04-05", killed=(100, None))],
                 outlet="B")
        document(s, "later", [mention("2017-04-04", weapons=("chemical",), killed=(100, 100))], outlet="C")
        link_pending(s)
    with store.session() as s:
        (inc,) = _live(s)
        assert inc.n_sources == 3 and inc.killed_low == 58 and inc.killed_high == 100
        reasons = [r for link in s.scalars(select(IncidentLink)) for r in link.reasons]
        assert "the day falls within the other's week (period/day precision)" in reasons


def test_a_small_toll_in_a_vague_week_still_needs_a_weapon_or_target(sqlite_store: Store) -> None:
    with sqlite_store.session() as s:
        document(s, "day", [mention(killed=(6, 6))], outlet="A")
        document(s, "week", [mention("2017-03-29", precision="period", end="2017-04-05", killed=(6, 6))], outlet="B")
        link_pending(s)
        assert len(_live(s)) == 2


def test_different_attacks_stay_apart(store: Store) -> None:
    with store.session() as s:
        w = dict(weapons=("airstrike",), killed=(30, 30))
        document(s, "mon", [mention("2017-04-03", **w)], outlet="A")  # type: ignore[arg-type]
        document(s, "wed", [mention("2017-04-05", **w)], outlet="B")  # type: ignore[arg-type]  # two days later
        document(s, "maarat", [mention("2017-04-03", "maarat", **w)], outlet="C")  # type: ignore[arg-type]
        document(s, "douma", [mention("2017-04-03", "douma", **w)], outlet="D")  # type: ignore[arg-type]
        link_pending(s)
    with store.session() as s:
        assert len(_live(s)) == 4
        assert s.scalar(select(Mention.id).where(Mention.document_id == "mon")) is not None


def test_one_report_restating_its_lead_with_a_vaguer_date_is_one_event(sqlite_store: Store) -> None:
    with sqlite_store.session() as s:
        # The lead (Sunday), then "this week ... four killed" at the same town: the extractor's second mention.
        document(s, "a", [mention("2015-02-22", killed=(4, 4), weapons=("suicide_attack",)),
                          mention("2015-02-15", precision="period", end="2015-02-22", killed=(4, 4)),
                          mention("2015-02-15", precision="period", end="2015-02-22", killed=(9, 9))])
        link_pending(s)
        assert sorted(i.killed_high for i in _live(s)) == [4, 9]
    a, b = feat(1, doc="x"), feat(2, doc="x", precision="period", span=7)
    a.killed = b.killed = (4, 4)
    assert compare(a, b).reasons == ["the same event restated in one report (same town, toll and dates)"]
    b.precision, b.hi = "day", b.lo  # both stated to the day: the report's own two events
    assert compare(a, b).veto == "two events of the same document"
