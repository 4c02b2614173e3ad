"""How stored values read on the pages: the template filters and the checks shown beside figures."""

from __future__ import annotations

import datetime as dt
from typing import Any

from ..geo.admin_names import admin1_name, admin1_pcode
from ..review.validate import actor_codes, code_label, weapon_codes


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
    admin1 = governorate(place["admin1"]) if place.get("admin1") else None
    for name in (place.get("name"), place.get("admin2"), admin1):
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


# --- Labels: the one place pages turn stored codes into words. The API and exports keep the codes. ---
# Weapon and target labels come from validate.code_label (made from the extractor's lexicon codes, the
# same words the correction pickers show); actors get a written-out name, since a lexicon's first term
# ("terrorists" for UNKNOWN) is not a neutral name for a side.
ACTOR_NAMES = {
    "SYR_GOV": "Syrian government", "RUS": "Russia", "IRN": "Iran", "HEZBOLLAH": "Hezbollah",
    "COALITION": "US-led coalition", "ISIS": "Islamic State", "HTS": "Hayat Tahrir al-Sham",
    "OPPOSITION": "Armed opposition", "SDF": "SDF (Kurdish-led)", "TUR": "Turkey", "ISR": "Israel",
    "UNKNOWN": "Unknown",
}
ROLE_NAMES = {"perpetrator": "perpetrator", "supporter": "supporting", "target": "targeted", "source": "source"}
GRADE_NAMES = {"confirmed": "Confirmed", "fair": "Fair", "weak": "Weak", "contested": "Contested",
               "discounted": "Discounted"}
STATUS_NAMES = {"machine": "Unreviewed (machine)", "reviewed": "Reviewed", "final": "Final"}
_CODE_FIELDS = {"weapon": "weapons", "weapons": "weapons", "target": "targets", "targets": "targets",
                "perpetrator": "actors"}
UNKNOWN = "unknown"


def code_name(kind: str, code: Any) -> str:
    """A code as a person reads it. kind: weapons, targets, actors, grade, status, role or admin1."""
    if code is None or code == "":
        return "–"
    code = str(code)
    if kind == "actors":
        return ACTOR_NAMES.get(code) or code_label("actors", code)
    if kind in ("weapons", "targets"):
        return code_label(kind, code)
    if kind == "grade":
        return GRADE_NAMES.get(code, code)
    if kind == "status":
        return STATUS_NAMES.get(code, code)
    if kind == "role":
        return ROLE_NAMES.get(code, code)
    if kind == "admin1":
        return governorate(code)
    return code


def governorate(name: Any) -> str:
    """The one spelling of a governorate (``Idleb``, ``SY07`` -> ``Idlib``); a name the table does not
    know is shown as stored."""
    if not name:
        return "–"
    pcode = admin1_pcode(str(name))
    return admin1_name(pcode) if pcode else str(name)


def actor_line(actor: Any) -> str:
    """An actor entry ``{"code": "RUS", "role": "supporter"}`` as "Russian forces (supporting)"."""
    if isinstance(actor, dict):
        name = code_name("actors", actor.get("code"))
        role = actor.get("role")
        return f"{name} ({code_name('role', role)})" if role else name
    return code_name("actors", actor)


def field_value(value: Any, field: str) -> str:
    """A stored field value as the incident page shows it: codes as labels, lists joined, None as "–"."""
    if value is None:
        return "–"
    if field == "actors" and isinstance(value, list):
        return ", ".join(actor_line(a) for a in value) or "–"
    kind = _CODE_FIELDS.get(field) or (field if field in ("grade", "admin1") else None)
    if kind is not None:
        values = value if isinstance(value, list) else [value]
        return ", ".join(code_name(kind, v) for v in values) or "–"
    return _show(value)


def figure(value: Any) -> str:
    """A count as text: "unknown" when no source gave it (None), so it never reads as zero."""
    return UNKNOWN if value is None else _fmt_number(value)


def js_labels() -> dict[str, dict[str, str]]:
    """The labels the map popups need, handed to map.js as JSON so the popups show no codes either."""
    return {"weapons": {c: code_name("weapons", c) for c in weapon_codes()},
            "actors": {c: code_name("actors", c) for c in actor_codes()},
            "grade": dict(GRADE_NAMES), "status": dict(STATUS_NAMES)}
