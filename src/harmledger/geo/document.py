"""Reading a whole document: every place expression, in text order, resolved in the document's context.

The gazetteer matcher proposes names; the words around them give their role ("rural Idlib",
"near Saraqib"); compound names the gazetteer does not know ("Tal Madiq") and names the text calls
places ("the village of Qah") are kept unresolved; the governorates and places named elsewhere in
the document choose among homonyms.
"""

from __future__ import annotations

import bisect
import re

from rapidfuzz import fuzz

from ..schema import ResolvedPlace
from .admin_names import admin1_pcode as admin1_pcode_for
from .compounds import (
    capitalised_prefix,
    exact_in_title_case,
    joined_name,
    joined_to_unknown,
    longer_name,
    title_case_line,
)
from .countries import document_scope, prominent
from .expressions import (
    UNKNOWN_AFTER,
    UNKNOWN_BEFORE,
    UNKNOWN_NEAR,
    UNKNOWN_PLACED,
    Framing,
    Role,
    frame,
    names_an_actor,
    noun_type,
)
from .gazetteer import GazPlace
from .hits import NameResolver, PlaceHit
from .matcher import STOPWORDS, RawMatch, Words, words_of
from .normalise import ARTICLES, normalise_name, without_articles
from .ranking import Context
from .variants import capitalised_runs

# A spelling this close to a known one is trusted even where the document's governorates disagree.
TRUSTED_VARIANT = 90.0
_ADMIN_TYPES = {"governorate", "district", "sub-district"}
_ANCHOR_WINDOW = 8
# Capitalised nouns that follow "near the" without being a name ("near the Hospital").
_GENERIC_NOUNS = frozenset(
    """hospital school mosque market bakery checkpoint airport base border bridge road highway square roundabout
    station university church prison factory dam frontline front city town village camp area""".split()
)
# A name that goes on past what the patterns took: a lower-case article or a quote sign glued on.
_CONTINUES_RE = re.compile(
    r"(?:[\s-](?:al|el|ul|uz|ej|ez|es|ed|et|ett|ech|esh|ash|an|ar|as|at|ad|az|er|en|bin|bani)[\s-]+[A-Z`'’ʿ]"
    r"|[`'’ʿ]\w|-[A-Z])"
)
_NEIGHBOURHOOD_WORD_RE = re.compile(r"(?i)\b(?:neighbou?rhoods?|quarters?|district)\b|حي\s")
_GAP_WITHIN_RE = re.compile(
    r"^(?:\s+(?:neighbou?rhood|district|quarter|village|town|area|camp|city))?"
    r"(?:\s*,\s*|\s+in\s+(?:the\s+)?|\s*\(\s*|\s+of\s+|\s*-\s*|\s+)$",
    re.IGNORECASE,
)
_IN_GAP_RE = re.compile(r"(?i)\bin\b|\(")
# "X in Idlib", "X (Idlib)", "the Harem district of Idlib": the text itself puts the place inside the unit.
_INSIDE_GAP_RE = re.compile(r"(?i)\b(?:in|of)\b|\(")
# A governorate's name followed by another place: the items of a list ("Hama, Homs and Idlib").
_LIST_AFTER_RE = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")
_CITY_AFTER_RE = re.compile(r"(?i)\s+city\b")
_CAMP_WORDS_RE = re.compile(r"(?i)\s+(?:refugee\s+|idp\s+|displacement\s+|displaced\s+)?camp$")
# Places that can lie inside a governorate without being mistaken for the next item of a list of them.
_INNER_TYPES = frozenset({"village", "town", "neighbourhood", "facility", "camp", "sub-district", "district"})
# (start, end, surface, candidate places, feature type the text gives)
Item = tuple[int, int, str, list[GazPlace], "str | None"]


def find_places(geocoder: NameResolver, text: str) -> list[PlaceHit]:
    """Every place or area expression in a document, in text order, resolved with the whole
    document as context. Names the text calls places ("the village of X") are kept unresolved."""
    return _find_places(geocoder, text)


