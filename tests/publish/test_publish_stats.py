from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy.orm import Session

from harmledger._config import Settings
from harmledger.geo.admin_names import admin1_name, admin1_pcode
from harmledger.link import link_pending, merge_incidents
from harmledger.publish import IncidentFilter, compute_stats, incident_to_dict
from harmledger.store import Store
from harmledger.store.models import Incident
from tests.link.linkbuild import document, mention


def build(s: Session) -> None:
    document(s, "ks1", [mention("2017-04-04", "khan_shaykhun", weapons=("chemical",), perps=("SYR_GOV",),
                                targets=("residential",), killed=(70, 70), civilians=70, children=20)], outlet="A",
             title="Chemical attack on Khan Shaykhun")
    document(s, "ks2", [mention("2017-04-04", "khan_shaykhun", weapons=("chemical",), perps=("SYR_GOV",),
                                targets=("residential",), killed=(86, 86))], outlet="B")
    document(s, "maarat", [mention("2017-04-10", "maarat", weapons=("airstrike",), perps=("RUS",), targets=("market",),
                                   killed=(10, 12), civilians=8, injured=(30, 30))], outlet="A")
    document(s, "douma", [mention("2018-04-07", "douma", weapons=("chemical",), perps=("SYR_GOV",),
                                  killed=(40, 70))], outlet="C")
    document(s, "aleppo", [mention("2016-12-01", "aleppo", killed=None)], outlet="C")
    document(s, "agg", [mention("2017-04-01", "idlib_gov", kind="aggregate", killed=(1510, None))], outlet="C")
    link_pending(s)


def _sums(rows: list[dict], measure: str) -> int:
    return sum(r[measure] for r in rows)


def test_breakdowns_add_up_to_the_totals(store: Store) -> None:
    with store.session() as s:
        build(s)
        stats = compute_stats(s, IncidentFilter())
    t = stats["totals"]
    assert t["incidents"] == 4
    assert (t["killed_low"], t["killed_best"], t["killed_high"]) == (70 + 10 + 40, 70 + 10 + 40, 86 + 12 + 70)
    assert t["incidents_without_toll"] == 1
    for name in ("period", "admin1", "weapon", "perpetrator", "target"):
        rows = stats[f"by_{name}"]
        for measure in ("incidents", "killed_low", "killed_best", "killed_high", "injured_best", "civilians_killed"):
            assert _sums(rows, measure) == t[measure], (name, measure)
    assert {r["key"] for r in stats["by_weapon"]} == {"chemical", "airstrike", "none"}
    assert {r["key"] for r in stats["by_period"]} == {"2016-12", "2017-04", "2018-04"}
    # Civilian status is stated for Khan Shaykhun (best 70, 70 civilians) and Maarat (best 10, 8 civilians).
    assert t["civilians_killed"] == 78 and t["victims_status_known"] == 80 and t["civilian_share"] == 0.975
    assert t["children_killed"] == 20 and t["victims_age_known"] == 70
    assert t["places_affected"] == 4
    assert stats["claims"]["aggregates"] == 1


@pytest.fixture(scope="module")
def built_store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    store = Store(None, settings=Settings(home=tmp_path_factory.mktemp("filters")))
    store.init()
    with store.session() as s:
        build(s)
    return store


@pytest.mark.parametrize("flt, expected", [
    (IncidentFilter(admin1=["idlib"]), 2),
    (IncidentFilter(admin1=["Idleb"]), 2),
    (IncidentFilter(admin1=["SY07"]), 2),
    (IncidentFilter(admin1=["rif dimashq", "aleppo"]), 2),
    (IncidentFilter(admin1=["Damascus"]), 0),
    (IncidentFilter(weapon=["chemical"]), 2),
    (IncidentFilter(perpetrator=["RUS"]), 1),
    (IncidentFilter(target=["market"]), 1),
    (IncidentFilter(date_from=dt.date(2017, 1, 1), date_to=dt.date(2017, 12, 31)), 2),
    (IncidentFilter(grade=["fair"]), 1),
    (IncidentFilter(q="khan shaykhun"), 1),
    (IncidentFilter(q="chemical attack"), 1),  # a source's title
    (IncidentFilter(weapon="chemical,airstrike", admin1="idlib"), 2),
])
def test_filters(built_store: Store, flt: IncidentFilter, expected: int) -> None:
    with built_store.session() as s:
        assert compute_stats(s, flt)["totals"]["incidents"] == expected


