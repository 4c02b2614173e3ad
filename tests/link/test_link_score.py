from __future__ import annotations

import datetime as dt

from harmledger.geo.admin_names import area_key, spelling_key
from harmledger.link.cluster import Clusterer
from harmledger.link.features import MentionFeat, date_interval
from harmledger.link.score import compare

DAY = dt.date(2017, 4, 4).toordinal()


def feat(mid: int, day: int | None = DAY, *, doc: str | None = None, place: str | None = "ks", lat: float = 35.44,
         lon: float = 36.65, a1: str | None = "SY07", prec: int = 1, weapons: tuple[str, ...] = ("airstrike",),
         precision: str = "day", span: int = 0, text: str | None = None, index: int = 0) -> MentionFeat:
    return MentionFeat(mention_id=mid, document_id=doc or f"d{mid}", index=index, text_sha=text or f"t{mid}",
                       lo=day, hi=None if day is None else day + span, precision=precision if day else None,
                       place_id=place, name=place, lat=lat if place else None, lon=lon if place else None,
                       prec=prec if place else None, a1=a1, weapons=frozenset(weapons))


def test_same_day_same_place_links_and_says_why() -> None:
    result = compare(feat(1), feat(2))
    assert result.veto is None and result.score >= 0.6
    assert result.reasons[:2] == ["same day", "same place"]


def test_vetoes() -> None:
    assert compare(feat(1), feat(2, DAY + 2)).veto == "dates 2 days apart"
    assert compare(feat(1), feat(2, place="maarat", lat=35.64, lon=36.67)).veto == "places 22 km apart"
    assert compare(feat(1), feat(2, a1="SY03", place="douma", lat=33.57, lon=36.40)).veto == "different governorates"
    assert compare(feat(1, doc="x"), feat(2, doc="x")).veto == "two events of the same document"
    assert compare(feat(1), feat(2, None)).veto == "no date"


def test_near_places_and_containing_areas_are_compatible() -> None:
    near = compare(feat(1), feat(2, place="ks_south", lat=35.41, lon=36.65))
    assert near.veto is None and near.score >= 0.6
    area = compare(feat(1), feat(2, place="SY07", lat=35.86, lon=36.57, prec=4))
    assert area.veto is None and "within the same governorate" in area.reasons


def test_copies_of_one_text_are_one_event_even_without_a_date() -> None:
    assert compare(feat(1, text="same"), feat(2, None, text="same")).score == 1.0
    assert compare(feat(1, text="same"), feat(2, text="same", index=1)).veto == "different events of the same text"


def test_different_weapons_weigh_against() -> None:
    assert compare(feat(1), feat(2, weapons=("car_bomb",))).score < compare(feat(1), feat(2)).score
    assert compare(feat(1), feat(2, weapons=("car_bomb",))).score < 0.6
    assert "weapons differ" not in compare(feat(1), feat(2, weapons=("barrel_bomb",))).reasons


def test_coarse_dates_cover_their_span() -> None:
    assert date_interval(dt.date(2017, 4, 1), None, "month") == (dt.date(2017, 4, 1).toordinal(),
                                                                  dt.date(2017, 4, 30).toordinal())
    month = feat(2, dt.date(2017, 4, 1).toordinal(), precision="month", span=29)
    assert compare(feat(1), month).veto is None
    may = feat(3, dt.date(2017, 5, 1).toordinal(), precision="month", span=30)
    assert compare(feat(1), may).veto is not None


def test_blocking_compares_only_neighbours() -> None:
    # 3,000 single reports in 300 weeks and 10 governorates: all-pairs would be 4.5 million comparisons.
    feats = [feat(i, DAY + 7 * (i % 300), a1=f"SY{i % 10:02d}", place=f"p{i}", lat=33 + (i % 10) * 0.3,
                  lon=36 + (i % 7) * 0.3) for i in range(3000)]
    clusterer = Clusterer()
    clusterer.assign_all(feats)
    assert clusterer.comparisons < 3000 * 10


def test_chains_do_not_grow_through_their_newest_member() -> None:
    clusterer = Clusterer()
    out = clusterer.assign_all([feat(1), feat(2, DAY + 1), feat(3, DAY + 2), feat(4, DAY + 3)])
    assert len({a.cluster for a in out}) >= 2


def test_governorate_spellings() -> None:
    assert area_key("Deir ez-Zor", None) == area_key("deir ezzor", None) == area_key("Dayr az Zawr", None) == "SY09"
    assert area_key("Al-Hasakeh", None) == area_key("hasakeh", None) == "SY08"
    assert area_key("Rural Damascus", None) == "SY03" and area_key("Damascus", None) == "SY01"
    assert area_key("Idlib's", None) == area_key("Idleb", "SY07") == "SY07"
    assert area_key("Mosul District", None) == "mosuldistrict"  # outside the table: its spelling key
    assert spelling_key("Khan Sheikhoun") == "khansheikhoun"
