"""Reading gazetteer files: GeoNames dumps, OCHA administrative and populated-place tables, simple CSV,
and the places named by the event datasets monitors hold (UCDP GED, ACLED).

Each gazetteer reader returns GazPlace objects; ``store_places.save_places`` writes them to the store.
The event datasets go through ``import_event_places``, which merges their places with the known ones.
"""

from __future__ import annotations

import csv
import io
import logging
import re
import zipfile
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from .._errors import GazetteerError
from .admin_names import admin1_pcode as admin1_pcode_for
from .gazetteer import GazPlace, place_id
from .geonames import geonames_feature_type, keep_alternate_name
from .kinds import FEATURE_TYPES, FORMATS
from .matcher import STOPWORDS
from .merging import PlaceIndex, merge_into
from .normalise import (
    ARTICLES,
    is_arabic,
    normalise_name,
    skeleton,
    tokens,
    without_articles,
)

if TYPE_CHECKING:
    from ..store import Store

logger = logging.getLogger(__name__)

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
    """The places of a gazetteer file (GeoNames, OCHA, CSV). UCDP and ACLED files are event tables:
    read them with ``read_event_places``, import them with ``import_event_places``."""
    readers = {"geonames": read_geonames, "ocha": read_ocha, "csv": read_csv}
    if fmt in EVENT_FORMATS:
        raise GazetteerError(f"{fmt} files are event tables; import them with `harmledger gazetteer import {fmt}`")
    if fmt not in readers:
        raise GazetteerError(f"unknown gazetteer format {fmt!r}; use one of {', '.join(FORMATS)}")
    return readers[fmt](path)


# ---- event datasets: UCDP GED and ACLED ----------------------------------------------------------
# Their rows are events, each with the place it happened at; the distinct places, with UCDP's and
# ACLED's spellings, complete the gazetteer. ``import_event_places`` merges them with the places
# already known (``merging``), so importing a file again adds nothing.

EVENT_FORMATS = ("ucdp", "acled")

# UCDP's qualifiers after a name ("Teir Maaleh village") and what kind of place each says it is. At
# where_prec 1 or 2 a "district" is a quarter of a city (a real district has where_prec 3).
_SETTLEMENT_WORDS = {"town": "town", "city": "city", "village": "village", "villge": "village", "villae": "village",
                     "suburb": "town", "locality": "village", "district": "neighbourhood"}
_CAMP_RE = re.compile(r"(?i)\s+(?:(?:idp|refugee|refugees|displacement|displaced)\s+)?camp$")
# Words that make a name a facility's ("Deir ez Zor airport", "Tishrin Dam"); the name keeps them.
_FACILITY_WORDS = frozenset(
    "airbase airport base brigade division battalion regiment barracks checkpoint prison complex factory plant dam "
    "reservoir field fields oilfield farm farms mill mills tower castle crossing station heliport project center "
    "centre sector silos ruin ruins hospital school mosque church bridge roundabout junction crossroad crossroads "
    "academy college university stadium market bakery company".split())
# Words that make a name an area's, which has no point of its own ("Sahl al Ghab plain", "Yarmouk Pocket").
_AREA_WORDS = frozenset(
    "mountain mountains mount hill hills plain plains desert region governorate province subdistrict countryside "
    "pocket triangle valley island road highway outskirts front frontline border plateau basin river lake".split())
_AREA_FIRST = frozenset({"jabal", "jebel", "jabl", "sahl", "road"})
_DIRECTIONS = frozenset(
    "north south east west northern southern eastern western northeast northwest southeast southwest northeastern "
    "northwestern southeastern southwestern central".split())
