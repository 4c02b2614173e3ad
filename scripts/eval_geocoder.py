"""Accuracy of the geocoder on real place names with known coordinates.

    .venv/bin/python scripts/eval_geocoder.py [--source /work/shared/data/gazetteer/syria] [--show-misses]

The list of names is built from the GeoNames and OCHA files the shipped gazetteer comes from, so each
query is asked "leave one spelling out": the spelling queried is taken out of the gazetteer first,
and the place must be found through its other spellings (the variant matching the reports need).
Two sets:

* variants: every Latin or Arabic alternate spelling of a GeoNames town that differs from its other
  spellings after light normalisation; truth is the town's GeoNames point.
* unknown: OCHA city neighbourhoods whose name (and its skeleton) no other place has, removed
  entirely from the gazetteer; the right answer is null, so any resolved one is a fuzzy false match.

A quarter of the places, chosen by a hash of their id, is held out: tuning looked only at the rest
(``--part tune``); the held-out figures are printed separately. Misses are shown only for the tuning
part.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from harmledger.geo.gazetteer import GazPlace, load_shipped  # noqa: E402
from harmledger.geo.geocoder import Geocoder  # noqa: E402
from harmledger.geo.geonames import keep_alternate_name  # noqa: E402
from harmledger.geo.normalise import normalise_name, skeleton  # noqa: E402
from harmledger.geo.ranking import distance_km  # noqa: E402


@dataclass
class Query:
    place_id: str
    name: str
    lat: float | None  # None: the right answer is "not known"
    lon: float | None
    kind: str


def held_out(place_id: str) -> bool:
    return int(hashlib.sha256(place_id.encode()).hexdigest(), 16) % 4 == 0


def build_queries(src: Path) -> list[Query]:
    queries: list[Query] = []
    with (src / "geonames_cities500_SY.tsv").open(encoding="utf-8", newline="") as fh:
        for cols in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            pid = f"geonames:{cols[0]}"
            names = [cols[1], cols[2], *[a for a in cols[3].split(",") if keep_alternate_name(a)]]
            lights = [normalise_name(n) for n in names]
            seen: set[str] = set()
            for name, light in zip(names, lights, strict=True):
                if light in seen or lights.count(light) > 1 or len(light) < 3:
                    seen.add(light)
                    continue
                seen.add(light)
                queries.append(Query(pid, name, float(cols[4]), float(cols[5]), "variants"))
    with (src / "city_neighbourhoods.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    counts: dict[str, int] = {}
    for row in rows:
        counts[normalise_name(row["name_en"])] = counts.get(normalise_name(row["name_en"]), 0) + 1
    for row in rows:
        if counts[normalise_name(row["name_en"])] == 1:
            queries.append(Query(f"ocha:{row['pcode']}", " ".join(row["name_en"].split()),
                                 float(row["latitude"]), float(row["longitude"]), "unknown"))
    return queries


def run(queries: list[Query], show_misses: bool) -> dict[tuple[str, str], list[int]]:
    gaz = load_shipped()
    gc = Geocoder(gaz)
    # tally[(kind, part)] = [queries, resolved, within 5 km]
    tally: dict[tuple[str, str], list[int]] = {}
    for q in queries:
        part = "held-out" if held_out(q.place_id) else "tune"
        original = gaz.by_id.get(q.place_id)
        if original is None:
            continue
        if q.kind == "variants":
            reduced = GazPlace(**{**original.__dict__, "_names": None, "alternate_names": [
                n for n in original.alternate_names if normalise_name(n) != normalise_name(q.name)]})
            if normalise_name(reduced.name) == normalise_name(q.name):
                reduced.name = reduced.alternate_names.pop(0) if reduced.alternate_names else reduced.name
            if reduced.name_ar and normalise_name(reduced.name_ar) == normalise_name(q.name):
                reduced.name_ar = None
            reduced._names = None
            gaz.remove(q.place_id)
            gaz.add([reduced])
        else:
            gaz.remove(q.place_id)
            if skeleton(q.name) in gaz.by_key or normalise_name(q.name) in gaz.by_light:
                # Another place really has this name: not an unknown name, leave it out of the set.
                gaz.add([original])
                continue
        try:
            got = gc.geocode(q.name)
        finally:
            gaz.remove(q.place_id)
            gaz.add([original])
        t = tally.setdefault((q.kind, part), [0, 0, 0])
        t[0] += 1
        if got is None or got.lat is None or got.lon is None:
            if show_misses and part == "tune" and q.kind == "variants":
                print(f"  unresolved  {q.name!r} ({original.name})")
            continue
        t[1] += 1
        d = distance_km((got.lat, got.lon), (q.lat, q.lon)) if q.lat is not None and q.lon is not None else 9e9
        if d <= 5.0:
            t[2] += 1
        elif show_misses and part == "tune":
            print(f"  WRONG {d:7.1f} km  {q.kind} {q.name!r} ({original.name}) -> {got.name} [{got.place_id}]")
    return tally


def main() -> None:
    parser = argparse.ArgumentParser(description="Print the geocoder's accuracy on real names.")
    parser.add_argument("--source", type=Path, default=Path("/work/shared/data/gazetteer/syria"))
    parser.add_argument("--show-misses", action="store_true", help="List misses of the tuning part.")
    args = parser.parse_args()
    tally = run(build_queries(args.source), args.show_misses)
    print(f"{'set':10} {'part':9} {'names':>6} {'resolved':>9} {'within 5 km of resolved':>24}")
    for (kind, part), (n, res, ok) in sorted(tally.items()):
        print(f"{kind:10} {part:9} {n:6d} {res / n:9.1%} {(ok / res if res else 0):24.1%}")
    print("variants: share resolved is recall. unknown: the right answer is null; its 'resolved' share "
          "is the rate of false matches (lower is better).")


if __name__ == "__main__":
    main()
