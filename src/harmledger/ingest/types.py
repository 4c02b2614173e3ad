"""The values ingest passes around: what a reader made of one input, and what became of it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Literal

from pydantic import BaseModel, Field

Status = Literal["added", "duplicate", "failed"]


@dataclass
class Parsed:
    """One document as read from its original, before it is stored."""

    body: str
    media_type: str
    title: str | None = None
    published: dt.date | None = None
    published_from: str | None = None  # metadata | dateline | option | corpus
    fallback_published: dt.date | None = None  # weak metadata, used when there is no dateline
    author: str | None = None
    source: str | None = None
    doc_id: str | None = None  # a corpus id; else the sha256 of the original
    language: str | None = None  # stated by a corpus record (ISO 639-1); else detected when stored
    meta: dict[str, Any] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)  # what reading changed ("bytes 10-11 are not UTF-8 ...")


@dataclass
class Item:
    """One original ready to store: its bytes, where it came from and what was read from it."""

    name: str  # how the user names it in messages: a path, URL or "corpus.jsonl:12"
    origin: str
    data: bytes
    parsed: Parsed


class IngestResult(BaseModel):
    """What became of one input (a file, a URL or one corpus record)."""

    input: str
    status: Status
    document_id: str | None = None
    error: str | None = None
    # Stored, but not exactly as given: undecodable bytes replaced, NUL characters removed (docs/ingest.md).
    warnings: list[str] = Field(default_factory=list)


class IngestReport(BaseModel):
    """Every result of one batch, in input order, with counts."""

    results: list[IngestResult] = Field(default_factory=list)

    def count(self, status: Status) -> int:
        return sum(1 for r in self.results if r.status == status)

    @property
    def added(self) -> int:
        return self.count("added")

    @property
    def duplicates(self) -> int:
        return self.count("duplicate")

    @property
    def failed(self) -> int:
        return self.count("failed")

    @property
    def ok(self) -> bool:
        return self.failed == 0

    def summary(self) -> str:
        return f"{self.added} added, {self.duplicates} already stored, {self.failed} failed"
