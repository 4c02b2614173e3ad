"""Built-in features come in through the same plugin hooks as an outside plugin's, and each program
loads only the plugins it uses (the command line never imports the web stack)."""

from __future__ import annotations

import subprocess
import sys

from fastapi import FastAPI
from fastapi.testclient import TestClient

from harmledger.api.app import create_app
from harmledger.plugins import COMMAND_PLUGINS, ROUTE_PLUGINS, get_plugin_manager
from harmledger.store import Store


def test_the_pages_register_through_the_routes_hook() -> None:
    assert "harmledger.web.pages" in ROUTE_PLUGINS
    manager = get_plugin_manager(routes=True)
    assert manager.get_plugin("harmledger.web.pages") is not None
    app = FastAPI()
    manager.hook.register_routes(app=app)
    assert app.state.templates is not None  # what the pages' hook implementation sets up


def test_the_application_serves_the_pages_it_got_through_the_hook(sqlite_store: Store) -> None:
    with TestClient(create_app(sqlite_store)) as client:
        page = client.get("/")
        assert page.status_code == 200 and "text/html" in page.headers["content-type"]
        assert client.get("/static/map.js").status_code == 200
        assert client.get("/api/incidents").status_code == 200


def test_only_the_web_application_loads_the_pages() -> None:
    assert get_plugin_manager().get_plugin("harmledger.web.pages") is None
    assert get_plugin_manager(commands_only=True).get_plugin("harmledger.web.pages") is None
    assert not any(name.startswith("harmledger.web") for name in COMMAND_PLUGINS)


def test_building_the_command_line_imports_no_web_stack() -> None:
    code = ("import sys; from harmledger.cli import build_app; build_app(); "
            "print(sorted(m for m in sys.modules if m.startswith(('harmledger.web', 'harmledger.api.app', 'jinja2'))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
