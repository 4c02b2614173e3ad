"""The Arabic readings the parallel set's ``tune2`` half (tests/extract/checklist_parallel_tune2.py) asked
for, each on sentences of other places and words: attached pronouns and the article on lexicon terms,
victims listed without a total, a victim of one after a counted sub-group, figures that "may reach",
nationality adjectives over a means row, sides backed by a foreign state, weekly and report totals."""

from __future__ import annotations

import pytest

from harmledger.extract import Extractor
from harmledger.extract.lexicon import lexicon_for

from .checklist import primary

PUB = "2021-03-17"


@pytest.mark.parametrize(
    ("lexicon", "text", "code"),
    [
        ("targets.tsv", "قصفت الطائرات بلدة سراقب ومشفاها", "medical"),  # alef maqsura -> alef before the pronoun
        ("targets.tsv", "قصفت الطائرات قرية الهبيط ومدرستها", "school"),  # ta marbuta -> ta
        ("targets.tsv", "استهدف القصف الحي ومسجده", "place_of_worship"),
        ("targets.tsv", "خرجت محطة المياه عن الخدمة", "water_power"),  # a construct takes the article on its last word
        ("targets.tsv", "قصف المركز الطبي في البلدة", "medical"),  # noun and adjective both take it
        ("weapons.tsv", "قصف بالذخائر الحارقة", "incendiary"),
        ("weapons.tsv", "هجوم بالصواريخ الموجهة", "missile"),  # not the shorter "الصواريخ" (rocket)
        ("weapons.tsv", "استهداف للطائرات المسيرة", "drone"),  # li- + the article without its alef
    ],
)
def test_lexicon_terms_with_pronouns_and_article(lexicon: str, text: str, code: str) -> None:
    hits = lexicon_for(lexicon, "ar").find(text, 0, len(text), text)
    assert [h.code for h in hits][-1:] == [code], [(text[h.start:h.end], h.code) for h in hits]


def test_a_lexicon_term_wins_over_a_made_form() -> None:
    # "جامعة" (a university) is a row of its own, not "جامع" (a mosque) with a pronoun.
    hits = lexicon_for("targets.tsv", "ar").find("قصف الجامعة", 0, 11, "قصف الجامعة")
    assert [h.code for h in hits] == ["school"]


@pytest.mark.parametrize(
    ("text", "killed", "children", "women"),
    [
        ("قُتل 4 أطفال و3 نساء و5 رجال في قصف سراقب.", 12, 4, 3),  # listed groups without a total: their sum
        ("قُتل ثلاثة أطفال وامرأتان في قصف سراقب.", 5, 3, 2),
        ("قُتل 20 مدنياً، بينهم 6 أطفال وامرأة، في سراقب.", 20, 6, 1),  # a victim of one after a counted group
        ("قُتل عشرون مدنياً، بينهم ستة أطفال وامرأة، في سراقب.", 20, 6, 1),  # ...not counted twice
    ],
)
def test_victims_listed_by_group(extractor: Extractor, text: str, killed: int, children: int, women: int) -> None:
    m = primary(extractor.extract(text, published=PUB, language="ar"))
    assert m is not None and m.casualties.killed is not None
    k = m.casualties.killed
    assert (k.low, k.children, k.women) == (killed, children, women)


