"""The language of a document, as an ISO 639-1 code.

lingua is accurate on short news text, but its detector is costly to build and to run on long text, so
one detector over a restricted set of languages (those reports of the wars harmledger follows are
written in, and their neighbours) is built once, lazily, and reads only the opening of each text. It
runs in lingua's low-accuracy mode (trigrams only): that loads in a twentieth of a second instead of
two, which matters for every short `harmledger ingest`, and is as good on the paragraph-long openings
of reports; on very short text it answers None rather than guess (a minimum relative distance).

A language stated by the user (``harmledger ingest --language ar``, a corpus's ``language`` field, the
upload form) wins over detection; ``check_language`` reads it.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from .._errors import ConfigError

SAMPLE_CHARS = 400  # a report's opening; detection time grows with the length read
MIN_LETTERS = 12  # below this, a guess would be noise
_LETTERS = re.compile(r"[^\W\d_]")
_CODE = re.compile(r"[a-z]{2}")

LANGUAGES = (
    "ENGLISH", "ARABIC", "FRENCH", "GERMAN", "SPANISH", "RUSSIAN", "UKRAINIAN", "TURKISH",
    "PERSIAN", "HEBREW", "ITALIAN", "PORTUGUESE", "DUTCH", "CHINESE", "URDU", "SOMALI",
)  # fmt: skip

@lru_cache(maxsize=1)
def _detector() -> Any:
    from lingua import Language, LanguageDetectorBuilder

    languages = [getattr(Language, name) for name in LANGUAGES]
    return LanguageDetectorBuilder.from_languages(*languages).with_minimum_relative_distance(0.1).with_low_accuracy_mode().build()


def detect_language(text: str) -> str | None:
    """The ISO 639-1 code (``en``, ``ar``...) of ``text``, or None when it cannot be told."""
    sample = text[:SAMPLE_CHARS]
    if len(_LETTERS.findall(sample, 0, 200)) < MIN_LETTERS:
        return None
    language = _detector().detect_language_of(sample)
    if language is None:
        return None
    return str(language.iso_code_639_1.name).lower()


def check_language(value: str) -> str:
    """``value`` as a stored language code: two letters of ISO 639-1, lower case (``AR`` -> ``ar``).

    Raises ConfigError (E145) for anything else, a language's name included.
    """
    code = value.strip().lower()
    if not _CODE.fullmatch(code):
        raise ConfigError(
            f"language {value!r} is not an ISO 639-1 code; give two letters, such as ar (Arabic) or en (English)",
            code="E145",
        )
    return code
