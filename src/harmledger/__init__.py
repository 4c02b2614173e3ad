"""harmledger: a civilian-harm observatory.

The public API is re-exported here; everything in modules starting with ``_`` is private.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._errors import (
    AuditError,
    ConfigError,
    DateValueError,
    EmptyInputError,
    EncryptedInputError,
    ExtractionError,
    FetchError,
    GazetteerError,
    HarmledgerError,
    InputError,
    InputTooLargeError,
    LinkError,
    MislabelledInputError,
    NotFoundError,
    NotInitialisedError,
    PermissionDeniedError,
    ReviewError,
    StoreError,
    UnreadableInputError,
)
from ._lazy import lazy_exports

if TYPE_CHECKING:
    from ._config import Settings, get_settings
    from ._dates import parse_date_value
    from .store import Store, open_store

# The settings and the store load on first use: `import harmledger` (and so every command's start) must
# not pay for pydantic-settings and SQLAlchemy's ORM before it needs them.
__getattr__ = lazy_exports(__name__, {
    "Settings": "._config", "get_settings": "._config",
    "parse_date_value": "._dates",
    "Store": ".store", "open_store": ".store",
})

__version__ = "0.1.0"

__all__ = [
    "AuditError",
    "ConfigError",
    "DateValueError",
    "EmptyInputError",
    "EncryptedInputError",
    "ExtractionError",
    "FetchError",
    "GazetteerError",
    "HarmledgerError",
    "InputError",
    "InputTooLargeError",
    "LinkError",
    "MislabelledInputError",
    "NotFoundError",
    "NotInitialisedError",
    "PermissionDeniedError",
    "ReviewError",
    "Settings",
    "Store",
    "StoreError",
    "UnreadableInputError",
    "__version__",
    "get_settings",
    "open_store",
    "parse_date_value",
]
