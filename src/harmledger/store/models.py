"""The schema of the whole product, on SQLite and PostgreSQL alike.

Documents keep their original bytes in the blob store (content-addressed by SHA-256); mentions are
what the extractor read from a document, with their evidence spans; incidents are what the linker
made of mentions, with the machine's values and the analyst's corrections kept apart; the audit log
is append-only and hash-chained.

Ids are strings so that a corpus id, a SHA-256 or a generated incident id all fit, and stay stable
across databases. Changing this file needs a new Alembic revision (see docs/development.md).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON}


class WhenWhere:
    """The date and main place of a mention or an incident, as columns for blocking, filtering and maps."""

    date_start: Mapped[dt.date | None] = mapped_column(Date, index=True)
    date_end: Mapped[dt.date | None] = mapped_column(Date)
    date_precision: Mapped[str | None] = mapped_column(String(10))
    place_name: Mapped[str | None] = mapped_column(String(300))
    place_id: Mapped[str | None] = mapped_column(String(100))
    lat: Mapped[float | None] = mapped_column(Float)
    lon: Mapped[float | None] = mapped_column(Float)
    where_prec: Mapped[int | None] = mapped_column(Integer)
    admin1: Mapped[str | None] = mapped_column(String(100), index=True)
    admin1_pcode: Mapped[str | None] = mapped_column(String(20))
    admin2: Mapped[str | None] = mapped_column(String(100))


class Source(Base):
    """An outlet or organisation that publishes reports (Reuters, SNHR, SOHR...)."""

    __tablename__ = "sources"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(300), unique=True)
    kind: Mapped[str] = mapped_column(String(30), default="outlet")  # outlet | organisation | other
    url: Mapped[str | None] = mapped_column(String(2000))
    # An outlet that republishes another (agency copy) is not an independent source.
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("sources.id"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class Document(Base):
    __tablename__ = "documents"
    id: Mapped[str] = mapped_column(String(200), primary_key=True)  # corpus id, else sha256 of the bytes
    sha256: Mapped[str] = mapped_column(String(64), unique=True)  # of the original bytes (blob key)
    text_sha256: Mapped[str] = mapped_column(String(64), index=True)  # of `text` below, exact UTF-8
    title: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)  # title and body joined by "\n\n" (docs/contract.md section 2)
    body_offset: Mapped[int] = mapped_column(Integer, default=0)  # where the body starts in `text`
    published: Mapped[dt.date | None] = mapped_column(Date, index=True)
    published_from: Mapped[str | None] = mapped_column(String(20))  # metadata | dateline | option | corpus
    author: Mapped[str | None] = mapped_column(String(500))
    source_id: Mapped[int | None] = mapped_column(ForeignKey("sources.id"), index=True)
    origin: Mapped[str] = mapped_column(String(2000))  # path or URL it was ingested from
    media_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(Integer)
    language: Mapped[str | None] = mapped_column(String(10))
    restricted: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str] = mapped_column(String(20), default="ingested", index=True)  # ingested|processed|failed
    error: Mapped[str | None] = mapped_column(Text)
    extractor_version: Mapped[str | None] = mapped_column(String(40))
    ingested_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    processed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    meta: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)

    source: Mapped[Source | None] = relationship()
    mentions: Mapped[list[Mention]] = relationship(
        back_populates="document", cascade="all, delete-orphan", order_by="Mention.index"
    )


class Mention(WhenWhere, Base):
    """One event or aggregate figure read from a document (docs/contract.md section 2)."""

    __tablename__ = "mentions"
    __table_args__ = (UniqueConstraint("document_id", "index"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    index: Mapped[int] = mapped_column(Integer)  # position in the document's `mentions`
    kind: Mapped[str] = mapped_column(String(20), index=True)  # incident | aggregate
    is_primary: Mapped[bool] = mapped_column(Boolean, default=False)
    # WhenWhere's columns are denormalised from `data` for blocking and filtering.
    killed_low: Mapped[int | None] = mapped_column(Integer)
    killed_high: Mapped[int | None] = mapped_column(Integer)
    injured_low: Mapped[int | None] = mapped_column(Integer)
    injured_high: Mapped[int | None] = mapped_column(Integer)
    confidence: Mapped[float] = mapped_column(Float, default=0.0)
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
    # Analyst said this is not an incident (kept, never deleted).
    rejected: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    document: Mapped[Document] = relationship(back_populates="mentions")
    evidence: Mapped[list[Evidence]] = relationship(cascade="all, delete-orphan")
    link: Mapped[IncidentLink | None] = relationship(back_populates="mention", uselist=False)


class Evidence(Base):
    """A span of document text that a value was read from (also inside `Mention.data`)."""

    __tablename__ = "evidence"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    mention_id: Mapped[int] = mapped_column(ForeignKey("mentions.id", ondelete="CASCADE"), index=True)
    field: Mapped[str] = mapped_column(String(50))  # date | place | actor | weapon | target | killed | injured...
    value: Mapped[str | None] = mapped_column(String(300))
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)


class Incident(WhenWhere, Base):
    """One attack as linked from one or more mentions. The id never changes once given."""

    __tablename__ = "incidents"
    # Pages of a list walk (date, id) in order; a place name typed in the list's search is looked up exactly
    # (api/queries.py narrows the text match to the names that contain it).
    __table_args__ = (Index("ix_incidents_date_id", "date_start", "id"), Index("ix_incidents_place_name", "place_name"),
                      Index("ix_incidents_admin2", "admin2"))
    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    kind: Mapped[str] = mapped_column(String(20), default="incident")
    country: Mapped[str | None] = mapped_column(String(3))
    # Codes as sorted lists; the main one first column for fast filtering.
    weapons: Mapped[list[Any]] = mapped_column(JSON, default=list)
    targets: Mapped[list[Any]] = mapped_column(JSON, default=list)
    actors: Mapped[list[Any]] = mapped_column(JSON, default=list)  # [{"code","role"}]
    weapon: Mapped[str | None] = mapped_column(String(40), index=True)
    target: Mapped[str | None] = mapped_column(String(40), index=True)
    perpetrator: Mapped[str | None] = mapped_column(String(40), index=True)
    killed_low: Mapped[int | None] = mapped_column(Integer)
    killed_best: Mapped[int | None] = mapped_column(Integer)
    killed_high: Mapped[int | None] = mapped_column(Integer)
    injured_low: Mapped[int | None] = mapped_column(Integer)
    injured_best: Mapped[int | None] = mapped_column(Integer)
    injured_high: Mapped[int | None] = mapped_column(Integer)
    civilians_killed: Mapped[int | None] = mapped_column(Integer)
    children_killed: Mapped[int | None] = mapped_column(Integer)
    women_killed: Mapped[int | None] = mapped_column(Integer)
    n_sources: Mapped[int] = mapped_column(Integer, default=0)
    n_independent: Mapped[int] = mapped_column(Integer, default=0)
    grade: Mapped[str] = mapped_column(String(20), default="weak")  # confirmed|fair|weak|contested|discounted
    status: Mapped[str] = mapped_column(String(20), default="machine", index=True)  # machine|reviewed|final
    # The linker's values and the analyst's overrides, kept apart so both stay visible.
    machine: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    overrides: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    merged_into: Mapped[str | None] = mapped_column(String(40))  # set when merged away (row kept)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False, index=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, index=True)

    links: Mapped[list[IncidentLink]] = relationship(back_populates="incident")


class IncidentLink(Base):
    """Which incident a mention belongs to, and why (scores and reasons for the analyst)."""

    __tablename__ = "incident_links"
    mention_id: Mapped[int] = mapped_column(ForeignKey("mentions.id", ondelete="CASCADE"), primary_key=True)
    incident_id: Mapped[str] = mapped_column(ForeignKey("incidents.id"), index=True)
    score: Mapped[float] = mapped_column(Float, default=1.0)
    reasons: Mapped[list[Any]] = mapped_column(JSON, default=list)
    method: Mapped[str] = mapped_column(String(20), default="machine")  # machine | analyst
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    mention: Mapped[Mention] = relationship(back_populates="link")
    incident: Mapped[Incident] = relationship(back_populates="links")


class IncidentChange(Base):
    """The trail of created / updated / merged / split / removed incidents, for incremental sync."""

    __tablename__ = "incident_changes"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    incident_id: Mapped[str] = mapped_column(String(40), index=True)
    action: Mapped[str] = mapped_column(String(20))  # created|updated|merged|split|removed
    related_id: Mapped[str | None] = mapped_column(String(40))
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, index=True)
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class Place(Base):
    """Places added to the gazetteer by import or by an analyst (the shipped default is a file)."""

    __tablename__ = "places"
    id: Mapped[str] = mapped_column(String(100), primary_key=True)
    name: Mapped[str] = mapped_column(String(300), index=True)
    name_ar: Mapped[str | None] = mapped_column(String(300))
    alternate_names: Mapped[list[Any]] = mapped_column(JSON, default=list)
    feature_type: Mapped[str] = mapped_column(String(30))  # governorate|district|...|camp|facility
    lat: Mapped[float | None] = mapped_column(Float)
    lon: Mapped[float | None] = mapped_column(Float)
    country: Mapped[str] = mapped_column(String(3), default="SY")
    admin1_pcode: Mapped[str | None] = mapped_column(String(20))
    admin2_pcode: Mapped[str | None] = mapped_column(String(20))
    admin3_pcode: Mapped[str | None] = mapped_column(String(20))
    admin1: Mapped[str | None] = mapped_column(String(100))
    admin2: Mapped[str | None] = mapped_column(String(100))
    admin3: Mapped[str | None] = mapped_column(String(100))
    population: Mapped[int | None] = mapped_column(Integer)
    origin: Mapped[str] = mapped_column(String(50))  # geonames | ocha | csv | analyst
    created_by: Mapped[str | None] = mapped_column(String(100))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class User(Base):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(100), unique=True)
    password_hash: Mapped[str] = mapped_column(String(300))
    role: Mapped[str] = mapped_column(String(20))  # admin | analyst | viewer
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    last_login_at: Mapped[dt.datetime | None] = mapped_column(DateTime)  # set by a successful password login
    # Signed into each session cookie; raised by logout or deactivation (review/accounts.end_sessions),
    # which ends every session issued before (api/security.py).
    session_epoch: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class ApiToken(Base):
    __tablename__ = "api_tokens"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)  # sha256 of the token; never the token
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    last_used_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    revoked: Mapped[bool] = mapped_column(Boolean, default=False)


class ReviewAction(Base):
    """An analyst's decision on an incident or mention (confirm, correct, merge, split, reject, grade)."""

    __tablename__ = "review_actions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    action: Mapped[str] = mapped_column(String(30))
    incident_id: Mapped[str | None] = mapped_column(String(40), index=True)
    mention_id: Mapped[int | None] = mapped_column(Integer)
    payload: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    reason: Mapped[str | None] = mapped_column(Text)  # the analyst's why, required for a correction
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class AuditEntry(Base):
    """Append-only; each row's hash covers its content and the previous row's hash. ``signature`` is an
    HMAC of the hash under a key kept outside the database (``key_id`` names that key); it is empty on
    entries written before entries were signed."""

    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_entity", "entity_type", "entity_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    actor: Mapped[str] = mapped_column(String(100))  # username or "system"
    action: Mapped[str] = mapped_column(String(50))
    entity_type: Mapped[str] = mapped_column(String(30))
    entity_id: Mapped[str] = mapped_column(String(200))
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    after: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)
    signature: Mapped[str | None] = mapped_column(String(64))
    key_id: Mapped[str | None] = mapped_column(String(16))


class Meta(Base):
    """Small key/value facts about the store (secret key, last link run, versions)."""

    __tablename__ = "meta"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
