"""What the browser tests share: where Chromium is, the accounts, where screenshots go, logging in."""

from __future__ import annotations

from pathlib import Path
from typing import Any

CHROMIUM = "/usr/bin/chromium"
SCREENSHOTS = Path(__file__).resolve().parent / "screenshots"
PASSWORDS = {"admin": "admin-pass-123", "analyst": "analyst-pass-123", "viewer": "viewer-pass-123"}


def log_in(page: Any, role: str) -> None:
    page.goto("/login")
    page.fill("input[name=username]", role)
    page.fill("input[name=password]", PASSWORDS[role])
    page.click("#login-form button[type=submit]")
    page.wait_for_selector("#current-user")
