"""What a monitor reads on the pages: evidence grouped by sentence, contradicting figures flagged, dates as
precise as they are known, readable timelines, filters that match the URL, the map's layers, exports."""

from __future__ import annotations

import csv
import io
import re

from fastapi.testclient import TestClient

from harmledger.store import Store
from harmledger.web.pages import figure_warnings, place_line, when
from tests.api.apiclient import login, make_client


def _patch(client: TestClient, incident: str, **changes: object) -> None:
    csrf = login(client, "analyst")
    r = client.patch(f"/api/incidents/{incident}", json={"reason": "checked against the source", **changes}, headers={"X-CSRF-Token": csrf})
    assert r.status_code == 200, r.text


def test_evidence_is_grouped_by_sentence_with_every_value_marked(client: TestClient) -> None:
    detail = client.get("/api/incidents/inc_qah").json()
    source = next(s for s in detail["sources"] if s["document_id"] == "doc-qah")
    starts = [s["start"] for s in source["sentences"]]
    assert starts == sorted(set(starts))  # each sentence once, in reading order
    fields = {v["field"] for s in source["sentences"] for v in s["values"]}
    assert fields == {e["field"] for e in source["evidence"]}
    body = next(s for s in source["sentences"] if any(seg["text"] == "killing 12 civilians" for seg in s["segments"]))
    marked = {seg["text"]: seg["mark"] for seg in body["segments"] if seg["mark"]}
    assert marked["killing 12 civilians"].startswith("killed") and "warplanes struck" in marked
    page = client.get("/incidents/inc_qah").text
    section = page.split('<section class="source', 2)[1]
    assert len(re.findall(r"<q[ >]", section)) == len(source["sentences"])  # <q> or <q dir="auto">
    assert section.count(">killing 12 civilians</mark>") == 1


def test_contradicting_figures_are_flagged_on_the_incident_page(client: TestClient) -> None:
    assert "figure-warnings" not in client.get("/incidents/inc_qah").text
    _patch(client, "inc_qah", killed_best=99)
    page = client.get("/incidents/inc_qah").text
    assert 'id="figure-warnings"' in page and "killed: best 99 is above high 12" in page
    # The machine's value stays beside the analyst's.
    row = re.search(r'<tr class="overridden" data-field="killed_best">(.*?)</tr>', page).group(1)  # type: ignore[union-attr]
    assert '<td class="machine">12</td>' in row and '<td class="analyst">99</td>' in row
    assert figure_warnings({"killed": {"low": 5, "best": 3, "high": 4, "children": 9}}) == [
        "killed: low 5 is above high 4", "killed: best 3 is below low 5", "killed: children 9 is more than the 4 killed"]


def test_dates_and_places_read_as_precisely_as_they_are_known() -> None:
    assert when({"start": "1982-01-01", "end": "1982-12-31", "precision": "year"}) == "1982"
    assert when({"start": "2017-04-01", "end": "2017-04-30", "precision": "month"}) == "2017-04"
    assert when({"start": "2017-04-18", "end": "2017-04-19", "precision": "period"}) == "2017-04-18 – 2017-04-19"
    assert when({"start": "2017-04-18", "end": "2017-04-18", "precision": "day"}) == "2017-04-18"
    assert when({"start": None}) == "undated"
    assert place_line({"name": "Hama", "admin2": "Hama", "admin1": "Hama"}) == "Hama"
    assert place_line({"name": "Qah", "admin2": "Harim", "admin1": "Idlib"}) == "Qah, Harim, Idlib"


def test_incident_title_uses_the_dates_precision(client: TestClient) -> None:
    _patch(client, "inc_qah", date_start="2019-01-01", date_end="2019-12-31", date_precision="year")
    h1 = re.search(r"<h1>(.*?)</h1>", client.get("/incidents/inc_qah").text).group(1)  # type: ignore[union-attr]
    assert h1 == "Qah, 2019"


def test_timeline_switches_to_years_when_months_would_be_unreadable(client: TestClient) -> None:
    page = client.get("/timeline").text
    assert "Incidents per month" in page and "Shown per year" not in page
    _patch(client, "inc_daraa", date_start="1990-02-03", date_end="1990-02-03")
    page = client.get("/timeline").text
    assert "Incidents per year" in page and "Shown per year" in page
    assert '<option value="year" selected>' in page
    assert "Incidents per month" in client.get("/timeline", params={"period": "month"}).text
    stats = client.get("/stats").text
    assert "People killed per year" in stats and "timeline per month" in stats


