"""Run a pipeline up to a component over hand-written text, for the component tests."""

from __future__ import annotations

import datetime as dt

from harmledger.extract import Extractor
from harmledger.extract.doc import Doc


def run(extractor: Extractor, text: str, published: str | None = "2022-11-08", upto: str | None = None) -> Doc:
    doc = extractor.make_doc(text, published=dt.date.fromisoformat(published) if published else None)
    for name, comp in extractor.pipeline.components:
        comp(doc)
        if name == upto:
            break
    return doc
