"""``Extractor``: runs the pipeline over one document and returns its DocumentExtraction."""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
from collections.abc import Iterable
from typing import Any

from .._dates import parse_date_value
from .._errors import DateValueError, ExtractionError, HarmledgerError
from ..schema import DocumentExtraction
from .doc import Doc
from .registry import Pipeline, PipelineContext, Registry, default_registry

logger = logging.getLogger(__name__)

# Bump when the output for the same text changes, so `harmledger process` knows to re-extract.
EXTRACTOR_VERSION = "0.3.1"
# Reports longer than this are analysed on their head only: the events a report is about come first,
# and it keeps one huge input from stalling a batch. Offsets still index the whole text.
MAX_ANALYSED_CHARS = 500_000


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
    ) -> None:
        from .components import DEFAULT_PIPELINE

        self.registry = registry or default_registry()
        self.context = PipelineContext(geocoder=geocoder, options=dict(options or {}))
        self.pipeline = Pipeline(components or DEFAULT_PIPELINE, self.registry, self.context)
        self.max_chars = max_chars

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
    ) -> DocumentExtraction:
        if not isinstance(body, str):
            raise ExtractionError(f"document body must be text, not {type(body).__name__}", code="E045")
        doc = self.make_doc(body, title=title, published=published)
        given = doc.published
        try:
            self.pipeline(doc)
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
