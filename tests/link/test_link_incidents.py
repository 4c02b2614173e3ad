from __future__ import annotations

import pytest
from sqlalchemy import select

from harmledger._errors import NotFoundError, ReviewError
from harmledger.link import link_pending, merge_incidents, recompute_incident, split_incident
from harmledger.store import Store
from harmledger.store.models import Incident, IncidentChange, IncidentLink, Mention
from tests.link.linkbuild import document, mention


def _two_incidents(s) -> tuple[str, str]:
    document(s, "a", [mention("2017-04-04", weapons=("airstrike",), killed=(5, 5))], outlet="A")
    document(s, "b", [mention("2017-04-10", weapons=("airstrike",), killed=(7, 7))], outlet="B")
    link_pending(s)
    first, second = s.scalars(select(Incident.id).order_by(Incident.date_start)).all()
    return first, second


def test_overrides_win_over_machine_values_and_survive_recompute(store: Store) -> None:
    with store.session() as s:
        first, _ = _two_incidents(s)
        inc = s.get(Incident, first)
        inc.overrides = {"killed_low": 12, "grade": "fair", "lat": 35.0, "date_start": "2017-04-03"}
        recompute_incident(s, first)
    with store.session() as s:
        inc = s.get(Incident, first)
        assert inc.killed_low == 12 and inc.machine["killed_low"] == 5
        assert inc.grade == "fair" and inc.lat == 35.0 and inc.date_start.isoformat() == "2017-04-03"
        change = s.scalars(select(IncidentChange).where(IncidentChange.action == "updated")).one()
        assert set(change.details["fields"]) >= {"killed_low", "grade", "lat", "date_start"}
        recompute_incident(s, first)  # nothing changed: no new trail row
        assert s.scalars(select(IncidentChange).where(IncidentChange.action == "updated")).all() == [change]
        with pytest.raises(NotFoundError):
            recompute_incident(s, "inc_000000000000")


def test_merge_keeps_a_trail_and_the_merged_row(store: Store) -> None:
    with store.session() as s:
        first, second = _two_incidents(s)
        kept = merge_incidents(s, first, [second], actor="ana")
        assert kept.id == first and kept.n_sources == 2 and (kept.killed_low, kept.killed_high) == (5, 7)
    with store.session() as s:
        gone = s.get(Incident, second)
        assert gone.deleted and gone.merged_into == first
        assert {link.method for link in s.scalars(select(IncidentLink))} == {"machine", "analyst"}
        trail = {(c.incident_id, c.action, c.related_id) for c in s.scalars(select(IncidentChange))}
        assert (second, "merged", first) in trail and (first, "merged", None) in trail
        with pytest.raises(ReviewError):
            merge_incidents(s, second, [first], actor="ana")


def test_split_moves_mentions_to_a_new_incident_and_relink_does_not_undo_it(store: Store) -> None:
    with store.session() as s:
        document(s, "a", [mention(weapons=("airstrike",), killed=(5, 5))], outlet="A")
        document(s, "b", [mention(weapons=("airstrike",), killed=(5, 5))], outlet="B")
        document(s, "c", [mention(weapons=("airstrike",), killed=(5, 5))], outlet="C")
        link_pending(s)
        (inc,) = s.scalars(select(Incident)).all()
        mid = s.scalars(select(Mention.id).where(Mention.document_id == "c")).one()
        new = split_incident(s, inc.id, [mid], actor="ana")
        assert new.id != inc.id and new.n_sources == 1 and inc.n_sources == 2
        with pytest.raises(ReviewError):
            split_incident(s, inc.id, [mid], actor="ana")  # no longer linked there
    with store.session() as s:
        document(s, "d", [mention(weapons=("airstrike",), killed=(5, 5))], outlet="D")
        link_pending(s)
    with store.session() as s:
        moved = s.get(IncidentLink, mid)
        assert moved.incident_id == new.id and moved.method == "analyst"
        assert s.get(Incident, new.id).n_sources in (1, 2)
        assert s.get(Incident, inc.id).n_sources in (2, 3)
        actions = {(c.incident_id, c.action) for c in s.scalars(select(IncidentChange))}
        assert (inc.id, "split") in actions and (new.id, "created") in actions
        with pytest.raises(ReviewError):
            all_ids = s.scalars(select(IncidentLink.mention_id).where(IncidentLink.incident_id == new.id)).all()
            split_incident(s, new.id, list(all_ids), actor="ana")
