"""Reading gazetteer files: GeoNames dumps, OCHA administrative and populated-place tables, simple CSV.

Each reader returns GazPlace objects; ``store_places.save_places`` writes them to the store.
"""

from __future__ import annotations

import csv
import hashlib
import io
import logging
import zipfile
from collections.abc import Iterator, Sequence
from pathlib import Path

from .._errors import GazetteerError
from .gazetteer import FEATURE_TYPES, GazPlace
from .geonames import geonames_feature_type, keep_alternate_name
from .normalise import admin1_pcode_for, is_arabic

logger = logging.getLogger(__name__)

FORMATS = ("geonames", "ocha", "csv")
csv.field_size_limit(10_000_000)


def _open_text(path: Path) -> io.TextIOBase:
    """A text handle on the file, or on the data member of a zip (GeoNames ships ``SY.zip``)."""
    if not path.exists():
        raise GazetteerError(f"{path}: no such file; give the path of the gazetteer file to import")
    if path.suffix.lower() == ".zip":
        archive = zipfile.ZipFile(path)
        members = [n for n in archive.namelist() if n.lower().endswith((".txt", ".csv", ".tsv")) and "readme" not in n.lower()]
        if not members:
            raise GazetteerError(f"{path}: no .txt/.csv table inside the zip; unzip it and import the table")
        return io.TextIOWrapper(archive.open(members[0]), encoding="utf-8-sig", newline="")
    return path.open(encoding="utf-8-sig", newline="")


def read_geonames(path: Path) -> Iterator[GazPlace]:
    """GeoNames dump layout (``SY.txt``, ``IQ.txt``, ``cities500.txt``): 19 tab-separated columns, no header.

    Syrian places get their administrative units from the OCHA polygons when stored; places of other
    countries keep GeoNames' admin1 code in its country-qualified form (``IQ.07``) and take the name
    of that unit from the dump's own ADM1 rows, which are kept as governorates."""
    rows: list[tuple[list[str], float, float, int, str]] = []
    adm1_names: dict[str, str] = {}
    with _open_text(path) as fh:
        for lineno, cols in enumerate(csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE), start=1):
            if not cols or cols[0].startswith("#"):
                continue
            if len(cols) < 15:
                raise GazetteerError(f"{path}:{lineno}: {len(cols)} columns, expected GeoNames' 19 tab-separated columns")
            try:
                lat, lon = float(cols[4]), float(cols[5])
                population = int(cols[14] or 0)
            except ValueError as exc:
                raise GazetteerError(f"{path}:{lineno}: bad coordinate or population ({exc}); is this a GeoNames dump?") from exc
            country = (cols[8] or "SY").upper()
            a1 = _geonames_admin1(country, cols[10])
            ftype = geonames_feature_type(cols[6], cols[7], population)
            if cols[6] == "A" and cols[7] == "ADM1" and a1 is not None:
                # Syria's governorates come from OCHA (shipped); other countries' from the dump itself.
                adm1_names.setdefault(a1, cols[1])
                ftype = "governorate"
            if ftype is not None:
                rows.append((cols, lat, lon, population, ftype))
    # ADM1 rows may come after the towns in them: names are filled in once the whole dump is read.
    for cols, lat, lon, population, ftype in rows:
        alts = [a for a in cols[3].split(",") if keep_alternate_name(a)]
        arabic = next((a for a in alts if is_arabic(a)), None)
        country = (cols[8] or "SY").upper()
        a1 = _geonames_admin1(country, cols[10])
        yield GazPlace(id=f"geonames:{cols[0]}", name=cols[1], feature_type=ftype, lat=lat, lon=lon, name_ar=arabic,
                       alternate_names=[n for n in dict.fromkeys([cols[2], *alts]) if n and n != cols[1]],
                       population=population or None, country=country, origin="geonames",
                       admin1=a1, admin1_name=adm1_names.get(a1) if a1 else None)


def _geonames_admin1(country: str, code: str) -> str | None:
    """GeoNames' admin1 key (``IQ.07``) for a place outside Syria; None in Syria (OCHA P-codes are
    given by point-in-polygon) and for GeoNames' "unknown" code ``00``."""
    code = code.strip()
    if country == "SY" or not code or code == "00":
        return None
    return f"{country}.{code}"


def _pick(header: Sequence[str], *names: str) -> str | None:
    lowered = {h.strip().lower(): h for h in header}
    for name in names:
        if name in lowered:
            return lowered[name]
    return None


def _float(value: str | None) -> float | None:
    try:
        return float(value) if value not in (None, "") else None
    except ValueError:
        return None


