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
  always is Aleppo). A foreign side of the place's country's war (``data/foreign_sides.tsv``) named as a
  fighting side ("the Russian air force shelled Darkush") does not count against it. A smaller place's name that nothing else in the document vouches for is not taken
  either when unknown capitalised words run on from it ("San Mateo Capulhuac": a longer foreign name).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

import ahocorasick

from .gazetteer import GazPlace
from .normalise import normalise_name

DATA_FILE = Path(__file__).parent / "data" / "countries.tsv"
SIDES_FILE = Path(__file__).parent / "data" / "foreign_sides.tsv"
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
    """Every form in ``data/countries.tsv`` with its length, country code and whether it is a demonym."""
    automaton = ahocorasick.Automaton()
    for line in DATA_FILE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        code, *columns = line.split("\t")
        for i, column in enumerate(columns):
            for form in column.split("|"):
                if form.strip():
                    automaton.add_word(form.strip(), (len(form.strip()), code.strip().upper(), i == 1))
    automaton.make_automaton()
    return automaton


def _whole_word(text: str, start: int, end: int) -> bool:
    """No letter or digit glued on either side ("Omani" is not Oman, "Somali" not Mali); "Yemen's" counts."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() or before in "-_") and not (after.isalnum() or after == "_")


@lru_cache(maxsize=1)
def foreign_sides() -> dict[str, frozenset[str]]:
    """Country -> the foreign states whose forces fight in its war (``data/foreign_sides.tsv``)."""
    out: dict[str, frozenset[str]] = {}
    for line in SIDES_FILE.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            code, sides = line.split("\t")
            out[code.strip().upper()] = frozenset(s.strip().upper() for s in sides.split("|") if s.strip())
    return out


# "Russian warplanes", "the Turkish army", "Iranian-backed militias", "the Russian intervention": a demonym naming a
# side that fights.
_FORCES = (r"air\s+force|aerospace\s+forces?|(?:su|mig)-\d{2}\w*|l-39s?|(?:fighter\s+)?jets?|warplanes?|war\s+planes?|aircraft|planes?|"
           r"air\s*strikes?|army|troops|"
           r"forces|military|militias?|drones?|helicopters?|artillery|soldiers|bombers?|special\s+forces|navy|"
           r"missiles?|rockets?|intervention|campaign|bombing|bombardment|(?:air\s+)?raids?|shelling|offensive|"
           r"operation|gendarmerie|gendarmes|border\s+guards?|military\s+police|police|warships?|frigates?|submarines?|"
           r"commandos|paratroopers|marines|mercenaries")
# "joint Russian and regime airstrikes": a second side may stand between the demonym and the force; so may
# the kind of the force ("Russian long-range bombers", "Turkish heavy artillery", "Israeli fighter jets"), or the
# aircraft's type ("Israeli Apache helicopters", "Russian Ka-52 helicopters", "Israeli F-16 jets").
_FORCE_KIND = (r"(?:long-range|strategic|heavy|light|fighter|combat|attack|armou?red|elite|unmanned|armed|"
               r"apache|sukhoi|mig|ka-\d{2}|mi-\d{1,2}|f-\d{2}|a-10)")
_FORCE_AFTER = re.compile(r"(?:-(?:backed|led|made|supported|affiliated|aligned|allied|sponsored)\b|"
                          r"(?:\s+and\s+(?:regime|government|syrian|russian|turkish|iranian|israeli|coalition))?"
                          r"(?:\s+" + _FORCE_KIND + r")?\s+(?:" + _FORCES + r")\b)", re.IGNORECASE)
# "an Armenian church in Kessab", "the Assyrian community of Qamishli": a demonym before a church or a community
# names people who live where the report is, not a country it is about.
_COMMUNITY_AFTER = re.compile(
    r"(?:\s+(?:orthodox|catholic|apostolic|evangelical|protestant|christian))?\s+(?:churche?s?|cathedrals?|"
    r"monaster(?:y|ies)|convents?|parish(?:es)?|priests?|bishops?|clergy|christians|community|communities|"
    r"quarters?|neighbou?rhoods?|cemeter(?:y|ies)|diaspora)\b", re.IGNORECASE)
# "Russia's bombing of Saraqib", "Turkey's army": a country's name in the possessive before a force or an attack.
_FORCE_AFTER_NAME = re.compile(r"['’]s\s+(?:" + _FORCES + r")\b", re.IGNORECASE)
# "warplanes belonging to Russia", "militias backed by Iran": the country's name as a side.
_FORCE_BEFORE = re.compile(
    r"\b(?:" + _FORCES + r")\s+(?:belonging\s+to|backed\s+by|supported\s+by|loyal\s+to|of|from|"
    r"(?:(?:conducted|carried\s+out|launched|waged|flown|fired)\s+)?by)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def mentions(text: str) -> Counter[str]:
    """How often the text names each country (name, demonym or other name), by ISO 3166-1 alpha-2 code."""
    return _mentions(text)[0]


def _mentions(text: str) -> tuple[Counter[str], Counter[str]]:
    """``mentions``, and of those the demonyms naming a fighting side ("Russian warplanes")."""
    found: list[tuple[int, int, str, bool]] = []
    for last, (length, code, demonym) in _automaton().iter(text):
        start, end = last + 1 - length, last + 1
        if _whole_word(text, start, end) and not (demonym and _COMMUNITY_AFTER.match(text, end)):
            side = (demonym and bool(_FORCE_AFTER.match(text, end))) or bool(
                _FORCE_BEFORE.search(text, max(0, start - 60), start)) or (
                not demonym and bool(_FORCE_AFTER_NAME.match(text, end)))
            found.append((start, -end, code, side))
    counts: Counter[str] = Counter()
    as_sides: Counter[str] = Counter()
    taken_until = -1
    for start, neg_end, code, side in sorted(found):  # leftmost, then longest: "South Sudan" is not Sudan
        if start >= taken_until:
            counts[code] += 1
            as_sides[code] += side
            taken_until = -neg_end
    return counts, as_sides


@dataclass(frozen=True)
class CountryScope:
    """The evidence of a document's countries and how resolving is held to them (the module docstring)."""

    evidence: Mapping[str, float] = field(default_factory=dict)
    # (country, light name) -> the evidence that name gave its own country, which does not vouch for itself.
    own: Mapping[tuple[str, str], float] = field(default_factory=dict)
    # country -> how much of its evidence names it as a side that fights ("Russian warplanes").
    as_sides: Mapping[str, float] = field(default_factory=dict)

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
        # A foreign side of the place's own war ("Russian warplanes struck Darkush") says nothing against it.
        sides = foreign_sides().get(code, frozenset())
        elsewhere = max((v - (self.as_sides.get(c, 0.0) if c in sides else 0.0)
                         for c, v in self.evidence.items() if c != code), default=0.0)
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
    named, as_sides = _mentions(text)
    evidence: Counter[str] = Counter(named)
    own: Counter[tuple[str, str]] = Counter()
    for code, name in exact_places:
        evidence[code.upper()] += 1
        own[(code.upper(), normalise_name(name))] += 1
    return CountryScope({c: float(n) for c, n in evidence.items()}, {k: float(n) for k, n in own.items()},
                        {c: float(n) for c, n in as_sides.items() if n})
