"""The account roles, apart from `accounts` so that the command line can name them without loading the ORM."""

from __future__ import annotations

ADMIN, ANALYST, VIEWER = "admin", "analyst", "viewer"
ROLES = (ADMIN, ANALYST, VIEWER)
EDITORS = frozenset({ADMIN, ANALYST})
