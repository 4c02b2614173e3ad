"""The matching keys: transliterations that must meet, and governorate keys (contract section 4; the table
itself is tested in test_admin_names.py)."""

from __future__ import annotations

import pytest

from harmledger.geo import admin1_key, normalise_name, skeleton
from harmledger.geo.admin_names import admin1_pcode


def test_normalise_name_folds_case_diacritics_and_apostrophes() -> None:
    assert normalise_name("Ma‘arrat an-Nu‘mān") == "maarrat an numan"
    assert normalise_name("  Deir   ez-Zor ") == "deir ez zor"
    assert normalise_name("إدلب") == normalise_name("ادلب")


@pytest.mark.parametrize(
    "spellings",
    [
        ["Maret Al-Nouman", "Maarat al-Numan", "Ma'arrat an-Nu'man", "Marat Numan"],
        ["Saraqeb", "Saraqib"],
        ["Deir ez-Zor", "Deir Ezzor", "Dayr az Zawr"],
        ["Kafr Nabl", "Kafar Nabl"],
        ["Tell Rifaat", "Tal Rifaat"],
        ["Khan Sheikhoun", "Khan Shaykhun"],
        ["Raqqa", "Ar-Raqqah", "al-Raqqa"],
    ],
)
def test_transliterations_share_a_skeleton(spellings: list[str]) -> None:
    assert len({skeleton(s) for s in spellings}) == 1


def test_different_names_keep_different_skeletons() -> None:
    assert skeleton("Saraqib") != skeleton("Sarmada")
    assert skeleton("Homs") != skeleton("Hama")


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Deir ez-Zor", "deir ezzor"), ("deir ezzor", "deir ezzor"), ("Dayr az Zawr", "deir ezzor"),
        ("Al-Hasakeh", "hasakeh"), ("Hasakah", "hasakeh"), ("Rural Damascus", "damascus"),
        ("Damascus", "damascus"), ("Idleb", "idlib"), ("Idlib", "idlib"), ("Latakia", "lattakia"),
        ("Ar-Raqqa", "raqqa"), ("Dar'a", "daraa"), ("SY07", "idlib"), ("Idlib province", "idlib"),
        ("Rif Dimashq", "damascus"), ("ريف دمشق", "damascus"), ("Edlib", "idlib"), ("Raqa", "raqqa"),
        ("Deir al-Zor", "deir ezzor"), ("Hassakeh", "hasakeh"), ("Tartus", "tartous"), ("Suwayda", "sweida"),
    ],
)
def test_admin1_key_is_spelling_insensitive(name: str, key: str) -> None:
    assert admin1_key(name) == key


def test_admin1_key_of_other_names_is_their_normal_form() -> None:
    assert admin1_key("Kafr Nabl") == "kafr nabl"
    assert admin1_pcode("Kafr Nabl") is None
    assert admin1_pcode("rural Hama") == "SY05"
