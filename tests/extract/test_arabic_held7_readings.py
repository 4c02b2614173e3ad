"""The Arabic readings the parallel set's ``held7`` half asked for once it became a tuned half, written over each
family of wordings (other places, figures and verbs than the half's, with negatives):

- the wounded as the object of an active verb of wounding ("أصاب الانفجار 16 مدنياً", "وأصابت 20 آخرين بجروح"),
  while the same verb of a shell hitting a place counts no one (data/ar/casualties.json ``injured_object_verbs``);
- a count whose own clause says what befell it after the figure ("وصلوا متوفين، وإن 30 آخرين أُدخلوا مصابين"):
  the verb of the previous clause does not take it (arabic_casualties ``_cue_of``);
- the dead arriving at hospital ("وصلوا متوفين", "جثثاً هامدة"), "did not survive" and "cost them their lives";
- guns named by the gun (field guns, howitzers) and drones named by their make (data/ar/weapons.tsv);
- a sentence opening on a pronoun for the dead before ("وكان بينهم 8 أطفال"), "N ونيّف" as a floor, a day, month
  name and year parted by slashes ("4/ تشرين الثاني/ 2020");
- places of worship by rite (Sufi lodges, temples) and stored fuel (depots, oil installations) as targets.
"""

from __future__ import annotations

import datetime as dt

import pytest

from harmledger.extract import Extractor
from harmledger.schema import DocumentExtraction

from .checklist import date_is, injured, killed, killed_bounds, killed_low_in, perpetrator, subgroup, weapon
from .readings import read_ar as _run


@pytest.mark.parametrize(
    ("text", "dead", "hurt"),
    [
        # the wounding verb first, the killing verb after, figures in digits and words, with and without "بلدة"
        ("أصاب القصف 9 أشخاص في سراقب وقتل 4 آخرين.", 4, 9),
        ("أصابت الغارة خمسة عشر مدنياً في مدينة أريحا وقتلت ثلاثة آخرين.", 3, 15),
        ("أصاب التفجير ٢٧ شخصاً في دوما وقتل ٢ آخرين.", 2, 27),
        # the killing verb first, the wounding verb after with or without "بجروح"
        ("قتل القصف على حرستا أربعة مدنيين وأصاب 11 آخرين بجروح.", 4, 11),
        ("قتلت الضربة في كفرنبل 7 أشخاص وأصابت تسعة عشر آخرين.", 7, 19),
        ("قتل الانفجار في إعزاز ثمانية مدنيين، كما أصاب 25 آخرين بجروح متفاوتة.", 8, 25),
        # a clause for the dead arriving, one for the wounded admitted
        ("قال مسعفون في سراقب إن 5 أشخاص وصلوا متوفين، وإن 18 آخرين أُدخلوا مصابين.", 5, 18),
        ("أفاد مشفى في دوما بأن أربعة مدنيين وصلوا جثثاً هامدة، وأن 12 آخرين نُقلوا إليه مصابين بجروح.", 4, 12),
        ("قال أطباء في أريحا إن 9 مدنيين وصلوا ميتين، وإن عشرين آخرين يتلقون العلاج.", 9, 20),
    ],
)
def test_wounded_by_verb_and_clause(extractor: Extractor, text: str, dead: int, hurt: int) -> None:
    r = _run(extractor, text)
    assert killed(dead).fn(r) and injured(hurt).fn(r), text


@pytest.mark.parametrize(
    "text",
    [
        # a shell hitting a place wounds no one by the verb: the count is the killed one after it
        "أصابت قذيفة بلدة كفرنبل، ما أدى إلى مقتل 6 مدنيين.",
        "أصاب صاروخ منزلاً في سراقب، ما أدى إلى مقتل 6 أشخاص.",
    ],
)
def test_a_hit_is_no_wounding(extractor: Extractor, text: str) -> None:
    r = _run(extractor, text)
    assert killed(6).fn(r) and not injured(6).fn(r), text


