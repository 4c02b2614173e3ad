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


# ---- claims, blame, modifiers, compounds, victims, "terrorists", countries as places, site furniture --------


def perpetrators(extractor: Extractor, text: str, published: str = "2017-04-05") -> list[str]:
    """The primary mention's perpetrators, strongest first (the order a reader of the mention sees)."""
    result = extractor.extract(text, published=published)
    assert result.primary is not None
    return [a.code for a in result.mentions[result.primary].actors if a.role == "perpetrator"]


def cued(extractor: Extractor, text: str) -> list[tuple[str, str]]:
    """Perpetrators named with a cue, at the tagging stage."""
    doc = run(extractor, text, upto="actors")
    return [(h.code, h.role or "") for h in doc.actors if h.role == "perpetrator" and h.weight >= 1.0]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("IS claimed responsibility for the bombing.", "ISIS"),
        ("The Daesh group claimed responsibility for the attack.", "ISIS"),
        ("Hayat Tahrir al-Sham has claimed the attack.", "HTS"),
        ("The Islamic State group quickly claimed responsibility for the blast.", "ISIS"),
        ("The terrorist group of Nusra Front claimed responsibility for the bombing.", "HTS"),
        ("Jaish al-Islam took responsibility for the rocket attack.", "OPPOSITION"),
    ],
)
def test_a_claim_of_responsibility_names_the_perpetrator(extractor: Extractor, text: str, code: str) -> None:
    # "claimed" is also a reporting verb; a claim of an attack is not a report of it.
    assert (code, "perpetrator") in cued(extractor, text)
    assert (code, "source") not in roles(extractor, text)


@pytest.mark.parametrize("verb", ["claimed the attack", "claimed responsibility for the bombing", "has claimed the blast"])
def test_the_group_that_claimed_is_the_one_named_before(extractor: Extractor, verb: str) -> None:
    text = f"A car bomb killed eight people in Azaz on Tuesday. IS fighters are active nearby. The group {verb}."
    assert ("ISIS", "perpetrator") in cued(extractor, text)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Activists blamed Russian warplanes for the raid.", "RUS"),
        ("Activists blamed government forces for the massacre.", "SYR_GOV"),
        ("The opposition accused the regime of using chlorine.", "SYR_GOV"),
        ("Monitors accuse pro-regime militias of the killings.", "SYR_GOV"),
        ("The attack was blamed on rebels.", "OPPOSITION"),
        ("The suspected attack that the West blames on Syria President Bashar al-Assads forces killed 87.", "SYR_GOV"),
        ("The coalition held the Assad regime responsible for the massacre.", "SYR_GOV"),
        ("The council called for holding the Assad regime accountable for the chemical attack.", "SYR_GOV"),
    ],
)
def test_the_blamed_side_is_the_perpetrator(extractor: Extractor, text: str, code: str) -> None:
    assert (code, "perpetrator") in cued(extractor, text)
    assert (code, "source") not in roles(extractor, text) and (code, "target") not in roles(extractor, text)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Syrian air strikes killed 12 civilians.", "SYR_GOV"),
        ("Government airstrikes hit the town.", "SYR_GOV"),
        ("Government shelling killed three children.", "SYR_GOV"),
        ("Regime warplanes struck the market.", "SYR_GOV"),
        ("Army helicopters dropped barrel bombs on the town.", "SYR_GOV"),
        ("A rebel assault on government positions killed five soldiers.", "OPPOSITION"),
        ("Opposition rockets hit the western districts.", "OPPOSITION"),
        ("Turkish shelling killed three civilians.", "TUR"),
        ("Israeli missiles hit the airport.", "ISR"),
        ("Kurdish shelling hit the village.", "SDF"),
    ],
)
def test_a_side_named_by_its_means_of_attack(extractor: Extractor, text: str, code: str) -> None:
    assert (code, "perpetrator") in cued(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Syrian towns near the border were hit.",
        "A Russian-brokered truce collapsed on Monday.",
        "Government officials visited the hospital.",
        "The Syrian people have suffered for years.",
        "Anti-government forces held the hill.",
    ],
)
def test_an_adjective_alone_names_no_perpetrator(extractor: Extractor, text: str) -> None:
    assert not [c for c, r in roles(extractor, text) if r == "perpetrator"]