# "Silos east of Palmyra", "Road between Ariha and Jisr ash Shughur", "Lybian company in Daraa".
_RELATIVE_RE = re.compile(r"(?i)\b(?:of|between|near|in|and|outside|around)\b")
# English words that name no particular place: a name of only these ("Sugar factory") is left out.
_GENERIC_WORDS = _FACILITY_WORDS | frozenset(
    "military air defense defence army armored armoured vehicle international thermal power water treatment "
    "pumping research sugar cotton gas oil reserve housing association main old new national former the "
    "refugee idp camp".split())
# Arabic words for kinds of place ("tower", "palace", "hill"...): without an article, alone, they are
# the first word of a longer name in reports ("Burj Rouss", "Qasr Abu Samra"), not a village "Burj".
# With one they are names ("Al Bab", "At Tall").
_ARABIC_KIND_WORDS = frozenset("burj qasr tall tal tell ayn ain kafr deir dayr khirbat khirbet bir umm abu jisr bab "
                               "wadi jabal mazraat mazraa hawsh harat".split())
_PAREN_RE = re.compile(r"\([^)]*\)?")
# Words held back as spellings of their own. Given names that are also the names of some hamlet in
# UCDP's spelling: alone in a report they are far more often a person ("Mahmoud Abbas"). The
# geocoder's own list (``matcher.STOPWORDS``) is used too.
_HELD_BACK_WORDS = frozenset("abbas nimr josef sara salma suha jana uthman rasheed haddad touma khattab".split()) | frozenset(
    # Tishreen (October) names neighbourhoods of six cities, a dam, a university and hospitals: a bare
    # "Tishrine" is none of them in particular (the geocoder leaves it unresolved), not a town of that name.
    "tishrin tishreen tishrine".split())
_WORD_RE = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")


@dataclass
class EventName:
    """A place name as an event dataset writes it, cleaned: its spellings and kind, or why it is no place."""

    names: list[str]
    feature_type: str = "village"
    not_a_place: str | None = None  # the reason, when it is not


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD_RE.findall(text)]


def _strip_qualifiers(part: str) -> tuple[str, str | None]:
    """``"Tall ad Dirrah village"`` -> ``("Tall ad Dirrah", "village")``; also strips ``area``."""
    qualifier = None
    while True:
        head, _, last = part.rpartition(" ")
        word = last.lower().strip(".,;:")
        if not head or (word not in _SETTLEMENT_WORDS and word != "area"):
            return part, qualifier
        qualifier = qualifier or word
        part = head.strip(" ,-")


def _is_generic(part: str) -> bool:
    """No word that names something in particular: only generic English words, articles and numbers."""
    return all(w in _GENERIC_WORDS or w in ARTICLES or not any(c.isalpha() for c in w) for w in _words(part))


def _usable_spelling(part: str) -> bool:
    """A spelling worth matching: it starts with a capital (after any article: "al-Ajraf"), says more
    than generic words, and is not a word that in a report means a person, a group or a country
    ("Al Assad", "Qatar")."""
    words = re.findall(r"[^\W_]+", part)
    first = next((w for w in words if w.lower() not in ARTICLES), None)
    if first is None or not (first[0].isupper() or first[0].isdigit()) or _is_generic(part):
        return False
    lowered = [w.lower() for w in words]
    if all(w in _ARABIC_KIND_WORDS or w in _GENERIC_WORDS or not w.isalpha() for w in lowered):
        return False
    plain = " ".join(t for t in tokens(part) if t not in ARTICLES)
    return not any(form in STOPWORDS or form in _HELD_BACK_WORDS or form in _countries().by_name
                   for form in (plain, without_articles(part)))


