"""An analyst completes the gazetteer: POST /api/gazetteer/places (and the incident page's form) adds
the place to the store's gazetteer, audited with who and when, geocodes again the mentions that named
it and recomputes their incidents. A viewer or an anonymous client changes nothing. The incident page's
look-up searches all of the country and lists the candidates with their governorate."""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from harmledger.extract import main_place
from harmledger.geo import get_geocoder
from harmledger.link import recompute_incident
from harmledger.review.accounts import create_token, get_user
from harmledger.schema import (
    Casualties,
    Count,
    DateValue,
    DocumentExtraction,
    Mention,
    PlaceRef,
    ResolvedPlace,
    Span,
)
from harmledger.store import Store
from harmledger.store.mentions import save_extraction
from harmledger.store.models import AuditEntry, Document, Incident, IncidentLink, Place, ReviewAction
from harmledger.store.models import Mention as MentionRow
from tests.api import sampledata
from tests.api.apiclient import login, make_client
from tests.api.test_route_guards import snapshot

ALEPPO = ResolvedPlace(place_id="ocha:SY02", name="Aleppo", lat=36.2, lon=37.16, admin1="Aleppo", admin1_pcode="SY02",
                       country="SY", precision=4)
# Made-up names, so that no gazetteer, however it grows, knows them.
RITYAN = {"name": "Birket Zanqalun", "lat": 36.305, "lon": 37.13}


def _span(text: str, needle: str) -> Span:
    start = text.index(needle)
    return Span(start=start, end=start + len(needle), text=needle)


def _report(session: Any, doc_id: str, text: str, places: list[tuple[str, str, ResolvedPlace | None]],
            incident_id: str, killed: int) -> int:
    """A document with one mention naming ``places`` (name, role, resolved), linked to its own incident."""
    refs = [PlaceRef(name=name, role=role, resolved=resolved, evidence=[_span(text, name)])  # type: ignore[arg-type]
            for name, role, resolved in places]
    mention = Mention(kind="incident", date=DateValue(start="2020-02-04", end="2020-02-04", precision="day", evidence=[]),
                      places=refs, casualties=Casualties(killed=Count(low=killed, high=killed)), confidence=0.9)
    sha = hashlib.sha256(text.encode()).hexdigest()
    document = Document(id=doc_id, sha256=hashlib.sha256(text.encode() + b"raw").hexdigest(), text_sha256=sha,
                        title=text.split("\n\n")[0], text=text, body_offset=0, published=dt.date(2020, 2, 5),
                        origin="test", media_type="text/plain", size=len(text))
    session.add(document)
    session.flush()
    rows = save_extraction(session, document, DocumentExtraction(id=doc_id, title=document.title, text_sha256=sha,
                                                                 primary=0, mentions=[mention]), version="test", place_of=main_place)
    session.add(Incident(id=incident_id, machine={}, overrides={}, status="machine", n_sources=0, n_independent=0))
    session.flush()
    session.add(IncidentLink(mention_id=rows[0].id, incident_id=incident_id, score=0.9, reasons=[]))
    session.flush()
    recompute_incident(session, incident_id)
    return int(rows[0].id)


def build(store: Store) -> dict[str, int]:
    """The hand-made store plus three reports of places the shipped gazetteer does not know."""
    sampledata.build(store)
    with store.session() as session:
        return {
            "rityan": _report(session, "doc-rityan", "Shelling on Birket Zanqalun\n\nShelling hit Birket Zanqalun in rural "
                              "Aleppo on Tuesday, killing 4 people.", [("Birket Zanqalun", "event", None), ("Aleppo", "area", ALEPPO)],
                              "inc_rityan", 4),
            "ratyan": _report(session, "doc-ratyan", "Raid near Birkat Zanqaloun\n\nAn air raid near Birkat "
                              "Zanqaloun killed 2 people on Tuesday.", [("Birkat Zanqaloun", "near", None)], "inc_ratyan", 2),
            "hader": _report(session, "doc-hader", "Jubb Qurayt shelled\n\nShells fell on Jubb Qurayt in rural "
                             "Aleppo, killing 1 person.", [("Jubb Qurayt", "event", None), ("Aleppo", "area", ALEPPO)], "inc_hader", 1),
        }


