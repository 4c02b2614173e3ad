"""Issue 15's goal as a test: on the parallel English/Arabic set (tests/extract/checklist_parallel.py) the
Arabic side fails no more often than the English side of the same sentences, plus a small margin, per
phenomenon and half; and the Arabic side stays under the Arabic checklists' usual ceiling on its own, so
that an English regression cannot hide an Arabic one."""

from __future__ import annotations

import re

import pytest

from harmledger.extract import Extractor
from harmledger.schema import DocumentExtraction

from .checklist_parallel import ALL_HALVES, HALVES, SIZE, build, field_of, field_table, run_pair
from .checklist_parallel_families import SPECS
from .checklist_parallel_held3 import FILLERS3
from .checklist_parallel_held3 import HALF as HELD3
from .checklist_parallel_held4 import FILLERS4_HELD
from .checklist_parallel_held4 import HALF as HELD4
from .checklist_parallel_held5 import FILLERS5_HELD
from .checklist_parallel_held5 import HALF as HELD5
from .checklist_parallel_held6 import FILLERS6_HELD
from .checklist_parallel_held6 import HALF as HELD6
from .checklist_parallel_held7 import FILLERS7_HELD
from .checklist_parallel_held7 import HALF as HELD7
from .checklist_parallel_held8 import FILLERS8_HELD
from .checklist_parallel_held8 import HALF as HELD8
from .checklist_parallel_held9 import FILLERS9_HELD
from .checklist_parallel_held9 import HALF as HELD9
from .checklist_parallel_templates import ACTORS, PLACES, TARGETS, WEAPONS
from .checklist_parallel_tune2 import FILLERS2
from .checklist_parallel_tune2 import HALF as TUNE2
from .checklist_parallel_tune3 import FILLERS3_TUNE
from .checklist_parallel_tune3 import HALF as TUNE3
from .checklist_parallel_tune4 import FILLERS4
from .checklist_parallel_tune4 import HALF as TUNE4
from .checklist_parallel_tune5 import FILLERS5
from .checklist_parallel_tune5 import HALF as TUNE5

MARGIN = 0.10  # 4 cases in 40: sampling noise between two sides of the same templates
ARABIC_CEILING = 0.15  # the ceiling of the other Arabic checklists (tests/extract/checklist_ar*.py)
# The filler tables of every half; tune2 and held3 keep their own (checklist_parallel_tune2.py, _held3.py).
TABLES = [{**table, TUNE2: FILLERS2[kind], TUNE3: FILLERS3_TUNE[kind], TUNE4: FILLERS4[kind], TUNE5: FILLERS5[kind],
           HELD3: FILLERS3[kind], HELD4: FILLERS4_HELD[kind], HELD5: FILLERS5_HELD[kind], HELD6: FILLERS6_HELD[kind],
           HELD7: FILLERS7_HELD[kind], HELD8: FILLERS8_HELD[kind], HELD9: FILLERS9_HELD[kind]}
          for kind, table in
          (("places", PLACES), ("actors", ACTORS), ("weapons", WEAPONS), ("targets", TARGETS))]
# The parallel set's Arabic must stay at 0 failures on the halves tuned on (40 pairs per phenomenon).
TUNED_ARABIC_CEILING = 0.0
FIELDS = {"killed", "injured", "subgroups", "bounds", "date", "place", "perpetrator", "weapon", "target", "aggregate"}


# Not the held-out halves (not in HALVES): the lead decides their rates.
@pytest.mark.parametrize("half", HALVES)
@pytest.mark.parametrize("name", list(SPECS))
def test_arabic_as_accurate_as_english(extractor: Extractor, name: str, half: str) -> None:
    en, ar = run_pair(name, half, extractor)
    en_rate, ar_rate = en.result.rate, ar.result.rate
    assert ar_rate <= en_rate + MARGIN, (
        f"{name} ({half}): Arabic fails {ar_rate:.2f}, English {en_rate:.2f} (margin {MARGIN})\n" + ar.result.message())
    assert ar_rate <= ARABIC_CEILING, ar.result.message()
    if half in (TUNE2, TUNE3, TUNE4, TUNE5):
        # tune2, tune3 and tune5 (Arabic-first) and tune4 cover the variety of release phrasings; their Arabic
        # readings were fixed for and must hold.
        assert ar_rate <= TUNED_ARABIC_CEILING, ar.result.message()