def clean_event_name(raw: str, *, require_kind: bool = False) -> EventName:
    """UCDP's ``where_coordinates`` (or ACLED's ``location``) as place names.

    Parenthetical notes go; ``/`` separates spellings (``Tadmur/Palmyra town``); the qualifiers
    ``town``, ``village``, ``city``, ``suburb``, ``district``, ``area`` go and say the kind of place
    (``camp`` too, for camps); facility names keep their word (``Tishrin Dam``). Areas (mountains,
    plains, roads, "Eastern Ghouta"), spots named relative to another place ("Silos east of Palmyra")
    and generic names ("Sugar factory") are not places. With ``require_kind`` (UCDP where_prec 2,
    where the name may be a whole area) a name must say it is a town, village, camp or facility.
    """
    text = " ".join(_PAREN_RE.sub(" ", raw).split()).strip(" ,;-")
    if not text:
        return EventName([], not_a_place="no place name")
    if _RELATIVE_RE.search(text):
        return EventName([], not_a_place="a spot named from other places, not a place")
    parts = [p.strip(" ,-") for p in text.split("/") if p.strip(" ,-")]
    if len(parts) > 1 and any(_is_generic(_strip_qualifiers(p)[0]) for p in parts):
        parts = [" ".join(text.split())]  # a slash inside one phrase ("Jihar oil/gas field")
    cleaned = [_strip_qualifiers(p) for p in parts]
    last_part, qualifier = cleaned[-1]
    # A qualifier written after any spelling applies to all ("Gassanieh town/Inkizik town").
    qualifier = qualifier or next((q for _, q in cleaned if q), None)
    words = _words(last_part)
    all_words = [w for part, _ in cleaned for w in _words(part)]
    kind: str | None = _SETTLEMENT_WORDS.get(qualifier or "")
    if kind is None and (any(w in _DIRECTIONS for w in all_words) or (words and words[-1] in _AREA_WORDS)
                         or (words and words[0] in _AREA_FIRST)):
        return EventName([], not_a_place="an area, not a place")
    if kind is None and _CAMP_RE.search(last_part):
        kind = "camp"
    elif kind is None and any(w in _FACILITY_WORDS for w in words):
        kind = "facility"
    if kind is None and require_kind:
        return EventName([], not_a_place="where_prec 2 without town/village/camp/facility: may be an area")
    names: list[str] = []
    for part, _ in cleaned:
        if kind == "camp":
            part = _CAMP_RE.sub("", part).strip()
        if _usable_spelling(part) and all(normalise_name(part) != normalise_name(n) for n in names):
            names.append(part)
    if not names:
        return EventName([], not_a_place="no usable place name (generic words, or a person's or country's name)")
    return EventName(names, kind or "village")


