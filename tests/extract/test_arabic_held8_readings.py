"""The Arabic readings the parallel set's ``held8`` half asked for once it became a tuned half, written over each
family of wordings (other places, figures, sides and verbs than the half's, with negatives):

- the side that struck named by blame or attribution ("ألقى الأهالي باللوم على", "هجوم نسبه مراقبون إلى",
  "اتهم ناشطون", "بوصفها الجهة المنفذة", "المسؤولة عن"), by "هجوم من", by a verb of committing before its members
  ("اقترف عناصر ... مجزرة"), and by the positions it is spread over ("من مناطق انتشار عناصر"): the members word
  after such a cue is the side acting, not its members struck (arabic_actors ``_BLAME_BEFORE``/``_BLAME_AFTER``);
- helicopters named by their make before a nationality ("مروحيات الأباتشي الإسرائيلية");
- the wounded named by needing or undergoing care ("احتاج 17 آخرون إلى العلاج من جروحهم", "خضع 5 آخرون للعلاج")
  (data/ar/casualties.json ``injured_split_verbs``/``injured_split_ends``);
- children named by an age limit said as a clause after "منهم" ("4 منهم تقل أعمارهم عن 18 عاماً", "لم يبلغوا سن
  الرشد") and the part "out of" a toll named as the predicate of "كان" at the end ("كان 5 من أصل 12 ... أطفالاً")
  (``minor_age_leads``/``minor_age_limits``, ``out_of_minors``; arabic_casualty_terms ``noun_after``);
- "died" in the feminine or dual with its subject ("قضت عائلة مؤلفة من 6 أفراد", "قضت 4 نساء", "قضيا"), not a
  court's ruling ("قضت المحكمة"): data/ar/casualties.json ``killed_split``;
- bounds by estimate, modal, negated excess and "above" (data/ar/numbers.json): the most conservative estimate a
  floor, the most pessimistic a ceiling; "لا يمكن أن تقل ... عن N" a floor and "لا يمكن أن يزيد ... عن N" a ceiling;
  "لم يتجاوز N", "لم تزد على N" ceilings; "إلى ما فوق N" a floor;
- totals by season ("هذا الشتاء", "خلال فصل الصيف" in aggregate_cues) and hundreds in the whole country with no
  period and no one attack ("وبلغ عدد من قُتلوا بالألغام في سوريا 599"): arabic_casualty_totals ``clause_total``;
- "hours ago" ("قبل ساعات", "منذ ساعات", "قبل قليل", "منذ لحظات") as the day of the release, but not "hours before
  <something>" ("قبل ساعات من"): arabic_dates ``_TODAY``;
- "ended the lives of" ("أنهت رشقة القذائف حياة 9 مدنيين", "أنهى القصف أرواح") as a killing (``killed_object``).
"""

from __future__ import annotations

import datetime as dt

import pytest

from harmledger.extract import Extractor
from harmledger.schema import DocumentExtraction

from .checklist import date_is, injured, killed, killed_bounds, perpetrator, subgroup
from .readings import read_ar as _run


@pytest.mark.parametrize(
    ("text", "side"),
    [
        # blame in reported speech, the side by its members or by its name
        ("حمّل ناشطون عناصر هيئة تحرير الشام مسؤولية القصف الذي قتل 4 مدنيين في سراقب.", "HTS"),
        ("ألقى سكان مدينة دوما اللوم على مقاتلي فصائل المعارضة في القصف الذي قتل ستة مدنيين.", "OPPOSITION"),
        ("اتهم الأهالي عناصر تنظيم داعش بتفجير أودى بحياة ٨ مدنيين في منبج.", "ISIS"),
        ("قتل 9 مدنيين في حرستا في قصف نسبه ناشطون إلى عناصر قوات النظام.", "SYR_GOV"),
        ("قتل سبعة مدنيين في إعزاز في تفجير عزاه مراقبون إلى عناصر قسد.", "SDF"),
        # blame after the name
        ("وصف شهود عناصر الجيش السوري بأنها الجهة المنفذة للهجوم على حرستا الذي قتل 5 مدنيين.", "SYR_GOV"),
        ("قال مسعفون إن عناصر داعش هم المسؤولون عن الهجوم الذي قتل ١٣ مدنياً في الميادين.", "ISIS"),
        # an attack "from" the side's members
        ("تعرضت مدينة سراقب لهجوم من عناصر هيئة تحرير الشام، ما أدى إلى مقتل 10 مدنيين.", "HTS"),
        ("تعرّضت قرية حيش لاعتداء من عناصر فصائل المعارضة أسفر عن مقتل ثلاثة مدنيين.", "OPPOSITION"),
        # a verb of committing before the members
        ("ارتكب عناصر تنظيم داعش مجزرة في الميادين راح ضحيتها 12 مدنياً.", "ISIS"),
        ("اقترفت عناصر قوات النظام مجزرة في بلدة حيش قتل فيها ٦ مدنيين.", "SYR_GOV"),
        # positions the members are spread over or stationed in
        ("قتلت قذائف أطلقت من مناطق تمركز عناصر قسد 4 مدنيين في إعزاز.", "SDF"),
        ("قتل صاروخ أُطلق من مواقع انتشار عناصر داعش خمسة مدنيين في دير الزور.", "ISIS"),
        # helicopters by make, then a nationality
        ("أطلقت مروحيات الأباتشي الأمريكية النار على سيارة في الشدادي، ما أدى إلى مقتل 3 مدنيين.", "COALITION"),
        ("قتل 7 مدنيين في قصف لمروحية كوبرا إسرائيلية على القنيطرة.", "ISR"),
    ],
)
def test_side_by_blame_attack_and_positions(extractor: Extractor, text: str, side: str) -> None:
    assert perpetrator(side).fn(_run(extractor, text)), text


