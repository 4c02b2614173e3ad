"""The linker reads its weights and limits from one settings object, which a caller can replace."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest

from harmledger.link.cluster import Clusterer
from harmledger.link.score import THRESHOLD, compare, distinctive
from harmledger.link.settings import LINKING, LinkSettings
from tests.link.test_link_score import DAY, feat

DOCS = Path(__file__).resolve().parents[2] / "docs" / "linking.md"


def test_the_default_is_the_documented_linker() -> None:
    assert THRESHOLD == LINKING.threshold == 0.6
    assert LINKING.max_km_at(1) == 8.0 and LINKING.max_km_at(3) == 50.0
    with pytest.raises(dataclasses.FrozenInstanceError):
        LINKING.threshold = 0.5  # type: ignore[misc]


def test_every_setting_is_documented() -> None:
    text = DOCS.read_text(encoding="utf-8")
    documented = set(re.findall(r"`(\w+)`", text))
    missing = [f.name for f in dataclasses.fields(LinkSettings) if f.name not in documented]
    assert not missing, f"LinkSettings fields not described in docs/linking.md: {missing}"


def test_compare_reads_its_weights_from_the_settings() -> None:
    a, b = feat(1), feat(2)
    default = compare(a, b)
    heavier = compare(a, b, settings=dataclasses.replace(LINKING, same_day=0.5))
    assert heavier.score == pytest.approx(min(1.0, default.score + 0.15))
    # A nearer distance limit turns "near" into a veto.
    near = feat(3, place="ks_south", lat=35.41, lon=36.65)
    assert compare(a, near).veto is None
    strict = dataclasses.replace(LINKING, max_km=((1, 1.0), (2, 25.0), (3, 50.0)))
    assert compare(a, near, settings=strict).veto == "places 3 km apart"


def test_rare_details_come_from_the_settings() -> None:
    mention = feat(1, weapons=("barrel_bomb",))
    assert not distinctive(mention)
    assert distinctive(mention, dataclasses.replace(LINKING, distinctive_weapons=frozenset({"barrel_bomb"})))


def test_the_clusterer_links_by_the_settings_it_is_given() -> None:
    day_apart = [feat(1), feat(2, DAY + 1, weapons=())]
    default = Clusterer()
    assert len({default.assign(f).cluster for f in day_apart}) == 2
    lenient = Clusterer(settings=dataclasses.replace(LINKING, day_apart=0.35))
    assert len({lenient.assign(f).cluster for f in day_apart}) == 1
