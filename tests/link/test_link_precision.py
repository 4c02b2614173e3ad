"""The mechanisms that keep reports of different attacks apart (read on the FA-KES reports): an area
shared is not a town shared, a day apart needs one town, a vague date needs the same weapon or
target, and a vague member cannot bridge another town into an incident."""

from __future__ import annotations

from sqlalchemy import select

from harmledger.link import link_pending
from harmledger.link.cluster import Clusterer
from harmledger.link.score import THRESHOLD, compare
from harmledger.store import Store
from harmledger.store.models import Incident
from tests.link.linkbuild import document, mention
from tests.link.test_link_score import DAY, feat


def _live(session) -> list[Incident]:  # type: ignore[no-untyped-def]
    return list(session.scalars(select(Incident).where(Incident.deleted.is_(False))))


def _area(mid: int, day: int = DAY, **kw: object) -> object:
    # "in Aleppo" / "in Idlib": the gazetteer's governorate-named place, compared as the governorate.
    return feat(mid, day, place="SY07", lat=35.86, lon=36.57, prec=4, **kw)  # type: ignore[arg-type]


def test_the_same_named_area_is_not_the_same_town() -> None:
    town = compare(feat(1), feat(2))
    area = compare(_area(1, weapons=()), _area(2, weapons=()))  # type: ignore[arg-type]
    assert town.score >= THRESHOLD and "same place" in town.reasons
    assert area.veto is None and area.score < THRESHOLD and "same place" not in area.reasons
    # With agreeing details the same day in the same city is one attack.
    agreed = compare(_area(1, weapons=("ied",)), _area(2, weapons=("ied",)))  # type: ignore[arg-type]
    agreed_b = feat(2, place="SY07", lat=35.86, lon=36.57, prec=4, weapons=("ied",))
    agreed_b.targets = frozenset({"vehicle"})
    agreed_a = feat(1, place="SY07", lat=35.86, lon=36.57, prec=4, weapons=("ied",))
    agreed_a.targets = frozenset({"vehicle"})
    assert agreed.score < compare(agreed_a, agreed_b).score
    assert compare(agreed_a, agreed_b).score >= THRESHOLD
    # A region ("eastern Syria") weighs less than a city.
    region = compare(feat(1, place="east", prec=5), feat(2, place="east", prec=5))
    assert region.score < area.score + 0.1 and "same region named (precision 5)" in region.reasons


def test_a_day_apart_needs_an_agreeing_detail_and_one_town() -> None:
    bare = compare(feat(1, weapons=()), feat(2, DAY + 1, weapons=()))
    assert bare.veto is None and bare.score < THRESHOLD  # the next day's strike on the same town
    assert compare(feat(1), feat(2, DAY + 1)).score >= THRESHOLD  # "yesterday", same weapon
    a, b = _area(1, weapons=("airstrike",)), _area(2, DAY + 1, weapons=("airstrike",))
    a.targets = b.targets = frozenset({"medical"})  # type: ignore[attr-defined]
    result = compare(a, b)  # type: ignore[arg-type]
    assert result.score < THRESHOLD and "a day apart, and not at one town" in result.reasons


def test_different_perpetrators_weigh_more_than_before() -> None:
    a, b = feat(1, weapons=()), feat(2, DAY + 1)
    a.perps, b.perps = frozenset({"RUS"}), frozenset({"TUR"})
    a.weapons = frozenset({"airstrike"})
    assert compare(a, b).score < THRESHOLD
    same_day = feat(3)
    same_day.perps = frozenset({"TUR"})
    assert compare(a, same_day).score >= THRESHOLD  # one town, one day: disputed blame, one event


def test_a_vague_date_needs_the_same_weapon_or_target() -> None:
    month = dict(precision="month", span=29)
    period_a = feat(1, DAY - 3, weapons=(), **month)  # type: ignore[arg-type]
    period_b = feat(2, DAY - 3, weapons=(), **month)  # type: ignore[arg-type]
    period_a.killed = period_b.killed = (12, 12)
    period_a.perps = period_b.perps = frozenset({"SDF"})
    result = compare(period_a, period_b)
    assert result.score < THRESHOLD and "vague date without the same weapon or target" in result.reasons
    day, vague = feat(1, weapons=("chemical",)), feat(2, DAY - 3, weapons=("chemical",), **month)  # type: ignore[arg-type]
    day.killed = vague.killed = (86, 86)
    assert compare(day, vague).score >= THRESHOLD  # "the chemical attack in April": the same weapon pins it


def test_a_vague_member_does_not_bridge_another_town() -> None:
    clusterer = Clusterer()
    town = feat(1, weapons=("airstrike",))
    vague = [_area(i, weapons=("airstrike",)) for i in (2, 3, 4)]
    for v in vague:
        v.perps = frozenset({"RUS"})  # type: ignore[attr-defined]
    town.perps = frozenset({"RUS"})
    first = clusterer.assign(town)
    assert all(clusterer.assign(v).cluster == first.cluster for v in vague)  # type: ignore[arg-type]
    other = feat(5, place="maarat", lat=35.64, lon=36.67, weapons=("airstrike",))  # 22 km away
    other.perps = frozenset({"RUS"})
    assert compare(other, vague[0]).veto is None  # type: ignore[arg-type]
    assert clusterer.assign(other).cluster != first.cluster


def test_attacks_in_one_city_on_one_day_stay_apart_in_the_store(store: Store) -> None:
    with store.session() as s:
        document(s, "bomb", [mention(place="idlib_gov", weapons=("ied",), targets=("vehicle",), killed=(7, 7))],
                 outlet="A")
        document(s, "raid", [mention(place="idlib_gov", weapons=("airstrike",), targets=("medical",),
                                     perps=("RUS",), killed=(10, 10))], outlet="B")
        document(s, "bomb2", [mention(place="idlib_gov", weapons=("ied",), targets=("vehicle",), killed=(6, 6))],
                 outlet="C")
        link_pending(s)
    with store.session() as s:
        incidents = _live(s)
        assert sorted(i.n_sources for i in incidents) == [1, 2]


def test_next_days_strike_on_one_town_is_another_incident_in_the_store(store: Store) -> None:
    with store.session() as s:
        document(s, "mon", [mention("2017-04-03", killed=(21, 21))], outlet="A")
        document(s, "tue", [mention("2017-04-04", killed=(85, 85))], outlet="B")
        document(s, "tue2", [mention("2017-04-04", killed=(80, 80))], outlet="C")
        link_pending(s)
    with store.session() as s:
        assert sorted(i.n_sources for i in _live(s)) == [1, 2]
