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