def test_pairs_are_translations_with_the_same_checks() -> None:
    for name in SPECS:
        for half in ALL_HALVES:
            en, ar = build(name, half)
            assert len(en.cases) == len(ar.cases) >= SIZE // 2, (name, half)
            for e, a in zip(en.cases, ar.cases, strict=True):
                assert e.checks == a.checks and e.published == a.published and e.family == a.family
                assert {field_of(c.desc) for c in e.checks} <= FIELDS
                assert re.search(r"[\u0600-\u06ff]", a.text) and not re.search(r"[\u0600-\u06ff]", e.text)
                # A figure in digits on one side is in digits on the other (ASCII or Arabic-Indic).
                assert bool(re.search(r"\d", e.text)) == bool(re.search(r"[0-9\u0660-\u0669]", a.text)), (e.text, a.text)


def test_tune_and_held_halves_share_no_filler() -> None:
    for table in TABLES:
        names = {half: {row[0] for row in table[half]} | {row[1] for row in table[half]} for half in ALL_HALVES}
        for i, a in enumerate(ALL_HALVES):
            for b in ALL_HALVES[i + 1:]:
                assert not names[a] & names[b], (a, b, names[a] & names[b])


def test_fillers_are_not_those_of_the_other_checklists() -> None:
    from pathlib import Path

    here = Path(__file__).parent
    others = "".join((here / f).read_text(encoding="utf-8") for f in
                     ["checklist.py", "checklist_ar.py", "checklist_ar_fresh.py", "checklist_ar_round2.py",
                      "checklist_ar_round2_late.py"])
    for table in (PLACES, ACTORS):
        for half in HALVES:
            kind = "places" if table is PLACES else "actors"
            for row in {**table, TUNE2: FILLERS2[kind], TUNE3: FILLERS3_TUNE[kind], TUNE4: FILLERS4[kind],
                        TUNE5: FILLERS5[kind]}[half]:
                assert f'"{row[1]}"' not in others and f'"{row[0]}"' not in others, row


# The halves written last, each with fillers of its own: (its filler tables, its file).
UNSEEN_FILLERS = {HELD3: (FILLERS3, "checklist_parallel_held3.py"), HELD4: (FILLERS4_HELD, "checklist_parallel_held4.py"),
                  HELD5: (FILLERS5_HELD, "checklist_parallel_held5.py"),
                  HELD6: (FILLERS6_HELD, "checklist_parallel_held6.py"),
                  HELD7: (FILLERS7_HELD, "checklist_parallel_held7.py"),
                  HELD8: (FILLERS8_HELD, "checklist_parallel_held8.py"),
                  HELD9: (FILLERS9_HELD, "checklist_parallel_held9.py")}


@pytest.mark.parametrize("half", list(UNSEEN_FILLERS))
def test_held_fillers_are_in_no_other_checklist_or_half(half: str) -> None:
    """held3 to held9 were written after the others: none of their places, actors, weapons or targets, in
    either language, appears anywhere in the other checklists or the other halves' files (not only as a
    quoted filler; each held half's in the other held halves' files too), so that no fix made for those can
    have been made for their words."""
    from pathlib import Path

    fillers, own = UNSEEN_FILLERS[half]
    here = Path(__file__).parent
    others = "".join(p.read_text(encoding="utf-8").lower() for p in sorted(here.glob("checklist*.py")) if p.name != own)
    read = {p.name for p in here.glob("checklist*.py")} - {own}
    assert all(f in read for _, f in UNSEEN_FILLERS.values() if f != own)  # the other held halves are read too
    for rows in fillers.values():
        for row in rows:
            for name in row[:2]:
                bare = name.split(" ", 1)[1] if name.split(" ", 1)[0] in ("a", "an", "the") else name
                assert bare.lower() not in others, (name, row)


