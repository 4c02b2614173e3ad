"""The geocoder: resolve one place name, or find and resolve every place expression in a document."""

from __future__ import annotations

import logging
import re

from rapidfuzz import fuzz, process

from ..schema import ResolvedPlace
from .admin_names import admin1_pcode as admin1_pcode_for
from .document import find_places
from .expressions import Framing, frame
from .gazetteer import Gazetteer, GazPlace
from .hits import PlaceHit
from .matcher import STOPWORDS, NameMatcher, confirm
from .normalise import is_arabic, normalise_name, skeleton, without_articles
from .ranking import Context, choose, distance_km
from .variants import VariantMatcher

logger = logging.getLogger(__name__)

# A name not spelled like any known one is looked up by rapidfuzz among the skeletons; these
# thresholds keep a near miss from turning into a guess.
FUZZY_SKELETON = 88.0
FUZZY_LIGHT = 85.0
_ADMIN_TYPES = {"governorate", "district", "sub-district"}
_FRAMING_RE = re.compile(
    r"^(?:(?:the|near(?:\s+to)?|close\s+to|outskirts\s+of|rural|(?:\w+ern\s+)?countryside\s+of|"
    r"(?:\d+(?:\.\d+)?\s*(?:km|kilomet(?:er|re)s?|miles?)\s+)?(?:(?:north|south|east|west)\w*\s+of|from)|"
    r"province\s+of|governorate\s+of|(?:town|city|village|neighbou?rhood)\s+of|(?:north|south|east|west)\w*\s+rural)\s+)*"
    r"(?P<core>.+?)"
    r"(?:(?:['’]s)?(?:\s+(?:\w+ern\s+)?(?:countryside|province|governorate|outskirts|rural\s+areas|suburbs|district|camp|"
    r"city|town|village|neighbou?rhood)))*\s*$",
    re.IGNORECASE,
)

