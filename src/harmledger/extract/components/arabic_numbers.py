"""Arabic quantities: digits (ASCII, Arabic-Indic, Persian), number words ("سبعة", "ثلاثة عشر", "خمسة
وعشرون", "ثلاثة آلاف"), duals that are a count of two ("طفلان", "امرأتين"), vague quantities ("عشرات"),
with their hedges before ("على الأقل", "أكثر من", "نحو", "قرابة") or after ("5 مدنيين على الأقل") and
ranges ("ما بين 15 و20", "من 15 إلى 20", "15-20"). Matched over the folded key (``arabic_text``); a
proclitic before a number ("و3 سيدات", "بثلاثة") is not part of its span.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..arabic_text import CLITIC, ArabicText, arabic_text, key_of
from ..doc import Doc, Intervals, NumberHit
from ..lexicon import alternation, load_json
from ..registry import Component, PipelineContext, component
from .numbers import ranges as join_ranges


class _Tables:
    def __init__(self) -> None:
        data = load_json("ar/numbers.json")

        def keyed(d: dict[str, int]) -> dict[str, int]:
            return {key_of(k): v for k, v in d.items()}

        self.units = keyed(data["units"])
        self.teens_first = keyed(data["teens_first"])
        self.teen = {key_of(w) for w in data["teen_word"]}
        self.tens = keyed(data["tens"])
        self.hundreds = keyed(data["hundreds"])
        self.scales = keyed(data["scales"])
        self.vague = keyed(data["vague"])
        self.duals = {key_of(k): v for k, v in data["duals"].items()}
        hedges = {key_of(h): "low" for h in data["hedges_low"]}
        hedges.update({key_of(h): "high" for h in data["hedges_high"]})
        hedges.update({key_of(h): "about" for h in data["hedges_about"]})
        self.hedges = hedges
        word = alternation({**self.units, **self.teens_first, **self.tens, **self.hundreds, **self.scales})
        # "300 ألف", "1.5 مليون": digits times a scale word.
        scales = alternation(self.scales)
        self.number = re.compile(
            rf"(?<!\w)(?:[وفبل](?=[\w]))??(?:(?P<digits>\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+(?=\s+(?:{scales})(?!\w)))?)(?![\d.,]\d)"
            rf"(?:\s+(?P<scale>{scales})(?!\w)(?:\s+و\s*(?P<rest>\d{{1,3}})(?![\d.,]\d)(?!\s+(?:{scales})(?!\w)))?)?"
            rf"|(?P<words>(?:{word})(?:\s+و?(?:{word}))*)(?!\w)"
            rf"|(?P<vague>{alternation(self.vague)})(?!\w))"
        )
        self.dual = re.compile(rf"(?<!\w){CLITIC}(?P<dual>{alternation(self.duals)})(?!\w)")
        self.hedge = re.compile(rf"(?:^|\W)[وب]?(?P<hedge>{alternation(hedges)})\s*$")
        # "قد يصل عدد القتلى في ... إلى 20": a figure that may be reached is an upper bound.
        # A conjunction may open the cue ("وربما يصل العدد إلى 17").
        self.reach = re.compile(rf"(?<!\w)[وف]?(?:{alternation(key_of(h) for h in data['reach_high'])})(?!\w)[^.!?\n]{{0,90}}?"
                                rf"(?<!\w)(?:الي|لل?ي|الى|حتي)\s*$")
        # "قُتل 53 مدنياً، إن لم يكن أكثر": the hedge after the figure may stand behind a comma.
        self.after = re.compile(
            rf"(?:\s+[^\s\d,.;]+){{0,2}}?\s*,?\s+(?P<h>{alternation(key_of(h) for h in data['hedges_low_after'])})(?!\w)")
        self.after_high = re.compile(
            rf"(?:\s+[^\s\d,.;]+){{0,2}}?\s+(?P<h>{alternation(key_of(h) for h in data['hedges_high_after'])})(?!\w)")
        # "لا يقل عدد القتلى في X عن 46": a hedge split by its noun bounds the figure after "عن"/"على".
        self.split = {
            kind: re.compile(rf"(?<!\w)[وف]?(?:{alternation(key_of(h) for h in data[f'split_{kind}'])})(?!\w)[^.!?\n\d]{{0,90}}?"
                             rf"(?<!\w)(?:عن|علي)\s*$")
            for kind in ("low", "high")
        }
        # "اقترب عدد القتلى في X من 15": a toll that nears a figure stays under it.
        self.approach = re.compile(rf"(?<!\w)[وف]?(?:{alternation(key_of(h) for h in data['approach_high'])})(?!\w)"
                                   rf"[^.!?\n\d]{{0,90}}?(?<!\w)من\s*$")
        # "تخطى عدد القتلى في X الآن 7", "لا تتجاوز حصيلة القتلى في X 32": the verb takes the toll's noun as its
        # object and the figure comes last, with no "عن"; the negated forms are ceilings, so the bare verb must
        # not follow a negation.
        nouns = alternation(key_of(w) for w in data["object_split_nouns"])
        self.object_split = {
            kind: re.compile(rf"(?<!\w)(?<!لا\s)(?<!لم\s)(?<!لن\s)[وف]?(?:{alternation(key_of(h) for h in data[f'object_split_{kind}'])})"
                             rf"\s+(?:ال)?(?:{nouns})(?!\w)[^.!?\n\d،,]{{0,90}}?\s*$")
            for kind in ("low", "high")
        }
        # "تشير أدنى التقديرات إلى مقتل 47", "وفق أدنى التقديرات، قُتل 47": the lowest (highest) estimate ahead of
        # the figure in its clause (a comma may close the cue itself).
        self.estimate = {
            kind: re.compile(rf"(?<!\w)(?:ال)?(?:{alternation(key_of(h) for h in data[f'estimate_{kind}'])})(?!\w)"
                             rf"(?:\s*[،,])?[^.!?\n\d،,]{{0,60}}?\s*$")
            for kind in ("low", "high")
        }

    def leads(self, key: str, s: int, kind: str) -> bool:
        """Whether a cue ahead of the figure at ``s`` in its clause makes it a bound of ``kind``."""
        window = max(0, s - 120)
        return bool(self.object_split[kind].search(key, window, s) or self.estimate[kind].search(key, window, s))


@lru_cache(maxsize=1)
def tables() -> _Tables:
    return _Tables()


def words_value(text: str, t: _Tables) -> int | None:
    tokens = _joined(text.split(), t)
    if tokens is None:
        return None
    total, current, i = 0, 0, 0
    while i < len(tokens):
        tok = tokens[i]
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        if nxt in t.teen and (tok in t.teens_first or (tok in t.units and t.units[tok] < 10)):
            current += t.teens_first.get(tok, t.units.get(tok, 0)) + 10
            i += 2
            continue
        if tok in t.teens_first and tok not in t.units:
            return None  # "أحد" alone: "one of", not a count
        if tok in t.hundreds:
            value = t.hundreds[tok]
            current = current * value if 0 < current < 10 and value == 100 else current + value
        elif tok in t.scales:
            total += (current or 1) * t.scales[tok]
            current = 0
        elif tok in t.units:
            current += t.units[tok]
        elif tok in t.tens:
            current += t.tens[tok]
        else:
            return None
        i += 1
    return total + current


def _joined(raw: list[str], t: _Tables) -> list[str] | None:
    """The number words without their "و"; None when a "و" joins what Arabic does not join in one number.

    "و" joins the tens to the unit before them ("خمسة وعشرون") and anything to a hundred or a scale word
    before it ("ثلاثة آلاف وخمسمائة", "مئة وخمسة"); after a unit, a teen or a ten it starts another number.
    """
    out: list[str] = []
    for i, tok in enumerate(raw):
        if tok == "و":
            continue
        rest = tok[1:]
        if i and tok.startswith("و") and tok not in t.teen and (rest in t.units or rest in t.tens or rest in t.hundreds
                                                                 or rest in t.teens_first or rest in t.scales):
            prev = out[-1] if out else ""
            after_big = prev in t.hundreds or prev in t.scales
            if not (after_big or (rest in t.tens and prev in t.units and prev not in t.teen)):
                return None
            tok = rest
        out.append(tok)
    return out


def _words_prefix(key: str, start: int, end: int, t: _Tables) -> tuple[int, int, int] | None:
    """The longest run of number words from ``start`` that reads as one number, as (value, start, end).

    "ما بين تسعة وستة عشر": after a unit, "و" and another unit start a second number (9 and 16), as
    "و" joins a unit only to the tens after it ("خمسة وعشرون") or to a hundred or thousand before it.
    A run that begins with "و" that is also a word ("وأحد عشر" keyed "واحد عشر") is read without it when
    that gives the same number, so that "9 وأحد عشر" is a range and the span holds no conjunction.
    """
    tokens = list(re.finditer(r"\S+", key[start:end]))
    for n in range(len(tokens), 0, -1):
        stop = start + tokens[n - 1].end()
        value = words_value(key[start:stop], t)
        if value is None:
            continue
        if key[start] == "و" and words_value(key[start + 1 : stop], t) == value:
            start += 1
        return value, start, stop
    return None


def parse_numbers(at: ArabicText, start: int, end: int) -> list[NumberHit]:
    """Numbers in ``at.key[start:end]``, in KEY offsets."""
    t = tables()
    key = at.key
    found: list[NumberHit] = []
    pos = start
    while (m := t.number.search(key, pos, end)) is not None:
        pos = max(m.end(), pos + 1)
        vague = False
        if m.group("digits"):
            digits = m.group("digits").replace(",", "")
            s, e = m.start("digits"), m.end("digits")
            if m.group("scale"):
                value, e = round(float(digits) * t.scales[m.group("scale")]), m.end("scale")
                if m.group("rest"):  # "12 ألفاً و500": 12,500
                    value, e = value + int(m.group("rest")), m.end("rest")
            elif "." in digits:
                continue
            else:
                value = int(digits)
        elif m.group("words"):
            read = _words_prefix(key, m.start("words"), m.end("words"), t)
            if read is None:
                continue
            value, s, e = read
            pos = e
        else:
            value, s, e, vague = t.vague[m.group("vague")], m.start("vague"), m.end("vague"), True
        if value > 10**9:
            continue
        low: int | None = value
        high: int | None = value
        h = t.hedge.search(key, max(0, s - 30), s)
        if h:
            kind = t.hedges[h.group("hedge")]
            s = h.start("hedge")
            if kind == "low":
                high = None
            elif kind == "high":
                low = None
        elif t.after.match(key, e, min(len(key), e + 50)) or t.split["low"].search(key, max(0, s - 120), s) \
                or t.leads(key, s, "low"):
            high = None
        elif t.after_high.match(key, e, min(len(key), e + 50)) or t.reach.search(key, max(0, s - 120), s) \
                or t.split["high"].search(key, max(0, s - 120), s) or t.leads(key, s, "high") \
                or t.approach.search(key, max(0, s - 120), s):
            low = None
        if vague:
            high = None
        found.append(NumberHit(s, e, low, high, value, vague))
    for m in t.dual.finditer(key, start, end):
        found.append(NumberHit(m.start("dual"), m.end("dual"), 2, 2, 2))
    return sorted(found, key=lambda n: n.start)


_RANGE_GAP = re.compile(r"\s*(?:-|–|الي|حتي)\s*|\s+و\s*|\s+او\s+")
_RANGE_OPEN = re.compile(r"(?:(?:ما\s+)?بين|من)\s+$")


def ranges(key: str, hits: list[NumberHit]) -> list[NumberHit]:
    """"ما بين 15 و20", "من 15 إلى 20", "15-20": one count with both bounds; "و" only after "بين"/"من"."""
    # "خمسة أو ستة" (five or six) is a range without an opener; "و" alone joins only after "بين"/"من".
    return join_ranges(key, hits, gaps=_RANGE_GAP, openers=_RANGE_OPEN, joins_alone=lambda gap: gap.strip() != "و")


def to_text(at: ArabicText, hit: NumberHit) -> NumberHit:
    s, e = at.span(hit.start, hit.end)
    return NumberHit(s, e, hit.low, hit.high, hit.value, hit.vague)


@component(name="arabic_numbers", assigns=["numbers"], requires=["sentences"])
def make_arabic_numbers(context: PipelineContext) -> Component:
    def numbers(doc: Doc) -> None:
        at = arabic_text(doc.text)
        hits = ranges(at.key, parse_numbers(at, 0, at.to_key(doc.limit)))
        ignore = Intervals(doc.ignored)
        out = [to_text(at, h) for h in hits]
        doc.numbers = [h for h in out if not ignore.overlaps(h.start, h.start + 1)]

    return numbers