# ISO 3166 alpha-2, ISO 3166 numeric (ACLED's ``iso``), Gleditsch-Ward code (UCDP's ``country_id``; not
# ISO: Syria is GW 652 but ISO 760, and GW 760 is Bhutan), and English name, for the countries UCDP and
# ACLED cover. Older states map to their successors (GW 265 GDR -> DE, 345 Yugoslavia -> RS, 680 South
# Yemen -> YE, 817 South Vietnam -> VN). "-" where a code does not exist.
_COUNTRY_TABLE = """
US 840 2 United States|CA 124 20 Canada|BS 044 31 Bahamas|CU 192 40 Cuba|HT 332 41 Haiti|DO 214 42 Dominican Republic
JM 388 51 Jamaica|TT 780 52 Trinidad and Tobago|BB 052 53 Barbados|DM 212 54 Dominica|GD 308 55 Grenada
LC 662 56 Saint Lucia|VC 670 57 Saint Vincent and the Grenadines|AG 028 58 Antigua and Barbuda
KN 659 60 Saint Kitts and Nevis|MX 484 70 Mexico|BZ 084 80 Belize|GT 320 90 Guatemala|HN 340 91 Honduras
SV 222 92 El Salvador|NI 558 93 Nicaragua|CR 188 94 Costa Rica|PA 591 95 Panama|CO 170 100 Colombia
VE 862 101 Venezuela|GY 328 110 Guyana|SR 740 115 Suriname|EC 218 130 Ecuador|PE 604 135 Peru|BR 076 140 Brazil
BO 068 145 Bolivia|PY 600 150 Paraguay|CL 152 155 Chile|AR 032 160 Argentina|UY 858 165 Uruguay
GB 826 200 United Kingdom|IE 372 205 Ireland|NL 528 210 Netherlands|BE 056 211 Belgium|LU 442 212 Luxembourg
FR 250 220 France|MC 492 221 Monaco|LI 438 223 Liechtenstein|CH 756 225 Switzerland|ES 724 230 Spain
AD 020 232 Andorra|PT 620 235 Portugal|DE 276 260 Germany|DE - 265 German Democratic Republic|PL 616 290 Poland
AT 040 305 Austria|HU 348 310 Hungary|CZ - 315 Czechoslovakia|CZ 203 316 Czech Republic|SK 703 317 Slovakia
IT 380 325 Italy|SM 674 331 San Marino|MT 470 338 Malta|AL 008 339 Albania|RS 688 340 Serbia|ME 499 341 Montenegro
MK 807 343 North Macedonia|HR 191 344 Croatia|RS - 345 Yugoslavia|BA 070 346 Bosnia and Herzegovina
XK - 347 Kosovo|SI 705 349 Slovenia|GR 300 350 Greece|CY 196 352 Cyprus|BG 100 355 Bulgaria|MD 498 359 Moldova
RO 642 360 Romania|RU 643 365 Russia|EE 233 366 Estonia|LV 428 367 Latvia|LT 440 368 Lithuania|UA 804 369 Ukraine
BY 112 370 Belarus|AM 051 371 Armenia|GE 268 372 Georgia|AZ 031 373 Azerbaijan|FI 246 375 Finland
SE 752 380 Sweden|NO 578 385 Norway|DK 208 390 Denmark|IS 352 395 Iceland|CV 132 402 Cape Verde
ST 678 403 Sao Tome and Principe|GW 624 404 Guinea-Bissau|GQ 226 411 Equatorial Guinea|GM 270 420 Gambia
ML 466 432 Mali|SN 686 433 Senegal|BJ 204 434 Benin|MR 478 435 Mauritania|NE 562 436 Niger|CI 384 437 Ivory Coast
GN 324 438 Guinea|BF 854 439 Burkina Faso|LR 430 450 Liberia|SL 694 451 Sierra Leone|GH 288 452 Ghana
TG 768 461 Togo|CM 120 471 Cameroon|NG 566 475 Nigeria|GA 266 481 Gabon|CF 140 482 Central African Republic
TD 148 483 Chad|CG 178 484 Republic of Congo|CD 180 490 Democratic Republic of Congo|UG 800 500 Uganda
KE 404 501 Kenya|TZ 834 510 Tanzania|BI 108 516 Burundi|RW 646 517 Rwanda|SO 706 520 Somalia|DJ 262 522 Djibouti
ET 231 530 Ethiopia|ER 232 531 Eritrea|AO 024 540 Angola|MZ 508 541 Mozambique|ZM 894 551 Zambia
ZW 716 552 Zimbabwe|MW 454 553 Malawi|ZA 710 560 South Africa|NA 516 565 Namibia|LS 426 570 Lesotho
BW 072 571 Botswana|SZ 748 572 eSwatini|MG 450 580 Madagascar|KM 174 581 Comoros|MU 480 590 Mauritius
SC 690 591 Seychelles|MA 504 600 Morocco|DZ 012 615 Algeria|TN 788 616 Tunisia|LY 434 620 Libya|SD 729 625 Sudan
SS 728 626 South Sudan|IR 364 630 Iran|TR 792 640 Turkey|IQ 368 645 Iraq|EG 818 651 Egypt|SY 760 652 Syria
LB 422 660 Lebanon|JO 400 663 Jordan|IL 376 666 Israel|PS 275 - Palestine|SA 682 670 Saudi Arabia
YE 887 678 Yemen|YE - 680 South Yemen|KW 414 690 Kuwait|BH 048 692 Bahrain|QA 634 694 Qatar
AE 784 696 United Arab Emirates|OM 512 698 Oman|AF 004 700 Afghanistan|TM 795 701 Turkmenistan
TJ 762 702 Tajikistan|KG 417 703 Kyrgyzstan|UZ 860 704 Uzbekistan|KZ 398 705 Kazakhstan|CN 156 710 China
MN 496 712 Mongolia|TW 158 713 Taiwan|KP 408 731 North Korea|KR 410 732 South Korea|JP 392 740 Japan
IN 356 750 India|BT 064 760 Bhutan|PK 586 770 Pakistan|BD 050 771 Bangladesh|MM 104 775 Myanmar
LK 144 780 Sri Lanka|MV 462 781 Maldives|NP 524 790 Nepal|TH 764 800 Thailand|KH 116 811 Cambodia
LA 418 812 Laos|VN 704 816 Vietnam|VN - 817 South Vietnam|MY 458 820 Malaysia|SG 702 830 Singapore
BN 096 835 Brunei|PH 608 840 Philippines|ID 360 850 Indonesia|TL 626 860 East Timor|AU 036 900 Australia
PG 598 910 Papua New Guinea|NZ 554 920 New Zealand|SB 090 940 Solomon Islands|FJ 242 950 Fiji
EH 732 - Western Sahara
"""
# Other names the two datasets use (UCDP adds the former name in brackets, dropped before lookup).
_COUNTRY_ALIASES = {
    "united states of america": "US", "usa": "US", "dr congo": "CD", "congo kinshasa": "CD", "zaire": "CD",
    "congo": "CG", "congo brazzaville": "CG", "cote divoire": "CI", "kingdom of eswatini": "SZ", "swaziland": "SZ",
    "macedonia": "MK", "macedonia fyr": "MK", "bosnia herzegovina": "BA", "burma": "MM", "kampuchea": "KH",
    "timor leste": "TL", "the gambia": "GM", "russian federation": "RU", "soviet union": "RU",
    "north yemen": "YE", "syrian arab republic": "SY", "state of palestine": "PS", "palestinian territories": "PS",
    "turkiye": "TR", "czechia": "CZ", "cabo verde": "CV", "uk": "GB",
}


