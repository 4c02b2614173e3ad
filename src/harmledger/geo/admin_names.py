"""The one table of Syria's governorate names, and the two ways of comparing them.

The names live in ``data/admin1_names.tsv`` (OCHA's names from ``data/admin1.geojson`` as the base, plus
the spellings reports use; how to add one is in its header and in docs/geo.md). The geocoder's
``--within``, the linker's areas, the incident filters of ``stats``, ``export`` and the API, and the
statistics' buckets all resolve governorate names here, so a spelling accepted by one is accepted by all.

Two answers are kept apart on purpose:

- ``admin1_pcode(name)`` says which unit a name *is*: ``Rural Damascus`` is SY03 and ``Damascus`` SY01.
  Resolving, filtering, blocking and counting use it.
- ``admin1_key(name)`` is the evaluation key of docs/contract.md section 4, for comparing with FA-KES labels only:
  there ``Rural Damascus`` and ``Damascus`` are both ``damascus``. Never filter or count with it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .._errors import GazetteerError, HarmledgerError
from .normalise import normalise_name, without_articles

DATA_FILE = Path(__file__).parent / "data" / "admin1_names.tsv"
_KINDS = frozenset({"display", "ocha", "ar", "alt", "key"})
_PCODE_RE = re.compile(r"(?i)sy\d{2}")
_POSSESSIVE_RE = re.compile(r"['’]s\b")  # "Idlib's countryside" is Idlib's
# Words for the kind of unit, not which one: "Homs Governorate", "Idlib province", "محافظة إدلب".
_UNIT_NOUNS = frozenset({"governorate", "governorates", "province", "provinces", "muhafazat", "muhafaza",
                         "muhafazah", normalise_name("محافظة")})
# Words for a unit's countryside: "rural Hama", "the countryside of Hama", "ريف إدلب" mean the governorate...
_COUNTRYSIDE = frozenset({"rural", "countryside", "suburbs", "reef", "rif", normalise_name("ريف")})
_FILLERS = frozenset({"the", "of"})
# ...except around a city that is a governorate of its own: the countryside of Damascus is Rural Damascus.
_COUNTRYSIDE_OF = {"SY01": "SY03"}


class UnknownAdminUnitError(HarmledgerError):
    """A governorate name or P-code that matches no known unit. ``values`` are the ones not known."""

    code = "E051"

    def __init__(self, values: Iterable[str], *, also: str = "") -> None:
        self.values = tuple(values)
        names = ", ".join(admin1_name(p) for p in admin1_pcodes())
        quoted = ", ".join(repr(v) for v in self.values)
        plural = "s" if len(self.values) > 1 else ""
        super().__init__(
            f"unknown governorate{plural} {quoted}; use one of {names} (any usual spelling, or in Arabic) "
            f"or their P-codes {admin1_pcodes()[0]}-{admin1_pcodes()[-1]}{also}"
        )


@dataclass(frozen=True)
class _Table:
    display: dict[str, str]  # pcode -> the name harmledger writes
    spellings: dict[str, tuple[str, ...]]  # pcode -> every accepted name, display first
    keys: dict[str, str]  # pcode -> evaluation key (docs/contract.md section 4)
    index: dict[str, str]  # spelling_key -> pcode


def _words(name: str) -> list[str]:
    """The light-key words of a name without articles, a possessive or a unit noun."""
    return [w for w in without_articles(_POSSESSIVE_RE.sub("", name)).split() if w not in _UNIT_NOUNS]


@lru_cache(maxsize=200_000)
def spelling_key(name: str) -> str:
    """The key names are matched on: case, diacritics, hyphens, apostrophes, spaces and Arabic articles
    folded, a possessive and the words governorate/province dropped (``Al-Hasakeh`` = ``hasakeh``,
    ``Deir ez-Zor`` = ``Deir Ezzor`` = ``deirzor``). The linker keys any place name with it too."""
    return "".join(_words(name))


@lru_cache(maxsize=1)
def _table() -> _Table:
    rows: list[tuple[str, str, str]] = []
    for lineno, line in enumerate(DATA_FILE.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = [p.strip() for p in line.split("\t")]
        if len(parts) != 3 or parts[1] not in _KINDS or not _PCODE_RE.fullmatch(parts[0]):
            raise GazetteerError(f"{DATA_FILE.name}:{lineno}: expected P-code<TAB>kind<TAB>name with a kind of "
                                 f"{', '.join(sorted(_KINDS))}; fix the line")
        rows.append((parts[0].upper(), parts[1], parts[2]))
    display = {p: n for p, kind, n in rows if kind == "display"}
    keys = {p: n for p, kind, n in rows if kind == "key"}
    spellings: dict[str, tuple[str, ...]] = {}
    index: dict[str, str] = {}
    for pcode in display:
        names = [display[pcode]] + [n for p, kind, n in rows if p == pcode and kind not in {"display", "key"}]
        spellings[pcode] = tuple(dict.fromkeys(names))
        for name in names:
            key = spelling_key(name)
            if index.get(key, pcode) != pcode:
                raise GazetteerError(f"{DATA_FILE.name}: {name!r} spells both {index[key]} and {pcode}; "
                                     "remove one of the two lines")
            index[key] = pcode
    missing = {p for p, _, _ in rows} - (display.keys() & keys.keys())
    if missing:
        raise GazetteerError(f"{DATA_FILE.name}: {', '.join(sorted(missing))} need one display and one key line")
    return _Table(display=display, spellings=spellings, keys=keys, index=index)


def admin1_pcodes() -> tuple[str, ...]:
    """The P-codes of the table, in order (SY01 ... SY14)."""
    return tuple(sorted(_table().display))


@lru_cache(maxsize=50_000)
def admin1_pcode(name_or_pcode: str) -> str | None:
    """The P-code of the governorate a name spells (any spelling of the table, Arabic, or the P-code
    itself), else None. ``Rural Damascus`` is SY03 and ``Damascus`` SY01; ``rural Hama``, ``Idlib
    province`` and ``the countryside of Damascus`` name their governorates (the last is SY03)."""
    table = _table()
    value = name_or_pcode.strip()
    if _PCODE_RE.fullmatch(value):
        return value.upper() if value.upper() in table.display else None
    words = _words(value)
    found = table.index.get("".join(words))
    if found is not None:
        return found
    core = [w for w in words if w not in _COUNTRYSIDE | _FILLERS]
    if not core or len(core) == len(words):
        return None
    found = table.index.get("".join(core))
    if found is not None and any(w in _COUNTRYSIDE for w in words):
        found = _COUNTRYSIDE_OF.get(found, found)
    return found


def admin1_name(pcode: str) -> str:
    """The name harmledger writes for a governorate (``SY07`` -> ``Idlib``); a name in any spelling
    gives the same. Raises UnknownAdminUnitError for anything else."""
    found = admin1_pcode(pcode)
    if found is None:
        raise UnknownAdminUnitError([pcode])
    return _table().display[found]


def spellings(pcode: str) -> tuple[str, ...]:
    """Every accepted name of a governorate, its display name first; empty for a P-code not in the table."""
    return _table().spellings.get(pcode.strip().upper(), ())


def admin1_key(name: str) -> str:
    """The evaluation key of docs/contract.md section 4 (FA-KES comparison): ``Deir ez-Zor`` -> ``deir ezzor``,
    ``Al-Hasakeh`` -> ``hasakeh``, and both ``Rural Damascus`` and ``Damascus`` -> ``damascus``. Other
    names get their ``normalise_name``. Use ``admin1_pcode`` to tell units apart."""
    pcode = admin1_pcode(name)
    return _table().keys[pcode] if pcode is not None else normalise_name(name)


def area_key(name: str | None, pcode: str | None) -> str | None:
    """The governorate a mention is blocked, compared and filtered on (the linker, the claims list): its
    P-code when known, else the P-code its name spells, else the spelling key of the name (a unit outside
    the table, another country's); None without either. Not the FA-KES evaluation key (``admin1_key``),
    which merges Rural Damascus into Damascus."""
    if pcode:
        return pcode.strip().upper()
    if not name:
        return None
    return admin1_pcode(name) or spelling_key(name) or None