@pytest.fixture
def mentions(sqlite_store: Store) -> dict[str, int]:
    return build(sqlite_store)


@pytest.fixture
def gclient(sqlite_store: Store, mentions: dict[str, int]) -> Any:
    with make_client(sqlite_store) as c:
        yield c


def _state(client: TestClient) -> dict[str, Any]:
    return {i: client.get(f"/api/incidents/{i}").json()["place"] for i in ("inc_rityan", "inc_ratyan", "inc_hader")}


def test_the_names_are_unknown_before(sqlite_store: Store, mentions: dict[str, int]) -> None:
    assert get_geocoder(sqlite_store).geocode(RITYAN["name"]) is None
    with make_client(sqlite_store) as client:
        place = client.get("/api/incidents/inc_rityan").json()["place"]
        assert (place["admin1"], place["precision"]) == ("Aleppo", 4)


def test_an_analyst_adds_a_place_and_the_mentions_naming_it_are_geocoded_again(store: Store) -> None:
    """On SQLite and PostgreSQL: the place is in the store's gazetteer, the audit log has who and when,
    the mentions are resolved and their incidents' places updated; the other unknown name is untouched."""
    ids = build(store)
    with make_client(store) as client:
        hader_before = client.get("/api/incidents/inc_hader").json()["place"]
        csrf = login(client, "analyst")
        r = client.post("/api/gazetteer/places", json={**RITYAN, "alternate_names": ["Birket Zinqalun"],
                                                        "incident_id": "inc_rityan"},
                        headers={"X-CSRF-Token": csrf})
        assert r.status_code == 201, r.text
        body = r.json()
        assert body["place"]["name"] == RITYAN["name"] and body["place"]["admin1"] == "Aleppo"
        assert body["place"]["admin1_pcode"] == "SY02" and body["place"]["place_id"].startswith("analyst:")
        assert sorted(body["mentions"]) == sorted([ids["rityan"], ids["ratyan"]])
        assert sorted(body["incidents"]) == ["inc_ratyan", "inc_rityan"]

        rityan = client.get("/api/incidents/inc_rityan").json()
        assert rityan["place"]["name"] == RITYAN["name"] and rityan["place"]["precision"] == 1
        assert (rityan["place"]["lat"], rityan["place"]["lon"]) == (RITYAN["lat"], RITYAN["lon"])
        assert rityan["place"]["admin1"] == "Aleppo" and rityan["status"] == "machine"  # the machine's value
        near = client.get("/api/incidents/inc_ratyan").json()["place"]
        assert near["name"] == "Birkat Zanqaloun" and near["precision"] == 2  # "near Birkat Zanqaloun"
        assert client.get("/api/incidents/inc_hader").json()["place"] == hader_before
        mention = client.get(f"/api/mentions/{ids['rityan']}").json()["mention"]
        assert mention["places"][0]["resolved"]["place_id"] == body["place"]["place_id"]
        assert mention["places"][1]["resolved"]["place_id"] == "ocha:SY02"  # resolved ones stay as they were

        entries = client.get("/api/audit", params={"limit": 10}).json()["items"]
        added = next(e for e in entries if e["action"] == "gazetteer_add")
        assert added["actor"] == "analyst" and added["entity_type"] == "place" and added["at"]
        assert added["entity_id"] == body["place"]["place_id"]
        regeocoded = {e["entity_id"]: e for e in entries if e["action"] == "regeocode"}
        assert set(regeocoded) == {"inc_rityan", "inc_ratyan"} and regeocoded["inc_rityan"]["actor"] == "analyst"
        assert client.get("/api/audit/verify").json()["ok"] is True
        trail = client.get("/incidents/inc_rityan").text
        assert "regeocode" in trail

    with store.session() as session:
        row = session.get(Place, body["place"]["place_id"])
        assert row is not None and row.origin == "analyst" and row.created_by == "analyst"
        assert row.alternate_names == ["Birket Zinqalun"] and row.admin1_pcode == "SY02"
        action = session.scalars(select(ReviewAction).where(ReviewAction.action == "gazetteer_add")).one()
        assert action.incident_id == "inc_rityan" and action.payload["name"] == RITYAN["name"]
        assert session.scalars(select(MentionRow.place_id).where(MentionRow.id == ids["hader"])).one() == "ocha:SY02"
    # The store's geocoder knows it from now on, for every later geocode and extraction.
    resolved = get_geocoder(store).geocode(RITYAN["name"])
    assert resolved is not None and resolved.place_id == body["place"]["place_id"]