@dataclass(frozen=True)
class _Countries:
    by_iso: dict[int, str]
    by_gw: dict[int, str]
    by_name: dict[str, str]


@lru_cache(maxsize=1)
def _countries() -> _Countries:
    by_iso: dict[int, str] = {}
    by_gw: dict[int, str] = {}
    by_name: dict[str, str] = {}
    for entry in _COUNTRY_TABLE.replace("\n", "|").split("|"):
        if not entry.strip():
            continue
        alpha2, iso, gw, name = entry.split(maxsplit=3)
        if iso != "-":
            by_iso[int(iso)] = alpha2
        if gw != "-":
            by_gw[int(gw)] = alpha2
        by_name[normalise_name(name)] = alpha2
        by_name[alpha2.lower()] = alpha2
    by_name.update(_COUNTRY_ALIASES)
    return _Countries(by_iso, by_gw, by_name)


def country_code(*, name: str | None = None, iso: str | None = None, gw: str | None = None) -> str | None:
    """The ISO alpha-2 code of a country given as an ISO numeric code (ACLED ``iso``), a
    Gleditsch-Ward code (UCDP ``country_id``) or a name ("DR Congo (Zaire)"); None if none is known."""
    table = _countries()
    for value, codes in ((iso, table.by_iso), (gw, table.by_gw)):
        if value and value.strip():
            try:
                found = codes.get(int(float(value)))
            except ValueError:
                found = None
            if found:
                return found
    if name and name.strip():
        key = normalise_name(_PAREN_RE.sub(" ", name))
        return table.by_name.get(key) or table.by_name.get(normalise_name(name))
    return None


