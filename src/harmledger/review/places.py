"""An analyst completes the gazetteer: a place name the geocoder did not know is added to the store's
gazetteer (what ``harmledger gazetteer add`` does), and the stored mentions that named it are geocoded
again, so their incidents get the place.

Only place references left unresolved are touched, and only when their name is one the new place
spells by the geocoder's own rules (the same light key, a confirmed skeleton or a close fuzzy match);
a reference resolved to another place stays as it is, and so does an analyst's override of an
incident's place.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import select
from sqlalchemy.orm import Session

from ..extract import main_place
from ..geo import Gazetteer, GazPlace, Geocoder
from ..geo.store_places import add_place as store_place
from ..geo.store_places import analyst_place
from ..schema import Mention as MentionModel
from ..schema import ResolvedPlace
from ..store.models import Evidence, IncidentLink, Mention, Place, ReviewAction, User
from . import audit
from ._incidents import get_incident, recompute
from .accounts import require_editor
from .fields import snapshot

# The columns of a mention that follow its main place (as harmledger.store.mentions writes them).
PLACE_COLUMNS = ("place_name", "place_id", "lat", "lon", "where_prec", "admin1", "admin1_pcode", "admin2")


class NewPlace(BaseModel):
    """A place an analyst adds to the gazetteer (the request body of ``POST /api/gazetteer/places``)."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1, max_length=300, description="The name as the reports write it.")
    lat: float = Field(ge=-90, le=90)
    lon: float = Field(ge=-180, le=180)
    feature_type: str = Field(default="village", max_length=30,
                              description="village, town, city, neighbourhood, camp, facility, ...")
    alternate_names: list[str] = Field(default_factory=list, max_length=50, description="Other spellings.")
    admin1: str | None = Field(default=None, max_length=100,
                               description="Governorate name or P-code; else found from the point.")
    name_ar: str | None = Field(default=None, max_length=300)
    country: str = Field(default="SY", min_length=2, max_length=3)
    incident_id: str | None = Field(default=None, max_length=40,
                                    description="The incident the analyst was reviewing (kept with the action).")


@dataclass
class PlaceAdded:
    """What adding a place did: the place as the geocoder now resolves it, the mentions geocoded again
    and the incidents recomputed (those whose values changed)."""

    place: dict[str, Any]
    feature_type: str
    mentions: list[int] = field(default_factory=list)
    incidents: list[str] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {"place": {**self.place, "feature_type": self.feature_type}, "mentions": self.mentions,
                "incidents": self.incidents}


def add_place(session: Session, user: User | None, new: NewPlace | dict[str, Any]) -> PlaceAdded:
    """Add the place to the store's gazetteer, geocode again the mentions that named it, recompute their
    incidents; one review action and audit entries (the place, and each incident that changed)."""
    user = require_editor(user)
    new = new if isinstance(new, NewPlace) else NewPlace.model_validate(new)
    if new.incident_id:
        get_incident(session, new.incident_id)  # a wrong id is an error, not a silent note
    place = analyst_place(new.name, new.lat, new.lon, feature_type=new.feature_type,
                          alternate_names=new.alternate_names, admin1=new.admin1, name_ar=new.name_ar,
                          country=new.country)
    existing = session.get(Place, place.id)
    before = _place_state(existing) if existing is not None else None
    row = store_place(session, place, created_by=user.username)
    resolved = ResolvedPlace(place_id=row.id, name=row.name, lat=row.lat, lon=row.lon, admin1=row.admin1,
                             admin1_pcode=row.admin1_pcode, admin2=row.admin2, country=row.country,
                             precision=place.point_precision)

    mentions = regeocode_mentions(session, place, resolved)
    incident_ids = sorted({link.incident_id for link in session.scalars(
        select(IncidentLink).where(IncidentLink.mention_id.in_([m.id for m in mentions])))}) if mentions else []
    changed: list[str] = []
    for incident_id in incident_ids:
        incident = get_incident(session, incident_id)
        was = snapshot(incident)
        now = snapshot(recompute(session, incident_id))
        if now != was:
            changed.append(incident_id)
            audit.record(session, user.username, "regeocode", "incident", incident_id, was,
                         {**now, "place_added": place.id})
    mention_ids = [m.id for m in mentions]
    session.add(ReviewAction(user_id=user.id, action="gazetteer_add", incident_id=new.incident_id,
                             payload={"place_id": place.id, "name": place.name, "lat": place.lat, "lon": place.lon,
                                      "mentions": mention_ids, "incidents": incident_ids}))
    audit.record(session, user.username, "gazetteer_add", "place", place.id, before,
                 {**_place_state(row), "mentions": mention_ids, "incidents": incident_ids,
                  "from_incident": new.incident_id})
    return PlaceAdded(place=resolved.model_dump(mode="json"), feature_type=place.feature_type,
                      mentions=mention_ids, incidents=changed)