def _gazetteer_governorates() -> dict[str, set[str]]:
    """Every name of the shipped gazetteer (lower-cased) and the governorates it names."""
    import gzip
    import json
    from importlib.resources import files

    with gzip.open(str(files("harmledger.geo") / "data" / "places.json.gz"), "rt", encoding="utf-8") as fh:
        data = json.load(fh)
    admin = {code: unit["name"] for code, unit in data["admin"].items()}
    govs: dict[str, set[str]] = {}
    for p in data["places"]:
        for name in (p[1], p[2], *(p[3] or [])):
            if name and p[7]:
                govs.setdefault(name.lower(), set()).add(admin.get(p[7], p[7]))
    return govs


@pytest.mark.parametrize("half", list(UNSEEN_FILLERS))
def test_held_places_are_gazetteer_names_of_their_governorate(half: str) -> None:
    """The gold governorate of each held3 to held9 place is the one the shipped gazetteer gives both spellings."""
    govs = _gazetteer_governorates()
    for en, ar, gov in UNSEEN_FILLERS[half][0]["places"]:
        assert govs.get(en.lower()) == {gov} and govs.get(ar) == {gov}, (en, ar, gov, govs.get(en.lower()), govs.get(ar))


def test_tune5_places_are_gazetteer_names_of_their_governorate() -> None:
    """tune5's places (all of Tartus) name that governorate alone in the shipped gazetteer, in both spellings."""
    govs = _gazetteer_governorates()
    for en, ar, gov in FILLERS5["places"]:
        assert govs.get(en.lower()) == {gov} and govs.get(ar) == {gov}, (en, ar, gov, govs.get(en.lower()), govs.get(ar))


@pytest.mark.parametrize("half", [TUNE4, TUNE5])
@pytest.mark.parametrize("name", list(SPECS))
def test_english_holds_on_tune4_and_tune5(extractor: Extractor, name: str, half: str) -> None:
    """tune4 (checklist_parallel_tune4.py, English-first) and tune5 (Arabic-first; its English side found the
    sub-group wordings and the units of tests/extract/test_parts_after_toll.py) were fixed for on the English
    side too: it stays at 0 failures (40 pairs per phenomenon), but for tune5's one total told "out of" a
    campaign's dead in the toll's own sentence, which the English reader still takes for two totals."""
    en, _ = run_pair(name, half, extractor)
    allowed = 1 if (half, name) == (TUNE5, "aggregates") else 0
    assert len(en.result.failures) <= allowed, en.result.message()


class _Nothing:
    """An extractor that finds nothing: every check of every case fails."""

    def extract(self, text: str, **kwargs: object) -> DocumentExtraction:
        return DocumentExtraction(id="x", text_sha256="0" * 64)


def test_a_failure_is_counted_for_its_field_on_its_side(extractor: Extractor) -> None:
    en, ar = run_pair("killed_injured", "tune", _Nothing(), size=6)
    checked, failed = en.field_counts()
    assert checked["killed"] == checked["place"] == checked["spans"] == 6 and checked["injured"] == 6
    assert failed["place"] == failed["injured"] == 6 and failed["spans"] == 0
    assert failed["killed"] == 4  # the injured-only family's "no killed count" holds when nothing is found
    assert ar.result.rate == en.result.rate == 1.0
    assert phenomenon_rows_agree(en, ar)


def phenomenon_rows_agree(en: object, ar: object) -> bool:
    table = field_table([("killed_injured", en, ar)])  # type: ignore[list-item]
    return "injured" in table and "1.00" in table
