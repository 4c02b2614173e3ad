"""Rare details link vague reports, and different tolls on consecutive days keep attacks apart:
a chemical attack or a large toll reported only "this week, in Idlib" finds the one incident it fits;
two fitting incidents leave it alone; the next day's attack on one town with its own toll is another."""

from __future__ import annotations

from harmledger.link.cluster import Clusterer
from harmledger.link.score import THRESHOLD, compare, distinctive
from tests.link.test_link_score import DAY, feat


def _week_in_idlib(mid: int, *, weapons: tuple[str, ...], killed: tuple[int | None, int | None]) -> object:
    # "this week ... in Idlib": the week before publication, the governorate only.
    f = feat(mid, DAY - 6, place="SY07", lat=35.86, lon=36.57, prec=4, weapons=weapons, precision="period", span=7)
    f.killed, f.perps = killed, frozenset({"SYR_GOV"})
    return f


def _town(mid: int, day: int = DAY, *, weapons: tuple[str, ...] = ("chemical",), killed: int = 58,
          place: str = "ks", lat: float = 35.44, lon: float = 36.65) -> object:
    f = feat(mid, day, place=place, lat=lat, lon=lon, weapons=weapons)
    f.killed, f.perps = (killed, None), frozenset({"SYR_GOV"})
    return f


def test_what_is_distinctive() -> None:
    assert distinctive(_week_in_idlib(1, weapons=("chemical",), killed=(None, None)))  # type: ignore[arg-type]
    assert distinctive(_week_in_idlib(1, weapons=("airstrike",), killed=(70, None)))  # type: ignore[arg-type]
    assert not distinctive(_week_in_idlib(1, weapons=("airstrike",), killed=(4, None)))  # type: ignore[arg-type]


def test_a_vague_chemical_report_joins_the_one_chemical_attack_of_its_week() -> None:
    c = Clusterer()
    first = c.assign(_town(1))  # type: ignore[arg-type]
    vague = c.assign(_week_in_idlib(2, weapons=("chemical",), killed=(70, None)))  # type: ignore[arg-type]
    assert vague.cluster == first.cluster
    assert "same weapon: chemical" in vague.reasons


def test_a_vague_report_of_a_small_toll_stays_apart() -> None:
    c = Clusterer()
    first = c.assign(_town(1, weapons=("airstrike",), killed=5))  # type: ignore[arg-type]
    vague = c.assign(_week_in_idlib(2, weapons=("airstrike",), killed=(5, None)))  # type: ignore[arg-type]
    assert vague.cluster != first.cluster


def test_a_vague_report_that_fits_two_incidents_links_to_neither() -> None:
    c = Clusterer()
    one = c.assign(_town(1, killed=60))  # type: ignore[arg-type]
    other = c.assign(_town(2, DAY - 3, killed=60, place="saraqib", lat=35.86, lon=36.80))  # type: ignore[arg-type]
    assert one.cluster != other.cluster
    vague = c.assign(_week_in_idlib(3, weapons=("chemical",), killed=(60, None)))  # type: ignore[arg-type]
    assert vague.cluster not in (one.cluster, other.cluster)
    assert any("ambiguous" in r for r in vague.reasons)


def test_consecutive_days_at_one_town_with_different_tolls_are_two_attacks() -> None:
    a, b = _town(1, weapons=("airstrike",), killed=21), _town(2, DAY + 1, weapons=("airstrike",), killed=73)
    result = compare(a, b)  # type: ignore[arg-type]
    assert result.veto == "a day apart with different tolls"
    # The same toll a day apart at one town is still "yesterday" in a later report.
    same = compare(a, _town(3, DAY + 1, weapons=("airstrike",), killed=21))  # type: ignore[arg-type]
    assert same.veto is None and same.score >= THRESHOLD


def test_a_week_and_a_different_toll_do_not_link() -> None:
    a = _town(1, weapons=("airstrike",), killed=21)
    week = feat(2, DAY - 3, weapons=("airstrike",), precision="period", span=7)
    week.killed, week.perps = (160, None), frozenset({"SYR_GOV"})
    result = compare(a, week)  # type: ignore[arg-type]
    assert result.score < THRESHOLD and "tolls disagree, and not on the same day" in result.reasons


