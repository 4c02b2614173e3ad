from __future__ import annotations

import pytest
from sqlalchemy import select

from harmledger._errors import FigureRangeError, PermissionDeniedError, ReviewError
from harmledger.review import actions, audit
from harmledger.review.accounts import get_user
from harmledger.store import Store
from harmledger.store.models import AuditEntry, Incident, IncidentLink, Mention, ReviewAction
from tests.api import sampledata


@pytest.fixture
def filled(store: Store) -> Store:
    sampledata.build(store)
    return store


def test_correction_keeps_machine_value_beside_analyst_value_and_is_audited(filled: Store) -> None:
    with filled.session() as session:
        analyst = get_user(session, "analyst")
        actions.correct(session, analyst, "inc_qah", {"killed_best": 13, "lat": 36.3, "lon": 36.7, "place_name": "Qah camp"},
                        reason="a later report")
    with filled.session() as session:
        incident = session.get(Incident, "inc_qah")
        assert incident is not None
        assert (incident.killed_best, incident.lat, incident.place_name) == (13, 36.3, "Qah camp")
        assert incident.overrides["killed_best"] == 13
        assert incident.machine["killed_best"] == 12
        assert incident.status == "reviewed"
        entry = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
        assert entry is not None and entry.actor == "analyst" and entry.action == "correct"
        assert entry.before["killed_best"] == 12 and entry.after["killed_best"] == 13
        assert session.scalars(select(ReviewAction)).one().payload["killed_best"] == 13
        assert audit.verify(session).ok


def test_viewer_cannot_change_anything(filled: Store) -> None:
    with filled.session() as session:
        viewer = get_user(session, "viewer")
        with pytest.raises(PermissionDeniedError):
            actions.correct(session, viewer, "inc_qah", {"killed_best": 1}, reason="x")
        with pytest.raises(PermissionDeniedError):
            actions.set_grade(session, None, "inc_qah", "confirmed")
    with filled.session() as session:
        assert session.get(Incident, "inc_qah").killed_best == 12  # type: ignore[union-attr]
        assert session.scalar(select(AuditEntry.id)) is None


def test_invalid_correction_is_refused(filled: Store) -> None:
    with filled.session() as session:
        analyst = get_user(session, "analyst")
        with pytest.raises(FigureRangeError):
            actions.correct(session, analyst, "inc_qah", {"killed_low": 10, "killed_high": 5}, reason="x")
        with pytest.raises(ValueError):
            actions.correct(session, analyst, "inc_qah", {"no_such_field": 1}, reason="x")


def test_grade_status_and_revert(filled: Store) -> None:
    with filled.session() as session:
        analyst = get_user(session, "analyst")
        actions.set_grade(session, analyst, "inc_daraa", "confirmed")
        with pytest.raises(ReviewError):
            actions.set_status(session, analyst, "inc_alepp", "final")  # not reviewed yet
        actions.set_status(session, analyst, "inc_daraa", "final")
        with pytest.raises(PermissionDeniedError):
            actions.set_status(session, analyst, "inc_daraa", "reviewed")  # only an admin reopens
        actions.set_status(session, get_user(session, "admin"), "inc_daraa", "reviewed")
        incident = actions.revert(session, analyst, "inc_daraa", ["grade"])
        assert incident.grade == incident.machine.get("grade", "weak")
        assert "grade" not in incident.overrides


def test_split_then_merge(filled: Store) -> None:
    with filled.session() as session:
        analyst = get_user(session, "analyst")
        second = session.scalars(select(Mention.id).where(Mention.document_id == "doc-qah-2")).one()
        new = actions.split_incident(session, analyst, "inc_qah", [second])
        new_id = new.id
        assert session.get(IncidentLink, second).incident_id == new_id  # type: ignore[union-attr]
    with filled.session() as session:
        analyst = get_user(session, "analyst")
        actions.merge_incidents(session, analyst, "inc_qah", [new_id])
        merged = session.get(Incident, new_id)
        assert merged is not None and merged.deleted and merged.merged_into == "inc_qah"
        assert session.get(IncidentLink, second).incident_id == "inc_qah"  # type: ignore[union-attr]
    with filled.session() as session:  # audit entries are appended when their transaction commits
        assert [e.action for e in session.scalars(select(AuditEntry).order_by(AuditEntry.id))] == ["split", "merge"]


def test_reject_mention_takes_it_out_of_its_incident(filled: Store) -> None:
    with filled.session() as session:
        analyst = get_user(session, "analyst")
        mention_id = session.scalars(select(Mention.id).where(Mention.document_id == "doc-qah-2")).one()
        actions.reject_mention(session, analyst, mention_id)
    with filled.session() as session:
        mention = session.get(Mention, mention_id)
        assert mention is not None and mention.rejected
        assert session.get(IncidentLink, mention_id) is None
        entry = session.scalars(select(AuditEntry)).one()
        assert entry.entity_type == "mention" and entry.before == {"rejected": False, "incident_id": "inc_qah"}
