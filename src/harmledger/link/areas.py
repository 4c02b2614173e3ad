"""The area key the linker blocks and compares mentions on.

Governorate names resolve through the one table of ``harmledger.geo.admin_names`` (the same one the
geocoder and the publish filters use), so "Deir ez-Zor", "Dayr az Zawr" and "SY09" are one area, and
"Rural Damascus" (SY03) is never Damascus (SY01). Units outside the table (other countries) fall back to
the spelling key of their name.
"""

from __future__ import annotations

from ..geo.admin_names import admin1_pcode, spelling_key

__all__ = ["area_key", "spelling_key"]


def area_key(name: str | None, pcode: str | None) -> str | None:
    """The governorate a mention is blocked and compared on: its P-code when known, else the P-code its name
    spells, else the spelling key of the name; None without either. Not the FA-KES evaluation key
    (``harmledger.geo.admin_names.admin1_key``), which merges Rural Damascus into Damascus."""
    if pcode:
        return pcode.strip().upper()
    if not name:
        return None
    return admin1_pcode(name) or spelling_key(name) or None