def _undated(mid: int, *, killed: int, weapons: tuple[str, ...] = ("chemical",), place: str = "ks") -> object:
    # "86 dead in suspected chemical attack on Khan Sheikhun": no dateline, no day in the text.
    f = feat(mid, None, place=place, weapons=weapons)
    f.killed, f.perps = (killed, None), frozenset({"SYR_GOV"})
    return f


def test_an_undated_report_joins_the_one_incident_of_its_town_that_shares_a_rare_detail() -> None:
    c = Clusterer()
    dated = c.assign(_town(1, killed=58))  # type: ignore[arg-type]
    undated = c.assign(_undated(2, killed=86))  # type: ignore[arg-type]
    assert undated.cluster == dated.cluster
    assert "no date: the same town and a rare detail" in undated.reasons


def test_an_undated_report_stays_alone_without_a_rare_detail_or_with_two_fits() -> None:
    c = Clusterer()
    small = c.assign(_town(1, weapons=("airstrike",), killed=5))  # type: ignore[arg-type]
    assert c.assign(_undated(2, killed=5, weapons=("airstrike",))).cluster != small.cluster  # type: ignore[arg-type]
    # A large toll that disagrees is another attack on the town.
    big = c.assign(_town(3, DAY - 30, weapons=("airstrike",), killed=30))  # type: ignore[arg-type]
    assert c.assign(_undated(4, killed=150, weapons=("airstrike",))).cluster != big.cluster  # type: ignore[arg-type]
    # Two chemical attacks on the town: which one an undated report tells is a guess.
    c2 = Clusterer()
    one = c2.assign(_town(5, killed=60))  # type: ignore[arg-type]
    two = c2.assign(_town(6, DAY - 400, killed=70))  # type: ignore[arg-type]
    alone = c2.assign(_undated(7, killed=65))  # type: ignore[arg-type]
    assert alone.cluster not in (one.cluster, two.cluster)


def test_stock_phrases_do_not_make_every_report_a_near_copy_candidate() -> None:
    # Many reports sharing a stock paragraph: the sketch index keeps MAX_POSTING documents per value, so
    # finding near-copies stays bounded, and a copy of one story is still found.
    import random

    from harmledger.link.cluster import MAX_POSTING
    from harmledger.link.reports import fingerprint

    rng = random.Random(3)
    stock = ("The Syrian Observatory for Human Rights said the toll was likely to rise as rescuers searched the "
             "rubble of the destroyed buildings in the area for survivors and bodies. ") * 3

    def story(seed: int) -> str:
        words = [f"w{seed}_{rng.randint(0, 10**6)}" for _ in range(120)]
        return " ".join(words) + " " + stock

    c = Clusterer()
    for i in range(MAX_POSTING * 3):
        f = feat(i + 1, DAY - 400 + 3 * i, place=f"town{i}", weapons=())
        f.fingerprint = fingerprint(story(i))
        c.assign(f)
    assert all(len(docs) <= MAX_POSTING for docs in c._sketch_index.values())
    original = story(999)
    first = feat(1000, DAY, weapons=())
    first.fingerprint = fingerprint(original)
    a = c.assign(first)
    copy = feat(1001, None, weapons=())
    copy.fingerprint = fingerprint(original + " Updated.")
    b = c.assign(copy)
    assert b.cluster == a.cluster and any(r.startswith("a near-copy of") for r in b.reasons)


def test_the_near_copy_first_test_never_changes_the_answer() -> None:
    # `near_copy` skips the estimate when the sketches share too little to reach the threshold; on random
    # pairs of texts (copies, partial copies, strangers) it must answer as the estimate alone does.
    import random

    from harmledger.link.reports import CONTAINMENT, containment, fingerprint, near_copy

    rng = random.Random(1)
    checked = copies = 0
    for _ in range(600):
        base = [f"w{rng.randint(0, 3000)}" for _ in range(rng.randint(30, 500))]
        other = base[: rng.randint(0, len(base))] + [f"x{rng.randint(0, 3000)}" for _ in range(rng.randint(0, 400))]
        a, b = fingerprint(" ".join(base)), fingerprint(" ".join(other))
        if a is None or b is None:
            continue
        expected = containment(a, b) >= CONTAINMENT
        assert near_copy(a, b) == expected
        checked += 1
        copies += expected
    assert checked > 400 and 20 < copies < checked - 20
