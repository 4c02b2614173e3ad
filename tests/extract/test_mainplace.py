from __future__ import annotations

from harmledger.extract import main_place
from harmledger.schema import Mention, PlaceRef, ResolvedPlace


def place(name: str, role: str, pcode: str | None, precision: int) -> PlaceRef:
    resolved = ResolvedPlace(place_id=name, name=name, lat=0.0, lon=0.0, admin1="X" if pcode else None,
                             admin1_pcode=pcode, precision=precision)
    return PlaceRef(name=name, role=role, resolved=resolved)  # type: ignore[arg-type]


def test_first_resolved_place_in_order() -> None:
    m = Mention(kind="incident", places=[PlaceRef(name="Qah", role="event"), place("Atmeh", "near", "SY07", 1),
                                         place("Aleppo", "event", "SY02", 1)])
    assert main_place(m).name == "Atmeh"  # type: ignore[union-attr]


def test_area_yields_to_a_precise_place_inside_it() -> None:
    m = Mention(kind="incident", places=[place("rural Idlib", "area", "SY07", 4), place("Saraqib", "event", "SY07", 1)])
    assert main_place(m).name == "Saraqib"  # type: ignore[union-attr]
    other = Mention(kind="incident", places=[place("rural Idlib", "area", "SY07", 4), place("Aleppo", "event", "SY02", 1)])
    assert main_place(other).name == "rural Idlib"  # type: ignore[union-attr]
    country = Mention(kind="incident", places=[place("Syria", "area", None, 6), place("Douma", "event", "SY03", 1)])
    assert main_place(country).name == "Douma"  # type: ignore[union-attr]


def test_unresolved_and_empty() -> None:
    assert main_place(Mention(kind="incident")) is None
    assert main_place(Mention(kind="incident", places=[PlaceRef(name="Qah")])).name == "Qah"  # type: ignore[union-attr]


def unknown(name: str) -> PlaceRef:
    return PlaceRef(name=name, role="event")


def test_an_unknown_place_is_shown_at_the_unit_the_text_puts_it_in() -> None:
    m = Mention(kind="incident", places=[unknown("Qah"), place("Idlib", "area", "SY07", 4), place("Saraqib", "event", "SY07", 1)])
    main = main_place(m)
    assert main is not None and main.name == "Idlib" and main.resolved is not None
    assert main.resolved.precision == 4 and main.resolved.unmatched_name == "Qah"  # never Saraqib's point


def test_the_finest_unit_named_for_an_unknown_place() -> None:
    for order in (["Harem", "Idlib"], ["Idlib", "Harem"]):
        units = {"Harem": place("Harem", "area", "SY07", 3), "Idlib": place("Idlib", "area", "SY07", 4)}
        m = Mention(kind="incident", places=[unknown("Qah"), *(units[n] for n in order)])
        main = main_place(m)
        assert main is not None and main.name == "Harem" and main.resolved.precision == 3  # type: ignore[union-attr]
    country = Mention(kind="incident", places=[unknown("Qah"), place("Syria", "area", None, 6),
                                               place("Hasakeh", "area", "SY08", 4)])
    assert main_place(country).name == "Hasakeh"  # type: ignore[union-attr]


def test_an_unknown_place_before_only_points_stands_at_their_governorate() -> None:
    # "Heavy fighting continued in Idlib. On Friday, jets struck the village of Qah": Idlib city's point is
    # not where Qah is; its governorate is, at precision 4.
    m = Mention(kind="incident", places=[unknown("Qah"), place("Idlib", "event", "SY07", 1)])
    main = main_place(m)
    assert main is not None and main.role == "area" and main.resolved is not None
    assert (main.resolved.place_id, main.resolved.precision, main.resolved.unmatched_name) == ("ocha:SY07", 4, "Qah")
    # A governorate no gazetteer knows: the unknown place itself, unresolved.
    nowhere = Mention(kind="incident", places=[unknown("Qah"), place("X", "event", "XX.99", 1)])
    assert main_place(nowhere).name == "Qah"  # type: ignore[union-attr]


def test_areas_yield_step_by_step_to_the_most_precise_place() -> None:
    m = Mention(kind="incident", places=[place("Idlib", "area", "SY07", 4), place("Maarat al-Numan", "area", "SY07", 3),
                                         place("Kafr Jalis", "event", "SY07", 1)])
    assert main_place(m).name == "Kafr Jalis"  # type: ignore[union-attr]