def test_filters_on_postgres_and_merged_incidents_are_left_out(store: Store) -> None:
    with store.session() as s:
        build(s)
        assert compute_stats(s, IncidentFilter(admin1=["Deir ez-Zor", "idlib"]))["totals"]["incidents"] == 2
        assert compute_stats(s, IncidentFilter(perpetrator=["SYR_GOV"], weapon=["chemical"]))["totals"]["incidents"] == 2
        ids = [i.id for i in s.query(Incident).order_by(Incident.date_start).all()]
        merge_incidents(s, ids[1], [ids[2]], actor="ana")
        assert compute_stats(s, IncidentFilter())["totals"]["incidents"] == 3


def test_incident_to_dict_has_the_contract_shape(store: Store) -> None:
    with store.session() as s:
        build(s)
        inc = s.query(Incident).filter(Incident.n_sources == 2).one()
        record = incident_to_dict(s, inc)
    assert record["id"] == inc.id and record["kind"] == "incident" and record["date"]["start"] == "2017-04-04"
    assert record["casualties"]["killed"] == {"low": 70, "best": 70, "high": 86, "civilians": 70, "children": 20,
                                              "women": None}
    assert record["places"][0]["resolved"]["admin1_pcode"] == "SY07"
    assert {"code": "SYR_GOV", "role": "perpetrator"} in record["actors"]
    assert [w["code"] for w in record["weapons"]] == ["chemical"]
    assert record["grade"] == "fair" and record["status"] == "machine"
    assert {x["document_id"] for x in record["sources"]} == {"ks1", "ks2"}
    assert set(record["sources"][0]) == {"document_id", "mention_index", "title", "published", "source"}


def test_unknown_period_is_a_clear_error(sqlite_store: Store) -> None:
    from harmledger._errors import HarmledgerError

    with sqlite_store.session() as s, pytest.raises(HarmledgerError, match="period"):
        compute_stats(s, IncidentFilter(), period="decade")


def test_perpetrator_not_known_is_one_unknown_bucket(sqlite_store: Store) -> None:
    with sqlite_store.session() as s:
        document(s, "named", [mention("2017-01-10", "aleppo", perps=("SYR_GOV",), killed=(3, 3))])
        document(s, "unnamed", [mention("2017-03-10", "douma", perps=("UNKNOWN",), killed=(5, 5))])
        document(s, "absent", [mention("2017-06-10", "maarat", killed=(7, 7))])
        link_pending(s)
        assert {i.perpetrator for i in s.query(Incident)} == {"SYR_GOV", "UNKNOWN", None}
        stats = compute_stats(s, IncidentFilter())
    rows = {r["key"]: r for r in stats["by_perpetrator"]}
    assert set(rows) == {"SYR_GOV", "unknown"}
    assert (rows["unknown"]["incidents"], rows["unknown"]["killed_best"]) == (2, 12)
    assert _sums(stats["by_perpetrator"], "killed_best") == stats["totals"]["killed_best"] == 15


# --- compute_stats against a plain row-by-row reference (the original Python loop) ---------------------------

