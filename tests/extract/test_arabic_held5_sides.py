"""The Arabic side and weapon readings the parallel set's ``held5`` half asked for once it became a tuned half, on
other places and names (سراقب، أريحا، دوما، حرستا) with negatives: the Syrian security branches by name ("فرع
الأمن السياسي"، "إدارة أمن الدولة") as the side, members who lay an ambush or plant a charge ("نصب عناصر من ...
كميناً") as the side that did it rather than members struck, and missiles named by make or kind ("صاروخ هيلفاير"،
"صواريخ كاليبر"، "صاروخ مجنح": a missile, not the rocket the bare noun falls back to)."""

from __future__ import annotations

import pytest

from harmledger.extract import Extractor

from .checklist import perpetrator, weapon
from .readings import read_ar as _run
from .readings import roles as _roles


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("قُتل 6 مدنيين برصاص عناصر من فرع الأمن السياسي في دوما.", "SYR_GOV"),
        ("قال ناشطون إن إدارة أمن الدولة تقف وراء الهجوم على حرستا الذي أودى بحياة 4 مدنيين.", "SYR_GOV"),
        ("قُتل 5 مدنيين خلال حملة دهم نفذها فرع أمن الدولة في سراقب.", "SYR_GOV"),
        ("نصب عناصر من الجيش الروسي كميناً لمدنيين قرب سراقب، ما أدى إلى مقتل 5 منهم.", "RUS"),
        ("نصب عناصر من الجيش التركي كميناً لمدنيين قرب أريحا، ما أدى إلى مقتل 3 منهم.", "TUR"),
        ("زرع عناصر من تنظيم داعش عبوة ناسفة على طريق قرب دوما، ما أدى إلى مقتل 4 مدنيين.", "ISIS"),
    ],
)
def test_security_branches_and_members_who_act(extractor: Extractor, text: str, code: str) -> None:
    assert perpetrator(code).fn(_run(extractor, text)), text


def test_members_struck_are_no_perpetrator(extractor: Extractor) -> None:
    r = _run(extractor, "قُتل 4 عناصر من فرع أمن الدولة في هجوم على حاجز قرب دوما.")
    assert "perpetrator" not in _roles(r, "SYR_GOV")
    r = _run(extractor, "قصفت طائرات روسية مواقع قرب سراقب وقتلت عناصر من تنظيم داعش و3 مدنيين.")
    assert "perpetrator" not in _roles(r, "ISIS")


def test_bare_state_security_is_no_syrian_branch(extractor: Extractor) -> None:
    # "أمن الدولة" alone is shared by other states' agencies: no side is read from it
    r = _run(extractor, "قُتل 3 مدنيين في أريحا، وقال جهاز أمن الدولة إنه يحقق في الحادث.")
    assert not _roles(r, "SYR_GOV")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("قُتل 7 مدنيين حين أصاب صاروخ هيلفاير سيارة في سراقب.", "missile"),
        ("أطلقت بوارج روسية صواريخ كاليبر على أريحا، ما أدى إلى مقتل 9 مدنيين.", "missile"),
        ("قُتل 5 مدنيين بصاروخ مجنح سقط على دوما.", "missile"),
        ("قُتل 6 مدنيين بصواريخ جوالة أُطلقت على حرستا.", "missile"),
        ("قُتل 5 مدنيين بصواريخ غراد في دوما.", "rocket"),  # a rocket launcher's make stays a rocket
        ("قُتل 4 مدنيين بصاروخ سقط على سراقب.", "rocket"),  # no make: the generic rocket
    ],
)
def test_missiles_by_make_or_kind(extractor: Extractor, text: str, code: str) -> None:
    assert weapon(code).fn(_run(extractor, text)), text


def test_a_rocket_is_no_missile(extractor: Extractor) -> None:
    assert not weapon("missile").fn(_run(extractor, "قُتل 5 مدنيين بصواريخ غراد في دوما."))
