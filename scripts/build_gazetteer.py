"""Build the shipped Syria gazetteer (src/harmledger/geo/data/) from the OCHA, GeoNames and UCDP files.

    .venv/bin/python scripts/build_gazetteer.py [--source ../shared/data/gazetteer/syria]
                                                [--ucdp ../shared/data/ucdp/ged_syria_2016_2017.csv]

(both default to the shared/ folder beside the checkout). Writes places.json.gz (every place, with its
admin P-codes from point-in-polygon), admin1.geojson, admin2.geojson (plain, for the web map),
admin3.geojson.gz (for point-in-polygon of imported places) and country.geojson. The package reads
only these files, never the source folder.

UCDP GED's where_prec 1 places (where attacks happened, down to villages that GeoNames' cities500
lacks) are merged with the OCHA and GeoNames entries by ``harmledger.geo.merging``: a UCDP place that
is the same as a known one adds its spellings as alternate names, another one is added as
``ucdp:<hash>``. ``places_payload`` is also what scripts/eval_geocoder.py builds its held-out
gazetteer with (UCDP 2016 only).
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import sys
from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from shapely.geometry import mapping, shape
from shapely.ops import unary_union

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from harmledger.geo.admin import AdminIndex  # noqa: E402
from harmledger.geo.admin_names import admin1_name, admin1_pcodes, spellings  # noqa: E402
from harmledger.geo.gazetteer import GazPlace  # noqa: E402
from harmledger.geo.geonames import geonames_feature_type, keep_alternate_name  # noqa: E402
from harmledger.geo.importers import read_event_places  # noqa: E402
from harmledger.geo.merging import POINT_TYPES, PlaceIndex, merge_into  # noqa: E402
from harmledger.geo.normalise import skeleton  # noqa: E402

OUT = ROOT / "src" / "harmledger" / "geo" / "data"
SHARED = ROOT.parent / "shared" / "data"
FIELDS = ["id", "name", "name_ar", "alt", "type", "lat", "lon", "admin1", "admin2", "admin3", "population",
          "precision", "seat"]

# Named regions reports use, defined by the OCHA sub-districts (or districts) they cover. The point
# given is a representative point of the union; precision follows UCDP where_prec.
REGIONS: list[dict[str, Any]] = [
    {"id": "eastern-ghouta", "name": "Eastern Ghouta", "alt": ["East Ghouta", "Ghouta al-Sharqiya", "الغوطة الشرقية"],
     "units": ["SY030200", "SY030201", "SY030204", "SY030105", "SY030106", "SY030104"], "precision": 3},
    {"id": "western-ghouta", "name": "Western Ghouta", "alt": ["West Ghouta", "الغوطة الغربية"],
     "units": ["SY030900", "SY030901", "SY030800"], "precision": 3},
    {"id": "ghouta", "name": "Ghouta", "alt": ["Damascus Ghouta", "الغوطة"],
     "units": ["SY030200", "SY030201", "SY030204", "SY030105", "SY030106", "SY030104", "SY030900", "SY030901"], "precision": 3},
    {"id": "qalamoun", "name": "Qalamoun", "alt": ["Qalamoun Mountains", "Kalamoun", "Qalamun", "القلمون"],
     "units": ["SY0305", "SY0306", "SY0303"], "precision": 3},
    {"id": "wadi-barada", "name": "Wadi Barada", "alt": ["وادي بردى"], "units": ["SY030702"], "precision": 3},
    {"id": "jabal-al-zawiya", "name": "Jabal al-Zawiya", "alt": ["Jabal Zawiya", "Jebel al-Zawiya", "Jabal az-Zawiyah", "جبل الزاوية"],
     "units": ["SY070500", "SY070501", "SY070502"], "precision": 3},
    {"id": "jabal-al-akrad", "name": "Jabal al-Akrad", "alt": ["Jebel al-Akrad", "Kurd Mountain", "جبل الأكراد"],
     "units": ["SY060301", "SY060302", "SY060303"], "precision": 3},
    {"id": "jabal-al-turkman", "name": "Jabal al-Turkman", "alt": ["Jebel Turkman", "Turkmen Mountain", "Jabal Turkman", "جبل التركمان"],
     "units": ["SY060002", "SY060005"], "precision": 3},
    {"id": "houla", "name": "Houla", "alt": ["al-Houla", "Hula", "الحولة"], "units": ["SY040101"], "precision": 3},
    {"id": "al-ghab", "name": "al-Ghab", "alt": ["Ghab Plain", "Sahl al-Ghab", "al-Ghab plain", "سهل الغاب"],
     "units": ["SY0502"], "precision": 3},
    {"id": "badia", "name": "Syrian Desert", "alt": ["Badia", "al-Badia", "Syrian Badia", "البادية"],
     "units": ["SY0405", "SY040106", "SY040501"], "precision": 5},
    {"id": "jazira", "name": "Jazira", "alt": ["al-Jazira", "Jazeera region", "الجزيرة"], "units": ["SY08"], "precision": 5},
    {"id": "northwest-syria", "name": "northwest Syria", "alt": ["northwestern Syria", "north-west Syria", "north-western Syria"],
     "units": ["SY07", "SY0203", "SY0204", "SY0200"], "precision": 5},
    {"id": "northeast-syria", "name": "northeast Syria", "alt": ["northeastern Syria", "north-east Syria", "north-eastern Syria"],
     "units": ["SY08", "SY11"], "precision": 5},
    {"id": "northern-syria", "name": "northern Syria", "alt": ["north Syria"], "units": ["SY02", "SY07", "SY11", "SY08"], "precision": 5},
    {"id": "southern-syria", "name": "southern Syria", "alt": ["south Syria"], "units": ["SY12", "SY13", "SY14"], "precision": 5},
    {"id": "eastern-syria", "name": "eastern Syria", "alt": ["east Syria"], "units": ["SY09"], "precision": 5},
    {"id": "central-syria", "name": "central Syria", "alt": [], "units": ["SY04", "SY05"], "precision": 5},
    {"id": "golan", "name": "Golan", "alt": ["Golan Heights", "الجولان"], "units": ["SY14"], "precision": 5},
    {"id": "hauran", "name": "Hauran", "alt": ["Horan", "حوران"], "units": ["SY12"], "precision": 5},
]
# Borders and rivers are lines; no single point stands for them, so they carry no coordinates.
LINES: list[dict[str, Any]] = [
    {"id": "turkish-border", "name": "Turkish border", "alt": ["Syrian-Turkish border", "Turkey border", "border with Turkey"]},
    {"id": "iraqi-border", "name": "Iraqi border", "alt": ["Syrian-Iraqi border", "Iraq border", "border with Iraq"]},
    {"id": "jordanian-border", "name": "Jordanian border", "alt": ["Syrian-Jordanian border", "Jordan border", "border with Jordan"]},
    {"id": "lebanese-border", "name": "Lebanese border", "alt": ["Syrian-Lebanese border", "Lebanon border", "border with Lebanon"]},
    {"id": "euphrates", "name": "Euphrates", "alt": ["Euphrates valley", "Euphrates River", "الفرات"]},
]


def _write_gz(path: Path, data: Any) -> None:
    """Gzip JSON with no timestamp in the header, so that an unchanged build is byte-identical."""
    raw = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    with path.open("wb") as out, gzip.GzipFile(fileobj=out, mode="wb", mtime=0, filename="") as fh:
        fh.write(raw)


def read_admin_units(src: Path) -> list[dict[str, str]]:
    with (src / "admin_units.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    for row in rows:
        for key in ("name_en", "name_en_ref", "name_ar"):
            row[key] = " ".join(row[key].split())
    return rows


def simplified(path: Path, tolerance: float, digits: int = 4) -> dict[str, Any]:
    data = json.loads(path.read_text(encoding="utf-8"))
    for feature in data["features"]:
        geom = shape(feature["geometry"]).simplify(tolerance, preserve_topology=True)
        feature["geometry"] = _rounded(mapping(geom), digits)
        props = feature["properties"]
        if len(props.get("PCODE", "")) == 4:
            props["NAME_DISPLAY"] = admin1_name(props["PCODE"]) if props["PCODE"] in admin1_pcodes() else props.get("NAME_EN")
    return data


def _rounded(obj: Any, digits: int) -> Any:
    if isinstance(obj, float):
        return round(obj, digits)
    if isinstance(obj, (list, tuple)):
        return [_rounded(x, digits) for x in obj]
    if isinstance(obj, dict):
        return {k: _rounded(v, digits) for k, v in obj.items()}
    return obj


def _dedup(names: list[str], exclude: set[str]) -> list[str]:
    seen = set(exclude)
    out = []
    for n in names:
        n = " ".join(n.split())
        if n and n not in seen:
            seen.add(n)
            out.append(n)
    return out


def link_seats(places: list[list[Any]]) -> None:
    """Give each administrative unit the town it is named after (its seat), when the town is inside it.

    Reports name a district or sub-district when they mean its town ("Jisr al-Shughur"), so a name
    known only in the unit's spelling still resolves to the town's point.
    """
    from rapidfuzz import fuzz

    from harmledger.geo.normalise import skeleton, without_articles

    towns = [p for p in places if p[0].startswith(("geonames:", "ucdp:")) and p[4] in {"city", "town", "village"}]
    level_of = {"governorate": 7, "district": 8, "sub-district": 9}
    for unit in places:
        if unit[4] not in level_of:
            continue
        col = level_of[unit[4]]
        code = unit[col] if unit[4] != "governorate" else unit[7]
        unit_names = [unit[1], *(unit[3] or [])] + ([unit[2]] if unit[2] else [])
        best = None
        for town in towns:
            if town[col] != code:
                continue
            town_names = [town[1], *(town[3] or [])] + ([town[2]] if town[2] else [])
            if any(skeleton(a) == skeleton(b) or fuzz.ratio(without_articles(a), without_articles(b)) >= 85
                   for a in unit_names for b in town_names):
                if best is None or (town[10] or 0) > (best[10] or 0):
                    best = town
        while len(unit) < 12:
            unit.append(None)
        unit.append(best[0] if best else None)


def plain_display_names(places: list[list[Any]]) -> None:
    """Show GeoNames towns without transliteration marks ("Hama", not "Ḩamāh"); governorate capitals
    take the governorate's display name. The marked spelling stays an alternate name."""
    import unicodedata

    by_id = {p[0]: p for p in places}
    capitals = {p[12]: admin1_name(p[0][5:]) for p in places if p[4] == "governorate" and len(p) > 12 and p[12]}
    for place in places:
        if not place[0].startswith("geonames:"):
            continue
        plain = "".join(c for c in unicodedata.normalize("NFKD", place[1]) if not unicodedata.combining(c))
        plain = plain.replace("‘", "'").replace("’", "'")
        display = capitals.get(place[0], plain)
        if display != place[1]:
            place[3] = [place[1], *[a for a in place[3] if a != display]]
            place[1] = display
    assert all(p[0] in by_id for p in places)


