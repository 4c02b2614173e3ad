"""The geocoder leaves the garbage collector on: a web server extracting an upload keeps collecting
for every other request (issue "The house": no process-wide side effects)."""

from __future__ import annotations

import gc

import pytest

from harmledger.extract import Extractor


def test_extraction_never_switches_the_collector_off(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse() -> None:
        raise AssertionError("the library switched the garbage collector off")

    monkeypatch.setattr(gc, "disable", refuse)
    text = "Regime airstrikes on Saraqib in Idlib killed 12 civilians on Monday, activists said. " * 200
    result = Extractor().extract(text, published="2020-05-09")
    assert gc.isenabled() and result.mentions
