"""A correction recomputes its incident on the loaded row (link.incidents.refresh_incident): it must leave exactly
what a full `recompute_incident` would, update every value that depends on the corrected field, and still read
the incident's current links rather than trust the stored machine values."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy import delete, select

from harmledger.link import recompute_incident
from harmledger.link.incidents import COLUMNS
from harmledger.review import actions, audit
from harmledger.review.accounts import get_user
from harmledger.store import Store
from harmledger.store.models import (
    AuditEntry,
    Document,
    Incident,
    IncidentChange,
    IncidentLink,
    Mention,
    Source,
)
from tests.api import sampledata


@pytest.fixture
def filled(store: Store) -> Store:
    sampledata.build(store)
    return store


def _state(store: Store, incident_id: str) -> dict[str, Any]:
    with store.session() as session:
        incident = session.get(Incident, incident_id)
        assert incident is not None
        state = {c: getattr(incident, c) for c in COLUMNS}
        state.update(machine=incident.machine, overrides=incident.overrides, updated_at=incident.updated_at)
        state["trail"] = len(session.scalars(select(IncidentChange.id).where(IncidentChange.incident_id == incident_id)).all())
        return state


def _correct(store: Store, incident_id: str, values: dict[str, Any]) -> None:
    with store.session() as session:
        actions.correct(session, get_user(session, "analyst"), incident_id, values, reason="a later report")


def _assert_full_recompute_changes_nothing(store: Store, incident_id: str) -> None:
    after = _state(store, incident_id)
    with store.session() as session:
        recompute_incident(session, incident_id)
    assert _state(store, incident_id) == after


# One value per kind of correctable field, each different from what the sample incident holds.
CORRECTIONS: list[dict[str, Any]] = [
    {"killed_best": 13},
    {"killed_low": 3, "killed_high": 40},
    {"injured_best": 30},
    {"children_killed": 4},
    {"date_start": "2024-03-09", "date_end": "2024-03-10", "date_precision": "day"},
    {"grade": "contested"},
    {"weapon": "artillery", "weapons": ["artillery"]},
    {"place_name": "Qah camp", "lat": 36.3, "lon": 36.7},
    {"kind": "aggregate"},
]


@pytest.mark.parametrize("values", CORRECTIONS, ids=lambda v: ",".join(v))
def test_correction_updates_every_dependent_value_and_trails_it(filled: Store, values: dict[str, Any]) -> None:
    before = _state(filled, "inc_qah")
    _correct(filled, "inc_qah", values)
    after = _state(filled, "inc_qah")
    for field, value in values.items():
        expected = dt.date.fromisoformat(value) if field.startswith("date_") and field != "date_precision" else value
        assert after[field] == expected
        assert after["overrides"][field] == value
    changed = [f for f in values if before[f] != after[f]]
    assert changed, "the sample must hold other values than the corrections"
    assert after["updated_at"] != before["updated_at"]
    with filled.session() as session:
        trail = session.scalars(select(IncidentChange).where(IncidentChange.incident_id == "inc_qah")
                                .order_by(IncidentChange.id.desc())).first()
        assert trail is not None and trail.action == "updated"
        assert set(changed) <= set(trail.details["fields"])
        entry = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
        assert entry is not None and entry.action == "correct"
        assert {f: entry.after[f] for f in values} == values
        assert audit.verify(session).ok
    # What stays the machine's is the machine's: exactly what a full recompute from the links leaves.
    for field in COLUMNS:
        if field not in values:
            assert after[field] == before[field] or field in after["machine"]
    _assert_full_recompute_changes_nothing(filled, "inc_qah")


def test_same_correction_twice_changes_nothing_the_second_time(filled: Store) -> None:
    _correct(filled, "inc_qah", {"killed_best": 13})
    first = _state(filled, "inc_qah")
    _correct(filled, "inc_qah", {"killed_best": 13})
    assert _state(filled, "inc_qah") == first


def test_revert_goes_back_to_the_machine_value(filled: Store) -> None:
    _correct(filled, "inc_qah", {"killed_best": 13})
    with filled.session() as session:
        actions.revert(session, get_user(session, "analyst"), "inc_qah", ["killed_best"])
    state = _state(filled, "inc_qah")
    assert state["killed_best"] == state["machine"]["killed_best"] != 13
    assert "killed_best" not in state["overrides"]
    _assert_full_recompute_changes_nothing(filled, "inc_qah")


def test_correction_reads_the_current_links_not_the_stored_machine_values(filled: Store) -> None:
    """Links changed since the last recompute (a re-link not run yet): the correction still counts what is linked."""
    with filled.session() as session:
        recompute_incident(session, "inc_qah")
    before = _state(filled, "inc_qah")
    assert len(before["machine"]["mention_ids"]) == 2
    with filled.session() as session:
        dropped = before["machine"]["mention_ids"][0]
        session.execute(delete(IncidentLink).where(IncidentLink.mention_id == dropped))
    _correct(filled, "inc_qah", {"killed_best": 13})
    after = _state(filled, "inc_qah")
    assert after["machine"]["mention_ids"] == before["machine"]["mention_ids"][1:]
    assert after["n_sources"] == 1
    with filled.session() as session:
        trail = session.scalars(select(IncidentChange).where(IncidentChange.incident_id == "inc_qah")
                                .order_by(IncidentChange.id.desc())).first()
        assert trail is not None and "sources" in trail.details["fields"]
    _assert_full_recompute_changes_nothing(filled, "inc_qah")


def test_correction_follows_republishing_sources_like_a_full_recompute(filled: Store) -> None:
    """One source republishing the other (a chain of two): the incident has one independent source."""
    with filled.session() as session:
        recompute_incident(session, "inc_qah")
        ids = sorted(session.scalars(select(Document.source_id).join(Mention, Mention.document_id == Document.id)
                                     .join(IncidentLink, IncidentLink.mention_id == Mention.id)
                                     .where(IncidentLink.incident_id == "inc_qah")))
    assert len(set(ids)) == 2, "the sample incident must have two sources"
    with filled.session() as session:
        agency = Source(name="Agency that everyone copies")
        session.add(agency)
        session.flush()
        first, second = (session.get(Source, i) for i in ids)
        assert first is not None and second is not None
        first.parent_id, second.parent_id = second.id, agency.id
    _correct(filled, "inc_qah", {"killed_best": 13})
    state = _state(filled, "inc_qah")
    assert state["n_independent"] == 1
    _assert_full_recompute_changes_nothing(filled, "inc_qah")