def test_an_analysts_override_of_the_place_is_kept(gclient: TestClient) -> None:
    csrf = login(gclient, "analyst")
    r = gclient.patch("/api/incidents/inc_rityan", json={"reason": "checked against the source", "place_name": "Somewhere", "lat": 36.0, "lon": 37.0},
                      headers={"X-CSRF-Token": csrf})
    assert r.status_code == 200
    assert gclient.post("/api/gazetteer/places", json=RITYAN, headers={"X-CSRF-Token": csrf}).status_code == 201
    detail = gclient.get("/api/incidents/inc_rityan").json()
    assert detail["place"]["name"] == "Somewhere" and detail["place"]["lat"] == 36.0
    assert detail["machine"]["place_name"] == RITYAN["name"] and detail["machine"]["where_prec"] == 1


def test_a_viewer_and_an_anonymous_client_change_nothing(sqlite_store: Store, gclient: TestClient) -> None:
    with sqlite_store.session() as session:
        token = create_token(session, get_user(session, "viewer"), "script")
    before = snapshot(sqlite_store)
    assert gclient.post("/api/gazetteer/places", json=RITYAN).status_code == 401
    page = gclient.get("/login").text
    csrf = page.split('name="csrf_token" value="')[1].split('"')[0]
    r = gclient.post("/incidents/inc_rityan/gazetteer", data={**RITYAN, "csrf_token": csrf}, follow_redirects=False)
    assert r.status_code == 401
    r = gclient.post("/api/gazetteer/places", json=RITYAN, headers={"Authorization": f"Bearer {token}"})
    assert r.status_code == 403 and r.json()["error"]["code"] == "forbidden"
    csrf = login(gclient, "viewer")
    assert gclient.post("/api/gazetteer/places", json=RITYAN, headers={"X-CSRF-Token": csrf}).status_code == 403
    r = gclient.post("/incidents/inc_rityan/gazetteer", data={**RITYAN, "csrf_token": csrf}, follow_redirects=False)
    assert r.status_code == 403
    assert 'id="gazetteer-form"' not in gclient.get("/incidents/inc_rityan").text
    assert snapshot(sqlite_store) == before
    assert _state(gclient)["inc_rityan"]["precision"] == 4


def test_an_analyst_without_the_csrf_token_is_refused(sqlite_store: Store, gclient: TestClient) -> None:
    login(gclient, "analyst")
    before = snapshot(sqlite_store)
    assert gclient.post("/api/gazetteer/places", json=RITYAN).status_code == 403
    assert gclient.post("/incidents/inc_rityan/gazetteer", data=RITYAN, follow_redirects=False).status_code == 403
    assert snapshot(sqlite_store) == before


def test_the_incident_page_form_adds_the_place(sqlite_store: Store, gclient: TestClient) -> None:
    csrf = login(gclient, "analyst")
    page = gclient.get("/incidents/inc_rityan").text
    assert 'id="gazetteer-form"' in page and 'action="/incidents/inc_rityan/gazetteer"' in page
    assert 'data-name="Birket Zanqalun"' in page and 'id="g-name" value="Birket Zanqalun"' in page  # offered
    r = gclient.post("/incidents/inc_rityan/gazetteer",
                     data={"csrf_token": csrf, "name": "Birket Zanqalun", "lat": "36.305", "lon": "37.13",
                           "feature_type": "village", "alternate_names": "Birket Zinqalun; Zanqalun"}, follow_redirects=False)
    assert r.status_code == 303, r.text
    assert r.headers["location"].startswith("/incidents/inc_rityan?msg=Added+Birket+Zanqalun")
    after = gclient.get(r.headers["location"]).text
    assert "2 mentions geocoded again" in after and 'data-name="Birket Zanqalun"' not in after
    assert _state(gclient)["inc_rityan"]["precision"] == 1
    with sqlite_store.session() as session:
        row = session.scalars(select(Place)).one()
        assert row.alternate_names == ["Birket Zinqalun", "Zanqalun"] and row.created_by == "analyst"
        assert session.scalars(select(AuditEntry.actor).where(AuditEntry.action == "gazetteer_add")).one() == "analyst"


