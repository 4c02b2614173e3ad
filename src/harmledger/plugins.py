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

# Modules whose hook implementations make up harmledger itself.
DEFAULT_PLUGINS: list[str] = [
    "harmledger.store.commands",
    "harmledger.link.commands",
    "harmledger.publish.commands",
    "harmledger.ingest.commands",
    "harmledger.processing.commands",
    "harmledger.review.commands",
    "harmledger.api.commands",
    "harmledger.geo.commands",
    "harmledger.extract.components",
    "harmledger.extract.commands",
]


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


@lru_cache(maxsize=1)
def get_plugin_manager() -> pluggy.PluginManager:
    pm = pluggy.PluginManager("harmledger")
    pm.add_hookspecs(HookSpecs)
    for name in DEFAULT_PLUGINS:
        pm.register(importlib.import_module(name), name=name)
    pm.load_setuptools_entrypoints("harmledger")
    return pm
