"""Lines of a PDF in visual order put back in reading order, for right-to-left (Arabic) text.

A PDF draws glyphs where they appear on the page: a line of Arabic is written left to right as the
eye sees it, its letters reversed, while the figures and Latin names inside it read left to right as
usual. pypdf's own reordering reverses each run of right-to-left letters but keeps the runs in page
order, and treats Arabic-Indic digits as neutral, reversing them too: "في عام ٢٠١٧ قتل 12" came out
with its words and years in the wrong order. So the reader takes pypdf's layout text (page order,
untouched) of a page with Arabic and applies this simplified form of the Unicode bidi algorithm to
each line:

- a line whose strong letters are mostly right-to-left is a right-to-left line: it is reversed, and
  each run of left-to-right text inside it (Latin words, ASCII and Arabic-Indic numbers, with the
  spaces and separators between them) is reversed back, and brackets are mirrored;
- in any other line only the runs of right-to-left text are reversed, in place.

Lines without right-to-left letters are returned as they are. Explicit embeddings and nested levels
are not modelled: a report line is a paragraph of one language with names and figures in it.
"""

from __future__ import annotations

import re

_RTL = "\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefe"
_RTL_LETTER = re.compile(f"[{_RTL}]")
_LTR_LETTER = re.compile(r"[^\W\d_]", re.UNICODE)
# Left-to-right text inside a right-to-left line: Latin words and numbers (ASCII or Arabic-Indic), joined
# by the spaces and separators that stay between them ("SNHR", "Human Rights Watch", "12.5", "05/04/2017").
_LTR_RUN = re.compile(
    rf"(?:[^\W{_RTL}]|[0-9\u0660-\u0669\u06f0-\u06f9])+(?:[ .,:/%\-](?:[^\W{_RTL}]|[0-9\u0660-\u0669\u06f0-\u06f9])+)*"
)
# Right-to-left text inside a left-to-right line: letters, and the spaces, figures and marks between them.
_RTL_RUN = re.compile(rf"[{_RTL}](?:[{_RTL}\s0-9.,:/%\-]*[{_RTL}])?")
_MIRROR = str.maketrans("()[]{}<>«»", ")(][}{><»«")


def _is_rtl_line(line: str) -> bool:
    rtl = len(_RTL_LETTER.findall(line))
    ltr = len([ch for ch in _LTR_LETTER.findall(line) if not _RTL_LETTER.match(ch)])
    return rtl > 0 and rtl >= ltr


def _rtl(text: str) -> str:
    return _LTR_RUN.sub(lambda m: m.group()[::-1], text[::-1].translate(_MIRROR))


def visual_to_logical(line: str) -> str:
    """One line of page-order text in reading order (see the module's rules)."""
    if not _RTL_LETTER.search(line):
        return line
    if _is_rtl_line(line):
        return _rtl(line)
    return _RTL_RUN.sub(lambda m: _rtl(m.group()), line)


def has_rtl(text: str) -> bool:
    """Whether ``text`` has a right-to-left letter (Hebrew, Arabic and their presentation forms)."""
    return _RTL_LETTER.search(text) is not None