def _find_places(gc: NameResolver, text: str) -> list[PlaceHit]:
    items = _scoped(gc, text, _collect(gc, text))
    framings = [frame(text, s, e) for s, e, _, _, _ in items]
    ctx = _document_context(items, framings)
    doc_govs = {admin1_pcode_for(it[2]) for it, fr in zip(items, framings, strict=True) if fr.role == "area" or admin1_pcode_for(it[2])}
    doc_govs.discard(None)
    hits: list[PlaceHit] = []
    made: dict[tuple[str, int], ResolvedPlace] = {}  # a place named ten times is one object
    anchors = _anchors(items)
    hit_of: dict[int, PlaceHit] = {}  # item index -> its hit
    for i, ((_, _, surface, cands, ftype), fr) in enumerate(zip(items, framings, strict=True)):
        # Places named close by in the text anchor this one; a whole long document would blur them.
        near = [a for a in anchors[max(0, i - _ANCHOR_WINDOW) : i + _ANCHOR_WINDOW + 1] if a is not None]
        local = Context(doc_admin1=ctx.doc_admin1, anchors=near)
        if ftype is None and fr.role == "event" and names_an_actor(text, fr.start, items[i][1]):
            continue  # "SANA reported", "Al Mayadeen TV said", "Assad's forces"
        nxt = _following_admin(text, items, framings, i)
        explicit = False
        if nxt is not None:
            local.within_admin1, local.within_admin2, explicit = nxt
        elif len({p.admin1 for p in cands}) > 1:
            local.sentence_admin1 = _sentence_governorates(text, items, framings, i)
        if cands and ftype is None and all(p.feature_type == "neighbourhood" for p in cands) and not (
            {p.admin1 for p in cands} & doc_govs
        ) and not _NEIGHBOURHOOD_WORD_RE.search(text, max(0, items[i][0] - 25), min(len(text), items[i][1] + 25)):
            # A lone neighbourhood name ("Tishrine", "Mahdi") is a place only where its city is
            # named or the text says "neighbourhood".
            continue
        resolved = gc.resolve_candidates(cands, surface, fr, local, made) if cands else None
        if resolved is None and local.within_admin1 and not explicit and any(
            p.feature_type in {"city", "governorate"} for p in cands
        ):
            # "Hama, Homs and Idlib" is a list, not "Hama in Homs": drop the neighbour and retry.
            # A village placed in a governorate where no village of that name is known stays unknown.
            local.within_admin1 = local.within_admin2 = None
            resolved = gc.resolve_candidates(cands, surface, fr, local, made)
        if resolved is not None and not _trusted(gc, resolved, surface, doc_govs):
            resolved = None
        if resolved is not None and _quarter_elsewhere(gc, text, items[i][1], resolved, hits):
            resolved = None
        place_type = ftype
        chosen = gc.gazetteer.by_id.get(resolved.place_id) if resolved is not None else None
        if chosen is not None and place_type is None:
            place_type = chosen.feature_type
        if resolved is not None and chosen is not None and ftype == "camp" and chosen.feature_type != "camp":
            resolved = resolved.model_copy(update={"precision": max(2, resolved.precision)})
        role: Role = fr.role
        prev = hit_of.get(i - 1)
        qualified = _qualifying_unit(gc, text, items, framings, i, prev)
        if qualified is not None:
            # "the village of Qah in Idlib", "Qah village, Idlib": a bare governorate name after a place is
            # the unit that place is in, not the city's point (a false exact point for a village).
            resolved, place_type = qualified, gc.gazetteer.by_id[qualified.place_id].feature_type
            role = "area"
        if resolved is not None and resolved.precision >= 3 and role == "event":
            role = "area"
        if resolved is not None and role == "area" and prev is not None and _right_after(text, items, framings, i):
            # The unit a place the gazetteer lacks is in carries its name (docs/contract.md section 2 extension).
            unmatched = prev.name if prev.resolved is None else prev.resolved.unmatched_name
            if unmatched:
                resolved = resolved.model_copy(update={"unmatched_name": unmatched})
        name = surface
        start, end = fr.start, fr.end
        if hits and start < hits[-1].end:
            start = max(items[i][0], hits[-1].end)  # framing words never reach into the previous hit
            if start >= end:
                continue  # "Hettin Idlib" kept whole as one unresolved name: its last word is no place of its own
        hit = PlaceHit.model_construct(start=start, end=end, text=text[start:end], name=name,
                                       resolved=resolved, role=role, feature_type=place_type)
        hits.append(hit)
        hit_of[i] = hit
    return hits