@dataclass
class Geometry:
    admin1: dict[str, Any]
    admin2: dict[str, Any]
    admin3: dict[str, Any]
    outline: Any  # shapely geometry of the country


def geometry(src: Path) -> Geometry:
    admin1 = simplified(src / "admin1.geojson", 0.002)
    outline = unary_union([shape(f["geometry"]) for f in admin1["features"]]).buffer(0.0005).simplify(0.005)
    return Geometry(admin1, simplified(src / "admin2.geojson", 0.002), simplified(src / "admin3.geojson", 0.001), outline)


@dataclass
class UcdpStats:
    rows: int = 0
    places: int = 0
    merged: int = 0
    new_names: int = 0
    added: int = 0
    skipped: Counter[str] = field(default_factory=Counter)


def _view(row: list[Any]) -> GazPlace:
    """A place row as a GazPlace, for the merging module (written back with ``_write_back``)."""
    return GazPlace(id=row[0], name=row[1], feature_type=row[4], lat=row[5], lon=row[6], name_ar=row[2],
                    alternate_names=list(row[3]), admin1=row[7], admin2=row[8], admin3=row[9], population=row[10])


def add_ucdp(places: list[list[Any]], path: Path, admin: AdminIndex, years: Collection[int] | None) -> UcdpStats:
    """Merge UCDP GED's where_prec 1 places (of ``years``, default all) into ``places``."""
    def keep(row: dict[str, str]) -> bool:
        return row.get("where_prec", "").strip() == "1" and (years is None or int(row.get("year") or 0) in years)

    read = read_event_places("ucdp", path, keep=keep)
    if read.bad:
        raise SystemExit("UCDP rows that cannot be read:\n" + "\n".join(read.bad))
    stats = UcdpStats(rows=read.rows, places=len(read.places), skipped=read.skipped)
    rows = {row[0]: row for row in places}
    views = {row[0]: _view(row) for row in places if row[4] in POINT_TYPES}
    index = PlaceIndex(views.values())
    # A point named like a region ("Wadi Barada area") is that region, which has its own entry.
    region_keys = {skeleton(n) for r in [*REGIONS, *LINES] for n in [r["name"], *r["alt"]]}
    for place in read.places:
        found = admin.locate(place.lat, place.lon)  # type: ignore[arg-type]
        if found is None:
            stats.skipped["outside the OCHA polygons"] += read.rows_of[place.id]
            continue
        place.admin1, place.admin2, place.admin3 = found
        place.lat, place.lon = round(place.lat, 5), round(place.lon, 5)  # type: ignore[arg-type]
        target = index.find(place)
        if target is not None:
            stats.merged += 1
            stats.new_names += len(merge_into(target, place))
            row = rows[target.id]
            row[2], row[3] = target.name_ar, list(target.alternate_names)
            continue
        if any(skeleton(n) in region_keys for n in place.all_names):
            stats.skipped["named like a region"] += read.rows_of[place.id]
            continue
        index.add(place)
        row = [place.id, place.name, None, list(place.alternate_names), place.feature_type, place.lat, place.lon,
               *found, None]
        places.append(row)
        rows[place.id] = row
        stats.added += 1
    return stats


