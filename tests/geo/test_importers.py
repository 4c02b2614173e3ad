"""Importers on small files in each layout, and stored places used by the geocoder."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from harmledger._errors import GazetteerError
from harmledger.geo import get_geocoder
from harmledger.geo.importers import (
    clean_event_name,
    country_code,
    import_event_places,
    read_csv,
    read_event_places,
    read_geonames,
    read_ocha,
    read_places,
)
from harmledger.geo.store_places import load_store_places, save_places
from harmledger.store import Store

# Two GeoNames rows in the dump layout (19 tab-separated columns); a hill that is not geocoded to. The
# village is made up: the shipped gazetteer (with UCDP's villages) must not know it.
GEONAMES = (
    "9990001\tKafr Dhahab\tKafr Dhahab\tKafr Dahab,Kfar Dhahab,كفر ذهب,Кафр\t35.951\t36.691\tP\tPPL\tSY\t\t07\t\t\t\t0\t\t310\tAsia/Damascus\t2020-01-01\n"
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
    assert kafr.feature_type == "village" and kafr.name_ar == "كفر ذهب"
    assert "Kafr Dahab" in kafr.alternate_names and "Кафр" not in kafr.alternate_names
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
    assert get_geocoder(store).geocode("Kafr Dhahab") is None
    save_places(store, read_geonames(_write(tmp_path, "SY.txt", GEONAMES)))
    save_places(store, read_csv(_write(tmp_path, "p.csv", CSV)))
    stored = {p.id: p for p in load_store_places(store)}
    kafr = stored["geonames:9990001"]
    # Point-in-polygon gave the imported village its governorate, district and sub-district.
    assert kafr.admin1 == "SY07" and kafr.admin2 and kafr.admin3 and kafr.admin3.startswith(kafr.admin2)
    gc = get_geocoder(store)
    hit = gc.geocode("Kfar Dhahab")
    assert hit is not None and hit.place_id == "geonames:9990001" and hit.admin1 == "Idlib"
    maram = gc.geocode("Maram camp")
    assert maram is not None and maram.name == "Maram" and maram.place_id.startswith("csv:")
    # The shipped-only geocoder is untouched.
    assert get_geocoder().geocode("Kafr Dhahab") is None


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


# ---- UCDP GED and ACLED -----------------------------------------------------------------------------
# Rows made by hand in each dataset's own layout (never ACLED's data). Kafr Zamzam and Ayn Khaldun are
# made up; Maarrat al-Noman is a new spelling of a shipped town (Ma'arrat an Nu'man, 35.6483, 36.67693).
UCDP_HEADER = ("id,year,type_of_violence,side_a,side_b,source_headline,where_prec,where_coordinates,adm_1,adm_2,"
               "latitude,longitude,country,country_id,best\n")
UCDP = UCDP_HEADER + (
    "1,2016,1,Government of Syria,Syrian insurgents,h,1,Kafr Zamzam village,Idlib Governorate,Harim district,36.1101,36.6102,Syria,652,3\n"
    "2,2016,1,Government of Syria,Syrian insurgents,h,1,Kafr Zamzam village,Idlib Governorate,Harim district,36.1101,36.6102,Syria,652,1\n"
    "3,2016,1,Government of Syria,Syrian insurgents,h,1,Kafr Zamzam village,Hamah Governorate,,35.2001,36.7002,Syria,652,2\n"
    "4,2016,3,IS,Civilians,h,1,Maarrat al-Noman town (market),Idlib Governorate,,35.6490,36.6770,Syria,652,9\n"
    "5,2017,1,Government of Syria,Syrian insurgents,h,2,Ayn Khaldun town,Aleppo Governorate,,36.2203,37.3004,Syria,652,1\n"
    "6,2017,1,Government of Syria,Syrian insurgents,h,4,Idlib Governorate,Idlib Governorate,,35.80,36.60,Syria,652,1\n"
    "7,2017,1,Government of Syria,Syrian insurgents,h,1,Wadi Barada area,Rif Dimashq Governorate,,33.62,36.12,Syria,652,1\n"
    "8,2017,1,Government of Syria,Syrian insurgents,h,1,Kafr Zamzam village,Idlib Governorate,,abc,36.61,Syria,652,1\n"
    "9,2017,1,Government of Syria,Syrian insurgents,h,1,,Idlib Governorate,,36.11,36.61,Syria,652,1\n"
    "10,2017,1,Government of Iraq,IS,h,1,Khirbat Nahla village,Baghdad province,,33.31,44.41,Iraq,645,1\n"
)
ACLED = (
    "event_id_cnty,event_date,event_type,actor1,admin1,admin2,admin3,location,latitude,longitude,geo_precision,"
    "fatalities,country,iso\n"
    "SYR1,9-May-20,Explosions/Remote violence,Military Forces of Syria,Idlib,Ariha,,Umm Zaytun,35.7001,36.5502,1,0,Syria,760\n"
    "SYR2,9-May-20,Battles,Military Forces of Syria,Idlib,Idlib,,Saraqueb,35.8646,36.8060,2,0,Syria,760\n"
    "SYR3,9-May-20,Battles,Military Forces of Syria,Idlib,,,Idlib,35.93,36.63,3,0,Syria,760\n"
    "SYR4,9-May-20,Battles,Military Forces of Syria,Idlib,,,Umm Zaytun,35.70,x,1,0,Syria,760\n"
    "IRQ1,9-May-20,Battles,Military Forces of Iraq,Baghdad,,,Khirbat Nahla,33.3105,44.4104,1,0,Iraq,368\n"
)


def test_clean_event_names() -> None:
    cases = {
        "Teir Maaleh village": (["Teir Maaleh"], "village"),
        "Tadmur/Palmyra town": (["Tadmur", "Palmyra"], "town"),
        "Al-Rai town (Choban Bey)": (["Al-Rai"], "town"),
        "al Ajraf village": (["al Ajraf"], "village"),
        "Atmeh IDP camp": (["Atmeh"], "camp"),
        "Tishrin Dam": (["Tishrin Dam"], "facility"),
        "Sado checkpoint area": (["Sado checkpoint"], "facility"),
        "Saqba suburb": (["Saqba"], "town"),
    }
    for raw, (names, kind) in cases.items():
        got = clean_event_name(raw)
        assert (got.names, got.feature_type, got.not_a_place) == (names, kind, None), raw
    for raw in ["Eastern Ghouta", "Jabal al Akrad mountain", "Sahl al Ghab plain", "Southern Aleppo Governorate",
                "Silos east of Palmyra/Tadmur", "Road between Ariha and Jisr ash Shughur", "Sugar factory",
                "Military Research Center (Aleppo)", "Al Assad suburb",
                "Qatar village", "Burj village", ""]:
        assert clean_event_name(raw).not_a_place, raw
    assert clean_event_name("Tall Kurdi").names == ["Tall Kurdi"]
    assert clean_event_name("Tall Kurdi", require_kind=True).not_a_place  # where_prec 2: may be an area
    assert clean_event_name("Dahiet Elasad/Al Assad suburb").names == ["Dahiet Elasad"]


def test_country_codes_from_iso_gleditsch_ward_and_names() -> None:
    assert country_code(iso="760") == "SY" and country_code(iso="368") == "IQ" and country_code(iso="4") == "AF"
    assert country_code(gw="652") == "SY" and country_code(gw="760") == "BT"  # GW 760 is Bhutan, not Syria
    assert country_code(gw="645") == "IQ" and country_code(gw="490") == "CD"
    assert country_code(name="DR Congo (Zaire)") == "CD" and country_code(name="Yemen (North Yemen)") == "YE"
    assert country_code(name="Atlantis") is None and country_code() is None


def test_country_table_agrees_with_babel() -> None:
    # Babel (installed with trafilatura) carries CLDR's ISO numeric -> alpha-2 aliases: a check on the table.
    core = pytest.importorskip("babel.core")
    aliases = core.get_global("territory_aliases")
    from harmledger.geo.importers import _countries

    for iso, alpha2 in _countries().by_iso.items():
        assert alpha2 in aliases.get(f"{iso:03d}", [alpha2]), (iso, alpha2)


def test_read_ucdp_rows(tmp_path: Path) -> None:
    read = read_event_places("ucdp", _write(tmp_path, "ged.csv", UCDP))
    assert read.rows == 10
    assert [(p.name, p.country) for p in read.places] == [
        ("Kafr Zamzam", "SY"), ("Kafr Zamzam", "SY"), ("Maarrat al-Noman", "SY"), ("Ayn Khaldun", "SY"),
        ("Wadi Barada", "SY"), ("Khirbat Nahla", "IQ")]
    assert read.rows_of[read.places[0].id] == 2  # two events at one place
    assert read.skipped == {"where_prec 4: a governorate, not a place": 1}
    assert len(read.bad) == 2 and read.bad[0].startswith(f"{tmp_path / 'ged.csv'}:9: 'Kafr Zamzam village' has no valid")
    assert "empty where_coordinates" in read.bad[1] and read.bad[1].startswith(f"{tmp_path / 'ged.csv'}:10:")


def test_import_ucdp_merges_adds_skips_and_is_idempotent(store: Store, tmp_path: Path) -> None:
    path = _write(tmp_path, "ged.csv", UCDP)
    report = import_event_places(store, "ucdp", path)
    # Two Kafr Zamzam 100 km apart are two places; Maarrat al-Noman is the shipped town.
    assert (report.rows, report.added, report.merged, report.new_names) == (10, 4, 1, 1)
    assert report.skipped == {"where_prec 4: a governorate, not a place": 1,
                              "named like a known region, not a new place": 1}
    assert len(report.bad) == 2 and not report.ok
    again = import_event_places(store, "ucdp", path)
    assert (again.added, again.merged, again.new_names) == (0, 5, 0) and "(nothing new)" in again.summary()
    stored = {p.id: p for p in load_store_places(store)}
    assert len(stored) == 5  # 4 new places and the shipped town with its new spelling

    gc = get_geocoder(store)
    idlib, hama = gc.geocode("Kafr Zamzam", within="Idlib"), gc.geocode("Kafr Zamzam", within="Hama")
    assert idlib is not None and idlib.admin1_pcode == "SY07" and idlib.lat == 36.1101
    assert hama is not None and hama.admin1_pcode == "SY05" and hama.place_id != idlib.place_id
    town = gc.geocode("Maarrat al-Noman")
    assert town is not None and town.place_id == "geonames:167611" and town.lat == 35.6483
    assert stored["geonames:167611"].origin == "shipped" and "Maarrat al-Noman" in stored["geonames:167611"].alternate_names
    near = gc.geocode("Ayn Khaldun")
    assert near is not None and near.admin1 == "Aleppo"
    iraq = gc.geocode("Khirbat Nahla", country="IQ")
    assert iraq is not None and (iraq.country, iraq.admin1_pcode, iraq.admin1) == ("IQ", "IQ.baghdad", "Baghdad province")
    assert get_geocoder().geocode("Kafr Zamzam") is None  # the shipped gazetteer is untouched


def test_import_acled(sqlite_store: Store, tmp_path: Path) -> None:
    path = _write(tmp_path, "acled.csv", ACLED)
    import_event_places(sqlite_store, "ucdp", _write(tmp_path, "ged.csv", UCDP))
    report = import_event_places(sqlite_store, "acled", path)
    # Umm Zaytun is new; Saraqueb (geo_precision 2, the town the event was near) is Saraqib; Khirbat
    # Nahla is the Iraqi village UCDP brought, and ACLED's "Baghdad" is UCDP's "Baghdad province".
    assert (report.rows, report.places, report.added, report.merged, report.new_names) == (5, 3, 1, 2, 1)
    assert report.skipped == {"geo_precision 3: a region, not a place": 1}
    assert len(report.bad) == 1 and ":5: 'Umm Zaytun' has no valid latitude/longitude" in report.bad[0]
    assert import_event_places(sqlite_store, "acled", path).added == 0
    gc = get_geocoder(sqlite_store)
    assert gc.geocode("Saraqueb").place_id == "geonames:164816"  # type: ignore[union-attr]
    umm = gc.geocode("Umm Zaytun", within="Idlib")
    assert umm is not None and umm.admin1_pcode == "SY07" and umm.place_id.startswith("acled:")


def test_event_files_that_are_not_tables_of_that_kind(tmp_path: Path) -> None:
    with pytest.raises(GazetteerError, match="no where_coordinates, where_prec"):
        read_event_places("ucdp", _write(tmp_path, "x.csv", "name,lat,lon\nQah,36.2,36.7\n"))
    with pytest.raises(GazetteerError, match="gazetteer import ucdp"):
        list(read_places("ucdp", tmp_path / "x.csv"))
    bad_country = UCDP_HEADER + "1,2016,1,a,b,h,1,Qarat Zamzam village,X,,36.1,36.6,Atlantis,999,1\n"
    read = read_event_places("ucdp", _write(tmp_path, "c.csv", bad_country))
    assert read.bad and "give --country CC" in read.bad[0]
    read = read_event_places("ucdp", tmp_path / "c.csv", country="sy")
    assert not read.bad and read.places[0].country == "SY"


def test_cli_import_reports_bad_rows_and_exits_1(sqlite_store: Store, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from harmledger.cli import build_app

    path = _write(tmp_path, "ged.csv", UCDP)
    result = CliRunner().invoke(build_app(), ["gazetteer", "import", "ucdp", str(path), "--db", sqlite_store.url])
    assert result.exit_code == 1
    errors = result.stderr.strip().splitlines()
    assert len(errors) == 2 and all(e.startswith(f"Error: {path}:") for e in errors)
    assert "4 added, 1 merged into known places (1 new spelling)" in result.stdout
    result = CliRunner().invoke(build_app(), ["gazetteer", "import", "ucdp", str(path), "--db", sqlite_store.url])
    assert "0 added" in result.stdout and "(nothing new)" in result.stdout
    result = CliRunner().invoke(build_app(), ["gazetteer", "import", "csv", str(path), "--country", "IQ",
                                              "--db", sqlite_store.url])
    assert result.exit_code != 0
