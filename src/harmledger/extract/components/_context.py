"""Small look-arounds shared by the taggers: is a name the subject of "said", after "backed by",
the holder of a place that was hit ("rebel-held town"), or the one who struck ("X warplanes")?

The words of each look-around are lists in ``data/context.json``; this module writes only the shapes
around them."""

from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon import alternation, load_json
from ._words import any_of


def _any(key: str) -> str:
    return any_of("context.json", key)


def _each_then_space(key: str) -> str:
    return any_of("context.json", key, then=r"\s+")


# How far around a name each look-around reads, in characters: about the span of the phrase it looks for
# ("backed by the Russian-led" before, "'s military support" after), so that a cue from the next clause
# does not count.
_SUPPORT_REACH = 60  # "with the direct military support of the" before a name
_NEAR = 25  # "according to the", "with heavy": a few words next to the name
_NOUN_REACH = 40  # a noun phrase after the name ("-held towns", "'s air support", "state media")
_CLAUSE_REACH = 60  # a verb phrase after the name ("forces have reportedly shelled"), or a means before it
_CLAIM_REACH = 70  # "claimed responsibility for the bombing" after the name
_CUE_REACH = 80  # "air strikes carried out on Sunday by the" before the name
_HOLDER_REACH = 50  # "areas under the control of the" before the name
_CLASHES_REACH = 70  # "killed on Sunday in heavy clashes with the" before the name
_REPORT_REACH = 50  # the name, then "has said" within a short clause