@dataclass
class EventPlaces:
    """The distinct places an event file names, and the rows left out: ``skipped`` counts rows by
    reason, ``bad`` has one line for each row that cannot be read."""

    places: list[GazPlace] = field(default_factory=list)
    rows: int = 0
    skipped: Counter[str] = field(default_factory=Counter)
    bad: list[str] = field(default_factory=list)
    rows_of: Counter[str] = field(default_factory=Counter)  # place id -> rows naming it


@dataclass(frozen=True)
class _EventLayout:
    fmt: str
    name: str
    precision: str
    lat: str
    lon: str
    admin1: str
    precisions: dict[str, str | None]  # precision value -> None to import, else the reason it is skipped
    near: frozenset[str]  # precision values that place the event near the named place
    country: str | None = None
    iso: str | None = None
    gw: str | None = None


_UCDP_PRECISION: dict[str, str | None] = {
    "1": None, "2": None, "3": "where_prec 3: a district, not a place", "4": "where_prec 4: a governorate, not a place",
    "5": "where_prec 5: a vaguer area, not a place", "6": "where_prec 6: the country, not a place",
    "7": "where_prec 7: international waters or airspace, not a place",
}
_ACLED_PRECISION: dict[str, str | None] = {"1": None, "2": None, "3": "geo_precision 3: a region, not a place"}


def _event_layout(fmt: str, path: Path, header: Sequence[str]) -> _EventLayout:
    if fmt == "ucdp":
        need = {"name": "where_coordinates", "precision": "where_prec", "lat": "latitude", "lon": "longitude"}
        precisions, near, a1, country, iso, gw = _UCDP_PRECISION, frozenset({"2"}), "adm_1", "country", None, "country_id"
    else:
        need = {"name": "location", "precision": "geo_precision", "lat": "latitude", "lon": "longitude"}
        precisions, near, a1, country, iso, gw = _ACLED_PRECISION, frozenset(), "admin1", "country", "iso", None
    cols = {key: _pick(header, col) for key, col in need.items()}
    missing = [need[k] for k, v in cols.items() if v is None]
    if missing:
        raise GazetteerError(f"{path}: not a {fmt.upper()} table (no {', '.join(missing)} column); "
                             f"export it with {fmt.upper()}'s own column names")
    return _EventLayout(fmt, cols["name"] or "", cols["precision"] or "", cols["lat"] or "", cols["lon"] or "",
                        _pick(header, a1) or "", precisions, near, _pick(header, country), _pick(header, iso) if iso else None,
                        _pick(header, gw) if gw else None)


