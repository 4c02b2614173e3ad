from __future__ import annotations

import pytest
from sqlalchemy import select

from harmledger import NotInitialisedError, Store
from harmledger._config import Settings
from harmledger.store.models import AuditEntry, Document, Incident, Mention, Place, ReviewAction, Source, User


def test_init_creates_the_whole_schema(store: Store) -> None:
    tables = set(store.table_names())
    for model in (Source, Document, Mention, Incident, Place, User, ReviewAction, AuditEntry):
        assert model.__tablename__ in tables
    assert store.current_revision() is not None
    store.check()


def test_init_is_idempotent(store: Store) -> None:
    first = store.current_revision()
    assert store.init() == first


def test_uninitialised_store_says_to_run_init(tmp_path) -> None:
    store = Store(None, settings=Settings(home=tmp_path / "empty"))
    with pytest.raises(NotInitialisedError, match="harmledger init"):
        store.check()


def test_blobs_are_content_addressed_and_verified(sqlite_store: Store) -> None:
    digest = sqlite_store.blobs.put(b"original bytes")
    assert sqlite_store.blobs.put(b"original bytes") == digest
    assert sqlite_store.blobs.get(digest) == b"original bytes"


def test_document_roundtrip(store: Store) -> None:
    with store.session() as session:
        session.add(Document(id="d1", sha256="a" * 64, text_sha256="b" * 64, text="t", origin="x",
                             media_type="text/plain", size=1, meta={"k": "v"}))
    with store.session() as session:
        doc = session.scalars(select(Document)).one()
        assert doc.meta == {"k": "v"}
