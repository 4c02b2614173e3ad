"""harmledger: a civilian-harm observatory.

The public API is re-exported here; everything in modules starting with ``_`` is private.
"""

from ._config import Settings, get_settings
from ._dates import parse_date_value
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
from .store import Store, open_store

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
