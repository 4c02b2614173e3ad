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
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..arabic_text import CLITIC, ArabicText, arabic_text, key_of
from ..doc import CasualtyFrame, CasualtyGroup, DateHit, Doc, Intervals, NumberHit
from ..lexicon import alternation, load_json
from ..registry import Component, PipelineContext, component
from .arabic_numbers import tables as number_tables

WAR_TOTAL = 100_000
_WORD = re.compile(r"[^\W\d_]+")
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
# "قتل 19 مدنياً في X. ومن الضحايا 6 أطفال": a sentence that opens on the victims goes on with the toll before it.
_LEAD_VICTIMS = re.compile(r"\s*و?(?:من\s+)?(?:بين\s+)?(?:الضحايا|القتلي|الشهداء)(?!\w)")
_SUFFIXES = ("هما", "هم", "هن", "ها", "ه")
_CLAUSE = re.compile(r"[,;:]|(?<!\w)(?:فيما|بينما|في\s+حين|كما|ليرتفع|لترتفع|وبذلك|وبهذا)(?!\w)")


def _words(items: list[str]) -> str:
    return alternation({key_of(w) for w in items})


class _Terms:
    def __init__(self) -> None:
        data = load_json("ar/casualties.json")
        self.cues: list[tuple[CasualtyGroup, re.Pattern[str]]] = [
            (g, re.compile(rf"(?<!\w){CLITIC}(?:{_words(data[g])})(?!\w)")) for g in ("killed", "injured", "missing")
        ]
        # "فارق 12 شخصاً الحياة": the verb is the cue, when a word that completes it follows the count.
        self.split = [
            re.compile(rf"(?<!\w)[وف]?(?P<cue>{re.escape(key_of(verb))})(?=(?:\s+\S+){{0,4}}?\s+(?:{_words(ends)})(?!\w))")
            for verb, ends in data["killed_split"].items()
        ]
        # "حصدت مجزرة في ... أرواح 15 مدنياً": the noun is the cue, when its verb comes before it.
        self.split += [
            re.compile(rf"(?<!\w)[وف]?(?:{_words(verbs)})(?!\w)(?:\s+\S+){{0,6}}?\s+(?P<cue>{re.escape(key_of(noun))})(?!\w)")
            for noun, verbs in data["killed_object"].items()
        ]
        self.nouns: dict[str, str] = {}
        for kind, words in data["nouns"].items():
            for w in words:
                self.nouns.setdefault(key_of(w), kind)
        self.singular = {key_of(w) for w in data["singular_victims"]}
        self.not_people = re.compile(rf"\s*(?:من\s+)?(?:{_words(data['not_people'])})(?!\w)")
        self.not_before = re.compile(rf"(?<!\w)(?:{_words(data['not_before'])})\s*[:]?\s*$")
        # "اعتقلت قوات النظام 20 شخصا": up to three words between the verb and its count.
        self.not_harmed = re.compile(rf"(?<!\w)[وف]?(?:{_words(data['not_harmed_before'])})(?P<between>(?:\s+[^\s\d]+){{0,3}})\s*$")
        self.sub_cue = re.compile(rf"(?<!\w)[و]?(?:{_words(data['subgroup_cues'])})(?!\w)")
        self.aggregate = re.compile(
            rf"(?<!\w)[و]?(?:{_words(data['aggregate_cues'])})(?!\w)(?!\s+(?:\S+\s+)?(?:ساعات|ساعه|يوم|يومين|ايام|الصباح|الفجر|ليل|صباح)(?!\w))")
        self.so_far = {key_of(w) for w in data["aggregate_so_far"]}
        # "وفي شهر شباط وحده": a period "alone" is a total over it.
        self.alone = re.compile(rf"(?<!\w)[وفب]?(?:{_words(data['aggregate_alone_periods'])})(?:\s+\S+){{0,2}}?\s+وحد(?:ه|ها)(?!\w)")
        self.nationwide = re.compile(rf"(?<!\w)(?:{_words(data['nationwide'])})(?!\w)")
        self.single_event = re.compile(rf"(?<!\w){CLITIC}(?:{_words(data['single_event'])})(?!\w)")
        self.update = re.compile(rf"(?<!\w)[و]?(?:{_words(data['update_cues'])})(?!\w)")
        self.combined = re.compile(rf"\s+(?:{_words(data['combined_after'])})(?!\w)")
        self.singular_after = re.compile(rf"\s+(?:ال)?(?P<n>{alternation(self.singular)})(?!\w)")
        self.and_singular = re.compile(rf"\s+و(?:ال)?(?P<n>{alternation(self.singular)})(?!\w)")
        # "امرأة و4 من أطفالها": a victim of one, "و", then a count of people: one toll, their sum.
        self.singular_and = re.compile(rf"(?<!\w)(?:ال)?(?P<n>{alternation(self.singular)})\s+و\s*$")
        # "ويشكل الأطفال 7 من القتلى": a group named before its figure by a verb of share.
        self.share = re.compile(rf"(?<!\w)[وف]?(?:{_words(data['subgroup_share_verbs'])})\s+(?:ال)?(?P<n>[^\s\d]+)\s*$")


