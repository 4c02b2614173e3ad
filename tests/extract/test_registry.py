from __future__ import annotations

import pytest

from harmledger._errors import ExtractionError
from harmledger.extract import Extractor, Pipeline, PipelineContext, Registry, component, default_registry
from harmledger.extract.components import DEFAULT_PIPELINE
from harmledger.extract.doc import Doc


def test_default_registry_has_the_builtins_through_the_hook() -> None:
    registry = default_registry()
    assert set(DEFAULT_PIPELINE) <= set(registry.names())


def test_pipeline_refuses_a_requirement_that_comes_later() -> None:
    registry = default_registry()
    with pytest.raises(ExtractionError, match="requires"):
        Pipeline(["casualties", "segment"], registry)


def test_unknown_component_name() -> None:
    with pytest.raises(ExtractionError, match="no extraction component"):
        Pipeline(["nope"], default_registry())


def test_undeclared_factory_is_refused() -> None:
    with pytest.raises(ExtractionError):
        Registry().add(lambda ctx: (lambda doc: None))  # type: ignore[arg-type,return-value]


def test_a_plugin_component_can_replace_a_builtin() -> None:
    @component(name="legal", assigns=["legal"], requires=["sentences"])
    def no_legal(context: PipelineContext) -> object:
        def run(doc: Doc) -> None:
            doc.legal = []

        return run

    registry = default_registry()
    registry.add(no_legal)  # type: ignore[arg-type]
    ext = Extractor(registry=registry)
    result = ext.extract("Jets killed five people in Aleppo, a war crime under resolution 2254.")
    assert result.mentions and result.mentions[0].legal == []


def test_a_shorter_pipeline_runs() -> None:
    ext = Extractor(components=["dateline", "segment", "numbers", "dates"])
    assert ext.component_names == ["dateline", "segment", "numbers", "dates"]
    assert ext.extract("Five people were killed.").mentions == []


def test_a_failing_component_becomes_an_extraction_error() -> None:
    @component(name="broken", assigns=[], requires=["sentences"])
    def broken(context: PipelineContext) -> object:
        def run(doc: Doc) -> None:
            raise RuntimeError("boom")

        return run

    registry = default_registry()
    registry.add(broken)  # type: ignore[arg-type]
    ext = Extractor(registry=registry, components=["dateline", "segment", "broken"])
    with pytest.raises(ExtractionError, match="boom"):
        ext.extract("Five people were killed.")
