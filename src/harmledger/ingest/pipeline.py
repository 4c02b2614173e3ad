"""The batch: expand the inputs, read each one, store what can be stored, report every outcome.

One input that cannot be read fails alone, with its reason; the batch goes on. Only a store that
cannot be written to stops it (StoreError), since every later input would fail the same way.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import stat
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from pathlib import Path, PurePosixPath

import httpx

from .._dates import DateOrder
from .._errors import (
    ConfigError,
    EmptyInputError,
    HarmledgerError,
    InputError,
    InputTooLargeError,
    UnreadableInputError,
)
from .._text import printable
from ..store import Store
from . import sniff
from .fetch import fetch, is_url, new_client
from .language import check_language
from .read_corpus import check_mapping, count_records, read_csv, read_jsonl
from .read_html import read_html
from .read_pdf import read_pdf
from .read_text import read_text
from .types import IngestReport, IngestResult, Item, Parsed
from .writer import Writer, build_row

logger = logging.getLogger(__name__)

OnItem = Callable[[IngestResult], None]
Reader = Callable[[], Iterable[Item | InputError]]


def ingest(
    store: Store,
    inputs: list[str],
    *,
    source: str | None = None,
    published: dt.date | None = None,
    mapping: dict[str, str] | None = None,
    on_item: OnItem | None = None,
    max_bytes: int | None = None,
    date_order: DateOrder = "DMY",
    language: str | None = None,
) -> IngestReport:
    """Store every document in ``inputs`` (paths of files, folders and corpora, or http(s) URLs).

    Returns one result per document in input order; ``on_item`` is called as each is decided.
    ``date_order`` says how all-numeric dates in corpus records' ``published`` are read ("DMY", day
    first, by default; the rule is harmledger._dates'). Raises NotInitialisedError when the store has
    not been created, StoreError when it cannot be written; an input that cannot be read is a
    "failed" result, never an exception. ``language`` (ISO 639-1, ``ar``) is stored for every document
    instead of the detected one (a corpus record's own ``language`` field still wins); ConfigError
    (E145) when it is not a code.
    """
    language = check_language(language) if language is not None else None
    store.check()
    try:
        columns = check_mapping(mapping)
    except ValueError as exc:
        raise ConfigError(str(exc)) from exc
    limit = max_bytes if max_bytes is not None else store.settings.max_input_bytes
    batch = _Batch(store, on_item)
    client: httpx.Client | None = None
    try:
        for kind, name in expand(inputs):
            read: Reader
            if kind == "url":
                client = client or new_client(store.settings.fetch_timeout)
                read = partial(_read_url, name, limit, store.settings.fetch_timeout, client)
            else:
                read = partial(_read_path, name, limit, columns, date_order)
            batch.run(name, read, source, published, language)
        batch.writer.flush()
    finally:
        if client is not None:
            client.close()
    return batch.report()


def ingest_bytes(
    store: Store,
    data: bytes,
    *,
    filename: str,
    source: str | None = None,
    published: dt.date | None = None,
    media_type: str | None = None,
    language: str | None = None,
) -> IngestResult:
    """Store one uploaded document (text, Markdown, HTML or PDF); its result, "failed" with the
    reason when it cannot be read. ``language`` (ISO 639-1) replaces the detected language.
    Raises StoreError when the store cannot be written, ConfigError (E145) for a bad language."""
    language = check_language(language) if language is not None else None
    limit = store.settings.max_input_bytes
    batch = _Batch(store, None)

    def read() -> list[Item | InputError]:
        if len(data) > limit:
            raise InputTooLargeError(filename, f"{len(data)} bytes is over the limit of {limit}")
        claimed = sniff.kind_from_media_type(media_type) or sniff.kind_from_name(filename)
        if claimed in (sniff.JSONL, sniff.CSV):
            raise UnreadableInputError(filename, "a corpus file; ingest corpora with `harmledger ingest`")
        charset = _charset_of(media_type)
        claimed_by = f"sent as {media_type}" if sniff.kind_from_media_type(media_type) else f"named {Path(filename).suffix}"
        return [Item(filename, f"upload:{filename}", data, _parse(filename, data, claimed, charset, claimed_by=claimed_by))]

    batch.run(filename, read, source, published, language)
    batch.writer.flush()
    return batch.report().results[0]


class _Batch:
    def __init__(self, store: Store, on_item: OnItem | None) -> None:
        self.results: dict[int, IngestResult] = {}
        self.on_item = on_item
        self.seq = 0
        self.writer = Writer(store, self._record)

    def _record(self, seq: int, result: IngestResult) -> None:
        # A file name may hold bytes that are not UTF-8 (kept by Python as surrogates) or a newline:
        # shown escaped, so that any result can be printed, stored and sent as JSON.
        result.input = printable(result.input)
        if result.error is not None:
            result.error = printable(result.error)
        self.results[seq] = result
        if result.status == "failed":
            logger.info("%s: %s", result.input, result.error)
        for warning in result.warnings:
            logger.info("%s: %s", result.input, warning)
        if self.on_item is not None:
            self.on_item(result)

    def run(self, name: str, read: Reader, source: str | None, published: dt.date | None,
            language: str | None = None) -> None:
        """Read one input (which may hold many records) and queue or report each of its documents.

        An error of a reader that is not an InputError (a bug, or a parser tripping on an odd file)
        fails that input alone too: one strange file must not cost the rest of the batch.
        """
        records: Iterator[Item | InputError] | None = None
        while True:
            try:
                if records is None:
                    records = iter(read())
                record = next(records)
            except StopIteration:
                return
            except InputError as exc:
                self._fail(exc.source, exc.reason)
                return
            except HarmledgerError:
                raise
            except Exception as exc:  # noqa: BLE001 - see the docstring
                logger.info("unexpected error reading %s", name, exc_info=True)
                self._fail(name, f"cannot read it ({type(exc).__name__}: {exc}); please report this")
                return
            if isinstance(record, InputError):
                self._fail(record.source, record.reason)
                continue
            try:
                row, source_name, warnings = build_row(record, source=source, published=published, language=language)
            except HarmledgerError:
                raise
            except Exception as exc:  # noqa: BLE001 - as above, for one record
                logger.info("unexpected error preparing %s", record.name, exc_info=True)
                self._fail(record.name, f"cannot read it ({type(exc).__name__}: {exc}); please report this")
                continue
            self.seq += 1
            self.writer.add(self.seq, record, row, source_name, warnings)

    def _fail(self, name: str, reason: str) -> None:
        self.seq += 1
        self._record(self.seq, IngestResult(input=name, status="failed", error=reason))

    def report(self) -> IngestReport:
        return IngestReport(results=[self.results[k] for k in sorted(self.results)])


def expand(inputs: list[str]) -> Iterator[tuple[str, str]]:
    """("url" | "path", name) for every input, folders walked recursively in name order.

    Hidden files and folders (".git", ".DS_Store") inside a folder are skipped.
    """
    for raw in inputs:
        if is_url(raw):
            yield "url", raw
        elif os.path.isdir(raw):
            for root, dirs, files in os.walk(raw):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for filename in sorted(files):
                    if not filename.startswith("."):
                        yield "path", os.path.join(root, filename)
        else:
            yield "path", raw


def estimate_total(inputs: list[str]) -> int:
    """About how many documents ``inputs`` hold, for a progress bar."""
    total = 0
    for kind, name in expand(inputs):
        claimed = sniff.kind_from_name(name) if kind == "path" else None
        if claimed in (sniff.JSONL, sniff.CSV):
            try:
                total += count_records(Path(name))
            except OSError:
                total += 1
        else:
            total += 1
    return total


def _read_path(name: str, limit: int, columns: dict[str, str], date_order: DateOrder) -> Iterator[Item | InputError]:
    path = Path(name)
    try:
        info = path.stat()
    except FileNotFoundError:
        reason = "a broken symbolic link; point it at the file" if path.is_symlink() else "no such file or folder; check the path"
        raise UnreadableInputError(name, reason) from None
    except OSError as exc:
        raise UnreadableInputError(name, f"cannot open it ({exc.strerror})") from exc
    if not stat.S_ISREG(info.st_mode):
        raise UnreadableInputError(name, "not a regular file (a pipe, socket or device)")
    claimed = sniff.kind_from_name(name)
    if claimed in (sniff.JSONL, sniff.CSV):
        if info.st_size == 0:
            raise EmptyInputError(name, "the corpus file is empty; nothing to store")
        reader = read_jsonl if claimed == sniff.JSONL else read_csv
        records = 0
        try:
            for record in reader(path, mapping=columns, max_bytes=limit, date_order=date_order):
                records += 1
                yield record
        except OSError as exc:
            raise UnreadableInputError(name, f"cannot read it ({exc.strerror})") from exc
        except UnicodeDecodeError as exc:
            raise UnreadableInputError(name, f"not UTF-8 text ({exc.reason}); save it as UTF-8") from exc
        if records == 0:
            raise EmptyInputError(name, "no records in the corpus")
        return
    if info.st_size > limit:
        raise InputTooLargeError(name, f"{info.st_size} bytes is over the limit of {limit} (--max-bytes)")
    if info.st_size == 0:
        raise EmptyInputError(name, "the file is empty; nothing to store")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UnreadableInputError(name, f"cannot read it ({exc.strerror})") from exc
    claimed_by = f"named {path.suffix}" if path.suffix else ""
    yield Item(name, os.path.abspath(name), data, _parse(name, data, claimed, None, claimed_by=claimed_by))


def _read_url(url: str, limit: int, timeout: float, client: httpx.Client) -> list[Item | InputError]:
    fetched = fetch(url, timeout=timeout, max_bytes=limit, client=client)
    claimed = sniff.kind_from_media_type(fetched.media_type)
    claimed_by = f"served as {fetched.media_type}"
    if claimed is None:
        claimed = sniff.kind_from_name(fetched.url.split("?", 1)[0])
        claimed_by = "named " + PurePosixPath(fetched.url.split("?", 1)[0]).suffix
    if claimed in (sniff.JSONL, sniff.CSV):
        raise UnreadableInputError(url, "a corpus; download it and ingest the file")
    parsed = _parse(url, fetched.data, claimed, fetched.charset, claimed_by=claimed_by, url=fetched.url)
    if fetched.url != url:
        parsed.meta["final_url"] = fetched.url
    parsed.meta.setdefault("url", url)
    return [Item(url, url, fetched.data, parsed)]


def _parse(
    name: str, data: bytes, claimed: str | None, charset: str | None, *, claimed_by: str = "", url: str | None = None
) -> Parsed:
    if not data.strip():
        raise EmptyInputError(name, "no text in it (only whitespace)")
    kind = sniff.resolve_kind(name, data, claimed=claimed, claimed_by=claimed_by)
    if kind == sniff.PDF:
        return read_pdf(name, data)
    if kind == sniff.HTML:
        return read_html(name, data, charset=charset, url=url)
    return read_text(name, data, charset=charset)


def _charset_of(media_type: str | None) -> str | None:
    for part in (media_type or "").split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset":
            return value.strip().strip("\"'") or None
    return None