@pytest.mark.parametrize(
    ("text", "side"),
    [
        # members struck stay the target: no blame cue before them
        ("قتلت غارات التحالف 5 من عناصر داعش في الرقة.", "ISIS"),
        ("قصفت قوات النظام مواقع عناصر هيئة تحرير الشام في إدلب، ما أدى إلى مقتل 4 مدنيين.", "HTS"),
        ("شنت طائرات التحالف غارة على عناصر داعش في الرقة أسفرت عن مقتل 6 مدنيين.", "ISIS"),
    ],
)
def test_members_struck_are_no_side(extractor: Extractor, text: str, side: str) -> None:
    assert not perpetrator(side).fn(_run(extractor, text)), text


@pytest.mark.parametrize(
    ("text", "dead", "hurt"),
    [
        ("قُتل أربعة أشخاص في سراقب واحتاج تسعة آخرون إلى العلاج.", 4, 9),
        ("قتل 8 مدنيين في حمص، ويحتاج عشرة آخرون إلى رعاية طبية.", 8, 10),
        ("قتلت الغارة ٧ مدنيين في دوما، وخضع ١٢ آخرون للعلاج من إصاباتهم.", 7, 12),
        ("قتل 6 مدنيين في أريحا، واستدعت حالة 5 آخرين العناية الطبية.", 6, 5),
        ("قُتل مدنيان في كفرنبل، واحتاجت 3 نساء إلى العلاج من جروحهن.", 2, 3),
        ("قتل القصف على حرستا 11 مدنياً واحتاج 25 آخرون إلى الإسعافات.", 11, 25),
    ],
)
def test_wounded_by_needing_care(extractor: Extractor, text: str, dead: int, hurt: int) -> None:
    r = _run(extractor, text)
    assert killed(dead).fn(r) and injured(hurt).fn(r), text


@pytest.mark.parametrize(
    "text",
    [
        "قتل 6 مدنيين في أريحا، واحتاجت العائلات إلى مساعدات عاجلة.",
        "قتل 6 مدنيين في حمص، ويحتاج 40 ألف نازح إلى مياه الشرب.",
    ],
)
def test_needing_no_care_wounds_no_one(extractor: Extractor, text: str) -> None:
    r = _run(extractor, text)
    assert killed(6).fn(r) and _no_injured(r), text


def _no_injured(r: DocumentExtraction) -> bool:
    return not any(injured(n).fn(r) for n in (6, 40, 40000))


@pytest.mark.parametrize(
    ("text", "dead", "kids"),
    [
        ("قُتل 20 مدنياً في دوما، خمسة منهم لم يبلغوا سن الرشد.", 20, 5),
        ("قُتل 14 شخصاً في مدينة سراقب، 3 منهم دون سن الـ18.", 14, 3),
        ("قتلت الغارة ٢٥ مدنياً في حرستا، ٩ منهم تقل أعمارهم عن ١٨ عاماً.", 25, 9),
        ("قُتلت 9 نساء في دوما، ثلاث منهن لم يتجاوزن الثامنة عشرة.", 9, 3),
        ("كان 6 من أصل 14 مدنياً قُتلوا في حرستا أطفالاً.", 14, 6),
        ("كان ثلاثة من بين ثمانية مدنيين قُتلوا في بلدة حيش صغاراً.", 8, 3),
        ("كان ٤ من أصل ١٠ مدنيين قُتلوا في إعزاز أطفالا.", 10, 4),
    ],
)
def test_children_by_age_clause_and_predicate(extractor: Extractor, text: str, dead: int, kids: int) -> None:
    r = _run(extractor, text)
    assert killed(dead).fn(r) and subgroup("children", kids).fn(r), text


@pytest.mark.parametrize(
    "text",
    [
        "قُتل 16 مدنياً في سراقب، 4 منهم تجاوزوا الستين.",
        "قُتل 16 مدنياً في سراقب دون سابق إنذار، 4 منهم من عائلة واحدة.",
    ],
)
def test_no_age_limit_no_children(extractor: Extractor, text: str) -> None:
    r = _run(extractor, text)
    assert killed(16).fn(r) and not subgroup("children", 4).fn(r), text


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("أنهى القصف على بلدة حيش حياة سبعة مدنيين.", 7),
        ("أنهت الغارة أرواح ١٢ شخصاً في دوما.", 12),
        ("أنهت رشقة الصواريخ على مدينة إعزاز حياة 31 مدنياً.", 31),
    ],
)
def test_ended_the_lives_of(extractor: Extractor, text: str, dead: int) -> None:
    assert killed(dead).fn(_run(extractor, text)), text