_SUPPORT_BEFORE = re.compile(
    r"(?:" + _any("support_verbs") + r")\s+by\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}$"
    r"|(?:with|under)\s+(?:the\s+)?(?:\w+\s+){0,2}(?:" + _any("support_nouns") + r")\s+(?:from|of|by)\s+(?:the\s+)?(?:\w+\s+){0,1}$"
    r"|(?:" + _any("support_allies") + r")\s+(?:such\s+as\s+)?$"
    r"|\band\s+(?:its|their)\s+(?:allies|ally)\s*,?\s*$"
)
# "Iranian-backed militias": Iran backs them. ("Syrian troops backed by X": the troops are the main side.)
_SUPPORT_AFTER = re.compile(r"^-(?:" + _any("backed_suffixes") + r")\b")
# "regime forces with Russian support", "under Russian air cover": the name before the support is the backer.
_SUPPORT_WITH_BEFORE = re.compile(r"\b(?:with|under|amid)\s+(?:the\s+)?(?:heavy\s+|direct\s+)?$")
_SUPPORT_NOUN_AFTER = re.compile(
    r"^(?:['’]s)?\s+(?:" + _each_then_space("support_kinds") + r")?"
    r"(?:" + _any("support_nouns") + r")\b"
)
# Who holds the place that was hit is not who was attacked: "rebel-held town", "IS territory",
# "areas under the control of the regime". Such a name is a holder, never a target.
_HOLDER_AFTER = re.compile(
    r"^(?:['’]?s\b)?[\s-]*(?:groups?['’]?s?\s+|organization\s+|forces\s+|fighters\s+)?"
    r"(?:de\s+facto\s+|self-(?:declared|styled)\s+)?(?:" + _any("held_suffixes") + r")\b"
    r"|^\s+control\b"
)
_HOLDER_BEFORE = re.compile(
    r"\b(?:" + _any("holding_verbs") + r")\s+by\s+(?:the\s+)?(?:[\w-]+\s+)?$"
    r"|\b(?:under\s+(?:the\s+)?(?:\w+\s+)?control\s+of|(?:" + _any("held_areas") + r")\s+(?:held\s+by|of|controlled\s+by))\s+(?:the\s+)?(?:[\w-]+\s+)?$"
)
# What belongs to the side that was hit: "IS positions", "regime checkpoint", "rebel convoy".
_HELD_AFTER = re.compile(
    r"^(?:['’]?s\b)?[\s-]*(?:group\s+|organization\s+)?(?:" + _any("side_assets") + r")\b"
)
_PEOPLE_AFTER = re.compile(
    r"^[\s-]*(?:group\s+|organization\s+)?(?:" + _any("side_people") + r")\b"
)
_PEOPLE_TERM = re.compile(r"(?:" + _any("people_terms") + r")$")
_KILL_BEFORE = re.compile(r"\b(?:" + _any("harm_counts") + r")\b[\w\s,'-]{0,25}$")
# "killed 20 IS fighters", "nearly 40 Syrian soldiers": a count just before the name (not a year or a day of a date:
# "22 Jul 2016 Aleppo rebel tunnel blast", "21-05-2016 Syrian Army Kills 125").
_COUNT_BEFORE = re.compile(r"\b(\d[\d,.]*)\s+(?:[\w'-]+\s+){0,2}$")
_MONTH_WORD = re.compile(r"^\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b")
# The name is the subject of an active verb: "Syrian Army Kills 40", "rebels blew up a tunnel", "ISIL terrorists fired
# rocket shells". "killed" only with an object after it ("12 rebels killed in clashes" is passive).
_FILLER = (
    # "Syrian-Russian alliance forces struck": a compound of sides and the word for their joint forces.
    r"(?:-[a-z]+(?=\s))?(?:\s+(?:alliance|allied|joint|coalition))?"
    r"(?:\s+(?:terror(?:ist)?\s+)?(?:" + _any("side_forces") + r"))?"
)
# Adverbs between a side and its verb; not "often", "regularly", "previously": a habit is not this attack.
_ADVERBS = r"(?:" + _any("adverbs") + r")"
_ACTIVE_AFTER = re.compile(
    r"^(?:['’]?s\b)?" + _FILLER + r"\s*,?\s+(?:(?:" + _ADVERBS + r"|on\s+\w+day)\s+)*"
    r"(?:" + _any("active_verbs") + r"|"
    r"killed(?=\s+(?:" + _any("killed_objects") + r")\b))\b"
)
_PASSIVE_AFTER = re.compile(r"^[\w\s'-]{0,30}?\b(?:were|was|have\s+been|had\s+been|are|been)\s+(?:\w+\s+)?(?:" + _any("harmed") + r")\b|^\s+(?:killed|dead|died)\b(?!\s+(?:" + _any("dead_not_objects") + r")\b)")
# "47 leaders of Ahrar al-Sham killed", "a blast near the headquarters of X": X is the side hit, whatever verb follows.
_OF_TARGET_BEFORE = re.compile(
    r"\b(?:" + _any("hit_parts") + r")"
    r"\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?$"
    # "the spokesman for Al-Nusra Front, his son and 20 others were killed" (a source only when a reporting verb follows).
    r"|\b(?:" + _any("side_roles") + r")\s+(?:for|of)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}$"
)
# "clashes with rebels killed 12": the verb after the name is not the name's.
_PREPOSITION_BEFORE = re.compile(r"\b(?:" + _any("against_prepositions") + r")\s+(?:the\s+)?$")
_KILLED_IN_CLASHES_WITH = re.compile(
    r"\b(?:" + _any("harm_words") + r")\s+(?:[\w,]+\s+){0,4}?(?:in|during|amid)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:" + _any("clashes") + r")\s+with\s+(?:the\s+)?$"
)
_FIGHTING_BEFORE = re.compile(r"\b(?:" + _any("fighting_verbs") + r")\s+(?:the\s+)?$")
# "Fighters of X ..." at the head of a clause (its start, after punctuation or a conjunction).
_AGENTS_OF_BEFORE = re.compile(
    r"(?:^|\n|[.,;:]\s+|\b(?:when|after|as|and|then|while)\s+)(?:the\s+)?(?:fighters|members|militants|gunmen|"
    r"soldiers|troops|militiamen|jihadists|elements|snipers)\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?$"
)
# "carried out by members of the Nusra Front", "led by fighters of IS": who struck, though "members of" precedes.
_BY_MEMBERS_BEFORE = re.compile(r"\bby\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?of\s+(?:the\s+)?(?:[\w-]+\s+)?$")
# "Syrian jets were shot down", "Russian military chopper shot down" (a headline); not "IS shot down a jet".
_DOWNED_AFTER = re.compile(
    r"^[\w\s'-]{0,20}?\b(?:was|were|been|is|are)\s+(?:\w+\s+)?(?:shot\s+down|downed|intercepted)\b"
    r"|^\s+(?:military\s+)?(?:" + _any("aircraft") + r")s?\s+(?:shot\s+down|downed)\b"
)
_TARGET_BEFORE = re.compile(
    r"(?:" + _any("target_verbs") + r")\s+"
    r"(?:the\s+)?(?:[\w-]+\s+)?$"
)
# "aircraft from the Syrian regime", "artillery fire from government forces": who fired, not who was hit.
_MEANS_FROM = (
    r"\b(?:" + _any("fired_means") + r")\s+(?:\w+\s+){0,2}?(?:from|belonging\s+to|operated\s+by)\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}$"
    # "warplanes of the regime" (but "the shelling of rebel areas" is the side hit).
    r"|\b(?:" + _any("air_means") + r")\s+of\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}$"
    # "shells fired from positions held by X", "rockets launched from areas under the control of X": the side
    # that holds the launch site fired; it is not only the holder of a place.
    r"|\b(?:" + _any("fired_means") + r")\s+(?:\w+\s+){0,2}?from\s+(?:the\s+|its\s+|their\s+)?(?:\w+\s+)?"
    r"(?:" + _any("launch_sites") + r")\s+(?:(?:" + _any("holding_verbs") + r")\s+by|of|belonging\s+to"
    r"|under\s+(?:the\s+)?control\s+of)\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}$"
)
_MEANS_FROM_BEFORE = re.compile(_MEANS_FROM)
# A name that is itself the means of attack ("Russian jets", "regime helicopters") says who struck.
_MEANS_TERM = re.compile(r"\b(?:" + _any("means_terms") + r")$")
# "blamed government forces", "accused the regime of", "the attack the West blames on Assad's forces", "pinning the
# blame on the regime", "attributed to IS": the side named is the one said to have struck.
_BLAME_BEFORE = re.compile(
    r"\b(?:" + _any("blame_verbs") + r")\s+(?:(?:on|the|also|both)\s+)*"
    r"(?:(?!(?:" + _any("blame_not_before") + r")\b)[\w'-]+[\s-]+){0,4}$"
    r"|\bblame\s+(?:for\s+[\w\s'-]{0,40}?\s+)?on\s+(?:the\s+)?(?:[\w'-]+[\s-]+){0,3}$"
    r"|\b(?:attributed|attributing|attributes)\s+(?:it\s+|them\s+)?to\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}$"
    r"|\b(?:the\s+)?work\s+of\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}$"
)
# "held X responsible" needs the "responsible": "held" alone is "a town held by X".
_HELD_RESPONSIBLE = re.compile(r"^[\w\s'’-]{0,40}?\b(?:" + _any("responsible") + r")\b")
# "killed by X", "air strikes carried out by X", "blamed on X"; not "a ceasefire brokered by X".
# "killed at the hands of pro-regime militias", "shelling on the part of X": who killed them.
_HANDS_OF = (r"\b(?:(?:at|by)\s+the\s+hands?|on\s+the\s+part)\s+of\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}$")
_HANDS_OF_BEFORE = re.compile(_HANDS_OF)
_STRONG_BEFORE = re.compile(
    r"\b(?:" + _any("strong_verbs") + r")\b"
    r"(?:\s+[\w,'-]+){0,4}?\s+by\s+(?:the\s+)?(?:(?!(?:" + _any("by_not_before") + r")\b)[\w'-]+\s+){0,3}$"
    r"|\bblamed\s+on\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}$"
    r"|" + _HANDS_OF
    + r"|" + _MEANS_FROM
)
# A means of attack named after the side: "X warplanes", "Syrian air strikes", "rebel tunnel blast", "Syrian-Russian warplanes".
_MEANS_NOUNS = r"(?:" + _any("means_nouns") + r")"
# A name that is only a side when a means or a force follows it ("Syrian air strikes", "government shelling",
# "Syrian-Russian alliance forces"; not "Syrian towns", "government officials").
_MODIFIER_MEANS = re.compile(
    r"^(?:\s*(?:-|/|and|&)\s*(?:" + _any("allied_sides") + r")\b)*"
    r"(?:['’]?s\b)?[\s-]+(?:-?led\s+)?(?:(?:" + _any("means_modifiers") + r")\s+)?"
    r"(?:" + _MEANS_NOUNS + r"|" + _any("armed_forces") + r")\b"
)
_MEANS_AFTER = re.compile(
    r"^(?:['’]?s\b)?[\s-]*(?:-led|led)?\s*(?:" + _each_then_space("means_kinds") + r")?"
    + _MEANS_NOUNS + r"\b"
)
_STRONG_AFTER = re.compile(
    _MEANS_AFTER.pattern
    + r"|^(?:['’]?s\b)?" + _FILLER + r"\s*,?\s+(?:" + _ADVERBS + r"\s+)*"
    r"(?:" + _any("strong_verbs_after") + r"|"
    r"(?:" + _any("onset_verbs") + r")\s+(?:to\s+)?"
    r"(?:" + _any("onset_objects") + r")\w*)\b"
    r"|^(?:['’]?s\b)?" + _FILLER + r"\s+(?:was|were|is|are|had\s+been|has\s+been|have\s+been)\s+(?:\w+\s+)?"
    r"(?:" + _any("behind") + r")\b"
)
# "IS claimed responsibility", "the Daesh group claimed the attack": a claim, not a report.
_CLAIM_AFTER = re.compile(
    r"^(?:['’]?s\b)?" + _FILLER + r"\s*,?\s+(?:" + _ADVERBS + r"\s+)*"
    r"(?:" + _any("claim_verbs") + r")\s+(?:\w+\s+){0,2}?"
    r"(?:responsibility|responsibilty|credit|the\s+(?:\w+\s+)?(?:" + _any("claimed_acts") + r")s?|(?:\w+\s+){0,3}lives)\b"
)


