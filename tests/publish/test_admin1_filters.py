"""Governorate filters of `stats`, `export` and the API, and the by_admin1 buckets, all through the one table
of harmledger.geo.admin_names: every spelling gives its governorate, and an unknown one is an error."""

from __future__ import annotations

import csv
import io
import sys
from collections.abc import Iterator

import pytest
from sqlalchemy.orm import Session

from harmledger.cli import main
from harmledger.geo.admin_names import UnknownAdminUnitError, admin1_name, admin1_pcodes
from harmledger.publish import IncidentFilter, compute_stats, export_incidents
from harmledger.store import Store
from harmledger.store.models import Incident
from tests.api.apiclient import TestClient, make_client
from tests.geo.test_admin_names import FOLDED, SPELLINGS


def _incident(iid: str, admin1: str | None, pcode: str | None) -> Incident:
    return Incident(id=iid, kind="incident", admin1=admin1, admin1_pcode=pcode, killed_low=1, killed_best=1,
                    killed_high=1, grade="weak", status="machine", machine={}, overrides={}, deleted=False,
                    weapons=[], targets=[], actors=[])


def _fill(s: Session) -> None:
    """One incident in each governorate under its P-code, one written with only OCHA's name, one elsewhere."""
    s.add_all([_incident(f"inc_{p.lower()}", admin1_name(p), p) for p in admin1_pcodes()])
    s.add(_incident("inc_named_only", "Dar'a", None))  # a name and no P-code: SY12 by its spelling
    s.add(_incident("inc_iraq", "Baghdad", "IQ.07"))  # another country's unit, known from the store
    s.flush()


def _expected(pcode: str) -> set[str]:
    return {f"inc_{pcode.lower()}"} | ({"inc_named_only"} if pcode == "SY12" else set())


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> Store:
    from harmledger._config import Settings

    store = Store(None, settings=Settings(home=tmp_path_factory.mktemp("admin1")))
    store.init()
    with store.session() as s:
        _fill(s)
    return store


@pytest.fixture(scope="module")
def client(filled: Store) -> Iterator[TestClient]:
    with make_client(filled) as c:
        yield c


def _exported_ids(s: Session, flt: IncidentFilter) -> set[str]:
    out = io.StringIO()
    export_incidents(s, "csv", out, flt)
    return {row["id"] for row in csv.DictReader(io.StringIO(out.getvalue()))}


@pytest.mark.parametrize(("name", "pcode"), SPELLINGS + FOLDED)
def test_every_spelling_filters_stats_and_exports_to_its_governorate(filled: Store, name: str, pcode: str) -> None:
    flt = IncidentFilter(admin1=[name])
    with filled.session() as s:
        stats = compute_stats(s, flt)
        assert _exported_ids(s, flt) == _expected(pcode)
    assert stats["totals"]["incidents"] == len(_expected(pcode))
    assert [(r["key"], r["pcode"]) for r in stats["by_admin1"]] == [(admin1_name(pcode), pcode)]


@pytest.mark.parametrize(("name", "pcode"), SPELLINGS + FOLDED)
def test_every_spelling_filters_the_api_to_its_governorate(client: TestClient, name: str, pcode: str) -> None:
    r = client.get("/api/incidents", params={"admin1": name, "limit": 50})
    assert r.status_code == 200, r.text
    assert {i["id"] for i in r.json()["items"]} == _expected(pcode)


def test_other_countries_units_known_from_the_store_filter(filled: Store, client: TestClient) -> None:
    with filled.session() as s:
        for value in ("Baghdad", "IQ.07", "baghdad"):
            assert _exported_ids(s, IncidentFilter(admin1=[value])) == {"inc_iraq"}, value
    assert [i["id"] for i in client.get("/api/incidents", params={"admin1": "Baghdad"}).json()["items"]] == ["inc_iraq"]


@pytest.mark.parametrize("value", ["Nowhere", "Idlibb", "SY15", "Mosul"])
def test_an_unknown_governorate_is_an_error_not_an_empty_result(filled: Store, value: str) -> None:
    with filled.session() as s:
        with pytest.raises(UnknownAdminUnitError) as info:
            compute_stats(s, IncidentFilter(admin1=["Idlib", value]))
        assert info.value.code == "E051" and info.value.values == (value,)
        with pytest.raises(UnknownAdminUnitError):
            export_incidents(s, "jsonl", io.StringIO(), IncidentFilter(admin1=[value]))


def test_an_unknown_governorate_is_a_422_in_the_api(client: TestClient) -> None:
    for path in ("/api/incidents", "/api/stats", "/api/map"):
        r = client.get(path, params={"admin1": "Idlib,Nowhere"})
        assert r.status_code == 422, (path, r.text)
        error = r.json()["error"]
        assert error["code"] == "invalid" and error["status"] == 422
        assert error["message"].startswith("admin1: unknown governorate 'Nowhere'; use one of Damascus, Aleppo,")
        assert "Rural Damascus" in error["message"] and "SY01-SY14" in error["message"]


@pytest.mark.parametrize("command", ["stats", "export"])
def test_an_unknown_governorate_is_one_error_line_on_the_command_line(
    filled: Store, command: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    extra = ["--format", "jsonl"] if command == "export" else []
    monkeypatch.setattr(sys, "argv", ["harmledger", command, "--db", filled.url, *extra, "--governorate", "Nowhere"])
    with pytest.raises(SystemExit) as exited:
        main()
    captured = capsys.readouterr()
    assert exited.value.code == 1 and captured.out == ""
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: [E051] unknown governorate 'Nowhere'; use one of Damascus,")


def test_by_admin1_has_one_bucket_per_governorate_however_incidents_spell_it(sqlite_store: Store) -> None:
    with sqlite_store.session() as s:
        s.add_all([_incident("inc_a", "Idleb", "SY07"), _incident("inc_b", "Idlib", "SY07"),
                   _incident("inc_c", "Edlib", None), _incident("inc_d", "Rif Dimashq", None),
                   _incident("inc_e", "Damascus", "SY01"), _incident("inc_f", None, None),
                   _incident("inc_g", "Baghdad", "IQ.07"), _incident("inc_h", "Idlib", "SY05")])
        s.flush()
        rows = {r["key"]: (r["incidents"], r["pcode"]) for r in compute_stats(s, IncidentFilter())["by_admin1"]}
        # A row's P-code wins over its name, in the buckets and in the filter alike.
        assert _exported_ids(s, IncidentFilter(admin1=["Idlib"])) == {"inc_a", "inc_b", "inc_c"}
        assert _exported_ids(s, IncidentFilter(admin1=["Hama"])) == {"inc_h"}
    assert rows == {"Idlib": (3, "SY07"), "Rural Damascus": (1, "SY03"), "Damascus": (1, "SY01"),
                    "unknown": (1, None), "Baghdad": (1, "IQ.07"), "Hama": (1, "SY05")}
