"""A small hand-made store for the API, review and browser tests: documents, mentions with evidence,
incidents linked to them, and one user of each role."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from typing import Any

from harmledger.extract import main_place
from harmledger.review.accounts import hash_password
from harmledger.schema import (
    ActorRef,
    Casualties,
    CodeRef,
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
from harmledger.store.models import Document, Incident, IncidentLink, Source, User

PASSWORDS = {"admin": "admin-pass-123", "analyst": "analyst-pass-123", "viewer": "viewer-pass-123"}
WITNESS = "Ahmad Khalil"
SCRIPT = "<script>alert('owned')</script>"


_HASHES: dict[str, str] = {}


def password_hash(role: str) -> str:
    """Hashed once per test run: argon2 is slow on purpose."""
    if role not in _HASHES:
        _HASHES[role] = hash_password(PASSWORDS[role])
    return _HASHES[role]


def span(text: str, needle: str) -> Span:
    start = text.index(needle)
    return Span(start=start, end=start + len(needle), text=needle)


@dataclass
class Report:
    doc_id: str
    title: str
    body: str
    published: dt.date
    source: str
    place: str
    lat: float
    lon: float
    admin1: str
    killed: int
    killed_phrase: str
    injured: int | None
    weapon: str
    weapon_phrase: str
    perpetrator: str
    incident_id: str
    restricted: bool = False
    target: str = "residential"


REPORTS = [
    Report("doc-qah", "Airstrike kills 12 civilians in Qah camp",
           "Russian warplanes struck the Qah camp on Wednesday, killing 12 civilians and injuring 24, the civil "
           "defence said. The camp shelters displaced families.", dt.date(2019, 11, 20), "SNHR", "Qah", 36.29,
           36.72, "Idlib", 12, "killing 12 civilians", 24, "airstrike", "warplanes struck", "RUS", "inc_qah",
           target="idp_camp"),
    Report("doc-qah-2", "Camp near Atmeh bombed",
           "Twelve people were killed when warplanes struck the Qah camp near Atmeh on Wednesday.",
           dt.date(2019, 11, 21), "Reuters", "Qah", 36.29, 36.72, "Idlib", 12, "Twelve people were killed", None,
           "airstrike", "warplanes struck", "RUS", "inc_qah", target="idp_camp"),
    Report("doc-ariha", "Market shelled in Ariha",
           f"Witness {WITNESS} said the shelling of the Ariha market killed 5 people on Sunday.",
           dt.date(2020, 1, 12), "local network", "Ariha", 35.81, 36.61, "Idlib", 5, "killed 5 people", None,
           "artillery", "shelling", "SYR_GOV", "inc_ariha", restricted=True, target="market"),
    Report("doc-daraa", f"Barrel bombs on Daraa {SCRIPT}",
           f"Barrel bombs hit Daraa al-Balad {SCRIPT} on Monday, killing 3 people.", dt.date(2020, 2, 3),
           "SOHR", "Daraa al-Balad", 32.61, 36.10, "Daraa", 3, "killing 3 people", None, "barrel_bomb",
           "Barrel bombs", "SYR_GOV", "inc_daraa"),
    Report("doc-aleppo", "Car bomb in Aleppo countryside",
           "A car bomb exploded in al-Bab on Friday, killing 40 people and wounding 60.", dt.date(2020, 3, 6),
           "SNHR", "al-Bab", 36.37, 37.52, "Aleppo", 40, "killing 40 people", 60, "car_bomb", "car bomb",
           "UNKNOWN", "inc_alepp"),
]


def _extraction(report: Report) -> tuple[str, DocumentExtraction]:
    text = f"{report.title}\n\n{report.body}"
    place_phrase = report.place if report.place in text else report.place.split()[0]
    mention = Mention(
        kind="incident",
        date=DateValue(start=report.published.isoformat(), end=report.published.isoformat(), precision="day",
                       evidence=[]),
        places=[PlaceRef(name=report.place, role="event", evidence=[span(text, place_phrase)],
                         resolved=ResolvedPlace(place_id=f"p-{report.place}", name=report.place, lat=report.lat,
                                                lon=report.lon, admin1=report.admin1, country="SY", precision=1))],
        actors=[ActorRef(code=report.perpetrator, role="perpetrator", evidence=[])],
        weapons=[CodeRef(code=report.weapon, evidence=[span(text, report.weapon_phrase)])],
        targets=[CodeRef(code=report.target, evidence=[])],
        casualties=Casualties(
            killed=Count(low=report.killed, high=report.killed, evidence=[span(text, report.killed_phrase)]),
            injured=Count(low=report.injured, high=report.injured) if report.injured else None,
        ),
        confidence=0.9,
    )
    sha = hashlib.sha256(text.encode()).hexdigest()
    return text, DocumentExtraction(id=report.doc_id, title=report.title, published=report.published.isoformat(),
                                    text_sha256=sha, primary=0, mentions=[mention])


def machine_of(report: Report) -> dict[str, Any]:
    return {
        "date_start": report.published.isoformat(), "date_end": report.published.isoformat(), "date_precision": "day",
        "place_name": report.place, "lat": report.lat, "lon": report.lon, "admin1": report.admin1, "country": "SY",
        "weapon": report.weapon, "weapons": [report.weapon], "target": report.target, "targets": [report.target],
        "perpetrator": report.perpetrator, "actors": [{"code": report.perpetrator, "role": "perpetrator"}],
        "killed_low": report.killed, "killed_best": report.killed, "killed_high": report.killed,
        "injured_low": report.injured, "injured_best": report.injured, "injured_high": report.injured,
        "grade": "weak",
    }


def build(store: Store, *, users: bool = True) -> dict[str, Any]:
    """Fill the store; returns the ids the tests use."""
    with store.session() as session:
        sources: dict[str, Source] = {}
        incidents: dict[str, Incident] = {}
        for report in REPORTS:
            text, extraction = _extraction(report)
            source = sources.get(report.source)
            if source is None:
                source = sources[report.source] = Source(name=report.source)
                session.add(source)
                session.flush()
            document = Document(id=report.doc_id, sha256=hashlib.sha256(text.encode() + b"raw").hexdigest(),
                                text_sha256=extraction.text_sha256, title=report.title, text=text,
                                body_offset=len(report.title) + 2, published=report.published, origin="test",
                                media_type="text/plain", size=len(text), restricted=report.restricted,
                                source_id=source.id)
            session.add(document)
            session.flush()
            mentions = save_extraction(session, document, extraction, version="test", place_of=main_place)
            incident = incidents.get(report.incident_id)
            if incident is None:
                machine = machine_of(report)
                incident = Incident(id=report.incident_id, machine=machine, overrides={}, status="machine",
                                    n_sources=0, n_independent=0)
                for key, value in machine.items():
                    setattr(incident, key, dt.date.fromisoformat(value) if key.startswith("date_") and
                            key != "date_precision" else value)
                incidents[report.incident_id] = incident
                session.add(incident)
                session.flush()
            incident.n_sources += 1
            incident.n_independent += 1
            session.add(IncidentLink(mention_id=mentions[0].id, incident_id=incident.id, score=0.9,
                                     reasons=["same place", "same day"]))
        if users:
            for role in PASSWORDS:
                session.add(User(username=role, password_hash=password_hash(role), role=role, active=True))
    return {"incidents": [r.incident_id for r in REPORTS], "restricted_doc": "doc-ariha", "xss_doc": "doc-daraa"}
