"""Our codes in ACLED's and UCDP's terms (documented in docs/exports.md; keep the two in step)."""

from __future__ import annotations

# weapon -> (ACLED event_type, sub_event_type). ACLED's categories for remote violence and
# violence against civilians; an attack with no weapon known is recorded as an attack on civilians.
ACLED_EVENT: dict[str, tuple[str, str]] = {
    "airstrike": ("Explosions/Remote violence", "Air/drone strike"),
    "barrel_bomb": ("Explosions/Remote violence", "Air/drone strike"),
    "cluster_munition": ("Explosions/Remote violence", "Air/drone strike"),
    "incendiary": ("Explosions/Remote violence", "Air/drone strike"),
    "drone": ("Explosions/Remote violence", "Air/drone strike"),
    "chemical": ("Explosions/Remote violence", "Chemical weapon"),
    "ballistic_missile": ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    "missile": ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    "rocket": ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    "artillery": ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    "ied": ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
    "car_bomb": ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
    "landmine_erw": ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
    "suicide_attack": ("Explosions/Remote violence", "Suicide bomb"),
    "small_arms": ("Violence against civilians", "Attack"),
    "execution": ("Violence against civilians", "Attack"),
    "unknown": ("Violence against civilians", "Attack"),
}
ACLED_DEFAULT = ("Violence against civilians", "Attack")

# actor code -> (ACLED actor name, ACLED inter code: 1 state forces, 2 rebel groups, 3 political
# militias, 7 civilians, 8 external/other forces).
ACLED_ACTOR: dict[str, tuple[str, int]] = {
    "SYR_GOV": ("Military Forces of Syria (2000-)", 1),
    "RUS": ("Military Forces of Russia (2000-)", 8),
    "IRN": ("Military Forces of Iran (1989-)", 8),
    "HEZBOLLAH": ("Hezbollah", 3),
    "ISIS": ("Islamic State (Syria)", 2),
    "HTS": ("Hayat Tahrir al Sham", 2),
    "OPPOSITION": ("Opposition Rebels (Syria)", 2),
    "SDF": ("SDF: Syrian Democratic Forces", 2),
    "COALITION": ("Operation Inherent Resolve", 8),
    "TUR": ("Military Forces of Turkey (2016-)", 8),
    "ISR": ("Military Forces of Israel (2022-)", 8),
    "UNKNOWN": ("Unidentified Armed Group (Syria)", 3),
}
ACLED_CIVILIANS = ("Civilians (Syria)", 7)

# actor code -> UCDP side name.
UCDP_SIDE: dict[str, str] = {
    "SYR_GOV": "Government of Syria", "RUS": "Government of Russia (Soviet Union)", "IRN": "Government of Iran",
    "HEZBOLLAH": "Hezbollah", "ISIS": "IS", "HTS": "Jabhat Fateh al-Sham", "OPPOSITION": "Syrian insurgents",
    "SDF": "SDF", "COALITION": "Government of United States of America", "TUR": "Government of Turkey",
    "ISR": "Government of Israel", "UNKNOWN": "",
}

COUNTRIES: dict[str, dict[str, object]] = {
    # ISO 3166 numeric (ACLED iso), Gleditsch-Ward code (UCDP country_id), region names of each project.
    "SY": {"name": "Syria", "iso": 760, "gw": 652, "acled_region": "Middle East", "ucdp_region": "Middle East"},
}

# Targets that are not civilian objects; any other target makes the event civilian targeting.
MILITARY_TARGETS = {"military"}

# Our date precision -> (ACLED time_precision, UCDP date_prec).
TIME_PRECISION: dict[str | None, tuple[int, int]] = {
    "day": (1, 1), "week": (2, 3), "month": (3, 4), "period": (3, 5), "year": (3, 5), None: (3, 5),
}


def geo_precision(where_prec: int | None) -> int:
    """UCDP where_prec (1..6) -> ACLED geo_precision (1 town, 2 near/part of a region, 3 province)."""
    if where_prec is None or where_prec >= 4:
        return 3
    return 1 if where_prec == 1 else 2


def priogrid_gid(lat: float, lon: float) -> int:
    """The PRIO-GRID cell (0.5 degrees, numbered from the south-west corner, row by row)."""
    row = int((lat + 90) // 0.5) + 1
    col = int((lon + 180) // 0.5) + 1
    return (row - 1) * 720 + col
