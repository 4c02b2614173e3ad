"""Arabic search: a word finds every spelling of it (alef forms, ta marbuta/ha, alef maqsura/ya, vowel
marks, tatweel), in both directions, through /api/search on SQLite and PostgreSQL, with snippets
cut from the text as stored."""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest
from sqlalchemy import text

from harmledger.api.search import Group, _scan, search_documents
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
