"""JSON Lines and CSV corpora: one document per line or row, fields found through a column mapping.

The fields default to those of ``extract --input-jsonl`` (``id``, ``text``, ``title``, ``published``,
``source``); ``--map text=body`` reads them from other columns. Text and title are kept exactly as
given, so the stored text and its hash are those ``harmledger extract`` computes for the same line.
Each record is its own input: a bad one fails alone, named ``corpus.jsonl:LINE``; a ``published``
value is read by ``dateline.read_date`` (all-numeric ones in ``date_order``), a ``language`` one
(ISO 639-1) by ``language.check_language``. The size limit
applies to each record, since a corpus is a container, not a document.
"""

from __future__ import annotations

import csv
import json
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .._dates import DateOrder
from .._errors import (
    ConfigError,
    DateValueError,
    EmptyInputError,
    InputError,
    InputTooLargeError,
    UnreadableInputError,
)
from .._text import printable
from .dateline import read_date
from .language import check_language
from .types import Item, Parsed

FIELDS = ("id", "text", "title", "published", "source", "author", "url", "language")
_SURROGATE = re.compile("[\udc80-\udcff]")
MAX_ID_LENGTH = 200

Record = Item | InputError


def check_mapping(mapping: dict[str, str] | None) -> dict[str, str]:
    """The full field -> column mapping; raises ValueError naming an unknown field."""
    columns = {name: name for name in FIELDS}
    for field, column in (mapping or {}).items():
        if field not in FIELDS:
            raise ValueError(f"unknown field {field!r} in the column mapping; fields are {', '.join(FIELDS)}")
        columns[field] = column
    return columns


def read_jsonl(path: Path, *, mapping: dict[str, str], max_bytes: int, date_order: DateOrder = "DMY") -> Iterator[Record]:
    with path.open("rb") as handle:
        for lineno, raw in enumerate(handle, start=1):
            line = raw.strip()
            if lineno == 1:
                line = line.removeprefix(b"\xef\xbb\xbf")
            if not line:
                continue
            name = f"{path}:{lineno}"
            if len(line) > max_bytes:
                yield InputTooLargeError(name, f"{len(line)} bytes is over the limit of {max_bytes} (--max-bytes)")
                continue
            try:
                record = json.loads(line.decode("utf-8"))
            except UnicodeDecodeError as exc:
                yield UnreadableInputError(name, f"not UTF-8 at byte {exc.start} of the line; save the corpus as UTF-8")
                continue
            except (json.JSONDecodeError, RecursionError) as exc:
                yield UnreadableInputError(name, f"not valid JSON ({exc})")
                continue
            if not isinstance(record, dict):
                yield UnreadableInputError(name, "not a JSON object")
                continue
            yield _item(name, str(path), line, record, mapping, "application/jsonl", date_order)


def read_csv(path: Path, *, mapping: dict[str, str], max_bytes: int, date_order: DateOrder = "DMY") -> Iterator[Record]:
    csv.field_size_limit(max(max_bytes, 131072))
    # Bytes that are not UTF-8 are kept as surrogates, so that they fail their own row, not the file.
    with path.open("r", encoding="utf-8-sig", errors="surrogateescape", newline="") as handle:
        reader = csv.DictReader(handle)
        try:
            header = reader.fieldnames
        except (UnicodeDecodeError, csv.Error) as exc:
            yield UnreadableInputError(str(path), f"cannot read the CSV header ({exc}); save it as UTF-8 CSV")
            return
        if not header or mapping["text"] not in header:
            yield UnreadableInputError(str(path), f"no {mapping['text']!r} column in the CSV header; use --map text=COLUMN")
            return
        if any(_SURROGATE.search(column) for column in header):
            yield UnreadableInputError(str(path), "the CSV header is not UTF-8; save it as UTF-8 CSV")
            return
        while True:
            start = reader.line_num + 1
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                yield UnreadableInputError(f"{path}:{start}", f"cannot read the CSV row ({exc})")
                if reader.line_num < start:
                    return  # the reader did not move on: nothing more can be read
                continue
            record = {k: v for k, v in row.items() if k is not None}
            bad = next((k for k, v in record.items() if isinstance(v, str) and _SURROGATE.search(v)), None)
            if bad is not None:
                yield UnreadableInputError(f"{path}:{start}", f"the {bad!r} column is not UTF-8; save the corpus as UTF-8")
                continue
            # The row's original: its fields as JSON, so the blob says which value was which column.
            data = json.dumps(record, ensure_ascii=False, sort_keys=True).encode("utf-8")
            name = f"{path}:{start}"
            if len(data) > max_bytes:
                yield InputTooLargeError(name, f"{len(data)} bytes is over the limit of {max_bytes} (--max-bytes)")
                continue
            yield _item(name, str(path), data, record, mapping, "text/csv", date_order)


def _item(
    name: str, corpus: str, data: bytes, record: dict[str, Any], mapping: dict[str, str], media_type: str,
    date_order: DateOrder,
) -> Record:
    text = record.get(mapping["text"])
    if not isinstance(text, str):
        if text is None:
            return EmptyInputError(name, f"no {mapping['text']!r} field; use --map text=FIELD")
        return UnreadableInputError(name, f"the {mapping['text']!r} field is not a string")
    if not text.strip():
        return EmptyInputError(name, "the text is empty")
    parsed = Parsed(body=text, media_type=media_type)
    doc_id = record.get(mapping["id"])
    if doc_id not in (None, ""):
        if isinstance(doc_id, dict | list):
            return UnreadableInputError(name, "the id is not a string or number")
        parsed.doc_id = str(doc_id).strip()
        if len(parsed.doc_id) > MAX_ID_LENGTH:
            return UnreadableInputError(name, f"the id is longer than {MAX_ID_LENGTH} characters")
    parsed.title = _string(record.get(mapping["title"]))
    published = _string(record.get(mapping["published"]))
    if published:
        try:
            date = read_date(published, order=date_order)
        except DateValueError as exc:
            return UnreadableInputError(name, f"published {exc.message}")
        parsed.published, parsed.published_from = date, "corpus"
    parsed.source = _string(record.get(mapping["source"]))
    parsed.author = _string(record.get(mapping["author"]))
    language = _string(record.get(mapping["language"]))
    if language:
        try:
            parsed.language = check_language(language)
        except ConfigError as exc:
            return UnreadableInputError(name, exc.message)
    parsed.meta["corpus"] = printable(corpus)
    parsed.meta["line"] = int(name.rsplit(":", 1)[1])
    url = _string(record.get(mapping["url"]))
    if url:
        parsed.meta["url"] = url
    used = {mapping[f] for f in FIELDS}
    extra = {k: v for k, v in record.items() if k not in used}
    if extra:
        parsed.meta["fields"] = extra
    return Item(name=name, origin=f"{os.path.abspath(corpus)}:{parsed.meta['line']}", data=data, parsed=parsed)


def _string(value: object) -> str | None:
    if value is None:
        return None
    text = value if isinstance(value, str) else str(value)
    return text if text.strip() else None


def count_records(path: Path) -> int:
    """Roughly how many records a corpus holds, for a progress bar (lines; CSV rows may span lines)."""
    count = 0
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            count += chunk.count(b"\n")
    return count if path.suffix.lower() != ".csv" else max(count - 1, 0)


__all__ = ["FIELDS", "check_mapping", "count_records", "read_csv", "read_jsonl"]