def read_ocha(path: Path) -> Iterator[GazPlace]:
    """OCHA COD tables: administrative units (``level``, ``pcode``, ``name_en`` ...) or populated places
    (``ADM4_PCODE``/``PCODE``, ``ADM4_EN``/``NAME_EN``, ``LAT``/``LON`` or ``latitude``/``longitude``)."""
    with _open_text(path) as fh:
        sample = fh.read(4096)
        fh.seek(0)
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t") if sample else csv.excel
        reader = csv.DictReader(fh, dialect=dialect)
        header = reader.fieldnames or []
        col_pcode = _pick(header, "pcode", "adm4_pcode", "admin4pcode", "location_pcode", "p_code", "ppl_pcode")
        col_en = _pick(header, "name_en", "adm4_en", "admin4name_en", "location_name_en", "featurename", "name")
        col_ar = _pick(header, "name_ar", "adm4_ar", "admin4name_ar", "location_name_ar")
        col_lat = _pick(header, "lat", "latitude", "y", "lat_y")
        col_lon = _pick(header, "lon", "long", "longitude", "x", "lon_x")
        col_level = _pick(header, "level", "admin_level", "adm_level")
        col_pop = _pick(header, "population", "pop", "total_population")
        col_type = _pick(header, "type", "feature_type", "settlement_type")
        col_a1 = _pick(header, "adm1_pcode", "admin1pcode")
        col_a2 = _pick(header, "adm2_pcode", "admin2pcode")
        col_a3 = _pick(header, "adm3_pcode", "admin3pcode")
        if not (col_pcode and col_en and col_lat and col_lon):
            raise GazetteerError(
                f"{path}: not an OCHA table I can read (need P-code, English name, latitude and longitude columns; "
                f"found {', '.join(header)}); use `gazetteer import csv` for other tables"
            )
        for row in reader:
            lat, lon = _float(row.get(col_lat)), _float(row.get(col_lon))
            name = " ".join((row.get(col_en) or "").split())
            pcode = (row.get(col_pcode) or "").strip()
            if not name or not pcode or lat is None or lon is None:
                continue
            level = (row.get(col_level) or "").strip() if col_level else ""
            ftype = {"1": "governorate", "2": "district", "3": "sub-district"}.get(level)
            if ftype is None:
                given = (row.get(col_type) or "").strip().lower() if col_type else ""
                ftype = given if given in FEATURE_TYPES else ("neighbourhood" if pcode.startswith("N") else "village")
            pop = _float(row.get(col_pop)) if col_pop else None
            yield GazPlace(id=f"ocha:{pcode}", name=name, feature_type=ftype, lat=lat, lon=lon,
                           name_ar=(row.get(col_ar) or None) if col_ar else None,
                           admin1=(row.get(col_a1) or None) if col_a1 else None,
                           admin2=(row.get(col_a2) or None) if col_a2 else None,
                           admin3=(row.get(col_a3) or None) if col_a3 else None,
                           population=int(pop) if pop else None, origin="ocha")


def place_id(prefix: str, name: str, lat: float | None, lon: float | None) -> str:
    digest = hashlib.sha256(f"{name}|{lat:.4f}|{lon:.4f}".encode() if lat is not None and lon is not None else name.encode())
    return f"{prefix}:{digest.hexdigest()[:16]}"


def read_csv(path: Path) -> Iterator[GazPlace]:
    """A simple CSV with a header: ``name, lat, lon, admin1`` and optionally ``alternate_names``
    (separated by ``;`` or ``|``), ``name_ar``, ``type``, ``population``, ``country``, ``id``."""
    with _open_text(path) as fh:
        reader = csv.DictReader(fh)
        header = reader.fieldnames or []
        col_name, col_lat, col_lon = _pick(header, "name"), _pick(header, "lat", "latitude"), _pick(header, "lon", "lng", "longitude")
        if not (col_name and col_lat and col_lon):
            raise GazetteerError(f"{path}: the CSV needs a header with name, lat and lon columns (found {', '.join(header)})")
        col_alt = _pick(header, "alternate_names", "alternatenames", "alt_names", "alternates", "alt")
        col_a1 = _pick(header, "admin1", "governorate", "admin1_pcode")
        col_type, col_ar = _pick(header, "type", "feature_type"), _pick(header, "name_ar", "arabic")
        col_pop, col_cc, col_id = _pick(header, "population"), _pick(header, "country"), _pick(header, "id")
        for lineno, row in enumerate(reader, start=2):
            name = " ".join((row.get(col_name) or "").split())
            lat, lon = _float(row.get(col_lat)), _float(row.get(col_lon))
            if not name:
                continue
            if lat is None or lon is None or not (-90 <= lat <= 90 and -180 <= lon <= 180):
                raise GazetteerError(f"{path}:{lineno}: {name!r} has no valid lat/lon; fix the row or remove it")
            alts = [a.strip() for a in (row.get(col_alt) or "").replace("|", ";").split(";") if a.strip()] if col_alt else []
            ftype = (row.get(col_type) or "village").strip().lower() if col_type else "village"
            if ftype not in FEATURE_TYPES:
                raise GazetteerError(f"{path}:{lineno}: unknown type {ftype!r}; use one of {', '.join(FEATURE_TYPES)}")
            admin1_raw = (row.get(col_a1) or "").strip() if col_a1 else ""
            admin1 = admin1_pcode_for(admin1_raw) if admin1_raw else None
            pop = _float(row.get(col_pop)) if col_pop else None
            pid = f"csv:{row[col_id].strip()}" if col_id and (row.get(col_id) or "").strip() else place_id("csv", name, lat, lon)
            yield GazPlace(id=pid, name=name, feature_type=ftype, lat=lat, lon=lon, alternate_names=alts,
                           name_ar=(row.get(col_ar) or None) if col_ar else None, admin1=admin1,
                           population=int(pop) if pop else None,
                           country=((row.get(col_cc) or "SY").strip().upper() if col_cc else "SY"), origin="csv")


def read_places(fmt: str, path: Path) -> Iterator[GazPlace]:
    readers = {"geonames": read_geonames, "ocha": read_ocha, "csv": read_csv}
    if fmt not in readers:
        raise GazetteerError(f"unknown gazetteer format {fmt!r}; use one of {', '.join(FORMATS)}")
    return readers[fmt](path)
