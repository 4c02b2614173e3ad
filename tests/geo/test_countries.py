"""Which country a document is about (harmledger.geo.countries): the evidence and the rule."""

from __future__ import annotations

from harmledger.geo import GazPlace
from harmledger.geo.countries import CountryScope, document_scope, mentions


def _place(feature_type: str = "village", country: str = "SY", population: int | None = None) -> GazPlace:
    return GazPlace(id="t", name="X", feature_type=feature_type, lat=0.0, lon=0.0, country=country, population=population)


def test_names_demonyms_and_other_names_count() -> None:
    text = ("Yemeni forces and the Houthis fought near Sanaa; Yemen's government said. "
            "Iraqis in Baghdad, Afghans and the Taliban. في سوريا")
    assert mentions(text) == {"YE": 4, "IQ": 2, "AF": 2, "SY": 1}


def test_whole_words_longest_first() -> None:
    assert mentions("Somali and Omani traders") == {"SO": 1, "OM": 1}  # not Mali, not Oman
    assert mentions("South Sudan and Sudan") == {"SS": 1, "SD": 1}
    assert mentions("the U.S.-led coalition, US officials") == {"US": 2}
    assert mentions("a woman in Romania") == {"RO": 1}  # "woman" is not Oman


def test_ambiguous_words_are_left_out() -> None:
    # Lake Chad, the Niger river, a man called Jordan, the US state of Georgia: no country.
    assert mentions("Boats on Lake Chad and the Niger river; Jordan Smith of Georgia.") == {}


def test_the_documents_countries_are_the_top_and_any_close_to_it() -> None:
    assert document_scope("Syrian troops near Lebanon, the Lebanese army said.", []).countries == {"SY", "LB"}
    assert document_scope("Yemeni forces, Yemen's Houthis, Sanaa and the Yemeni army; Syria too.", []).countries == {"YE"}
    assert document_scope("Turkish troops shelled Tal Rifaat, Turkey's army said, in Syria.", []).countries == {
        "TR", "SY"}
    assert document_scope("Gunmen killed two people.", []).countries == frozenset()
    # An exact prominent Syrian name ("Aleppo") is evidence for Syria.
    assert document_scope("Shelling hit Aleppo.", [("SY", "Aleppo")]).countries == {"SY"}


def test_near_spellings_only_inside_the_documents_countries() -> None:
    village = _place()
    assert document_scope("Syrian jets struck.", []).allows(village, "Kafar Zeitah", exact=False)
    assert not document_scope("Yemeni forces struck.", []).allows(village, "Ad Dali", exact=False)
    assert not document_scope("Gunmen struck.", []).allows(village, "Ad Dali", exact=False)  # no country named


def test_exact_names_except_in_a_document_about_another_country() -> None:
    village, city = _place(), _place("city", population=50_000)
    # Nothing named: an exact name is taken.
    assert document_scope("Shelling hit Sinjar.", []).allows(village, "Sinjar", exact=True)
    # Another country named once: not a village's name...
    assert not document_scope("Iraqi forces entered Sinjar.", []).allows(village, "Sinjar", exact=True)
    # ...but still a city's, which needs two ("Russian jets struck Saraqib" is Saraqib).
    once = document_scope("Russian jets struck Nawa.", [("SY", "Nawa")])
    assert once.allows(city, "Nawa", exact=True)
    twice = document_scope("Afghan forces and the Taliban fought in Nawa.", [("SY", "Nawa")])
    assert not twice.allows(city, "Nawa", exact=True)  # its own name does not vouch for itself
    # The text ties it to its country: always.
    tied = document_scope("Iraqi and Yemeni officials met in Aleppo, Syria.", [("SY", "Aleppo")])
    assert tied.allows(city, "Aleppo", exact=True)


def test_scope_is_a_value() -> None:
    assert CountryScope().countries == frozenset()


def test_a_foreign_side_of_the_war_does_not_take_a_village_abroad() -> None:
    from harmledger.geo import get_geocoder

    gc = get_geocoder()
    for text in ["The Russian air force shelled Darkush, killing five.",
                 "Nine civilians were killed in a bombardment carried out by the Turkish army on Ras al-Ain."]:
        named = [h for h in gc.find_places(text) if h.name in ("Darkush", "Ras al-Ain")]
        assert named and named[0].resolved is not None and named[0].resolved.country == "SY", text
    # Iraq fights its own war: its forces in Sinjar are not in the Idlib village of that name.
    sinjar = [h for h in gc.find_places("Iraqi forces entered Sinjar, killing four.") if h.name == "Sinjar"]
    assert not sinjar or sinjar[0].resolved is None


def test_a_country_named_as_a_side_by_other_words() -> None:
    from harmledger.geo import get_geocoder

    gc = get_geocoder()
    for text in ["Warplanes belonging to Russia bombed Tal Tamer, killing six.",
                 "Iranian-backed militias shelled Tal Tamer, killing six.",
                 "Israeli fighter jets struck Tal Tamer, killing six."]:
        named = [h for h in gc.find_places(text) if h.name == "Tal Tamer"]
        assert named and named[0].resolved is not None and named[0].resolved.admin1_pcode == "SY08", text