def test_listed_groups_stop_at_another_casualty_word(extractor: Extractor) -> None:
    m = primary(extractor.extract("قُتل 4 أطفال وأصيب 3 نساء في قصف سراقب.", published=PUB, language="ar"))
    assert m is not None and m.casualties.killed is not None and m.casualties.killed.low == 4
    assert m.casualties.injured is not None and m.casualties.injured.low == 3


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("قد يرتفع عدد القتلى في سراقب إلى 30.", None, 30),  # a figure that may be reached: at most
        ("ارتفع عدد القتلى في سراقب إلى 30.", 30, 30),  # reached: exact
        ("قُتل ما يناهز 40 مدنياً في سراقب.", None, 40),  # approaching: nearly
    ],
)
def test_figures_that_may_be_reached(extractor: Extractor, text: str, low: int | None, high: int | None) -> None:
    m = primary(extractor.extract(text, published=PUB, language="ar"))
    assert m is not None and m.casualties.killed is not None
    assert (m.casualties.killed.low, m.casualties.killed.high) == (low, high)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("قُتل 5 مدنيين بغارات المروحيات الروسية على سراقب.", "RUS"),  # not the regime's "المروحيات"
        ("قُتل 5 مدنيين بغارات شنتها الميليشيات المدعومة من إيران على سراقب.", "IRN"),
        ("قُتل 5 مدنيين في قصف من قبل الفيلق الخامس على سراقب.", "SYR_GOV"),
    ],
)
def test_sides_named_in_release_forms(extractor: Extractor, text: str, code: str) -> None:
    m = primary(extractor.extract(text, published=PUB, language="ar"))
    assert m is not None and any(a.code == code and a.role == "perpetrator" for a in m.actors), m.actors
    # The backer's country in the side's name is no evidence against the Syrian town.
    assert any(p.resolved is not None and p.resolved.admin1 == "Idlib" for p in m.places)


@pytest.mark.parametrize(
    "total_sentence",
    ["وخلال الأسبوع الماضي قُتل 412 مدنياً في عموم البلاد.", "ووثق التقرير السنوي للشبكة مقتل 1530 مدنياً."],
)
def test_weekly_and_report_totals_are_no_incident(extractor: Extractor, total_sentence: str) -> None:
    r = extractor.extract(f"قُتل 7 مدنيين في سراقب أمس. {total_sentence}", published=PUB, language="ar")
    incidents = [m for m in r.mentions if m.kind == "incident"]
    assert len(incidents) == 1 and incidents[0].casualties.killed is not None and incidents[0].casualties.killed.low == 7


def test_one_after_its_noun_is_no_count(extractor: Extractor) -> None:
    # "من عائلة واحدة": "one" describes the family; the sub-group after it belongs to the toll of 9.
    m = primary(extractor.extract("قُتل 9 مدنيين من عائلة واحدة، بينهم 5 أطفال، في سراقب.", published=PUB, language="ar"))
    assert m is not None and m.casualties.killed is not None
    assert (m.casualties.killed.low, m.casualties.killed.children) == (9, 5)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("ارتفعت حصيلة ضحايا المجزرة في سراقب إلى 25 قتيلاً حتى الآن.", "incident"),  # one massacre's toll so far
        ("وثقت الشبكة مقتل 500 مدني في إدلب حتى الآن.", "aggregate"),  # no attack named: a total
        ("ووثقت الشبكة مقتل 1412 مدنياً في النصف الأول من العام.", "aggregate"),
    ],
)
def test_so_far_is_a_total_only_without_one_attack(extractor: Extractor, text: str, kind: str) -> None:
    r = extractor.extract(text, published=PUB, language="ar")
    counted = [m for m in r.mentions if m.casualties.killed is not None]
    assert [m.kind for m in counted] == [kind]


# --- tune3 (tests/extract/checklist_parallel_tune3.py): breadth of release phrasings --------------------------


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("لا يقل عدد الضحايا في سراقب عن 30 مدنياً.", 30, None),  # the hedge split by its noun
        ("لا تزيد حصيلة القتلى في سراقب عن 12.", None, 12),
        ("قُتل 9 مدنيين على الأكثر في سراقب.", None, 9),  # an upper bound after the figure
        ("قُتل 11 مدنياً كحد أقصى في سراقب.", None, 11),
        ("أودى القصف على سراقب بحياة ما يفوق 50 مدنياً.", 50, None),
        ("مجزرة في سراقب بحصيلة تتجاوز 40 قتيلاً.", 40, None),
        ("قُتل أربعة أو خمسة مدنيين في سراقب.", 4, 5),  # "or" between neighbouring figures is a range
        ("قُتل 3 أو 4 أشخاص في سراقب.", 3, 4),
        ("قُتل 12 مدنياً في سراقب.", 12, 12),
    ],
)
def test_bounds_in_release_forms(extractor: Extractor, text: str, low: int | None, high: int | None) -> None:
    m = primary(extractor.extract(text, published=PUB, language="ar"))
    assert m is not None and m.casualties.killed is not None
    assert (m.casualties.killed.low, m.casualties.killed.high) == (low, high)