def read_event_places(fmt: str, path: Path, *, country: str | None = None,
                      keep: Callable[[dict[str, str]], bool] | None = None) -> EventPlaces:
    """The places named by a UCDP GED or ACLED CSV file (any country, any version).

    UCDP: ``where_coordinates``, ``where_prec``, ``latitude``, ``longitude``, ``adm_1`` and, when present,
    ``country``/``country_id``; where_prec 1 (the exact place) and 2 (near it) rows name places, the
    others are skipped. ACLED: ``location``, ``latitude``, ``longitude``, ``geo_precision``, ``admin1``,
    ``country``/``iso``; geo_precision 1 and 2 rows name places (the town itself, or the town the event
    was near), 3 is skipped. ``country`` (ISO alpha-2) is the country of rows that do not say theirs
    (default SY). Each distinct name and point is one place; its administrative units are filled in
    when it is stored (``import_event_places``). Rows for which ``keep`` (given the row as a dict) is
    false are passed over uncounted: the build script keeps one year's where_prec 1 rows that way."""
    if fmt not in EVENT_FORMATS:
        raise GazetteerError(f"unknown event format {fmt!r}; use one of {', '.join(EVENT_FORMATS)}")
    fallback = country.strip().upper() if country else None
    out = EventPlaces()
    by_id: dict[str, GazPlace] = {}
    with _open_text(path) as fh:
        reader = csv.DictReader(fh)
        layout = _event_layout(fmt, path, reader.fieldnames or [])
        has_country = bool(layout.country or layout.iso or layout.gw)
        for row in reader:
            if keep is not None and not keep(row):
                continue
            out.rows += 1
            where = f"{path}:{reader.line_num}"
            raw_name = " ".join((row.get(layout.name) or "").split())
            prec = (row.get(layout.precision) or "").strip()
            prec = prec[:-2] if prec.endswith(".0") else prec
            if prec not in layout.precisions:
                out.bad.append(f"{where}: {layout.precision} {prec!r} is not one of "
                               f"{', '.join(layout.precisions)}; fix the row or remove it")
                continue
            reason = layout.precisions[prec]
            if reason is not None:
                out.skipped[reason] += 1
                continue
            if not raw_name:
                out.bad.append(f"{where}: empty {layout.name}; fix the row or remove it")
                continue
            lat, lon = _float(row.get(layout.lat)), _float(row.get(layout.lon))
            if lat is None or lon is None:
                out.bad.append(f"{where}: {raw_name!r} has no valid {layout.lat}/{layout.lon} "
                               f"({row.get(layout.lat)!r}, {row.get(layout.lon)!r}); fix the row or remove it")
                continue
            if not (-90 <= lat <= 90 and -180 <= lon <= 180):
                out.bad.append(f"{where}: {raw_name!r} has {layout.lat}/{layout.lon} {lat}, {lon} out of range "
                               "(-90..90, -180..180); fix the row or remove it")
                continue
            cc = country_code(name=row.get(layout.country) if layout.country else None,
                              iso=row.get(layout.iso) if layout.iso else None,
                              gw=row.get(layout.gw) if layout.gw else None) if has_country else None
            cc = cc or fallback or (None if has_country else "SY")
            if cc is None:
                given = row.get(layout.country or "") or row.get(layout.iso or "") or row.get(layout.gw or "")
                out.bad.append(f"{where}: country {given!r} is not one I know; give --country CC (ISO alpha-2)")
                continue
            cleaned = clean_event_name(raw_name, require_kind=fmt == "ucdp" and prec in layout.near)
            if cleaned.not_a_place:
                out.skipped[cleaned.not_a_place] += 1
                continue
            name, *alts = cleaned.names
            pid = place_id(fmt, name, lat, lon)
            out.rows_of[pid] += 1
            admin1_name = " ".join((row.get(layout.admin1) or "").split()) if layout.admin1 else ""
            place = GazPlace(id=pid, name=name, feature_type=cleaned.feature_type, lat=lat, lon=lon,
                             alternate_names=alts, country=cc, origin=fmt, admin1_name=admin1_name or None)
            if pid in by_id:
                merge_into(by_id[pid], place)  # another event at the same place, perhaps with another spelling
                continue
            by_id[pid] = place
            out.places.append(place)
    return out


@dataclass
class EventImport:
    """What ``import_event_places`` did: places added, merged into known ones (with how many new
    spellings), rows skipped by reason, and one line for each bad row."""

    path: str
    rows: int
    places: int
    added: int = 0
    merged: int = 0
    new_names: int = 0
    skipped: Counter[str] = field(default_factory=Counter)
    bad: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.bad

    def summary(self) -> str:
        """One line: what went in, what was merged, what was left out and why."""
        spellings = f"{self.new_names} new spelling{'' if self.new_names == 1 else 's'}"
        line = (f"{self.path}: {self.rows} rows naming {self.places} places: {self.added} added, "
                f"{self.merged} merged into known places ({spellings})")
        skipped = sum(self.skipped.values())
        if skipped:
            reasons = "; ".join(f"{n} {reason}" for reason, n in self.skipped.most_common())
            line += f", {skipped} rows skipped ({reasons})"
        if self.bad:
            line += f", {len(self.bad)} bad row{'' if len(self.bad) == 1 else 's'}"
        if not self.added and not self.new_names:
            line += " (nothing new)"
        return line + "."


