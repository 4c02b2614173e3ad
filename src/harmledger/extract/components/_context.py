"""Small look-arounds shared by the taggers: is a name the subject of "said", after "backed by",
the holder of a place that was hit ("rebel-held town"), or the one who struck ("X warplanes")?"""

from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon import load_json

_SUPPORT_BEFORE = re.compile(
    r"(?:backed|supported|aided|assisted|helped|joined|accompanied|covered)\s+by\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}$"
    r"|with\s+(?:the\s+)?(?:\w+\s+){0,2}(?:support|backing|help|cover|assistance|participation)\s+(?:from|of|by)\s+(?:the\s+)?(?:\w+\s+){0,1}$"
    r"|(?:allies|ally|allied|backers)\s+(?:such\s+as\s+)?$"
    r"|\band\s+(?:its|their)\s+(?:allies|ally)\s*,?\s*$"
)
# "Iranian-backed militias": Iran backs them. ("Syrian troops backed by X": the troops are the main side.)
_SUPPORT_AFTER = re.compile(r"^-(?:backed|supported|allied|sponsored|funded|armed)\b")
# Who holds the place that was hit is not who was attacked: "rebel-held town", "IS territory",
# "areas under the control of the regime". Such a name is a holder, never a target.
_HOLDER_AFTER = re.compile(
    r"^(?:['’]?s\b)?[\s-]*(?:groups?['’]?s?\s+|organization\s+|forces\s+|fighters\s+)?"
    r"(?:de\s+facto\s+|self-(?:declared|styled)\s+)?(?:-?held|-?controlled|-?run|-?dominated|-?besieged|"
    r"-?majority|-?populated|-?ruled|-?occupied|held|controlled|town|towns|city|cities|village|villages|areas?|"
    r"district|districts|neighbou?rhoods?|region|regions|strongholds?|bastions?|territory|territories|"
    r"enclaves?|pockets?|heartland|capital|zones?|suburbs?)\b"
    r"|^\s+control\b"
)
_HOLDER_BEFORE = re.compile(
    r"\b(?:held|controlled|run|ruled|occupied|besieged|dominated)\s+by\s+(?:the\s+)?(?:[\w-]+\s+)?$"
    r"|\b(?:under\s+(?:the\s+)?(?:\w+\s+)?control\s+of|(?:areas?|regions?|parts?|zones?|territory|territories|"
    r"strongholds?|bastions?|enclaves?|pockets?|heartland|capital)\s+(?:held\s+by|of|controlled\s+by))\s+(?:the\s+)?(?:[\w-]+\s+)?$"
)
# What belongs to the side that was hit: "IS positions", "regime checkpoint", "rebel convoy".
_HELD_AFTER = re.compile(
    r"^(?:['’]?s\b)?[\s-]*(?:group\s+|organization\s+)?(?:"
    r"positions?|bases?|training\s+base|targets|hideouts?|headquarters|"
    r"checkpoints?|convoys?|stations?|facilities|depots?|arsenal|outposts?|lines)\b"
)
_PEOPLE_AFTER = re.compile(
    r"^[\s-]*(?:group\s+|organization\s+)?(?:fighters|militants|jihadists|troops|soldiers|members|gunmen|terrorists|"
    r"commanders?|officers?|personnel|loyalists|recruits|pilots|airmen|servicemen|rebels|leaders?|emirs?|chiefs?|"
    r"extremists|mercenaries|operatives|terror\s+group\s+(?:extremists|members|militants|fighters))\b"
)
_PEOPLE_TERM = re.compile(r"(?:fighters|militants|jihadists|troops|soldiers|rebels?|insurgents|terrorists|forces|army)$")
_KILL_BEFORE = re.compile(r"(?:\d|\b(?:kill\w*|dead|wound\w*|injur\w*|one|two|three|four|five|six|seven|eight|nine|ten|dozens|scores|hundreds|of|among)\b)[\w\s,'-]{0,25}$")
_PASSIVE_AFTER = re.compile(r"^[\w\s'-]{0,30}?\b(?:were|was|have\s+been|had\s+been|are|been)\s+(?:\w+\s+)?(?:killed|dead|wounded|injured|executed|slain)\b|^\s+(?:killed|dead|died)\b(?!\s+(?:\d|at\s+least|more|nearly|about|some|dozens|scores|the|a|an|one|two|three|four|five|six|seven|eight|nine|ten)\b)")
# "47 leaders of Ahrar al-Sham killed", "a blast near the headquarters of X": X is the side hit, whatever verb follows.
_OF_TARGET_BEFORE = re.compile(
    r"\b(?:leaders?|militants|commanders?|emirs?|headquarters|positions|bases?|posts?|offices?)"
    r"\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?$"
)
# "Syrian jets were shot down", "Russian military chopper shot down" (a headline); not "IS shot down a jet".
_DOWNED_AFTER = re.compile(
    r"^[\w\s'-]{0,20}?\b(?:was|were|been|is|are)\s+(?:\w+\s+)?(?:shot\s+down|downed|intercepted)\b"
    r"|^\s+(?:military\s+)?(?:chopper|helicopter|jet|plane|warplane|aircraft|drone)s?\s+(?:shot\s+down|downed)\b"
)
_TARGET_BEFORE = re.compile(
    r"(?:against|targeting|targeted|hit|hitting|struck|striking|pounded|pounding|bombed|bombing|attacked|attacking|"
    r"shot\s+down|downed|intercepted|on|members\s+of|retaken\s+from|recaptured\s+from|taken\s+from|from)\s+"
    r"(?:the\s+)?(?:[\w-]+\s+)?$"
)
# "aircraft from the Syrian regime", "artillery fire from government forces": who fired, not who was hit.
_MEANS_FROM = (
    r"\b(?:aircraft|warplanes?|jets?|planes|helicopters?|artillery|shells?|shelling|fire|rockets?|missiles?|mortars?|"
    r"strikes|raids|bombs?|bombardment)\s+(?:\w+\s+){0,2}?from\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}$"
)
_MEANS_FROM_BEFORE = re.compile(_MEANS_FROM)
# A name that is itself the means of attack ("Russian jets", "regime helicopters") says who struck.
_MEANS_TERM = re.compile(r"\b(?:jets?|warplanes?|war\s+planes|aircraft|planes|helicopters?|bombers|air\s*strikes|airstrikes|air\s+raids|raids|air\s+force)$")
# "killed by X", "air strikes carried out by X", "blamed on X"; not "a ceasefire brokered by X".
_STRONG_BEFORE = re.compile(
    r"\b(?:killed|wounded|injured|carried\s+out|launched|conducted|dropped|fired|targeted|struck|hit|bombed|shelled|"
    r"attacked|executed|shot|claimed|strikes|raids|attacks?|bombardment|shelling|air\s*strikes?|operations?|"
    r"offensive|assault|massacred|destroyed|bombing|ambushed|overnight|today|yesterday)\b"
    r"(?:\s+[\w,'-]+){0,4}?\s+by\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}$"
    r"|\bblamed\s+on\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}$"
    r"|" + _MEANS_FROM
)
_STRONG_AFTER = re.compile(
    r"^(?:['’]?s\b)?[\s-]*(?:-led|led)?\s*(?:coalition\s+|military\s+|army\s+|regime\s+|government\s+)?"
    r"(?:air\s*strikes?|airstrikes?|air[\s-]+raids?|raids?|strikes?|warplanes?|war\s+planes|jets?|planes|aircraft|"
    r"helicopters?|shelling|shells?|bombing|bombs?|bombardment|artillery|barrel|rockets?|missiles?|mortars?|suicide|"
    r"car\s+bomb|snipers?|sniper|attacks?|assault|offensive|fire|drones?|howitzers?|tanks?|gunfire|ambush|massacre)\b"
    r"|^\s+(?:(?:has|have|had|reportedly|also|then|allegedly)\s+)*(?:killed|kills|kill|shelled|shells|struck|strikes|bombed|bombs|"
    r"attacked|attacks|launched|carried\s+out|claimed|targeted|targets|fired|dropped|pounded|pounds|executed|executes|"
    r"beheaded|detonated|stormed|shot|hit|hits|used|massacred|raided|ambushed|blew|destroyed|destroys|commits|committed|"
    r"commit|bombarded|bombards|repelled|repel|gassed|slaughtered|pound|bombard|bomb|shell|hammer|hammered|hammers|destroy)\b"
)


