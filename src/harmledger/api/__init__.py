"""The HTTP API (FastAPI) and the application server behind `harmledger serve`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._lazy import lazy_exports

if TYPE_CHECKING:
    from .app import create_app

__getattr__ = lazy_exports(__name__, {"create_app": ".app"})

__all__ = ["create_app"]
