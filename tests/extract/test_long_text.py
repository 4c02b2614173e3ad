"""Long run-on texts (no full stop): the remembered searches that keep extraction linear give the answers
the plain searches gave. Speed itself is measured by benchmarks/extract_long.py, never here."""

from __future__ import annotations

import re

from harmledger.extract import Extractor
from harmledger.extract.components.assemble import _CONCURRENT, _OTHER_EVENT, Assembler
from harmledger.extract.components.segment import split_sentences
from harmledger.extract.doc import Doc

# Matches of _OTHER_EVENT that end at different distances, one cut by a full stop, one inside another.
TEXT = (
    "12 killed in Aleppo days after an airstrike hit Idlib, 3 wounded hours before the shelling of Homs; "
    "since the raid on Douma. and soon after the blast 5 died in Azaz weeks after  a massacre "
    "just before the bombardment of Hama, only after the offensive 7 dead"
)


def _doc(text: str) -> Doc:
    doc = Doc(text=text)
    doc.sentences = split_sentences(doc.text, doc.lower, doc.limit)
    return doc


def test_other_event_window_answers_as_the_plain_search() -> None:
    doc = _doc(TEXT)
    assembler = Assembler(doc)
    for start in range(0, len(TEXT), 3):
        for end in range(start, len(TEXT) + 70, 2):
            found = _OTHER_EVENT.search(doc.lower, start, end)
            assert assembler._other_event(start, end) == (found.start() if found else None), (start, end)


def test_concurrent_window_answers_as_the_plain_search() -> None:
    text = ("as troops moved towards Saraqib 7 were killed, while jets flew toward Hama; amid the push towardsmith "
            "3 died as the convoy headed toward")
    doc = _doc(text)
    assembler = Assembler(doc)
    for start in range(0, len(text), 2):
        for end in range(start, len(text) + 3):
            expected = _CONCURRENT.search(doc.lower, start, end) is not None
            assert assembler._concurrent(start, end) is expected, (start, end)


def test_sentence_has_answers_as_the_plain_search() -> None:
    doc = _doc(TEXT + ". Earlier this week 4 were killed. Nothing here")
    patterns = [re.compile(r"\bearlier\b"), re.compile(r"\bafter\b"), re.compile(r"\bnothing\b")]
    for pattern in patterns:
        for index, (start, end) in enumerate(doc.sentences):
            expected = pattern.search(doc.lower, start, end) is not None
            assert doc.sentence_has(pattern, index) is expected
            assert doc.sentence_has(pattern, index) is expected  # remembered, same answer


def test_a_run_on_report_is_read_like_the_same_report_in_sentences() -> None:
    """The toll of a long run-on report is found as in short ones: its first figure and place."""
    clause = "government forces shelled the village of Kafr Nabl, according to local sources, "
    text = "An airstrike killed 12 civilians in Maarat al-Numan on 3 March 2019, " + clause * 300
    result = Extractor().extract(text)
    assert result.mentions, "no mention read from a run-on report"
    killed = result.mentions[0].casualties.killed
    assert killed is not None and killed.low == 12 and killed.civilians == 12
