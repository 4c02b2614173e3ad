"""The login page says how accounts are made (by an administrator, from the command line), and a login
through it records the user's last login, which `harmledger users list` shows."""

from __future__ import annotations

import html
import re

from sqlalchemy import select

from harmledger.review.accounts import create_user
from harmledger.store import Store
from harmledger.store.models import User
from tests.api.apiclient import make_client


def test_login_page_says_how_to_get_an_account(sqlite_store: Store) -> None:
    page = make_client(sqlite_store).get("/login")
    assert page.status_code == 200
    text = html.unescape(re.sub(r"<[^>]+>", "", page.text))
    assert "harmledger users add NAME --role analyst" in text
    assert "harmledger users passwd NAME" in text


def test_the_public_view_does_not_offer_accounts(sqlite_store: Store) -> None:
    page = make_client(sqlite_store, public_mode=True).get("/login")
    assert page.status_code == 200 and "users add" not in page.text


def test_a_login_sets_the_last_login(sqlite_store: Store) -> None:
    with sqlite_store.session() as session:
        create_user(session, "ana", "password-1", "analyst")
    client = make_client(sqlite_store)
    assert client.post("/api/auth/login", json={"username": "ana", "password": "wrong-one"}).status_code == 401
    with sqlite_store.session() as session:
        assert session.scalar(select(User.last_login_at).where(User.username == "ana")) is None
    assert client.post("/api/auth/login", json={"username": "ana", "password": "password-1"}).status_code == 200
    with sqlite_store.session() as session:
        assert session.scalar(select(User.last_login_at).where(User.username == "ana")) is not None
