"""Arabic search: a word finds every spelling of it (alef forms, ta marbuta/ha, alef maqsura/ya, vowel
marks, tatweel, the proclitics و ف ب ك ل ال لل written onto it), in both directions, through /api/search on SQLite and PostgreSQL, with snippets
cut from the text as stored."""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest
from sqlalchemy import text

from harmledger.api.search import Group, _scan, search_documents
from harmledger.api.search_index import TABLE
from harmledger.store import Store
from harmledger.store.models import Document
from tests.api import sampledata
from tests.api.apiclient import make_client

DOCS = {
    # Fully written: hamzas, ta marbuta, alef maqsura, a few vowels and a tatweel.
    "ar-full": ("غارة على مدرسة في إدلب", "قُتِلَ خمسة مدنيين بينهم أطفال في قـصـف على مدرسةٍ قرب مستشفى في مدينة إدلب."),
    # The same words as many sites type them: no hamza, ha for ta marbuta, ya for alef maqsura.
    "ar-plain": ("قصف مستشفي", "اصيب ثلاثه اطفال في قصف علي مستشفي في ريف ادلب الجنوبي."),
    # Mixed, with direction marks around the figures.
    "ar-mixed": ("Airstrike on Ariha", "Witnesses said: \u200fقتل 7 مدنيين\u200f in Ariha; بينهم امرأتان."),
    "en-only": ("Market shelled", "Shelling hit a market in Maarat al-Numan; four people were killed."),
}


def add_documents(store: Store) -> None:
    with store.session() as session:
        for doc_id, (title, body) in DOCS.items():
            full = f"{title}\n\n{body}"
            session.add(Document(id=doc_id, sha256=hashlib.sha256(full.encode() + b"raw").hexdigest(),
                                 text_sha256=hashlib.sha256(full.encode()).hexdigest(), title=title, text=full,
                                 body_offset=len(title) + 2, published=dt.date(2019, 5, 1), origin="test",
                                 media_type="text/plain", size=len(full), language="ar", restricted=False))


@pytest.fixture
def searchable(store: Store) -> Store:
    sampledata.build(store)
    add_documents(store)
    return store


# (query, documents it must find among DOCS): each pair of spellings in both directions.
CASES = [
    ("مدرسة", {"ar-full"}),
    ("مدرسه", {"ar-full"}),
    ("مستشفى", {"ar-full", "ar-plain"}),
    ("مستشفي", {"ar-full", "ar-plain"}),
    ("أطفال", {"ar-full", "ar-plain"}),
    ("اطفال", {"ar-full", "ar-plain"}),
    ("قتل", {"ar-full", "ar-mixed"}),
    ("قُتِلَ", {"ar-full", "ar-mixed"}),
    ("قـتـل", {"ar-full", "ar-mixed"}),
    ("قصف", {"ar-full", "ar-plain"}),
    ("أُصيب", {"ar-plain"}),
    ("ثلاثة أطفال", {"ar-plain"}),
    ("امرأتان", {"ar-mixed"}),
    ("مدنيين Ariha", {"ar-mixed"}),
    ("Ariha مدرسة", set()),
]


def test_every_spelling_finds_every_other(searchable: Store) -> None:
    with make_client(searchable) as client:
        for q, expected in CASES:
            r = client.get("/api/search", params={"q": q})
            assert r.status_code == 200, r.text
            assert {i["id"] for i in r.json()["items"]} & set(DOCS) == expected, q


def test_a_place_name_in_any_spelling(searchable: Store) -> None:
    with make_client(searchable) as client:
        for q in ("إدلب", "ادلب", "إِدْلِب"):
            found = {i["id"] for i in client.get("/api/search", params={"q": q}).json()["items"]}
            assert {"ar-full", "ar-plain"} <= found, q
            assert "ar-mixed" not in found and "en-only" not in found, q
        # With a proclitic the name is still a place, with its other spellings (Idlib).
        add_prefixed(searchable)
        bare = {i["id"] for i in client.get("/api/search", params={"q": "إدلب"}).json()["items"]}
        assert {"p-idleb", "p-al", "ar-full"} <= bare
        for q in ("بإدلب", "وإدلب", "لإدلب"):
            assert {i["id"] for i in client.get("/api/search", params={"q": q}).json()["items"]} == bare, q


