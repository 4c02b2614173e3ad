"""/api/health: whether the server is up and can reach its database (for start-up checks and monitors)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from ... import __version__
from ...store.db import Store, store_error

router = APIRouter(prefix="/api", tags=["health"])


@router.get("/health", summary="Whether the server is up and its database answers")
def health(request: Request) -> dict[str, Any]:
    """``{"ok": true, "version": ...}``; 503 (``unavailable``) when the database does not answer."""
    store: Store = request.app.state.store
    try:
        with store.engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except SQLAlchemyError as exc:
        raise store_error(exc) from exc
    return {"ok": True, "version": __version__}
