"""Casualty frames: which numbers count people killed, injured or missing, their sub-groups
(civilians, children, women), and whether a figure is a total over a period (aggregate) or an update.

"killed 14 civilians and injured 35 more": 14 killed (civilians 14), 35 injured. "a minister among at
least 12 people killed": 12 killed. "approximately 45 civilians, including 13 children": the 13 is a
sub-group of the 45. Populations, refugees and people in need are never casualties.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..doc import CasualtyFrame, CasualtyGroup, Doc, Intervals, NumberHit
from ..lexicon import alternation, load_json
from ..registry import Component, PipelineContext, component
from . import _lists, _shares
from ._totals import LARGE_COUNT, is_total
from ._words import FULL_MONTHS_BUT_MAY, MONTH_ABBREVIATIONS, MONTH_STEMS, any_of
from .persons import persons


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
_COORDINATED = re.compile(r"^(?:[\s\w'-]{0,60}?\b(?:and|as\s+well\s+as|plus)|[\s\w'-]{0,120}?,?\s*\bin\s+addition\s+to)\s+$")
# "Five children were killed in X, in addition to three women": the verb of the first count is the second's too.
_IN_ADDITION = re.compile(r",?\s*\bin\s+addition\s+to\s+$")
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
        self.sub_cue_and = re.compile(rf"(?:{cues})(?:\b|(?<=:))\s*:?[^.;:]{{1,40}}(?:\band\s+|,\s*)$")
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


def read_frame(doc: Doc, n: NumberHit, sentence: int, day_sentences: set[int] | None = None,
               next_start: int | None = None) -> CasualtyFrame | None:
    """``next_start``: where the next number begins; a count's words never reach past another count."""
    t = terms()
    lower = doc.lower
    s_start, s_end = doc.sentences[sentence] if sentence >= 0 else (0, doc.limit)
    after = lower[n.end : min(s_end, n.end + AFTER_REACH)]
    before = lower[max(s_start, n.start - BEFORE_REACH) : n.start]
    skip = t.skip_before.search(before[-20:]) and not _SHARE_OF_THE.search(before[-40:])
    if (t.unit.match(after) or skip or _OTHER_VERB.search(before[-30:])
            or _PLACE_SIZE.search(before[-20:])):
        return None
    if not plausible_count(doc, n, before):
        return None
    if t.blocked.match(after) and not _KILLED_BEFORE.search(before):
        return None  # "900 detainees", but "executed seven prisoners" counts the dead
    tokens = [m.group() for m in _TOKEN.finditer(after[:HEAD_REACH])]
    head, head_len = _head_nouns(tokens, t)
    group: CasualtyGroup | None = None
    term_span: tuple[int, int] | None = None
    verb = t.before_verb.search(before)
    long_before = lower[max(s_start, n.start - TOLL_REACH) : n.start]
    toll = _TOLL_VALUE.search(long_before)
    if toll and not verb:
        group = "injured" if re.search(r"injur|wound", toll.group()) else "killed"
        toll_word = re.match(r"[\w ]+?toll|number of \w+", toll.group())
        term_end = toll.start() + (toll_word.end() if toll_word else len(toll.group()))
        term_span = (n.start - len(long_before) + toll.start(), n.start - len(long_before) + term_end)
    elif verb and t.active.get(verb.group("verb")):
        group = t.active[verb.group("verb")]  # type: ignore[assignment]
        term_span = (n.start - len(before) + verb.start("verb"), n.start - len(before) + verb.end("verb"))
        # Headlines: "Child killed 9 civilians injured", "57 killed 150 injured": the word right after the count
        # (or after its noun) wins.
        spans = [m.end() for m, _ in zip(_TOKEN.finditer(after), range(head_len), strict=False)]
        rest = after[spans[-1] :] if head_len and spans else "" if head_len else after
        follow = re.match(r"\s*(\w+)\b(?!\s+(?:\d+|more\s+than|at\s+least|over)\b)", rest)
        if follow:
            for g, pattern in t.groups:
                if g != group and pattern.fullmatch(follow.group(1)):
                    group = g
                    start = n.end + (len(after) - len(rest)) + follow.start(1)
                    term_span = (start, start + len(follow.group(1)))
                    break
    else:
        # Forward: "12 people were killed", "35 others wounded", "five dead"; stop at another count.
        pos = 0
        in_aside = False
        reach = FORWARD_TOKENS + (4 if head is not None else 0)
        depth = 0
        for i, m in enumerate(_TOKEN.finditer(after)):
            if i > reach + (6 if in_aside else 0) + (12 if depth else 0):
                break
            tok = m.group()
            # "5 civilians (2 men, 2 women and 1 child) were killed": a breakdown in brackets is passed over.
            depth += (tok == "(") - (tok == ")")
            if depth > 0 or tok == ")":
                continue
            if tok in (".", ";", ":", "?", "!") or tok in ("but", "while", "whereas", "after", "when", "as"):
                break
            rest = after[m.start() :]
            if re.match(r"(?:including|among|of whom|mostly|mainly)\b", rest):
                in_aside = True
            if tok == "," and in_aside:
                in_aside = False
            if (next_start is not None and n.end + m.start() == next_start
                    and re.match(r"[\w-]+\s+of\s+(?:them|whom|those)\b", rest)):
                in_aside = True  # "Two people, one of them a child, killed": a part of this count
            if not in_aside and (tok[0].isdigit() or (next_start is not None and n.end + m.start() == next_start)):
                break  # "Three suspects fled and one was killed": the verb is the next count's
            for g, pattern in t.groups:
                hit = pattern.match(rest)
                if hit:
                    obj = _OBJECT_AFTER.match(lower, n.end + m.start() + hit.end())
                    agent = _AGENT_VERB.match(rest)
                    if (obj and agent and not _COUNT_GROUP.match(lower, obj.end())
                            and (agent.group().endswith(("ing", "s")) or (head not in t.civilian and head not in _VICTIM_HEADS))):
                        return None  # "two armed men shot and killed a man": the count is of the killers
                    group, pos = g, m.start()
                    term_span = (n.end + pos, n.end + pos + hit.end())
                    break
            if group is not None:
                break
        if group is None:
            return None
        if head is None and pos > 1:
            # "12 were killed" and "70 regime and rebel fighters were killed" count people; "12 shells ... killed" does not.
            words_before = [w for w in _TOKEN.findall(after[:pos]) if w.isalpha()]
            if any(w in t.unit_words or w in t.not_casualty_words for w in words_before):
                return None
    if group is None:
        return None
    frame = CasualtyFrame(group=group, number=n, sentence=sentence)
    frame.evidence.append((n.start, n.end))
    if term_span:
        frame.evidence.append(term_span)
    if head in t.children:
        frame.children = n.low if n.low is not None else n.high
    elif head in t.women:
        frame.women = n.low if n.low is not None else n.high
    if head in t.civilian:
        frame.civilians = n.low if n.low is not None else n.high
    frame.aggregate = is_total(doc, n, sentence, max(term_span[1] if term_span else n.end, n.end), t.aggregate,
                               day_sentences)
    frame.update = bool(t.update.search(before[-40:]))
    if (frame.children is not None or frame.women is not None) and _AMONG_THOSE.match(lower, n.end):
        # "Nearly 70 children were among those killed": a part of a toll not given here, so at least that
        # many died, and a later full toll ("126 people killed") replaces it.
        low = n.low if n.low is not None else n.high
        frame.number = NumberHit(n.start, n.end, low, None, n.value, True)
    return frame


