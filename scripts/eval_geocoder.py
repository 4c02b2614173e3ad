"""Accuracy of the geocoder on real place names with known coordinates.

    .venv/bin/python scripts/eval_geocoder.py [--source ../shared/data/gazetteer/syria]
        [--ucdp ../shared/data/ucdp/ged_syria_2016_2017.csv] [--show-misses]

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

A third set checks the gazetteer on places where attacks happened that it was not built from (UCDP GED,
split by year): the names of UCDP's 2017 where_prec 1 places whose cleaned name no 2016 place has, each
asked with UCDP's governorate as ``within``; right means within 5 km of UCDP's point. It is asked of a
gazetteer built in memory (scripts/build_gazetteer.py ``places_payload``) from OCHA+GeoNames alone, of
one from OCHA+GeoNames+UCDP 2016 (the held-out figure), and, for reference only, of the shipped
gazetteer, which was built from 2017 too and so is NOT held out.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

import build_gazetteer  # noqa: E402

from harmledger.geo.gazetteer import Gazetteer, GazPlace, _from_row, load_shipped  # noqa: E402
from harmledger.geo.geocoder import Geocoder  # noqa: E402
from harmledger.geo.geonames import keep_alternate_name  # noqa: E402
from harmledger.geo.importers import read_event_places  # noqa: E402
from harmledger.geo.normalise import normalise_name, skeleton  # noqa: E402
from harmledger.geo.ranking import distance_km  # noqa: E402


@dataclass
class Query:
    place_id: str
    name: str
    lat: float | None  # None: the right answer is "not known"
    lon: float | None
    kind: str
    within: str | None = None


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


def ucdp_queries(ucdp: Path, only_new: bool = True) -> list[Query]:
    """UCDP 2017 where_prec 1 places: those whose cleaned names no 2016 where_prec 1 place has (``only_new``),
    or all of them, as a list of a later year's places would have them (attacks return to the same villages)."""
    def year(y: int) -> list[GazPlace]:
        return read_event_places("ucdp", ucdp, keep=lambda r: r["where_prec"].strip() == "1" and r["year"] == str(y)).places

    names_2016 = {normalise_name(n) for p in year(2016) for n in [p.name, *p.alternate_names]}
    return [Query(p.id, p.name, p.lat, p.lon, "ucdp-2017", p.admin1_name) for p in year(2017)
            if not only_new or not any(normalise_name(n) in names_2016 for n in [p.name, *p.alternate_names])]


def gazetteer_of(payload: dict[str, Any]) -> Gazetteer:
    return Gazetteer((_from_row(payload["fields"], row) for row in payload["places"]), payload["admin"])


def run_ucdp(queries: list[Query], gaz: Gazetteer, show_misses: bool) -> tuple[int, int, int]:
    """(names, resolved, resolved within 5 km of UCDP's point)."""
    gc = Geocoder(gaz)
    resolved = right = 0
    for q in queries:
        got = gc.geocode(q.name, within=q.within)
        if got is None or got.lat is None or got.lon is None:
            if show_misses:
                print(f"  unresolved  {q.name!r} ({q.within})")
            continue
        resolved += 1
        d = distance_km((got.lat, got.lon), (q.lat, q.lon))  # type: ignore[arg-type]
        if d <= 5.0:
            right += 1
        elif show_misses:
            print(f"  WRONG {d:7.1f} km  {q.name!r} ({q.within}) -> {got.name} [{got.place_id}]")
    return len(queries), resolved, right


def main() -> None:
    parser = argparse.ArgumentParser(description="Print the geocoder's accuracy on real names.")
    parser.add_argument("--source", type=Path, default=build_gazetteer.SHARED / "gazetteer" / "syria")
    parser.add_argument("--ucdp", type=Path, default=build_gazetteer.SHARED / "ucdp" / "ged_syria_2016_2017.csv")
    parser.add_argument("--show-misses", action="store_true", help="List misses of the tuning part (and of UCDP held out).")
    args = parser.parse_args()
    tally = run(build_queries(args.source), args.show_misses)
    print(f"{'set':10} {'part':9} {'names':>6} {'resolved':>9} {'within 5 km of resolved':>24}")
    for (kind, part), (n, res, ok) in sorted(tally.items()):
        print(f"{kind:10} {part:9} {n:6d} {res / n:9.1%} {(ok / res if res else 0):24.1%}")
    print("variants: share resolved is recall. unknown: the right answer is null; its 'resolved' share "
          "is the rate of false matches (lower is better).")
    print()
    geo = build_gazetteer.geometry(args.source)
    base, _ = build_gazetteer.places_payload(args.source, geo, None)
    held, _ = build_gazetteer.places_payload(args.source, geo, args.ucdp, ucdp_years={2016})
    for only_new, title in ((False, "all UCDP 2017 where_prec 1 places (a later year's place list)"),
                            (True, "UCDP 2017 where_prec 1 places with names no 2016 place has")):
        queries = ucdp_queries(args.ucdp, only_new)
        print(f"{title}, asked with UCDP's governorate as within:")
        print(f"{'gazetteer':52} {'names':>6} {'resolved':>9} {'within 5 km of resolved':>24}")
        for label, gaz, misses in (
            ("OCHA+GeoNames (no UCDP)", gazetteer_of(base), False),
            ("OCHA+GeoNames+UCDP 2016 (held out)", gazetteer_of(held), args.show_misses and only_new),
            ("shipped, built with UCDP 2017 too (NOT held out)", load_shipped(), False),
        ):
            n, res, ok = run_ucdp(queries, gaz, misses)
            print(f"{label:52} {n:6d} {res / n:9.1%} {(ok / res if res else 0):24.1%}")
        print()


if __name__ == "__main__":
    main()
