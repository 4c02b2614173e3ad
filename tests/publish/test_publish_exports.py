from __future__ import annotations

import csv
import datetime as dt
import io
import json

import pytest
from shapely.geometry import Point, shape
from typer.testing import CliRunner

from harmledger.cli import build_app
from harmledger.link import link_pending, merge_incidents
from harmledger.publish import IncidentFilter, export_incidents
from harmledger.publish.formats import ACLED_COLUMNS, UCDP_COLUMNS
from harmledger.store import Store
from harmledger.store.models import Incident, IncidentChange
from tests.link.linkbuild import document, mention


def build(s) -> None:
    document(s, "ks1", [mention("2017-04-04", "khan_shaykhun", weapons=("chemical",), perps=("SYR_GOV",),
                                targets=("residential",), killed=(58, 58), civilians=58)], outlet="Reuters",
             title="Gas attack kills 58 in Khan Shaykhun")
    document(s, "ks2", [mention("2017-04-04", "khan_shaykhun", weapons=("chemical",), perps=("SYR_GOV",),
                                targets=("residential",), killed=(86, 100))], outlet="SOHR")
    document(s, "douma", [mention("2018-04-07", "douma", weapons=("artillery",), perps=("SYR_GOV",),
                                  killed=(5, 5))], outlet="SOHR")
    document(s, "noplace", [mention("2018-05-01", None, place_name="somewhere unknown", weapons=("ied",))])
    link_pending(s)


def _export(s, fmt: str, **kw) -> str:
    out = io.StringIO()
    export_incidents(s, fmt, out, **kw)  # type: ignore[arg-type]
    return out.getvalue()


def test_acled_csv_reads_back(store: Store) -> None:
    with store.session() as s:
        build(s)
        text = _export(s, "acled")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert list(rows[0]) == ACLED_COLUMNS and len(rows) == 3
    ks = next(r for r in rows if r["location"] == "Khan Shaykhun")
    assert ks["fatalities"] == "58"  # the conservative low
    assert (ks["event_type"], ks["sub_event_type"]) == ("Explosions/Remote violence", "Chemical weapon")
    assert ks["event_date"] == "2017-04-04" and ks["year"] == "2017" and ks["time_precision"] == "1"
    assert ks["actor1"] == "Military Forces of Syria (2000-)" and ks["actor2"] == "Civilians (Syria)"
    assert ks["interaction"] == "17" and ks["civilian_targeting"] == "Civilian targeting"
    assert ks["country"] == "Syria" and ks["iso"] == "760" and ks["admin1"] == "Idleb" and ks["geo_precision"] == "1"
    assert set(ks["source"].split("; ")) == {"Reuters", "SOHR"}
    douma = next(r for r in rows if r["location"] == "Douma")
    assert douma["sub_event_type"] == "Shelling/artillery/missile attack"
    unplaced = next(r for r in rows if r["latitude"] == "")
    assert unplaced["sub_event_type"] == "Remote explosive/landmine/IED" and unplaced["fatalities"] == "0"


