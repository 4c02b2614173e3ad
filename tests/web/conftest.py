"""A real `harmledger serve` on a free localhost port over the bundled sample, and Debian's Chromium.

The server is started by tests/web/serverproc.py, which waits for /api/health with a generous limit
and, when the server does not come up, fails with its stderr.

The store is filled the way a user fills it: the bundled sample corpus is ingested and processed by
the library. Should that pipeline be missing from a build, the hand-made store of tests/api is used.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from harmledger._config import Settings
from harmledger.store import Store
from harmledger.store.models import User
from tests.web.browserkit import CHROMIUM, PASSWORDS, SCREENSHOTS
from tests.web.serverproc import start_server


def _fill_from_sample(store: Store) -> str:
    try:
        from harmledger.ingest import ingest
        from harmledger.processing.runner import process_pending
        from harmledger.sample import SAMPLE_CORPUS
    except ImportError:
        from tests.api import sampledata

        sampledata.build(store, users=False)
        return "hand-made"
    ingest(store, [str(SAMPLE_CORPUS)])
    process_pending(store)
    return "bundled sample"


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    from harmledger.review.accounts import hash_password

    home = tmp_path_factory.mktemp("web-home")
    store = Store(None, settings=Settings(home=home))
    store.init()
    origin = _fill_from_sample(store)
    with store.session() as session:
        for role, password in PASSWORDS.items():
            session.add(User(username=role, password_hash=hash_password(password), role=role, active=True))
    server = start_server(home)
    yield {"base": server.base, "store": store, "origin": origin}
    server.stop()


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    if not Path(CHROMIUM).exists():
        if os.environ.get("HARMLEDGER_REQUIRE_BROWSER") == "1":
            pytest.fail(f"{CHROMIUM} is required (HARMLEDGER_REQUIRE_BROWSER=1) but not installed: run scripts/setup.sh --test")
        pytest.skip(f"{CHROMIUM} is not installed (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    SCREENSHOTS.mkdir(exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=CHROMIUM,
            args=["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync"],
        )
        yield browser
        browser.close()


@pytest.fixture
def page(browser: Any, server: dict[str, Any]) -> Iterator[Any]:
    """A fresh browser context (no cookies) whose every request must stay on the local server."""
    context = browser.new_context(base_url=server["base"], viewport={"width": 1280, "height": 900})
    outside: list[str] = []

    def guard(route: Any) -> None:
        url = route.request.url
        if url.startswith(server["base"]) or url.startswith("data:"):
            route.continue_()
        else:
            outside.append(url)
            route.abort()

    context.route("**/*", guard)
    pg = context.new_page()
    pg.set_default_timeout(15000)
    yield pg
    context.close()
    assert outside == [], f"the page tried to load from outside: {outside}"
