"""Actors and their roles: who attacked (perpetrator), who backed them (supporter), who was hit (target),
and who reports it (source). Names come from ``data/actors.tsv``.

A side named only as the one holding a place ("rebel-held town", "IS territory") gets the internal role
``holder``, and a country named as a place ("brought to Turkey for treatment", "fled into Turkey") the
internal role ``place``: both stay in ``doc.actors`` (so the name is not read as a place of the event) but
never reach a mention, since controlling the area that was hit does not make a side the one attacked.

Rows flagged ``modifier`` in the lexicon ("syrian", "government") name a side only before a means of
attack or a force ("Syrian air strikes", "government shelling", "Syrian-Russian alliance forces"); a name
followed by "terrorists" ("ISIL terrorists fired", "Nusra terrorists") is that group, not an unknown one.
Site furniture (related headlines, link lists) names no actor.
"""

from __future__ import annotations

import re
from functools import cache

from ..doc import Doc, Hit, Intervals
from ..lexicon import lexicon, load_tsv
from ..registry import Component, PipelineContext, component
from ._context import (
    is_claim,
    is_holder,
    is_source,
    is_strong_after,
    is_strong_perpetrator,
    is_supporter,
    is_target,
    means_from,
    names_a_means,
)
from ._furniture import furniture_of
from ._words import cue_words

_LIST_GAP = re.compile(r"\s*(?:" + cue_words("list_gaps") + r")\s*(?:the\s+)?")
# "ISIL terrorists", "Nusra terrorists", "Jaysh Al Fateh terrorist group", "the terrorist group of Nusra Front".
_NAME_THEN_UNKNOWN = re.compile(r"\s*")
_UNKNOWN_THEN_NAME = re.compile(
    r"\s+(?:(?:" + cue_words("named_group_nouns") + r")\s+)?(?:" + cue_words("naming_words") + r")\s+(?:the\s+)?(?:so-called\s+)?"
)
# "the group claimed the attack": the armed group named last before it.
_GROUP_ANAPHOR = re.compile(
    r"\b(?:" + cue_words("group_anaphor_determiners") + r")\s+(?:" + cue_words("group_adjectives", then=r"\s+") + r")?"
    r"(?:" + cue_words("group_nouns") + r")\b"
)
_GROUPS = frozenset({"ISIS", "HTS", "OPPOSITION", "SDF", "HEZBOLLAH"})
# A country named as a place: "brought to Turkey", "fled into Turkey", "in Russia".
_LOCATIVE_BEFORE = re.compile(
    r"\b(?:" + cue_words("locatives") + r")\s+(?:the\s+)?$"
)
_COUNTRY_AFTER_LOCATIVE = re.compile(r"^(?:['’]s\b|\s*-)")  # "in Turkey's Hatay", "in Turkey-backed" stay names


@cache
def _flagged(flag: str) -> frozenset[str]:
    return frozenset(" ".join(row[0].lower().split()) for row in load_tsv("actors.tsv") if len(row) > 2 and row[2] == flag)


