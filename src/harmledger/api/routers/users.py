"""/api/users: administrators manage accounts (the CLI does the same: `harmledger users add`)."""

from __future__ import annotations

from typing import Any, Literal

from fastapi import APIRouter, Request
from pydantic import BaseModel, Field
from sqlalchemy import select
from sqlalchemy.orm import Session

from ...review import audit
from ...review.accounts import create_user, end_sessions, get_user
from ...store.models import User
from ..deps import DbSession
from ..errors import ApiError
from ..guard import AdminRoute
from ..security import resolve_principal
from ..writes import write

router = APIRouter(prefix="/api", tags=["accounts"], route_class=AdminRoute)
Role = Literal["admin", "analyst", "viewer"]


class NewUser(BaseModel):
    username: str = Field(min_length=1, max_length=100)
    password: str = Field(min_length=8, max_length=1000)
    role: Role = "viewer"


class UserChange(BaseModel):
    role: Role | None = None
    active: bool | None = None


def _user(user: User) -> dict[str, Any]:
    return {"username": user.username, "role": user.role, "active": user.active,
            "created_at": user.created_at.isoformat() if user.created_at else None}


def _admin(request: Request, session: Session) -> str:
    """Reading the accounts needs an administrator (changes are checked by AdminRoute's guard)."""
    if request.app.state.settings.public_mode:
        raise ApiError(403, "this server is a read-only public view", code="read_only")
    principal = resolve_principal(request, session)
    if principal is None:
        raise ApiError(401, "log in as an administrator")
    if principal.role != "admin":
        raise ApiError(403, f"{principal.username} is a {principal.role}; only an administrator manages accounts")
    return principal.username


@router.get("/users", summary="List accounts (administrator)")
def users(request: Request, session: DbSession) -> dict[str, Any]:
    _admin(request, session)
    return {"items": [_user(u) for u in session.scalars(select(User).order_by(User.username))]}


@router.post("/users", summary="Add an account (administrator)", status_code=201)
async def add_user(body: NewUser, request: Request) -> dict[str, Any]:
    def work(session: Session, admin: User) -> dict[str, Any]:
        user = create_user(session, body.username, body.password, body.role)
        audit.record(session, admin.username, "user_add", "user", user.username, None, {"role": user.role})
        return _user(user)

    return await write(request, work, role="admin")


@router.patch("/users/{username}", summary="Change an account's role or deactivate it (administrator)")
async def change_user(username: str, body: UserChange, request: Request) -> dict[str, Any]:
    def work(session: Session, admin: User) -> dict[str, Any]:
        user = get_user(session, username)
        before = {"role": user.role, "active": user.active}
        if body.role is not None:
            user.role = body.role
        if body.active is not None:
            if user.active and not body.active:
                end_sessions(user)  # so that reactivating the account later does not revive old cookies
            user.active = body.active
        audit.record(session, admin.username, "user_change", "user", user.username, before,
                     {"role": user.role, "active": user.active})
        return _user(user)

    return await write(request, work, role="admin")