def _reference_stats(s: Session, flt: IncidentFilter, period: str, reviewed_only: bool = False) -> dict:
    from collections import defaultdict

    from sqlalchemy import select

    from harmledger.publish.claims import list_claims
    from harmledger.publish.stats import (
        BREAKDOWNS,
        KILLED_NOTE,
        LABELS,
        MEASURES,
        PERIOD_RULE,
        middle_day,
        period_key,
        review_note,
    )

    def empty() -> dict[str, int]:
        return dict.fromkeys(MEASURES, 0)

    def add(bucket: dict[str, int], row: Incident) -> None:
        bucket["incidents"] += 1
        for name in MEASURES[1:]:
            bucket[name] += getattr(row, name) or 0

    stmt = flt.apply(select(Incident)).where(Incident.kind == "incident")
    if "discounted" not in flt.grade:
        stmt = stmt.where(Incident.grade != "discounted")
    if reviewed_only:
        stmt = stmt.where(Incident.status != "machine")
    totals = empty()
    breakdowns: dict[str, dict[str, dict[str, int]]] = {b: defaultdict(empty) for b in BREAKDOWNS}
    pcodes: dict[str, str | None] = {}
    places: set[str] = set()
    status_known = children_known = no_toll = unreviewed = 0
    for row in s.scalars(stmt):
        add(totals, row)
        unreviewed += row.status == "machine"
        # A governorate of the one table is one bucket under its display name, however the row spells it.
        gov = admin1_pcode(row.admin1_pcode or "") or (None if row.admin1_pcode else admin1_pcode(row.admin1 or ""))
        keys = {"period": period_key(middle_day(row.date_start, row.date_end), period), "admin1": admin1_name(gov) if gov else row.admin1 or "unknown",
                "weapon": row.weapon or "none",
                "perpetrator": row.perpetrator if row.perpetrator and row.perpetrator != "UNKNOWN" else "unknown",
                "target": row.target or "none"}
        pcodes[keys["admin1"]] = pcodes.get(keys["admin1"]) or gov or row.admin1_pcode
        for name, key in keys.items():
            add(breakdowns[name][key], row)
        if row.civilians_killed is not None:
            status_known += max(row.killed_best or 0, row.civilians_killed)
        if row.children_killed is not None:
            children_known += max(row.killed_best or 0, row.children_killed)
        if row.killed_best is None:
            no_toll += 1
        if row.where_prec is not None and row.where_prec <= 2 and (row.place_id or row.place_name):
            places.add(row.place_id or row.place_name)

    def share(part: int, whole: int) -> float | None:
        return round(part / whole, 4) if whole else None

    out: dict = {"filter": flt.model_dump(mode="json"), "period": period, "reviewed_only": reviewed_only,
                 "labels": LABELS, "killed_note": KILLED_NOTE, "period_rule": PERIOD_RULE,
                 "review_note": review_note(unreviewed, totals["incidents"]),
                 "totals": {**totals, "incidents_without_toll": no_toll, "victims_status_known": status_known,
                            "civilian_share": share(totals["civilians_killed"], status_known),
                            "victims_age_known": children_known,
                            "children_share": share(totals["children_killed"], children_known),
                            "places_affected": len(places), "unreviewed_incidents": unreviewed,
                            "unreviewed_share": share(unreviewed, totals["incidents"]),
                            "reviewed_incidents": totals["incidents"] - unreviewed}}
    for name, buckets in breakdowns.items():
        ordered = sorted(buckets.items(), key=(lambda kv: kv[0]) if name == "period"
                         else (lambda kv: (-kv[1]["incidents"], kv[0])))
        rows: list[dict] = [{"key": key, **values} for key, values in ordered]
        if name == "admin1":
            for r in rows:
                r["pcode"] = pcodes.get(str(r["key"]))
        out[f"by_{name}"] = rows
    out["claims"] = {"aggregates": len(list_claims(s, flt)),
                     "note": "aggregate figures reported as totals; listed apart, never added to incidents"}
    return out