def plausible_count(doc: Doc, n: NumberHit, before: str) -> bool:
    """Whether a number can be a count of people at all: not digits run together or a phone number,
    not a year ("April 4 2017", "the year 2013"), not a figure of millions of inhabitants or refugees."""
    lower = doc.lower
    raw = lower[n.start : n.end]
    if _GLUED.search(raw) or _PHONE.search(before[-20:]):
        return False
    if 1900 <= n.value <= 2100 and raw.isdigit() and _MONTH_BEFORE.search(before[-24:]):
        return False
    if n.value <= 31 and raw.isdigit() and _MONTH_DAY.search(before[-12:]):
        return False  # "On April 4 a chemical attack ...": a day whose year is unknown, not a count
    if n.value >= LARGE_COUNT:
        near = lower[max(0, n.start - 40) : min(len(lower), n.end + 40)]
        if _LARGE_CONTEXT.search(near) and not re.search(r"\b(?:killed|dead|died|deaths|wounded|injured|toll)\b", lower[n.end : n.end + 40]):
            return False
    return True


def _a_rank(doc: Doc, n: NumberHit, t: _Terms) -> bool:
    """"one of the deadliest attacks" is a rank; "one of the most prominent activists was killed" is a person."""
    m = _ONE_OF_THE_MOST.match(doc.lower, n.end, n.end + 40)
    if m is None:
        return False
    after = [w.group() for w in _TOKEN.finditer(doc.lower, m.end(), m.end() + 40)][:3]
    who = persons()
    return not any(w in t.people or who.is_person(w) or who.is_person(w.rstrip("s")) for w in after)


