"""Synthetic incidents for the web and load benchmarks: one generator, inserted in batches of 5,000."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from sqlalchemy import insert
from sqlalchemy.orm import Session

from harmledger.geo.admin_names import admin1_pcode
from harmledger.store.models import Incident

GOVERNORATES = {
    "Aleppo": (36.2, 37.15), "Idlib": (35.93, 36.63), "Hama": (35.13, 36.75), "Homs": (34.73, 36.71),
    "Damascus": (33.51, 36.29), "Rural Damascus": (33.57, 36.4), "Daraa": (32.62, 36.1), "Deir ez-Zor": (35.33, 40.14),
    "Raqqa": (35.95, 39.01), "Al-Hasakeh": (36.5, 40.75), "Lattakia": (35.52, 35.79), "Tartous": (34.89, 35.89),
    "Quneitra": (33.12, 35.82), "As-Sweida": (32.71, 36.57),
}
WEAPONS = ["airstrike", "barrel_bomb", "artillery", "rocket", "missile", "car_bomb", "ied", "small_arms", "drone"]
TARGETS = ["residential", "market", "medical", "school", "idp_camp", "bakery", "other"]
ACTORS = ["SYR_GOV", "RUS", "ISIS", "HTS", "OPPOSITION", "SDF", "COALITION", "UNKNOWN"]
GRADES = ["confirmed", "fair", "weak", "contested"]
BATCH = 5000


def insert_incidents(session: Session, n: int, rng: random.Random) -> None:
    """``n`` day-precise incidents over 2012-2020 in the governorates above, each with one weapon, target and
    perpetrator (governorate P-codes as the geocoder sets them)."""
    names = list(GOVERNORATES)
    pcodes = {name: admin1_pcode(name) for name in names}
    day0 = dt.date(2012, 1, 1)
    batch: list[dict[str, Any]] = []
    for i in range(n):
        gov = rng.choice(names)
        lat, lon = GOVERNORATES[gov]
        killed = int(rng.expovariate(1 / 6))
        weapon, target, actor = rng.choice(WEAPONS), rng.choice(TARGETS), rng.choice(ACTORS)
        day = day0 + dt.timedelta(days=rng.randrange(3000))
        batch.append({
            "id": f"inc_{i:012x}", "kind": "incident", "date_start": day, "date_end": day, "date_precision": "day",
            "place_name": f"Place {i % 5000}", "lat": lat + rng.uniform(-0.4, 0.4), "lon": lon + rng.uniform(-0.4, 0.4),
            "where_prec": 1, "admin1": gov, "admin1_pcode": pcodes[gov], "country": "SY", "weapons": [weapon],
            "targets": [target], "actors": [{"code": actor, "role": "perpetrator"}], "weapon": weapon,
            "target": target, "perpetrator": actor, "killed_low": killed, "killed_best": killed,
            "killed_high": killed, "injured_low": killed * 2, "injured_best": killed * 2, "injured_high": killed * 2,
            "n_sources": 1 + i % 3, "n_independent": 1, "grade": rng.choice(GRADES), "status": "machine",
            "machine": {}, "overrides": {}, "deleted": False,
        })
        if len(batch) == BATCH:
            session.execute(insert(Incident), batch)
            batch = []
    if batch:
        session.execute(insert(Incident), batch)
