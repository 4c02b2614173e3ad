"""Spelling-insensitive keys for first-order administrative units (governorates).

Reports and gazetteers spell governorates many ways ("Deir ez-Zor", "Dayr az Zawr", "deir ezzor",
"Idleb"/"Idlib"); the linker blocks on these keys and the publish filters match on them. The table
below holds the 14 Syrian governorates with their OCHA P-codes (OCHA COD-AB, CC BY-IGO) and common
transliterations; other countries fall back to the normalised spelling itself.
"""

from __future__ import annotations

import re
import unicodedata

# pcode -> spellings seen in reports and gazetteers (already lower-case; normalised at import).
_GOVERNORATES: dict[str, tuple[str, ...]] = {
    "SY01": ("damascus", "dimashq", "damascus city"),
    "SY02": ("aleppo", "halab"),
    "SY03": ("rural damascus", "damascus countryside", "rif dimashq", "reef dimashq", "rif dimashq governorate"),
    "SY04": ("homs", "hims"),
    "SY05": ("hama", "hamah"),
    "SY06": ("lattakia", "latakia", "al ladhiqiyah", "ladhiqiyah", "lattakiya"),
    "SY07": ("idleb", "idlib"),
    "SY08": ("al-hasakeh", "hasakeh", "hasaka", "al hasakah", "hassakeh", "hasakah"),
    "SY09": ("deir-ez-zor", "deir ez-zor", "deir ezzor", "deir al-zour", "dayr az zawr", "deir ez zor", "deir el-zour"),
    "SY10": ("tartous", "tartus"),
    "SY11": ("ar-raqqa", "raqqa", "al-raqqa", "raqqah", "ar raqqah"),
    "SY12": ("dar'a", "daraa", "deraa", "dara", "dar'a governorate"),
    "SY13": ("as-sweida", "sweida", "suwayda", "as suwayda", "al-suwayda", "sweida governorate"),
    "SY14": ("quneitra", "al qunaytirah", "qunaitra", "quneitra governorate"),
}

_PREFIX = re.compile(r"^(al|el|ar|as|ad|ash|az|an)(?=[a-z]{3})")
_SUFFIX = re.compile(r"(governorate|province|provinces)$")


def spelling_key(name: str) -> str:
    """Lower-case ASCII letters only, without a possessive, a leading Arabic article or a trailing "governorate"."""
    text = re.sub(r"['\u2019`]s\b", "", name)  # "Idlib's" is Idlib
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    text = re.sub(r"[^a-z]", "", text)
    text = _SUFFIX.sub("", text)
    return _PREFIX.sub("", text)


_BY_KEY: dict[str, str] = {}
for _pcode, _names in _GOVERNORATES.items():
    for _name in _names:
        _BY_KEY[spelling_key(_name)] = _pcode
# "Rural Damascus" must not collapse into "Damascus" once the words are squeezed together.
_BY_KEY[spelling_key("rural damascus")] = "SY03"


def admin1_pcode_for(name_or_pcode: str) -> str | None:
    """The P-code of a governorate given by name (any usual spelling) or P-code, else None."""
    value = name_or_pcode.strip()
    if re.fullmatch(r"[A-Za-z]{2}\d{2,}", value):
        return value.upper()
    return _BY_KEY.get(spelling_key(value))


def admin1_key(name: str | None, pcode: str | None) -> str | None:
    """The key mentions are blocked and compared on: the P-code when known, else the spelling key."""
    if pcode:
        return pcode.upper()
    if not name:
        return None
    return admin1_pcode_for(name) or spelling_key(name) or None


def admin1_spellings(pcode: str) -> tuple[str, ...]:
    """Known spellings of a governorate's name (empty for units outside the table)."""
    return _GOVERNORATES.get(pcode.upper(), ())
