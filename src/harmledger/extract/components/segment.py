"""Sentence segmentation: enough for news prose, where most clauses that matter end in ". " or a line break.

Abbreviations common in the reports ("U.S.", "U.N.", "Gen.", "St.") do not end a sentence. Scraped pages lose
full stops where a headline runs into the lead: a capitalised opener after a lower-case word ("... Kurd town After
Kurdish militia expelled ...") and an embedded video's caption ("... by Russian jets - YouTube A brief ceasefire")
end a sentence too.
"""

from __future__ import annotations

import re

from ..doc import Doc
from ..registry import Component, PipelineContext, component
from ._words import MONTH_ABBREVIATIONS, cue_words

_BOUNDARY = re.compile(
    r"(?:[.!?]+[\"'”’)]*\s+|\n\s*\n|\n(?=\s*[A-Z\"“])"
    r"|(?<=[a-z])\s+(?=(?:" + cue_words("run_on_openers") + r")\s+[\w\"“])"
    r"|\s+[-|–]\s+(?:" + cue_words("video_sites") + r")\b\s*)"
)
_LAST_WORD = re.compile(r"(\S+)\s*$")
_NEXT_WORDS = re.compile(r"\S+\s+(\S+)")  # the opener, then the word after it
_ABBREV = re.compile(r"(?:\b(?:" + "|".join([cue_words("abbreviations"), *MONTH_ABBREVIATIONS]) + r")|\b[a-z])\.$")


def split_sentences(text: str, lower: str, limit: int) -> list[tuple[int, int]]:
    sentences: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(text, 0, limit):
        end = m.end()
        if "." in m.group() and "\n" not in m.group():
            # "U.S. forces": not a boundary when the word before the dot is an abbreviation or the next starts lower case.
            dot = m.start() + m.group().index(".") + 1
            if _ABBREV.search(lower, max(0, dot - 6), dot) or (end < limit and text[end].islower()):
                continue
        if m.group().isspace() and not m.group().count("\n"):
            # A run-on opener: after a lower-case word ("... Kurd town After Kurdish militia") or before one
            # ("... shell Saraqib After the army"), not inside a title ("Rebels Regroup After Army Offensive").
            last = _LAST_WORD.search(text, start, m.start())
            following = _NEXT_WORDS.match(text, end)
            if not ((last is not None and last.group(1)[0].islower())
                    or (following is not None and following.group(1)[0].islower())):
                continue
        if text[start:m.start()].strip():
            sentences.append((start, m.start() + (1 if text[m.start()] in ".!?" else 0)))
        start = end
    if start < limit and text[start:limit].strip():
        sentences.append((start, limit))
    return sentences


# Arabic has no capitals to tell a new sentence: a line break ends one, and so does "؟".
_ARABIC_BOUNDARY = re.compile(r"[.!?؟]+[\"'”’)»]*\s+|\n\s*")


def split_arabic(text: str, limit: int) -> list[tuple[int, int]]:
    sentences: list[tuple[int, int]] = []
    start = 0
    for m in _ARABIC_BOUNDARY.finditer(text, 0, limit):
        if text[start : m.start()].strip():
            sentences.append((start, m.start() + (1 if text[m.start()] in ".!?؟" else 0)))
        start = m.end()
    if start < limit and text[start:limit].strip():
        sentences.append((start, limit))
    return sentences


@component(name="segment", assigns=["sentences"])
def make_segment(context: PipelineContext) -> Component:
    arabic = context.options.get("language") == "ar"

    def segment(doc: Doc) -> None:
        if arabic:
            doc.sentences = split_arabic(doc.text, doc.limit)
            return
        doc.sentences = split_sentences(doc.text, doc.lower, doc.limit)

    return segment
