"""The HTTP API (FastAPI) and the application server behind `harmledger serve`."""

from .app import create_app

__all__ = ["create_app"]
