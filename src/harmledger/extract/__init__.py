"""The extraction engine: from one report, the mentions of docs/contract.md section 2, every value with its span.

    from harmledger.extract import Extractor, EXTRACTOR_VERSION
    ext = Extractor()                       # default pipeline, the shipped gazetteer's geocoder
    ext.extract(body, title=..., doc_id=..., published=...)  # -> DocumentExtraction

The pipeline is a list of named components (``harmledger.extract.components``) from a registry that
plugins add to through the ``register_extract_components`` hook.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._lazy import lazy_exports

if TYPE_CHECKING:
    from .components import default_registry
    from .extractor import EXTRACTOR_VERSION, Extractor
    from .mainplace import main_place
    from .registry import Component, Pipeline, PipelineContext, Registry, component

__getattr__ = lazy_exports(__name__, {
    "EXTRACTOR_VERSION": ".extractor", "Extractor": ".extractor",
    "main_place": ".mainplace",
    "Component": ".registry", "Pipeline": ".registry", "PipelineContext": ".registry", "Registry": ".registry", "component": ".registry",
    "default_registry": ".components",
})

__all__ = [
    "EXTRACTOR_VERSION",
    "Component",
    "Extractor",
    "Pipeline",
    "PipelineContext",
    "Registry",
    "component",
    "default_registry",
    "main_place",
]
