"""The words and patterns the casualty frames (``casualties``) read around a count: the lexicon of
``data/casualties.json`` as patterns (``terms()``), the cues of ``data/casualty_cues.json``, how far each
look-around reaches, and a count's people noun. Kept apart from the rules that use them."""

from __future__ import annotations

import re
from functools import lru_cache

from ..doc import CasualtyGroup
from ..lexicon import alternation, load_json
from ._words import FULL_MONTHS_BUT_MAY, MONTH_ABBREVIATIONS, MONTH_STEMS, any_of


def _any(key: str, *, then: str = "") -> str:
    return any_of("casualty_cues.json", key, then=then)


_TOKEN = re.compile(r"[\w][\w'’-]*|%|[^\w\s]")
FORWARD_TOKENS = 9
# How far read_frame reads around a count, in characters, within its sentence. Each is about the longest
# phrasing of its kind in the reports, so that a word of the next clause or count is not read as this one's.
AFTER_REACH = 160  # the count's noun and verb after it: "civilians, among them four children, were reportedly killed"
BEFORE_REACH = 60  # the verb before it: "killing at least", "claimed the lives of some"
HEAD_REACH = 120  # the tokens where its people noun is looked for (the first four of them)
TOLL_REACH = 200  # "the death toll from Sunday's air strikes on the market in ... has risen to"
# "1000139", "0944 123 456": a digit run this long without separators is numbers run together or a
# phone number, not a count (tolls of this size are written with commas or "million").
_GLUED = re.compile(r"(?:^|\D)(?:0\d{5,}|\d{7,})$")
_PHONE = re.compile(r"(?:\+|\b(?:" + _any("phone_words") + r")\b[.:]?)\s*$")
_MONTH_BEFORE = re.compile(
    r"\b(?:" + "|".join(MONTH_STEMS) + r")[a-z]*\.?,?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?$|\byears?\s+$"
)
_MONTH_DAY = re.compile(r"\b(?:" + "|".join([*FULL_MONTHS_BUT_MAY, *MONTH_ABBREVIATIONS]) + r")\.?\s+$")
_LARGE_CONTEXT = re.compile(r"\b(?:" + _any("population_words") + r")\b")
# "the death toll from the strikes has risen to 82", "the toll was 45".
_TOLL_VALUE = re.compile(
    r"\b(?:" + _any("toll_nouns") + r")"
    r"(?:\s+[\w'-]+){0,18}?\s+(?:has\s+|had\s+|have\s+|could\s+|may\s+|might\s+|will\s+|would\s+)?(?:"
    + _any("toll_rises") + r")"
    r"(?:\s+(?:to|at))?\s+(?:about\s+|around\s+)?$"
)
# "the toll exceeded 50", "the number of dead has passed 20": a hedge of the figure that is the toll's own verb.
_VERB_HEDGE = re.compile(r"(?:" + _any("toll_hedge_verbs") + r")\s+")
# "monitors put the number of civilians killed at 31", "placing the death toll in Douma at 12", "puts the
# civilian toll at 40" (one word may qualify the toll): a verb that sets the toll, before it, and "at" before the figure.
_TOLL_PUT = re.compile(
    r"\b(?:" + _any("toll_put_verbs") + r")\s+(?:the\s+|its\s+|their\s+)?(?:[a-z-]+\s+)?(?:" + _any("toll_nouns") + r")"
    r"(?:\s+[\w'-]+){0,12}?\s+at\s+(?:about\s+|around\s+)?$"
    # "sources differ on the civilian toll in X, putting it between 17 and 20": the toll named first, then "it".
    r"|\b(?:" + _any("toll_nouns") + r")(?:\s+[\w'-]+){0,8}?\s*,\s*(?:" + _any("toll_put_verbs") + r")\s+it\s+"
    r"(?:at\s+)?(?:about\s+|around\s+)?$"
)
# "the lowest estimate puts ...", "the highest count puts ...": which bound of the figure that estimate is.
_ESTIMATE_FLOOR = re.compile(r"\b(?:" + _any("estimate_floors") + r")\s+(?:" + _any("estimate_nouns") + r")\b")
_ESTIMATE_CEILING = re.compile(r"\b(?:" + _any("estimate_ceilings") + r")\s+(?:" + _any("estimate_nouns") + r")\b")
# "the town lost 15 of its residents": a verb that counts the dead only when people are counted ("lost 3 tanks").
_PEOPLE_VERBS = frozenset(load_json("casualty_cues.json")["verbs_of_people"])
# "received 12 dead", "treated 9 wounded" (not "kidnapped 900, executed 18": a verb with a count of its own).
_HARM_NEXT = re.compile(r"\s+(?:" + _any("counted_harm") + r")\b(?!\s+\d)")
# "kidnapped 900", "evacuated 300": people counted for something other than harm.
_OTHER_VERB = re.compile(
    r"\b(?:" + _any("other_verbs") + r")\s+(?:" + _any("count_hedges", then=r"\s+") + r")?$"
)
# "Ten children were among at least 48 people killed": the first number counts part of the second.
_AMONG = re.compile(r"^\s*(?:[\w'-]+\s+){0,3}?(?:(?:were|are|was|is)\s+)?(?:reportedly\s+)?among\s+(?:the\s+|those\s+)?$")
# "Five children, two women and an elderly man were among the 20 people killed": a longer subject, still parts
# of the next figure, as long as no verb of harm gives the first number a toll of its own.
_AMONG_AFTER_SUBJECT = re.compile(
    r"^(?![^.;]*\b(?:" + _any("harm_stems") + r"))[^\d.;:]{0,60}?\b(?:were|are|was|is)\s+"
    r"(?:reportedly\s+)?among\s+(?:the\s+|those\s+)?$")