@pytest.mark.parametrize(
    ("text", "perps", "supporters"),
    [
        ("Syrian-Russian alliance forces shelled the town.", {"SYR_GOV", "RUS"}, set()),
        ("Syrian-Russian warplanes struck Idlib.", {"SYR_GOV", "RUS"}, set()),
        ("Russian and regime warplanes were behind the attacks.", {"SYR_GOV", "RUS"}, set()),
        ("Regime forces, with military support from Russia, advanced.", {"SYR_GOV"}, {"RUS"}),
        ("Regime forces with Russian support advanced on the town.", {"SYR_GOV"}, {"RUS"}),
        ("Regime forces under Russian air cover stormed the town.", {"SYR_GOV"}, {"RUS"}),
        ("Iranian militias shelled the town.", {"IRN"}, set()),
        ("Iranian-backed militias attacked the village.", {"IRN"}, set()),
        ("Pro-regime militias stormed the village.", {"SYR_GOV"}, set()),
    ],
)
def test_compound_forces(extractor: Extractor, text: str, perps: set[str], supporters: set[str]) -> None:
    got = roles(extractor, text)
    assert {c for c, r in got if r == "perpetrator"} == perps
    assert {c for c, r in got if r == "supporter"} == supporters


@pytest.mark.parametrize(
    ("text", "victim"),
    [
        ("Airstrikes killed 25 members of the Nusra Front.", "HTS"),
        ("Jets killed 12 IS fighters.", "ISIS"),
        ("10 Syrian soldiers were killed.", "SYR_GOV"),
        ("A suicide bomber killed 22 guests at the wedding of a member of the Syrian Democratic Forces.", "SDF"),
        ("The spokesman for the Nusra Front and 20 other fighters were killed in air strikes.", "HTS"),
        ("Nearly 75 terrorist killed in the offensive.", "UNKNOWN"),
        ("175 Nusra Terrorists Killed Injured in Castello Road.", "HTS"),
        ("The US-led coalition fighting IS had also carried out air strikes.", "ISIS"),
        ("Kurds Come Closer to Azaz 6 ISIS Bombers Killed.", "ISIS"),
    ],
)
def test_the_victims_are_not_the_perpetrators(extractor: Extractor, text: str, victim: str) -> None:
    got = roles(extractor, text)
    assert (victim, "target") in got and (victim, "perpetrator") not in got


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # A date's digits before the name are not a count of its dead.
        ("21-05-2016 Syrian Army Kills 125 Terrorists in Hama.", "SYR_GOV"),
        ("22 Jul 2016 Aleppo rebel tunnel blast killed 38 regime forces.", "OPPOSITION"),
        ("Nearly 40 Syrian soldiers were killed when rebels blew up a tunnel.", "OPPOSITION"),
        ("Over 100 militants were killed by the Syrian army.", "SYR_GOV"),
        ("The suicide attack carried out by members of the Nusra Front killed 25 troops.", "HTS"),
        ("At least 12 Islamist fighters were killed in clashes with Kurdish militants.", "SDF"),
    ],
)
def test_who_acted_is_not_a_victim(extractor: Extractor, text: str, code: str) -> None:
    got = roles(extractor, text)
    assert (code, "perpetrator") in got and (code, "target") not in got


def test_the_victims_side_comes_after_the_side_that_killed_them(extractor: Extractor) -> None:
    text = ("Over 50 Jaysh al-Fateh terrorists killed in Aleppo on Sunday. Jaysh al-Fateh terrorist attacks targeted "
            "army posts. The Syrian army killed at least 50 militants, a military source said.")
    assert perpetrators(extractor, text, "2016-10-31")[0] == "SYR_GOV"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("ISIL terrorists fired rocket shells on the neighbourhood.", "ISIS"),
        ("Nusra terrorists shelled the town.", "HTS"),
        ("Jaysh Al Fateh terrorist group attacked army posts.", "OPPOSITION"),
        ("The terrorist group of Nusra Front claimed responsibility for the bombing.", "HTS"),
    ],
)
def test_a_named_group_of_terrorists_is_that_group(extractor: Extractor, text: str, code: str) -> None:
    got = roles(extractor, text)
    assert (code, "perpetrator") in got and ("UNKNOWN", "perpetrator") not in got


