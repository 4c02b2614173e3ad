from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy.orm import Session

from harmledger._config import Settings
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