@lru_cache(maxsize=1)
def terms() -> _Terms:
    return _Terms()


def noun_after(key: str, end: int, t: _Terms) -> tuple[str | None, int]:
    """The kind of people the count at ``end`` counts ("5 مدنيين", "عشرات المدنيين", "20 من الأطفال") and where its noun ends."""
    pos = end
    for _ in range(2):
        m = _WORD.search(key, pos, min(len(key), pos + 30))
        if m is None or key[pos : m.start()].strip(" "):
            return None, end
        word = m.group()
        if word == "من":
            pos = m.end()
            continue
        for cand in (word, word[2:] if word.startswith("ال") else word, word[1:] if word[:1] in "وبل" else word):
            if cand in t.nouns:
                return t.nouns[cand], m.end()
        # "4 من أطفالها": the noun with an attached pronoun.
        for suffix in _SUFFIXES:
            if word.endswith(suffix) and word[: -len(suffix)] in t.nouns:
                return t.nouns[word[: -len(suffix)]], m.end()
        return None, end
    return None, end


def _cue_spans(key: str, start: int, end: int, t: _Terms) -> list[tuple[int, int, CasualtyGroup]]:
    found = [(m.start(), m.end(), g) for g, p in t.cues for m in p.finditer(key, start, end)]
    found += [(m.start("cue"), m.end("cue"), "killed") for p in t.split for m in p.finditer(key, start, end)]
    return sorted(found)


def _kind_group(kind: str | None) -> CasualtyGroup | None:
    return kind if kind in ("killed", "injured") else None  # type: ignore[return-value]