def test_snippets_show_the_text_as_stored(searchable: Store) -> None:
    with searchable.session() as session:
        items, _ = search_documents(session, "قتل")
        full = next(i for i in items if i["id"] == "ar-full")
        assert "قُتِلَ" in full["snippet"] and "مدرسةٍ" in full["snippet"]  # not the key
        assert [s["text"] for s in full["segments"] if s["mark"]] == ["قُتِلَ"]
        mixed = next(i for i in items if i["id"] == "ar-mixed")
        assert "\u200fقتل 7" in mixed["snippet"]
        plain, _ = search_documents(session, "مستشفى")
        assert {s["text"] for i in plain for s in i["segments"] if s["mark"]} == {"مستشفى", "مستشفي"}
        # English documents keep the database's own snippet.
        english, _ = search_documents(session, "market")
        assert any(s["text"].lower() == "market" for i in english for s in i["segments"] if s["mark"])
    with make_client(searchable) as client:
        found = client.get("/api/search", params={"q": "قتل"}).json()["items"]
        assert "قُتِلَ" in next(i["snippet"] for i in found if i["id"] == "ar-full")
        page = client.get("/search", params={"q": "قتل"}).text
        assert "<mark" in page and "قُتِلَ" in page


def test_the_plain_scan_uses_the_key_too(searchable: Store) -> None:
    with searchable.session() as session:
        for word, expected in (("مدرسه", {"ar-full"}), ("مستشفى", {"ar-full", "ar-plain"}),
                               ("قُتِلَ", {"ar-full", "ar-mixed"}), ("قبل", set())):
            rows, _ = _scan(session, [Group(((word,),))], 50, 0, False)
            assert {r[0] for r in rows} & set(DOCS) == expected, word
        rows, _ = _scan(session, [Group((("قتل",),))], 50, 0, False)
        assert "قُتِلَ" in next(r[3] for r in rows if r[0] == "ar-full")


def test_an_index_of_stored_text_is_replaced_by_one_of_keys(sqlite_store: Store) -> None:
    """A store searched before keys were indexed has documents_fts, holding text: it is dropped."""
    add_documents(sqlite_store)
    with sqlite_store.session() as session:
        session.execute(text("CREATE VIRTUAL TABLE documents_fts USING fts5(doc_id UNINDEXED, title, body)"))
        session.execute(text("INSERT INTO documents_fts SELECT id, title, text FROM documents"))
        session.commit()
        assert {d["id"] for d in search_documents(session, "اطفال")[0]} == {"ar-full", "ar-plain"}
        assert session.execute(text("SELECT name FROM sqlite_master WHERE name = 'documents_fts'")).first() is None
        # A document stored after the index was built is added to it as a key too.
        session.add(Document(id="ar-late", sha256="1" * 64, text_sha256="2" * 64, title=None,
                             text="أُصيبَ طفلٌ في إدلب", origin="test", media_type="text/plain", size=1))
        session.commit()
        assert {d["id"] for d in search_documents(session, "طفل")[0]} == {"ar-late"}


# Each document has the word مستشفى only in the form its name says; the last has words that merely
# contain مستشفى and قتل.
PREFIXED_DOCS = {
    "p-wa": "نقل الجرحى ومستشفى الرازي يستقبلهم",
    "p-bi-al": "توفي طفل متأثراً بجراحه بالمستشفى الميداني",
    "p-li-al": "وصلت سيارات الإسعاف للمستشفى بعد الغارة",
    "p-wa-al": "قصفت الطائرات السوق والمستشفى صباحاً",
    "p-al": "خرج المُسْتَشْفَى عن الخدمة في إدلب",
    "p-contains": "المستشفيات الميدانية في مقتلة الغوطة",
    "p-latin": "The Allied hospital in Lattakia was shelled.",
    "p-idleb": "Shelling hit Idleb city on Monday.",
}


def add_prefixed(store: Store) -> None:
    with store.session() as session:
        for doc_id, body in PREFIXED_DOCS.items():
            session.add(Document(id=doc_id, sha256=hashlib.sha256(body.encode() + b"raw").hexdigest(),
                                 text_sha256=hashlib.sha256(body.encode()).hexdigest(), title=None, text=body,
                                 published=dt.date(2019, 5, 2), origin="test", media_type="text/plain",
                                 size=len(body), restricted=False))


