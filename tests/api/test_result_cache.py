"""The result cache computes a missing entry once, however many requests miss it at the same time."""

from __future__ import annotations

import threading
import time
from typing import Any

from harmledger.api.aggregates import ResultCache


class FixedClock:
    def __init__(self) -> None:
        self.version: tuple[Any, ...] = (1,)

    def get(self, session: Any) -> tuple[Any, ...]:
        return self.version


def test_concurrent_misses_share_one_computation() -> None:
    clock = FixedClock()
    cache = ResultCache(clock)  # type: ignore[arg-type]
    calls: list[int] = []
    started = threading.Event()

    def compute() -> str:
        calls.append(1)
        started.set()
        time.sleep(0.3)
        return "value"

    results: list[str] = []
    threads = [threading.Thread(target=lambda: results.append(cache.get_or_compute(None, "map", compute)))  # type: ignore[arg-type]
               for _ in range(8)]
    threads[0].start()
    started.wait(5)
    for t in threads[1:]:
        t.start()
    for t in threads:
        t.join(10)
    assert results == ["value"] * 8
    assert len(calls) == 1


def test_a_new_store_version_computes_again() -> None:
    clock = FixedClock()
    cache = ResultCache(clock)  # type: ignore[arg-type]
    values = iter(["first", "second"])
    assert cache.get_or_compute(None, "k", lambda: next(values)) == "first"  # type: ignore[arg-type]
    assert cache.get_or_compute(None, "k", lambda: next(values)) == "first"  # type: ignore[arg-type]
    clock.version = (2,)
    assert cache.get_or_compute(None, "k", lambda: next(values)) == "second"  # type: ignore[arg-type]


def test_with_reuse_a_recent_result_is_served_after_a_write_and_then_computed_again() -> None:
    clock = FixedClock()
    cache = ResultCache(clock, reuse_seconds=0.2)  # type: ignore[arg-type]
    values = iter(["first", "second"])
    assert cache.get_or_compute(None, "k", lambda: next(values)) == "first"  # type: ignore[arg-type]
    clock.version = (2,)  # a write
    assert cache.get_or_compute(None, "k", lambda: next(values)) == "first"  # type: ignore[arg-type]
    assert cache.peek(None, "k") == "first"  # type: ignore[arg-type]
    time.sleep(0.25)
    assert cache.peek(None, "k") is None  # type: ignore[arg-type]
    assert cache.get_or_compute(None, "k", lambda: next(values)) == "second"  # type: ignore[arg-type]


def test_without_reuse_the_first_read_after_a_write_is_exact() -> None:
    clock = FixedClock()
    cache = ResultCache(clock)  # type: ignore[arg-type]
    cache.get_or_compute(None, "k", lambda: "old")  # type: ignore[arg-type]
    clock.version = (2,)
    assert cache.peek(None, "k") is None  # type: ignore[arg-type]
    assert cache.get_or_compute(None, "k", lambda: "new") == "new"  # type: ignore[arg-type]


def test_it_knows_when_the_store_last_changed() -> None:
    clock = FixedClock()
    cache = ResultCache(clock)  # type: ignore[arg-type]
    cache.peek(None, "k")  # type: ignore[arg-type]
    assert not cache.changed_within(5)  # the first version seen is no change
    clock.version = (2,)
    cache.peek(None, "k")  # type: ignore[arg-type]
    assert cache.changed_within(5) and not cache.changed_within(0)