# Words for the kind of first-level unit, not which one: UCDP writes "Baghdad province", ACLED "Baghdad".
_UNIT_NOUNS = frozenset({"governorate", "province", "state", "region", "muhafazat", "muhafaza", "wilayah", "oblast",
                         "department", "county", "district", "prefecture"})


def _unit_words(name: str) -> list[str]:
    return [w for w in tokens(name) if w not in _UNIT_NOUNS] or tokens(name)


def _unit_key(name: str) -> str:
    return skeleton(" ".join(_unit_words(name)))


def assign_admin(place: GazPlace, units: dict[tuple[str, str], tuple[str, str | None]]) -> GazPlace:
    """Give an event place its first-level unit from the name its file gives (kept in ``admin1_name``).

    In Syria: the OCHA P-codes by point-in-polygon, else the governorate the name spells. Elsewhere:
    a unit already known by that name (``units``, keyed by country and ``_unit_key``: the governorates
    of a GeoNames import, ``IQ.07``), else a key made from the name (``IQ.baghdad``), so that UCDP's
    "Baghdad province" and ACLED's "Baghdad" are one unit."""
    from .store_places import fill_admin

    given = place.admin1_name
    if place.country == "SY":
        place.admin1_name = None  # Syrian units are named from the OCHA table
        fill_admin(place)
        if place.admin1 is None and given:
            place.admin1 = admin1_pcode_for(given)
        return place
    if given:
        known = units.get((place.country, _unit_key(given)))
        if known is not None:
            place.admin1, place.admin1_name = known[0], known[1] or given
        else:
            place.admin1 = f"{place.country}.{'_'.join(_unit_words(given))}"
    return place


def import_event_places(store: Store, fmt: str, path: Path, *, country: str | None = None) -> EventImport:
    """Import the places of a UCDP GED or ACLED file into the store, merged with the places already
    known (the shipped gazetteer and the store's): a place that is the same as a known one
    (``merging.same_place``) adds its spellings to it as alternate names; a new one is added. A shipped
    place that gains a spelling is kept in the store with it (same id, so it takes the shipped entry's
    place). Importing the same file again adds nothing."""
    from .gazetteer import load_shipped
    from .store_places import load_store_places, save_places

    read = read_event_places(fmt, path, country=country)
    report = EventImport(str(path), read.rows, len(read.places), skipped=read.skipped, bad=read.bad)
    known: dict[str, GazPlace] = {p.id: p for p in load_shipped().places}
    known.update((p.id, p) for p in load_store_places(store))  # a stored copy wins, as in the geocoder
    index = PlaceIndex(known.values())
    areas = {(p.country, skeleton(n)) for p in known.values() if p.feature_type in {"region", "line", "country"}
             for n in p.all_names}
    units = {(p.country, _unit_key(n)): (p.admin1, p.admin1_name) for p in known.values()
             if p.feature_type == "governorate" and p.country != "SY" and p.admin1 for n in p.all_names}
    changed: dict[str, GazPlace] = {}
    for place in read.places:
        assign_admin(place, units)
        target = index.find(place)
        if target is None and any((place.country, skeleton(n)) in areas for n in place.all_names):
            # "Wadi Barada area" at a point is the region Wadi Barada, which has its own entry.
            report.skipped["named like a known region, not a new place"] += read.rows_of[place.id]
            report.places -= 1
            continue
        if target is None:
            index.add(place)
            known[place.id] = changed[place.id] = place
            report.added += 1
            continue
        report.merged += 1
        added = merge_into(target, place)
        if added:
            report.new_names += len(added)
            changed[target.id] = target
    if changed:
        save_places(store, changed.values(), created_by=f"import:{fmt}")
    logger.info("%s", report.summary())
    return report
