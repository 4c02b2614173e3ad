"""The same-place test and the merge shared by the build script and the UCDP/ACLED importers."""

from __future__ import annotations

from harmledger.geo import GazPlace
from harmledger.geo.merging import PlaceIndex, merge_into, new_spellings, same_place

# 0.01 degree of latitude is about 1.1 km.
KM = 1 / 111.2


def _p(name: str, lat: float, lon: float = 36.6, *, alts: list[str] | None = None, kind: str = "village",
       country: str = "SY", pid: str | None = None, name_ar: str | None = None) -> GazPlace:
    return GazPlace(id=pid or f"t:{name}:{lat}", name=name, feature_type=kind, lat=lat, lon=lon,
                    alternate_names=list(alts or []), country=country, name_ar=name_ar)


def test_same_skeleton_within_5_km_is_one_place_and_30_km_apart_two() -> None:
    known = _p("Ma'arrat an Nu'man", 35.65)
    assert same_place(known, _p("Maarat al-Numaan", 35.65 + 4 * KM))
    assert not same_place(known, _p("Maarat al-Numaan", 35.65 + 6 * KM))
    assert not same_place(_p("Umm Jurn", 36.0), _p("Umm Jurn", 36.0 + 30 * KM))


def test_a_close_spelling_needs_to_be_within_2_km() -> None:
    known = _p("Kafr Hamra", 36.25)
    assert same_place(known, _p("Kafr Hamrat", 36.25 + 1.5 * KM))  # skeletons differ; rapidfuzz >= 80
    assert not same_place(known, _p("Kafr Hamrat", 36.25 + 3 * KM))
    # Another village of the same pattern next door is another place.
    assert not same_place(_p("Kafr Nabl", 35.6), _p("Kafr Naya", 35.6 + 1 * KM))


def test_only_point_places_of_one_country_merge() -> None:
    town = _p("Harim", 36.2)
    assert not same_place(_p("Harim", 36.2, kind="district"), town)
    assert not same_place(_p("Golan", 33.0, kind="region"), _p("Golan", 33.0))
    assert not same_place(_p("Tishrine", 36.2, country="IQ"), _p("Tishrine", 36.2))
    assert not same_place(_p("Nowhere", 36.2), GazPlace(id="x", name="Nowhere", feature_type="village", lat=None, lon=None))


def test_merge_adds_new_spellings_only_and_keeps_the_known_entry() -> None:
    known = _p("Saraqib", 35.86, alts=["Saraqeb"], pid="geonames:1")
    other = _p("Saraqueb", 35.861, alts=["Saraqib", "SARAQEB", "Sraqib"], name_ar="سراقب")
    assert new_spellings(known, other) == ["Saraqueb", "Sraqib", "سراقب"]
    assert merge_into(known, other) == ["Saraqueb", "Sraqib", "سراقب"]
    assert (known.id, known.name, known.lat, known.name_ar) == ("geonames:1", "Saraqib", 35.86, "سراقب")
    assert known.alternate_names == ["Saraqeb", "Saraqueb", "Sraqib"]
    assert "Sraqib" in known.all_names  # the cached spellings were refreshed
    assert merge_into(known, other) == []  # again: nothing new


def test_index_finds_the_same_place_skeleton_first_then_nearest() -> None:
    exact = _p("Kafr Hamra", 36.25, pid="exact")
    fuzzy = _p("Kafr Hamrah al Jadida", 36.25 + 0.2 * KM, pid="fuzzy")
    far = _p("Kafr Hamra", 36.25 + 40 * KM, pid="far")
    region = _p("Kafr Hamra", 36.25, kind="region", pid="region")
    index = PlaceIndex([fuzzy, far, region, exact])
    found = index.find(_p("Kafar Hamra", 36.25 + 0.5 * KM))
    assert found is not None and found.id == "exact"
    assert index.find(_p("Kafar Hamra", 36.25 + 20 * KM)) is None
    # Cells are 0.1 degree: a neighbour across a cell border is still found.
    border = _p("Qah", 36.2999, pid="qah")
    index.add(border)
    assert index.find(_p("Qah", 36.3001)) is border
