"""The grading rule of docs/linking.md ("Grade"): one rule per case, with the reasons stored."""

from __future__ import annotations

import pytest

from harmledger.link import grades
from harmledger.link.grades import GradeEvidence, propose_grade
from tests.link.test_figures_counting import D1, D2, member, values

SYR = ("SYR_GOV",)

# (case, members, grade, a phrase expected among the reasons)
TABLE = [
    ("one source is weak", [member("a", (10, 10), perps=SYR)], "weak", "a single independent source"),
    ("two copies from one outlet are one source", [member("a", (10, 10), outlet=1), member("b", (10, 10), outlet=1)],
     "weak", "a single independent source"),
    ("two independent sources, same day and place, agreeing figures: fair",
     [member("a", (10, 10)), member("b", (11, 11))], "fair", "figures agree"),
    ("two independent sources, only one gives a figure: fair", [member("a", (10, 10)), member("b")], "fair",
     "figures agree"),
    ("a day apart ('yesterday') still tells the day", [member("a", (10, 10)), member("b", (10, 10), day=D2)], "fair",
     "2 state(s) the day and the place"),
    ("a second source with only a month is not enough", [member("a", (10, 10)),
                                                          member("b", (10, 10), precision="month")],
     "weak", "fewer than two independent sources state the day"),
    ("a second source with no place is not enough", [member("a", (10, 10)), member("b", (10, 10), where_prec=None)],
     "weak", "fewer than two"),
    ("two sources whose figures contradict: lowered to weak", [member("a", (10, 10)), member("b", (40, 40))],
     "weak", "lowered from fair to weak"),
    ("a rising toll is no contradiction", [member("a", (10, 10), published=D1), member("b", (40, 40), published=D2)],
     "fair", "figures agree"),
    ("three agreeing sources, two naming the perpetrator: confirmed",
     [member("a", (10, 10), perps=SYR), member("b", (11, 11), perps=SYR), member("c", (10, 10))],
     "confirmed", "2 independent sources name SYR_GOV"),
    ("three agreeing sources, one naming the perpetrator: fair",
     [member("a", (10, 10), perps=SYR), member("b", (11, 11)), member("c", (10, 10))],
     "fair", "fewer than two independent sources name the perpetrator"),
    ("three sources, no perpetrator: fair", [member("a", (10, 10)), member("b", (11, 11)), member("c", (10, 10))],
     "fair", "no perpetrator named"),
    ("three sources with contradicting figures: lowered to fair",
     [member("a", (10, 10), perps=SYR), member("b", (11, 11), perps=SYR), member("c", (60, 60), perps=SYR)],
     "fair", "lowered from confirmed to fair"),
    ("different perpetrators: contested", [member("a", (10, 10), perps=("RUS",)), member("b", (10, 10), perps=SYR)],
     "contested", "RUS, SYR_GOV"),
]


@pytest.mark.parametrize(("case", "members", "grade", "reason"), TABLE, ids=[t[0] for t in TABLE])
def test_grade_and_reasons(case: str, members: list, grade: str, reason: str) -> None:
    v = values(*members)
    assert v["grade"] == grade, (case, v["grade_reasons"])
    assert any(reason in r for r in v["grade_reasons"]), (case, v["grade_reasons"])


def test_no_mention_left_is_discounted() -> None:
    assert propose_grade(GradeEvidence(n_links=0, n_independent=0, n_day_and_place=0))[0] == grades.DISCOUNTED


@pytest.mark.parametrize("n", [2, 3, 5])
def test_agreeing_independent_sources_are_never_weak(n: int) -> None:
    for naming in range(n + 1):
        grade, _ = propose_grade(GradeEvidence(n_links=n, n_independent=n, n_day_and_place=n,
                                               n_naming_perpetrator=naming, n_naming_main_perpetrator=naming,
                                               perpetrator="SYR_GOV" if naming else None))
        assert grade in (grades.FAIR, grades.CONFIRMED)


def test_grade_names_are_owned_by_one_module() -> None:
    assert set(grades.GRADES) == {"confirmed", "fair", "weak", "contested", "discounted"}
    assert grades.DEFAULT_GRADE in grades.GRADES
