"""Which country a document is about, by what it says (docs/geo.md, "Country scoping").

The rule, in one place:

- **Evidence.** Each time the text names a country, its people or a name only that country's reports use
  (its capital, an armed group active there alone: "Yemen", "Yemeni", "Sanaa", "Houthis", "Taliban";
  ``data/countries.tsv``) counts 1 for that country; so does each name spelled exactly as a prominent place
  of one country only (a governorate, a city or a town of over 10,000 people: "Aleppo", "Idlib", "Mosul" of
  an imported Iraq). Near spellings are never evidence: they are what is being decided.
- **The document's countries** are the one with the most evidence and any with at least a quarter as much
  ("Turkish troops shelled Tal Rifaat, Turkey's army said, in northern Syria" is about both; a Yemeni
  report that names Syria once in passing is not). A document with no evidence has none.
- **Near spellings** (fuzzy and well-known-variant matches) resolve only to places in the document's
  countries: a name that is only a near match elsewhere stays unresolved.
- **Exact spellings** resolve, except in a document about another country: one that names another country
  and nothing else of the place's own (its own name does not count), at least once for a smaller place,
  at least twice for a prominent one ("Russian jets struck Saraqib" still is Saraqib; "Aleppo, Syria"
  always is Aleppo). A smaller place's name that nothing else in the document vouches for is not taken
  either when unknown capitalised words run on from it ("San Mateo Capulhuac": a longer foreign name).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

import ahocorasick

from .gazetteer import GazPlace
from .normalise import normalise_name

DATA_FILE = Path(__file__).parent / "data" / "countries.tsv"
# Another country named this often, and nothing else of the place's own: the document is about it.
ELSEWHERE_PROMINENT = 2.0  # a governorate's or city's name is rarely a homonym abroad...
ELSEWHERE_SMALL = 1.0  # ...a village's often is ("Sur", "Hamra", "San")
# A country with this share of the top evidence is one of the document's countries too: Syrian reports name
# the foreign sides often ("Turkish troops ... Turkey's army"), a foreign report names Syria in passing.
SHARE_OF_TOP = 0.25
PROMINENT_TYPES = frozenset({"governorate", "city"})
PROMINENT_POPULATION = 10_000


def prominent(place: GazPlace) -> bool:
    """A place whose exact name is evidence of its country: a governorate, a city or a town of over 10,000."""
    return place.feature_type in PROMINENT_TYPES or (place.population or 0) >= PROMINENT_POPULATION


@lru_cache(maxsize=1)
def _automaton() -> ahocorasick.Automaton:
    """Every form in ``data/countries.tsv`` with its length and country code."""
    automaton = ahocorasick.Automaton()
    for line in DATA_FILE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        code, *columns = line.split("\t")
        for column in columns:
            for form in column.split("|"):
                if form.strip():
                    automaton.add_word(form.strip(), (len(form.strip()), code.strip().upper()))
    automaton.make_automaton()
    return automaton


def _whole_word(text: str, start: int, end: int) -> bool:
    """No letter or digit glued on either side ("Omani" is not Oman, "Somali" not Mali); "Yemen's" counts."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() or before in "-_") and not (after.isalnum() or after == "_")


def mentions(text: str) -> Counter[str]:
    """How often the text names each country (name, demonym or other name), by ISO 3166-1 alpha-2 code."""
    found: list[tuple[int, int, str]] = []
    for last, (length, code) in _automaton().iter(text):
        start, end = last + 1 - length, last + 1
        if _whole_word(text, start, end):
            found.append((start, -end, code))
    counts: Counter[str] = Counter()
    taken_until = -1
    for start, neg_end, code in sorted(found):  # leftmost, then longest: "South Sudan" is not Sudan
        if start >= taken_until:
            counts[code] += 1
            taken_until = -neg_end
    return counts


@dataclass(frozen=True)
class CountryScope:
    """The evidence of a document's countries and how resolving is held to them (the module docstring)."""

    evidence: Mapping[str, float] = field(default_factory=dict)
    # (country, light name) -> the evidence that name gave its own country, which does not vouch for itself.
    own: Mapping[tuple[str, str], float] = field(default_factory=dict)

    @property
    def countries(self) -> frozenset[str]:
        """The document's countries: the most evidence, and any with at least ``SHARE_OF_TOP`` of it."""
        top = max(self.evidence.values(), default=0.0)
        if top <= 0:
            return frozenset()
        return frozenset(c for c, v in self.evidence.items() if v >= SHARE_OF_TOP * top)

    @cached_property
    def vouched_countries(self) -> frozenset[str]:
        """The document's countries that names other than any one place's vouch for: every place of theirs is
        ``vouched``, and allowed however it is spelled (the usual case, checked first since it is cheap)."""
        most_own: dict[str, float] = {}
        for (code, _), n in self.own.items():
            most_own[code] = max(most_own.get(code, 0.0), n)
        return frozenset(c for c in self.countries if self.evidence[c] > most_own.get(c, 0.0))

    def allows(self, place: GazPlace, surface: str, *, exact: bool) -> bool:
        """Whether ``place`` may be what ``surface`` names here: ``exact`` when the surface is one of the
        place's own spellings, not only close to one."""
        code = place.country.upper()
        if code in self.vouched_countries:
            return True
        if not exact:
            return code in self.countries
        if self.vouched(place, surface):
            return True
        elsewhere = max((v for c, v in self.evidence.items() if c != code), default=0.0)
        return elsewhere < (ELSEWHERE_PROMINENT if prominent(place) else ELSEWHERE_SMALL)

    def vouched(self, place: GazPlace, surface: str) -> bool:
        """Whether something in the document other than ``surface`` itself names the place's country."""
        code = place.country.upper()
        if code in self.vouched_countries:
            return True
        return self.evidence.get(code, 0.0) - self.own.get((code, normalise_name(surface)), 0.0) > 0


def document_scope(text: str, exact_places: Iterable[tuple[str, str]]) -> CountryScope:
    """The scope of a document from ``text`` (its country names) and ``exact_places``: (country code, name)
    of each name in it spelled exactly as a prominent place of that one country, once per occurrence."""
    evidence: Counter[str] = Counter(mentions(text))
    own: Counter[tuple[str, str]] = Counter()
    for code, name in exact_places:
        evidence[code.upper()] += 1
        own[(code.upper(), normalise_name(name))] += 1
    return CountryScope({c: float(n) for c, n in evidence.items()}, {k: float(n) for k, n in own.items()})