def test_wrong_values_are_refused_and_change_nothing(sqlite_store: Store, gclient: TestClient) -> None:
    csrf = login(gclient, "analyst")
    headers = {"X-CSRF-Token": csrf}
    before = snapshot(sqlite_store)
    r = gclient.post("/api/gazetteer/places", json={**RITYAN, "lat": 123}, headers=headers)
    assert r.status_code == 422 and r.json()["error"]["code"] == "invalid"
    r = gclient.post("/api/gazetteer/places", json={**RITYAN, "admin1": "Atlantis"}, headers=headers)
    assert r.status_code == 400 and "unknown governorate" in r.json()["error"]["message"]
    r = gclient.post("/api/gazetteer/places", json={**RITYAN, "feature_type": "castle"}, headers=headers)
    assert r.status_code == 400 and r.json()["error"]["ref"] == "E050"
    r = gclient.post("/api/gazetteer/places", json={**RITYAN, "incident_id": "inc_nope"}, headers=headers)
    assert r.status_code == 404
    r = gclient.post("/incidents/inc_rityan/gazetteer", data={"csrf_token": csrf, "name": "Birket Zanqalun", "lat": "",
                                                              "lon": ""}, follow_redirects=False)
    assert r.status_code == 422 and "click the map" in r.text
    assert snapshot(sqlite_store) == before


def test_adding_the_same_place_again_updates_it(sqlite_store: Store, gclient: TestClient) -> None:
    csrf = login(gclient, "analyst")
    first = gclient.post("/api/gazetteer/places", json=RITYAN, headers={"X-CSRF-Token": csrf}).json()
    again = gclient.post("/api/gazetteer/places", json={**RITYAN, "alternate_names": ["Zanqalun"]},
                         headers={"X-CSRF-Token": csrf})
    assert again.status_code == 201 and again.json()["mentions"] == []  # nothing left unresolved
    assert again.json()["place"]["place_id"] == first["place"]["place_id"]
    with sqlite_store.session() as session:
        assert session.scalars(select(Place.alternate_names)).one() == ["Zanqalun"]
    entries = gclient.get("/api/audit", params={"entity_id": first["place"]["place_id"]}).json()["items"]
    assert entries[0]["before"]["alternate_names"] == [] and entries[0]["after"]["alternate_names"] == ["Zanqalun"]


def test_the_look_up_searches_all_of_the_country(client: TestClient) -> None:
    """The incident's governorate may be the wrong one: the candidates come from everywhere, each with its
    governorate, while ``resolved`` still honours ``within``."""
    r = client.get("/api/geocode", params={"name": "Khan Shaykhun", "within": "Aleppo"}).json()
    assert r["resolved"] is None
    assert [(c["name"], c["admin1"]) for c in r["candidates"]] == [("Khan Shaykhun", "Idlib")]
    assert r["candidates"][0]["lat"] > 35 and r["candidates"][0]["feature_type"] == "town"
    r = client.get("/api/geocode", params={"name": "Idleb"}).json()
    assert r["resolved"]["admin1"] == "Idlib" and r["candidates"][0]["picked"] is True
    assert r["candidates"][0]["place_id"] == r["resolved"]["place_id"] and len(r["candidates"]) >= 2
    assert client.get("/api/geocode", params={"name": "Nowhere-at-all-xyz"}).json()["candidates"] == []
    # The page asks without a governorate and shows the candidates (no `within` left in its script).
    script = client.get("/static/incident.js").text
    assert "within" not in script and "candidates" in script
