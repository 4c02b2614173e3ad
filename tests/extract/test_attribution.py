from __future__ import annotations

from harmledger.extract import Extractor

from .helpers import run


def names(extractor: Extractor, text: str) -> list[str]:
    return [h.code for h in run(extractor, text, upto="attribution").attributions]


def test_reporting_organisations(extractor: Extractor) -> None:
    assert names(extractor, "Twelve people died, the Syrian Observatory for Human Rights said.") == [
        "Syrian Observatory for Human Rights"]
    assert names(extractor, "According to SANA, two people died.") == ["SANA"]


def test_a_name_without_a_reporting_verb_is_not_a_source(extractor: Extractor) -> None:
    assert names(extractor, "A United Nations convoy was hit.") == []
