"""The API's incident and the export's record of it agree on every value they both carry (issue 13:
one module, publish/serialize.py, writes both)."""

from __future__ import annotations

import json
from typing import Any

from tests.api.apiclient import TestClient


def _exported(client: TestClient) -> dict[str, dict[str, Any]]:
    rows: dict[str, dict[str, Any]] = {}
    for kind in ("incident", "aggregate"):
        r = client.get("/api/export", params={"format": "jsonl", "kind": kind})
        assert r.status_code == 200, r.text
        rows.update((row["id"], row) for row in map(json.loads, r.text.splitlines()) if "deleted" not in row)
    return rows


def test_api_incident_and_export_record_agree_field_by_field(client: TestClient) -> None:
    exported = _exported(client)
    assert len(exported) >= 3
    placed = counted = 0
    for incident_id, record in exported.items():
        r = client.get(f"/api/incidents/{incident_id}")
        assert r.status_code == 200, r.text
        api = r.json()
        for field in ("id", "kind", "date", "grade", "status", "n_sources", "n_independent", "updated_at"):
            assert api[field] == record[field], (incident_id, field)
        if record["places"]:
            (place,) = record["places"]
            assert place["name"] == api["place"]["name"]
            if place["resolved"] is not None:
                assert place["resolved"] == {k: api["place"][k] for k in place["resolved"]}, incident_id
                placed += 1
        else:
            assert api["place"]["name"] is None and api["place"]["place_id"] is None
        for group in ("killed", "injured"):
            figures = api["casualties"][group]
            assert figures == {k: record["casualties"][group][k] for k in figures}, (incident_id, group)
            counted += figures["best"] is not None or figures["high"] is not None
        assert api["weapons"] == [w["code"] for w in record["weapons"]]
        assert api["targets"] == [t["code"] for t in record["targets"]]
        assert [(a["code"], a.get("role", "perpetrator")) for a in api["actors"]] == [
            (a["code"], a["role"]) for a in record["actors"]]
        shown = {(s["document_id"], s["mention_index"]): s for s in api["sources"]}
        for source in record["sources"]:
            seen = shown[source["document_id"], source["mention_index"]]
            assert {k: seen[k] for k in source} == source, incident_id
    # The comparison saw real values, not only nulls on both sides.
    assert placed and counted
