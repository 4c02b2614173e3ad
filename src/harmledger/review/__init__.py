"""Analyst review: accounts and roles, review actions on incidents and mentions, the audit log."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._lazy import lazy_exports

if TYPE_CHECKING:
    from .accounts import ROLES, authenticate, create_token, create_user, user_for_token
    from .audit import VerifyResult, record, verify

__getattr__ = lazy_exports(__name__, {
    "ROLES": ".accounts", "authenticate": ".accounts", "create_token": ".accounts", "create_user": ".accounts", "user_for_token": ".accounts",
    "VerifyResult": ".audit", "record": ".audit", "verify": ".audit",
})

__all__ = ["ROLES", "VerifyResult", "authenticate", "create_token", "create_user", "record", "user_for_token", "verify"]