@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("لم ينجُ 8 أشخاص من القصف على حرستا.", 8),
        ("لم ينجُ أحد عشر مدنياً من الغارة على مدينة إعزاز.", 11),
        ("كلّف القصف على سراقب 13 شخصاً حياتهم.", 13),
        ("كلّفت الغارة على بلدة كفرنبل تسعة مدنيين أرواحهم.", 9),
    ],
)
def test_did_not_survive_and_cost_their_lives(extractor: Extractor, text: str, n: int) -> None:
    assert killed(n).fn(_run(extractor, text)), text


def test_cost_without_lives_is_no_toll(extractor: Extractor) -> None:
    # "cost" of money or damage: no completion of lives, no killed count
    r = _run(extractor, "كلّف إصلاح الجسر في سراقب 20 مليون ليرة.")
    assert killed(20).fn(r) is False


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("قصفت مدافع ميدانية بلدة كفرنبل، ما أدى إلى مقتل 4 مدنيين.", "artillery"),
        ("قُتل 5 مدنيين بقصف مدفع هاوتزر على سراقب.", "artillery"),
        ("استهدفت المدافع الثقيلة حي الشعار، ما أدى إلى مقتل 7 مدنيين.", "artillery"),
        ("قُتل 3 مدنيين بنيران المدفعية في حرستا.", "artillery"),
        ("قصفت طائرات بيرقدار التركية قرية في ريف الحسكة، ما أدى إلى مقتل 6 مدنيين.", "drone"),
        ("قُتل مدنيان بغارة مسيرة لانسيت على أطراف إدلب.", "drone"),
        ("أطلقت طائرة أوريون صاروخاً على سيارة قرب منبج، ما أدى إلى مقتل 3 مدنيين.", "drone"),
    ],
)
def test_guns_and_drone_makes(extractor: Extractor, text: str, code: str) -> None:
    assert weapon(code).fn(_run(extractor, text)), text


def test_a_defender_is_no_gun(extractor: Extractor) -> None:
    # "مدافع" alone is also a defender: no artillery from it
    r = _run(extractor, "قُتل مدافع عن حقوق الإنسان و3 مدنيين في سراقب.")
    assert not weapon("artillery").fn(r)


@pytest.mark.parametrize(
    ("text", "children", "women"),
    [
        # a sentence opening on a pronoun for the dead of the sentence before carries on with that toll
        ("قُتل 14 مدنياً في سراقب. وكان بينهم 5 أطفال و3 نساء.", 5, 3),
        ("قُتل عشرون شخصاً في حرستا. ومن بينهم سبعة أطفال وامرأتان.", 7, 2),
        ("قُتل 11 مدنياً في بلدة كفرنبل. ومنهم ٤ أطفال و٢ نساء.", 4, 2),
        ("قُتل 9 مدنيين في أريحا. وكانت من ضمنهم 6 نساء وطفلان.", 2, 6),
    ],
)
def test_pronoun_opens_the_next_sentence_on_the_dead(extractor: Extractor, text: str, children: int, women: int) -> None:
    r = _run(extractor, text)
    assert subgroup("children", children).fn(r) and subgroup("women", women).fn(r), text


def test_a_pronoun_lead_adds_no_toll(extractor: Extractor) -> None:
    # the sub-group is no second toll: the killed count stays the first sentence's
    assert killed(14).fn(_run(extractor, "قُتل 14 مدنياً في سراقب. وكان بينهم 5 أطفال."))


@pytest.mark.parametrize(
    ("text", "low"),
    [
        ("قُتل 30 ونيّف من المدنيين في سراقب.", 30),
        ("قُتل أربعون ونيفاً من المدنيين في مدينة أريحا.", 40),
        ("قُتل ٢٠ مدنياً ونيف في حرستا.", 20),
    ],
)
def test_odd_figures_are_floors(extractor: Extractor, text: str, low: int) -> None:
    assert killed_low_in([low, low + 1], None).fn(_run(extractor, text)), text


