"""Analyst review: accounts and roles, review actions on incidents and mentions, the audit log."""

from .accounts import ROLES, authenticate, create_token, create_user, user_for_token
from .audit import VerifyResult, record, verify

__all__ = ["ROLES", "VerifyResult", "authenticate", "create_token", "create_user", "record", "user_for_token", "verify"]