def _among(between: str) -> bool:
    """The text between two numbers makes the first a part of the second ("ten children were among 48 killed")."""
    return bool(_AMONG.match(between) or _AMONG_AFTER_SUBJECT.match(between))


def head_group(doc: Doc, n: NumberHit) -> str | None:
    """"children" for "ten children", "women" for "three women", "civilians" for "5 civilians", else None."""
    t = terms()
    for tok in [m.group() for m in _TOKEN.finditer(doc.lower[n.end : n.end + 40])][:3]:
        if tok in t.children:
            return "children"
        if tok in t.women:
            return "women"
        if tok in t.civilian:
            return "civilians"
    return None


def coordinated(doc: Doc, frame: CasualtyFrame, n: NumberHit) -> bool:
    """"killed 31 jihadists and eight civilians": a second count of people in the same frame adds to it."""
    t = terms()
    head, _ = _head_nouns([m.group() for m in _TOKEN.finditer(doc.lower[n.end : n.end + 40])], t)
    if head is None or head in ("more", "others", "other"):
        return False
    between = doc.lower[frame.number.end : n.start]
    if _IN_ADDITION.search(between):
        # "... killed in X, in addition to 20 civilians injured": another group named after the second count.
        end = _CLAUSE_END.search(doc.lower, n.end)
        rest = doc.lower[n.end : end.start() if end else len(doc.lower)]
        if any(g.search(rest) for group, g in t.groups if group != frame.group):
            return False
    elif any(g.search(between) for _, g in t.groups):
        return False  # "12 killed and 20 injured": a new group, not an addition
    if re.search(r"\b(?:including|among|of whom|of them|mostly|mainly)\b", between):
        return False  # "61 people including five children and three policemen": parts, not additions
    value = n.low if n.low is not None else n.high
    if value is None:
        return False
    n0 = frame.number
    frame.number = NumberHit(n0.start, n.end, None if n0.low is None else n0.low + value,
                             None if n0.high is None or n.high is None else n0.high + value, n0.value + value, n0.vague)
    if head in t.civilian:
        frame.civilians = (frame.civilians or 0) + value
    if head in t.children:
        frame.children = (frame.children or 0) + value
    if head in t.women:
        frame.women = (frame.women or 0) + value
    frame.evidence.append((n.start, n.end))
    return True


