"""The export formats, the statistics' breakdowns and periods, shared by the library (``exports``,
``stats``) and `harmledger export` / `harmledger stats`. Nothing is imported here, so that building the
command line's help costs nothing."""

from __future__ import annotations

from typing import Literal, get_args

Format = Literal["acled", "ucdp", "geojson", "jsonl", "csv"]
FORMATS: tuple[str, ...] = get_args(Format)

PERIODS = ("day", "week", "month", "quarter", "year")
BREAKDOWNS = ("period", "admin1", "weapon", "perpetrator", "target")