@lru_cache(maxsize=1)
def _reporting() -> re.Pattern[str]:
    verbs = load_json("casualties.json")["reporting_verbs"]
    alt = "|".join(sorted((re.escape(v) for v in verbs), key=len, reverse=True))
    return re.compile(rf"^[^.;:]{{0,45}}?\b(?:{alt})\b")


# "the Russian Defence Ministry", "Syrian state media", "US officials": a side's voice, not its forces.
_AGENCY_AFTER = re.compile(
    r"^(?:['’]s)?\s+(?:state\s+|official\s+|foreign\s+|defen[cs]e\s+|interior\s+)?(?:ministry|ministers?|general\s+staff|"
    r"reconciliation\s+cent(?:er|re)|spokes(?:man|woman|person)|officials?|envoy|embassy|media|news\s+agency|agency|"
    r"television|tv|president|presidency|government\s+spokesman|diplomats?|ambassador|delegation|kremlin|"
    r"competition\s+authorities|foreign\s+office|state\s+department)\b"
)


def is_source(lower: str, start: int, end: int) -> bool:
    """The name introduces a report: "the Observatory said", "according to SANA", "Russia has said", or
    names a side's voice ("the Russian Defence Ministry", "Syrian state media")."""
    if _AGENCY_AFTER.match(lower[end : end + 40]):
        return True
    before = lower[max(0, start - 25) : start]
    if re.search(r"according\s+to\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}$", before) or re.search(r"\b(?:told|cited|quoted)\s+(?:the\s+)?$", before):
        return True
    after = lower[end : end + 50]
    m = _reporting().match(after)
    if not m:
        return False
    # "Russian jets killed 12, the monitor said": the verb must belong to this name, with no other event verb between.
    between = after[: m.end()]
    return not re.search(r"\b(?:killed|killing|kills|struck|hit|bombed|shelled|attacked|targeted|launched|dropped|fired|carried)\b", between)


