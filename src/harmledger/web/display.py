"""How stored values read on the pages: the template filters and the checks shown beside figures."""

from __future__ import annotations

import datetime as dt
from typing import Any


def figure_warnings(casualties: dict[str, Any]) -> list[str]:
    """Figures that contradict each other (a correction to one figure can leave another behind):
    a best estimate outside its low-high range, a part larger than the whole."""
    out: list[str] = []
    for what in ("killed", "injured"):
        c = casualties.get(what) or {}
        low, best, high = c.get("low"), c.get("best"), c.get("high")
        if low is not None and high is not None and low > high:
            out.append(f"{what}: low {low} is above high {high}")
        if best is not None and low is not None and best < low:
            out.append(f"{what}: best {best} is below low {low}")
        if best is not None and high is not None and best > high:
            out.append(f"{what}: best {best} is above high {high}")
    killed = casualties.get("killed") or {}
    total = killed.get("high") if killed.get("high") is not None else killed.get("best")
    for part in ("civilians", "children", "women"):
        value = killed.get(part)
        if value is not None and total is not None and value > total:
            out.append(f"killed: {part} {value} is more than the {total} killed")
    return out


def _fmt_number(value: Any) -> str:
    return "–" if value is None else f"{value:,}" if isinstance(value, int) else str(value)


def _show(value: Any) -> str:
    """A field value as a person reads it: lists joined, actors as CODE (role)."""
    if value is None:
        return "–"
    if isinstance(value, list):
        return ", ".join(_show(v) for v in value) or "–"
    if isinstance(value, dict):
        if "code" in value:
            return f"{value['code']} ({value.get('role', '')})" if value.get("role") else str(value["code"])
        return ", ".join(f"{k}: {_show(v)}" for k, v in value.items())
    return str(value)


def when(date: dict[str, Any]) -> str:
    """An incident's date as precise as it is known: ``1982`` for a year, ``2017-04`` for a month, a range
    when start and end differ, so a year-precision date does not read as 1 January."""
    start, end, precision = date.get("start"), date.get("end"), date.get("precision")
    if not start:
        return "undated"
    if precision == "year":
        return str(start)[:4]
    if precision == "month":
        return str(start)[:7]
    return f"{start} – {end}" if end and end != start else str(start)


def place_line(place: dict[str, Any]) -> str:
    """Place, district, governorate without repeating a name (Hama, Hama, Hama reads as a mistake)."""
    parts: list[str] = []
    for name in (place.get("name"), place.get("admin2"), place.get("admin1")):
        if name and name not in parts:
            parts.append(str(name))
    return ", ".join(parts) or "–"


FIELD_LABELS = {
    "killed_low": "killed, low", "killed_best": "killed, best estimate", "killed_high": "killed, high",
    "injured_low": "injured, low", "injured_best": "injured, best estimate", "injured_high": "injured, high",
    "civilians_killed": "civilians killed", "children_killed": "children killed", "women_killed": "women killed",
    "date_start": "date, first day", "date_end": "date, last day", "date_precision": "date precision",
    "place_name": "place", "place_id": "gazetteer id", "admin1": "governorate", "admin1_pcode": "governorate code",
    "admin2": "district", "country": "country", "lat": "latitude", "lon": "longitude",
    "where_prec": "place precision (1 exact … 6 country)", "weapon": "main weapon", "weapons": "weapons",
    "target": "main target", "targets": "targets", "perpetrator": "perpetrator", "actors": "actors (CODE:role)",
    "kind": "kind", "grade": "grade",
}


def field_label(field: str) -> str:
    """A field's name as a monitor reads it; the template shows the stored name beside it for the API."""
    return FIELD_LABELS.get(field, field.replace("_", " "))


def _fmt_date(value: Any) -> str:
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S")
    return "–" if value is None else str(value)


def changes(before: Any, after: Any, prefix: str = "") -> list[str]:
    """What an audit entry changed, one "field: before → after" line per changed value."""
    # Something created (nothing before) or removed (nothing after) lists its fields one by one too.
    if before is None and isinstance(after, dict):
        before = {}
    if after is None and isinstance(before, dict):
        after = {}
    if not isinstance(before, dict) or not isinstance(after, dict):
        if before == after:
            return []
        return [f"{prefix or 'value'}: {_short(before)} → {_short(after)}"]
    out: list[str] = []
    for key in sorted(set(before) | set(after)):
        b, a = before.get(key), after.get(key)
        if b == a:
            continue
        if isinstance(b, dict) and isinstance(a, dict) and key != "overrides":
            out.extend(changes(b, a, f"{prefix}{key}."))
        elif key != "overrides":
            out.append(f"{prefix}{key}: {_short(b)} → {_short(a)}")
    return out


def _short(value: Any) -> str:
    text = "–" if value is None else str(value)
    return text if len(text) <= 80 else text[:77] + "…"