def places_payload(src: Path, geo: Geometry, ucdp: Path | None, *, ucdp_years: Collection[int] | None = None,
                   ) -> tuple[dict[str, Any], UcdpStats | None]:
    """The content of places.json.gz: OCHA units and neighbourhoods, GeoNames towns, UCDP places (of
    ``ucdp_years``, default all; none without ``ucdp``), regions, borders and the country."""
    admin = AdminIndex.from_geojson(geo.admin3)
    units = read_admin_units(src)
    admin_table: dict[str, dict[str, Any]] = {}
    places: list[list[Any]] = []
    level_type = {"1": "governorate", "2": "district", "3": "sub-district"}
    for row in units:
        level, pcode = row["level"], row["pcode"]
        name = admin1_name(pcode) if level == "1" and pcode in admin1_pcodes() else row["name_en"]
        admin_table[pcode] = {"name": name, "name_ar": row["name_ar"], "level": int(level)}
        alt = [row["name_en"], row["name_en_ref"]] + (list(spellings(pcode)) if level == "1" and pcode in admin1_pcodes() else [])
        if level == "3" and row["name_en"] in {admin_table.get(row["adm2_pcode"], {}).get("name")}:
            # The seat sub-district repeats the district's name; the district entry covers it.
            continue
        places.append([f"ocha:{pcode}", name, row["name_ar"], _dedup(alt, {name}), level_type[level],
                       round(float(row["lat"]), 5), round(float(row["lon"]), 5), row["adm1_pcode"],
                       row["adm2_pcode"] or None, pcode if level == "3" else None, None])
    with (src / "city_neighbourhoods.csv").open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            lat, lon = float(row["latitude"]), float(row["longitude"])
            found = admin.locate(lat, lon)
            a1, a2, a3 = (found or (row["adm1_pcode"], row["adm2_pcode"], row["adm3_pcode"]))
            places.append([f"ocha:{row['pcode']}", " ".join(row["name_en"].split()), row["name_ar"], [], "neighbourhood",
                           round(lat, 5), round(lon, 5), a1, a2, a3, None])
    with (src / "geonames_cities500_SY.tsv").open(encoding="utf-8", newline="") as fh:
        for cols in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            gid, name, ascii_name, alts = cols[0], cols[1], cols[2], cols[3]
            lat, lon = float(cols[4]), float(cols[5])
            ftype = geonames_feature_type(cols[6], cols[7], int(cols[14] or 0))
            if ftype is None:
                continue
            found = admin.locate(lat, lon) or (None, None, None)
            alt_list = [a for a in alts.split(",") if keep_alternate_name(a)]
            arabic = next((a for a in alt_list if any("\u0600" <= c <= "\u06ff" for c in a)), None)
            places.append([f"geonames:{gid}", name, arabic, _dedup([ascii_name, *alt_list], {name}), ftype,
                           round(lat, 5), round(lon, 5), *found, int(cols[14] or 0) or None])
    stats = add_ucdp(places, ucdp, admin, ucdp_years) if ucdp is not None else None
    link_seats(places)
    plain_display_names(places)
    for region in REGIONS:
        geoms = [admin.geometry(u) for u in region["units"]]
        union = unary_union([g for g in geoms if g is not None])
        point = union.representative_point()
        a1s = {u[:4] for u in region["units"]}
        a2s = {u[:6] for u in region["units"]} if all(len(u) >= 6 for u in region["units"]) else set()
        places.append([f"region:{region['id']}", region["name"], None, region["alt"], "region",
                       round(point.y, 5), round(point.x, 5), a1s.pop() if len(a1s) == 1 else None,
                       a2s.pop() if len(a2s) == 1 else None, None, None, region["precision"]])
    for line in LINES:
        places.append([f"region:{line['id']}", line["name"], None, line["alt"], "line", None, None, None, None, None, None, 5])
    centre = geo.outline.representative_point()
    places.append(["country:SY", "Syria", "سوريا", ["Syrian Arab Republic", "Syrie", "سورية"], "country",
                   round(centre.y, 5), round(centre.x, 5), None, None, None, None, 6])
    return {"fields": FIELDS, "admin": admin_table, "places": places}, stats


