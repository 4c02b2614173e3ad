"""The Arabic actor, weapon and target readings the parallel set's ``held4`` half asked for once it became a
tuned half, each on sentences of other places and names (سراقب، أريحا، كفرنبل) with negatives: the side
holding the positions fire came from ("بقذائف أُطلقت من مواقع تسيطر عليها ..."، "مصدرها مناطق سيطرة ...")
fired it, foreign special forces by their nationality ("قوات خاصة تركية"), anti-tank guided missiles by make
("صاروخ فاغوت": a missile, not a rocket), specialised medical units and water storage ("مركز لغسيل الكلى"،
"بنك للدم"، "خزان مياه"), and a term whose head alone takes the accusative ("مركزاً لغسيل الكلى")."""

from __future__ import annotations

import pytest

from harmledger.extract import Extractor
from harmledger.extract.arabic_text import ArabicLexicon

from .checklist import perpetrator, weapon
from .checklist_parallel_templates import target
from .readings import read_ar as _run
from .readings import roles as _roles


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("قُتل 6 مدنيين في سراقب بقذائف أُطلقت من مواقع تسيطر عليها هيئة تحرير الشام.", "HTS"),
        ("قُتل 4 مدنيين في أريحا بصواريخ أطلقت من مواقع يسيطر عليها الجيش التركي.", "TUR"),
        ("قُتل 5 مدنيين في كفرنبل بقذائف مصدرها مناطق سيطرة قوات النظام.", "SYR_GOV"),
        ("قُتل 3 مدنيين في سراقب بقذائف أُطلقت من مواقع تابعة لهيئة تحرير الشام.", "HTS"),
        ("قُتل 3 مدنيين في أريحا بقصف مدفعي من مواقع قوات النظام.", "SYR_GOV"),
        ("قُتل مدنيان في سراقب برصاص قناص من مواقع الجيش التركي.", "TUR"),
        ("داهمت قوات خاصة تركية قرية قرب أريحا وقتلت 4 مدنيين.", "TUR"),
        ("داهمت القوات الخاصة الأمريكية منزلاً في سراقب وقتلت 3 مدنيين.", "COALITION"),
    ],
)
def test_the_side_that_fired_or_raided(extractor: Extractor, text: str, code: str) -> None:
    assert perpetrator(code).fn(_run(extractor, text)), text


def test_the_holder_of_a_struck_place_is_no_perpetrator(extractor: Extractor) -> None:
    r = _run(extractor, "قصفت قوات النظام مواقع تسيطر عليها هيئة تحرير الشام في سراقب، ما أدى إلى مقتل 4 مدنيين.")
    assert "perpetrator" in _roles(r, "SYR_GOV") and "perpetrator" not in _roles(r, "HTS")
    r = _run(extractor, "قُتل 5 مدنيين في قرية تسيطر عليها هيئة تحرير الشام قرب أريحا بقصف مجهول المصدر.")
    assert "perpetrator" not in _roles(r, "HTS")
    r = _run(extractor, "قُتل 3 مدنيين في كفرنبل بقصف مدفعي على مواقع قوات النظام.")  # shelling ON its positions
    assert "perpetrator" not in _roles(r, "SYR_GOV")


def test_special_forces_as_a_source_are_no_perpetrator(extractor: Extractor) -> None:
    r = _run(extractor, "قالت القوات الخاصة الروسية إن 5 مدنيين قُتلوا بقصف على سراقب.")
    assert "perpetrator" not in _roles(r, "RUS")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("أصاب صاروخ فاغوت سيارة تقل مدنيين قرب سراقب، ما أدى إلى مقتل 3 منهم.", "missile"),
        ("قُتل 4 مدنيين في أريحا حين استهدفت صواريخ ميتيس حافلة.", "missile"),
        ("قُتل مدنيان في كفرنبل بصاروخ مضاد للدبابات أصاب سيارتهما.", "missile"),
        ("قال مسعفون إن الهجوم على سراقب، الذي أدى إلى مقتل 6 مدنيين، استُخدم فيه صاروخ كونكورس.", "missile"),
        # negatives: an unguided rocket by name, and a bare "صاروخ"
        ("قُتل 5 مدنيين في أريحا بصاروخ غراد سقط على السوق.", "rocket"),
        ("قُتل 5 مدنيين في سراقب بصاروخ سقط على حي سكني.", "rocket"),
    ],
)
def test_guided_missiles_by_make(extractor: Extractor, text: str, code: str) -> None:
    assert weapon(code).fn(_run(extractor, text)), text


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("قصفت طائرات حربية مركزاً لغسيل الكلى في سراقب، ما أدى إلى مقتل 4 أشخاص.", "medical"),
        ("قُتل 7 مدنيين حين سقطت قذائف قرب مركز غسيل الكلى في أريحا.", "medical"),
        ("دمرت غارة جوية بنكاً للدم في كفرنبل، ما أدى إلى مقتل 3 مدنيين.", "medical"),
        ("قُتل 5 مدنيين بقصف استهدف بنك الدم في سراقب.", "medical"),
        ("قصفت المدفعية خزان المياه في أريحا، ما أدى إلى مقتل 6 مدنيين.", "water_power"),
        ("دمرت غارة برج مياه في كفرنبل، ما أدى إلى مقتل مدنيين اثنين.", "water_power"),
        # a noun with its adjective still takes the accusative on every word
        ("قصفت طائرات حربية مركزاً طبياً في سراقب، ما أدى إلى مقتل 4 مدنيين.", "medical"),
    ],
)
def test_medical_units_and_water_storage(extractor: Extractor, text: str, code: str) -> None:
    assert target(code).fn(_run(extractor, text)), text


def test_a_fuel_tank_is_no_water_supply(extractor: Extractor) -> None:
    r = _run(extractor, "قصفت المدفعية خزان وقود في أريحا، ما أدى إلى مقتل 6 مدنيين.")
    assert not target("water_power").fn(r)


def test_the_head_alone_takes_the_accusative() -> None:
    lex = ArabicLexicon([("مركز لتأهيل المعاقين", "medical", None), ("سوق شعبي", "market", None)])
    assert [h.code for h in lex.find("قصفت الطائرات مركزاً لتأهيل المعاقين")] == ["medical"]
    assert [h.code for h in lex.find("قصفت الطائرات سوقاً شعبياً")] == ["market"]
    assert lex.find("قصفت الطائرات مركزاً لتأهيل الأطفال") == []  # another centre: no term