_OF_WHOM_AFTER = re.compile(r"\s+(?:of|among)\s+(?:whom|them|the\s+(?:dead|victims|killed))\s+(?:(?:were|are|was|is)\s+)?")
# "among them children (5) and women (5)": a group's figure in brackets after it, in a list of parts.
_GROUP_IN_BRACKETS = re.compile(r"\b(?P<group>[a-z]+)\s*\(\s*$")


# "two girls and a woman among them": parts listed first, then the words that make them parts.
_PARTS_THEN_AMONG = re.compile(
    r"(?:\s+[a-z'-]+){1,2}?(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:\d[\d,]*|[a-z]+)(?:\s+[a-z'-]+){1,2}?)*"
    r"\s*,?\s+(?:among|of)\s+(?:them|whom|the\s+(?:dead|victims|killed))\s*(?:[.,;:)]|$)")
# "The number of children among the dead reached 6": the group named before its figure.
_NUMBER_OF_GROUP = re.compile(
    r"\bthe\s+number\s+of\s+(?P<group>[a-z]+)\s+(?:among|of)\s+(?:the\s+|those\s+)?(?:dead|victims|killed|fatalities)\s+"
    r"(?:has\s+|had\s+)?(?:reached|rose\s+to|risen\s+to|stood\s+at|was|is|totall?ed)\s+(?:at\s+least\s+)?$")


def subgroup(doc: Doc, n: NumberHit) -> str | None:
    """The group a number counts inside the figure before it ("including 13 children", "six of whom were
    children", "two girls and a woman among them", "the number of children among the dead reached 6"), if
    it is one."""
    t = terms()
    before = doc.lower[max(0, n.start - 60) : n.start]
    named = _NUMBER_OF_GROUP.search(before)
    if named is not None:
        word = named.group("group")
        return "children" if word in t.children else "women" if word in t.women else None
    if _PARTS_THEN_AMONG.match(doc.lower, n.end):
        return head_group(doc, n)
    bracketed = _GROUP_IN_BRACKETS.search(before)
    if bracketed and doc.lower.startswith(")", n.end) and re.search(r"\b(?:among|including|of\s+whom)\b", before):
        word = bracketed.group("group")
        return "children" if word in t.children else "women" if word in t.women else None
    if not (t.sub_cue.search(before) or t.sub_cue_and.search(before)):
        after = _OF_WHOM_AFTER.match(doc.lower, n.end)
        return head_group(doc, NumberHit(n.start, after.end(), n.low, n.high, n.value)) if after else None
    return head_group(doc, n)


def _finish(doc: Doc, frame: CasualtyFrame) -> CasualtyFrame:
    """Marks what the sentence around a frame says of it: a closing total, an addition, both groups at once."""
    if _lists.is_summary(doc, frame):
        frame.update = True
    elif not frame.update:
        frame.addition = _lists.is_addition(doc, frame)
    t = terms()
    _shares.apply_share(doc, frame, t.children, t.women, t.civilian)
    if _lists.combined(doc, frame):
        n = frame.number
        frame.combined = True
        frame.number = NumberHit(n.start, n.end, None, None if n.vague else n.high, n.value, n.vague)
    return frame


