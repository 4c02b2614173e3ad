"""How GeoNames rows map to harmledger places (shared by the build script and the importer)."""

from __future__ import annotations

import re

# GeoNames feature codes worth geocoding to, by feature class. Populated places (P) are always kept.
_SPOT_TYPES = {"CMP": "camp", "CMPRF": "camp", "CMPQ": "camp", "HSP": "facility", "HSPC": "facility",
               "SCH": "facility", "MSQE": "facility", "AIRB": "facility", "AIRF": "facility", "AIRP": "facility",
               "DAM": "facility", "PS": "facility", "MKT": "facility", "CSTL": "facility", "PRN": "facility"}
_AREA_TYPES = {"AREA", "RGN", "PLN", "VAL", "MTS", "HLLS", "PLAT", "DPR", "OAS"}
_CODE_RE = re.compile(r"^[A-Z0-9]{2,5}$")
_ALLOWED_SCRIPT_RE = re.compile(r"^[\w\s\-'’‘`ʿʾ.()\u0600-\u06ff]+$")


def geonames_feature_type(feature_class: str, feature_code: str, population: int) -> str | None:
    """The harmledger feature type of a GeoNames row, or None for rows not worth geocoding to."""
    if feature_class == "P":
        if feature_code in {"PPLC", "PPLA"} or population >= 50_000:
            return "city"
        if feature_code == "PPLX":
            return "neighbourhood"
        if population >= 5_000 or feature_code == "PPLA2":
            return "town"
        return "village"
    if feature_class == "S":
        return _SPOT_TYPES.get(feature_code)
    if feature_class in {"L", "T"} and feature_code in _AREA_TYPES:
        return "region"
    return None


def keep_alternate_name(name: str) -> bool:
    """Latin and Arabic spellings only; no airport codes, other scripts or links."""
    name = name.strip()
    if len(name) < 3 or _CODE_RE.match(name) or name.startswith("http"):
        return False
    if not _ALLOWED_SCRIPT_RE.match(name):
        return False
    # All-lower-case Latin alternates ("alkramt", "tl hmys") are machine transliterations without
    # vowels; no report writes them, and they collide with real names.
    if name == name.lower() and any("a" <= ch <= "z" for ch in name):
        return False
    # Only Latin (with diacritics) or Arabic letters: Cyrillic, Greek, Hebrew, CJK are \w too.
    for ch in name:
        if ch.isalpha() and not ("\u0600" <= ch <= "\u06ff" or ch < "\u0250" or "\u1e00" <= ch <= "\u1eff"):
            return False
    return True
