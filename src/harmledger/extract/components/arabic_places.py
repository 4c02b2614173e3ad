"""Arabic places, through the geocoder's Arabic names (the gazetteer's ``name_ar`` and alternates).

The geocoder reads Arabic names, folds their spelling (``geo.normalise``) and their areas ("ريف إدلب" is
an area of Idlib governorate); what it does not read is a conjunction or preposition glued to a name:
"وخان شيخون", "بدوما", "لحمص". Those are read by geocoding the text once more with such a one-letter
proclitic blanked out (a space in its place keeps every offset), keeping the new hits that start right
after a blanked proclitic and that the geocoder resolves. Sides and sources (``doc.actors``) and the
organisations of ``data/ar/outlets.tsv`` are no places.
"""

from __future__ import annotations

import re
from typing import Any

from ..._arabic import fold_arabic_chars
from ..doc import Doc, Intervals, PlaceMention
from ..lexicon import lexicon_for
from ..registry import Component, PipelineContext, component
from .places import default_geocoder

# A proclitic و، ب، ل، ف before a word of at least three letters (not "ال": the geocoder reads the article),
# also when drawn out with tatweel as releases print it ("مجزرة بـحمين").
_PROCLITIC = re.compile(r"(?<![\w\u0640])[وبلف]\u0640*(?=[\u0621-\u064a]{3})(?!ال)")
_WORD_END = re.compile(r"(?![\w\u0640])")
# "لـ" before the article drops its alif: "للرقة" is "ل" + "الرقة" (read with its alif back, same length).
_LI_ARTICLE = re.compile(r"(?<![\w\u0640])[وف]?ل\u0640*ل(?=[\u0621-\u064a]{2})")


def masked(text: str, keep_second: bool = False) -> tuple[str, set[int]]:
    """``text`` with glued proclitics replaced by spaces, and the offsets where a name may now start. With
    ``keep_second``, the first letter of a word right after a blanked word is kept: "بـحمام واصل" is "حمام
    واصل" after "ب", whose own "و" is part of the name."""
    starts: set[int] = set()
    chars = list(text)
    after_blanked = -1  # where the last blanked word ends
    for m in _PROCLITIC.finditer(text):
        if keep_second and 0 <= after_blanked < m.start() and not text[after_blanked : m.start()].strip():
            continue
        chars[m.start() : m.end()] = " " * (m.end() - m.start())
        starts.add(m.end())
        after_blanked = _WORD_END.search(text, m.end()).start()  # type: ignore[union-attr]
    for m in _LI_ARTICLE.finditer(text):
        chars[m.start() : m.end()] = [" "] * (m.end() - m.start() - 2) + ["ا", "ل"]
        starts.add(m.end() - 2)
    return "".join(chars), starts


@component(name="arabic_places", assigns=["places"], requires=["sentences", "actors"])
def make_arabic_places(context: PipelineContext) -> Component:
    geocoder = context.geocoder if context.geocoder is not None else default_geocoder()
    outlets = lexicon_for("outlets.tsv", "ar")

    def places(doc: Doc) -> None:
        if geocoder is None:
            return
        original = doc.text[: doc.limit]
        # Marks become tatweel (same length): the geocoder folds it, and a mark no longer splits a word
        # ("قُتل" is not "ق" and the place "تل").
        text = fold_arabic_chars(original)
        # Organisations and outlets ("الشبكة السورية لحقوق الإنسان", "المرصد السوري") are no places.
        outlet_names = [(h.start, h.end) for h in outlets.find(doc.lower, 0, doc.limit, doc.text)]
        taken = Intervals([(h.start, h.end) for h in doc.actors] + outlet_names + doc.ignored)
        # A side's name is no place, nor evidence of what country the report is about: "الميليشيات المدعومة
        # من إيران" names Iran as a backer, and must not keep "مزيريب" from resolving in Syria.
        text = _blank(text, [(h.start, h.end) for h in doc.actors])
        found: list[PlaceMention] = []
        for hit in geocoder.find_places(text):
            if not taken.overlaps(hit.start, hit.end):
                found.append(_mention(hit, text, original))
        passes = [masked(text)]
        if (second := masked(text, keep_second=True))[1] != passes[0][1]:
            passes.append(second)  # a proclitic letter inside a name after a blanked word ("بحمام واصل")
        for blanked, starts in passes:
            have = Intervals([(p.start, p.end) for p in found])
            for hit in geocoder.find_places(blanked) if starts else ():  # names found here are spelled in ``text`` too
                if hit.start in starts and hit.resolved is not None and not have.overlaps(hit.start, hit.end) \
                        and not taken.overlaps(hit.start, hit.end) and not _common_word(blanked, hit.start, hit.end):
                    found.append(_mention(hit, text, original))
        found += _introduced(text, original, Intervals([(p.start, p.end) for p in found]), taken)
        doc.places = sorted(found, key=lambda p: p.start)

    return places


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with ``spans`` as spaces (same length: offsets stay those of the report)."""
    if not spans:
        return text
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (min(end, len(chars)) - start)
    return "".join(chars)


def _common_word(blanked: str, start: int, end: int) -> bool:
    """A three-letter name ending in ه after a proclitic is most often a word: "ورقة" (paper), "فرقه" (its
    teams) are not "رقة" (Raqqa); "وحمص", "بدوما" are read."""
    name = blanked[start:end].replace("\u0640", "")
    return len(name) <= 3 and name.endswith(("ه", "ة"))


def _mention(hit: Any, folded: str, original: str) -> PlaceMention:
    # The name as the report writes it: the geocoder saw the folded text, of the same length.
    at = folded.find(hit.name, hit.start, hit.end)
    name = original[at : at + len(hit.name)] if at >= 0 else hit.name
    return PlaceMention(hit.start, hit.end, name, hit.role, hit.resolved, hit.feature_type)


# "قرية حزانو", "بلدة كفر عويد": a name the text calls a place, kept unresolved when the gazetteer lacks it
# (its area, "بريف إدلب", is then where the event is placed: ``main_place``). Two words only after the
# first words of compound names ("كفر", "تل", "دير" ...).
_COMPOUND = "كفر|تل|عين|دير|خان|معره|جسر|بيت|ام|ابو|دار|داره|بئر|راس|حي|سهل|جبل|وادي|مزرعه|قصر|بير"
_LETTERS = "[\u0621-\u063a\u0641-\u064a]"
_INTRODUCED = re.compile(
    rf"(?<![\w\u0640])[وب]?(?:قريه|بلده|مدينه|بلدات|قري|مخيم|حي|مزرعه)\s+(?P<name>(?:(?:{_COMPOUND})\s+)?{_LETTERS}{{2,}})(?![\w\u0640])")
_NOT_NAMES = frozenset({"في", "علي", "قرب", "شمال", "جنوب", "شرق", "غرب", "ريف", "الي", "من", "عن", "جراء", "اثر", "بعد",
                        "مع", "التي", "الذي", "الواقعه", "المجاوره", "نفسها", "واحده", "سكنيه", "للنازحين", "النازحين"})


def _introduced(folded: str, original: str, have: Intervals, taken: Intervals) -> list[PlaceMention]:
    out = []
    for m in _INTRODUCED.finditer(folded):
        start, end = m.span("name")
        if m.group("name").split()[0] in _NOT_NAMES or have.overlaps(start, end) or taken.overlaps(start, end):
            continue
        out.append(PlaceMention(start, end, original[start:end], "event", None, None))
    return out
