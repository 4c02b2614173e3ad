"""Counting and grading through the store: merges, reasons kept in `Incident.machine`."""

from __future__ import annotations

from sqlalchemy import select

from harmledger.link import link_pending, merge_incidents
from harmledger.link.grades import GRADES
from harmledger.store import Store
from harmledger.store.models import Incident
from tests.link.linkbuild import document, mention


def test_one_report_telling_the_event_twice_counts_once(store: Store) -> None:
    with store.session() as s:
        document(s, "a", [mention(weapons=("airstrike",), killed=(10, 10), civilians=10),
                          mention(weapons=("airstrike",), killed=(10, 10), civilians=10)], outlet="A")
        link_pending(s)
        first, second = s.scalars(select(Incident.id)).all()
        kept = merge_incidents(s, first, [second], actor="analyst")
        assert (kept.killed_low, kept.killed_best, kept.killed_high, kept.civilians_killed) == (10, 10, 10, 10)
        assert kept.n_independent == 1 and kept.grade == "weak"


def test_grade_and_reasons_are_stored_for_the_analyst(store: Store) -> None:
    with store.session() as s:
        strike = dict(weapons=("airstrike",), perps=("SYR_GOV",))
        document(s, "a", [mention(killed=(10, 10), **strike)], outlet="A", published="2017-04-04")
        document(s, "b", [mention(killed=(40, 40), **strike)], outlet="B", published="2017-04-04")
        document(s, "c", [mention(killed=(12, 12), **strike)], outlet="C", published="2017-04-04")
        link_pending(s)
        (inc,) = s.scalars(select(Incident)).all()
        assert inc.grade in GRADES and inc.grade == "fair"
        reasons = inc.machine["grade_reasons"]
        assert any("lowered from confirmed to fair" in r and "40" in r for r in reasons), reasons
        # A later, higher toll is an update, not a contradiction: the grade rises again.
        document(s, "d", [mention(killed=(45, 45), **strike)], outlet="D", published="2017-04-06")
        link_pending(s)
        s.refresh(inc)
        assert (inc.killed_low, inc.killed_best, inc.killed_high) == (45, 45, 45)
        assert inc.grade == "confirmed", inc.machine["grade_reasons"]
