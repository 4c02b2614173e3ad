"""The shipped gazetteer files: present, readable, small, attributed, and point-in-polygon works."""

from __future__ import annotations

import json

from harmledger.geo import load_shipped
from harmledger.geo.admin import DATA_DIR, shipped_admin_index


def test_shipped_files_are_there_small_and_attributed() -> None:
    names = {p.name for p in DATA_DIR.iterdir()}
    assert {"places.json.gz", "admin1.geojson", "admin2.geojson", "admin3.geojson.gz", "country.geojson", "README.md"} <= names
    assert sum(p.stat().st_size for p in DATA_DIR.iterdir()) < 3_000_000
    readme = (DATA_DIR / "README.md").read_text(encoding="utf-8")
    assert "CC BY-IGO" in readme and "CC BY 4.0" in readme and "GeoNames" in readme and "OCHA" in readme


def test_admin_geojson_for_the_map() -> None:
    admin1 = json.loads((DATA_DIR / "admin1.geojson").read_text(encoding="utf-8"))
    admin2 = json.loads((DATA_DIR / "admin2.geojson").read_text(encoding="utf-8"))
    country = json.loads((DATA_DIR / "country.geojson").read_text(encoding="utf-8"))
    assert len(admin1["features"]) == 14 and len(admin2["features"]) == 62 and len(country["features"]) == 1
    displays = {f["properties"]["PCODE"]: f["properties"]["NAME_DISPLAY"] for f in admin1["features"]}
    assert displays["SY07"] == "Idlib" and displays["SY03"] == "Rural Damascus"


def test_every_place_has_its_admin_units() -> None:
    gaz = load_shipped()
    points = [p for p in gaz.places if p.feature_type in {"city", "town", "village", "neighbourhood"}]
    assert len(points) > 600
    assert all(p.admin1 and p.admin2 and p.admin3 for p in points)
    assert gaz.admin_name("SY0703") == "Harim"


def test_point_in_polygon() -> None:
    index = shipped_admin_index()
    assert index.locate(35.93, 36.63)[0] == "SY07"  # type: ignore[index]  # Idlib city
    assert index.locate(35.52, 35.77)[0] == "SY06"  # type: ignore[index]  # Latakia, on the simplified coast
    assert index.locate(31.95, 35.93) is None  # Amman


def test_ucdp_places_are_shipped_attributed_merged_and_small() -> None:
    readme = (DATA_DIR / "README.md").read_text(encoding="utf-8")
    assert "UCDP" in readme and "Sundberg" in readme and "Högbladh" in readme
    assert (DATA_DIR / "places.json.gz").stat().st_size < 150_000
    gaz = load_shipped()
    ucdp = [p for p in gaz.places if p.id.startswith("ucdp:")]
    assert len(ucdp) > 600
    assert all(p.admin1 and p.admin2 and p.admin3 and p.lat is not None for p in ucdp)
    # Villages cities500 lacks, where attacks happened...
    assert gaz.by_light["kafr hamrah"] and gaz.by_light["khan tuman"]
    # ...and UCDP's spellings of places already known, as alternate names of the known entry.
    marea = gaz.by_id["geonames:167245"]  # GeoNames' Mari', UCDP's Marea town
    assert "Marea" in marea.alternate_names
    assert not any(p.name == "Marea" for p in ucdp)
    # Areas and regions are not points: "Wadi Barada area" is the region, "Eastern Ghouta" no village.
    assert {p.feature_type for p in gaz.by_light["wadi barada"]} == {"region"}
    assert all(p.feature_type == "region" for p in gaz.by_light["eastern ghouta"])
