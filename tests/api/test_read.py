"""Reading through the API: schema, incidents, documents, map, stats, search, export, errors."""

from __future__ import annotations

import json

from fastapi.testclient import TestClient

from harmledger.store import Store
from tests.api.apiclient import make_client


def test_openapi_schema_lists_the_contract_paths(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()
    for path in ("/api/incidents", "/api/incidents/{incident_id}", "/api/documents/{document_id}", "/api/stats",
                 "/api/map", "/api/search", "/api/export"):
        assert path in schema["paths"], path


def test_incident_list_pages_and_filters(client: TestClient) -> None:
    page = client.get("/api/incidents", params={"limit": 2}).json()
    assert page["total"] == 4 and len(page["items"]) == 2 and page["limit"] == 2
    assert page["items"][0]["date"]["start"] >= page["items"][1]["date"]["start"]
    rest = client.get("/api/incidents", params={"limit": 2, "offset": 2}).json()["items"]
    assert {i["id"] for i in page["items"]} | {i["id"] for i in rest} == {"inc_qah", "inc_ariha", "inc_daraa",
                                                                           "inc_alepp"}
    idlib = client.get("/api/incidents", params={"admin1": "Idlib"}).json()
    assert {i["id"] for i in idlib["items"]} == {"inc_qah", "inc_ariha"}
    both = client.get("/api/incidents", params={"weapon": "airstrike,car_bomb"}).json()
    assert {i["id"] for i in both["items"]} == {"inc_qah", "inc_alepp"}
    dated = client.get("/api/incidents", params={"date_from": "2020-01-01", "date_to": "2020-02-28"}).json()
    assert {i["id"] for i in dated["items"]} == {"inc_ariha", "inc_daraa"}
    assert client.get("/api/incidents", params={"perpetrator": "SYR_GOV", "sort": "-killed"}).json()["items"][0]["id"] == "inc_ariha"


def test_incident_detail_has_sources_with_evidence_sentences(client: TestClient) -> None:
    data = client.get("/api/incidents/inc_qah").json()
    assert data["casualties"]["killed"]["best"] == 12 and data["n_sources"] == 2
    assert [s["document_id"] for s in data["sources"]] == ["doc-qah", "doc-qah-2"]
    killed = next(e for e in data["sources"][0]["evidence"] if e["field"] == "killed")
    assert killed["text"] == "killing 12 civilians"
    assert "killing 12 civilians and injuring 24" in killed["sentence"]["text"]
    assert "shelters displaced" not in killed["sentence"]["text"]  # just the sentence, not the whole text
    marked = [s["text"] for s in killed["segments"] if s["mark"]]
    assert marked == ["killing 12 civilians"]


def test_document_has_text_and_mentions_with_offsets(client: TestClient) -> None:
    doc = client.get("/api/documents/doc-qah").json()
    assert doc["title"].startswith("Airstrike") and doc["mentions"][0]["incident_id"] == "inc_qah"
    for ev in doc["mentions"][0]["evidence"]:
        assert doc["text"][ev["start"]:ev["end"]] == ev["text"]


def test_map_is_compact_geojson_and_filters(client: TestClient) -> None:
    r = client.get("/api/map")
    assert r.headers["content-type"].startswith("application/geo+json")
    data = r.json()
    assert data["type"] == "FeatureCollection" and data["total"] == 4
    first = data["features"][0]
    assert first["id"] == "inc_alepp" and first["geometry"]["coordinates"] == [37.52, 36.37]  # deadliest first
    assert first["properties"]["k"] == 40
    assert client.get("/api/map", params={"admin1": "Daraa"}).json()["total"] == 1
    assert data["unplaced"] == 0


def test_map_counts_the_incidents_it_cannot_place(client: TestClient) -> None:
    from tests.api.apiclient import login

    csrf = login(client, "analyst")
    r = client.patch("/api/incidents/inc_daraa", json={"reason": "checked against the source", "lat": None, "lon": None}, headers={"X-CSRF-Token": csrf})
    assert r.status_code == 200, r.text
    data = client.get("/api/map").json()
    assert (data["total"], data["unplaced"]) == (3, 1)
    assert "inc_daraa" not in {f["id"] for f in data["features"]}


def test_stats(client: TestClient) -> None:
    stats = client.get("/api/stats").json()
    shown = ("incidents", "killed", "injured", "first", "last")
    assert {k: stats["totals"][k] for k in shown} == {"incidents": 4, "killed": 60, "injured": 84, "first": "2019-11-20", "last": "2020-03-06"}
    assert [p["key"] for p in stats["by_period"]] == ["2019-11", "2020-01", "2020-02", "2020-03"]
    idlib = next(a for a in stats["by_admin1"] if a["key"] == "Idlib")
    assert {k: idlib[k] for k in ("key", "incidents", "killed", "injured")} == {"key": "Idlib", "incidents": 2, "killed": 17, "injured": 24}
    yearly = client.get("/api/stats", params={"period": "year", "weapon": "airstrike"}).json()
    assert [{k: p[k] for k in ("key", "incidents", "killed", "injured")} for p in yearly["by_period"]] == [
        {"key": "2019", "incidents": 1, "killed": 12, "injured": 24}
    ]


def test_api_stats_are_the_stats_command_figures(client: TestClient) -> None:
    """The API serves the same function as `harmledger stats`, so their breakdowns agree."""
    from harmledger.publish import IncidentFilter, compute_stats

    api = client.get("/api/stats", params={"period": "year"}).json()
    with client.app.state.store.session() as session:  # type: ignore[attr-defined]
        command = compute_stats(session, IncidentFilter(), period="year")
    for name in ("admin1", "weapon", "perpetrator", "target"):
        assert [(r["key"], r["killed_best"]) for r in api[f"by_{name}"]] == [(r["key"], r["killed_best"]) for r in command[f"by_{name}"]]
    assert api["totals"]["killed_best"] == command["totals"]["killed_best"]


def test_search_finds_words_and_binds_them(client: TestClient) -> None:
    found = client.get("/api/search", params={"q": "barrel bombs"}).json()
    assert [i["id"] for i in found["items"]] == ["doc-daraa"]
    # FTS syntax and SQL in the query are just words.
    for q in ['" OR 1=1 --', "camp' ; DROP TABLE documents; --", "NEAR(camp"]:
        r = client.get("/api/search", params={"q": q})
        assert r.status_code == 200
    assert client.get("/api/documents/doc-qah").status_code == 200


def test_export_jsonl(client: TestClient) -> None:
    r = client.get("/api/export", params={"format": "jsonl", "admin1": "Idlib"})
    assert r.status_code == 200
    rows = [json.loads(line) for line in r.text.splitlines() if line.strip()]
    assert {row["id"] for row in rows} == {"inc_qah", "inc_ariha"}


def test_errors_have_one_shape(client: TestClient) -> None:
    for path, status in (("/api/incidents/nope", 404), ("/api/nothing", 404), ("/api/incidents?limit=0", 422),
                         ("/api/incidents?date_from=yesterday", 422), ("/api/audit", 401)):
        r = client.get(path)
        assert r.status_code == status, path
        error = r.json()["error"]
        assert error["status"] == status and error["code"] and error["message"], path
    r = client.patch("/api/incidents/inc_qah", json={"reason": "checked against the source", "killed_best": 1})
    assert r.status_code == 401 and r.json()["error"]["code"] == "unauthenticated"


def test_postgres_reads_and_correction(store: Store) -> None:
    from tests.api import sampledata
    from tests.api.apiclient import login

    sampledata.build(store)
    with make_client(store) as client:
        assert client.get("/api/incidents", params={"admin1": "Idlib"}).json()["total"] == 2
        assert [p["key"] for p in client.get("/api/stats").json()["by_period"]][0] == "2019-11"
        assert client.get("/api/search", params={"q": "barrel"}).json()["items"][0]["id"] == "doc-daraa"
        csrf = login(client, "analyst")
        r = client.patch("/api/incidents/inc_qah", json={"reason": "checked against the source", "killed_best": 14}, headers={"X-CSRF-Token": csrf})
        assert r.status_code == 200 and r.json()["casualties"]["killed"]["best"] == 14
        assert client.get("/api/audit/verify").json()["ok"] is True


def test_stats_show_all_killed_beside_civilians_and_count_reviewed_incidents_on_request(filled: Store) -> None:
    from harmledger.store.models import Incident

    with filled.session() as s:
        s.get(Incident, "inc_qah").status = "reviewed"  # type: ignore[union-attr]
    with make_client(filled) as client:
        every = client.get("/api/stats").json()
        reviewed = client.get("/api/stats", params={"reviewed_only": "true"}).json()
    t = every["totals"]
    assert (t["incidents"], t["unreviewed_incidents"], t["reviewed_incidents"], t["unreviewed_share"]) == (4, 3, 1, 0.75)
    assert {"civilians_killed", "children_killed", "women_killed", "killed_best"} <= set(t)
    assert every["labels"]["killed_best"] == "killed (all)" and every["labels"]["civilians_killed"] == "of whom civilians"
    assert "unreviewed machine output" in every["review_note"] and "middle day" in every["period_rule"]
    r = reviewed["totals"]
    assert reviewed["reviewed_only"] is True and reviewed["review_note"] is None
    assert (r["incidents"], r["killed"], r["unreviewed_incidents"]) == (1, 12, 0)
    assert [g["key"] for g in reviewed["by_status"]] == ["reviewed"]
    assert r["first"] == r["last"] == "2019-11-20"