def test_ucdp_csv_reads_back(store: Store) -> None:
    with store.session() as s:
        build(s)
        text = _export(s, "ucdp")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert list(rows[0]) == UCDP_COLUMNS
    ks = next(r for r in rows if r["adm_2"] == "Maarrat An Nu'man")
    assert (ks["low"], ks["best"], ks["high"]) == ("58", "58", "100")
    assert ks["where_prec"] == "1" and ks["date_prec"] == "1" and ks["date_start"] == ks["date_end"] == "2017-04-04"
    assert ks["type_of_violence"] == "3" and ks["side_a"] == "Government of Syria" and ks["side_b"] == "Civilians"
    assert ks["deaths_civilians"] == "58" and ks["deaths_unknown"] == "0" and ks["country_id"] == "652"
    assert shape_from_wkt(ks["geom_wkt"]).distance(Point(36.6511, 35.4386)) < 1e-6
    assert int(ks["id"]) > 0 and ks["relid"].startswith("inc_")
    assert ks["priogrid_gid"] == str((int((35.4386 + 90) // 0.5)) * 720 + int((36.6511 + 180) // 0.5) + 1)


def shape_from_wkt(wkt: str):
    from shapely import wkt as shapely_wkt

    return shapely_wkt.loads(wkt)


def test_geojson_reads_back(store: Store) -> None:
    with store.session() as s:
        build(s)
        data = json.loads(_export(s, "geojson"))
    assert data["type"] == "FeatureCollection" and len(data["features"]) == 3
    placed = [f for f in data["features"] if f["geometry"] is not None]
    assert len(placed) == 2
    for feature in placed:
        geom = shape(feature["geometry"])
        assert geom.geom_type == "Point" and 35 < geom.x < 37 and 33 < geom.y < 36
        assert feature["properties"]["sources"]
    assert any(f["geometry"] is None for f in data["features"])


def test_jsonl_and_csv_read_back(store: Store) -> None:
    with store.session() as s:
        build(s)
        lines = [json.loads(line) for line in _export(s, "jsonl").splitlines()]
        rows = list(csv.DictReader(io.StringIO(_export(s, "csv", flt=IncidentFilter(weapon=["chemical"])))))
    assert len(lines) == 3 and all(line["sources"] for line in lines)
    ks = next(line for line in lines if line["casualties"]["killed"]["low"] == 58)
    assert {src["document_id"] for src in ks["sources"]} == {"ks1", "ks2"}
    assert len(rows) == 1 and rows[0]["source_documents"] == "ks1#0;ks2#0" and rows[0]["killed_high"] == "100"


def test_public_exports_leave_restricted_sources_out(sqlite_store: Store) -> None:
    from harmledger.store.models import Document

    with sqlite_store.session() as s:
        build(s)
        s.get(Document, "ks2").restricted = True
        lines = [json.loads(line) for line in _export(s, "jsonl", public=True).splitlines()]
        ks = next(line for line in lines if line["casualties"]["killed"]["low"] == 58)
        assert [src["document_id"] for src in ks["sources"]] == ["ks1"]
        assert "SOHR" not in next(r for r in csv.DictReader(io.StringIO(_export(s, "acled", public=True)))
                                  if r["location"] == "Khan Shaykhun")["source"]


def test_since_gives_changes_and_removals(store: Store) -> None:
    with store.session() as s:
        build(s)
        s.query(Incident).update({Incident.updated_at: dt.datetime(2020, 1, 1)})
        for change in s.query(IncidentChange):
            change.at = dt.datetime(2020, 1, 1)
    since = dt.datetime(2021, 1, 1)
    with store.session() as s:
        assert _export(s, "jsonl", since=since) == ""
        ids = [i.id for i in s.query(Incident).order_by(Incident.date_start)]
        merge_incidents(s, ids[0], [ids[1]], actor="ana")
    with store.session() as s:
        lines = [json.loads(line) for line in _export(s, "jsonl", since=since).splitlines()]
        assert [line["id"] for line in lines if not line.get("deleted")] == [ids[0]]
        assert [(x["id"], x["merged_into"]) for x in lines if x.get("deleted")] == [(ids[1], ids[0])]
        deleted = io.StringIO()
        out = io.StringIO()
        assert export_incidents(s, "acled", out, since=since, deleted_out=deleted) == 1
        gone = list(csv.DictReader(io.StringIO(deleted.getvalue())))
        assert gone[0]["event_id_cnty"] == ids[1] and gone[0]["merged_into"] == ids[0]
        assert json.loads(_export(s, "geojson", since=since))["deleted"][0]["id"] == ids[1]


def test_commands(sqlite_store: Store, tmp_path) -> None:
    with sqlite_store.session() as s:
        build(s)
    runner = CliRunner()
    app = build_app()
    db = sqlite_store.url
    result = runner.invoke(app, ["stats", "--db", db, "--json", "--governorate", "idlib"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["totals"]["incidents"] == 1
    result = runner.invoke(app, ["stats", "--db", db, "--by", "weapon", "--period", "year"])
    assert result.exit_code == 0 and "By weapon" in result.output and "chemical" in result.output
    out = tmp_path / "acled.csv"
    result = runner.invoke(app, ["export", "--db", db, "--format", "acled", "--output", str(out), "--since", "2000-01-01"])
    assert result.exit_code == 0, result.output
    assert len(list(csv.DictReader(out.open()))) == 3 and (tmp_path / "acled.deleted.csv").exists()
    result = runner.invoke(app, ["export", "--db", db, "--format", "jsonl", "--weapon", "artillery"])
    assert result.exit_code == 0 and len(result.stdout.strip().splitlines()) == 1
    result = runner.invoke(app, ["export", "--db", db, "--format", "xml"])
    assert result.exit_code != 0 and "--format" in result.output
    result = runner.invoke(app, ["link", "--db", db, "--json"])
    assert result.exit_code == 0 and json.loads(result.stdout)["mentions_linked"] == 0


def test_stats_table_of_an_empty_store(sqlite_store: Store) -> None:
    result = CliRunner().invoke(build_app(), ["stats", "--db", sqlite_store.url])
    assert result.exit_code == 0, result.output
    assert "incidents 0" in result.output and "n/a" in result.output


@pytest.mark.parametrize("fmt", ["acled", "ucdp", "csv", "jsonl", "geojson"])
def test_empty_store_exports_are_valid(sqlite_store: Store, fmt: str) -> None:
    with sqlite_store.session() as s:
        text = _export(s, fmt)
    if fmt == "geojson":
        assert json.loads(text)["features"] == []
    elif fmt != "jsonl":
        assert len(list(csv.reader(io.StringIO(text)))) == 1
