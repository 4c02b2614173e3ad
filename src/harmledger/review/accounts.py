"""Accounts, roles and API tokens. Passwords are hashed with argon2id; tokens are kept as SHA-256 only."""

from __future__ import annotations

import hashlib
import secrets
from functools import cache
from typing import TYPE_CHECKING

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from .._errors import NotFoundError, PermissionDeniedError, ReviewError
from ..store.models import ApiToken, User, utcnow
from .roles import ADMIN, ANALYST, EDITORS, ROLES, VIEWER  # noqa: F401 - also imported from here

if TYPE_CHECKING:
    from argon2 import PasswordHasher

TOKEN_PREFIX = "hl_"
MIN_PASSWORD = 8


# argon2 is loaded, and the dummy hash computed, on the first password checked or set: not when a command
# that never sees a password (every command of the CLI but `users add`) merely imports this module.
@cache
def _hasher() -> PasswordHasher:
    from argon2 import PasswordHasher

    return PasswordHasher()


@cache
def _dummy_hash() -> str:
    """A hash to check against when the user does not exist, so timing does not tell which names exist."""
    return _hasher().hash("not-a-real-password")


def hash_password(password: str) -> str:
    return _hasher().hash(password)


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise ReviewError(f"a password needs at least {MIN_PASSWORD} characters")


def generate_password() -> str:
    """A random password for a new account (16 URL-safe characters, 96 bits)."""
    return secrets.token_urlsafe(12)


def create_user(session: Session, username: str, password: str, role: str) -> User:
    """Add a user; raises ReviewError for an unknown role, a short password or a taken name."""
    username = username.strip()
    if role not in ROLES:
        raise ReviewError(f"unknown role {role!r}; use one of {', '.join(ROLES)}")
    if not username or len(username) > 100:
        raise ReviewError("a username needs 1 to 100 characters")
    _check_password(password)
    if session.scalar(select(User).where(User.username == username)) is not None:
        raise ReviewError(f"user {username!r} exists already; choose another name")
    user = User(username=username, password_hash=hash_password(password), role=role, active=True)
    session.add(user)
    session.flush()
    return user


def get_user(session: Session, username: str) -> User:
    user = session.scalar(select(User).where(User.username == username))
    if user is None:
        raise NotFoundError(f"no user {username!r}; add one with `harmledger users add`")
    return user


def list_users(session: Session) -> list[User]:
    return list(session.scalars(select(User).order_by(User.username)))


def set_password(session: Session, username: str, password: str) -> User:
    """Give ``username`` a new password and end their browser sessions (a stolen cookie dies with the old
    password); API tokens are kept."""
    _check_password(password)
    user = get_user(session, username)
    user.password_hash = hash_password(password)
    end_sessions(user)
    return user


def set_active(session: Session, username: str, active: bool) -> tuple[User, int]:
    """Activate or deactivate ``username``; returns the user and how many API tokens were revoked.

    Deactivating ends the user's browser sessions and revokes their API tokens, so that reactivating the
    account later revives neither. The last active administrator cannot be deactivated (E072): nobody
    could manage accounts from the web any more."""
    user = get_user(session, username)
    if active or not user.active:
        user.active = active
        return user, 0
    if user.role == ADMIN:
        admins = session.scalar(select(func.count()).select_from(User).where(User.role == ADMIN, User.active.is_(True)))
        if (admins or 0) <= 1:
            raise ReviewError(f"{username!r} is the only active administrator; make another administrator first "
                              "(`harmledger users add NAME --role admin`)", code="E072")
    user.active = False
    end_sessions(user)
    revoked = session.execute(
        update(ApiToken).where(ApiToken.user_id == user.id, ApiToken.revoked.is_(False)).values(revoked=True))
    return user, int(getattr(revoked, "rowcount", 0) or 0)


def authenticate(session: Session, username: str, password: str) -> User | None:
    """The active user with this name and password, else None."""
    from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

    user = session.scalar(select(User).where(User.username == username.strip()))
    if user is None or not user.active:
        try:
            _hasher().verify(_dummy_hash(), password)
        except VerificationError:
            pass
        return None
    try:
        _hasher().verify(user.password_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return None
    if _hasher().check_needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
    user.last_login_at = utcnow()
    return user


def end_sessions(user: User) -> None:
    """End every browser session of ``user`` issued so far: the cookies carry the old epoch and are
    refused from now on (API tokens are revoked separately)."""
    user.session_epoch = (user.session_epoch or 0) + 1


def create_token(session: Session, user: User, name: str = "script") -> str:
    """A new API token for the user; the plain token is returned once and never stored."""
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    session.add(ApiToken(user_id=user.id, name=name[:100], token_hash=hash_token(token)))
    session.flush()
    return token


def user_for_token(session: Session, token: str, *, touch_every: float = 0.0) -> User | None:
    """The token's user, its last use noted unless noted less than ``touch_every`` seconds ago (a busy
    server would otherwise write a row on every request)."""
    row = session.scalar(select(ApiToken).where(ApiToken.token_hash == hash_token(token), ApiToken.revoked.is_(False)))
    if row is None:
        return None
    user = session.get(User, row.user_id)
    if user is None or not user.active:
        return None
    now = utcnow()
    if row.last_used_at is None or (now - row.last_used_at).total_seconds() >= touch_every:
        row.last_used_at = now
    return user


def require_editor(user: User | None) -> User:
    """The user, if allowed to change incidents; else PermissionDeniedError."""
    if user is None:
        raise PermissionDeniedError("log in as an analyst or administrator to change anything")
    if user.role not in EDITORS or not user.active:
        raise PermissionDeniedError(f"user {user.username!r} ({user.role}) may not change anything; ask an administrator")
    return user


def require_admin(user: User | None) -> User:
    if user is None or user.role != ADMIN or not user.active:
        raise PermissionDeniedError("only an administrator may do this")
    return user