def test_an_exact_figure_stays_exact(extractor: Extractor) -> None:
    assert killed_bounds(30, 30).fn(_run(extractor, "قُتل 30 مدنياً في سراقب."))


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # day, month name and year parted by slashes or dashes, with and without spaces (within the year before the
        # release, so the date is the attack's and no background reference)
        ("قُتل 6 مدنيين في سراقب في 12/ شباط/ 2021.", dt.date(2021, 2, 12)),
        ("قُتل تسعة مدنيين في بلدة حرستا في 21/كانون الثاني/2021.", dt.date(2021, 1, 21)),
        ("قُتل ١٣ مدنياً في أريحا في 3 - آذار - 2021.", dt.date(2021, 3, 3)),
        ("قُتل 4 مدنيين في دوما يوم 28/ شباط/ 2021.", dt.date(2021, 2, 28)),
    ],
)
def test_day_month_year_parted_by_slashes(extractor: Extractor, text: str, day: dt.date) -> None:
    assert date_is(day).fn(_run(extractor, text)), text


def test_a_figure_before_a_slash_is_no_day(extractor: Extractor) -> None:
    # a count of people before a slash and no month name gives no date
    r = _run(extractor, "قُتل 5 مدنيين في سراقب/ إدلب.")
    assert not date_is(dt.date(2021, 3, 5)).fn(r) and killed(5).fn(r)


def _targets(r: DocumentExtraction) -> set[str]:
    from .checklist import primary
    m = primary(r)
    return {t.code for t in m.targets} if m is not None else set()


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("قُتل 8 مصلين بقصف على زاوية صوفية في سراقب.", "place_of_worship"),
        ("استهدفت غارة تكية في سراقب، ما أدى إلى مقتل 4 مدنيين.", "place_of_worship"),
        ("قُتل 3 مدنيين بسقوط قذيفة على معبد في مدينة الحسكة.", "place_of_worship"),
        ("اندلع حريق في مستودعات الوقود في بلدة حزانو إثر غارة قتلت 5 مدنيين.", "water_power"),
        ("قُتل سائقان باستهداف صهاريج وقود قرب منبج.", "vehicle"),
        ("قُتل 6 عمال بقصف على منشأة نفطية في ريف دير الزور.", "water_power"),
    ],
)
def test_worship_by_rite_and_fuel_stored(extractor: Extractor, text: str, code: str) -> None:
    assert code in _targets(_run(extractor, text)), text


def test_deir_ez_zor_is_no_monastery(extractor: Extractor) -> None:
    assert "place_of_worship" not in _targets(_run(extractor, "قُتل 7 مدنيين بقصف مدفعي على مدينة دير الزور."))


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # an aircraft's make with the article, or with its number, between the means and the nationality
        ("شنت طائرات السوخوي الروسية غارات على سراقب، ما أدى إلى مقتل 5 مدنيين.", "RUS"),
        ("نفّذت طائرات الميغ السورية طلعات على حرستا، ما أدى إلى مقتل ثمانية مدنيين.", "SYR_GOV"),
        ("ألقت مروحيات سورية براميل على بلدة كفرنبل، ما أدى إلى مقتل 4 مدنيين.", "SYR_GOV"),
        ("قصفت طائرات إف 16 الإسرائيلية موقعاً قرب مصياف، ما أدى إلى مقتل 3 مدنيين.", "ISR"),
    ],
)
def test_aircraft_make_before_nationality(extractor: Extractor, text: str, code: str) -> None:
    assert perpetrator(code).fn(_run(extractor, text)), text


def test_syrian_land_names_no_side(extractor: Extractor) -> None:
    r = _run(extractor, "سقطت قذائف على الأراضي السورية قرب سراقب، ما أدى إلى مقتل 3 مدنيين.")
    assert not perpetrator("SYR_GOV").fn(r)
