"""The Arabic readings the parallel English/Arabic checklist (tests/extract/checklist_parallel.py) found
missing: number words joined by "و" into two numbers, verbs completed after their count, bodies, "claimed
the lives", "among the victims", a feminine "at least" and an accusative multi-word lexicon term."""

from __future__ import annotations

import pytest

from harmledger.extract import Extractor
from harmledger.extract.arabic_text import arabic_text
from harmledger.extract.components.arabic_numbers import parse_numbers, ranges

from .checklist import primary

PUB = "2021-03-17"


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("قتل ما بين تسعة وستة عشر مدنياً", [(9, 16)]),  # a unit, then "و" and a teen: two numbers
        ("قتل ما بين 9 وأحد عشر مدنياً", [(9, 11)]),  # "وأحد" is "and eleven", not "one"
        ("قتل ما بين عشرة وخمسة عشر مدنياً", [(10, 15)]),
        ("قتل خمسة وعشرون مدنياً", [(25, 25)]),  # "و" before the tens joins them to the unit
        ("قتل ثلاثة آلاف وخمسمائة شخص", [(3500, 3500)]),  # and anything to a thousand
        ("قتل مئتين وخمسين مدنياً", [(250, 250)]),
    ],
)
def test_number_words_joined_by_wa(text: str, values: list[tuple[int, int]]) -> None:
    at = arabic_text(text)
    hits = ranges(at.key, parse_numbers(at, 0, len(at.key)))
    assert [(h.low, h.high) for h in hits] == values
    for h in hits:
        assert not at.key[h.start : h.end].startswith("و")


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("فارق 12 شخصاً الحياة وأصيب 44 بجروح إثر سقوط قذائف على حلفايا.", 12, 44),
        ("فقد 23 مدنياً حياتهم في مارع إثر هجوم يوم الأحد.", 23, None),
        ("انتشل الدفاع المدني جثث 18 مدنياً من تحت الأنقاض في مارع.", 18, None),
        ("حصدت مجزرة في الشيخ مسكين أرواح خمسة عشر مدنياً.", 15, None),
    ],
)
def test_killed_told_by_completed_verbs_and_bodies(extractor: Extractor, text: str, killed: int, injured: int | None) -> None:
    m = primary(extractor.extract(text, published=PUB, language="ar"))
    assert m is not None and m.casualties.killed is not None and m.casualties.killed.low == killed
    assert (m.casualties.injured.low if m.casualties.injured else None) == injured


def test_lives_saved_are_no_toll(extractor: Extractor) -> None:
    r = extractor.extract("أنقذ الدفاع المدني أرواح 20 شخصاً في سراقب.", published=PUB, language="ar")
    assert all(m.casualties.killed is None for m in r.mentions)


def test_among_the_victims_is_a_subgroup(extractor: Extractor) -> None:
    m = primary(extractor.extract("قُتل 24 مدنياً في بلدة مصياف، وبين الضحايا ثمانية أطفال.", published=PUB, language="ar"))
    assert m is not None and m.casualties.killed is not None
    assert (m.casualties.killed.low, m.casualties.killed.children) == (24, 8)


def test_feminine_at_least(extractor: Extractor) -> None:
    m = primary(extractor.extract("سُجلت حصيلة أولية لا تقل عن 25 قتيلاً في مدينة الشيخ مسكين.", published=PUB, language="ar"))
    assert m is not None and m.casualties.killed is not None
    assert (m.casualties.killed.low, m.casualties.killed.high) == (25, None)


def test_multiword_term_as_an_object(extractor: Extractor) -> None:
    text = "قصفت الطائرات الحربية مركزاً للدفاع المدني قرب داعل، ما خلّف 19 قتيلاً."
    m = primary(extractor.extract(text, published=PUB, language="ar"))
    assert m is not None and [t.code for t in m.targets] == ["civil_defense"]
    assert all(text[e.start : e.end] == e.text for t in m.targets for e in t.evidence)
