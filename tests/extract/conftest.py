"""One extractor (and its geocoder) for the whole extract test package: building them takes a second."""

from __future__ import annotations

import pytest

from harmledger.extract import Extractor


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    return Extractor()
