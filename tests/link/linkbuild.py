"""Hand-built documents and mentions for the linker and publish tests (no extractor needed)."""

from __future__ import annotations

import hashlib
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from harmledger.extract import main_place
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
)
from harmledger.store.mentions import save_extraction
from harmledger.store.models import Document, Source

# Real places (approximate coordinates) so that distances mean something.
PLACES: dict[str, dict[str, Any]] = {
    "khan_shaykhun": dict(place_id="gn:khan_shaykhun", name="Khan Shaykhun", lat=35.4386, lon=36.6511,
                          admin1="Idleb", admin1_pcode="SY07", admin2="Maarrat An Nu'man"),
    "maarat": dict(place_id="gn:maarat", name="Maarat al-Numan", lat=35.6436, lon=36.6717,
                   admin1="Idleb", admin1_pcode="SY07", admin2="Maarrat An Nu'man"),
    "douma": dict(place_id="gn:douma", name="Douma", lat=33.5717, lon=36.4025,
                  admin1="Rural Damascus", admin1_pcode="SY03", admin2="Duma"),
    "idlib_gov": dict(place_id="ocha:SY07", name="Idlib", lat=35.8577, lon=36.5709,
                      admin1="Idleb", admin1_pcode="SY07", admin2=None, precision=4),
    "aleppo": dict(place_id="gn:aleppo", name="Aleppo", lat=36.2021, lon=37.1343,
                   admin1="Aleppo", admin1_pcode="SY02", admin2="Jebel Saman"),
}


def mention(date: str | None = "2017-04-04", place: str | None = "khan_shaykhun", *, precision: str = "day",
            end: str | None = None, weapons: tuple[str, ...] = (), targets: tuple[str, ...] = (),
            perps: tuple[str, ...] = (), killed: tuple[int | None, int | None] | None = None,
            civilians: int | None = None, children: int | None = None, women: int | None = None,
            injured: tuple[int | None, int | None] | None = None, kind: str = "incident",
            place_name: str | None = None) -> Mention:
    places = []
    if place is not None:
        info = dict(PLACES[place])
        prec = info.pop("precision", 1)
        places.append(PlaceRef(name=place_name or info["name"], role="event",
                               resolved=ResolvedPlace(**info, country="SY", precision=prec)))
    elif place_name:
        places.append(PlaceRef(name=place_name, role="event"))
    casualties = Casualties(
        killed=Count(low=killed[0], high=killed[1], civilians=civilians, children=children, women=women)
        if killed else None,
        injured=Count(low=injured[0], high=injured[1]) if injured else None,
    )
    return Mention(
        kind=kind,  # type: ignore[arg-type]
        date=DateValue(start=date, end=end or date, precision=precision) if date else None,  # type: ignore[arg-type]
        places=places, actors=[ActorRef(code=c, role="perpetrator") for c in perps],
        weapons=[CodeRef(code=c) for c in weapons], targets=[CodeRef(code=c) for c in targets],
        casualties=casualties, confidence=0.9,
    )


def source(session: Session, name: str, parent: str | None = None) -> Source:
    found = session.scalars(select(Source).where(Source.name == name)).first()
    if found:
        return found
    parent_row = source(session, parent) if parent else None
    row = Source(name=name, parent_id=parent_row.id if parent_row else None)
    session.add(row)
    session.flush()
    return row


def document(session: Session, doc_id: str, mentions: list[Mention], *, text: str | None = None,
             title: str | None = None, outlet: str | None = None, parent: str | None = None,
             published: str = "2017-04-05") -> Document:
    """Store a document with the given mentions (primary = the first), as `process` would."""
    import datetime as dt

    text = text if text is not None else f"{title or doc_id}\n\nReport {doc_id} about an attack."
    text_sha = hashlib.sha256(text.encode()).hexdigest()
    src = source(session, outlet, parent) if outlet else None
    doc = Document(id=doc_id, sha256=hashlib.sha256(doc_id.encode()).hexdigest(), text_sha256=text_sha,
                   title=title or f"Title of {doc_id}", text=text, origin=f"test:{doc_id}",
                   media_type="text/plain", size=len(text), published=dt.date.fromisoformat(published),
                   source_id=src.id if src else None)
    session.add(doc)
    session.flush()
    extraction = DocumentExtraction(id=doc_id, title=doc.title, published=published, text_sha256=text_sha,
                                    primary=0 if mentions else None, mentions=mentions)
    save_extraction(session, doc, extraction, version="test", place_of=main_place)
    return doc