def _place_state(row: Place) -> dict[str, Any]:
    return {"name": row.name, "lat": row.lat, "lon": row.lon, "feature_type": row.feature_type,
            "alternate_names": list(row.alternate_names or []), "name_ar": row.name_ar, "country": row.country,
            "admin1": row.admin1, "admin1_pcode": row.admin1_pcode, "admin2": row.admin2}


def _precision(place: GazPlace, role: str) -> int:
    """The precision a reference stands at (as the geocoder frames it): near a point, or the area
    around a town, is 2; else the place's own."""
    precision = place.point_precision
    return 2 if role in ("near", "area") and precision == 1 else precision


def regeocode_mentions(session: Session, place: GazPlace, resolved: ResolvedPlace) -> list[Mention]:
    """Resolve to ``place`` every unresolved place reference of the stored mentions whose name it spells,
    and update each such mention's main place; returns the mentions changed."""
    only = Geocoder(Gazetteer([place]))

    def names_it(name: str | None) -> bool:
        return bool(name) and any(c.id == place.id for c in only.candidates(str(name)))

    # Candidates first by the names stored in columns (distinct values, few), then each mention's own data.
    values = set(session.scalars(select(Evidence.value).where(Evidence.field == "place").distinct()))
    values |= set(session.scalars(select(Mention.place_name).where(Mention.place_id.is_(None)).distinct()))
    spelled = sorted(v for v in values if v is not None and names_it(v))
    if not spelled:
        return []
    ids = set(session.scalars(select(Evidence.mention_id).where(Evidence.field == "place",
                                                                Evidence.value.in_(spelled))))
    ids |= set(session.scalars(select(Mention.id).where(Mention.place_id.is_(None), Mention.place_name.in_(spelled))))
    changed: list[Mention] = []
    for mention in session.scalars(select(Mention).where(Mention.id.in_(sorted(ids))).order_by(Mention.id)):
        data = copy.deepcopy(mention.data or {})
        touched = False
        for ref in data.get("places") or []:
            if isinstance(ref, dict) and ref.get("resolved") is None and names_it(ref.get("name")):
                ref["resolved"] = resolved.model_copy(
                    update={"precision": _precision(place, str(ref.get("role") or "event"))}).model_dump(mode="json")
                touched = True
        if not touched:
            continue
        mention.data = data
        main = main_place(MentionModel.model_validate(data))
        where = main.resolved if main is not None else None
        values_now = {"place_name": main.name if main is not None else None,
                      "place_id": where.place_id if where else None, "lat": where.lat if where else None,
                      "lon": where.lon if where else None, "where_prec": where.precision if where else None,
                      "admin1": where.admin1 if where else None, "admin1_pcode": where.admin1_pcode if where else None,
                      "admin2": where.admin2 if where else None}
        for column in PLACE_COLUMNS:
            setattr(mention, column, values_now[column])
        changed.append(mention)
    session.flush()
    return changed


def unresolved_names(session: Session, incident_id: str) -> list[str]:
    """The place names of an incident's mentions that the gazetteer did not resolve, in order."""
    rows = session.scalars(select(Mention.data).join(IncidentLink, IncidentLink.mention_id == Mention.id)
                           .where(IncidentLink.incident_id == incident_id).order_by(Mention.id))
    names: dict[str, None] = {}
    for data in rows:
        for ref in (data or {}).get("places") or []:
            if isinstance(ref, dict) and ref.get("resolved") is None and ref.get("name"):
                names.setdefault(str(ref["name"]), None)
    return list(names)
