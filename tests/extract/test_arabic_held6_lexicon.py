"""The Arabic lexicon readings the parallel set's ``held6`` half asked for once it became a tuned half, written
over each family of wordings (other places, figures and names than the half's, with negatives): home-made and
hidden bombs, kamikaze and loitering drones, air-to-surface missiles, every bomb-laden vehicle, mines by kind,
belts, firearms and executions (data/ar/weapons.tsv, as broad as data/weapons.tsv); health facilities named by
their service and working vehicles as targets (data/ar/targets.tsv); named brigades and military councils as
sides (data/ar/actors.tsv); and execution, killing and bodies-found words as the killed cue
(data/ar/casualties.json)."""

from __future__ import annotations

import pytest

from harmledger.extract import Extractor
from harmledger.schema import DocumentExtraction

from .checklist import killed, perpetrator, primary, weapon
from .readings import read_ar as _run


def _targets(r: DocumentExtraction) -> set[str]:
    m = primary(r)
    return {t.code for t in m.targets} if m is not None else set()


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # home-made, timed and hidden bombs, singular, dual and plural
        ("انفجرت قنابل محلية الصنع في سوق سراقب، ما أدى إلى مقتل 5 مدنيين.", "ied"),
        ("قُتل 3 مدنيين بعبوة بدائية الصنع في أريحا.", "ied"),
        ("أدى انفجار قنبلة موقوتة في دوما إلى مقتل 4 مدنيين.", "ied"),
        ("قُتل 6 مدنيين بانفجار عبوتين ناسفتين في حرستا.", "ied"),
        # kamikaze and loitering drones
        ("استهدفت طائرات انتحارية سيارة في كفرنبل، ما أدى إلى مقتل 3 مدنيين.", "drone"),
        ("قُتل مدنيان بمسيرة انقضاضية في جسر الشغور.", "drone"),
        ("قُتل 4 مدنيين بذخيرة جوالة سقطت على تلبيسة.", "drone"),
        ("قُتل 5 مدنيين بطائرتين مسيرتين في معرة النعمان.", "drone"),
        # air-to-surface and precision missiles, hyphenated or not
        ("أطلقت مقاتلات صاروخ جو أرض على سراقب، ما أدى إلى مقتل 7 مدنيين.", "missile"),
        ("قُتل 8 مدنيين بصواريخ جو - أرض في أريحا.", "missile"),
        ("قُتل 3 مدنيين بصاروخ دقيق التوجيه في دوما.", "missile"),
        # every bomb-laden vehicle
        ("قُتل 9 مدنيين بانفجار حافلة مفخخة في أعزاز.", "car_bomb"),
        ("انفجرت سيارة محشوة بالمتفجرات في جرابلس، ما أدى إلى مقتل 6 مدنيين.", "car_bomb"),
        ("قُتل 4 مدنيين بانفجار سيارتين مفخختين في الباب.", "car_bomb"),
        # mines by kind, remnants, belts, firearms, executions
        ("قُتل 3 أطفال بانفجار لغم مضاد للأفراد في تلبيسة.", "landmine_erw"),
        ("قُتل مدنيان بذخيرة غير منفجرة في حقل قرب سراقب.", "landmine_erw"),
        ("فجّر مهاجم حزاماً متفجراً في سوق أريحا، ما أدى إلى مقتل 7 مدنيين.", "suicide_attack"),
        ("قُتل 4 مدنيين برصاص طائش في دوما.", "small_arms"),
        ("نفذ مسلحون إعداماً جماعياً بحق 8 مدنيين في حرستا.", "execution"),
    ],
)
def test_arabic_weapon_families(extractor: Extractor, text: str, code: str) -> None:
    assert weapon(code).fn(_run(extractor, text)), text


