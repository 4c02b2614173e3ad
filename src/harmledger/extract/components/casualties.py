"""Casualty frames: which numbers count people killed, injured or missing, their sub-groups
(civilians, children, women), and whether a figure is a total over a period (aggregate) or an update.

"killed 14 civilians and injured 35 more": 14 killed (civilians 14), 35 injured. "a minister among at
least 12 people killed": 12 killed. "approximately 45 civilians, including 13 children": the 13 is a
sub-group of the 45. Populations, refugees and people in need are never casualties.
"""

from __future__ import annotations

import re

from ..doc import CasualtyFrame, CasualtyGroup, Doc, Intervals, NumberHit
from ..registry import Component, PipelineContext, component
from . import _lists, _shares
from ._casualty_terms import (
    _AGENT_VERB,
    _AMONG,
    _AMONG_AFTER_SUBJECT,
    _AMONG_THOSE,
    _COORDINATED,
    _COUNT_GROUP,
    _ESTIMATE_CEILING,
    _ESTIMATE_FLOOR,
    _GLUED,
    _GROUP_MAKES_UP,
    _HARM_NEXT,
    _KILLED_BEFORE,
    _LARGE_CONTEXT,
    _MONTH_BEFORE,
    _MONTH_DAY,
    _OBJECT_AFTER,
    _ONE_OF_THE_MOST,
    _OTHER_VERB,
    _PART_IS_AFTER,
    _PART_OF,
    _PEOPLE_VERBS,
    _PHONE,
    _PLACE_SIZE,
    _SHARE_OF_THE,
    _TOKEN,
    _TOLL_PUT,
    _TOLL_VALUE,
    _VERB_HEDGE,
    _VICTIM_HEADS,
    AFTER_REACH,
    BEFORE_REACH,
    FORWARD_TOKENS,
    HEAD_REACH,
    TOLL_REACH,
    _head_nouns,
    _Terms,
    terms,
)
from ._subgroups import coordinated, head_group, subgroup
from ._totals import LARGE_COUNT, is_total
from .persons import persons


def read_frame(doc: Doc, n: NumberHit, sentence: int, day_sentences: set[int] | None = None,
               next_start: int | None = None) -> CasualtyFrame | None:
    """``next_start``: where the next number begins; a count's words never reach past another count."""
    t = terms()
    lower = doc.lower
    s_start, s_end = doc.sentences[sentence] if sentence >= 0 else (0, doc.limit)
    after = lower[n.end : min(s_end, n.end + AFTER_REACH)]
    before = lower[max(s_start, n.start - BEFORE_REACH) : n.start]
    label = t.skip_before.search(before[-20:])
    skip = bool(label) and not _SHARE_OF_THE.search(before[-40:])
    if skip and label is not None and label.group().startswith("number"):
        # "the dead now number 20": the verb of a toll, not "number 5" (a label).
        skip = not _TOLL_VALUE.search(lower[max(s_start, n.start - TOLL_REACH) : n.start])
    # "hospitals received 12 dead and 20 wounded", "medics treated 9 injured": a casualty word right after the
    # count makes the count the casualties, whatever other verb comes before it.
    harm_next = bool(_HARM_NEXT.match(after))
    if (t.unit.match(after) or skip or (_OTHER_VERB.search(before[-30:]) and not harm_next)
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
    base = max(s_start, n.start - TOLL_REACH)
    # "the toll passed 50": the figure's hedge is the toll's verb, so the toll is read up to it.
    verb_hedge = _VERB_HEDGE.match(lower, n.start)
    long_before = lower[base : verb_hedge.end() if verb_hedge else n.start]
    toll = _TOLL_VALUE.search(long_before) or _TOLL_PUT.search(long_before)
    if toll and toll.re is _TOLL_PUT and n.low is not None and n.high is not None:
        # "The lowest estimate puts the toll at 47": the estimate's side is the figure's bound.
        lead = long_before[: toll.start()]
        if _ESTIMATE_FLOOR.search(lead):
            n = NumberHit(n.start, n.end, n.low, None, n.value, n.vague)
        elif _ESTIMATE_CEILING.search(lead):
            n = NumberHit(n.start, n.end, None, n.high, n.value, n.vague)
    if toll and not verb:
        group = "injured" if re.search(r"injur|wound", toll.group()) else "killed"
        toll_word = re.match(r"[\w ]+?toll|number of \w+", toll.group())
        term_end = toll.start() + (toll_word.end() if toll_word else len(toll.group()))
        term_span = (base + toll.start(), base + term_end)
    elif verb and t.active.get(verb.group("verb")) and (head is not None or verb.group("verb") not in _PEOPLE_VERBS):
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


def _finish(doc: Doc, frame: CasualtyFrame) -> CasualtyFrame:
    """Marks what the sentence around a frame says of it: a closing total, an addition, both groups at once."""
    if _lists.is_summary(doc, frame):
        frame.update = True
    elif not frame.update:
        frame.addition = _lists.is_addition(doc, frame)
    t = terms()
    _shares.apply_share(doc, frame, t.children, t.women, t.civilian)
    _shares.apply_ceiling_after(doc, frame)
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
                named = _PART_IS_AFTER.match(doc.lower, nxt.end, doc.sentences[sentence][1]) if kind is None else None
                if named is not None:
                    word = named.group("group") or ""
                    kind = "children" if named.group("age") or word in t.children else "women" if word in t.women else None
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
