"""The store: SQLAlchemy models, the database connection and the blob store."""

from .blobs import BlobStore, sha256_hex
from .db import Store, open_store

__all__ = ["BlobStore", "Store", "open_store", "sha256_hex"]
