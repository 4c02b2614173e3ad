"""Lazy re-exports for package ``__init__`` modules (PEP 562).

A package's public names are imported on first use, not when the package is: importing
``harmledger.api.commands`` to register a command must not load FastAPI, nor ``harmledger.link.commands``
the linker. Type checkers see the names through the package's ``if TYPE_CHECKING:`` imports.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable
from typing import Any


def lazy_exports(package: str, exports: dict[str, str]) -> Callable[[str], Any]:
    """A module ``__getattr__`` that imports ``name`` from the submodule ``exports[name]`` on first use:
    ".app" for the same name there, ".admin_names:admin1_pcode" for another."""

    def __getattr__(name: str) -> Any:
        where = exports.get(name)
        if where is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        module, _, attribute = where.partition(":")
        value = getattr(importlib.import_module(module, package), attribute or name)
        setattr(sys.modules[package], name, value)  # later look-ups are plain attribute reads
        return value

    return __getattr__
