"""One extractor (and its geocoder) for the whole extract test package: building them takes a second."""

from __future__ import annotations

import pytest

from harmledger.extract import Extractor


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    return Extractor()


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """The behavioural checklist's table (tests/extract/test_behaviour.py), when any of it ran here
    (under pytest-xdist the results stay in the workers, and nothing is printed)."""
    from .checklist import RESULTS, format_table

    if RESULTS:
        terminalreporter.write_sep("=", "behavioural checklist (tests/extract/checklist.py)")
        terminalreporter.write_line(format_table(RESULTS.values()))
