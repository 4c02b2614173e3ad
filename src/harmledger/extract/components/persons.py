"""People counted by a noun phrase instead of a number: "killing a civilian", "shot dead a local
trader", "a child was killed", "the driver died", "the body of a man was found", "killing him".

Such a phrase is a count of one (two for "a man and his son", three for "a man, a woman and a child")
only where it is the victim of a killing or a wounding: right after such a verb ("assassinated a
commander", "injured a child"), around "... to death" ("stabbed a man to death"), or right before a death
or an injury ("a farmer and his brother were killed", "the officer died", "a woman was injured"). Elsewhere ("a commander said", "the man was arrested") it is not a
count at all. The head noun is a person noun from ``data/persons.json``, or a word built like one
("trader", "pastoralist", "adolescent") and not in its list of look-alikes ("water", "incident").
The hit spans the determiner, so the casualty reader sees the noun after it as a count's noun.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from ..doc import NumberHit
from ..lexicon import alternation, load_json
from ._words import any_of

MAX_MODIFIERS = 4  # "a 17-year-old local taxi driver": words before the head noun
_WORD = re.compile(r"[a-z][a-z'’-]*(?:\.[a-z]+)*|\d+-year-old|\d+-\w+")
# Words that end a noun phrase: what follows is a clause, a place or a list, not the person.
_STOP = frozenset(
    "in at on near from of with who whom whose which that and or but was were is are had has have by during after before "
    "while for to as when where into onto inside outside over under along across between around amid against "
    "later also reportedly allegedly then said says told".split()
)
_SPACE = re.compile(r"[ \t]+")
# A word of killing or wounding close enough after a phrase for it to be the victim's ("... was killed").
_HARM_NEAR = re.compile(r"\b(?:" + any_of("cues.json", "harm_near") + r")\b")
_VERB_FORM = re.compile(r"[a-z]+(?:ed|ing)\b")
# A victim's name after the noun, before the next member of a list: "the girl Rahaf and the woman Khadija".
_NAME = re.compile(r"(?:\s+[a-z'’-]+){1,2}?(?=\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:an?|the)\s)")
# A phrase is read only with a word of harm this close after it (in characters): "a 17-year-old local taxi
# driver from the village of ... was found dead" and no further; the phrase itself is read by the rules after.
HARM_REACH = 120




class _Persons:
    def __init__(self) -> None:
        data = load_json("persons.json")
        self.nouns = frozenset(data["person_nouns"])
        self.suffixes = tuple(data["person_suffixes"])
        self.not_persons = frozenset(data["not_persons"])
        self.determiner = re.compile(rf"(?<![\w-])(?:{alternation(data['determiners'])})\s+")
        adverb = r"(?:(?:also|reportedly|allegedly|later|then|fatally|brutally|deliberately)\s+)?"
        # Found once over the whole text: where a victim's phrase may start (after "killed", "stabbed ... ").
        self.before = re.compile(rf"\b(?:{alternation(data['victim_before'])})\s+{adverb}")
        self.around = re.compile(rf"\b(?:{alternation(data['victim_around'])})\s+(?:and\s+\w+\s+)?")
        # "a local leader of Jubo League was stabbed to death", "a soldier (assumed off-duty) was killed".
        self.after = re.compile(after := rf"(?:\s+(?:of|from)\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,3}}?[\w'’-]+)?\s*(?:\([^()]{{0,80}}\)\s*)?,?\s*"
                                rf"{adverb}(?:{alternation(data['harm_after'])})\b")
        self.to_death = re.compile(r"\s+to\s+death\b")
        # "..., three boys and a woman among them": named after the toll, a part of it.
        self.among_after = re.compile(r"\s*,?\s+(?:among|of)\s+(?:them|whom|the\s+(?:dead|victims|killed))\s*(?:[.,;:)]|$)")
        self.pronouns = re.compile(rf"(?<![\w-])(?:{alternation(data['pronoun_victims'])})\b")
        self.pair = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:his|her|their|its)\s+)?")
        # "a man and two children were killed": the phrase heads a list whose next member is a number.
        numbers = load_json("numbers.json")
        counts = [w for w in numbers["units"] if numbers["units"][w] > 1] + list(numbers["tens"]) + list(numbers["vague"])
        self.count_words = frozenset(counts)
        self.and_count = re.compile(rf"\s*,?\s+and\s+(?:\d+|{alternation(counts)})\s+(?:[\w'’-]+\s+){{0,2}}?[\w'’-]+{after}")

    def is_person(self, word: str) -> bool:
        word = word.rstrip(".’'")
        if word in self.nouns:
            return True
        if word in self.not_persons or len(word) < 4 or word.endswith("ment"):
            return False
        return word.endswith(self.suffixes)


@lru_cache(maxsize=1)
def persons() -> _Persons:
    return _Persons()


def _phrase_end(lower: str, pos: int, end: int, p: _Persons) -> int | None:
    """End of a noun phrase starting at ``pos`` (after its determiner) whose head is a person, else None."""
    head_end: int | None = None
    for count, m in enumerate(_WORD.finditer(lower, pos, min(end, pos + 80))):
        if count > MAX_MODIFIERS or (m.start() != pos and not _SPACE.fullmatch(lower[pos : m.start()])):
            break
        word = m.group()
        if word in _STOP or (head_end is not None and word.endswith(("ed", "ing", "s"))):
            break  # "the victim died", "a man transporting fuel": the phrase ended at its head
        if p.is_person(word):
            head_end = m.end()  # "a civilian health worker": the last person noun is the head
        pos = m.end()
    return head_end


def _members(lower: str, start: int, end: int, p: _Persons) -> tuple[int, int] | None:
    """How many people "a man, a woman and a child" names, and where the list ends."""
    m = p.determiner.match(lower, start, end)
    if not m:
        return None
    stop = _phrase_end(lower, m.end(), end, p)
    if stop is None:
        return None
    count = 1
    last_and = (1, stop)
    while count < 6:
        link = p.pair.match(lower, stop, end)
        if not link and (named := _NAME.match(lower, stop, end)) is not None \
                and not any(w in _STOP or _VERB_FORM.fullmatch(w) for w in named.group().split()):
            link = p.pair.match(lower, named.end(), end)  # "the girl Rahaf and the woman Khadija"
        if not link:
            break
        # "a man and his son", "a woman and child": the second member may go without a determiner.
        bare = link.group().rstrip().endswith(("his", "her", "their", "its")) or (
            "and" in link.group() and not _VERB_FORM.match(lower, link.end()))  # "killed one and wounded another"
        nxt = _phrase_end(lower, link.end(), end, p) if bare else None
        if nxt is None:
            det = p.determiner.match(lower, link.end(), end)
            nxt = _phrase_end(lower, det.end(), end, p) if det else None
        if nxt is None:
            break
        count, stop = count + 1, nxt
        if "and" in link.group():
            last_and = (count, stop)
    # "killing an elderly man, the Observatory said": a list ends with "and"; a comma alone does not make one.
    return last_and if count > 1 else (count, stop)


_PART_CUE = re.compile(
    r"\b(?:" + any_of("persons.json", "part_cues") + r")\s*:?\s+"
    # "including 4 women and a child": a member after counted ones is a part too.
    r"(?:(?!(?:an?|the|his|her|their)\s)(?:\d[\d,]*|[a-z]+(?:-[a-z]+)?)\s+[a-z]+(?:\s*,\s*(?:\d[\d,]*|[a-z]+(?:-[a-z]+)?)\s+[a-z]+)*\s*,?\s+and\s+)?"
)


_KIN_AFTER_COUNT = re.compile(r"\b(?P<count>\d+|[a-z]+)\s+[a-z]+(?:s|ren|men)\s+and\s+(?P<det>their|his|her)\s+")


def _part_members(lower: str, start: int, end: int, p: _Persons) -> list[NumberHit]:
    """One count of 1 for each member of "a child and a woman" (``start`` at its first determiner)."""
    found = _members(lower, start, end, p)
    if found is None:
        return []
    _, stop = found
    out = []
    for det in p.determiner.finditer(lower, start, stop):
        if _phrase_end(lower, det.end(), stop + 1, p) is not None:
            first = det.start() + len(det.group().split()[0])
            out.append(NumberHit(det.start(), first, 1, 1, 1))
    return out


def _kin_after_count(lower: str, start: int, end: int, p: _Persons) -> list[NumberHit]:
    """"three children and their mother were killed": one more victim, named by a possessive after a count."""
    out = []
    for m in _KIN_AFTER_COUNT.finditer(lower, start, end):
        head_end = _phrase_end(lower, m.end(), end, p)
        if head_end is None or lower[m.end() : head_end].endswith("s"):
            continue  # "and their parents": more than one, not counted here
        if not (m.group("count").isdigit() or m.group("count") in p.count_words):
            continue  # "the gunmen and their leader": no count before
        if p.after.match(lower, head_end, end) or p.among_after.match(lower, head_end, end):
            out.append(NumberHit(m.start("det"), m.end("det"), 1, 1, 1))
    return out


# "a woman and her three children", "a man, his wife and their six children": one or two people named, then
# their kin counted by a number; each person named is one more victim besides the count.
_KIN_BEFORE_COUNT = re.compile(
    r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:their|his|her)\s+(?P<count>\d+|[a-z]+(?:-[a-z]+)?)\s+[a-z]+(?:s|ren|men)\b")


def _kin_before_count(lower: str, start: int, end: int, p: _Persons) -> list[NumberHit]:
    out: list[NumberHit] = []
    for m in p.determiner.finditer(lower, start, end):
        if m.group().split()[0] not in ("a", "an", "one") or (out and m.start() < out[-1].end):
            continue
        stop = _phrase_end(lower, m.end(), end, p)
        if stop is None:
            continue
        members = [NumberHit(m.start(), m.start() + len(m.group().split()[0]), 1, 1, 1)]
        while (link := re.compile(r",\s*(?P<det>his|her|their)\s+").match(lower, stop, end)) is not None:
            nxt = _phrase_end(lower, link.end(), end, p)
            if nxt is None:
                break
            members.append(NumberHit(link.start("det"), link.end("det"), 1, 1, 1))
            stop = nxt
        kin = _KIN_BEFORE_COUNT.match(lower, stop, end)
        if kin is None or not (kin.group("count").isdigit() or kin.group("count") in p.count_words
                               or "-" in kin.group("count")):
            continue
        if p.after.match(lower, kin.end(), end):
            out.extend(members)
    return out


def person_counts(lower: str, start: int, end: int) -> list[NumberHit]:
    """Counts given by noun phrases of people who were killed or injured, and by pronouns ("killing him")."""
    p = persons()
    hits: list[NumberHit] = []
    taken_until = -1
    # One pass each over the text, then set and bisect look-ups per determiner: most "the" and "a" are
    # nowhere near a killing, and their phrases are never read.
    after_verb = {m.end() for m in p.before.finditer(lower, start, end)}
    after_part = {m.end() for m in _PART_CUE.finditer(lower, start, end)}
    after_around = {m.end() for m in p.around.finditer(lower, start, end)}
    harm = [m.start() for m in _HARM_NEAR.finditer(lower, start, end)]
    for m in p.determiner.finditer(lower, start, end):
        if m.start() < taken_until:
            continue
        verb_before, around = m.start() in after_verb, m.start() in after_around
        if m.start() in after_part:
            # "17 civilians, among them a child and a woman": each member is a part of the figure before.
            parts = _part_members(lower, m.start(), end, p)
            hits.extend(parts)
            taken_until = parts[-1].end if parts else taken_until
            if parts:
                continue
        i = bisect.bisect_left(harm, m.end())
        if not (verb_before or around or (i < len(harm) and harm[i] <= m.end() + HARM_REACH)
                or "among" in lower[m.end() : m.end() + 60] or " of them" in lower[m.end() : m.end() + 60]):
            continue
        found = _members(lower, m.start(), end, p)
        if found is None:
            continue
        count, stop = found
        victim = verb_before or bool(p.after.match(lower, stop, end) or p.among_after.match(lower, stop, end))
        if not victim:
            victim = bool(p.and_count.match(lower, stop, end))
        if not victim and around:
            victim = bool(p.to_death.match(lower, stop, end))
        if victim:
            det_end = m.start() + len(m.group().split()[0])
            # A list ("a man and his son") is spanned whole, so its second member is not read again.
            hits.append(NumberHit(m.start(), det_end if count == 1 else stop, count, count, count))
            taken_until = stop
    hits.extend(_kin_after_count(lower, start, end, p))
    hits.extend(h for h in _kin_before_count(lower, start, end, p) if not any(h.start < o.end and o.start < h.end for o in hits))
    for m in p.pronouns.finditer(lower, start, end):
        word = re.search(r"\b(?:him|her|his|he|she|other|another|second|third)\b", m.group())
        if word:
            hits.append(NumberHit(m.start() + word.start(), m.start() + word.end(), 1, 1, 1))
    return hits
