"""Arabic casualty frames: which numbers count people killed, injured or missing, and their sub-groups.

Arabic tells a toll with a verb or a verbal noun before the count ("قتل 5 مدنيين", "مقتل سبعة مدنيين",
"استشهد 3", "وإصابة 10 آخرين", "أسفر عن مقتل ..."), or with a noun after it ("5 قتلى و10 جرحى"), so the
group of a count is that of its own noun, else of the nearest casualty word before it in its sentence,
else of the first one after it ("5 مدنيين لقوا حتفهم"); a verb completed after its count ("فارق 12 شخصاً
الحياة", "فقد 5 مدنيين حياتهم") and a noun after its verb ("حصدت مجزرة ... أرواح 15 مدنياً") are cues too
(``killed_split``, ``killed_object``). Sub-groups follow "بينهم"/"منهم"/"بين الضحايا" ("بينهم 5
أطفال و3 سيدات", "بينهم طفلان وامرأة"); a singular victim after a casualty word is a count of one
("مقتل طفل"). A sentence with an aggregate cue ("منذ عام 2012", "منذ بداية الشهر", "حتى الآن") or a
"since" date gives totals, kept apart as in English. Numbers in dates, ages, units, attacks and
displaced people are not casualties. The English ``casualties`` component is not used for Arabic.
The word lists are compiled in ``arabic_casualty_terms``; the parts of a toll told after it (its place, its
sentence) are read by ``arabic_casualty_rules``.
"""

from __future__ import annotations

import re

from ..arabic_text import ArabicText, arabic_text
from ..doc import CasualtyFrame, CasualtyGroup, DateHit, Doc, Intervals, NumberHit
from ..lexicon import alternation
from ..registry import Component, PipelineContext, component
from .arabic_casualty_rules import (
    add_sub,
    adds_to_toll,
    becomes_toll,
    bracketed_group,
    ceiling_after_floor,
    kin_after,
    ones_after,
    out_of_toll,
    shares_after,
    young_kin_pair,
)
from .arabic_casualty_terms import Terms, noun_after, terms
from .arabic_casualty_totals import Totals
from .arabic_injured_clause import hurt_in_clause
from .arabic_numbers import tables as number_tables

WAR_TOTAL = 100_000
_TO = re.compile(r"(?<!\w)(?:الي|لتصل\s+الي|ليصل\s+الي)\s*$")
# "عشرات القتلى والجرحى", "20 قتيلا وجريحا": one figure for both groups.
_OTHER_GROUP = re.compile(r"\s+و(?:ال)?(?:جرحي|جريحا|جريح|مصابين|مصابا|قتلي|قتيلا|قتيل)(?!\w)")
# "قتل 7 أطفال و5 نساء و3 رجال": counts of people joined by "و" right after a toll are one toll, their sum.
_AND = re.compile(r"\s*و\s*")
_PEOPLE = ("child", "woman", "civilian", "person")
_ONE = frozenset({"واحد", "واحده", "واحدا"})
_OF_THEM = re.compile(r"\s+(?:منهم|منهن|بينهم|بينهن)\s+(?=\S)")
# Clauses of a sentence: a toll and a total are often told in one ("قتل 5 ...، فيما بلغ عدد الضحايا منذ ...").
# "قتل 18 مدنياً (7 أطفال و4 نساء)", "قتل 19 مدنياً في X: 3 أطفال و4 نساء": a breakdown of the toll before it.
_BREAKDOWN = re.compile(r"[(:]")
_CLAUSE = re.compile(r"[,;:]|(?<!\w)(?:فيما|بينما|في\s+حين|كما|ليرتفع|لترتفع|وبذلك|وبهذا)(?!\w)")


def _cue_spans(key: str, start: int, end: int, t: Terms) -> list[tuple[int, int, CasualtyGroup]]:
    found = [(m.start(), m.end(), g) for g, p in t.cues for m in p.finditer(key, start, end)]
    found += [(m.start("cue"), m.end("cue"), "killed") for p in t.split for m in p.finditer(key, start, end)]
    found += [(m.start("cue"), m.end("cue"), "injured") for m in t.injured_split.finditer(key, start, end)]
    found += [(m.start("cue"), m.end("cue"), "injured") for m in t.injured_object.finditer(key, start, end)]
    return sorted(found)


def _kind_group(kind: str | None) -> CasualtyGroup | None:
    return kind if kind in ("killed", "injured") else None  # type: ignore[return-value]


