"""A search or filter word is matched as typed: ``%``, ``_`` and the escape character ``\\`` are not
wildcards (``q=%`` used to match every incident), on SQLite and on PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from harmledger.api.search import Group, _scan
from harmledger.store import Store
from harmledger.store.models import Place
from tests.api import sampledata
from tests.api.apiclient import TestClient, make_client


@pytest.fixture
def any_client(store: Store) -> Iterator[TestClient]:
    sampledata.build(store)
    with store.session() as session:
        for pid, name in (("p1", "Ariha"), ("p2", "Kafr_Nabl 100%"), ("p3", "Back\\slash")):
            session.add(Place(id=pid, name=name, feature_type="village", lat=35.8, lon=36.6, origin="analyst"))
    with make_client(store) as client:
        yield client


def test_incident_filter_takes_wildcards_literally(any_client: TestClient) -> None:
    everything = any_client.get("/api/incidents").json()["total"]
    assert everything > 1
    # (Not "_" alone: the ids, inc_qah..., do contain an underscore.)
    for q in ("%", "%%", "\\", "A%a", "a_a", "r_h"):
        assert any_client.get("/api/incidents", params={"q": q}).json()["total"] == 0, q
    ids = [i["id"] for i in any_client.get("/api/incidents", params={"q": "rih"}).json()["items"]]
    assert ids == ["inc_ariha"]  # a plain part of a name still matches
    page = any_client.get("/incidents", params={"q": "%"}).text
    assert "inc_ariha" not in page and "inc_qah" not in page


def test_place_lookup_takes_wildcards_literally(any_client: TestClient) -> None:
    def names(q: str) -> list[str]:
        return [p["name"] for p in any_client.get("/api/places", params={"q": q}).json()["places"]]

    assert names("%") == ["Kafr_Nabl 100%"]
    assert names("_") == ["Kafr_Nabl 100%"]
    assert names("\\") == ["Back\\slash"]
    assert names("ARI") == ["Ariha"]


def test_the_plain_scan_search_takes_an_underscore_literally(filled: Store) -> None:
    with filled.session() as session:
        _, everything = _scan(session, [Group((("a",),))], 50, 0, False)
        _, underscore = _scan(session, [Group((("_",),))], 50, 0, False)
    assert everything > 0 and underscore == 0