@lru_cache(maxsize=1)
def _reporting() -> re.Pattern[str]:
    verbs = load_json("casualties.json")["reporting_verbs"]
    alt = alternation(verbs)
    return re.compile(rf"^[^.;:]{{0,45}}?\b(?:{alt})\b")


# "the Russian Defence Ministry", "Syrian state media", "US officials": a side's voice, not its forces.
_AGENCY_AFTER = re.compile(
    r"^(?:['’]s)?\s+(?:" + _each_then_space("voice_kinds") + r")?(?:" + _any("voices") + r")\b"
)
# "Russian jets killed 12, the monitor said": an event verb between the name and the reporting verb.
_EVENT_BETWEEN = re.compile(r"\b(?:" + _any("event_words") + r")\b")


def is_source(lower: str, start: int, end: int) -> bool:
    """The name introduces a report: "the Observatory said", "according to SANA", "Russia has said", or
    names a side's voice ("the Russian Defence Ministry", "Syrian state media"). A claim of responsibility
    ("IS claimed the attack") is not a report, and a name after "blamed" or "killed by" is the accused."""
    if _AGENCY_AFTER.match(lower[end : end + _NOUN_REACH]):
        return True
    if (_CLAIM_AFTER.match(lower[end : end + _CLAIM_REACH]) or is_blamed(lower, start, end)
            or _STRONG_BEFORE.search(lower[max(0, start - _CUE_REACH) : start])):
        return False
    before = lower[max(0, start - _NEAR) : start]
    if re.search(r"according\s+to\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}$", before) or re.search(r"\b(?:told|cited|quoted)\s+(?:the\s+)?$", before):
        return True
    after = lower[end : end + _REPORT_REACH]
    m = _reporting().match(after)
    if not m:
        return False
    # "Russian jets killed 12, the monitor said": the verb must belong to this name, with no other event verb between.
    return not _EVENT_BETWEEN.search(after[: m.end()])


