"""Test clients over the application and logging in through the API."""

from __future__ import annotations

import warnings
from typing import Any

from harmledger.api import create_app
from harmledger.store import Store
from tests.api import sampledata

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient


def make_client(store: Store, **settings: Any) -> TestClient:
    conf = store.settings.model_copy(update=settings)
    return TestClient(create_app(store, conf), base_url="http://testserver")


def login(client: TestClient, role: str) -> str:
    """Log in through the JSON API; returns the CSRF token for writes."""
    r = client.post("/api/auth/login", json={"username": role, "password": sampledata.PASSWORDS[role]})
    assert r.status_code == 200, r.text
    return str(r.json()["csrf_token"])