def _scoped(gc: NameResolver, text: str, items: list[Item]) -> list[Item]:
    """The items with only the candidates the document's country scope allows (``countries``): a near
    spelling only in the document's countries, an exact one anywhere but in a document clearly about
    another country. A name all of whose places are out of scope is no place of this document, unless the
    text calls it one ("the village of X"), which stays, unresolved."""
    matcher = gc.matcher
    exact: dict[tuple[str, str], bool] = {}  # (place id, name) -> spelled as one of its own names

    def spelled(p: GazPlace, name: str) -> bool:
        found = exact.get((p.id, name))
        if found is None:
            found = exact[(p.id, name)] = matcher.spelled_as(p, name)
        return found

    # A name repeated in a document has the same candidates (the same list: the items hold them, so their
    # ids are not reused while this runs) and the same answers.
    evidence: dict[tuple[str, int], str | None] = {}
    exact_places: list[tuple[str, str]] = []
    for _, _, surface, cands, ftype in items:
        if ftype is None and cands:
            ekey = (surface, id(cands))
            if ekey not in evidence:
                codes = {p.country.upper() for p in cands if prominent(p) and spelled(p, surface)}
                evidence[ekey] = next(iter(codes)) if len(codes) == 1 else None
            code = evidence[ekey]
            if code is not None:
                exact_places.append((code, surface))
    scope = document_scope(text, exact_places)
    out: list[Item] = []
    answers: dict[tuple[str, int], tuple[list[GazPlace], bool]] = {}
    for item in items:
        start, end, surface, cands, ftype = item
        if not cands:
            out.append(item)
            continue
        longer = _RUN_ON_PLACE.match(text, end) if ftype is None else None
        if longer is not None and all(p.feature_type in _SETTLEMENTS and not prominent(p) for p in cands):
            # "the Asfar Najjar area": the text calls the longer name a place; a village named like its first
            # word is another place. The whole name stays, unresolved.
            name_end = longer.end("rest")
            out.append((start, name_end, text[start:name_end], [], None))
            continue
        if all(p.country.upper() in scope.vouched_countries for p in cands):
            out.append(item)  # a report about the country of all its candidates: nothing to hold back
            continue
        name = _CAMP_WORDS_RE.sub("", surface) if ftype == "camp" else surface
        key = (name, id(cands))
        answer = answers.get(key)
        if answer is None:
            allowed = [p for p in cands if scope.allows(p, name, exact=spelled(p, name))]
            answer = answers[key] = (allowed, all(scope.vouched(p, name) for p in allowed))
        kept, vouched = answer
        if ftype is None and kept and not vouched and joined_to_unknown(text, start, end, matcher.light_tokens):
            # "San Mateo Capulhuac", "Baalbek-Homs road": a name run on into unknown words, where nothing else
            # says the document is about its place's country, is part of a longer, foreign name.
            kept = [p for p in kept if scope.vouched(p, name)]
        if len(kept) == len(cands):
            out.append(item)
        elif kept or ftype is not None:
            out.append((start, end, surface, kept, ftype))
        else:
            called = _called_a_place(text, start, end)
            if called is not None:
                out.append((start, end, surface, [], called or None))  # "the village of Rityan", unresolved
    return out


_SETTLEMENTS = frozenset({"village", "town", "neighbourhood"})
_RUN_ON_PLACE = re.compile(
    r"(?P<rest>(?:\s+(?!(?:Area|Village|Town|District)\b)[A-Z][\w'’-]+){1,2})\s+"
    r"(?:area|village|town|farms?|hamlet|neighbou?rhood|quarter)\b")


def _called_a_place(text: str, start: int, end: int) -> str | None:
    """The feature type the text gives the name at ``start:end`` ("the village of X", "X camp", "near X"):
    "" when it calls it a place without one, None when it does not."""
    lo, hi = max(0, start - 40), min(len(text), end + 40)
    for regex, name_group, noun_group in ((UNKNOWN_BEFORE, 2, 1), (UNKNOWN_AFTER, 1, 2), (UNKNOWN_NEAR, 2, 1)):
        for m in regex.finditer(text, lo, hi):
            if m.start(name_group) <= start and end <= m.end(name_group):
                return noun_type(m.group(noun_group)) or ""
    return None