def is_supporter(lower: str, start: int, end: int) -> bool:
    if _SUPPORT_BEFORE.search(lower[max(0, start - _SUPPORT_REACH) : start]) or _SUPPORT_AFTER.match(lower[end : end + 12]):
        return True
    return bool(_SUPPORT_WITH_BEFORE.search(lower[max(0, start - _NEAR) : start])
                and _SUPPORT_NOUN_AFTER.match(lower[end : end + _NOUN_REACH]))


def is_holder(lower: str, start: int, end: int) -> bool:
    """The side that holds a place, not one that was attacked: "rebel-held town", "IS territory",
    "areas under the control of the regime", "a city held by IS", "under rebel control"."""
    after = lower[end : end + _NOUN_REACH]
    # "shells fired from regime-held areas": the side that holds the launch site fired; it is no holder only.
    if _HOLDER_AFTER.match(after) and not (after[:1] == "-" and means_from(lower, start)):
        # "under rebel control" needs the "under"; "rebel control of the city" alone says nothing.
        return not after.lstrip().startswith("control") or bool(re.search(r"\bunder\s+(?:the\s+)?$", lower[max(0, start - 12) : start]))
    before = lower[max(0, start - _HOLDER_REACH) : start]
    return bool(_HOLDER_BEFORE.search(before)) and not _HANDS_OF_BEFORE.search(before) and not means_from(lower, start)


def _count_before(before: str) -> bool:
    m = _COUNT_BEFORE.search(before)
    if m is None:
        return False
    digits = m.group(1).replace(",", "").rstrip(".")
    if len(digits) == 4 and digits.isdigit() and 1900 <= int(digits) <= 2100:
        return False  # a year
    return not _MONTH_WORD.match(before[m.end(1) :])


