"""Small look-arounds shared by the taggers: is a name the subject of "said", after "backed by",
the holder of a place that was hit ("rebel-held town"), or the one who struck ("X warplanes")?"""

from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon import alternation, load_json

_SUPPORT_BEFORE = re.compile(
    r"(?:backed|supported|aided|assisted|helped|joined|accompanied|covered)\s+by\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}$"
    r"|(?:with|under)\s+(?:the\s+)?(?:\w+\s+){0,2}(?:support|backing|help|cover|assistance|participation)\s+(?:from|of|by)\s+(?:the\s+)?(?:\w+\s+){0,1}$"
    r"|(?:allies|ally|allied|backers)\s+(?:such\s+as\s+)?$"
    r"|\band\s+(?:its|their)\s+(?:allies|ally)\s*,?\s*$"
)
# "Iranian-backed militias": Iran backs them. ("Syrian troops backed by X": the troops are the main side.)
_SUPPORT_AFTER = re.compile(r"^-(?:backed|supported|allied|sponsored|funded|armed)\b")
# "regime forces with Russian support", "under Russian air cover": the name before the support is the backer.
_SUPPORT_WITH_BEFORE = re.compile(r"\b(?:with|under|amid)\s+(?:the\s+)?(?:heavy\s+|direct\s+)?$")
_SUPPORT_NOUN_AFTER = re.compile(
    r"^(?:['’]s)?\s+(?:military\s+|air\s+|aerial\s+|logistical\s+|artillery\s+|naval\s+|direct\s+)?"
    r"(?:support|backing|help|cover|assistance|participation)\b"
)
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
    r"extremists|mercenaries|operatives|bombers|suicide\s+bombers|attackers|assailants|"
    r"terror\s+group\s+(?:extremists|members|militants|fighters))\b"
)
_PEOPLE_TERM = re.compile(
    r"(?:fighters|militants?|jihadists|troops|soldiers|rebels?|insurgents|terrorists?|forces|army|militias?|gunmen|"
    r"groups?|organi[sz]ations?|militiamen|extremists)$"
)
_KILL_BEFORE = re.compile(r"\b(?:kill\w*|dead|wound\w*|injur\w*|one|two|three|four|five|six|seven|eight|nine|ten|dozens|scores|hundreds|of|among)\b[\w\s,'-]{0,25}$")
# "killed 20 IS fighters", "nearly 40 Syrian soldiers": a count just before the name (not a year or a day of a date:
# "22 Jul 2016 Aleppo rebel tunnel blast", "21-05-2016 Syrian Army Kills 125").
_COUNT_BEFORE = re.compile(r"\b(\d[\d,.]*)\s+(?:[\w'-]+\s+){0,2}$")
_MONTH_WORD = re.compile(r"^\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b")
# The name is the subject of an active verb: "Syrian Army Kills 40", "rebels blew up a tunnel", "ISIL terrorists fired
# rocket shells". "killed" only with an object after it ("12 rebels killed in clashes" is passive).
_FILLER = (
    # "Syrian-Russian alliance forces struck": a compound of sides and the word for their joint forces.
    r"(?:-[a-z]+(?=\s))?(?:\s+(?:alliance|allied|joint|coalition))?"
    r"(?:\s+(?:terror(?:ist)?\s+)?(?:group|organi[sz]ation|militants|militiamen|militias?|fighters|jihadists|terrorists?|"
    r"gunmen|forces|troops|soldiers|units|members|extremists|insurgents|rebels|movement|loyalists|allies|bombers|attackers))?"
)
# Adverbs between a side and its verb; not "often", "regularly", "previously": a habit is not this attack.
_ADVERBS = (
    r"(?:has|have|had|reportedly|also|then|allegedly|later|now|again|quickly|swiftly|subsequently|immediately|"
    r"already|apparently)"
)
_ACTIVE_AFTER = re.compile(
    r"^(?:['’]?s\b)?" + _FILLER + r"\s*,?\s+(?:(?:" + _ADVERBS + r"|on\s+\w+day)\s+)*"
    r"(?:kills|kill|killing|shelled|shells|shelling|struck|strikes|bombed|bombs|bombing|attacked|attacks|launched|launches|"
    r"carried\s+out|carries\s+out|claimed|claims|claiming|targeted|targets|fired|fires|dropped|drops|pounded|pounds|executed|"
    r"executes|beheaded|detonated|stormed|storms|shot|hit|hits|used|uses|massacred|massacres|raided|ambushed|blew|destroyed|"
    r"destroys|committed|commits|bombarded|bombards|repelled|repels|gassed|slaughtered|hammered|hammers|overran|overrun|"
    r"captured|seized|foiled|thwarted|downed|shot\s+down|eliminated|eliminates|wiped\s+out|was\s+behind|were\s+behind|"
    r"killed(?=\s+(?:\d+|at\s+least|more\s+than|up\s+to|nearly|about|around|over|some|dozens|scores|hundreds|the|a|an|one|two|"
    r"three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|civilians|people|children|"
    r"women|soldiers|troops|members|fighters|militants|terrorists|jihadists|rebels|his|their|its|several|many|top|senior)\b))\b"
)
_PASSIVE_AFTER = re.compile(r"^[\w\s'-]{0,30}?\b(?:were|was|have\s+been|had\s+been|are|been)\s+(?:\w+\s+)?(?:killed|dead|wounded|injured|executed|slain)\b|^\s+(?:killed|dead|died)\b(?!\s+(?:\d|at\s+least|more|nearly|about|some|dozens|scores|the|a|an|one|two|three|four|five|six|seven|eight|nine|ten)\b)")
# "47 leaders of Ahrar al-Sham killed", "a blast near the headquarters of X": X is the side hit, whatever verb follows.
_OF_TARGET_BEFORE = re.compile(
    r"\b(?:leaders?|militants|commanders?|emirs?|headquarters|positions|bases?|posts?|offices?|members?|fighters|"
    r"soldiers|troops|ranks|gunmen|jihadists|militiamen|dozens|scores|hundreds)"
    r"\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?$"
    # "the spokesman for Al-Nusra Front, his son and 20 others were killed" (a source only when a reporting verb follows).
    r"|\b(?:spokes(?:man|person|woman)|leader|commander|chief|emir|founder|head)\s+(?:for|of)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}$"
)
# "clashes with rebels killed 12": the verb after the name is not the name's.
_PREPOSITION_BEFORE = re.compile(r"\b(?:with|against|of|from|between|among|amid|on)\s+(?:the\s+)?$")
_KILLED_IN_CLASHES_WITH = re.compile(
    r"\b(?:killed|dead|died|wounded|injured)\s+(?:[\w,]+\s+){0,4}?(?:in|during|amid)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:clashes|fighting|battles?|clash|confrontations|combat|gunfights?)\s+with\s+(?:the\s+)?$"
)
_FIGHTING_BEFORE = re.compile(r"\b(?:fighting|battling|combating|combatting|confronting)\s+(?:the\s+)?$")
# "carried out by members of the Nusra Front", "led by fighters of IS": who struck, though "members of" precedes.
_BY_MEMBERS_BEFORE = re.compile(r"\bby\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?of\s+(?:the\s+)?(?:[\w-]+\s+)?$")
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
    r"strikes|raids|bombs?|bombardment)\s+(?:\w+\s+){0,2}?(?:from|belonging\s+to|operated\s+by)\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}$"
    # "warplanes of the regime" (but "the shelling of rebel areas" is the side hit).
    r"|\b(?:aircraft|warplanes?|jets|planes|helicopters|drones|bombers)\s+of\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}$"
)
_MEANS_FROM_BEFORE = re.compile(_MEANS_FROM)
# A name that is itself the means of attack ("Russian jets", "regime helicopters") says who struck.
_MEANS_TERM = re.compile(r"\b(?:jets?|warplanes?|war\s+planes|aircraft|planes|helicopters?|bombers|air\s*strikes|airstrikes|air\s+raids|raids|air\s+force)$")
# "blamed government forces", "accused the regime of", "the attack the West blames on Assad's forces", "pinning the
# blame on the regime", "attributed to IS": the side named is the one said to have struck.
_BLAME_BEFORE = re.compile(
    r"\b(?:blam(?:e|es|ed|ing)|accus(?:e|es|ed|ing)|condemn(?:s|ed|ing)?|punish(?:es|ed|ing)?|held|holds|holding|hold)\s+(?:(?:on|the|also|both)\s+)*"
    r"(?:(?!(?:of|for|with|by|killing|attacking|targeting|fighting)\b)[\w'-]+[\s-]+){0,4}$"
    r"|\bblame\s+(?:for\s+[\w\s'-]{0,40}?\s+)?on\s+(?:the\s+)?(?:[\w'-]+[\s-]+){0,3}$"
    r"|\b(?:attributed|attributing|attributes)\s+(?:it\s+|them\s+)?to\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}$"
    r"|\b(?:the\s+)?work\s+of\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}$"
)
# "held X responsible" needs the "responsible": "held" alone is "a town held by X".
_HELD_RESPONSIBLE = re.compile(r"^[\w\s'’-]{0,40}?\b(?:responsible|accountable|culpable)\b")
# "killed by X", "air strikes carried out by X", "blamed on X"; not "a ceasefire brokered by X".
_STRONG_BEFORE = re.compile(
    r"\b(?:killed|wounded|injured|carried\s+out|launched|conducted|dropped|fired|targeted|struck|hit|bombed|shelled|"
    r"attacked|executed|shot|claimed|strikes|raids|attacks?|bombardment|shelling|air\s*strikes?|operations?|"
    r"offensive|assault|massacred|destroyed|bombing|ambushed|overnight|today|yesterday|perpetrated|committed|"
    r"caused|orchestrated|unleashed|repelled|foiled|thwarted|eliminated|slain|murdered|beheaded|downed|carried|led|raged|waged|"
    r"mounted|staged|spearheaded)\b"
    r"(?:\s+[\w,'-]+){0,4}?\s+by\s+(?:the\s+)?(?:(?!(?:fighting|battling|against|targeting|on|in|at|near)\b)[\w'-]+\s+){0,3}$"
    r"|\bblamed\s+on\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}$"
    r"|" + _MEANS_FROM
)
# A means of attack named after the side: "X warplanes", "Syrian air strikes", "rebel tunnel blast", "Syrian-Russian warplanes".
_MEANS_NOUNS = (
    r"(?:air\s*strikes?|airstrikes?|air[\s-]+raids?|raids?|strikes?|warplanes?|war\s+planes|(?:fighter\s+)?jets?|planes|"
    r"aircraft|helicopters?|shelling|shells?|bombing|bombs?|bombardment|artillery|barrel|rockets?|missiles?|mortars?|suicide|"
    r"car\s+bomb|snipers?|sniper|attacks?|assaults?|offensives?|fire|drones?|howitzers?|tanks?|gunfire|ambush|massacres?|"
    r"(?:tunnel\s+|truck\s+|car\s+)?(?:blast|explosion|bomb))"
)
# A name that is only a side when a means or a force follows it ("Syrian air strikes", "government shelling",
# "Syrian-Russian alliance forces"; not "Syrian towns", "government officials").
_MODIFIER_MEANS = re.compile(
    r"^(?:\s*(?:-|/|and|&)\s*(?:russian|syrian|regime|government|iranian|turkish|israeli|american|u\.?s\.?|coalition|allied)\b)*"
    r"(?:['’]?s\b)?[\s-]+(?:-?led\s+)?(?:(?:alliance|allied|military|army|air\s+force|regime|government|coalition|heavy|"
    r"aerial|ground|artillery|rocket|tank|mortar|missile)\s+)?"
    r"(?:" + _MEANS_NOUNS + r"|forces|troops|soldiers|army|military|air\s+force|navy|alliance|warships?|factions|fractions|"
    r"brigades|battalions)\b"
)
_MEANS_AFTER = re.compile(
    r"^(?:['’]?s\b)?[\s-]*(?:-led|led)?\s*(?:coalition\s+|military\s+|army\s+|regime\s+|government\s+|air\s+force\s+|"
    r"aerial\s+|heavy\s+|artillery\s+|rocket\s+|tank\s+|mortar\s+|missile\s+|ground\s+|anti-[\w-]+\s+|counter-?\w*\s+)?"
    + _MEANS_NOUNS + r"\b"
)
_STRONG_AFTER = re.compile(
    _MEANS_AFTER.pattern
    + r"|^(?:['’]?s\b)?" + _FILLER + r"\s*,?\s+(?:" + _ADVERBS + r"\s+)*"
    r"(?:killed|kills|kill|shelled|shells|struck|strikes|bombed|bombs|"
    r"attacked|attacks|launched|carried\s+out|claimed|claims|targeted|targets|fired|dropped|pounded|pounds|executed|executes|"
    r"beheaded|detonated|stormed|shot|hit|hits|used|massacred|raided|ambushed|blew|destroyed|destroys|commits|committed|"
    r"commit|bombarded|bombards|repelled|repel|gassed|slaughtered|pound|bombard|bomb|shell|hammer|hammered|hammers|destroy|"
    r"uses|fires|drops|launches|rains|rained|pummels|pummeled|pummelled|besieged|stormed|storms|ambushes|"
    r"took\s+responsibility|takes\s+responsibility|"
    r"(?:began|begun|begins|begin|started|starts|continued|continues|continue|keeps|kept)\s+(?:to\s+)?"
    r"(?:kill|murder|execut|shell|bomb|target|attack|strik|pound|behead)\w*)\b"
    r"|^(?:['’]?s\b)?" + _FILLER + r"\s+(?:was|were|is|are|had\s+been|has\s+been|have\s+been)\s+(?:\w+\s+)?"
    r"(?:behind|responsible\s+for|to\s+blame)\b"
)
# "IS claimed responsibility", "the Daesh group claimed the attack": a claim, not a report.
_CLAIM_AFTER = re.compile(
    r"^(?:['’]?s\b)?" + _FILLER + r"\s*,?\s+(?:" + _ADVERBS + r"\s+)*"
    r"(?:claimed|claims|claiming|took|takes|taking|accepted|admitted)\s+(?:\w+\s+){0,2}?"
    r"(?:responsibility|responsibilty|credit|the\s+(?:\w+\s+)?(?:attack|bombing|blast|killing|assault|explosion|massacre|"
    r"operation|strike|ambush|execution)s?|(?:\w+\s+){0,3}lives)\b"
)