@pytest.mark.parametrize(
    ("text", "killed", "children", "women"),
    [
        ("قُتل 15 مدنياً (6 أطفال و3 نساء) في قصف سراقب.", 15, 6, 3),  # a breakdown in parentheses
        ("قُتل 14 مدنياً في سراقب: خمسة أطفال وامرأتان والبقية رجال.", 14, 5, 2),  # after a colon
        ("قُتل 17 مدنياً في سراقب. ومن بين الضحايا 4 أطفال.", 17, 4, None),  # the next sentence opens on the victims
        ("قُتل 20 مدنياً في قصف سراقب، ويشكل الأطفال 8 من القتلى.", 20, 8, None),  # a verb of share
        ("قُتلت امرأة وثلاثة من أطفالها في قصف سراقب.", 4, 3, 1),  # one victim, "و", then a counted group
        ("قُتل 25 مدنياً في سراقب، ويشكل الأطفال 30 بالمئة منهم.", 25, None, None),  # a share in percent is no count
    ],
)
def test_subgroups_in_release_forms(extractor: Extractor, text: str, killed: int, children: int | None,
                                    women: int | None) -> None:
    m = primary(extractor.extract(text, published=PUB, language="ar"))
    assert m is not None and m.casualties.killed is not None
    k = m.casualties.killed
    assert (k.low, k.children, k.women) == (killed, children, women)


@pytest.mark.parametrize(
    "total_sentence",
    ["وفي شهر آب وحده قُتل 512 مدنياً.", "وخلال الأيام الخمسة الماضية قُتل 340 مدنياً في عموم البلاد.",
     "تقرير المرصد: مقتل 921 مدنياً في سوريا في آب."],
)
def test_period_and_country_totals_are_no_incident(extractor: Extractor, total_sentence: str) -> None:
    r = extractor.extract(f"قُتل 7 مدنيين في سراقب أمس. {total_sentence}", published=PUB, language="ar")
    incidents = [m for m in r.mentions if m.kind == "incident"]
    assert len(incidents) == 1 and incidents[0].casualties.killed is not None and incidents[0].casualties.killed.low == 7


def test_the_country_on_one_day_is_no_total(extractor: Extractor) -> None:
    # The whole country makes a total only over a week or longer.
    r = extractor.extract("قُتل 6 مدنيين في سوريا أمس.", published=PUB, language="ar")
    assert [m.kind for m in r.mentions if m.casualties.killed is not None] == ["incident"]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("قُتل 5 مدنيين في هجوم لمقاتلين مدعومين من تركيا على سراقب.", "OPPOSITION"),  # named by their backer
        ("قُتل 5 مدنيين برصاص مسلحين تابعين لإيران في سراقب.", "IRN"),
        ("قُتل 5 مدنيين في هجوم لعناصر موالين للنظام على سراقب.", "SYR_GOV"),
        ("قُتل 5 مدنيين في غارة لسلاح الجو السوري على سراقب.", "SYR_GOV"),
        ("القوات الجوية الفضائية الروسية تقتل 5 مدنيين في سراقب", "RUS"),  # a headline: subject, then "تقتل"
    ],
)
def test_sides_named_by_their_backer_or_arm(extractor: Extractor, text: str, code: str) -> None:
    m = primary(extractor.extract(text, published=PUB, language="ar"))
    assert m is not None and m.casualties.killed is not None and m.casualties.killed.low == 5
    assert any(a.code == code and a.role == "perpetrator" for a in m.actors), m.actors


def test_followers_struck_are_no_perpetrator(extractor: Extractor) -> None:
    m = primary(extractor.extract("قصفت الطائرات مواقع مقاتلين مدعومين من تركيا قرب سراقب، ما أدى إلى مقتل 5 مدنيين.",
                                  published=PUB, language="ar"))
    assert m is not None and not any(a.code == "OPPOSITION" and a.role == "perpetrator" for a in m.actors), m.actors