class _Reader:
    def __init__(self, doc: Doc, at: ArabicText) -> None:
        self.doc, self.at, self.key, self.t = doc, at, at.key, terms()
        self.totals = Totals(self.key, self.t)

    def frames(self) -> list[CasualtyFrame]:
        doc, at, key, t = self.doc, self.at, self.key, self.t
        dates = Intervals([(at.to_key(d.start), at.to_key(d.end)) for d in doc.dates])
        since = [(at.to_key(d.start), d) for d in doc.dates if d.since]
        self.totals.periods = [at.to_key(d.start) for d in doc.dates
                        if not d.since and d.precision in ("week", "month", "year", "period")]
        numbers = [NumberHit(at.to_key(n.start), at.to_key(n.end), n.low, n.high, n.value, n.vague) for n in doc.numbers]
        self.totals.figures = [n.start for n in numbers if not dates.overlaps(n.start, n.end)]
        out: list[CasualtyFrame] = []
        for index, (s_start, s_end) in enumerate(doc.sentences):
            ks, ke = at.to_key(s_start), at.to_key(s_end)
            cues = _cue_spans(key, ks, ke, t)
            clauses = [ks, *(m.end() for m in _CLAUSE.finditer(key, ks, ke)), ke]
            in_sentence = [n for n in numbers if ks <= n.start < ke and not dates.overlaps(n.start, n.end)]
            current: CasualtyFrame | None = None
            lead_end = ks  # "الضحايا: 3 أطفال، ...": the victims' word opening the sentence is no new toll's cue
            # "قتل 19 مدنياً في X. ومن الضحايا 6 أطفال": a sentence opening on the victims goes on with that toll.
            if (lead := t.lead.match(key, ks)) is not None:
                lead_end = lead.end()
                current = _toll_before(out, index)
            sub_open = False
            pool: CasualtyFrame | None = None  # a toll the sentence opened on with "ومن بين"
            listed_end: int | None = None  # where the last count of people of the current toll ends
            counted: list[tuple[int, int]] = []
            for n in in_sentence:
                kind, noun_end = noun_after(key, n.end, t)
                dual_kind = number_tables().duals.get(key[n.start : n.end])
                if dual_kind is not None:
                    kind, noun_end = dual_kind, n.end
                if kind is None and ceiling_after_floor(current, n, key):
                    counted.append((n.start, n.end))
                    continue
                of_them = _OF_THEM.match(key, n.end) if current is not None and kind is None else None
                part_of = current
                if of_them is None and (part_of := current or _toll_before(out, index)) is not None:
                    of_them = t.of_the_dead.match(key, n.end)  # "و4 من الضحايا أطفال"
                if part_of is not None and of_them is not None:
                    # "مقتل 8 مدنيين، 3 منهم أطفال": a sub-group told after its figure.
                    sub_kind, sub_end = noun_after(key, of_them.end(), t)
                    if sub_kind in ("child", "woman", "civilian"):
                        add_sub(part_of, sub_kind, n.value)
                        counted.append((n.start, sub_end))
                        continue
                group_kind = bracketed_group(key, t, current.evidence[0][1], n.start, n.end) \
                    if current is not None and kind is None else None
                if current is not None and group_kind is not None:
                    add_sub(current, group_kind, n.value)
                    counted.append((n.start, n.end))
                    continue
                among = t.group_count.search(key, max(ks, n.start - 60), n.start) if kind not in _PEOPLE else None
                if among is not None and (toll := current or _toll_before(out, index)) is not None \
                        and (among_kind := t.nouns.get(among.group("n") or among.group("n2"))) in ("child", "woman"):
                    add_sub(toll, among_kind, n.value)  # "وبلغ عدد الأطفال بين القتلى 5"
                    counted.append((n.start, n.end))
                    continue
                share = t.share.search(key, max(ks, n.start - 40), n.start) if current is not None and kind not in _PEOPLE else None
                if current is not None and share is not None and not t.not_people.match(key, n.end):
                    share_kind = t.nouns.get(share.group("n"))
                    if share_kind in ("child", "woman"):
                        add_sub(current, share_kind, n.value)
                        counted.append((n.start, n.end))
                        continue
                if self._not_a_count(n, kind):
                    continue
                gap_start = current.evidence[0][1] if current is not None else ks
                cue_between = any(max(gap_start, lead_end) <= c[0] < n.start for c in cues)
                breakdown = current is not None and not cue_between and _BREAKDOWN.search(key, gap_start, n.start)
                if current is not None and listed_end is not None and kind in _PEOPLE \
                        and adds_to_toll(key, t, listed_end, n.start):
                    self._add_listed(current, n, kind)
                    listed_end = noun_end
                    counted.append((n.start, noun_end))
                    continue
                if current is not None and (t.sub_cue.search(key, gap_start, n.start) or breakdown
                                            or (sub_open and not cue_between)):
                    if kind in ("child", "woman", "civilian"):
                        add_sub(current, kind, n.value)
                        sub_open = True
                        # "بينهم 8 أطفال وامرأة": a victim of one named after a counted sub-group.
                        while (one := t.and_singular.match(key, noun_end)) is not None:
                            if (one_kind := t.nouns.get(one.group("n"))) in ("child", "woman", "civilian"):
                                add_sub(current, one_kind, 1)
                            noun_end = one.end()
                        counted.append((n.start, noun_end))
                        continue
                    if kind == "person" and sub_open and not cue_between:
                        counted.append((n.start, noun_end))  # "... و7 رجال": the rest of a breakdown, no new toll
                        continue
                if pool is not None and kind in ("child", "woman"):
                    add_sub(pool, kind, n.value)  # "ومن بين 1112 مدنياً قُتلوا ...، كان 159 طفلاً"
                    counted.append((n.start, noun_end))
                    continue
                # "كان 8 أطفال من بين 13 مدنياً قُتلوا": the figure "out of" which the one before is, killed after it.
                # Groups listed before it ("9 أطفال و3 نساء من بين 22 قتيلاً") end where the last one does; a toll
                # counted in "قتلى" says its killing itself.
                part_end = listed_end if listed_end is not None else noun_after(key, current.number.end, t)[1] \
                    if current is not None else 0
                if current is not None and current.sentence == index and kind in ("civilian", "person", "killed") \
                        and out_of_toll(key, t, part_end, n.start) \
                        and (kind == "killed" or any(noun_end <= c[0] <= noun_end + 30 and c[2] == "killed" for c in cues)):
                    share = t.share.search(key, max(ks, current.number.start - 40), current.number.start)
                    part_kind = t.nouns.get(share.group("n")) if share is not None else None
                    if part_kind is None and noun_after(key, current.number.end, t)[0] is None \
                            and t.minors.search(key, noun_end, ke):
                        part_kind = "child"  # "كان 6 من بين 11 مدنياً قُتلوا في X دون سن الـ18"
                    becomes_toll(current, n, kind, part_kind)
                    listed_end = noun_end
                    counted.append((n.start, noun_end))
                    continue
                if current is not None and listed_end is not None and kind in _PEOPLE \
                        and _AND.fullmatch(key, listed_end, n.start):
                    self._add_listed(current, n, kind)
                    listed_end = noun_end
                    counted.append((n.start, noun_end))
                    continue
                sub_open = False
                hurt = hurt_in_clause(key, n, kind, noun_end, cues, in_sentence, ke)  # "نُقل 7 أشخاص إلى المشفى مصابين"
                group = _kind_group(kind) or ("injured" if hurt else self._group(n, noun_end, cues, ks))
                if group is None:
                    continue
                aggregate = self.totals.aggregate(clauses, n.start, since, n.value)
                frame = CasualtyFrame(group=group, number=n, sentence=index, aggregate=aggregate or n.value >= WAR_TOTAL)
                frame.evidence.append((n.start, n.end))
                cue = hurt or self._cue_of(n, noun_end, cues)
                if cue is not None:
                    frame.evidence.append(cue)
                if kind in ("child", "woman", "civilian"):
                    add_sub(frame, kind, n.value)
                one = t.singular_and.search(key, max(ks, n.start - 20), n.start) if kind in _PEOPLE else None
                if one is not None and not any(a <= one.start("n") < b for a, b in counted):
                    self._add_listed_one(frame, one.start("n"), t.nouns.get(one.group("n")))
                    counted.append((one.start("n"), one.end("n")))
                if t.update.search(key, max(ks, n.start - 40), n.start):
                    frame.update = True
                if t.combined.match(key, noun_end) or (kind in ("killed", "injured") and _OTHER_GROUP.match(key, noun_end)):
                    frame.combined = True
                    frame.number = NumberHit(n.start, n.end, None, None if n.vague else n.high, n.value, n.vague)
                out.append(frame)
                if frame.combined:  # the same figure bounds the other group
                    other: CasualtyGroup = "injured" if group == "killed" else "killed"
                    out.append(CasualtyFrame(group=other, number=frame.number, sentence=index, aggregate=frame.aggregate,
                                             combined=True, evidence=list(frame.evidence)))
                if kind in _PEOPLE and not frame.combined:
                    # "قُتل طفلان وسيدة", "3 أطفال ووالدتهم": victims of one after the counted group, one toll.
                    for one_start, one_end, one_kind in ones_after(key, t, noun_end):
                        self._add_listed(frame, NumberHit(one_start, one_end, 1, 1, 1), one_kind)
                        noun_end = one_end
                counted.append((n.start, noun_end))
                if (opened := t.out_of.search(key, ks, n.start)) is not None and not key[ks : opened.start()].strip():
                    pool = frame
                current = frame
                listed_end = noun_end if kind in _PEOPLE and not frame.combined else None
            for frame in out:
                if frame.sentence == index:
                    self._singular_subs(frame, ke, counted)
                    shares_after(frame, key, t, ke, counted)
            out.extend(self._singulars(index, ks, ke, cues, counted, clauses, since))
        return [self._to_text(f) for f in out]

    def _not_a_count(self, n: NumberHit, kind: str | None) -> bool:
        key, t = self.key, self.t
        harmed = t.not_harmed.search(key, max(0, n.start - 50), n.start)
        if harmed and not any(p.search(harmed.group("between")) for _, p in t.cues):
            return True  # "نزح 300 ألف شخص": displaced, not harmed
        if key[n.start : n.end] in _ONE:
            return True  # "من عائلة واحدة", "بغارة واحدة": "one" after its noun describes it; a victim of one is "طفل"
        if kind is not None:
            return False
        if t.not_people.match(key, n.end) or t.not_before.search(key, max(0, n.start - 25), n.start):
            return True
        # A year ("عام 2012", "في 2019") is a date, not a toll.
        return 1900 <= n.value <= 2100 and n.low == n.high

    def _group(self, n: NumberHit, noun_end: int, cues: list[tuple[int, int, CasualtyGroup]], ks: int) -> CasualtyGroup | None:
        cue = self._cue_of(n, noun_end, cues)
        if cue is None:
            return None
        return next(g for s, e, g in cues if (s, e) == cue)

    def _cue_of(self, n: NumberHit, noun_end: int, cues: list[tuple[int, int, CasualtyGroup]]) -> tuple[int, int] | None:
        before = [c for c in cues if c[1] <= n.start and n.start - c[1] <= 60]
        if not before and _TO.search(self.key, max(0, n.start - 12), n.start):
            # "ارتفع عدد القتلى جراء المجزرة التي ... إلى 15": the toll's word may be far before "إلى".
            before = [c for c in cues if c[1] <= n.start and n.start - c[1] <= 200]
        after = [c for c in cues if c[0] >= noun_end and c[0] - noun_end <= 40]
        if before and after and _CLAUSE.search(self.key, before[-1][1], n.start) \
                and not _CLAUSE.search(self.key, noun_end, after[0][0]):
            # "إن 6 مدنيين وصلوا متوفين، وإن 33 آخرين أُدخلوا مصابين": the verb in the count's own clause says
            # what befell it, not the one that closed the clause before.
            s, e, _ = after[0]
            return s, e
        if before:
            s, e, _ = before[-1]
            return s, e
        if after:
            s, e, _ = after[0]
            return s, e
        return None

    def _add_listed(self, frame: CasualtyFrame, n: NumberHit, kind: str | None) -> None:
        """One more group of the victims listed in a toll: the toll is their sum ("7 أطفال و5 نساء")."""
        m = frame.number

        def plus(a: int | None, b: int | None) -> int | None:
            return None if a is None or b is None else a + b

        frame.number = NumberHit(m.start, n.end, plus(m.low, n.low), plus(m.high, n.high), m.value + n.value,
                                 m.vague or n.vague)
        frame.evidence[0] = (m.start, n.end)
        if kind in ("child", "woman", "civilian"):
            add_sub(frame, kind, n.value)

    def _add_listed_one(self, frame: CasualtyFrame, start: int, kind: str | None) -> None:
        """A victim of one named before the counted group of the same toll ("امرأة و4 من أطفالها": 5)."""
        m = frame.number
        frame.number = NumberHit(start, m.end, None if m.low is None else m.low + 1, None if m.high is None else m.high + 1,
                                 m.value + 1, m.vague)
        frame.evidence[0] = (start, m.end)
        if kind in ("child", "woman", "civilian"):
            add_sub(frame, kind, 1)

    def _singulars(self, index: int, ks: int, ke: int, cues: list[tuple[int, int, CasualtyGroup]],
                   counted: list[tuple[int, int]], clauses: list[int], since: list[tuple[int, DateHit]]) -> list[CasualtyFrame]:
        """"مقتل طفل", "استشهد شاب وامرأة": victims named one by one after a casualty word."""
        key, t = self.key, self.t
        out = []
        for s, e, group in cues:
            m = t.singular_after.match(key, e)
            if m is None or any(a <= m.start("n") < b for a, b in counted):
                continue
            value, last = 1, m
            kinds = [self.t.nouns.get(m.group("n"))]
            while (nxt := re.compile(rf"\s+و(?:ال)?(?P<n>{alternation(t.singular)})(?!\w)").match(key, last.end())) is not None:
                value, last = value + 1, nxt
                kinds.append(self.t.nouns.get(nxt.group("n")))
            kin, children, family_end = kin_after(key, t, last.end())
            kinds += kin
            value += len(kin) + children
            n = NumberHit(m.start("n"), family_end, value, value, value)
            frame = CasualtyFrame(group=group, number=n, sentence=index, aggregate=self.totals.aggregate(clauses, s, since))
            frame.evidence += [(n.start, n.end), (s, e)]
            for kind in kinds:
                if kind in ("child", "woman", "civilian"):
                    add_sub(frame, kind, 1)
            if children:
                add_sub(frame, "child", children)
            out.append(frame)
        return out

    def _singular_subs(self, frame: CasualtyFrame, ke: int, counted: list[tuple[int, int]]) -> None:
        """"بينهم طفل وامرأة": sub-groups of one, named without a number."""
        key, t = self.key, self.t
        end = frame.evidence[-1][1] if frame.evidence else frame.number.end
        cue = t.sub_cue.search(key, frame.number.end, min(ke, frame.number.end + 60))
        if cue is None:
            return
        last = -1
        for m in re.finditer(rf"(?<!\w)و?(?:ال)?(?P<n>{alternation(t.singular)})(?!\w)", key[: min(ke, cue.end() + 60)]):
            if m.start() < cue.end() or m.start() < end or any(a <= m.start("n") < b for a, b in counted):
                continue  # before the cue, or read with a counted sub-group ("بينهم ستة أطفال وامرأة")
            follows, last = not m.group().startswith("و") and 0 <= last and not key[last : m.start()].strip(), m.end()
            if follows:
                continue  # "طفل رضيع": a second noun without "و" describes the first victim
            between = key[cue.end() : m.start()]
            if re.search(r"\d", between) or any(p.search(between) for _, p in t.cues):
                break
            kind = t.nouns.get(m.group("n"))
            if kind in ("child", "woman", "civilian"):
                add_sub(frame, kind, 1)
            if pair := young_kin_pair(key, t, m.end()):
                add_sub(frame, "child", pair)

    def _to_text(self, frame: CasualtyFrame) -> CasualtyFrame:
        at, n = self.at, frame.number
        s, e = at.span(n.start, n.end)
        frame.number = NumberHit(s, e, n.low, n.high, n.value, n.vague)
        frame.evidence = [at.span(a, b) for a, b in frame.evidence]
        return frame


def _toll_before(out: list[CasualtyFrame], index: int) -> CasualtyFrame | None:
    """The incident toll of the sentence before ``index``, which a sentence on its victims goes on with."""
    return next((f for f in reversed(out) if f.sentence == index - 1 and f.group == "killed"
                 and not f.aggregate and not f.combined), None)


def clauses_of(key: str, start: int, end: int, at: int) -> tuple[int, int]:
    """The clause of the sentence ``key[start:end]`` that holds offset ``at`` (all in key offsets)."""
    cuts = [start, *(m.end() for m in _CLAUSE.finditer(key, start, end)), end]
    i = max((j for j, c in enumerate(cuts[:-1]) if c <= at), default=0)
    return cuts[i], cuts[min(i + 1, len(cuts) - 1)]


@component(name="arabic_casualties", assigns=["frames"], requires=["sentences", "numbers", "dates"])
def make_arabic_casualties(context: PipelineContext) -> Component:
    def casualties(doc: Doc) -> None:
        doc.frames = _Reader(doc, arabic_text(doc.text)).frames()

    return casualties
