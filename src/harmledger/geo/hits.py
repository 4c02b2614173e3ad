"""What reading a document yields (``PlaceHit``) and what it needs of the geocoder (``NameResolver``)."""

from __future__ import annotations

from typing import Protocol

from pydantic import BaseModel, ConfigDict

from ..schema import ResolvedPlace
from .expressions import Framing, Role
from .gazetteer import Gazetteer, GazPlace
from .matcher import NameMatcher
from .ranking import Context
from .variants import VariantMatcher


class PlaceHit(BaseModel):
    """One place expression in a document. ``text == document[start:end]``; ``name`` is the place's name
    as written, without framing words such as "rural" or "countryside of"."""

    model_config = ConfigDict(frozen=True)
    start: int
    end: int
    text: str
    name: str
    resolved: ResolvedPlace | None
    role: Role
    feature_type: str | None


class NameResolver(Protocol):
    """What reading a document (``harmledger.geo.document``) needs of the geocoder: the geocoder calls
    the reader for ``find_places``, so the reader names what it uses instead of importing it back."""

    gazetteer: Gazetteer

    @property
    def matcher(self) -> NameMatcher: ...

    @property
    def variants(self) -> VariantMatcher: ...

    def governorate(self, pcode: str | None) -> GazPlace | None: ...

    def candidates(self, name: str) -> list[GazPlace]: ...

    def resolve_candidates(
        self, cands: list[GazPlace], surface: str, framing: Framing, ctx: Context,
        cache: dict[tuple[str, int], ResolvedPlace] | None = None,
    ) -> ResolvedPlace | None: ...