def _varied(s: Session) -> None:
    """Hand-made rows covering every bucket rule: gaps, UNKNOWN, discounted, aggregates, odd tolls."""
    govs = [("Idlib", "SY07"), ("Aleppo", "SY02"), (None, None), ("", None), ("Rural Damascus", "SY03"),
            ("Idleb", "SY07"), ("Rif Dimashq", None), ("Baghdad", "IQ.07")]
    days = [dt.date(2016, 12, 31), dt.date(2017, 1, 1), dt.date(2017, 1, 2), dt.date(2015, 12, 28),
            dt.date(2020, 12, 31), dt.date(2021, 1, 3), dt.date(2018, 3, 31), dt.date(2018, 4, 1), None]
    perps = ["SYR_GOV", "UNKNOWN", None, "", "RUS"]
    weapons = ["airstrike", None, "", "chemical"]
    targets = ["market", None, "residential"]
    grades = ["confirmed", "fair", "weak", "contested", "discounted"]
    rows = []
    for i in range(60):
        gov, pcode = govs[i % len(govs)]
        best = None if i % 7 == 0 else (i * 3) % 17
        start = days[i % len(days)]
        # Spans of 0 to 40 days (some across a month's or year's end), and a few with no end.
        end = None if start is None or i % 10 == 3 else start + dt.timedelta(days=(i * 7) % 41)
        rows.append(Incident(
            id=f"inc_{i:04d}", kind="aggregate" if i % 11 == 5 else "incident", date_start=start,
            date_end=end, admin1=gov, admin1_pcode=pcode, weapon=weapons[i % len(weapons)],
            weapons=[w for w in [weapons[i % len(weapons)]] if w], target=targets[i % len(targets)],
            targets=[t for t in [targets[i % len(targets)]] if t], perpetrator=perps[i % len(perps)],
            actors=[{"code": p, "role": "perpetrator"} for p in [perps[i % len(perps)]] if p],
            killed_low=None if best is None else max(best - 1, 0), killed_best=best,
            killed_high=None if i % 5 == 0 else (best or 0) + 4,
            injured_low=i % 4 or None, injured_best=i % 6 or None, injured_high=(i % 6) * 2 or None,
            # Some state more civilians/children than the best toll.
            civilians_killed=None if i % 3 == 0 else (best or 0) + (i % 4 == 1) * 5,
            children_killed=None if i % 4 == 0 else (i % 9),
            women_killed=None if i % 2 else i % 5,
            where_prec=[1, 2, 3, None][i % 4], place_id=[f"pl{i % 6}", None, "", None][i % 4],
            place_name=[f"Place {i % 8}", f"Place {i % 5}", None, ""][(i // 4) % 4],
            grade=grades[i % len(grades)], status=["machine", "reviewed", "machine", "final"][i % 4], machine={}, overrides={}, deleted=i == 13,
        ))
    s.add_all(rows)
    s.flush()


@pytest.mark.parametrize("period", ["day", "week", "month", "quarter", "year"])
def test_compute_stats_matches_the_row_by_row_reference(store: Store, period: str) -> None:
    flts = [IncidentFilter(), IncidentFilter(grade=["discounted", "fair"]), IncidentFilter(weapon=["airstrike"]),
            IncidentFilter(admin1=["idlib", "aleppo"]), IncidentFilter(perpetrator=["UNKNOWN"]),
            IncidentFilter(admin1=["Damascus"])]
    with store.session() as s:
        _varied(s)
        for flt in flts:
            got = compute_stats(s, flt, period=period)
            # Lists compare in order, so this also checks the bucket ordering.
            assert got == _reference_stats(s, flt, period), flt
            reviewed = compute_stats(s, flt, period=period, reviewed_only=True)
            assert reviewed == _reference_stats(s, flt, period, reviewed_only=True), flt
        assert compute_stats(s, IncidentFilter(), period=period)["totals"]["incidents"] > 20


# --- review status and the period of incidents whose dates span several days ----------------------------

def _incident(ident: str, start: dt.date | None, end: dt.date | None, *, killed: int = 0, injured: int = 0,
              status: str = "machine", civilians: int | None = None) -> Incident:
    return Incident(id=ident, kind="incident", date_start=start, date_end=end, killed_low=killed, killed_best=killed,
                    killed_high=killed, injured_best=injured, civilians_killed=civilians, grade="fair", status=status,
                    machine={}, overrides={}, weapons=[], targets=[], actors=[])


def test_a_range_incident_is_counted_in_the_period_of_its_middle_day(store: Store) -> None:
    """No incident whose dates fall in April is counted in March, on SQLite and PostgreSQL."""
    d = dt.date
    with store.session() as s:
        s.add_all([
            _incident("apr_day", d(2017, 4, 1), d(2017, 4, 1), injured=1),
            _incident("apr_month", d(2017, 4, 1), d(2017, 4, 30), injured=10),      # "in April"
            _incident("apr_end", d(2017, 4, 30), None, injured=100),
            _incident("apr_mostly", d(2017, 3, 25), d(2017, 4, 10), injured=400),   # middle day 2 April
            _incident("mar_mostly", d(2017, 3, 28), d(2017, 4, 3), injured=1000),   # middle day 31 March
            _incident("mar_last", d(2017, 3, 31), d(2017, 3, 31), injured=2000),
            _incident("backwards", d(2017, 5, 2), d(2017, 4, 20), injured=5000),    # end before start: the start
            _incident("year_end", d(2017, 12, 20), d(2018, 1, 20), injured=10000),  # middle day 4 January 2018
        ])
        s.flush()
        by_month = {r["key"]: r["injured_best"] for r in compute_stats(s, IncidentFilter())["by_period"]}
        by_year = {r["key"]: r["injured_best"] for r in compute_stats(s, IncidentFilter(), period="year")["by_period"]}
        april = compute_stats(s, IncidentFilter(date_from=d(2017, 4, 1), date_to=d(2017, 4, 30)))
    assert by_month == {"2017-03": 3000, "2017-04": 511, "2017-05": 5000, "2018-01": 10000}
    assert by_year == {"2017": 8511, "2018": 10000}
    # The filter takes every incident whose dates overlap April; each is still in its middle day's month.
    assert {r["key"]: r["injured_best"] for r in april["by_period"]} == {"2017-03": 1000, "2017-04": 511}
    assert "middle day" in april["period_rule"]


def test_unreviewed_incidents_are_reported_and_reviewed_only_counts_the_rest(store: Store) -> None:
    d = dt.date(2020, 1, 1)
    with store.session() as s:
        s.add_all([_incident("m1", d, d, killed=10, civilians=4), _incident("m2", d, d, killed=5),
                   _incident("r1", d, d, killed=3, status="reviewed", civilians=3),
                   _incident("f1", d, d, killed=2, status="final")])
        s.flush()
        every = compute_stats(s, IncidentFilter())
        reviewed = compute_stats(s, IncidentFilter(), reviewed_only=True)
    t = every["totals"]
    assert (t["incidents"], t["unreviewed_incidents"], t["reviewed_incidents"], t["unreviewed_share"]) == (4, 2, 2, 0.5)
    assert t["killed_best"] == 20 and t["civilians_killed"] == 7
    assert every["review_note"].startswith("2 of 4 incidents (50%) are unreviewed machine output")
    assert every["labels"]["killed_best"] == "killed (all)" and every["labels"]["civilians_killed"] == "of whom civilians"
    r = reviewed["totals"]
    assert reviewed["reviewed_only"] is True and reviewed["review_note"] is None
    assert (r["incidents"], r["killed_best"], r["civilians_killed"], r["unreviewed_incidents"]) == (2, 5, 3, 0)


def test_stats_command_shows_all_killed_beside_civilians_and_the_unreviewed(sqlite_store: Store) -> None:
    import json

    from typer.testing import CliRunner

    from harmledger.cli import build_app

    d = dt.date(2020, 1, 1)
    with sqlite_store.session() as s:
        s.add_all([_incident("m1", d, d, killed=10, civilians=4),
                   _incident("r1", d, dt.date(2020, 2, 10), killed=3, status="reviewed", civilians=3)])
    runner, app = CliRunner(), build_app()
    every = json.loads(runner.invoke(app, ["stats", "--db", sqlite_store.url, "--json"]).stdout)
    assert every["totals"]["unreviewed_incidents"] == 1 and every["totals"]["unreviewed_share"] == 0.5
    assert every["labels"]["killed_best"] == "killed (all)" and "unreviewed machine output" in every["review_note"]
    assert every["period_rule"] and every["reviewed_only"] is False
    result = runner.invoke(app, ["stats", "--db", sqlite_store.url, "--json", "--reviewed-only"])
    assert result.exit_code == 0, result.output
    reviewed = json.loads(result.stdout)
    assert (reviewed["totals"]["incidents"], reviewed["totals"]["killed_best"], reviewed["reviewed_only"]) == (1, 3, True)
    assert reviewed["review_note"] is None
    text = runner.invoke(app, ["stats", "--db", sqlite_store.url, "--by", "period"]).stdout
    assert "killed (all) 13" in text and "of whom civilians 7" in text
    assert "1 unreviewed, 50%" in text and "unreviewed machine output" in text
    assert "Rule: an incident is counted in the period that contains the middle day" in text
    assert "of whom civilians" in text.split("By period", 1)[1]
    text = runner.invoke(app, ["stats", "--db", sqlite_store.url, "--reviewed-only", "--by", "period"]).stdout
    assert "killed (all) 3" in text and "reviewed incidents only" in text and "unreviewed machine output" not in text
