"""The rules a correction must pass (review.validate through review.actions.correct), and its reason."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy import func, select

from harmledger._errors import (
    CorrectionError,
    DateOrderError,
    FigureRangeError,
    ReasonError,
    ReviewError,
    UnknownCodeError,
    UnknownPlaceError,
)
from harmledger.review import actions, audit
from harmledger.review.accounts import get_user
from harmledger.review.validate import (
    MAX_REASON,
    actor_codes,
    check_changes,
    choices,
    target_codes,
    weapon_codes,
)
from harmledger.store import Store
from harmledger.store.models import AuditEntry, Incident, Place, ReviewAction
from tests.api import sampledata

REASON = "the hospital's list gives these figures"
FUTURE = (dt.date.today() + dt.timedelta(days=30)).isoformat()


@pytest.fixture
def filled(store: Store) -> Store:
    sampledata.build(store)
    return store


REFUSED: list[tuple[dict[str, Any], type[CorrectionError], str, str]] = [
    ({"killed_low": 70, "killed_high": 53}, FigureRangeError, "E074", "killed_low (70) is above killed_high (53)"),
    ({"killed_best": 80, "killed_high": 53}, FigureRangeError, "E074", "killed_best (80) is above killed_high"),
    ({"injured_low": 5, "injured_best": 3}, FigureRangeError, "E074", "injured_low (5) is above injured_best (3)"),
    ({"killed_high": 10, "children_killed": 11}, FigureRangeError, "E074", "children_killed (11) is above killed_high"),
    ({"killed_high": 10, "civilians_killed": 12}, FigureRangeError, "E074", "civilians_killed (12)"),
    ({"killed_high": 10, "women_killed": 30}, FigureRangeError, "E074", "women_killed (30)"),
    ({"date_start": "2020-02-03", "date_end": "2020-02-01"}, DateOrderError, "E075", "is after date_end"),
    ({"date_start": FUTURE}, DateOrderError, "E075", "is in the future"),
    ({"weapons": ["airstrike", "laser"]}, UnknownCodeError, "E076", "unknown code 'laser'"),
    ({"weapon": "laser"}, UnknownCodeError, "E076", "weapon: unknown code"),
    ({"targets": ["moon"]}, UnknownCodeError, "E076", "targets: unknown code 'moon'"),
    ({"perpetrator": "ISIS:source"}, UnknownCodeError, "E076", "perpetrator: unknown code"),
    ({"actors": [{"code": "NOBODY", "role": "perpetrator"}]}, UnknownCodeError, "E076", "unknown code 'NOBODY'"),
    ({"actors": [{"code": "RUS", "role": "bystander"}]}, UnknownCodeError, "E076", "unknown role 'bystander'"),
    ({"place_id": "no-such-place"}, UnknownPlaceError, "E077", "not in the gazetteer"),
    ({"place_name": "Nowhere"}, UnknownPlaceError, "E077", "needs a gazetteer place_id or its lat and lon"),
    ({"lat": 36.1}, UnknownPlaceError, "E077", "give lat and lon together"),
]


def _counts(store: Store) -> tuple[int, int, int | None, dict[str, Any]]:
    with store.session() as session:
        incident = session.get(Incident, "inc_qah")
        assert incident is not None
        return (session.scalar(select(func.count()).select_from(ReviewAction)) or 0,
                session.scalar(select(func.count()).select_from(AuditEntry)) or 0, incident.killed_best,
                dict(incident.overrides or {}))


@pytest.mark.parametrize(("changes", "error", "code", "message"), REFUSED, ids=[r[2] + "-" + next(iter(r[0])) for r in REFUSED])
def test_each_rule_refuses_and_nothing_is_saved(filled: Store, changes: dict[str, Any], error: type[CorrectionError],
                                                code: str, message: str) -> None:
    before = _counts(filled)
    with filled.session() as session:
        analyst = get_user(session, "analyst")
        with pytest.raises(error) as caught:
            actions.correct(session, analyst, "inc_qah", changes, reason=REASON)
    assert isinstance(caught.value, ReviewError) and caught.value.code == code
    assert message in caught.value.message
    assert caught.value.field is not None and caught.value.field in str(caught.value.message) + " ".join(changes)
    assert _counts(filled) == before


@pytest.mark.parametrize("reason", [None, "", "   \n ", "x" * (MAX_REASON + 1)])
def test_a_correction_needs_a_short_reason(filled: Store, reason: str | None) -> None:
    before = _counts(filled)
    with filled.session() as session:
        analyst = get_user(session, "analyst")
        with pytest.raises(ReasonError) as caught:
            actions.correct(session, analyst, "inc_qah", {"killed_best": 13}, reason=reason)
    assert caught.value.code == "E078" and caught.value.field == "reason"
    assert _counts(filled) == before


def test_a_valid_correction_keeps_its_reason_in_the_action_and_the_audit_log(filled: Store) -> None:
    with filled.session() as session:
        analyst = get_user(session, "analyst")
        actions.correct(session, analyst, "inc_qah", {
            "killed_low": 12, "killed_best": 14, "killed_high": 15, "children_killed": 5, "civilians_killed": 14,
            "date_start": "2019-11-20", "date_end": "2019-11-21", "weapons": ["airstrike", "cluster_munition"],
            "targets": ["idp_camp"], "perpetrator": "RUS",
            "actors": [{"code": "RUS", "role": "perpetrator"}, {"code": "SYR_GOV", "role": "supporter"}],
            "reason": f"  {REASON}  "})
    with filled.session() as session:
        action = session.scalars(select(ReviewAction)).one()
        assert action.reason == REASON and action.payload["killed_best"] == 14 and "reason" not in action.payload
        entry = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
        assert entry is not None and entry.action == "correct" and entry.after["reason"] == REASON
        assert entry.after["killed_best"] == 14 and entry.before["killed_best"] == 12
        incident = session.get(Incident, "inc_qah")
        assert incident is not None and incident.weapons == ["airstrike", "cluster_munition"]
        assert "reason" not in (incident.overrides or {})
        assert audit.verify(session).ok


def test_a_place_the_gazetteer_knows_or_explicit_coordinates(filled: Store) -> None:
    with filled.session() as session:
        session.add(Place(id="analyst-qah-camp", name="Qah camp", feature_type="camp", lat=36.29, lon=36.72,
                          origin="analyst"))
    with filled.session() as session:
        analyst = get_user(session, "analyst")
        actions.correct(session, analyst, "inc_qah", {"place_id": "analyst-qah-camp", "place_name": "Qah camp"},
                        reason=REASON)
        actions.correct(session, analyst, "inc_daraa", {"place_name": "Daraa al-Balad", "lat": 32.61, "lon": 36.1},
                        reason=REASON)
    with filled.session() as session:
        assert session.get(Incident, "inc_qah").place_id == "analyst-qah-camp"  # type: ignore[union-attr]
        assert session.get(Incident, "inc_daraa").lat == 32.61  # type: ignore[union-attr]


def test_rules_compare_the_values_given_and_set_grade_needs_no_reason(filled: Store) -> None:
    # One figure corrected alone is not refused because of the machine's other figures.
    check_changes(None, {"killed_best": 3})  # type: ignore[arg-type]  # no place given: no look-up
    with filled.session() as session:
        analyst = get_user(session, "analyst")
        actions.set_grade(session, analyst, "inc_qah", "confirmed")
    with filled.session() as session:
        assert session.scalars(select(ReviewAction)).one().reason is None
        entry = session.scalars(select(AuditEntry)).one()
        assert "reason" not in entry.after  # type: ignore[operator]


def test_choices_come_from_the_lexicons_with_readable_labels() -> None:
    assert "barrel_bomb" in weapon_codes() and "-" not in weapon_codes() and "idp_camp" in target_codes()
    assert "SYR_GOV" in actor_codes() and "-" not in actor_codes()
    labels = dict(choices("weapons"))
    assert labels["barrel_bomb"] == "Barrel bomb" and labels["ied"] == "IED"
    assert dict(choices("targets"))["idp_camp"] == "IDP camp"
    assert dict(choices("actors"))["RUS"].startswith("RUS – ")