@component(name="casualties", assigns=["frames"], requires=["sentences", "numbers", "dates", "legal"])
def make_casualties(context: PipelineContext) -> Component:
    def casualties(doc: Doc) -> None:
        blocked = Intervals([(d.start, d.end) for d in doc.dates] + [(h.start, h.end) for h in doc.legal] + doc.ignored)
        frames: list[CasualtyFrame] = []
        pending: list[tuple[str, NumberHit]] = []
        t = terms()
        # "three children from one family were killed": the family is no count, and must not stand between
        # "three" and its verb either; nor is "one of the deadliest attacks".
        numbers = [n for n in doc.numbers
                   if not blocked.overlaps(n.start, n.end) and not t.household.match(doc.lower, n.end, n.end + 40)
                   and not (n.value == 1 and _a_rank(doc, n, t))]
        day_sentences = {doc.sentence_of(d.start) for d in doc.dates if d.precision in ("day", "week")}
        listed_until = -1
        for i, n in enumerate(numbers):
            if n.start < listed_until:
                continue  # a member of a list already read
            sentence = doc.sentence_of(n.start)
            value = n.low if n.low is not None else n.high
            nxt = numbers[i + 1] if i + 1 < len(numbers) else None
            if nxt is not None and _PART_OF.fullmatch(doc.lower, n.end, nxt.start):
                made_up = _GROUP_MAKES_UP.search(doc.lower, max(0, n.start - 40), n.start)
                word = made_up.group("group") if made_up else ""
                kind = "children" if word in t.children else "women" if word in t.women else None
                if kind is not None:
                    pending = [(kind, n)]
                    continue
            if nxt is not None and _among(doc.lower[n.end : nxt.start]):
                kind = head_group(doc, n)
                if kind is not None:
                    pending = [(kind, n)]
                # "two medics among 31 dead": a part of the next figure, never a toll of its own.
                continue
            sub = subgroup(doc, n)
            if sub is None and _shares.after_colon(doc, frames[-1] if frames else None, n):
                sub = head_group(doc, n)  # "13 civilians were killed in X: 6 minors and 7 young men"
            if sub is not None and frames and frames[-1].sentence in (sentence, sentence - 1):
                setattr(frames[-1], sub, value)
                frames[-1].evidence.append((n.start, n.end))
                continue
            last = frames[-1] if frames else None
            if _lists.in_breakdown(doc, last, n):
                kind = head_group(doc, n)
                if last is not None and kind in ("children", "women"):
                    setattr(last, kind, (getattr(last, kind) or 0) + (value or 0))
                    last.evidence.append((n.start, n.end))
                continue
            members = _lists.list_members(doc, numbers, i, t)
            if len(members) > 1:
                after_list = numbers[i + len(members)] if i + len(members) < len(numbers) else None
                if after_list is not None and _among(doc.lower[members[-1].end : after_list.start]):
                    # "two women and two children were among eight people killed": parts of the next figure.
                    groups = [(head_group(doc, m), m) for m in members]
                    pending = [(kind, m) for kind, m in groups if kind is not None]
                    listed_until = members[-1].end
                    continue
                frame = read_frame(doc, members[-1], sentence, day_sentences, after_list.start if after_list else None)
                if frame is None:
                    frame = read_frame(doc, n, sentence, day_sentences, None)
                if frame is not None:
                    heads = [_head_nouns([m.group() for m in _TOKEN.finditer(doc.lower, m.end, m.end + 40)], t)[0]
                             for m in members]
                    _lists.merge(frame, members, heads, t, parts=_lists.parts_of_first(doc, members))
                    frames.append(_finish(doc, frame))
                    listed_until = members[-1].end
                    pending = []
                    continue
            if (last is not None and last.sentence == sentence and not last.aggregate
                    and _COORDINATED.match(doc.lower[last.number.end : n.start])
                    and not re.search(r"\d", doc.lower[last.number.end : n.start])
                    and coordinated(doc, last, n)):
                continue
            frame = read_frame(doc, n, sentence, day_sentences, nxt.start if nxt is not None else None)
            if frame is not None:
                for kind, part in pending:
                    if part.start >= doc.sentences[sentence][0]:
                        value = part.low if part.low is not None else part.high
                        setattr(frame, kind, (getattr(frame, kind) or 0) + (value or 0) if kind != "civilians" else value)
                        frame.evidence.append((part.start, part.end))
                pending = []
                frames.append(_finish(doc, frame))
                if frame.combined:  # the same figure bounds the other group
                    frames.append(CasualtyFrame(group="injured" if frame.group == "killed" else "killed", number=frame.number,
                                                sentence=frame.sentence, combined=True, evidence=list(frame.evidence)))
        doc.frames = frames

    return casualties