@lru_cache(maxsize=1)
def _reporting() -> re.Pattern[str]:
    verbs = load_json("casualties.json")["reporting_verbs"]
    alt = alternation(verbs)
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
    names a side's voice ("the Russian Defence Ministry", "Syrian state media"). A claim of responsibility
    ("IS claimed the attack") is not a report, and a name after "blamed" or "killed by" is the accused."""
    if _AGENCY_AFTER.match(lower[end : end + 40]):
        return True
    if _CLAIM_AFTER.match(lower[end : end + 70]) or is_blamed(lower, start, end) or _STRONG_BEFORE.search(lower[max(0, start - 80) : start]):
        return False
    before = lower[max(0, start - 25) : start]
    if re.search(r"according\s+to\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}$", before) or re.search(r"\b(?:told|cited|quoted)\s+(?:the\s+)?$", before):
        return True
    after = lower[end : end + 50]
    m = _reporting().match(after)
    if not m:
        return False
    # "Russian jets killed 12, the monitor said": the verb must belong to this name, with no other event verb between.
    between = after[: m.end()]
    return not re.search(
        r"\b(?:killed|killing|kills|kill|struck|hit|bombed|shelled|attacked|targeted|launched|dropped|fired|carried|"
        r"air\s*strikes?|airstrikes?|raids?|shelling|bombardment|bombing|warplanes|jets)\b",
        between,
    )


def is_supporter(lower: str, start: int, end: int) -> bool:
    if _SUPPORT_BEFORE.search(lower[max(0, start - 60) : start]) or _SUPPORT_AFTER.match(lower[end : end + 12]):
        return True
    return bool(_SUPPORT_WITH_BEFORE.search(lower[max(0, start - 25) : start]) and _SUPPORT_NOUN_AFTER.match(lower[end : end + 40]))


def is_holder(lower: str, start: int, end: int) -> bool:
    """The side that holds a place, not one that was attacked: "rebel-held town", "IS territory",
    "areas under the control of the regime", "a city held by IS", "under rebel control"."""
    after = lower[end : end + 40]
    if _HOLDER_AFTER.match(after):
        # "under rebel control" needs the "under"; "rebel control of the city" alone says nothing.
        return not after.lstrip().startswith("control") or bool(re.search(r"\bunder\s+(?:the\s+)?$", lower[max(0, start - 12) : start]))
    return bool(_HOLDER_BEFORE.search(lower[max(0, start - 50) : start]))


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
    before = lower[max(0, start - 40) : start]
    after = lower[end : end + 60]
    if _MEANS_FROM_BEFORE.search(lower[max(0, start - 60) : start]) or is_blamed(lower, start, end):
        return False
    if _HELD_AFTER.match(after) or _DOWNED_AFTER.match(after):
        return True
    if _OF_TARGET_BEFORE.search(before) and not _BY_MEMBERS_BEFORE.search(before):
        return True
    if _KILLED_IN_CLASHES_WITH.search(lower[max(0, start - 70) : start]):
        # "12 Islamist fighters were killed in clashes with Kurdish militants": the other side, who fought them.
        return False
    if _FIGHTING_BEFORE.search(before):
        # "the US-led coalition fighting IS had also carried out air strikes": IS is fought, whatever follows.
        return True
    if (_ACTIVE_AFTER.match(after) or _MEANS_AFTER.match(after)) and not _PREPOSITION_BEFORE.search(before):
        # "Syrian Army Kills 40 terrorists", "killed when rebels blew up a tunnel", "rebel tunnel blast": who acted.
        return False
    if _TARGET_BEFORE.search(before) and not _STRONG_AFTER.match(after):
        return True
    people = _PEOPLE_AFTER.match(after)
    if people or _PEOPLE_TERM.search(lower[start:end]):
        rest = after[people.end() :] if people else after
        if (_KILL_BEFORE.search(before[-30:]) or _count_before(before[-30:])) and not re.search(r"\bby\s+(?:the\s+)?$", before):
            return True
        if _PASSIVE_AFTER.match(rest):
            return True
    return False


def means_from(lower: str, start: int) -> bool:
    """A means of attack from the side named: "shells fired from Turkey", "aircraft from the Syrian regime"."""
    return bool(_MEANS_FROM_BEFORE.search(lower[max(0, start - 60) : start]))


def is_blamed(lower: str, start: int, end: int) -> bool:
    """The side is blamed or accused: "activists blamed government forces", "accused the regime of", "the attack
    the West blames on Assad's forces", "held the regime responsible", "attributed to IS"."""
    m = _BLAME_BEFORE.search(lower[max(0, start - 80) : start])
    if m is None:
        return False
    if m.group(0).startswith("held") or m.group(0).startswith("hold"):
        return bool(_HELD_RESPONSIBLE.match(lower[end : end + 45]))
    if m.group(0).startswith("condemn"):
        # "condemned the regime's attack", not "condemned the regime" (a stance, not a finding).
        return bool(_MEANS_AFTER.match(lower[end : end + 40]))
    return True


def names_a_means(lower: str, end: int) -> bool:
    """A means of attack follows the name: "Syrian air strikes", "government shelling", "Syrian-Russian warplanes"."""
    return bool(_MODIFIER_MEANS.match(lower[end : end + 60]))


def is_claim(lower: str, end: int) -> bool:
    return bool(_CLAIM_AFTER.match(lower[end : end + 70]))


def is_strong_after(lower: str, start: int, end: int) -> bool:
    """The cue follows the name or is the name: "X warplanes", "X shelled", "X claimed the attack", "Russian jets"."""
    return bool(_STRONG_AFTER.match(lower[end : end + 60]) or _MEANS_TERM.search(lower, start, end) or is_claim(lower, end))


def is_strong_perpetrator(lower: str, start: int, end: int) -> bool:
    """A cue says this side struck: "killed by X", "X warplanes", "X shelled", "X claimed responsibility",
    "blamed X"."""
    return bool(
        _STRONG_BEFORE.search(lower[max(0, start - 80) : start])
        or _STRONG_AFTER.match(lower[end : end + 60])
        or _MEANS_TERM.search(lower, start, end)
        or is_blamed(lower, start, end)
    )
