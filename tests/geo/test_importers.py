"""Importers on small files in each layout, and stored places used by the geocoder."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from harmledger._errors import GazetteerError
from harmledger.geo import get_geocoder
from harmledger.geo.importers import read_csv, read_geonames, read_ocha, read_places
from harmledger.geo.store_places import load_store_places, save_places
from harmledger.store import Store

# Two GeoNames rows in the dump layout (19 tab-separated columns); a hill that is not geocoded to.
GEONAMES = (
    "9990001\tKafr Jalis\tKafr Jalis\tKafr Jales,Kfar Jalis,كفر جالس,Кафр\t35.951\t36.691\tP\tPPL\tSY\t\t07\t\t\t\t0\t\t310\tAsia/Damascus\t2020-01-01\n"
    "9990002\tTall Hill\tTall Hill\t\t35.9\t36.7\tT\tHLL\tSY\t\t07\t\t\t\t0\t\t300\tAsia/Damascus\t2020-01-01\n"
)
OCHA_PPL = (
    "ADM4_PCODE,ADM4_EN,ADM4_AR,ADM3_PCODE,ADM2_PCODE,ADM1_PCODE,Latitude,Longitude\n"
    "C9001,Qah,قاح,SY070303,SY0703,SY07,36.2902,36.7197\n"
)
OCHA_ADMIN = "level,pcode,name_en,name_ar,lat,lon\n3,SY079999,Test Nahiya,ناحية,35.9,36.6\n"
CSV = "name,lat,lon,admin1,alternate_names\nMaram,36.22,36.70,Idlib,Maram camp;Mukhayyam Maram\n"


def _write(tmp_path: Path, name: str, content: str) -> Path:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    return path


def test_read_geonames_layout_and_zip(tmp_path: Path) -> None:
    places = list(read_geonames(_write(tmp_path, "SY.txt", GEONAMES)))
    assert [p.id for p in places] == ["geonames:9990001"]  # the hill is skipped
    kafr = places[0]
    assert kafr.feature_type == "village" and kafr.name_ar == "كفر جالس"
    assert "Kafr Jales" in kafr.alternate_names and "Кафр" not in kafr.alternate_names
    with zipfile.ZipFile(tmp_path / "SY.zip", "w") as zf:
        zf.writestr("readme.txt", "GeoNames readme")
        zf.writestr("SY.txt", GEONAMES)
    assert [p.id for p in read_geonames(tmp_path / "SY.zip")] == ["geonames:9990001"]


def test_read_ocha_populated_places_and_admin_tables(tmp_path: Path) -> None:
    (qah,) = read_ocha(_write(tmp_path, "ppl.csv", OCHA_PPL))
    assert (qah.id, qah.name, qah.name_ar, qah.admin1, qah.feature_type) == ("ocha:C9001", "Qah", "قاح", "SY07", "village")
    (unit,) = read_ocha(_write(tmp_path, "adm.csv", OCHA_ADMIN))
    assert unit.feature_type == "sub-district"


def test_read_csv(tmp_path: Path) -> None:
    (maram,) = read_csv(_write(tmp_path, "p.csv", CSV))
    assert maram.admin1 == "SY07" and maram.alternate_names == ["Maram camp", "Mukhayyam Maram"]


def test_bad_files_raise_gazetteer_errors(tmp_path: Path) -> None:
    with pytest.raises(GazetteerError, match="19 tab-separated"):
        list(read_geonames(_write(tmp_path, "bad.txt", "a\tb\n")))
    with pytest.raises(GazetteerError, match="P-code"):
        list(read_ocha(_write(tmp_path, "bad.csv", "foo,bar\n1,2\n")))
    with pytest.raises(GazetteerError, match="lat"):
        list(read_csv(_write(tmp_path, "bad2.csv", "name,lat,lon\nQah,x,36.7\n")))
    with pytest.raises(GazetteerError, match="no such file"):
        list(read_places("csv", tmp_path / "missing.csv"))
    with pytest.raises(GazetteerError, match="unknown gazetteer format"):
        list(read_places("kml", tmp_path / "x"))


def test_stored_places_get_admin_units_and_are_geocoded(store: Store, tmp_path: Path) -> None:
    assert get_geocoder(store).geocode("Kafr Jalis") is None
    save_places(store, read_geonames(_write(tmp_path, "SY.txt", GEONAMES)))
    save_places(store, read_csv(_write(tmp_path, "p.csv", CSV)))
    stored = {p.id: p for p in load_store_places(store)}
    kafr = stored["geonames:9990001"]
    # Point-in-polygon gave the imported village its governorate, district and sub-district.
    assert kafr.admin1 == "SY07" and kafr.admin2 and kafr.admin3 and kafr.admin3.startswith(kafr.admin2)
    gc = get_geocoder(store)
    hit = gc.geocode("Kfar Jalis")
    assert hit is not None and hit.place_id == "geonames:9990001" and hit.admin1 == "Idlib"
    maram = gc.geocode("Maram camp")
    assert maram is not None and maram.name == "Maram" and maram.place_id.startswith("csv:")
    # The shipped-only geocoder is untouched.
    assert get_geocoder().geocode("Kafr Jalis") is None


def test_reimport_updates_in_place(sqlite_store: Store, tmp_path: Path) -> None:
    path = _write(tmp_path, "SY.txt", GEONAMES)
    save_places(sqlite_store, read_geonames(path))
    save_places(sqlite_store, read_geonames(path))
    assert len(load_store_places(sqlite_store)) == 1


def test_uninitialised_store_adds_nothing(tmp_path: Path) -> None:
    store = Store(f"sqlite:///{tmp_path / 'empty.sqlite'}")
    assert load_store_places(store) == []
    assert get_geocoder(store).geocode("Saraqib") is not None


def test_store_geocoder_sees_later_changes(sqlite_store: Store, tmp_path: Path) -> None:
    path = _write(tmp_path, "p.csv", "id,name,lat,lon,admin1\nq1,Qah,36.29,36.72,Idlib\n")
    save_places(sqlite_store, read_csv(path))
    assert get_geocoder(sqlite_store).geocode("Qah").lat == 36.29  # type: ignore[union-attr]
    _write(tmp_path, "p.csv", "id,name,lat,lon,admin1\nq1,Qah,36.30,36.72,Idlib\n")
    save_places(sqlite_store, read_csv(path))
    assert get_geocoder(sqlite_store).geocode("Qah").lat == 36.30  # type: ignore[union-attr]


def _gn(gid: int, name: str, lat: float, lon: float, fclass: str, fcode: str, admin1: str, pop: int = 0,
        alts: str = "") -> str:
    return f"{gid}\t{name}\t{name}\t{alts}\t{lat}\t{lon}\t{fclass}\t{fcode}\tIQ\t\t{admin1}\t\t\t\t{pop}\t\t40\tAsia/Baghdad\t2020-01-01\n"


# A small Iraq dump in GeoNames' layout: two ADM1 rows (one after its towns), towns, and a town whose
# admin1 has no ADM1 row in the file. "Tishrine" is also the name of several Syrian places.
IRAQ = (
    _gn(8880001, "Baghdad", 33.34, 44.40, "P", "PPLC", "07", 7_000_000)
    + _gn(8880002, "Tishrine", 30.60, 47.70, "P", "PPL", "02", 800)
    + _gn(8880003, "Abu Ghraib", 33.29, 44.06, "P", "PPLA2", "07", 90_000)
    + _gn(8880004, "Muhafazat Baghdad", 33.30, 44.35, "A", "ADM1", "07", alts="Baghdad Governorate,Baghdad")
    + _gn(8880005, "Muhafazat al Basrah", 30.50, 47.60, "A", "ADM1", "02", alts="Basra Governorate,Basra")
    + _gn(8880006, "Qalat Dizah", 36.18, 45.13, "P", "PPL", "99", 500)
)


def test_geonames_other_country_keeps_admin1_codes_and_names(tmp_path: Path) -> None:
    places = {p.id: p for p in read_geonames(_write(tmp_path, "IQ.txt", IRAQ))}
    town = places["geonames:8880003"]
    assert (town.country, town.admin1, town.admin1_name) == ("IQ", "IQ.07", "Muhafazat Baghdad")
    assert places["geonames:8880004"].feature_type == "governorate"
    # No ADM1 row for code 99: the code is kept, the name is not invented.
    assert (places["geonames:8880006"].admin1, places["geonames:8880006"].admin1_name) == ("IQ.99", None)


def test_other_country_places_honour_within_and_country(sqlite_store: Store, tmp_path: Path) -> None:
    save_places(sqlite_store, read_geonames(_write(tmp_path, "IQ.txt", IRAQ)))
    gc = get_geocoder(sqlite_store)
    baghdad = gc.geocode("Baghdad")
    assert baghdad is not None and baghdad.place_id == "geonames:8880001"
    assert (baghdad.admin1, baghdad.admin1_pcode, baghdad.country) == ("Muhafazat Baghdad", "IQ.07", "IQ")
    dizah = gc.geocode("Qalat Dizah")
    assert dizah is not None and (dizah.admin1, dizah.admin1_pcode) == (None, "IQ.99")
    # --within by qualified code, bare code with its country, or the unit's name.
    for within, country in (("IQ.07", None), ("iq.07", None), ("07", "IQ"), ("Baghdad Governorate", None)):
        hit = gc.geocode("Abu Ghraib", within=within, country=country)
        assert hit is not None and hit.place_id == "geonames:8880003", (within, country)
    # A unit the place is not in, or one nobody knows, never returns a place outside it.
    for within in ("07", "IQ.02", "Basra", "Idlib", "SY07", "Nowhere Province"):
        assert gc.geocode("Abu Ghraib", within=within) is None, within
    assert gc.geocode("Baghdad", within="07") is None
    # Homonyms across countries: the unit or the country picks the right one.
    basra_tishrine = gc.geocode("Tishrine", within="Basra")
    assert basra_tishrine is not None and basra_tishrine.place_id == "geonames:8880002"
    assert gc.geocode("Tishrine", within="Aleppo").country == "SY"  # type: ignore[union-attr]
    assert gc.geocode("Tishrine", country="IQ").place_id == "geonames:8880002"  # type: ignore[union-attr]
    assert gc.geocode("Abu Ghraib", country="SY") is None
    assert gc.geocode("Abu Ghraib", country="iq") is not None
    # The stored rows carry the unit's name, so statistics can file them under it.
    stored = {p.id: p for p in load_store_places(sqlite_store)}
    assert stored["geonames:8880002"].admin1_name == "Muhafazat al Basrah"