def test_charts_have_a_labelled_value_axis(client: TestClient) -> None:
    page = client.get("/timeline").text
    chart = page.split("People killed per month", 1)[1].split("</figure>", 1)[0]
    assert chart.count('class="grid"') == 3
    axis = re.findall(r'<text class="axis"[^>]*>([^<]*)</text>', chart)
    assert axis == ["0", "20", "40"]  # the deadliest month (March 2020) had 40 killed
    assert '<text x="52" y="236" text-anchor="end" class="unit">killed</text>' in chart


def test_timeline_and_stats_pages_follow_the_filters(client: TestClient) -> None:
    api = client.get("/api/stats", params={"admin1": "Idlib"}).json()["totals"]
    page = client.get("/stats", params={"admin1": "Idlib"}).text
    assert f'<strong id="total-incidents">{api["incidents"]}</strong>' in page
    assert f'<strong id="total-killed">{api["killed"]}</strong>' in page
    timeline = client.get("/timeline", params={"admin1": "Idlib", "period": "year"}).text
    assert f"{api['incidents']} incidents, {api['killed']} killed" in timeline
    assert '<option value="Idlib" selected>' in timeline


def test_a_filter_value_from_a_link_stays_selected_even_without_incidents(client: TestClient) -> None:
    page = client.get("/", params={"admin1": "Gaza"}).text
    assert '<option value="Gaza" selected>Gaza (none)</option>' in page
    # The API says the unit is unknown instead of answering with nothing (one JSON error shape).
    answer = client.get("/api/map", params={"admin1": "Gaza"})
    assert answer.status_code == 422 and "Gaza" in answer.json()["error"]["message"]


def test_map_base_layer_is_offline_and_tiles_only_when_configured(filled: Store, client: TestClient) -> None:
    page = client.get("/")
    assert 'data-tile-url=""' in page.text
    assert "img-src 'self' data:;" in page.headers["content-security-policy"]
    layer = client.get("/api/basemap/admin1").json()
    assert layer["type"] == "FeatureCollection" and len(layer["features"]) >= 10
    with make_client(filled, tile_url="https://tile.openstreetmap.org/{z}/{x}/{y}.png") as online:
        page = online.get("/")
        assert 'data-tile-url="https://tile.openstreetmap.org/{z}/{x}/{y}.png"' in page.text
        assert "img-src 'self' data: https://tile.openstreetmap.org;" in page.headers["content-security-policy"]