def is_supporter(lower: str, start: int, end: int) -> bool:
    return bool(_SUPPORT_BEFORE.search(lower[max(0, start - 60) : start]) or _SUPPORT_AFTER.match(lower[end : end + 12]))


def is_holder(lower: str, start: int, end: int) -> bool:
    """The side that holds a place, not one that was attacked: "rebel-held town", "IS territory",
    "areas under the control of the regime", "a city held by IS", "under rebel control"."""
    after = lower[end : end + 40]
    if _HOLDER_AFTER.match(after):
        # "under rebel control" needs the "under"; "rebel control of the city" alone says nothing.
        return not after.lstrip().startswith("control") or bool(re.search(r"\bunder\s+(?:the\s+)?$", lower[max(0, start - 12) : start]))
    return bool(_HOLDER_BEFORE.search(lower[max(0, start - 50) : start]))


def is_target(lower: str, start: int, end: int) -> bool:
    """The side that was hit: "rebel-held town", "killed 20 IS fighters", "10 Syrian troops were killed"."""
    before = lower[max(0, start - 40) : start]
    after = lower[end : end + 60]
    if _MEANS_FROM_BEFORE.search(lower[max(0, start - 60) : start]):
        return False
    if _HELD_AFTER.match(after) or _DOWNED_AFTER.match(after) or _OF_TARGET_BEFORE.search(before):
        return True
    if _TARGET_BEFORE.search(before) and not _STRONG_AFTER.match(after):
        return True
    people = _PEOPLE_AFTER.match(after)
    if people or _PEOPLE_TERM.search(lower[start:end]):
        rest = after[people.end() :] if people else after
        if _KILL_BEFORE.search(before[-30:]) and not re.search(r"\bby\s+$", before):
            return True
        if _PASSIVE_AFTER.match(rest):
            return True
    return False


def is_strong_perpetrator(lower: str, start: int, end: int) -> bool:
    """A cue says this side struck: "killed by X", "X warplanes", "X shelled"."""
    return bool(
        _STRONG_BEFORE.search(lower[max(0, start - 80) : start])
        or _STRONG_AFTER.match(lower[end : end + 50])
        or _MEANS_TERM.search(lower, start, end)
    )
