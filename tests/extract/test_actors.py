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
    assert roles(extractor, "Air strikes hit rebel positions.") == [("OPPOSITION", "target")]
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


@pytest.mark.parametrize(
    "text",
    [
        "Air strikes hit a rebel-held town.",
        "Russian jets bombed IS-held Raqqa.",
        "Rebels shelled regime-controlled areas of Aleppo.",
        "Airstrikes hit areas under the control of the Islamic State.",
        "The town, held by rebels, was bombed.",
        "Jets pounded the rebel stronghold of Douma.",
        "Jets pounded the IS bastion of Raqqa.",
        "Shells fell on IS territory.",
        "The coalition struck a town under IS control.",
    ],
)
def test_who_holds_a_place_is_not_a_target(extractor: Extractor, text: str) -> None:
    got = roles(extractor, text)
    assert not [r for _, r in got if r == "target"]
    assert any(r == "holder" for _, r in got)


def test_holders_never_reach_a_mention(extractor: Extractor) -> None:
    result = extractor.extract("Air strikes on the rebel-held town of Khan Shaykhun killed 12 civilians on Tuesday.", published="2017-04-05")
    assert result.mentions
    assert all(a.code != "OPPOSITION" for m in result.mentions for a in m.actors)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Strikes on IS positions killed 30.", "ISIS"),
        ("Fierce clashes with rebels killed 12.", "OPPOSITION"),
        ("Troops launched an offensive targeting regime forces.", "SYR_GOV"),
        ("Coalition strikes killed 12 Al-Qaeda-linked fighters.", "HTS"),
        ("Turkish jets killed 20 ISIS fighters.", "ISIS"),
    ],
)
def test_real_targets_stay(extractor: Extractor, text: str, code: str) -> None:
    assert (code, "target") in roles(extractor, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Who fired: "aircraft from X", "artillery from X", a name that is itself the means.
        ("The assault by aircraft from the Syrian regime hit the city.", ("SYR_GOV", "perpetrator")),
        ("The east was hit by artillery from government forces.", ("SYR_GOV", "perpetrator")),
        ("Syrian Russian jets pound rebel areas.", ("RUS", "perpetrator")),
        # Who was hit: aircraft shot down, "leaders of X", "the headquarters of X".
        ("Syrian aircraft were shot down.", ("SYR_GOV", "target")),
        ("5 Killed as Russian Military Chopper Shot down in Syria.", ("RUS", "target")),
        ("47 Leaders of Ahrar Al-Sham Killed in Idleb Blast.", ("OPPOSITION", "target")),
        ("A blast near the headquarters of Ahrar al-Sham killed 45.", ("OPPOSITION", "target")),
        ("Some 120 Daesh terror group extremists were killed.", ("ISIS", "target")),
        # A side's voice is a source, not its forces.
        ("Earlier the Russian Defense Ministry spokesman said the gunmen fled.", ("RUS", "source")),
        ("US officials believe the strike was deliberate.", ("COALITION", "source")),
    ],
)
def test_perpetrator_cues(extractor: Extractor, text: str, expected: tuple[str, str]) -> None:
    assert expected in roles(extractor, text)


def test_shooting_down_is_not_being_shot_down(extractor: Extractor) -> None:
    got = roles(extractor, "Two pilots were killed after DAESH shot down a helicopter.")
    assert ("ISIS", "perpetrator") in got


def test_a_keyword_list_names_no_actor(extractor: Extractor) -> None:
    text = "Tags Raqqa airstrikes IS Syria Overnight airstrikes on a market in Raqqa killed 20."
    assert ("ISIS", "perpetrator") not in roles(extractor, text)
