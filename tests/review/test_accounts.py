from __future__ import annotations

import pytest
from sqlalchemy import select

from harmledger._errors import PermissionDeniedError, ReviewError
from harmledger.review.accounts import (
    authenticate,
    create_token,
    create_user,
    require_admin,
    require_editor,
    user_for_token,
)
from harmledger.store import Store
from harmledger.store.models import ApiToken


def test_password_is_hashed_with_argon2_and_checked(sqlite_store: Store) -> None:
    with sqlite_store.session() as session:
        user = create_user(session, "ana", "correct horse", "analyst")
        assert user.password_hash.startswith("$argon2id$")
        assert "correct horse" not in user.password_hash
    with sqlite_store.session() as session:
        assert authenticate(session, "ana", "correct horse") is not None
        assert authenticate(session, "ana", "wrong horse!") is None
        assert authenticate(session, "nobody", "correct horse") is None


def test_bad_role_short_password_and_duplicate_are_refused(sqlite_store: Store) -> None:
    with sqlite_store.session() as session:
        with pytest.raises(ReviewError, match="unknown role"):
            create_user(session, "x", "long enough", "superuser")
        with pytest.raises(ReviewError, match="at least"):
            create_user(session, "x", "short", "viewer")
        create_user(session, "x", "long enough", "viewer")
        with pytest.raises(ReviewError, match="exists"):
            create_user(session, "x", "long enough", "viewer")


def test_token_is_stored_only_as_its_sha256(store: Store) -> None:
    with store.session() as session:
        user = create_user(session, "bot", "long enough", "analyst")
        token = create_token(session, user, "ci")
    with store.session() as session:
        stored = session.scalars(select(ApiToken.token_hash)).all()
        assert token not in stored and len(stored[0]) == 64
        found = user_for_token(session, token)
        assert found is not None and found.username == "bot"
        assert user_for_token(session, token + "x") is None
        row = session.scalars(select(ApiToken)).one()
        row.revoked = True
    with store.session() as session:
        assert user_for_token(session, token) is None


def test_roles(sqlite_store: Store) -> None:
    with sqlite_store.session() as session:
        viewer = create_user(session, "v", "long enough", "viewer")
        analyst = create_user(session, "a", "long enough", "analyst")
        with pytest.raises(PermissionDeniedError):
            require_editor(viewer)
        with pytest.raises(PermissionDeniedError):
            require_editor(None)
        assert require_editor(analyst) is analyst
        with pytest.raises(PermissionDeniedError):
            require_admin(analyst)
