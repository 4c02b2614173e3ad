"""The Arabic injured told by any verb (components/arabic_injured_clause): a count of people whose own clause
carries a word of injury after it, and no killed cue of its own, is injured, as the English reader takes the first
casualty word after a count whatever verb told it. The positive wordings use verbs of evacuation, rescue,
treatment, arrival and staying in hospital that the word lists do not name, without a clause mark between the
killed toll and the count, figures in digits (Latin and Arabic-Indic) and words, and people in the plural and
dual; the negatives guard killed tolls, "died of wounds", a direct hit and a sub-group of the dead.
"""

from __future__ import annotations

import pytest

from harmledger.extract import Extractor

from .checklist import _injured, _killed, total
from .readings import read_ar as _run


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def _tolls(extractor: Extractor, text: str) -> tuple[int | None, int | None]:
    report = _run(extractor, text)
    return total(_killed(report)), total(_injured(report))


@pytest.mark.parametrize(
    ("text", "dead", "hurt"),
    [
        # evacuation, verb first, no clause mark after the killed toll
        ("قتل القصف 3 مدنيين في أريحا وأُجلي 9 آخرون من المكان بإصابات مختلفة.", 3, 9),
        ("قتل 5 مدنيين في كفرنبل وأُجلي ثلاثة عشر طفلاً مصابين إلى تركيا.", 5, 13),
        ("قتل 4 مدنيين في الباب وأخلت فرق الإنقاذ 10 مدنيين يعانون من إصابات.", 4, 10),
        # evacuation after a clause mark, the injury as a possessed noun after "بعد"
        ("قُتل مدنيان في إدلب، وأُخلي أحد عشر شخصاً إلى تركيا بعد إصابتهم.", 2, 11),
        ("قُتل 3 مدنيين في أريحا، وأُجلي 8 آخرون إلى مشفى الداخل بعد إصابتهم بشظايا.", 3, 8),
        ("قتل 6 مدنيين في خان شيخون، وهُرّب 7 آخرون إلى تركيا للعلاج من جروحهم.", 6, 7),
        # rescue from the rubble, words and digits, "وهم جرحى"
        ("قتل 5 مدنيين في سرمين وانتشل الدفاع المدني ثمانية أشخاص من تحت الركام مصابين.", 5, 8),
        ("قتل 3 مدنيين في سلقين وأخرجت الفرق 7 أطفال من تحت الأنقاض وهم جرحى.", 3, 7),
        ("قتل 5 في حارم وأنقذت الفرق 12 آخرين بعد إصابتهم.", 5, 12),
        ("قتل 2 وأنقذ المسعفون 6 أشخاص جرحى في حلب.", 2, 6),
        # treatment, reception and leaving hospital
        ("قتل 2 في الدانا وعالج الأطباء 14 مدنياً من جروح بالغة.", 2, 14),
        ("قتل 4 مدنيين في حزانو واستقبلت المشافي 19 شخصاً بإصابات متفاوتة.", 4, 19),
        ("قتلت الغارة 2 في معرة مصرين، وغادر 5 أشخاص المشفى بعد علاج إصاباتهم.", 2, 5),
        # spread over hospitals (Arabic-Indic digits), staying in hospital (feminine plural)
        ("قتلت الضربة 9 أشخاص في جسر الشغور وتوزع ٢٤ آخرون على المشافي بإصابات.", 9, 24),
        ("قتل 7 أشخاص في الأتارب ورقدت 4 نساء في المشفى بجروحهن.", 7, 4),
    ],
)
def test_injured_by_own_clause(extractor: Extractor, text: str, dead: int, hurt: int) -> None:
    assert _tolls(extractor, text) == (dead, hurt)


@pytest.mark.parametrize(
    ("text", "dead", "hurt"),
    [
        # a killed toll with its own injured cue after it stays killed
        ("قتل 6 مدنيين وإصابة 10 آخرين في قصف على بنش.", 6, 10),
        ("قتل 5 مدنيين بينهم مصاب نقل إلى المشفى.", 5, None),
        ("نُقل 5 مدنيين إلى المشفى بعد أن قتلوا في قصف على إدلب.", 5, None),
        ("قتل 7 مدنيين في القصف، ونقلت جثث 4 منهم إلى مشفى إدلب.", 7, None),
        # died of wounds
        ("توفي 3 مدنيين متأثرين بجروحهم في مشفى إدلب.", 3, None),
        # a direct hit
        ("أصابت القذيفة المبنى إصابة مباشرة وقتلت 4 مدنيين.", 4, None),
        ("أصاب الصاروخ 3 منازل إصابة مباشرة في أريحا.", None, None),
        ("قتل 4 مدنيين في أريحا وأصابت القذائف المنازل إصابات مباشرة.", 4, None),
        # a sub-group of the dead
        ("قتل 6 مدنيين في بنش، و5 منهم أطفال.", 6, None),
    ],
)
def test_not_injured(extractor: Extractor, text: str, dead: int | None, hurt: int | None) -> None:
    assert _tolls(extractor, text) == (dead, hurt)