# "one of the deadliest attacks", "one of the highest daily tolls": a rank, not a person.
_ONE_OF_THE_MOST = re.compile(r"\s+of\s+the\s+(?:(?:most|worst|best|least)\b|[a-z]+est\b)")
# An active killing verb with its object after it: the count before it is its subject, not its victims.
_AGENT_VERB = re.compile(r"(?:" + _any("agent_verbs") + r")\b")
_OBJECT_AFTER = re.compile(r"\s+(?:(?:" + _any("object_hedges") + r")\s+)?(?:" + _any("object_words") + r")\b")
_KILLED_BEFORE = re.compile(r"\b(?:" + _any("killing_verbs") + r")\s+(?:the\s+)?$")
_PLACE_SIZE = re.compile(r"\b(?:" + _any("place_sizes") + r")\s+(?:of|to)\s+$")
_AMONG_THOSE = re.compile(r"\s+(?:[\w'-]+\s+){0,2}?(?:were|are|was|is)\s+(?:reportedly\s+)?among\s+(?:those|the\s+(?:" + _any("among_those") + r"))\b(?![^.;]{0,30}\d)")
_VICTIM_HEADS = frozenset({"people", "persons", "person", "victims"})
# "2 Civilians Killed 9 Injured": the number after the verb opens the next count.
_COUNT_GROUP = re.compile(r"\s*(?:[\w-]+\s+)?(?:" + _any("count_groups") + r")\b")
# "Children make up 6 of the 25 civilians killed": the first figure is the named group's part of the second.
_PART_OF = re.compile(r"\s+of\s+(?:the\s+|those\s+)?")
# "6 of the 25 civilians killed", "half of the 40 dead": "of the" after a count or a share is the whole it is part of.
_SHARE_OF_THE = re.compile(
    r"(?:\d[\d,]*|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|"
    r"forty|fifty|sixty|seventy|eighty|ninety)(?:-[a-z]+)?|\bhalf|\bmost|\ball)\s+of\s+the\s+$")
_GROUP_MAKES_UP = re.compile(
    r"\b(?P<group>[a-z]+)\s+(?:(?:make|made|making)\s+up|account(?:ed|ing)?\s+for|constitut(?:e|ed|ing)|"
    r"represent(?:ed|ing)?|comprise[ds]?|(?:were|are)\s+(?:also\s+)?)\s*$")
# "6 of the 11 civilians killed were under the age of 18", "four of the 20 dead were women": the part is named
# after the whole, by a group noun or a child's age.
_PART_IS_AFTER = re.compile(
    r"[^.;:]{0,80}?\b(?:were|are)\s+(?:all\s+)?(?:(?P<age>" + _any("child_ages") + r")|(?P<group>[a-z]+))\b")