def _right_after(text: str, items: list[Item], framings: list[Framing], i: int) -> bool:
    """Whether item ``i`` follows item ``i - 1`` as the unit it is in: "Qah in rural Idlib", "Qah, Idlib",
    "Qah (Idlib)", "the Harem district of Idlib"."""
    if i == 0:
        return False
    gap = text[items[i - 1][1] : max(items[i - 1][1], min(items[i][0], framings[i].start))]
    return len(gap) <= 30 and bool(_GAP_WITHIN_RE.match(gap))


def _qualifying_unit(gc: NameResolver, text: str, items: list[Item], framings: list[Framing], i: int,
                     prev: PlaceHit | None) -> ResolvedPlace | None:
    """The unit a bare governorate name stands for when it places the name before it ("the village of Qah
    in Idlib", "Qah village, Idlib", "Harem district of Idlib"): the governorate, precision 4 (a village "in
    Damascus" is in Rural Damascus); after a neighbourhood, its city, precision 2. None when the name is not
    such a qualifier, or may be the next item of a list ("Maarat al-Numan, Hama and Idlib")."""
    start, end, surface, cands, ftype = items[i]
    if prev is None or ftype is not None or framings[i].role != "event":
        return None
    pcode = admin1_pcode_for(surface)
    if pcode is None or not _right_after(text, items, framings, i):
        return None
    _, _, _, prev_cands, prev_type = items[i - 1]
    gap = text[items[i - 1][1] : start]
    inner = prev_type is not None or not prev_cands or prev.role == "area" or (
        prev.feature_type in _INNER_TYPES and all(p.feature_type in _INNER_TYPES for p in prev_cands))
    if not (inner or _INSIDE_GAP_RE.search(gap)):
        return None  # "Aleppo, Idlib": two cities of a list
    after = _LIST_AFTER_RE.match(text, end)
    if after is not None and i + 1 < len(items) and items[i + 1][0] <= after.end():
        return None  # "Qah, Idlib and Hama": a list
    kind = prev.feature_type if prev.resolved is not None else (
        prev_type or _called_a_place(text, items[i - 1][0], items[i - 1][1]) or prev.feature_type)
    if kind == "neighbourhood" or (prev.resolved is None and kind == "district") or (
            prev.resolved is None and prev_cands and all(p.feature_type == "neighbourhood" for p in prev_cands)):
        # A quarter of a city the gazetteer lacks ("the Midan neighbourhood of Damascus", "the Alwaer district
        # in Homs": the units OCHA calls districts are all known) is somewhere in that city.
        city = next((p for p in cands if p.feature_type == "city" and p.admin1 == pcode), None)
        return gc.gazetteer.resolved(city, 2) if city is not None else None
    if _CITY_AFTER_RE.match(text, end):
        return None  # "Idlib city" is the city wherever it stands
    unit = gc.governorate("SY03" if pcode == "SY01" else pcode)
    return gc.gazetteer.resolved(unit, 4) if unit is not None else None


def _collect(gc: NameResolver, text: str) -> list[Item]:
    """Candidate place expressions, in text order, not overlapping."""
    words = words_of(text)
    raw = gc.matcher.scan(text, words)
    # Words that spell a known name, as written here ("Raqa") or in the gazetteer, are not title words.
    names = gc.matcher.light_tokens | {w for m in raw for w in normalise_name(text[m.start : m.end]).split()}
    raw = exact_in_title_case(text, raw, names)
    items: list[Item] = []
    title_case: dict[int, bool] = {}
    prev: RawMatch | None = None
    for m in raw:
        longer = longer_name(text, m.start, m.end)
        if longer is None:
            longer = capitalised_prefix(text, m.start, m.end, m.candidates, prev)
            if longer is not None and title_case_line(text, m.start, title_case, names):
                longer = None  # in a headline every word is capitalised...
            longer = longer or joined_name(text, m.start, m.end)  # ...but a lower-case particle still joins
        prev = m
        if longer is None:
            items.append((m.start, m.end, text[m.start : m.end], m.candidates, None))
        else:
            # Part of a compound name the gazetteer does not know: the whole name, unresolved.
            s, e = longer
            items.append((s, e, text[s:e], [], None))
    items.extend(_named_by_noun(gc, text, raw))
    items.extend(_well_known_variants(gc, text, words, items, title_case, names))
    items.extend(_placed_unknowns(text, items))
    items.sort(key=lambda it: (it[0], it[0] - it[1]))
    out: list[Item] = []
    for it in items:
        if not out or it[0] >= out[-1][1]:
            out.append(it)
    return out