def test_a_kamikaze_drone_is_no_suicide_bombing(extractor: Extractor) -> None:
    r = _run(extractor, "انقضت طائرة انتحارية على منزل في سراقب، ما أدى إلى مقتل 3 مدنيين.")
    assert weapon("drone").fn(r) and not weapon("suicide_attack").fn(r)


def test_described_is_no_execution(extractor: Extractor) -> None:
    # "وصفت" (described) must not read as "صفت" (liquidated): no execution, and no second killed cue
    r = _run(extractor, "قُتل 4 مدنيين في أريحا، ووصفت المنظمة الهجوم بأنه جريمة حرب.")
    assert not weapon("execution").fn(r)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("قصفت الطائرات مركز اللقاحات في سراقب، ما أدى إلى مقتل 5 مدنيين.", "medical"),
        ("استهدف صاروخ المستشفى الميداني في أريحا، ما أدى إلى مقتل 4 أشخاص.", "medical"),
        ("دمرت غارة مستودع أدوية في دوما، ما أدى إلى مقتل 3 مدنيين.", "medical"),
        ("أصابت قذيفة عيادة متنقلة في حرستا، ما أدى إلى مقتل شخصين.", "medical"),
        ("استهدفت مسيرة جراراً في حقل قرب كفرنبل، ما أدى إلى مقتل مزارعين اثنين.", "vehicle"),
        ("أصاب صاروخ صهريج مياه في تلبيسة، ما أدى إلى مقتل 3 مدنيين.", "vehicle"),
        ("استهدفت غارة شاحنة تنقل خضاراً قرب سراقب، ما أدى إلى مقتل 4 مدنيين.", "vehicle"),
        ("قُتل 3 مدنيين بقصف على سيارة أجرة في أريحا.", "vehicle"),
    ],
)
def test_arabic_target_families(extractor: Extractor, text: str, code: str) -> None:
    assert code in _targets(_run(extractor, text)), text


def test_no_target_without_one_named(extractor: Extractor) -> None:
    assert not _targets(_run(extractor, "قُتل 5 مدنيين بقصف مدفعي على أطراف سراقب."))


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("قُتل 7 مدنيين بقصف نفذته ميليشيا لواء الباقر على قرية قرب حلب.", "IRN"),
        ("اتهم ناشطون عصائب أهل الحق بقتل 5 مدنيين في البوكمال.", "IRN"),
        ("قتلت كتيبة البعث 4 مدنيين في حي بحلب.", "SYR_GOV"),
        ("قُتل 6 مدنيين بقصف نفذه مجلس دير الزور العسكري على بلدة ذيبان.", "SDF"),
        ("قُتل 3 مدنيين برصاص عناصر من فرقة المعتصم في مارع.", "OPPOSITION"),
        ("قُتل مدنيان برصاص عناصر من العمشات في الشيخ حديد.", "OPPOSITION"),
    ],
)
def test_named_brigades_and_councils_are_sides(extractor: Extractor, text: str, code: str) -> None:
    assert perpetrator(code).fn(_run(extractor, text)), text


@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("أعدمت قوات النظام 8 مدنيين في حي بحمص.", 8),
        ("أعدموا 5 مدنيين في قرية قرب سراقب.", 5),
        ("صفّى مسلحون 4 مدنيين في أريحا.", 4),
        ("ذبحت مجموعة مسلحة 3 مدنيين في ريف حماة.", 3),
        ("اغتال مسلحون مجهولون 2 من المدنيين في درعا.", 2),
        ("اختطف مسلحون 6 مدنيين من دوما، وعُثر على جثثهم بعد أسبوع.", 6),
    ],
)
def test_execution_and_bodies_found_are_killings(extractor: Extractor, text: str, n: int) -> None:
    assert killed(n).fn(_run(extractor, text)), text


def test_abducted_and_freed_are_not_killed(extractor: Extractor) -> None:
    r = _run(extractor, "اختطف مسلحون 6 مدنيين من دوما، وأُطلق سراحهم بعد أسبوع.")
    assert not killed(6).fn(r)