def test_ending_works_kills_no_one(extractor: Extractor) -> None:
    r = _run(extractor, "أنهت البلدية أعمال الترميم في حياة المدينة بعد 7 أشهر.")
    assert not killed(7).fn(r)


@pytest.mark.parametrize(
    "text",
    [
        "قُتل 9 مدنيين في قصف على دوما منذ ساعات.",
        "قتل 4 أشخاص قبل قليل في انفجار بمدينة إعزاز.",
        "قُتل سبعة مدنيين قبل بضع ساعات في غارة على بلدة حيش.",
        "قتل ١١ مدنياً في سراقب منذ لحظات جراء قصف مدفعي.",
    ],
)
def test_hours_ago_is_the_release_day(extractor: Extractor, text: str) -> None:
    assert date_is(dt.date(2021, 3, 17)).fn(_run(extractor, text)), text


def test_hours_before_an_event_is_no_date(extractor: Extractor) -> None:
    r = _run(extractor, "قتل 5 مدنيين في سراقب قبل ساعات من وصول الوفد.")
    assert not date_is(dt.date(2021, 3, 17)).fn(r)


@pytest.mark.parametrize(
    ("text", "dead", "kids"),
    [
        ("قضت أسرة من 5 أشخاص، بينهم 3 أطفال، في قصف على سراقب.", 5, 3),
        ("قضت عائلة مكونة من ثمانية أفراد، بينهم خمسة أطفال، في غارة على دوما.", 8, 5),
        ("قضت 4 نساء في قصف على حرستا.", 4, None),
    ],
)
def test_died_in_the_feminine(extractor: Extractor, text: str, dead: int, kids: int | None) -> None:
    r = _run(extractor, text)
    assert killed(dead).fn(r) and (kids is None or subgroup("children", kids).fn(r)), text


def test_a_court_ruling_kills_no_one(extractor: Extractor) -> None:
    assert not killed(5).fn(_run(extractor, "قضت المحكمة بسجن 5 أشخاص في دمشق."))


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("تقدّر التقديرات الأكثر تحفظاً عدد القتلى في دوما بـ 40 قتيلاً.", 40, None),
        ("تضع أكثر التقديرات تشاؤماً حصيلة القتلى في حرستا عند 90 قتيلاً.", None, 90),
        ("لا يمكن أن يقل عدد القتلى في مدينة إعزاز عن سبعة عشر قتيلاً، وفق ناشطين.", 17, None),
        ("لا يمكن أن يزيد عدد القتلى في سراقب عن 15.", None, 15),
        ("قالت مصادر إن حصيلة القتلى في إعزاز لم تزد على 12 قتيلاً.", None, 12),
        ("أفاد مسعفون بأن عدد الضحايا في بلدة حيش لم يتعدَّ ٢٥.", None, 25),
        ("وصل عدد القتلى في دوما إلى ما فوق 30.", 30, None),
    ],
)
def test_bounds_by_estimate_modal_and_excess(extractor: Extractor, text: str, low: int | None, high: int | None) -> None:
    assert killed_bounds(low, high).fn(_run(extractor, text)), text


def test_exceeding_without_negation_stays_a_floor(extractor: Extractor) -> None:
    assert killed_bounds(30, None).fn(_run(extractor, "تجاوز عدد القتلى في دوما 30."))


def _incidents(r: DocumentExtraction) -> list[int | None]:
    return [m.casualties.killed.low if m.casualties.killed else None for m in r.mentions if m.kind == "incident"]


@pytest.mark.parametrize(
    ("text", "local"),
    [
        ("قُتل 8 مدنيين في دوما يوم الأحد. وخلال فصل الصيف، قُتل 230 مدنياً في الغوطة الشرقية.", 8),
        ("قُتل 4 مدنيين في حرستا. وفي المجمل، قُتل 97 مدنياً في ريف دمشق بالقصف هذا الشتاء.", 4),
        ("قُتل 5 مدنيين في سراقب. وقُتل 340 مدنياً بالقنابل العنقودية في عموم سوريا بحسب تقرير.", 5),
        ("قُتل 11 مدنياً في إعزاز يوم السبت. وبلغ عدد الأطفال الذين قتلوا بمخلفات الحرب في سوريا 812.", 11),
    ],
)
def test_season_and_country_totals_are_no_incident(extractor: Extractor, text: str, local: int) -> None:
    assert _incidents(_run(extractor, text)) == [local], text


@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("قُتل 120 مدنياً في سوريا في هجوم كيماوي على خان شيخون.", 120),
        ("قتل في المجمل 12 مدنياً في الغارات على سراقب.", 12),
    ],
)
def test_one_attack_stays_an_incident(extractor: Extractor, text: str, n: int) -> None:
    assert _incidents(_run(extractor, text)) == [n], text
