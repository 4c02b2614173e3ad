"""Plugin hooks. Built-in features register through the same hooks as outside plugins do.

An outside plugin is a module with ``@hookimpl`` functions, exposed by an entry point in the
``harmledger`` group of its package metadata.
"""

from __future__ import annotations

import importlib
from functools import lru_cache
from typing import Any

import pluggy

hookspec = pluggy.HookspecMarker("harmledger")
hookimpl = pluggy.HookimplMarker("harmledger")

# Modules whose hook implementations make up harmledger itself, by what they register. Those that
# register commands import nothing heavy at module level (the web stack, Dask, argon2, the gazetteer
# load inside the commands), so that building the command line costs next to nothing; the extraction
# components are not needed for it, and the pages (which import the whole web stack) are loaded only by
# the web application (see `get_plugin_manager`).
COMMAND_PLUGINS: list[str] = [
    "harmledger.store.commands",
    "harmledger.link.commands",
    "harmledger.publish.commands",
    "harmledger.ingest.commands",
    "harmledger.processing.commands",
    "harmledger.review.commands",
    "harmledger.api.commands",
    "harmledger.geo.commands",
    "harmledger.extract.commands",
]
COMPONENT_PLUGINS: list[str] = ["harmledger.extract.components"]
ROUTE_PLUGINS: list[str] = ["harmledger.web.pages"]
DEFAULT_PLUGINS: list[str] = [*COMMAND_PLUGINS, *COMPONENT_PLUGINS]


class HookSpecs:
    @hookspec
    def register_commands(self, app: Any) -> None:
        """Add commands or command groups to the ``harmledger`` Typer app."""

    @hookspec
    def register_extract_components(self, registry: Any) -> None:
        """Add components to the extraction pipeline's registry (see harmledger.extract)."""

    @hookspec
    def register_routes(self, app: Any) -> None:
        """Add routes to the FastAPI application."""

    @hookspec
    def store_initialised(self, store: Any) -> str | None:
        """Finish setting up a store `harmledger init` has just created or migrated; return a line to print."""


@lru_cache(maxsize=4)
def get_plugin_manager(*, commands_only: bool = False, routes: bool = False) -> pluggy.PluginManager:
    """Every built-in plugin plus those of installed packages (entry point group ``harmledger``).

    ``commands_only`` leaves out the built-in extraction components: the command line needs only the
    commands, and the extractor asks the full manager for its components when it is built. ``routes``
    adds the built-in pages, for the web application only.
    """
    pm = pluggy.PluginManager("harmledger")
    pm.add_hookspecs(HookSpecs)
    names = COMMAND_PLUGINS if commands_only else DEFAULT_PLUGINS
    for name in [*names, *ROUTE_PLUGINS] if routes else names:
        pm.register(importlib.import_module(name), name=name)
    pm.load_setuptools_entrypoints("harmledger")
    return pm
