"""English parts of a toll told after it or around it (the wordings the parallel set's tune5 half found
English missing): a list then "among them", "they were/are:", "broken down into", "the toll includes",
singular victims ("a girl", "an infant"), named victims, "in addition to", shares ("half of them
children", "all of them civilians"), "the number of children among the dead reached N", a colon after
the place, and "N children and their mother". Places and figures differ from tune5's."""

from __future__ import annotations

import datetime as dt

import pytest

from harmledger.extract import Extractor

CASES = [
    ("Nine people were killed in Saraqib, three boys and a woman among them.", dict(k=9, ch=3, w=1)),
    ("Twelve civilians died in the shelling of Ariha, four children and two women among them.", dict(k=12, ch=4, w=2)),
    ("14 civilians were killed in Saraqib; they were six children, 3 women and 5 men.", dict(k=14, ch=6, w=3)),
    ("16 civilians were killed in Ariha. They are: 10 children and 6 women.", dict(k=16, ch=10, w=6)),
    ("18 civilians were killed by the airstrikes on Ariha, broken down into 9 children, 4 women and 5 men.",
     dict(k=18, ch=9, w=4)),
    ("Seven civilians were killed in Saraqib, among them a boy and a woman.", dict(k=7, ch=1, w=1)),
    ("Six civilians, among them a baby, were killed in Ariha.", dict(k=6, ch=1)),
    ("Five children were killed in Saraqib, in addition to three women.", dict(k=8, ch=5, w=3)),
    ("Eight people were killed in Ariha, all of them civilians.", dict(k=8, civ=8)),
    ("Ten civilians were killed in Saraqib, half of them children.", dict(k=10, ch=5)),
    ("Two children and their mother were killed in an airstrike on Ariha.", dict(k=3, ch=2, w=1)),
    ("Shelling on Saraqib killed 17 civilians. The toll includes six children.", dict(k=17, ch=6)),
    ("Fifteen civilians were killed in Ariha. The number of children among the dead reached 4.", dict(k=15, ch=4)),
    ("13 civilians were killed in the town of Saraqib: 6 minors and 7 young men.", dict(k=13, ch=6)),
    ("9 civilians were killed in Ariha, including the girl Lama and the woman Hind.", dict(k=9, ch=1, w=1)),
]
NEGATIVES = [
    # another group after "in addition to" is not added
    ("12 civilians were killed in Saraqib, in addition to 20 injured.", dict(k=12, ch=None)),
    ("Five soldiers were killed in Ariha, in addition to two civilians.", dict(k=7, civ=2)),
    # a share that names no group, or one that does not divide the toll
    ("11 people were killed in Saraqib, all of them from one family.", dict(k=11, civ=None)),
    ("Seven civilians were killed in Ariha, half of them in the market.", dict(k=7, ch=None)),
    ("Seven civilians were killed in Ariha, half of them children.", dict(k=7, ch=None)),
    # "they were" about something else than the victims
    ("Nine civilians were killed in Saraqib, including five children. They were buried on Friday.", dict(k=9, ch=5)),
    # a toll followed by "among them" and its parts is one toll, not a part of the headline's
    ("Strikes kill 3 children in Ariha\n\n18 civilians, among them 3 children, were killed in strikes on Ariha.",
     dict(k=18, ch=3)),
    # "and their leader" after no count is no victim of one
    ("The gunmen and their leader were killed in Ariha.", dict(k=None)),
]


def _read(extractor: Extractor, text: str) -> dict[str, int | None]:
    doc = extractor.extract(text, published=dt.date(2020, 3, 1))
    incidents = [m for m in doc.mentions if m.kind == "incident"]
    killed = incidents[0].casualties.killed if incidents and incidents[0].casualties else None
    if killed is None:
        return {"k": None, "ch": None, "w": None, "civ": None}
    return {"k": killed.low, "ch": killed.children, "w": killed.women, "civ": killed.civilians}


@pytest.mark.parametrize(("text", "want"), CASES + NEGATIVES)
def test_parts_of_the_toll(extractor: Extractor, text: str, want: dict[str, int | None]) -> None:
    got = _read(extractor, text)
    assert {key: got[key] for key in want} == want, got
