"""``Extractor``: runs the pipeline over one document and returns its DocumentExtraction."""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import re
from collections.abc import Iterable
from typing import Any

from .._dates import parse_date_value
from .._errors import DateValueError, ExtractionError, HarmledgerError
from ..schema import DocumentExtraction
from .components import default_registry
from .doc import Doc
from .registry import Pipeline, PipelineContext, Registry

logger = logging.getLogger(__name__)

# Bump when the output for the same text changes, so `harmledger process` knows to re-extract.
EXTRACTOR_VERSION = "0.5.0"  # 0.5.0: parts of a toll, held4 and tune5 readings in both languages (issue 15); 0.4.1: run-on headlines, unpunctuated tolls, city quarters (issue 11)
# Reports longer than this are analysed on their head only: the events a report is about come first,
# and it keeps one huge input from stalling a batch. Offsets still index the whole text.
MAX_ANALYSED_CHARS = 500_000
# Languages with a pipeline of their own; any other is read by the English one (the default).
LANGUAGES = ("en", "ar")


def _published(value: dt.date | str | None) -> dt.date | None:
    if value is None or value == "":
        return None
    try:
        # Read by the one reader of date values, day first when numeric (docs/extract.md); a caller
        # with month-first dates passes a date read with parse_date_value(value, order="MDY").
        return parse_date_value(value if isinstance(value, dt.date) else str(value))
    except DateValueError as exc:
        raise ExtractionError(f"published {exc.message}", code="E044") from exc


class Extractor:
    """The default extraction pipeline, or one made of the named components."""

    def __init__(
        self,
        geocoder: Any | None = None,
        *,
        components: Iterable[str] | None = None,
        registry: Registry | None = None,
        options: dict[str, Any] | None = None,
        max_chars: int = MAX_ANALYSED_CHARS,
        language: str | None = None,
    ) -> None:
        from .components import DEFAULT_PIPELINE

        self.registry = registry or default_registry()
        self.context = PipelineContext(geocoder=geocoder, options=dict(options or {}))
        self.pipeline = Pipeline(components or DEFAULT_PIPELINE, self.registry, self.context)
        self.max_chars = max_chars
        # None: each document's language is detected (see ``language_of``); "en" or "ar" forces it.
        self.language = _language(language)
        self._pipelines: dict[str, Pipeline] = {"en": self.pipeline}

    def pipeline_for(self, language: str) -> Pipeline:
        """The pipeline that reads ``language`` ("en" or "ar"), built on first use."""
        language = _language(language) or "en"
        if language not in self._pipelines:
            from .components.arabic import ARABIC_PIPELINE, register_arabic_components

            register_arabic_components(self.registry)
            # The shared components read the language from their options (the lexicons of data/ar/).
            context = PipelineContext(geocoder=self.context.geocoder, options={**self.context.options, "language": language})
            self._pipelines[language] = Pipeline(ARABIC_PIPELINE, self.registry, context)
        return self._pipelines[language]

    @property
    def component_names(self) -> list[str]:
        return self.pipeline.names

    def make_doc(self, body: str, *, title: str | None = None, published: dt.date | str | None = None) -> Doc:
        text = f"{title}\n\n{body}" if title else body
        doc = Doc(text=text, published=_published(published))
        doc.limit = min(len(text), self.max_chars)
        if len(text) > self.max_chars:
            logger.warning("document of %d characters: analysing the first %d", len(text), self.max_chars)
        return doc

    def extract(
        self,
        body: str,
        *,
        title: str | None = None,
        doc_id: str | None = None,
        published: dt.date | str | None = None,
        language: str | None = None,
    ) -> DocumentExtraction:
        """``language``: "ar" or "en" forces the pipeline; None takes the Extractor's, else detects it."""
        if not isinstance(body, str):
            raise ExtractionError(f"document body must be text, not {type(body).__name__}", code="E045")
        doc = self.make_doc(body, title=title, published=published)
        given = doc.published
        pipeline = self.pipeline_for(_language(language) or self.language or language_of(doc.text))
        try:
            pipeline(doc)
        except HarmledgerError:
            raise
        except Exception as exc:  # a bug in a component (ours or a plugin's) must not take a batch down
            logger.debug("extraction failed for document %s", doc_id, exc_info=True)
            raise ExtractionError(
                f"extraction failed ({type(exc).__name__}: {exc}); this is a bug, please report it with the document",
                code="E046",
            ) from exc
        sha = hashlib.sha256(doc.text.encode("utf-8", "surrogatepass")).hexdigest()
        pub = given or doc.published
        return DocumentExtraction(
            id=doc_id or sha,
            title=title,
            published=pub.isoformat() if pub else None,
            text_sha256=sha,
            primary=doc.primary,
            mentions=doc.mentions,
        )


def _language(value: str | None) -> str | None:
    """"ar", "AR", "ar-SY", "arabic" -> "ar"; any other language -> "en" (read by the English pipeline)."""
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise ExtractionError(f"language must be a code such as 'en' or 'ar', not {type(value).__name__}", code="E140")
    code = value.strip().lower().replace("_", "-").split("-")[0]
    return "ar" if code in ("ar", "ara", "arabic") else "en"


_ARABIC_SCRIPT_NEIGHBOURS = frozenset({"fa", "ur", "ps"})
_PERSIAN_LETTERS = re.compile("[پچژگکی]")  # letters of Persian and Urdu that Arabic does not use


def language_of(text: str) -> str:
    """"ar" for a report in Arabic, else "en". A text with no Arabic letter is English without asking the
    detector (so English extraction costs what it did); one with Arabic letters is Arabic when
    ``harmledger.ingest.language.detect_language`` says so, or, when it cannot tell, when most letters are Arabic."""
    from .._arabic import has_arabic

    sample = text[:2000]
    if not has_arabic(sample):
        return "en"
    from ..ingest.language import detect_language

    detected = detect_language(sample)
    if detected is not None and detected not in _ARABIC_SCRIPT_NEIGHBOURS:
        return "ar" if detected == "ar" else "en"
    if detected is not None and _PERSIAN_LETTERS.search(sample):
        return "en"  # Persian or Urdu, which the Arabic pipeline does not read either
    # A short Arabic text naming unfamiliar places is often taken for Persian or Urdu: the script decides.
    letters = [ch for ch in sample if ch.isalpha()]
    arabic = sum(1 for ch in letters if "\u0600" <= ch <= "\u06ff")
    return "ar" if letters and arabic * 2 > len(letters) else "en"