def is_target(lower: str, start: int, end: int) -> bool:
    """The side that was hit: "rebel-held town", "killed 20 IS fighters", "10 Syrian troops were killed"."""
    before = lower[max(0, start - _NOUN_REACH) : start]
    after = lower[end : end + _CLAUSE_REACH]
    if means_from(lower, start) or is_blamed(lower, start, end) or _HANDS_OF_BEFORE.search(before):
        return False
    if _HELD_AFTER.match(after) or _DOWNED_AFTER.match(after):
        return True
    if _OF_TARGET_BEFORE.search(before) and not _BY_MEMBERS_BEFORE.search(before):
        # "Fighters of X opened fire on civilians": the fighters begin the clause and act; X is who attacked.
        clause = lower[max(0, start - _CLAUSE_REACH) : start]
        return not (_AGENTS_OF_BEFORE.search(("\n" if start <= _CLAUSE_REACH else "") + clause)
                    and _ACTIVE_AFTER.match(after))
    if _KILLED_IN_CLASHES_WITH.search(lower[max(0, start - _CLASHES_REACH) : start]):
        # "12 Islamist fighters were killed in clashes with Kurdish militants": the other side, who fought them.
        return False
    if _FIGHTING_BEFORE.search(before):
        # "the US-led coalition fighting IS had also carried out air strikes": IS is fought, whatever follows.
        return True
    if (_ACTIVE_AFTER.match(after) or _MEANS_AFTER.match(after)) and not _PREPOSITION_BEFORE.search(before):
        # "Syrian Army Kills 40 terrorists", "killed when rebels blew up a tunnel", "rebel tunnel blast": who acted.
        return False
    if _TARGET_BEFORE.search(before) and not _STRONG_AFTER.match(after) and not _BY_MEMBERS_BEFORE.search(before):
        # "gunned down by members of X": "members of" names the side hit only when no "by" makes them the agents.
        return True
    people = _PEOPLE_AFTER.match(after)
    if people or _PEOPLE_TERM.search(lower[start:end]):
        rest = after[people.end() :] if people else after
        if (_KILL_BEFORE.search(before[-30:]) or _count_before(before[-30:])) and not re.search(r"\bby\s+(?:the\s+)?$", before) \
                and not _BY_MEMBERS_BEFORE.search(before):
            return True
        if _PASSIVE_AFTER.match(rest):
            return True
    return False


def means_from(lower: str, start: int) -> bool:
    """A means of attack from the side named: "shells fired from Turkey", "aircraft from the Syrian regime"."""
    return bool(_MEANS_FROM_BEFORE.search(lower[max(0, start - _CLAUSE_REACH) : start]))


def is_blamed(lower: str, start: int, end: int) -> bool:
    """The side is blamed or accused: "activists blamed government forces", "accused the regime of", "the attack
    the West blames on Assad's forces", "held the regime responsible", "attributed to IS"."""
    m = _BLAME_BEFORE.search(lower[max(0, start - _CUE_REACH) : start])
    if m is None:
        return False
    if m.group(0).startswith("held") or m.group(0).startswith("hold"):
        return bool(_HELD_RESPONSIBLE.match(lower[end : end + 45]))
    if m.group(0).startswith("condemn"):
        # "condemned the regime's attack", not "condemned the regime" (a stance, not a finding).
        return bool(_MEANS_AFTER.match(lower[end : end + _NOUN_REACH]))
    return True


def names_a_means(lower: str, end: int) -> bool:
    """A means of attack follows the name: "Syrian air strikes", "government shelling", "Syrian-Russian warplanes"."""
    return bool(_MODIFIER_MEANS.match(lower[end : end + _CLAUSE_REACH]))


def is_claim(lower: str, end: int) -> bool:
    return bool(_CLAIM_AFTER.match(lower[end : end + _CLAIM_REACH]))


def is_strong_after(lower: str, start: int, end: int) -> bool:
    """The cue follows the name or is the name: "X warplanes", "X shelled", "X claimed the attack", "Russian jets"."""
    return bool(_STRONG_AFTER.match(lower[end : end + _CLAUSE_REACH]) or _MEANS_TERM.search(lower, start, end)
                or is_claim(lower, end))


def is_strong_perpetrator(lower: str, start: int, end: int) -> bool:
    """A cue says this side struck: "killed by X", "X warplanes", "X shelled", "X claimed responsibility",
    "blamed X"."""
    return bool(
        _STRONG_BEFORE.search(lower[max(0, start - _CUE_REACH) : start])
        or _STRONG_AFTER.match(lower[end : end + _CLAUSE_REACH])
        or _MEANS_TERM.search(lower, start, end)
        or is_blamed(lower, start, end)
    )
