"""FastAPI dependencies: the store's session, settings, paging."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Query, Request
from pydantic import BaseModel
from sqlalchemy.orm import Session

from .._config import Settings
from ..store.db import Store
from .security import hides_restricted


def get_store(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


def get_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


def db_session(request: Request) -> Iterator[Session]:
    """One transaction per request: committed when the handler returns, rolled back on any error."""
    with get_store(request).session() as session:
        yield session


def is_public(request: Request) -> bool:
    """Whether this server is the read-only public view."""
    return bool(request.app.state.settings.public_mode)


def hide_restricted(request: Request, session: Annotated[Session, Depends(db_session)]) -> bool:
    """Whether this answer leaves restricted material out: in the public view, and for anonymous readers
    (the request's store session is shared with the handler: FastAPI caches the dependency per request)."""
    return hides_restricted(request, session)


class Paging(BaseModel):
    limit: int
    offset: int


def paging(
    limit: Annotated[int, Query(ge=1, le=500, description="Items per page (1-500).")] = 50,
    offset: Annotated[int, Query(ge=0, description="Items to skip.")] = 0,
) -> Paging:
    return Paging(limit=limit, offset=offset)


DbSession = Annotated[Session, Depends(db_session)]
PagingDep = Annotated[Paging, Depends(paging)]
# True when restricted material is hidden from this request (public view, or nobody logged in).
Public = Annotated[bool, Depends(hide_restricted)]