def build(src: Path, ucdp: Path) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    geo = geometry(src)
    (OUT / "admin1.geojson").write_text(json.dumps(geo.admin1, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    (OUT / "admin2.geojson").write_text(json.dumps(geo.admin2, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    _write_gz(OUT / "admin3.geojson.gz", geo.admin3)
    country = {"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {
        "NAME_EN": "Syrian Arab Republic", "PCODE": "SY"}, "geometry": _rounded(mapping(geo.outline), 4)}]}
    (OUT / "country.geojson").write_text(json.dumps(country, separators=(",", ":")), encoding="utf-8")
    payload, stats = places_payload(src, geo, ucdp)
    _write_gz(OUT / "places.json.gz", payload)
    if stats is not None:
        skipped = ", ".join(f"{n} {reason}" for reason, n in stats.skipped.most_common())
        print(f"UCDP where_prec 1: {stats.rows} rows naming {stats.places} places: {stats.merged} merged into "
              f"known entries ({stats.new_names} new spellings), {stats.added} added; skipped: {skipped or 'none'}")
    size = (OUT / "places.json.gz").stat().st_size
    print(f"{len(payload['places'])} places, {len(payload['admin'])} admin units written to {OUT} "
          f"(places.json.gz {size:,} bytes)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=SHARED / "gazetteer" / "syria",
                        help="The OCHA and GeoNames files (default: shared/data/gazetteer/syria beside the checkout).")
    parser.add_argument("--ucdp", type=Path, default=SHARED / "ucdp" / "ged_syria_2016_2017.csv",
                        help="A UCDP GED CSV of Syria (default: shared/data/ucdp/ beside the checkout).")
    args = parser.parse_args()
    for path in (args.source, args.ucdp):
        if not path.exists():
            raise SystemExit(f"{path}: not found; give the reference data with --source and --ucdp")
    build(args.source, args.ucdp)


if __name__ == "__main__":
    main()
