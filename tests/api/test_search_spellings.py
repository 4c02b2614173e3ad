"""Spelling-aware search: a place name in the query also finds the other spellings the gazetteer knows
(Idleb finds Idlib; Khan Shaykhun, Khan Sheikhun and Khan Sheikhoun find each other), through
/api/search and the /search page, on SQLite and on PostgreSQL. Restricted reports stay hidden."""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest

from harmledger.api.search import expand, search_documents
from harmledger.geo import get_geocoder
from harmledger.store import Store
from harmledger.store.models import Document
from tests.api import sampledata
from tests.api.apiclient import login, make_client

DOCS = {
    "doc-ks": ("Chemical attack reported", "A chemical attack on Khan Sheikhoun killed 89 people on Tuesday, "
               "medics said.", False),
    "doc-ks-2": ("Town shelled again", "Artillery shelled Khan Shaykhun on Friday; two people were wounded.", False),
    "doc-ks-secret": ("Witness account", "A witness in Khan Sheikhoun described the strike.", True),
    "doc-idlib": ("Market bombed", "Warplanes bombed the main market of Idlib city on Sunday.", False),
}


def add_documents(store: Store) -> None:
    with store.session() as session:
        for doc_id, (title, body, restricted) in DOCS.items():
            text = f"{title}\n\n{body}"
            session.add(Document(id=doc_id, sha256=hashlib.sha256(text.encode() + b"raw").hexdigest(),
                                 text_sha256=hashlib.sha256(text.encode()).hexdigest(), title=title, text=text,
                                 body_offset=len(title) + 2, published=dt.date(2017, 4, 4), origin="test",
                                 media_type="text/plain", size=len(text), restricted=restricted))


@pytest.fixture
def searchable(store: Store) -> Store:
    sampledata.build(store)
    add_documents(store)
    return store


def _ids(client: object, q: str) -> set[str]:
    r = client.get("/api/search", params={"q": q})  # type: ignore[attr-defined]
    assert r.status_code == 200, r.text
    return {item["id"] for item in r.json()["items"]}


def test_place_names_find_their_other_spellings(searchable: Store) -> None:
    """On SQLite and PostgreSQL, anonymous (restricted reports hidden) and logged in."""
    with make_client(searchable) as client:
        for q in ("Khan Shaykhun", "Khan Sheikhun", "Khan Sheikhoun", "khan shaykhoun"):
            assert _ids(client, q) == {"doc-ks", "doc-ks-2"}, q
        assert _ids(client, "Idleb") == {"doc-idlib"}
        assert _ids(client, "Idlib") == {"doc-idlib"}
        assert _ids(client, "Khan Sheikhun chemical") == {"doc-ks"}  # other words still all count
        assert _ids(client, "Idleb chemical") == set()
        assert _ids(client, "barrel bombs") == {"doc-daraa"}  # plain words as before
        page = client.get("/search", params={"q": "Khan Sheikhun"}).text
        assert page.count('href="/documents/doc-ks') == 2 and "doc-ks-secret" not in page
        assert "<mark" in page and "Sheikhoun" in page
        login(client, "viewer")
        assert _ids(client, "Khan Sheikhun") == {"doc-ks", "doc-ks-2", "doc-ks-secret"}
    with make_client(searchable, public_mode=True) as public:
        assert _ids(public, "Khan Sheikhun") == {"doc-ks", "doc-ks-2"}


def test_user_text_is_only_ever_a_bound_word(searchable: Store) -> None:
    with make_client(searchable) as client:
        for q in ['Idleb" OR 1=1 --', "Khan Sheikhun' ; DROP TABLE documents; --", 'NEAR(Idleb', "Idleb*", "-Hama"]:
            assert client.get("/api/search", params={"q": q}).status_code == 200, q
        assert client.get("/api/documents/doc-ks").status_code == 200


def test_expansion_keeps_words_that_name_no_place() -> None:
    groups = expand(["Khan", "Sheikhun", "chemical", "attack"], get_geocoder())
    assert [g.typed for g in groups] == [("Khan", "Sheikhun"), ("chemical",), ("attack",)]
    assert ("Khan", "Shaykhun") in groups[0].spellings
    assert all(not g.spellings for g in groups[1:])
    # People and outlets are not places, even when a place has their name.
    assert all(not g.spellings for g in expand(["Assad", "SANA"], get_geocoder()))


def test_the_shipped_gazetteer_serves_without_a_store(sqlite_store: Store) -> None:
    sampledata.build(sqlite_store)
    add_documents(sqlite_store)
    with sqlite_store.session() as session:
        found, _ = search_documents(session, "Khan Sheikhun", public=True)
        assert {d["id"] for d in found} == {"doc-ks", "doc-ks-2"}
    assert not expand(["Khan", "Sheikhoun"], None)[0].spellings  # no geocoder: the words as typed
