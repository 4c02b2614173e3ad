"""The store: SQLAlchemy models, the database connection and the blob store."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._lazy import lazy_exports

if TYPE_CHECKING:
    from .blobs import BlobStore, sha256_hex
    from .db import Store, open_store

__getattr__ = lazy_exports(__name__, {
    "BlobStore": ".blobs", "sha256_hex": ".blobs",
    "Store": ".db", "open_store": ".db",
})

__all__ = ["BlobStore", "Store", "open_store", "sha256_hex"]