@component(name="actors", assigns=["actors"], requires=["sentences", "ignored"])
def make_actors(context: PipelineContext) -> Component:
    lex = lexicon("actors.tsv")
    modifiers = _flagged("modifier")
    adjectives = _flagged("adjective")
    countries = _flagged("country")

    def actors(doc: Doc) -> None:
        ignored = Intervals(doc.ignored + furniture_of(doc))
        hits = []
        for h in lex.find(doc.lower, 0, doc.limit, doc.text):
            if h.code == "-" or ignored.overlaps(h.start, h.end):
                continue
            term = doc.lower[h.start : h.end]
            if term in modifiers and not names_a_means(doc.lower, h.end):
                continue  # "Syrian towns", "government officials": no side named
            hits.append(h)
        hits = _merge_unknown(doc, hits)
        hits = _claims_by_anaphor(doc, hits, ignored)
        for hit in hits:
            term = doc.lower[hit.start : hit.end]
            if hit.role == "perpetrator":
                continue  # already read ("the group claimed the attack")
            if is_source(doc.lower, hit.start, hit.end):
                hit.role = "source"
            elif is_supporter(doc.lower, hit.start, hit.end):
                hit.role = "supporter"
            elif term in countries and _LOCATIVE_BEFORE.search(doc.lower, max(0, hit.start - 20), hit.start) \
                    and not _COUNTRY_AFTER_LOCATIVE.match(doc.lower, hit.end) and not means_from(doc.lower, hit.start):
                hit.role = "place"
            elif is_holder(doc.lower, hit.start, hit.end):
                hit.role = "holder"
            elif is_target(doc.lower, hit.start, hit.end):
                hit.role = "target"
            else:
                hit.role = "perpetrator"
                hit.weight = 1.0 if is_strong_perpetrator(doc.lower, hit.start, hit.end) else 0.5
                if hit.weight < 1.0 and term in adjectives and not names_a_means(doc.lower, hit.end):
                    hit.role = "-"  # "a Russian-brokered truce", "Turkish officials": no side said to strike
        # "jihadists from the Islamic State and Al-Nusra Front were killed": a list shares its first member's role.
        for before, hit in zip(hits, hits[1:], strict=False):
            if before.role in ("target", "supporter", "holder") and hit.role == "perpetrator" and hit.weight < 1.0:
                if _LIST_GAP.fullmatch(doc.lower[before.end : hit.start]):
                    hit.role = before.role
        # "Russian and regime warplanes", "IS and Nusra claimed": the cue after a list holds for each member.
        for hit, after in reversed(list(zip(hits, hits[1:], strict=False))):
            if hit.role in ("perpetrator", "-") and after.role == "perpetrator" and after.weight >= 1.0 and hit.weight < 1.0:
                if _LIST_GAP.fullmatch(doc.lower[hit.end : after.start]) and is_strong_after(doc.lower, after.start, after.end):
                    hit.role, hit.weight = "perpetrator", 1.0
        doc.actors = [h for h in hits if h.role != "-"]

    return actors


def _merge_unknown(doc: Doc, hits: list[Hit]) -> list[Hit]:
    """A named group next to "terrorists" is that group: "ISIL terrorists fired" names ISIS, with the cue of
    the whole phrase; "the terrorist group of Nusra Front claimed" names HTS."""
    out: list[Hit] = []
    i = 0
    while i < len(hits):
        hit = hits[i]
        nxt = hits[i + 1] if i + 1 < len(hits) else None
        if nxt is not None and hit.code not in ("UNKNOWN",) and nxt.code == "UNKNOWN" \
                and _NAME_THEN_UNKNOWN.fullmatch(doc.lower[hit.end : nxt.start]):
            out.append(Hit(hit.start, nxt.end, hit.code))
            i += 2
            continue
        if nxt is not None and hit.code == "UNKNOWN" and nxt.code != "UNKNOWN" \
                and _UNKNOWN_THEN_NAME.fullmatch(doc.lower[hit.end : nxt.start]):
            out.append(Hit(hit.start, nxt.end, nxt.code))
            i += 2
            continue
        out.append(hit)
        i += 1
    return out


def _claims_by_anaphor(doc: Doc, hits: list[Hit], ignored: Intervals) -> list[Hit]:
    """"The group claimed responsibility": the armed group named last before the claim, as its perpetrator."""
    added: list[Hit] = []
    for m in _GROUP_ANAPHOR.finditer(doc.lower, 0, doc.limit):
        if ignored.overlaps(m.start(), m.end()) or not is_claim(doc.lower, m.end()):
            continue
        if any(h.start <= m.start() < h.end for h in hits):
            continue  # "the Islamic State group claimed": named already
        named = [h for h in hits if h.end <= m.start() and h.code in _GROUPS]
        if named:
            added.append(Hit(m.start(), m.end(), named[-1].code, "perpetrator", 1.0))
    return sorted(hits + added, key=lambda h: h.start) if added else hits
