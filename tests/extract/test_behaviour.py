"""Behavioural tests in the CheckList style: one test per reading skill (tests/extract/checklist.py).

Each test runs a phenomenon's generated cases through the real extractor and fails when more than the
phenomenon's ``max_failure_rate`` of them fail; the message lists the failing cases (text, expected,
got). The table of all rates is printed at the end of the run (``pytest_terminal_summary`` in
tests/extract/conftest.py). Outside pytest: ``.venv/bin/python -m tests.extract.checklist --show 5``.
"""

from __future__ import annotations

import pytest

from harmledger.extract import Extractor

from .checklist import (
    FAST_SIZE,
    LARGE_SIZE,
    NAMES,
    RESULTS,
    Case,
    Phenomenon,
    build,
    format_table,
    killed,
    run,
)


@pytest.mark.parametrize("name", NAMES)
def test_phenomenon(extractor: Extractor, name: str) -> None:
    phenomenon = build(name, FAST_SIZE)
    result = run(phenomenon, extractor)
    RESULTS[name] = result
    if not result.ok:
        pytest.fail(result.message(), pytrace=False)


@pytest.mark.slow
@pytest.mark.parametrize("name", NAMES)
def test_phenomenon_large(extractor: Extractor, name: str) -> None:
    phenomenon = build(name, LARGE_SIZE)
    phenomenon.name = f"{name} (large)"
    result = run(phenomenon, extractor)
    RESULTS[phenomenon.name] = result
    if not result.ok:
        pytest.fail(result.message(), pytrace=False)


def test_cases_are_many_distinct_and_deterministic() -> None:
    for name in NAMES:
        cases = build(name).cases
        assert len({(c.title, c.text, c.published) for c in cases}) == len(cases) >= 20, name
        assert [c.document for c in build(name).cases] == [c.document for c in cases], name


def test_numbers_come_in_digits_and_words() -> None:
    texts = " ".join(c.text for c in build("listed_groups_summed").cases)
    assert any(w in texts for w in (" nine ", " seven ", " twelve ", " four ")) and any(ch.isdigit() for ch in texts)


class _Broken:
    def extract(self, text: str, **kwargs: object) -> object:
        raise RuntimeError("boom")


def test_framework_reports_failures_with_text_expected_and_got() -> None:
    phenomenon = Phenomenon("demo", [Case("Gunmen killed a farmer in Ariha on Monday.", "2020-05-09", (killed(1),))])
    result = run(phenomenon, _Broken())
    assert result.rate == 1.0 and not result.ok
    message = result.message()
    assert "Gunmen killed a farmer" in message and "killed 1" in message and "RuntimeError: boom" in message
    assert "demo" in format_table([result])


def test_framework_passes_a_correct_reading(extractor: Extractor) -> None:
    phenomenon = Phenomenon("demo", [Case("Gunmen killed 3 farmers in Ariha on Monday.", "2020-05-09", (killed(3),))])
    assert run(phenomenon, extractor).rate == 0.0
