"""Whether two gazetteer entries are one place, and folding the spellings of one into the other.

Sources spell the same village differently (GeoNames ``Ma`arrat an Nu`man``, UCDP ``Maarat al-Numaan``)
and place it a few hundred metres apart; the same name 30 km away is another village (Syria has
several Umm Jurn and Abu Hanaya). Two entries are one place when they are close AND their names
agree:

* the same skeleton (``normalise.skeleton``) for some pair of their names, within ``SAME_NAME_KM``;
* or a close spelling (rapidfuzz on the article-free light forms) within ``FUZZY_KM``.

Only point places take part (towns, villages, neighbourhoods, camps, facilities): administrative
units, regions and lines keep their own entries, and a village named like its district is the
district's seat, not the district. The build script (``scripts/build_gazetteer.py``) and the
importers (``importers.import_event_places``) both use this module, so a place is merged the same
way wherever it comes from.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable

from rapidfuzz import fuzz

from .gazetteer import GazPlace
from .normalise import is_arabic, normalise_name, skeleton, without_articles
from .ranking import distance_km

# Two points of one village in two sources are rarely more than a few km apart (a centre against a
# mosque or a crossroads); two villages of one name are rarely closer than 5 km.
SAME_NAME_KM = 5.0
# A spelling that only looks alike must be much closer: in dense countryside the next village, often
# with a name of the same pattern ("Kafr X"), is 3-4 km away.
FUZZY_KM = 2.0
# rapidfuzz ratio on the article-free light forms: "Tallbisah"/"Talbiseh", "Hreitan"/"Hraytan" pass,
# "Kafr Nabl"/"Kafr Naya" do not.
FUZZY_RATIO = 80.0
POINT_TYPES = frozenset({"city", "town", "village", "neighbourhood", "camp", "facility"})
# Grid cell of the lookup index, in degrees: larger than SAME_NAME_KM anywhere below 60° latitude.
_CELL = 0.1


def _point(place: GazPlace) -> tuple[float, float] | None:
    return (place.lat, place.lon) if place.lat is not None and place.lon is not None else None


def _latin_names(place: GazPlace) -> list[str]:
    return [n for n in [place.name, *place.alternate_names] if n and not is_arabic(n)]


def names_agree(a: GazPlace, b: GazPlace, *, fuzzy: bool) -> bool:
    """Whether some name of ``a`` and some name of ``b`` have one skeleton (or, with ``fuzzy``, are
    close spellings). Arabic names are compared by skeleton only: there a letter more is another name."""
    keys_a = {k for k in (skeleton(n) for n in a.all_names) if k}
    if any(skeleton(n) in keys_a for n in b.all_names):
        return True
    if not fuzzy:
        return False
    bare_a = {without_articles(n) for n in _latin_names(a)}
    for name in _latin_names(b):
        bare = without_articles(name)
        if len(bare) >= 4 and any(len(x) >= 4 and fuzz.ratio(bare, x) >= FUZZY_RATIO for x in bare_a):
            return True
    return False


def same_place(a: GazPlace, b: GazPlace) -> bool:
    """Whether two entries are one place (see the module docstring)."""
    if a.feature_type not in POINT_TYPES or b.feature_type not in POINT_TYPES:
        return False
    if a.country.upper() != b.country.upper():
        return False
    pa, pb = _point(a), _point(b)
    if pa is None or pb is None:
        return False
    km = distance_km(pa, pb)
    if km > SAME_NAME_KM:
        return False
    return names_agree(a, b, fuzzy=km <= FUZZY_KM)


def new_spellings(target: GazPlace, other: GazPlace) -> list[str]:
    """The names of ``other`` that ``target`` does not already spell (by light key)."""
    known = {normalise_name(n) for n in target.all_names}
    out: list[str] = []
    for name in [other.name, *other.alternate_names, *([other.name_ar] if other.name_ar else [])]:
        light = normalise_name(name)
        if light and light not in known:
            known.add(light)
            out.append(name)
    return out


def merge_into(target: GazPlace, other: GazPlace) -> list[str]:
    """Fold ``other`` into ``target``: its new spellings become alternate names (an Arabic name fills an
    empty ``name_ar``), and administrative units and population fill what ``target`` lacks. The
    target's point, type and name stay: it is the entry already known. Returns the names added."""
    added = new_spellings(target, other)
    for name in added:
        if is_arabic(name) and not target.name_ar:
            target.name_ar = name
        else:
            target.alternate_names.append(name)
    target.admin1 = target.admin1 or other.admin1
    target.admin2 = target.admin2 or other.admin2
    target.admin3 = target.admin3 or other.admin3
    target.admin1_name = target.admin1_name or other.admin1_name
    target.population = target.population or other.population
    target._names = None  # the cached spellings are stale now
    return added


class PlaceIndex:
    """Known point places, by grid cell, to find the entry a new one is the same place as."""

    def __init__(self, places: Iterable[GazPlace] = ()) -> None:
        self._cells: dict[tuple[int, int], list[GazPlace]] = defaultdict(list)
        for place in places:
            self.add(place)

    @staticmethod
    def _cell(lat: float, lon: float) -> tuple[int, int]:
        return math.floor(lat / _CELL), math.floor(lon / _CELL)

    def add(self, place: GazPlace) -> None:
        point = _point(place)
        if point is not None and place.feature_type in POINT_TYPES:
            self._cells[self._cell(*point)].append(place)

    def find(self, place: GazPlace) -> GazPlace | None:
        """The known entry that is the same place as ``place``: one with the same skeleton before a
        fuzzy one, then the nearest; None when there is none."""
        point = _point(place)
        if point is None or place.feature_type not in POINT_TYPES:
            return None
        row, col = self._cell(*point)
        best: tuple[int, float, GazPlace] | None = None
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                for known in self._cells.get((row + dr, col + dc), ()):
                    if known is place or not same_place(known, place):
                        continue
                    exact = 0 if names_agree(known, place, fuzzy=False) else 1
                    km = distance_km(point, (known.lat, known.lon))  # type: ignore[arg-type]
                    if best is None or (exact, km) < best[:2]:
                        best = (exact, km, known)
        return best[2] if best else None
