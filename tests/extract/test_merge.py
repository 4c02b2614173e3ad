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
