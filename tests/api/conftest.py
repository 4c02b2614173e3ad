"""An application over a real SQLite store, filled with the hand-made data of sampledata.py."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from harmledger.store import Store
from tests.api import sampledata
from tests.api.apiclient import TestClient, make_client


@pytest.fixture
def filled(sqlite_store: Store) -> Store:
    sampledata.build(sqlite_store)
    return sqlite_store


@pytest.fixture
def client(filled: Store) -> Iterator[TestClient]:
    with make_client(filled) as c:
        yield c


@pytest.fixture
def public_client(filled: Store) -> Iterator[TestClient]:
    with make_client(filled, public_mode=True) as c:
        yield c
