"""The export formats, shared by the library (``exports``) and `harmledger export`. Nothing is imported
here, so that building the command line's help costs nothing."""

from __future__ import annotations

from typing import Literal, get_args

Format = Literal["acled", "ucdp", "geojson", "jsonl", "csv"]
FORMATS: tuple[str, ...] = get_args(Format)
