"""What the extractor reads from one English sentence, for the unit tests of readings
(``test_held*_en_readings.py``): the primary mention and its fields."""

from __future__ import annotations

import datetime as dt

from harmledger.extract import Extractor
from harmledger.schema import Count, DocumentExtraction, Mention

from .checklist import primary as primary_of

PUBLISHED = dt.date(2022, 11, 18)


def primary(extractor: Extractor, text: str) -> Mention:
    """The report's primary mention (its first one when none is primary; an empty one when none at all)."""
    report = extractor.extract(text, published=PUBLISHED)
    if report.primary is not None:
        return report.mentions[report.primary]
    return report.mentions[0] if report.mentions else Mention()


def killed(extractor: Extractor, text: str) -> Count | None:
    return primary(extractor, text).casualties.killed


def killed_low(extractor: Extractor, text: str) -> int | None:
    count = killed(extractor, text)
    return count.low if count else None


def bounds(extractor: Extractor, text: str) -> tuple[int | None, int | None] | None:
    count = killed(extractor, text)
    return (count.low, count.high) if count else None


def perpetrators(extractor: Extractor, text: str) -> set[str]:
    return {a.code for a in primary(extractor, text).actors if a.role == "perpetrator"}


def weapons(extractor: Extractor, text: str) -> set[str]:
    return {w.code for w in primary(extractor, text).weapons}


def targets(extractor: Extractor, text: str) -> set[str]:
    return {t.code for t in primary(extractor, text).targets}


# Arabic: the reports of test_arabic_held*_*.py, read as Arabic, published on a Wednesday.
AR_PUBLISHED = "2021-03-17"


def read_ar(extractor: Extractor, text: str) -> DocumentExtraction:
    return extractor.extract(text, published=AR_PUBLISHED, language="ar")


def roles(report: DocumentExtraction, code: str) -> set[str]:
    """The roles the actor ``code`` has in the report's primary mention."""
    mention = primary_of(report)
    return {a.role for a in mention.actors if a.code == code} if mention is not None else set()