def _well_known_variants(gc: NameResolver, text: str, words: Words, items: list[Item],
                         title_case: dict[int, bool], names: set[str]) -> list[Item]:
    """Capitalised names no other pass took that spell a well-known place another way ("Deir Ezour")."""
    taken = sorted((it[0], it[1]) for it in items)
    starts = [t[0] for t in taken]
    out: list[Item] = []
    for start, end in capitalised_runs(text, words):
        k = bisect.bisect_left(starts, end)
        if k and max(t[1] for t in taken[max(0, k - 3) : k]) > start:
            continue  # overlaps a name found by the exact pass or named by a noun
        cands = gc.variants.lookup(text[start:end])
        if cands and not title_case_line(text, start, title_case, names):
            out.append((start, end, text[start:end], cands, None))
    return out


def _trusted(gc: NameResolver, resolved: ResolvedPlace, surface: str, doc_govs: set[str | None]) -> bool:
    """A variant spelling matched in another governorate than every one the document names is a
    different, unknown place more often than a misspelling: leave it unresolved."""
    if not doc_govs or resolved.admin1_pcode is None or resolved.admin1_pcode in doc_govs:
        return True
    place = gc.gazetteer.by_id.get(resolved.place_id)
    if place is None or place.feature_type in _ADMIN_TYPES | {"region", "line", "country"} or admin1_pcode_for(surface):
        return True
    bare = without_articles(surface)
    return any(fuzz.ratio(bare, without_articles(n)) >= TRUSTED_VARIANT for n in place.all_names)


_QUARTER_AFTER_RE = re.compile(r"\s+(?:neighbou?rhoods?|districts?|quarters?)\b", re.I)
_QUARTER_REACH = 400  # characters back to the city a quarter belongs to


def _quarter_elsewhere(gc: NameResolver, text: str, end: int, resolved: ResolvedPlace, hits: list[PlaceHit]) -> bool:
    """"a car bomb in a Homs district ... on the Zahraa district": a name the text calls a quarter, matched only
    to a village or town in another governorate than the city (or governorate) named just before it, is a
    quarter of that city the gazetteer lacks, not the village."""
    if not _QUARTER_AFTER_RE.match(text, end):
        return False
    place = gc.gazetteer.by_id.get(resolved.place_id)
    if place is None or place.feature_type not in {"village", "town"}:
        return False
    for hit in reversed(hits):
        if hit.end < end - _QUARTER_REACH:
            break
        city = gc.gazetteer.by_id.get(hit.resolved.place_id) if hit.resolved is not None else None
        if city is not None and city.feature_type in {"city", "governorate"}:
            return city.admin1 != place.admin1
    return False


def _named_by_noun(gc: NameResolver, text: str, raw: list) -> list[tuple[int, int, str, list[GazPlace], str | None]]:
    """Names that the text itself calls places, where the gazetteer matcher found nothing."""
    starts = [m.start for m in raw]  # raw matches are sorted and do not overlap
    ends_max = [m.end for m in raw]
    out: list[tuple[int, int, str, list[GazPlace], str | None]] = []
    seen: set[tuple[int, int]] = set()
    for regex, name_group, noun_group in ((UNKNOWN_BEFORE, 2, 1), (UNKNOWN_AFTER, 1, 2), (UNKNOWN_NEAR, 2, 1)):
        for m in regex.finditer(text):
            start, end = m.span(name_group)
            name = m.group(name_group)
            words = normalise_name(name).split()
            if not words or normalise_name(name) in STOPWORDS or words[0] in STOPWORDS or (
                len(words) == 1 and (words[0] in _GENERIC_NOUNS or words[0] in ARTICLES)
            ) or _CONTINUES_RE.match(text, end):
                continue  # not a name, or only the first part of one ("Dayr" of "Dayr uz-Zur")
            k = bisect.bisect_left(starts, end)
            if (k and ends_max[k - 1] > start) or (start, end) in seen:
                continue  # overlaps a gazetteer match
            ftype = noun_type(m.group(noun_group))
            cands = gc.candidates(name)
            if ftype == "camp":
                # A camp takes its name from the place it stands by; it is at most near that point.
                end = m.end(noun_group)
                cands = [p for p in gc.candidates(text[start:end]) or cands]
            seen.add((start, end))
            out.append((start, end, text[start:end], cands, ftype))
    return out