# "..., in addition to 20 civilians", "9 children were killed in X, along with 3 men": one more count added to the
# toll after its clause (its verb stands between them).
_ADDED_AFTER_CLAUSE = r"(?:,?\s*\bin\s+addition\s+to|,\s*(?:along|together)\s+with|,\s*as\s+well\s+as)"
_COORDINATED = re.compile(r"^(?:[\s\w'-]{0,60}?\b(?:and|as\s+well\s+as|plus)|[\s\w'-]{0,120}?" + _ADDED_AFTER_CLAUSE + r")\s+$")
# "Five children were killed in X, in addition to three women": the verb of the first count is the second's too.
_IN_ADDITION = re.compile(_ADDED_AFTER_CLAUSE + r"\s+$")
_CLAUSE_END = re.compile(r"[.;:]|,\s+(?:while|whereas)\b")




class _Terms:
    def __init__(self) -> None:
        data = load_json("casualties.json")
        self.groups: list[tuple[CasualtyGroup, re.Pattern[str]]] = [
            (g, re.compile(rf"(?:{alternation(data[g])})\b")) for g in ("killed", "injured", "missing")
        ]
        verbs: dict[str, str | None] = data["active_verbs"]
        self.active = verbs
        filler = r"(?:(?:" + _any("verb_fillers") + r")\s+)*"
        self.before_verb = re.compile(rf"\b(?P<verb>{alternation(list(verbs))})\s+{filler}$")
        self.people = set(data["people"])
        self.civilian = set(data["civilian_nouns"])
        self.children = set(data["child_nouns"])
        self.women = set(data["woman_nouns"])
        self.unit_words = {u for u in data["units"] if " " not in u}
        self.not_casualty_words = {u for u in data["not_casualties"] if " " not in u}
        # "three children from one family": a family counted, not its dead ("one family member" is a person).
        self.household = re.compile(rf"\s*(?:[\w'-]+\s+)?(?:{alternation(data['households'])})\b(?!\s+members?\b)")
        self.blocked = re.compile(rf"^\s*(?:[\w'-]+\s+){{0,3}}?(?:{alternation(data['not_casualties'])})\b")
        self.unit = re.compile(
            rf"^(?:\s*(?:{alternation(data['units'])})(?!\w)|-?\s*(?:{_any('measure_units')})s?-|\s*-\s*(?:year|month|day|week)\b|\s*(?:-|/)\s*\d)"
        )
        # "killed 17 civilians: 7 children, 3 women and 7 men": a colon after the victims opens their breakdown.
        cues = rf"{alternation(data['subgroup_cues'])}|\b(?:{alternation(data['civilian_nouns'] + list(_VICTIM_HEADS))})\s*:"
        self.sub_cue = re.compile(rf"(?:{cues})\s*:?\s*(?:[\w'-]+\s+)?$")
        # "including 7 children, 3 women and a man": the later members of the list after the cue.
        # "... among the dead, along with 6 women": "along with" and "as well as" join the list like "and".
        self.sub_cue_and = re.compile(
            rf"(?:{cues})(?:\b|(?<=:))\s*:?[^.;:]{{1,40}}(?:\band\s+|,\s*|\b(?:along\s+with|as\s+well\s+as)\s+)$")
        self.aggregate = re.compile(rf"(?<!\w)(?:{alternation(data['aggregate_cues'])})(?!\w)")
        self.update = re.compile(rf"(?:{alternation(data['update_cues'])})\b")
        self.skip_before = re.compile(r"(?:" + any_of("casualty_cues.json", "skip_before", space=" ") + r")\s*$")


@lru_cache(maxsize=1)
def terms() -> _Terms:
    return _Terms()


def _head_nouns(tokens: list[str], t: _Terms) -> tuple[str | None, int]:
    """The people noun of a count ("14 civilians", "13 pro-Assad fighters"), and how many tokens it spans."""
    for i, tok in enumerate(tokens[:4]):
        if tok in t.people:
            return tok, i + 1
        if tok in (",", ".", ";", ":", "(", "and", "including", "among", "mostly", "mainly") or tok.isdigit():
            break
        if any(g.fullmatch(tok) for _, g in t.groups):
            break  # "13 killed and 106 injured including women": the noun after the verb is not this count's
    return None, 0