def test_a_name_named_later_beats_terrorists(extractor: Extractor) -> None:
    text = ("Two civilians were killed in terrorist rocket attacks on Deir Ezzor city on Wednesday. A source said ISIL "
            "terrorists fired several rocket shells on the neighbourhoods.")
    assert perpetrators(extractor, text, "2016-06-06")[0] == "ISIS"


def test_a_perpetrator_of_another_incident_does_not_transfer(extractor: Extractor) -> None:
    text = ("Six civilians were killed by rocket shells fired by terrorist groups on Aleppo city on Tuesday. "
            "Meanwhile four civilians were killed when ISIS targeted residential neighbourhoods in Deir Ezzor.")
    assert "ISIS" not in perpetrators(extractor, text, "2016-09-06")


@pytest.mark.parametrize(
    "later",
    [
        "It was unclear if the raids were carried out by aircraft belonging to the Syrian government.",
        "The raids were carried out by Syrian regime warplanes, the monitor said.",
        "Activists blamed regime warplanes for the raids.",
    ],
)
def test_a_perpetrator_named_later_attaches_to_the_lead(extractor: Extractor, later: str) -> None:
    text = f"Air raids on the Marjeh district of Aleppo killed at least 10 people on Friday. {later}"
    assert perpetrators(extractor, text, "2016-08-05")[:1] == ["SYR_GOV"]


@pytest.mark.parametrize(
    "text",
    [
        "Three of the wounded were brought to Turkey for treatment.",
        "Thousands of civilians fled into Turkey.",
        "The fighters crossed into Syria from Turkey.",
    ],
)
def test_a_country_named_as_a_place_is_no_actor(extractor: Extractor, text: str) -> None:
    assert ("TUR", "perpetrator") not in roles(extractor, text)


def test_fire_from_a_country_is_that_country(extractor: Extractor) -> None:
    assert ("TUR", "perpetrator") in roles(extractor, "Shells fired from Turkey hit the village.")


def test_the_kurds_are_the_kurdish_forces(extractor: Extractor) -> None:
    assert ("SDF", "perpetrator") in cued(extractor, "Kurds kill 83 ISIS terrorists in two days near Afrin.")


def test_a_country_where_the_wounded_died_is_not_the_perpetrator(extractor: Extractor) -> None:
    text = ("A suspected chemical attack killed dozens in Khan Sheikhun in Idlib province on Tuesday. Samples came from "
            "casualties who were brought to Turkey for treatment - three of which died in hospital.")
    result = extractor.extract(text, published="2017-04-06")
    assert all(a.code != "TUR" for m in result.mentions for a in m.actors)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Wednesday 27 Jul 2016 Double bomb attack kills 31 in Syrian Kurdish city AFP Print Tweet Views 729 Related "
         "IS group claims responsibility for attack on Syrian town Double bomb attack kills 31 in Syrian Kurdish city "
         "- A double bomb attack killed 31 people in the city of Qamishli on Wednesday, state television reported.",
         "ISIS"),
        ("A double bomb attack killed 31 people in the city of Qamishli on Wednesday, state television reported. "
         "Rescue workers were still retrieving victims. " * 4
         + "Source AFP Related News Regime warplanes kill 20 in Idlib Daesh releases new audio",
         "SYR_GOV"),
        ("A double bomb attack killed 31 people in the city of Qamishli on Wednesday, state television reported, and "
         "at least 170 people were wounded. REUTERS Rodi Said Syrian Airstrikes Kill Over 100 Daesh Fighters in Hama "
         "Province MOSCOW (Sputnik) Rescue workers were still retrieving victims of the blasts.",
         "SYR_GOV"),
    ],
)
def test_site_furniture_names_no_actor(extractor: Extractor, text: str, absent: str) -> None:
    assert absent not in [c for c, _ in roles(extractor, text)]