@pytest.mark.parametrize(
    ("lexicon", "text", "code"),
    [
        ("weapons.tsv", "قصف بقذائف فوسفورية", "incendiary"),  # the adjective names the munition, not "قذائف"
        ("weapons.tsv", "ألقت الطائرة قنيبلات عنقودية", "cluster_munition"),
        ("weapons.tsv", "قُتلوا في ضربة جوية", "airstrike"),
        ("weapons.tsv", "قُتلوا في هجوم صاروخي", "rocket"),
        ("weapons.tsv", "قُتلوا بنيران الرشاشات الثقيلة", "small_arms"),
        ("targets.tsv", "سقطت قذيفة قرب صيدلية", "medical"),
        ("targets.tsv", "قصف المصلى في الحي", "place_of_worship"),
        ("targets.tsv", "استهداف محطة تحويل الكهرباء", "water_power"),
        ("targets.tsv", "ألحق القصف أضراراً بنقطة توزيع المساعدات", "humanitarian"),
    ],
)
def test_tune3_lexicon_terms(lexicon: str, text: str, code: str) -> None:
    hits = lexicon_for(lexicon, "ar").find(text, 0, len(text), text)
    assert [h.code for h in hits][-1:] == [code], [(text[h.start:h.end], h.code) for h in hits]


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("قُتل أكثر بكثير من 30 مدنياً في سراقب.", 30, None),  # well over
        ("قُتل أقل بقليل من 20 مدنياً في سراقب.", None, 20),  # just under
    ],
)
def test_hedges_with_a_degree(extractor: Extractor, text: str, low: int | None, high: int | None) -> None:
    m = primary(extractor.extract(text, published=PUB, language="ar"))
    assert m is not None and m.casualties.killed is not None
    assert (m.casualties.killed.low, m.casualties.killed.high) == (low, high)


def test_a_toll_for_a_named_month_is_a_total(extractor: Extractor) -> None:
    r = extractor.extract("قُتل 7 مدنيين في سراقب أمس. وتبلغ حصيلة الضحايا المدنيين لشهر آب 640 مدنياً.",
                          published=PUB, language="ar")
    incidents = [m for m in r.mentions if m.kind == "incident"]
    assert len(incidents) == 1 and incidents[0].casualties.killed is not None and incidents[0].casualties.killed.low == 7


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("قصفت القوات الموالية للأسد سراقب، ما أدى إلى مقتل 5 مدنيين.", "SYR_GOV"),  # "للأسد": li- + the article
        ("قصفت عناصر ميليشيات موالية للحكومة سراقب، ما أدى إلى مقتل 5 مدنيين.", "SYR_GOV"),  # members of the followers
        ("أطلق عناصر هيئة تحرير الشام النار على مدنيين في سراقب، ما أدى إلى مقتل 5 منهم.", "HTS"),  # members who fire
        ("قُتل 5 مدنيين في غارة جوية لقوات الحكومة على سراقب.", "SYR_GOV"),
    ],
)
def test_sides_as_followers_members_and_government(extractor: Extractor, text: str, code: str) -> None:
    m = primary(extractor.extract(text, published=PUB, language="ar"))
    assert m is not None and any(a.code == code and a.role == "perpetrator" for a in m.actors), m.actors


def test_members_struck_are_no_perpetrator(extractor: Extractor) -> None:
    m = primary(extractor.extract("قصفت الطائرات عناصر هيئة تحرير الشام قرب سراقب، ما أدى إلى مقتل 5 مدنيين.",
                                  published=PUB, language="ar"))
    assert m is not None and not any(a.code == "HTS" and a.role == "perpetrator" for a in m.actors), m.actors


@pytest.mark.parametrize("aircraft", ["طائرة سوخوي 24 روسية", "طائرة حربية روسية", "مقاتلة ميغ-23 روسية"])
def test_an_aircraft_type_between_the_means_and_the_nationality(extractor: Extractor, aircraft: str) -> None:
    result = extractor.extract(f"قصفت {aircraft} بلدة بنش، ما أسفر عن مقتل 5 مدنيين.", published=PUB)
    lead = primary(result)
    assert lead is not None and any(a.code == "RUS" and a.role == "perpetrator" for a in lead.actors)
