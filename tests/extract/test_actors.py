from __future__ import annotations

import pytest

from harmledger.extract import Extractor

from .helpers import run


def roles(extractor: Extractor, text: str) -> list[tuple[str, str]]:
    doc = run(extractor, text, upto="actors")
    return [(h.code, h.role or "") for h in doc.actors]


def test_perpetrator_and_supporter(extractor: Extractor) -> None:
    got = roles(extractor, "Regime forces, with military support from Russia, shelled the town.")
    assert got == [("SYR_GOV", "perpetrator"), ("RUS", "supporter")]


def test_several_perpetrators(extractor: Extractor) -> None:
    got = roles(extractor, "Russian jets, regime forces and Iranian militias attacked the village.")
    assert [c for c, _ in got] == ["RUS", "SYR_GOV", "IRN"]
    assert all(r == "perpetrator" for _, r in got)


def test_source(extractor: Extractor) -> None:
    assert roles(extractor, "Russia has said the depot was struck.") == [("RUS", "source")]


def test_targets(extractor: Extractor) -> None:
    assert roles(extractor, "Air strikes hit a rebel-held town.") == [("OPPOSITION", "target")]
    assert roles(extractor, "Turkish jets killed 20 ISIS fighters.")[1] == ("ISIS", "target")


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("the Assad regime", "SYR_GOV"), ("the Syrian army", "SYR_GOV"), ("SAA", "SYR_GOV"),
        ("Daesh", "ISIS"), ("ISIL", "ISIS"), ("IS", "ISIS"), ("the Nusra Front", "HTS"),
        ("Hayat Tahrir al-Sham", "HTS"), ("the Free Syrian Army", "OPPOSITION"), ("the YPG", "SDF"),
        ("the US-led coalition", "COALITION"), ("Hezbollah", "HEZBOLLAH"), ("Israeli jets", "ISR"),
    ],
)
def test_names_to_codes(extractor: Extractor, name: str, code: str) -> None:
    got = roles(extractor, f"Yesterday {name} attacked the town.")
    assert got and got[0][0] == code


def test_short_forms_only_in_capitals(extractor: Extractor) -> None:
    assert roles(extractor, "This is what it is.") == []


def test_names_that_contain_an_actor_are_not_one(extractor: Extractor) -> None:
    assert roles(extractor, "The Syrian Coalition condemned the bombing.") == []


def test_terrorists_is_unknown(extractor: Extractor) -> None:
    assert roles(extractor, "Terrorists fired rocket shells on the neighbourhood.") == [("UNKNOWN", "perpetrator")]


def test_backed_by(extractor: Extractor) -> None:
    got = roles(extractor, "Syrian troops backed by Hezbollah fighters killed 50 jihadists.")
    assert got[:2] == [("SYR_GOV", "perpetrator"), ("HEZBOLLAH", "supporter")]
    assert roles(extractor, "Russian-backed government forces shelled the town.") == [("RUS", "supporter"), ("SYR_GOV", "perpetrator")]
    assert roles(extractor, "Iranian-backed militias shelled the town.") == [("IRN", "perpetrator")]


def test_a_list_of_targets(extractor: Extractor) -> None:
    got = roles(extractor, "Jihadists from the Islamic State and Al-Nusra Front were killed by Syrian troops.")
    assert got == [("ISIS", "target"), ("HTS", "target"), ("SYR_GOV", "perpetrator")]


def test_killed_by_is_a_strong_cue(extractor: Extractor) -> None:
    doc = run(extractor, "Twelve people were killed overnight by Russian warplanes, after a truce brokered by Turkey.", upto="actors")
    weights = {h.code: h.weight for h in doc.actors}
    assert weights["RUS"] == 1.0 and weights["TUR"] < 1.0