def _placed_unknowns(text: str, items: list[Item]) -> list[Item]:
    """Names the gazetteer lacks that the text places in a unit ("struck Kafr Jalis in rural Idlib",
    "in Al-Shafah in the Deir ez-Zor countryside"): kept unresolved, so that the unit is read as theirs."""
    taken = sorted((it[0], it[1]) for it in items)
    starts = [t[0] for t in taken]
    out: list[Item] = []
    for m in UNKNOWN_PLACED.finditer(text):
        start, end = m.span(1)
        words = normalise_name(m.group(1)).split()
        content = [w for w in words if w not in ARTICLES]
        if (not content or any(w in STOPWORDS or w in _GENERIC_NOUNS for w in content)
                or any(len(w) > 1 and w.isupper() for w in m.group(1).split()) or _CONTINUES_RE.match(text, end)):
            continue  # not a name ("on Monday", "the Hospital"), an acronym ("HTS"), or the start of a longer one
        k = bisect.bisect_left(starts, end)
        if k and max(t[1] for t in taken[max(0, k - 3) : k]) > start:
            continue  # a name another pass took
        out.append((start, end, text[start:end], [], None))
    return out


def _document_context(items: list, framings: list[Framing]) -> Context:
    """Governorates the document names or implies; each counts once per mention."""
    doc: dict[str, float] = {}
    for (_, _, _surface, cands, _), fr in zip(items, framings, strict=True):
        if all(p.feature_type == "neighbourhood" for p in cands):
            continue  # neighbourhood names are too generic to set the context themselves
        admin1s = {p.admin1 for p in cands if p.admin1}
        if len(admin1s) == 1:
            weight = 1.0 if fr.role == "area" or any(p.feature_type in _ADMIN_TYPES for p in cands) else 0.7
            code = next(iter(admin1s))
            doc[code] = doc.get(code, 0.0) + weight
    return Context(doc_admin1=doc)


def _anchors(items: list) -> list[tuple[float, float] | None]:
    """The point of each unambiguous place hit (one candidate, a point), else None."""
    out: list[tuple[float, float] | None] = []
    for _, _, _, cands, _ in items:
        if len(cands) == 1 and cands[0].lat is not None and cands[0].lon is not None and cands[0].point_precision <= 2:
            out.append((cands[0].lat, cands[0].lon))
        else:
            out.append(None)
    return out


def _following_admin(
    text: str, items: list, framings: list[Framing], i: int
) -> tuple[str | None, str | None, bool] | None:
    """The governorate or district named right after a place ("Qah, Idlib", "Saraqib in rural Idlib"), and
    whether the text says so unmistakably ("in rural Aleppo", ", Aleppo province") rather than by a bare
    name after a comma, which may also be the next item of a list ("Hama, Homs and Idlib")."""
    if i + 1 >= len(items):
        return None
    end = items[i][1]
    start2, _, surface2, cands2, _ = items[i + 1]
    gap = text[end:start2]
    before_framing = framings[i + 1]
    if before_framing.start > end:
        gap = text[end : before_framing.start]
    if len(gap) > 30 or not _GAP_WITHIN_RE.match(gap):
        return None
    explicit = before_framing.role == "area" or bool(_IN_GAP_RE.search(gap))
    pcode = admin1_pcode_for(surface2)
    if pcode:
        return pcode, None, explicit
    district = next((p for p in cands2 if p.feature_type == "district"), None)
    if district is not None and before_framing.role == "area":
        return district.admin1, district.admin2, True
    return None


def _sentence_governorates(text: str, items: list, framings: list[Framing], i: int) -> set[str]:
    """Governorates named as areas ("rural Aleppo", "Hama province") in the sentence of item ``i``."""
    start, end = items[i][0], items[i][1]
    lo = max(text.rfind(".", 0, start), text.rfind("\n", 0, start))
    hi_candidates = [k for k in (text.find(".", end), text.find("\n", end)) if k >= 0]
    hi = min(hi_candidates) if hi_candidates else len(text)
    out: set[str] = set()
    for j in range(max(0, i - 6), min(len(items), i + 7)):
        if j == i or items[j][0] <= lo or items[j][1] > hi or framings[j].role != "area":
            continue
        pcode = admin1_pcode_for(items[j][2])
        if pcode:
            out.add(pcode)
            if pcode == "SY01":
                out.add("SY03")  # the countryside of Damascus is Rural Damascus
    return out
