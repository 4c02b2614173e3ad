"""How reports phrase where something happened around a name: "rural Idlib", "the southern countryside of
Hama", "near Saraqib", "the village of Qah", "Maram camp". Pure text patterns, no gazetteer."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

Role = Literal["event", "near", "area"]

_DIR = r"(?:north|south|east|west|north[- ]?east|north[- ]?west|south[- ]?east|south[- ]?west)(?:ern)?"
# Text just before a name that makes it an area: "rural", "countryside of", "the eastern countryside of".
AREA_BEFORE = re.compile(
    rf"(?:(?:{_DIR}\s+)?(?:rural|countryside\s+of|suburbs\s+of|province\s+of|governorate\s+of|outskirts\s+of\s+rural)|"
    rf"(?:{_DIR}\s+)?(?:countryside|rural\s+areas|suburbs|province|governorate)\s+of(?:\s+the)?|"
    rf"{_DIR}\s+(?:rural\s+)?|ريف|محافظة|منطقة)\s*$",
    re.IGNORECASE,
)
# Text just after a name that makes it an area: "Idlib province", "Hama's northern countryside".
AREA_AFTER = re.compile(
    rf"^(?:['’]?s)?\s+(?:(?:{_DIR})\s+)?(?:(?:province|governorate)\b(?!\s+of\b)|countryside|muhafaza|rural\s+areas|"
    rf"suburbs|region|(?:administrative\s+)?district|canton|area|environs|plain|mountains?)\b",
    re.IGNORECASE,
)
NEAR_BEFORE = re.compile(
    rf"(?:\bnear(?:\s+to)?|\bclose\s+to|\bnearby|\boutskirts\s+of|\bvicinity\s+of|\boutside(?:\s+of)?|\bedge\s+of|"
    rf"\baround|\bkm\s+(?:from|{_DIR}\s+of)|\bkilometers?\s+(?:from|{_DIR}\s+of)|\bkilometres?\s+(?:from|{_DIR}\s+of)|"
    rf"\bmiles?\s+(?:from|{_DIR}\s+of)|\b{_DIR}\s+of|\bbetween)"
    r"(?:\s+the)?(?:\s+(?:town|city|village|camp)\s+of)?(?:\s+the)?\s*$|(?:قرب|بالقرب\s+من|محيط|أطراف|اطراف)\s*(?:مدينة|بلدة|قرية)?\s*$",
    re.IGNORECASE,
)
NEAR_AFTER = re.compile(r"^(?:['’]?s)?\s+(?:outskirts|environs|vicinity)\b", re.IGNORECASE)

# Generic nouns that say a capitalised name is a place, before ("the village of X") or after ("X camp").
_NOUN = r"(?:village|town|city|hamlet|neighbou?rhood|district|quarter|camp|refugee\s+camp|IDP\s+camp|farm|area|region|suburb)"
_WORD = r"[A-Z][\w'’‘`ʿ]*"
_LINK = r"(?:[-\s](?:al|el|an|ar|as|ash|at|az|ad|ez|es|ed|bin|bani|abu|um|umm)[-\s]|[-\s])"
NAME_RE = rf"(?:(?:[Aa]l|[Ee]l)[-\s])?{_WORD}(?:{_LINK}{_WORD}){{0,3}}"
UNKNOWN_BEFORE = re.compile(rf"\b(?:the\s+)?({_NOUN})\s+of\s+({NAME_RE})")
# "near Kafr Jalis", "on the outskirts of Kafr Jalis": a capitalised name after these words is a place.
UNKNOWN_NEAR = re.compile(
    rf"\b(near(?:\s+to)?|close\s+to|(?:outskirts|vicinity|edge)\s+of|(?:village|town|city)\s+of)\s+(?:the\s+)?({NAME_RE})"
)
# "struck Kafr Jalis in rural Idlib", "in Al-Shafah in the Deir ez-Zor countryside": a capitalised name after a
# word that puts it on the ground, which the next words place in a unit, is a place even when nothing names it so.
_UNIT_NAME = r"[A-Z][\w'’-]*(?:\s+(?:ez|ar|al|el|as|ad|an)[-\s][A-Z][\w'’-]*)?(?:['’]s)?"
UNKNOWN_PLACED = re.compile(
    rf"\b(?:[Ii]n|[Oo]n|[Aa]t|into|struck|hit|targeted|shelled|bombed|stormed|captured)\s+({NAME_RE})"
    rf"(?=,?\s+(?:in|of)\s+(?:the\s+)?(?:{_DIR}\s+)?(?:(?:rural|countryside|suburbs|province|governorate)\b|"
    rf"{_UNIT_NAME}\s+(?:{_DIR}\s+)?(?:province|governorate|countryside|district)\b))"
)
UNKNOWN_AFTER = re.compile(rf"\b({NAME_RE})\s+((?:refugee\s+|IDP\s+|displacement\s+|displaced\s+)?(?:camp|village|town|neighbou?rhood|quarter))\b")

# First words of compound place names ("Tal Madiq", "Kafr Hamra", "Bab al-Hawa"). A known name right
# after one, or one alone followed by a capitalised word, is part of a longer, unknown name.
HEAD_WORDS = frozenset(
    """tal tell tel tall kafr kafar kfar kefr kafer deir dayr dair ain ayn ein khan jisr beit bayt bait bab abu abou
    umm um jabal jebel jabel wadi ras qasr maarat maaret marat maarrat bir khirbet khirbat kherbet mazraat qalaat
    sheikh shaykh hay harat nahr qaryat tall tallat""".split()
)
# "Busr al-Harir", "Tal al-Hawa": a name followed by al-X continues into a longer name.
ARTICLE_CONTINUES_RE = re.compile(r"[-\s](?:al|el|Al|El)-[A-Z]")
HEAD_BEFORE_RE = re.compile(r"(?:^|[^\w'’])([A-Z][\w'’]*)[-\s]$")
NAME_CONTINUES_RE = re.compile(rf"(?:[-\s](?:(?:al|el|an|ar|as|ash|at|az|ad|ez|es|ed)[-\s])?(?:(?:Al|El)-)?{_WORD}){{1,2}}")

NOUN_TYPE = {"village": "village", "town": "town", "city": "city", "hamlet": "village", "neighborhood": "neighbourhood",
             "neighbourhood": "neighbourhood", "quarter": "neighbourhood", "district": "district", "camp": "camp",
             "farm": "village", "suburb": "neighbourhood"}


def noun_type(noun: str) -> str | None:
    last = noun.split()[-1].lower()
    return NOUN_TYPE.get(last)


@dataclass
class Framing:
    """What the words around a name say about it."""

    role: Role
    start: int  # span widened to take in the framing words ("rural ", " countryside")
    end: int
    area_words: bool  # "province", "countryside", "rural": the name stands for the area around it
    directional: bool  # "southern countryside of", "eastern": part of the area
    admin_noun: str | None  # "province"/"governorate"/"district" when said


_BEFORE_HINTS = ("rural", "countryside", "suburb", "province", "governorate", "north", "south", "east", "west",
                 "ريف", "محافظة", "منطقة")
_NEAR_HINTS = ("near", "close", "outskirts", "vicinity", "outside", "edge", "around", "km", "kilomet", "mile",
               "north", "south", "east", "west", "between", "قرب", "محيط", "طراف")
_AFTER_HINTS = ("countryside", "province", "governorate", "muhafaza", "rural", "suburb", "region", "district",
                "canton", "area", "environs", "plain", "mountain", "outskirts", "vicinity")


# AREA_BEFORE can only match text whose last word is one of these: most names are not preceded by
# one, and then the costly end-anchored search (tried at every offset of the window) is skipped.
_AREA_BEFORE_LAST = re.compile(
    r"(?:rural|of|the|north|south|east|west|northern|southern|eastern|western|ريف|محافظة|منطقة)$", re.IGNORECASE
)


def _has_hint(lowered: str, hints: tuple[str, ...]) -> bool:
    # Substring tests on the lowered text: several times faster than an IGNORECASE alternation,
    # and this runs for every name of every document.
    for hint in hints:
        if hint in lowered:
            return True
    return False


_ANY_BEFORE_HINTS = tuple(sorted(set(_BEFORE_HINTS) | set(_NEAR_HINTS)))


def frame(text: str, start: int, end: int) -> Framing:
    """The role of the name at text[start:end] and the span including its framing words."""
    before = text[max(0, start - 60) : start]
    after = text[end : end + 50]
    # Cheap tests first: the anchored regexes are the slow part on long texts.
    before_l, after_l = before[-45:].lower(), after[:40].lower()
    if not _has_hint(before_l, _ANY_BEFORE_HINTS) and not _has_hint(after_l, _AFTER_HINTS):
        return Framing("event", start, end, False, False, None)
    area_before = _has_hint(before_l, _BEFORE_HINTS) and _AREA_BEFORE_LAST.search(before.rstrip()[-12:]) is not None
    m = AREA_BEFORE.search(before) if area_before else None
    if m and m.group().strip():
        phrase = m.group().strip()
        new_start = start - len(before) + m.start()
        noun = "province" if re.search(r"province|governorate", phrase, re.I) else None
        return Framing("area", new_start, end, True, bool(re.search(_DIR, phrase, re.I)), noun)
    m2 = AREA_AFTER.search(after) if _has_hint(after_l, _AFTER_HINTS) else None
    if m2:
        phrase = m2.group()
        word = phrase.split()[-1].lower()
        noun = word if word in {"province", "governorate", "muhafaza", "district", "canton"} else None
        return Framing("area", start, end + len(phrase), True, bool(re.search(_DIR, phrase, re.I)), noun)
    if (_has_hint(before_l, _NEAR_HINTS) and NEAR_BEFORE.search(before)) or NEAR_AFTER.search(after):
        return Framing("near", start, end, False, False, None)
    return Framing("event", start, end, False, False, None)


# Names of media, organisations and people read like place names ("SANA reported", "Al Mayadeen TV said",
# "Assad's forces"). Media words after a name always mean the outlet; a verb of saying or a word for armed
# forces right after it means the actor, unless a preposition puts the name in a place ("activists in
# Idlib said").
MEDIA_AFTER = re.compile(
    r"^(?:['’]s)?\s+(?:TV|television|channel|satellite\s+channel|news\b|agency|radio|newspaper|daily|website|"
    r"network|media\s+(?:office|cent(?:er|re))|correspondent|reporter|outlet)\b",
    re.IGNORECASE,
)
ACTOR_AFTER = re.compile(
    r"^(?:['’]?s)?\s+(?:reported|reports|said|says|claimed|claims|announced|stated|denied|confirmed|quoted|"
    r"forces|regime|troops|army|government|loyalists|militias?|supporters|spokesm[ae]n|spokesperson|officials?)\b",
    re.IGNORECASE,
)
# A people, not a place, whatever comes before it: "members of the Kara Ethnic Group", "the Shaitat tribe".
PEOPLE_AFTER = re.compile(r"^(?:['’]?s)?\s+(?:ethnic\s+groups?|tribes?|tribesmen|clans?)\b", re.IGNORECASE)
PLACE_PREPOSITION_BEFORE = re.compile(
    r"(?:\b(?:in|at|from|near|of|to|on|into|towards?|around|inside|outside|across|over|between|and|hit|struck|"
    r"shelled|bombed|targeted)|ريف|في)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def names_an_actor(text: str, start: int, end: int) -> bool:
    """Whether the name at text[start:end] is a news outlet, an actor or a people by the words right after it."""
    after = text[end : end + 40]
    if MEDIA_AFTER.match(after) or PEOPLE_AFTER.match(after):
        return True
    return bool(ACTOR_AFTER.match(after)) and not PLACE_PREPOSITION_BEFORE.search(text[max(0, start - 25) : start])
