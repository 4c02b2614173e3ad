"""Our codes in ACLED's and UCDP's terms (documented in docs/exports.md; keep the two in step)."""

from __future__ import annotations

# ACLED's event types and sub-event types (ACLED Codebook). Our weapon code -> the pair it is when
# the weapon alone decides; the codes below it depend on other weapons named or on the evidence of
# who was hit (publish/coding.py). The table in docs/exports.md says the same: keep the three in step.
EXPLOSIONS = "Explosions/Remote violence"
VAC = "Violence against civilians"
BATTLES = "Battles"
AIR = "Air/drone strike"
SHELLING = "Shelling/artillery/missile attack"
ACLED_EVENT: dict[str, tuple[str, str]] = {
    "airstrike": (EXPLOSIONS, AIR),
    "barrel_bomb": (EXPLOSIONS, AIR),
    "drone": (EXPLOSIONS, AIR),
    "chemical": (EXPLOSIONS, "Chemical weapon"),
    "ballistic_missile": (EXPLOSIONS, SHELLING),
    "missile": (EXPLOSIONS, SHELLING),
    "rocket": (EXPLOSIONS, SHELLING),
    "artillery": (EXPLOSIONS, SHELLING),
    "ied": (EXPLOSIONS, "Remote explosive/landmine/IED"),
    "car_bomb": (EXPLOSIONS, "Remote explosive/landmine/IED"),
    "landmine_erw": (EXPLOSIONS, "Remote explosive/landmine/IED"),
    "suicide_attack": (EXPLOSIONS, "Suicide bomb"),
    "execution": (VAC, "Attack"),
}
# Weapon codes whose ACLED type depends on more than the code:
# - cluster_munition, incendiary: Air/drone strike when an air-delivered weapon is also named,
#   Shelling/artillery/missile attack when a ground-launched one is; else Explosions/Remote violence
#   with the sub-event left empty (the delivery is not known);
# - small_arms: Battles/Armed clash between armed actors, Violence against civilians/Attack with
#   civilian evidence, else both left empty;
# - unknown (a word such as "bombing" or "strike" with no weapon named) -> Explosions/Remote
#   violence, sub-event left empty;
# - no weapon at all: Violence against civilians/Attack with civilian evidence, else left empty.
DELIVERED_WEAPONS = {"cluster_munition", "incendiary"}
AIR_DELIVERY = {"airstrike", "barrel_bomb", "drone"}
GROUND_DELIVERY = {"artillery", "rocket", "missile", "ballistic_missile"}

# Targets that are civilian objects or people: evidence of civilian targeting (docs/contract.md section 3;
# `vehicle` and `other` say nothing either way, `military` says the opposite).
CIVILIAN_TARGETS = {
    "idp_camp", "school", "medical", "place_of_worship", "market", "residential", "civil_defense", "bakery",
    "water_power", "humanitarian", "displaced_people",
}
MILITARY_TARGETS = {"military"}
# Actor codes that stand for civilians when given with role target (none of the contract's codes do;
# conflicts that add one list it here). Any other actor code is an organised armed actor.
CIVILIAN_ACTORS = {"CIVILIANS"}
# Actors that are states (UCDP "Government of ..."): a state against an organised group is state-based.
STATE_ACTORS = {"SYR_GOV", "RUS", "IRN", "COALITION", "TUR", "ISR"}

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

# Our date precision -> (ACLED time_precision, UCDP date_prec) when the span does not say more
# (see coding.date_precisions: the span's length decides when start and end are given).
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
