"""The counting rule of docs/linking.md ("Incident figures"), table-driven over source combinations."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from harmledger.link.figures import Figure, Member, agree, estimate, machine_values

D1, D2, D3 = dt.date(2017, 4, 4), dt.date(2017, 4, 5), dt.date(2017, 4, 6)


def member(doc: str, killed: tuple[int | None, int | None] | None = None, *, published: dt.date | None = D1,
           outlet: int | None = None, index: int = 0, primary: bool = True, civilians: int | None = None,
           children: int | None = None, women: int | None = None, words: str = "", perps: tuple[str, ...] = (),
           day: dt.date | None = D1, precision: str = "day", where_prec: int | None = 1,
           mention_id: int | None = None) -> Member:
    """A linked mention of report `doc`; each report its own outlet unless `outlet` says otherwise."""
    casualties: dict[str, Any] = {}
    if killed is not None or civilians is not None:
        casualties["killed"] = {"low": killed[0] if killed else None, "high": killed[1] if killed else None,
                                "civilians": civilians, "children": children, "women": women,
                                "evidence": [{"start": 0, "end": len(words), "text": words}] if words else []}
    data = {"casualties": casualties, "actors": [{"code": c, "role": "perpetrator"} for c in perps]}
    placed = where_prec is not None
    return Member(mention_id=mention_id if mention_id is not None else hash((doc, index)) % 10**6,
                  incident_id="inc_x", document_id=doc, index=index, date_start=day, date_end=day,
                  date_precision=precision if day else None, place_name="Khan Shaykhun" if placed else None,
                  place_id="gn:ks" if placed else None, lat=35.4 if placed else None, lon=36.6 if placed else None,
                  where_prec=where_prec, admin1="Idleb" if placed else None, admin1_pcode="SY07" if placed else None,
                  admin2=None,
                  data=data, text_sha=f"sha-{doc}", source_id=outlet if outlet is not None else abs(hash(doc)) % 10**6,
                  is_primary=primary, published=published)


def values(*members: Member) -> dict[str, Any]:
    return machine_values(list(members), roots={})


KILLED = "killed_low", "killed_best", "killed_high"

# (case, members, expected (low, best, high))
TABLE: list[tuple[str, list[Member], tuple[int | None, int | None, int | None]]] = [
    ("one exact figure", [member("a", (12, 12))], (12, 12, 12)),
    ("a range 'between 43 and 52'", [member("a", (43, 52))], (43, 43, 52)),
    ("'at least 75': the figure is also its own high", [member("a", (75, None))], (75, 75, 75)),
    ("'nearly 100': no low bound", [member("a", (None, 100))], (None, 100, 100)),
    ("same day, three sources: median, lowest, highest", [member("a", (58, 58)), member("b", (70, None)),
                                                           member("c", (86, 100))], (58, 70, 100)),
    ("the toll 'rose to' 82 the next day: the earlier 58 is superseded",
     [member("a", (58, 58), published=D1), member("b", (82, 82), published=D2)], (82, 82, 82)),
    ("a later lower toll does not supersede: it widens low",
     [member("a", (90, 90), published=D1), member("b", (80, 80), published=D2)], (80, 80, 90)),
    ("superseded, but a same-day rival of the update still widens low",
     [member("a", (40, 40), published=D1), member("b", (70, 70), published=D2), member("c", (65, 65), published=D2)],
     (65, 65, 70)),
    ("an earlier range's upper bound still counts in high",
     [member("a", (20, 60), published=D1), member("b", (45, 45), published=D2)], (45, 45, 60)),
    ("an undated report neither supersedes nor is superseded",
     [member("a", (30, 30), published=None), member("b", (50, 50), published=D2)], (30, 50, 50)),
    ("one outlet updating its own toll: its latest report only",
     [member("a", (10, 10), published=D1, outlet=7), member("b", (12, 12), published=D3, outlet=7),
      member("c", (11, 11), published=D1)], (12, 12, 12)),
    ("an outlet's own later, lower toll: its earlier figure still bounds high",
     [member("a", (86, None), published=D1, outlet=7), member("b", (80, 80), published=D2, outlet=7)], (80, 80, 86)),
    ("a republished copy is one source, not two votes for the median",
     [member("a", (10, 10), outlet=7), member("copy", (10, 10), outlet=7), member("b", (30, 30)),
      member("c", (31, 31))], (10, 30, 31)),
    ("one report giving the figure twice counts once",
     [member("a", (10, 10), index=0), member("a", (10, 10), index=1, primary=False), member("b", (20, 20))],
     (10, 10, 20)),
    ("a toll quoted in passing is left out when a lead report gives one",
     [member("a", (12, 12)), member("b", (300, 300), primary=False)], (12, 12, 12)),
    ("no source gives a figure", [member("a"), member("b")], (None, None, None)),
]


@pytest.mark.parametrize(("case", "members", "expected"), TABLE, ids=[t[0] for t in TABLE])
def test_killed_low_best_high(case: str, members: list[Member], expected: tuple[int | None, ...]) -> None:
    v = values(*members)
    assert tuple(v[k] for k in KILLED) == expected, case
    if v["killed_best"] is not None:
        assert (v["killed_low"] or 0) <= v["killed_best"] <= v["killed_high"]


# (case, members, civilians (low, best, high), children best, women best)
PARTS: list[tuple[str, list[Member], tuple[int | None, ...], int | None, int | None]] = [
    ("only one source states the parts", [member("a", (58, 58)), member("b", (70, None), civilians=70, children=11)],
     (70, 70, 70), 11, None),
    ("parts from two sources on one day", [member("a", (40, 40), civilians=30, women=5),
                                          member("b", (42, 42), civilians=35, children=9, women=6)],
     (30, 30, 35), 9, 5),
    ("parts are superseded by their own later, higher figure, not by the total",
     [member("a", (12, 12), children=5, published=D1), member("b", (20, 20), published=D2)], (None, None, None), 5, None),
    ("a part is never more than the highest total", [member("a", (10, 10), civilians=14)], (10, 10, 10), None, None),
    ("never 0 by default", [member("a", (10, 10))], (None, None, None), None, None),
]


@pytest.mark.parametrize(("case", "members", "civilians", "children", "women"), PARTS, ids=[t[0] for t in PARTS])
def test_civilians_children_women_kept_apart(case: str, members: list[Member], civilians: tuple[int | None, ...],
                                             children: int | None, women: int | None) -> None:
    v = values(*members)
    assert (v["civilians_killed_low"], v["civilians_killed"], v["civilians_killed_high"]) == civilians, case
    assert v["children_killed"] == children and v["women_killed"] == women, case


def test_combatants_are_kept_apart_and_never_civilians() -> None:
    v = values(member("a", (13, 13), words="13 pro-Assad fighters"), member("b", (14, 14)))
    assert (v["combatants_killed_low"], v["combatants_killed"], v["combatants_killed_high"]) == (13, 13, 13)
    assert v["civilians_killed"] is None and v["killed_best"] == 13
    stated = values(member("a", (20, 20), civilians=8, words="20 people including soldiers"))
    assert stated["combatants_killed"] is None and stated["civilians_killed"] == 8


def test_figures_never_sum_across_mentions() -> None:
    v = values(member("a", (10, 10), index=0), member("a", (15, 15), index=1), member("b", (12, 12)))
    assert v["killed_high"] == 15 and v["killed_best"] <= 15  # never 25 or 37


@pytest.mark.parametrize(("a", "b", "expected"), [
    ((58, None), (70, 70), True), ((10, 10), (12, 12), True), ((10, 10), (40, 40), False),
    ((43, 52), (75, 75), True), ((None, 100), (98, 98), True), ((3, 3), (6, 6), False),
    ((130, None), (213, None), True), ((130, None), (400, 400), True), ((130, 130), (213, None), False),
    ((None, 10), (40, 40), False),
])
def test_agree_tolerance(a: tuple[int | None, int | None], b: tuple[int | None, int | None], expected: bool) -> None:
    assert agree(Figure(*a), Figure(*b)) is expected


def test_estimate_of_nothing() -> None:
    assert estimate([]) == (None, None, None, [])
