from __future__ import annotations

from harmledger.extract import Extractor

from .helpers import run


def test_resolutions_and_terms(extractor: Extractor) -> None:
    text = "The attack breached UN Security Council resolution 2254 and international humanitarian law; a war crime."
    doc = run(extractor, text, upto="legal")
    assert [h.code for h in doc.legal] == ["UNSC 2254", "International humanitarian law", "War crimes"]
    assert all(text[h.start : h.end] for h in doc.legal)