class _Reader:
    def __init__(self, doc: Doc, at: ArabicText) -> None:
        self.doc, self.at, self.key, self.t = doc, at, at.key, terms()
        self.periods: list[int] = []  # where the dates of a week or longer start (key offsets)

    def frames(self) -> list[CasualtyFrame]:
        doc, at, key, t = self.doc, self.at, self.key, self.t
        dates = Intervals([(at.to_key(d.start), at.to_key(d.end)) for d in doc.dates])
        since = [(at.to_key(d.start), d) for d in doc.dates if d.since]
        self.periods = [at.to_key(d.start) for d in doc.dates
                        if not d.since and d.precision in ("week", "month", "year", "period")]
        numbers = [NumberHit(at.to_key(n.start), at.to_key(n.end), n.low, n.high, n.value, n.vague) for n in doc.numbers]
        out: list[CasualtyFrame] = []
        for index, (s_start, s_end) in enumerate(doc.sentences):
            ks, ke = at.to_key(s_start), at.to_key(s_end)
            cues = _cue_spans(key, ks, ke, t)
            clauses = [ks, *(m.end() for m in _CLAUSE.finditer(key, ks, ke)), ke]
            in_sentence = [n for n in numbers if ks <= n.start < ke and not dates.overlaps(n.start, n.end)]
            current: CasualtyFrame | None = None
            if _LEAD_VICTIMS.match(key, ks):
                current = next((f for f in reversed(out) if f.sentence == index - 1 and f.group == "killed"
                                and not f.aggregate and not f.combined), None)
            sub_open = False
            listed_end: int | None = None  # where the last count of people of the current toll ends
            counted: list[tuple[int, int]] = []
            for n in in_sentence:
                kind, noun_end = noun_after(key, n.end, t)
                dual_kind = number_tables().duals.get(key[n.start : n.end])
                if dual_kind is not None:
                    kind, noun_end = dual_kind, n.end
                of_them = _OF_THEM.match(key, n.end) if current is not None and kind is None else None
                if current is not None and of_them is not None:
                    # "مقتل 8 مدنيين، 3 منهم أطفال": a sub-group told after its figure.
                    sub_kind, sub_end = noun_after(key, of_them.end(), t)
                    if sub_kind in ("child", "woman", "civilian"):
                        self._add_sub(current, sub_kind, n.value)
                        counted.append((n.start, sub_end))
                        continue
                share = t.share.search(key, max(ks, n.start - 40), n.start) if current is not None and kind not in _PEOPLE else None
                if current is not None and share is not None and not t.not_people.match(key, n.end):
                    share_kind = t.nouns.get(share.group("n"))
                    if share_kind in ("child", "woman"):
                        self._add_sub(current, share_kind, n.value)
                        counted.append((n.start, n.end))
                        continue
                if self._not_a_count(n, kind):
                    continue
                gap_start = current.evidence[0][1] if current is not None else ks
                cue_between = any(gap_start <= c[0] < n.start for c in cues)
                breakdown = current is not None and not cue_between and _BREAKDOWN.search(key, gap_start, n.start)
                if current is not None and (t.sub_cue.search(key, gap_start, n.start) or breakdown
                                            or (sub_open and not cue_between)):
                    if kind in ("child", "woman", "civilian"):
                        self._add_sub(current, kind, n.value)
                        sub_open = True
                        # "بينهم 8 أطفال وامرأة": a victim of one named after a counted sub-group.
                        while (one := t.and_singular.match(key, noun_end)) is not None:
                            if (one_kind := t.nouns.get(one.group("n"))) in ("child", "woman", "civilian"):
                                self._add_sub(current, one_kind, 1)
                            noun_end = one.end()
                        counted.append((n.start, noun_end))
                        continue
                if current is not None and listed_end is not None and kind in _PEOPLE \
                        and _AND.fullmatch(key, listed_end, n.start):
                    self._add_listed(current, n, kind)
                    listed_end = noun_end
                    counted.append((n.start, noun_end))
                    continue
                sub_open = False
                group = _kind_group(kind) or self._group(n, noun_end, cues, ks)
                if group is None:
                    continue
                aggregate = self._aggregate(clauses, n.start, since)
                frame = CasualtyFrame(group=group, number=n, sentence=index, aggregate=aggregate or n.value >= WAR_TOTAL)
                frame.evidence.append((n.start, n.end))
                cue = self._cue_of(n, noun_end, cues)
                if cue is not None:
                    frame.evidence.append(cue)
                if kind in ("child", "woman", "civilian"):
                    self._add_sub(frame, kind, n.value)
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
                counted.append((n.start, noun_end))
                current = frame
                listed_end = noun_end if kind in _PEOPLE and not frame.combined else None
            for frame in out:
                if frame.sentence == index:
                    self._singular_subs(frame, ke, counted)
            out.extend(self._singulars(index, ks, ke, cues, counted, clauses, since))
        return [self._to_text(f) for f in out]

    def _aggregate(self, clauses: list[int], at: int, since: list[tuple[int, DateHit]]) -> bool:
        """A total when its clause has an aggregate cue or a "since" date ("..., فيما بلغ عدد الضحايا منذ مطلع العام 210")."""
        i = max(j for j, c in enumerate(clauses[:-1]) if c <= at) if clauses[0] <= at else 0
        s, e = clauses[i], clauses[min(i + 1, len(clauses) - 1)]
        if any(s <= d < e for d, _ in since) or self.t.alone.search(self.key, s, e):
            return True
        if any(s <= d < e for d in self.periods) and self.t.nationwide.search(self.key, s, e) \
                and not self.t.single_event.search(self.key, s, e):
            return True  # "مقتل 1078 مدنياً في سوريا في شباط": the whole country over a month is a total
        cues = {m.group().lstrip("و") for m in self.t.aggregate.finditer(self.key, s, e)}
        if cues and cues <= self.t.so_far and self.t.update.search(self.key, s, e) \
                and self.t.single_event.search(self.key, s, e):
            return False  # "ارتفعت حصيلة ضحايا المجزرة ... إلى 25 حتى الآن": one attack's toll so far
        return bool(cues)

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
        if before:
            s, e, _ = before[-1]
            return s, e
        after = [c for c in cues if c[0] >= noun_end and c[0] - noun_end <= 40]
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
            self._add_sub(frame, kind, n.value)

    def _add_listed_one(self, frame: CasualtyFrame, start: int, kind: str | None) -> None:
        """A victim of one named before the counted group of the same toll ("امرأة و4 من أطفالها": 5)."""
        m = frame.number
        frame.number = NumberHit(start, m.end, None if m.low is None else m.low + 1, None if m.high is None else m.high + 1,
                                 m.value + 1, m.vague)
        frame.evidence[0] = (start, m.end)
        if kind in ("child", "woman", "civilian"):
            self._add_sub(frame, kind, 1)

    @staticmethod
    def _add_sub(frame: CasualtyFrame, kind: str, value: int) -> None:
        attr = {"child": "children", "woman": "women", "civilian": "civilians"}[kind]
        setattr(frame, attr, (getattr(frame, attr) or 0) + value)

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
            n = NumberHit(m.start("n"), last.end(), value, value, value)
            frame = CasualtyFrame(group=group, number=n, sentence=index, aggregate=self._aggregate(clauses, s, since))
            frame.evidence += [(n.start, n.end), (s, e)]
            for kind in kinds:
                if kind in ("child", "woman", "civilian"):
                    self._add_sub(frame, kind, 1)
            out.append(frame)
        return out

    def _singular_subs(self, frame: CasualtyFrame, ke: int, counted: list[tuple[int, int]]) -> None:
        """"بينهم طفل وامرأة": sub-groups of one, named without a number."""
        key, t = self.key, self.t
        end = frame.evidence[-1][1] if frame.evidence else frame.number.end
        cue = t.sub_cue.search(key, frame.number.end, min(ke, frame.number.end + 60))
        if cue is None:
            return
        for m in re.finditer(rf"(?<!\w)و?(?:ال)?(?P<n>{alternation(t.singular)})(?!\w)", key[: min(ke, cue.end() + 60)]):
            if m.start() < cue.end() or m.start() < end or any(a <= m.start("n") < b for a, b in counted):
                continue  # before the cue, or read with a counted sub-group ("بينهم ستة أطفال وامرأة")
            between = key[cue.end() : m.start()]
            if re.search(r"\d", between) or any(p.search(between) for _, p in t.cues):
                break
            kind = t.nouns.get(m.group("n"))
            if kind in ("child", "woman", "civilian"):
                self._add_sub(frame, kind, 1)

    def _to_text(self, frame: CasualtyFrame) -> CasualtyFrame:
        at, n = self.at, frame.number
        s, e = at.span(n.start, n.end)
        frame.number = NumberHit(s, e, n.low, n.high, n.value, n.vague)
        frame.evidence = [at.span(a, b) for a, b in frame.evidence]
        return frame


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