HOSPITAL = {"p-wa", "p-bi-al", "p-li-al", "p-wa-al", "p-al", "ar-full", "ar-plain"}
PREFIX_CASES = [
    # The bare word, and the word with each proclitic, find every form (both ways).
    ("مستشفى", HOSPITAL),
    ("المستشفى", HOSPITAL),
    ("بالمستشفى", HOSPITAL),
    ("وللمستشفي", HOSPITAL),
    ("ومستشفى الرازي", {"p-wa"}),
    ("مستشفى إدلب", {"p-al", "ar-full", "ar-plain"}),
    ("الطائرات السوق", {"p-wa-al"}),
    ("سوق", {"p-wa-al"}),
    # Words that merely contain the word are not it.
    ("قتل", {"ar-full", "ar-mixed"}),
    ("مستشفيات", {"p-contains"}),
    ("الغوطة", {"p-contains"}),
    # Latin words keep their first letters: no "al" article in English.
    ("lied", set()),
    ("Allied", {"p-latin"}),
    ("hospital", {"p-latin"}),
    ("market", {"en-only"}),
]


def test_a_word_is_found_with_its_proclitics(searchable: Store) -> None:
    add_prefixed(searchable)
    every = set(DOCS) | set(PREFIXED_DOCS)
    with make_client(searchable) as client:
        for q, expected in PREFIX_CASES:
            r = client.get("/api/search", params={"q": q})
            assert r.status_code == 200, r.text
            assert {i["id"] for i in r.json()["items"]} & every == expected, q
    with searchable.session() as session:
        items, total = search_documents(session, "مستشفى", limit=50)
        assert total >= len(HOSPITAL)
        marked = {s["text"] for i in items if i["id"] in PREFIXED_DOCS for s in i["segments"] if s["mark"]}
        assert marked == {"ومستشفى", "بالمستشفى", "للمستشفى", "والمستشفى", "المُسْتَشْفَى"}
        for word in ("مستشفى", "المستشفى"):  # the scan without an index compares the same keys
            rows, _ = _scan(session, [Group(((word,),))], 50, 0, False)
            assert {r[0] for r in rows} & every == HOSPITAL | {"p-contains"}, word  # a scan finds parts too


def test_the_index_follows_the_documents(searchable: Store) -> None:
    with searchable.session() as session:
        assert search_documents(session, "بالمستشفى")[1] >= 2
        add_prefixed(searchable)
        session.expire_all()
        assert {"p-bi-al", "p-wa"} <= {d["id"] for d in search_documents(session, "المستشفى", limit=50)[0]}
        session.execute(text("DELETE FROM documents WHERE id = 'p-wa'"))
        session.commit()
        assert "p-wa" not in {d["id"] for d in search_documents(session, "المستشفى", limit=50)[0]}
        tables = {row[0] for row in session.execute(text(
            "SELECT name FROM sqlite_master" if session.get_bind().dialect.name == "sqlite"
            else "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"))}
        assert TABLE in tables


def test_an_index_of_an_older_key_is_rebuilt(store: Store) -> None:
    """A store searched with the key of version 1 (no clitic rule, table documents_search) gets the new
    index on its first search, and the old one is dropped."""
    add_documents(store)
    add_prefixed(store)
    sqlite = store.dialect == "sqlite"
    with store.session() as session:
        if sqlite:
            session.execute(text("CREATE VIRTUAL TABLE documents_search USING fts5(doc_id UNINDEXED, title, body)"))
        else:
            session.execute(text("CREATE TABLE documents_search (doc_id VARCHAR(200) PRIMARY KEY, body TEXT)"))
        session.execute(text("INSERT INTO documents_search (doc_id, body) SELECT id, text FROM documents"))
        session.commit()
        assert {d["id"] for d in search_documents(session, "مستشفى", limit=50)[0]} == HOSPITAL
        left = session.execute(text(
            "SELECT name FROM sqlite_master WHERE name = 'documents_search'" if sqlite
            else "SELECT tablename FROM pg_tables WHERE tablename = 'documents_search'")).first()
        assert left is None
