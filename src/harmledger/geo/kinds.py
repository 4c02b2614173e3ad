"""Names the gazetteer, its importers and the `harmledger gazetteer` commands share: kinds of place and
import formats. Nothing is imported here, so that building the command line's help costs nothing."""

from __future__ import annotations

FEATURE_TYPES = ("country", "line", "region", "governorate", "district", "sub-district", "city", "town",
                 "village", "neighbourhood", "camp", "facility")
# `harmledger gazetteer import FORMAT`: place tables, then the event datasets whose places are read.
FORMATS = ("geonames", "ocha", "csv", "ucdp", "acled")
