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
