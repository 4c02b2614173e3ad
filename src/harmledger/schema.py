"""Pydantic models at the boundaries: the extraction output of docs/contract.md section 2.

These are what `harmledger extract` prints, what `process` stores and what the linker reads.
Field names and shapes are a public contract (docs/contract.md section 2): change them only compatibly.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class Span(BaseModel):
    """Python string offsets into the document text; ``text == document_text[start:end]``."""

    model_config = ConfigDict(frozen=True)
    start: int
    end: int
    text: str


DatePrecision = Literal["day", "week", "month", "year", "period"]
PlaceRole = Literal["event", "near", "area"]
ActorRole = Literal["perpetrator", "supporter", "target", "source"]
MentionKind = Literal["incident", "aggregate"]


class DateValue(BaseModel):
    start: str | None = None  # YYYY-MM-DD
    end: str | None = None
    precision: DatePrecision = "day"
    evidence: list[Span] = Field(default_factory=list)


class ResolvedPlace(BaseModel):
    """A gazetteer entry a place name resolved to. ``precision`` is UCDP's where_prec (1..6)."""

    place_id: str
    name: str
    lat: float | None
    lon: float | None
    admin1: str | None = None
    admin1_pcode: str | None = None
    admin2: str | None = None
    country: str | None = "SY"
    precision: int = 1
    # Extension (additive): on an area place, the name of the place in it that the gazetteer lacks ("Qah"
    # in "the village of Qah in rural Idlib"), so that it can be shown as "Qah (Idlib, precision 4)". Left
    # out of the JSON when None, so every other place keeps exactly the keys of docs/contract.md section 2.
    unmatched_name: str | None = Field(default=None, exclude_if=lambda value: value is None)


class PlaceRef(BaseModel):
    name: str
    role: PlaceRole = "event"
    resolved: ResolvedPlace | None = None
    evidence: list[Span] = Field(default_factory=list)


class ActorRef(BaseModel):
    code: str
    role: ActorRole = "perpetrator"
    evidence: list[Span] = Field(default_factory=list)


class CodeRef(BaseModel):
    code: str
    evidence: list[Span] = Field(default_factory=list)


class Count(BaseModel):
    low: int | None = None
    high: int | None = None
    civilians: int | None = None
    children: int | None = None
    women: int | None = None
    evidence: list[Span] = Field(default_factory=list)


class Casualties(BaseModel):
    killed: Count | None = None
    injured: Count | None = None


class AttackCount(BaseModel):
    """How many attacks an aggregate counts ("184 attacks since 2011"); an extension of docs/contract.md section 2."""

    low: int | None = None
    high: int | None = None
    evidence: list[Span] = Field(default_factory=list)


class Attribution(BaseModel):
    name: str
    evidence: list[Span] = Field(default_factory=list)


class LegalRef(BaseModel):
    ref: str
    evidence: list[Span] = Field(default_factory=list)


class Mention(BaseModel):
    kind: MentionKind = "incident"
    date: DateValue | None = None
    places: list[PlaceRef] = Field(default_factory=list)
    actors: list[ActorRef] = Field(default_factory=list)
    weapons: list[CodeRef] = Field(default_factory=list)
    targets: list[CodeRef] = Field(default_factory=list)
    casualties: Casualties = Field(default_factory=Casualties)
    attribution: list[Attribution] = Field(default_factory=list)
    legal: list[LegalRef] = Field(default_factory=list)
    confidence: float = 0.0
    # Extension (additive): the number of attacks an aggregate counts. Left out of the JSON when there is
    # none, so mentions without it keep exactly the keys of docs/contract.md section 2.
    attacks: AttackCount | None = Field(default=None, exclude_if=lambda value: value is None)


class DocumentExtraction(BaseModel):
    id: str
    title: str | None = None
    published: str | None = None
    text_sha256: str
    primary: int | None = None
    mentions: list[Mention] = Field(default_factory=list)
