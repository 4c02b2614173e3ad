"""One event told twice in a report is one mention (components/_merge.py)."""

from __future__ import annotations

from harmledger.extract import Extractor
from harmledger.geo import admin1_key

from .test_events import incidents


def test_same_attack_told_twice_is_one_mention(extractor: Extractor) -> None:
    text = ("A gas attack killed at least 70 people in Saraqib in Idlib province on Tuesday, the monitor said. "
            "The head of Idlibs health directorate said the attack on Tuesday had killed more than 60 people "
            "and wounded 200.")
    result = extractor.extract(text, published="2018-02-06")
    killed = [m for m in result.mentions if m.kind == "incident"]
    assert len(killed) == 1
    assert killed[0].casualties.killed and killed[0].casualties.killed.low == 70
    assert killed[0].casualties.injured and killed[0].casualties.injured.low == 200
    assert {admin1_key(p.resolved.admin1) for p in killed[0].places if p.resolved and p.resolved.admin1} == {"idlib"}


def test_two_tolls_on_one_day_stay_two(extractor: Extractor) -> None:
    text = ("Airstrikes killed 12 people in Saraqib on Tuesday. "
            "Separately, shelling killed 30 people in Maarat al-Numan on Tuesday.")
    result = extractor.extract(text, published="2018-02-06")
    assert sorted(k for k in incidents(result) if k is not None) == [12, 30]


def test_undated_repeat_of_an_old_toll_is_that_event(extractor: Extractor) -> None:
    text = ("Shelling killed five people in Harasta on Monday. "
            "On August 21 2013, a sarin attack killed more than 1,400 people near Damascus. "
            "On Sunday, jets killed three people in Douma. "
            "Washington accused the regime of killing more than 1,400 people with chemical weapons near Damascus.")
    result = extractor.extract(text, published="2017-04-04")
    assert incidents(result)[0] == 5
    old = [m for m in result.mentions if m.casualties.killed and m.casualties.killed.low == 1400]
    assert len(old) == 1 and len(old[0].casualties.killed.evidence) >= 3  # type: ignore[union-attr]


def test_a_toll_whose_place_is_borrowed_merges_with_its_retelling(extractor: Extractor) -> None:
    # The toll's own town is unknown to the gazetteer, so its mention borrows the headline's place (Manbij, in
    # another governorate) and a photo caption's day; the body's retelling at Deir Ezzor is the same 82.
    text = ("Strikes death toll rises while SDF fighters make gains in Manbij. Jets are seen at an air base in Syria "
            "June 18 2016. The death toll from Russian and Syrian strikes in the opposition-held town of Al Quriyah "
            "has risen to 82 people including 58 civilians, the Syrian Observatory for Human Rights said. \"Three air "
            "raids on the region of Al-Quriyah southeast of Deir Ezzor city killed 58 civilians,\" the Observatory "
            "said. The rights group added that 24 other people were killed.")
    result = extractor.extract(text, published="2016-06-26")
    assert [k for k in incidents(result) if k is not None] == [82]


def test_a_small_toll_retold_with_its_wounded_is_one_mention(extractor: Extractor) -> None:
    text = ("Six people were killed and 20 wounded on Monday by a car bomb in a Homs district, the Observatory said. "
            "The district has been targeted repeatedly. \"At least six people were killed including women and "
            "children and 20 others wounded in a car bomb attack on the Zahraa district\" of Homs, the monitor said.")
    result = extractor.extract(text, published="2014-03-17")
    assert [k for k in incidents(result) if k is not None] == [6]


def test_small_tolls_of_two_attacks_stay_two(extractor: Extractor) -> None:
    # The same small figure twice in one town, but by another weapon after "Separately": two attacks.
    text = ("Two people were killed when mortar shells hit Jaramana on Monday. "
            "Separately, two people were killed by sniper fire in Jaramana, a local source said.")
    result = extractor.extract(text, published="2017-04-04")
    assert sorted(k for k in incidents(result) if k is not None) == [2, 2]
