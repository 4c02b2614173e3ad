"""One incident as a row of each export format (column choices documented in docs/exports.md)."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from ..link.grades import CONFIRMED, FAIR
from ..store.models import Incident
from .coding import acled_event, date_precisions, ucdp_violence, victims
from .mapping import (
    ACLED_ACTOR,
    ACLED_CIVILIANS,
    COUNTRIES,
    UCDP_SIDE,
    geo_precision,
    priogrid_gid,
)

ACLED_COLUMNS = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
    "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
    "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
]
UCDP_COLUMNS = [
    "id", "relid", "year", "active_year", "code_status", "type_of_violence", "conflict_name", "side_a", "side_b",
    "source_article", "source_office", "source_date", "source_headline", "source_original", "where_prec",
    "where_coordinates", "where_description", "adm_1", "adm_2", "latitude", "longitude", "geom_wkt",
    "priogrid_gid", "country", "country_id", "region", "event_clarity", "date_prec", "date_start", "date_end",
    "deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown", "best", "high", "low",
]
CSV_COLUMNS = [
    "id", "date_start", "date_end", "date_precision", "place_name", "place_id", "admin1", "admin1_pcode", "admin2",
    "country", "latitude", "longitude", "where_prec", "weapon", "weapons", "target", "targets", "perpetrator",
    "perpetrators", "killed_low", "killed_best", "killed_high", "injured_low", "injured_best", "injured_high",
    "civilians_killed", "children_killed", "women_killed", "n_sources", "n_independent", "grade", "status",
    "updated_at", "source_documents", "source_titles",
]


# A cell starting with one of these is read by spreadsheets as a formula ("=HYPERLINK(...)", "@SUM(...)",
# "-2+3"), or, after a tab or carriage return, as one once trimmed: OWASP's CSV injection rule.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")


def spreadsheet_safe(value: Any) -> Any:
    """A CSV cell that no spreadsheet runs as a formula: text starting with = + - @, a tab or a carriage
    return gets a leading single quote (shown by none of them, and removed again by ``unescape_cell``).

    Only text is touched: numbers, and text that is exactly a number ("-3.5", a longitude west of
    Greenwich), stay as they are, since a spreadsheet reads them as numbers, not formulas.
    """
    if isinstance(value, str) and value.startswith(_FORMULA_START) and not _NUMBER.fullmatch(value):
        return "'" + value
    return value


def unescape_cell(value: str) -> str:
    """A cell read back from an export as it was before ``spreadsheet_safe`` (for programs reading the CSV)."""
    if value.startswith("'") and value[1:].startswith(_FORMULA_START) and not _NUMBER.fullmatch(value[1:]):
        return value[1:]
    return value


def _blank(value: Any) -> Any:
    return "" if value is None else value


def _perpetrators(incident: Incident) -> list[str]:
    codes = [a["code"] for a in incident.actors or [] if a.get("role", "perpetrator") == "perpetrator"]
    main = incident.perpetrator
    return ([main] if main else []) + sorted(c for c in set(codes) if c != main)


def _country(incident: Incident) -> dict[str, Any]:
    return COUNTRIES.get((incident.country or "SY").upper(), {})


def _outlets(sources: list[dict[str, Any]]) -> str:
    return "; ".join(dict.fromkeys(s["source"] for s in sources if s.get("source")))


def _notes(incident: Incident, sources: list[dict[str, Any]]) -> str:
    when = incident.date_start.isoformat() if incident.date_start else "an unknown date"
    what = ", ".join(incident.weapons or []) or "an attack"
    where = incident.place_name or incident.admin1 or "an unknown place"
    toll = ""
    if incident.killed_best is not None:
        toll = f" {incident.killed_low}-{incident.killed_high} killed (best {incident.killed_best})."
    return (f"On {when}, {what} on {', '.join(incident.targets or []) or 'unspecified targets'} in {where}.{toll}"
            f" {incident.n_sources} report(s), {incident.n_independent} independent. harmledger {incident.id}.")


def acled_row(incident: Incident, sources: list[dict[str, Any]]) -> dict[str, Any]:
    country = _country(incident)
    hit = victims(incident)
    event_type, sub_event = acled_event(incident, hit)
    perps = _perpetrators(incident)
    # ACLED names an unidentified group rather than leaving actor1 empty.
    actor1, inter1 = ACLED_ACTOR.get(perps[0] if perps else "UNKNOWN", (perps[0] if perps else "", 0))
    civilian = hit.civilian_targeting
    if civilian:
        actor2, inter2 = ACLED_CIVILIANS
    elif hit.armed_targets:
        actor2, inter2 = ACLED_ACTOR.get(hit.armed_targets[0], (hit.armed_targets[0], 0))
    else:
        actor2, inter2 = "", 0
    pair = sorted(i for i in (inter1, inter2) if i)
    assoc = [ACLED_ACTOR.get(p, (p, 0))[0] for p in perps[1:]]
    return {
        "event_id_cnty": incident.id,
        "event_date": _blank(incident.date_start and incident.date_start.isoformat()),
        "year": _blank(incident.date_start and incident.date_start.year),
        "time_precision": date_precisions(incident)[0],
        "disorder_type": "Political violence",
        "event_type": event_type, "sub_event_type": sub_event,
        "actor1": actor1, "assoc_actor_1": "; ".join(assoc), "inter1": inter1 or "",
        "actor2": actor2, "assoc_actor_2": "", "inter2": inter2 or "",
        # ACLED writes an event with one actor as that actor's code then 0 (e.g. 80).
        "interaction": int("".join(str(i) for i in pair)) * (10 if len(pair) == 1 else 1) if pair else "",
        "civilian_targeting": "Civilian targeting" if civilian else "",
        "iso": _blank(country.get("iso")), "region": _blank(country.get("acled_region")),
        "country": _blank(country.get("name")),
        "admin1": _blank(incident.admin1), "admin2": _blank(incident.admin2), "admin3": "",
        "location": _blank(incident.place_name), "latitude": _blank(incident.lat), "longitude": _blank(incident.lon),
        "geo_precision": geo_precision(incident.where_prec),
        "source": _outlets(sources), "source_scale": "",
        "notes": _notes(incident, sources),
        # ACLED counts fatalities conservatively: our low, 0 when no source gives a figure.
        "fatalities": incident.killed_low if incident.killed_low is not None else 0,
        "tags": f"grade: {incident.grade}; sources: {incident.n_sources}; independent: {incident.n_independent}",
        "timestamp": int(incident.updated_at.replace(tzinfo=dt.UTC).timestamp()) if incident.updated_at else "",
    }


def ucdp_id(incident_id: str) -> int | str:
    """GED ids are integers: our 12 hex digits read as one number (stable, like our id)."""
    match = re.fullmatch(r"inc_([0-9a-f]{12})", incident_id)
    return int(match.group(1), 16) if match else incident_id


def ucdp_row(incident: Incident, sources: list[dict[str, Any]]) -> dict[str, Any]:
    country = _country(incident)
    perps = _perpetrators(incident)
    violence, side_b = ucdp_violence(perps[0] if perps else None, victims(incident))
    best, low, high = incident.killed_best, incident.killed_low, incident.killed_high
    start, end = incident.date_start, incident.date_end or incident.date_start
    lat, lon = incident.lat, incident.lon
    return {
        "id": ucdp_id(incident.id), "relid": incident.id,
        "year": _blank(start and start.year), "active_year": "", "code_status": "",
        "type_of_violence": violence, "conflict_name": "",
        "side_a": UCDP_SIDE.get(perps[0], perps[0]) if perps else "", "side_b": side_b,
        "source_article": "; ".join(f"{s['source'] or ''} {s['published'] or ''} \"{s['title'] or ''}\"".strip()
                                    for s in sources),
        "source_office": _outlets(sources),
        "source_date": "; ".join(dict.fromkeys(s["published"] for s in sources if s.get("published"))),
        "source_headline": "; ".join(s["title"] for s in sources if s.get("title")),
        "source_original": "; ".join(s["document_id"] for s in sources),
        "where_prec": _blank(incident.where_prec), "where_coordinates": _blank(incident.place_name),
        "where_description": _blank(", ".join(p for p in (incident.place_name, incident.admin2, incident.admin1) if p)),
        "adm_1": _blank(incident.admin1), "adm_2": _blank(incident.admin2),
        "latitude": _blank(lat), "longitude": _blank(lon),
        "geom_wkt": f"POINT ({lon} {lat})" if lat is not None and lon is not None else "",
        "priogrid_gid": priogrid_gid(lat, lon) if lat is not None and lon is not None else "",
        "country": _blank(country.get("name")), "country_id": _blank(country.get("gw")),
        "region": _blank(country.get("ucdp_region")),
        "event_clarity": 1 if incident.grade in (CONFIRMED, FAIR) else 2,
        "date_prec": date_precisions(incident)[1],
        "date_start": _blank(start and start.isoformat()), "date_end": _blank(end and end.isoformat()),
        # Deaths of side a/b are combatants; we record victims of attacks: civilians, the rest unknown.
        "deaths_a": "", "deaths_b": "",
        "deaths_civilians": _blank(incident.civilians_killed),
        "deaths_unknown": _blank(best - min(incident.civilians_killed or 0, best) if best is not None else None),
        "best": _blank(best), "high": _blank(high), "low": _blank(low),
    }


def csv_row(incident: Incident, sources: list[dict[str, Any]]) -> dict[str, Any]:
    row: dict[str, Any] = {c: "" for c in CSV_COLUMNS}
    for name in ("id", "date_precision", "place_name", "place_id", "admin1", "admin1_pcode", "admin2", "country",
                 "where_prec", "weapon", "target", "perpetrator", "killed_low", "killed_best", "killed_high",
                 "injured_low", "injured_best", "injured_high", "civilians_killed", "children_killed",
                 "women_killed", "n_sources", "n_independent", "grade", "status"):
        row[name] = _blank(getattr(incident, name))
    row["date_start"] = _blank(incident.date_start and incident.date_start.isoformat())
    row["date_end"] = _blank(incident.date_end and incident.date_end.isoformat())
    row["latitude"], row["longitude"] = _blank(incident.lat), _blank(incident.lon)
    row["weapons"] = ";".join(incident.weapons or [])
    row["targets"] = ";".join(incident.targets or [])
    row["perpetrators"] = ";".join(_perpetrators(incident))
    row["updated_at"] = incident.updated_at.isoformat() if incident.updated_at else ""
    row["source_documents"] = ";".join(f"{s['document_id']}#{s['mention_index']}" for s in sources)
    row["source_titles"] = " | ".join(s["title"] or "" for s in sources)
    return row


def geojson_feature(record: dict[str, Any]) -> dict[str, Any]:
    """A GeoJSON Feature from an incident_dict record: a Point, or null geometry when not placed."""
    resolved = (record["places"][0].get("resolved") if record["places"] else None) or {}
    lat, lon = resolved.get("lat"), resolved.get("lon")
    geometry = {"type": "Point", "coordinates": [lon, lat]} if lat is not None and lon is not None else None
    killed, injured = record["casualties"]["killed"], record["casualties"]["injured"]
    props = {
        "id": record["id"], "date_start": record["date"]["start"], "date_end": record["date"]["end"],
        "date_precision": record["date"]["precision"], "place_name": record["places"][0]["name"] if record["places"] else None,
        "admin1": resolved.get("admin1"), "admin2": resolved.get("admin2"), "where_prec": resolved.get("precision"),
        "weapons": [w["code"] for w in record["weapons"]], "targets": [t["code"] for t in record["targets"]],
        "perpetrators": [a["code"] for a in record["actors"] if a["role"] == "perpetrator"],
        "killed_low": killed["low"], "killed_best": killed["best"], "killed_high": killed["high"],
        "injured_low": injured["low"], "injured_best": injured["best"], "injured_high": injured["high"],
        "civilians_killed": killed["civilians"], "children_killed": killed["children"], "women_killed": killed["women"],
        "grade": record["grade"], "status": record["status"], "n_sources": record["n_sources"],
        "n_independent": record["n_independent"], "sources": record["sources"],
    }
    return {"type": "Feature", "id": record["id"], "geometry": geometry, "properties": props}