class Geocoder:
    """Resolves names against a gazetteer. Build with ``get_geocoder()``."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self._matcher: NameMatcher | None = None
        self._variants: VariantMatcher | None = None
        self._fuzzy_keys: list[str] | None = None
        self._fuzzy_version = -1
        self._cand_cache: dict[str, list[GazPlace]] = {}
        self._cand_version = -1
        # admin1 P-code -> its governorate, and seat id -> the district named after it (per gazetteer version)
        self._units: tuple[int, dict[str, GazPlace], dict[str, GazPlace]] | None = None

    @property
    def matcher(self) -> NameMatcher:
        if self._matcher is None or self._matcher.version != self.gazetteer.version:
            self._matcher = NameMatcher(self.gazetteer)
            self._fuzzy_keys = None
        return self._matcher

    @property
    def variants(self) -> VariantMatcher:
        """Fuzzy lookup among well-known places, for spellings no gazetteer lists ("Deir Ezour")."""
        if self._variants is None or self._variants.version != self.gazetteer.version:
            self._variants = VariantMatcher(self.gazetteer)
        return self._variants

    def add_places(self, places: list[GazPlace]) -> None:
        self.gazetteer.add(places)

    def _unit_index(self) -> tuple[dict[str, GazPlace], dict[str, GazPlace]]:
        if self._units is None or self._units[0] != self.gazetteer.version:
            governorates: dict[str, GazPlace] = {}
            districts: dict[str, GazPlace] = {}
            for p in self.gazetteer.places:
                if p.feature_type == "governorate" and p.admin1 and p.admin1 not in governorates:
                    governorates[p.admin1] = p
                elif p.feature_type == "district" and p.seat and p.seat not in districts:
                    districts[p.seat] = p
            self._units = (self.gazetteer.version, governorates, districts)
        return self._units[1], self._units[2]

    def governorate(self, pcode: str | None) -> GazPlace | None:
        """The first-level unit with this admin1 code ("SY07", or "IQ.07" of an imported country), or None."""
        if not pcode:
            return None
        return self.gazetteer.by_id.get(f"ocha:{pcode}") or self._unit_index()[0].get(pcode)

    def area_of(self, resolved: ResolvedPlace, unmatched_name: str | None = None) -> ResolvedPlace | None:
        """The governorate a resolved place lies in, at precision 4 (``unmatched_name``: the name of the place
        the gazetteer lacks that it stands for), or None when its governorate is not known."""
        unit = self.governorate(resolved.admin1_pcode)
        if unit is None:
            return None
        area = self.gazetteer.resolved(unit, 4)
        return area.model_copy(update={"unmatched_name": unmatched_name}) if unmatched_name else area

    # ---- one name -------------------------------------------------------------------------
    def candidates(self, name: str) -> list[GazPlace]:
        """Every place a name can be: the same light key, a confirmed skeleton, else a close fuzzy match."""
        if self._cand_version != self.gazetteer.version or len(self._cand_cache) > 50_000:
            self._cand_cache.clear()
            self._cand_version = self.gazetteer.version
        cached = self._cand_cache.get(name)
        if cached is None:
            cached = self._cand_cache[name] = self._candidates(name)
        return list(cached)

    def _candidates(self, name: str) -> list[GazPlace]:
        light = normalise_name(name)
        if not light:
            return []
        found = list(self.gazetteer.by_light.get(light, []))
        key = skeleton(name)
        for place in confirm(self.gazetteer, name, key) if key else []:
            if place not in found:
                found.append(place)
        if found or len(key.replace(" ", "")) < 4 or (is_arabic(key) and " " not in key):
            # Arabic script writes the consonants: a near miss there is another name, not a variant.
            return found
        if self._fuzzy_keys is None or self._fuzzy_version != self.gazetteer.version:
            self._fuzzy_keys = list(self.gazetteer.by_key)
            self._fuzzy_version = self.gazetteer.version
        bare = without_articles(name)
        for other_key, _score, _ in process.extract(key, self._fuzzy_keys, scorer=fuzz.ratio, score_cutoff=FUZZY_SKELETON, limit=5):
            for place in self.gazetteer.by_key[other_key]:
                if place in found:
                    continue
                if any(skeleton(n) == other_key and fuzz.ratio(bare, without_articles(n)) >= FUZZY_LIGHT for n in place.all_names):
                    found.append(place)
        if not found:
            # Well-known places are misspelled more loosely and still meant ("Deir Ezour").
            found = list(self.variants.lookup(name))
        return found

    def _within(self, within: str | None, country: str | None = None) -> Context:
        ctx = Context(country=country)
        if not within:
            return ctx
        w = within.strip()
        if re.fullmatch(r"(?i)sy\d{2,6}", w):
            code = w.upper()
            ctx.within_admin1 = code[:4]
            if len(code) >= 6:
                ctx.within_admin2 = code[:6]
            if len(code) == 8:
                ctx.within_admin3 = code
            return ctx
        qualified = re.fullmatch(r"([A-Za-z]{2})\.(\w+)", w)
        if qualified:
            # GeoNames' admin1 key of an imported country ("IQ.07").
            ctx.within_admin1 = f"{qualified.group(1).upper()}.{qualified.group(2)}"
            return ctx
        if country and re.fullmatch(r"[0-9A-Z]{1,3}", w):
            # A bare GeoNames admin1 code with its country ("--within 07 --country IQ").
            cc = country.strip().upper()
            ctx.within_admin1 = (f"SY{w}" if re.fullmatch(r"\d{2}", w) else f"?{w}") if cc == "SY" else f"{cc}.{w}"
            return ctx
        # A governorate in any spelling of the one table (geo/admin_names.py, whose admin1_pcode this is):
        # "Rural Damascus" and "Rif Dimashq" are SY03, never Damascus city's SY01.
        pcode = admin1_pcode_for(w)
        if pcode:
            ctx.within_admin1 = pcode
            return ctx
        admins = [p for p in self.candidates(w) if p.feature_type in _ADMIN_TYPES and p.admin1
                  and (not country or p.country.upper() == country.strip().upper())]
        if admins:
            ctx.within_admin1 = admins[0].admin1
            if admins[0].feature_type != "governorate":
                ctx.within_admin2 = admins[0].admin2
            return ctx
        # A unit no gazetteer knows restricts to nothing: never a place outside what was asked for.
        ctx.within_admin1 = f"?{w}"
        return ctx

    def geocode(self, name: str, within: str | None = None, country: str | None = None) -> ResolvedPlace | None:
        """The place a name stands for, or None when it is not known (never a guess)."""
        if not name or not name.strip():
            return None
        if normalise_name(name) in STOPWORDS:
            return None  # "Assad", "SANA", "Hamas": people, outlets and groups, never a place on their own
        if within is None and "," in name:
            # "Saraqib, Idlib": the part after the comma places the name.
            head, tail = (part.strip() for part in name.rsplit(",", 1))
            if head and tail and admin1_pcode_for(tail):
                name, within = head, tail
        ctx = self._within(within, country)
        text = name.strip()
        cands = self.candidates(text)
        framing = Framing("event", 0, len(text), False, False, None)
        core = text
        if not cands:
            m = _FRAMING_RE.match(text)
            if m and m.group("core") != text:
                core = m.group("core")
                framing = frame(text, m.start("core"), m.end("core"))
                cands = self.candidates(core)
        if not cands:
            return None
        resolved = self.resolve_candidates(cands, core, framing, ctx)
        if resolved is not None and resolved.precision == 1 and re.search(r"(?i)\bcamp\s*$", text):
            chosen = self.gazetteer.by_id.get(resolved.place_id)
            if chosen is not None and chosen.feature_type != "camp":
                # "Atmeh camp" is beside the town, not at its point.
                resolved = resolved.model_copy(update={"precision": 2})
        return resolved

    def resolve_candidates(
        self, cands: list[GazPlace], surface: str, framing: Framing, ctx: Context,
        cache: dict[tuple[str, int], ResolvedPlace] | None = None,
    ) -> ResolvedPlace | None:
        """The resolved place among ``cands`` for a name framed as ``framing``, or None. ``cache``
        (one per document) shares the objects of repeated places instead of building them again."""
        picked = self.pick(cands, surface, framing, ctx)
        if picked is None:
            return None
        place, precision = picked
        if cache is None:
            return self.gazetteer.resolved(place, precision)
        key = (place.id, precision)
        found = cache.get(key)
        if found is None:
            found = cache[key] = self.gazetteer.resolved(place, precision)
        return found

    def pick(self, cands: list[GazPlace], surface: str, framing: Framing, ctx: Context) -> tuple[GazPlace, int] | None:
        """The place among ``cands`` and the precision it stands at, or None."""
        place = choose(cands, surface, ctx)
        if place is None:
            return None
        gaz = self.gazetteer
        if framing.role == "area" and place.feature_type not in _ADMIN_TYPES | {"region", "line", "country"}:
            # "a Damascus district" is a quarter of the city, not of its countryside.
            gov = self._governorate_named(place, surface, city_quarter=framing.admin_noun == "district")
            if gov is not None:
                return gov, 4
            if framing.admin_noun == "district":
                # "the Maarat al-Numan district" is the district seated there (OCHA's "Al Ma'ra").
                district = next((p for p in cands if p.feature_type == "district"), None) or (
                    self._unit_index()[1].get(place.id))
                if district is not None:
                    return district, 3
            return place, 2
        if framing.role == "area" and framing.admin_noun in {"province", "governorate"} and place.feature_type != "governorate":
            gov = self._governorate_named(place, surface)
            if gov is not None:
                return gov, 4
        if place.seat and framing.role != "area" and place.seat in gaz.by_id:
            # A district or sub-district named without "district" means its town.
            place = gaz.by_id[place.seat]
        if framing.role == "near" and place.point_precision == 1:
            return place, 2
        return place, place.point_precision

    def _governorate_named(self, place: GazPlace, surface: str, *, city_quarter: bool = False) -> GazPlace | None:
        """The governorate a name also names ("rural Idlib" is Idlib governorate, not the city)."""
        pcode = admin1_pcode_for(surface)
        if pcode is None or place.admin1 not in {pcode, None}:
            return None
        if pcode == "SY01" and not city_quarter:
            # Damascus city is a governorate of its own; its countryside and suburbs are Rural Damascus.
            pcode = "SY03"
        return self.gazetteer.by_id.get(f"ocha:{pcode}")

    # ---- a document -----------------------------------------------------------------------
    def find_places(self, text: str) -> list[PlaceHit]:
        """Every place or area expression in a document, in text order, resolved with the whole
        document as context. Names the text calls places ("the village of X") are kept unresolved."""
        return find_places(self, text)


def places_near(place: ResolvedPlace, other: ResolvedPlace, km: float = 5.0) -> bool:
    """Whether two resolved points are within ``km`` of each other."""
    if None in (place.lat, place.lon, other.lat, other.lon):
        return False
    return distance_km((place.lat, place.lon), (other.lat, other.lon)) <= km  # type: ignore[arg-type]