def test_exports_csv_and_geojson_follow_the_filters(client: TestClient) -> None:
    r = client.get("/api/export", params={"format": "csv", "admin1": "Idlib"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert {row["id"] for row in rows} == {"inc_qah", "inc_ariha"}
    gj = client.get("/api/export", params={"format": "geojson", "weapon": "car_bomb"}).json()
    assert [f["id"] for f in gj["features"]] == ["inc_alepp"]
    assert gj["features"][0]["geometry"]["coordinates"] == [37.52, 36.37]


def test_facets_and_places_list_what_is_there(client: TestClient) -> None:
    facets = client.get("/api/facets").json()
    assert set(facets["admin1"]) == {"Idlib", "Daraa", "Aleppo"}
    assert "car_bomb" in facets["weapon"] and "RUS" in facets["perpetrator"]
    places = client.get("/api/places").json()
    assert "Idlib" in str(places)


def test_a_refused_page_offers_to_log_in(client: TestClient) -> None:
    page = client.get("/audit")
    assert page.status_code == 401 and 'href="/login?next=%2Faudit"' in page.text


def test_incident_list_sorts_filters_by_review_state_and_says_when_nothing_matches(client: TestClient) -> None:
    page = client.get("/incidents", params={"sort": "-killed"}).text
    order = re.findall(r'<a href="/incidents/(inc_\w+)">', page)
    assert order[:2] == ["inc_alepp", "inc_qah"]  # 40 killed, then 12
    assert '<option value="-killed" selected>' in page
    csrf = login(client, "analyst")
    client.post("/api/incidents/inc_daraa/confirm", headers={"X-CSRF-Token": csrf})
    reviewed = client.get("/incidents", params={"status": "reviewed"}).text
    assert re.findall(r'<a href="/incidents/(inc_\w+)">', reviewed) == ["inc_daraa"]
    assert "1 incident, 1–1 shown" in reviewed
    empty = client.get("/incidents", params={"admin1": "Gaza"}).text
    assert 'id="no-incidents"' in empty and 'id="incident-table"' not in empty


def test_search_page_explains_itself_and_its_empty_result(client: TestClient) -> None:
    assert 'id="search-help"' in client.get("/search").text
    assert 'id="no-results"' in client.get("/search", params={"q": "zzzqqq"}).text
    found = client.get("/search", params={"q": "camp"}).text
    assert "documents match" in found or "document matches" in found
    assert '<mark' in found


def test_public_incident_page_says_its_sources_are_restricted_once(public_client: TestClient) -> None:
    page = public_client.get("/incidents/inc_ariha").text
    assert "1 restricted source is not shown in the public view." in page and "No sources." not in page


def test_audit_changes_read_field_by_field() -> None:
    from harmledger.web.pages import changes

    assert changes(None, {"role": "admin", "username": "x"}) == ["role: – → admin", "username: – → x"]
    assert changes({"killed_best": 12, "overrides": {}}, {"killed_best": 15, "overrides": {"killed_best": 15}}) == [
        "killed_best: 12 → 15"]
    assert changes({"a": {"b": 1}}, {"a": {"b": 2}}) == ["a.b: 1 → 2"]


def test_document_marks_are_coloured_by_mention_and_a_rejected_mention_is_struck(client: TestClient) -> None:
    page = client.get("/documents/doc-qah").text
    assert re.search(r'<mark class="ev mc0" title="m0 killed[^"]*" data-field="[^"]*" data-mention="0">killing 12 '
                     r'civilians</mark>', page)
    assert 'class="mention mc0"' in page and "marked: " in page
    mention = client.get("/api/documents/doc-qah").json()["mentions"][0]["id"]
    csrf = login(client, "analyst")
    assert client.post(f"/api/mentions/{mention}/reject", json={"rejected": True},
                       headers={"X-CSRF-Token": csrf}).status_code == 200
    page = client.get("/documents/doc-qah").text
    assert '<mark class="ev mc0 rejected"' in page and 'class="mention mc0 rejected"' in page


def test_document_mention_figures_read_cleanly(client: TestClient) -> None:
    page = client.get("/documents/doc-qah").text
    card = page.split('id="mention-0"', 1)[1].split("</div>", 1)[0]
    assert "killed 12 ·" in card and "––" not in card and "Qah, Idlib" in card


def test_stats_pages_say_the_figures_are_unreviewed_and_name_all_killed(filled: Store) -> None:
    from harmledger.store.models import Incident

    with make_client(filled) as client:
        page = client.get("/stats").text
        api = client.get("/api/stats").json()
        assert 'id="review-note"' in page and "unreviewed machine output" in page
        assert f'<strong id="total-unreviewed">{api["totals"]["unreviewed_incidents"]}</strong>' in page
        assert f'<strong id="total-killed">{api["totals"]["killed"]}</strong> killed (all)' in page
        assert f'<strong id="total-civilians">{api["totals"]["civilians_killed"]}</strong> of whom civilians' in page
        assert "children" in page and "women" in page and "Killed (all) by governorate" in page
        assert 'id="period-rule"' in page and "middle day of its dates" in page
        assert "reviewed_only=true" in page and 'name="reviewed_only"' in page
        timeline = client.get("/timeline").text
        assert "unreviewed machine output" in timeline and "middle day of its dates" in timeline
        assert "killed (all), of whom civilians" in timeline
    with filled.session() as s:
        for incident in s.query(Incident):
            incident.status = "reviewed" if incident.id == "inc_qah" else "machine"
    with make_client(filled) as client:
        reviewed = client.get("/stats", params={"reviewed_only": "true"}).text
        assert '<strong id="total-incidents">1</strong>' in reviewed and '<strong id="total-killed">12</strong>' in reviewed
        assert 'id="review-note"' not in reviewed and "Reviewed incidents only" in reviewed
        assert 'name="reviewed_only" value="true" checked' in reviewed
        assert "/api/stats?reviewed_only=true" in reviewed
