from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from harmledger._errors import EmptyInputError, InputError, InputTooLargeError, UnreadableInputError
from harmledger.ingest.read_corpus import check_mapping, count_records, read_csv, read_jsonl
from harmledger.ingest.types import Item

DEFAULT = check_mapping(None)


def _jsonl(path: Path, rows: list[object]) -> Path:
    path.write_text("\n".join(r if isinstance(r, str) else json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    return path


def test_jsonl_fields_and_extra_columns(tmp_path: Path) -> None:
    path = _jsonl(tmp_path / "c.jsonl", [
        {"id": 17, "title": "Strike", "text": " Body as given. ", "published": "2019-03-12", "source": "SANA",
         "labels": {"killed": 2}},
    ])  # fmt: skip
    [item] = list(read_jsonl(path, mapping=DEFAULT, max_bytes=10_000))
    assert isinstance(item, Item)
    parsed = item.parsed
    assert parsed.doc_id == "17"
    assert parsed.title == "Strike" and parsed.body == " Body as given. "  # kept exactly
    assert parsed.published == dt.date(2019, 3, 12) and parsed.published_from == "corpus"
    assert parsed.source == "SANA"
    assert parsed.meta["fields"] == {"labels": {"killed": 2}}
    assert item.name == f"{path}:1"
    assert item.data == path.read_bytes().strip()


def test_bad_records_fail_alone_and_name_their_line(tmp_path: Path) -> None:
    path = _jsonl(tmp_path / "c.jsonl", [
        {"text": "first"}, "{not json", "", '["a list"]', {"title": "no text"}, {"text": "  "},
        {"text": "bad date", "published": "someday"}, {"text": "x" * 500}, {"text": "last"},
    ])  # fmt: skip
    records = list(read_jsonl(path, mapping=DEFAULT, max_bytes=300))
    kinds = [type(r).__name__ if isinstance(r, InputError) else r.parsed.body for r in records]
    assert kinds == ["first", "UnreadableInputError", "UnreadableInputError", "EmptyInputError", "EmptyInputError",
                     "UnreadableInputError", "InputTooLargeError", "last"]  # fmt: skip
    errors = [r for r in records if isinstance(r, InputError)]
    assert errors[0].source == f"{path}:2"
    assert isinstance(errors[-1], InputTooLargeError)


def test_column_mapping(tmp_path: Path) -> None:
    path = _jsonl(tmp_path / "c.jsonl", [{"uid": "a1", "body": "Shelling.", "outlet": "sana", "date": "5/4/2016"}])
    mapping = check_mapping({"id": "uid", "text": "body", "source": "outlet", "published": "date"})
    [item] = list(read_jsonl(path, mapping=mapping, max_bytes=10_000))
    assert isinstance(item, Item)
    assert (item.parsed.doc_id, item.parsed.body, item.parsed.source) == ("a1", "Shelling.", "sana")
    assert item.parsed.published == dt.date(2016, 4, 5)
    with pytest.raises(ValueError, match="unknown field"):
        check_mapping({"body": "text"})


def test_csv_with_mapping_and_multiline_fields(tmp_path: Path) -> None:
    path = tmp_path / "c.csv"
    path.write_text('doc,content,headline\n1,"Line one\nline two",Title one\n2,,Empty\n3,Third,\n', encoding="utf-8")
    mapping = check_mapping({"id": "doc", "text": "content", "title": "headline"})
    records = list(read_csv(path, mapping=mapping, max_bytes=10_000))
    first, second, third = records
    assert isinstance(first, Item) and first.parsed.body == "Line one\nline two" and first.parsed.title == "Title one"
    assert json.loads(first.data) == {"doc": "1", "content": "Line one\nline two", "headline": "Title one"}
    assert isinstance(second, EmptyInputError) and second.source == f"{path}:4"
    assert isinstance(third, Item) and third.parsed.title is None and third.parsed.doc_id == "3"
    assert count_records(path) == 4  # lines, not rows: an estimate for the progress bar


def test_csv_without_the_text_column_fails_once(tmp_path: Path) -> None:
    path = tmp_path / "c.csv"
    path.write_text("a,b\n1,2\n", encoding="utf-8")
    [error] = list(read_csv(path, mapping=DEFAULT, max_bytes=10_000))
    assert isinstance(error, UnreadableInputError) and "--map text=" in error.reason


def test_published_values_and_the_date_order(tmp_path: Path) -> None:
    jsonl = _jsonl(tmp_path / "c.jsonl", [{"text": "a", "published": "9-May-20"}, {"text": "b", "published": "05/04/2017"},
                                          {"text": "c", "published": "31-02-2020"}])  # fmt: skip
    first, second, third = list(read_jsonl(jsonl, mapping=DEFAULT, max_bytes=10_000, date_order="MDY"))
    assert isinstance(first, Item) and first.parsed.published == dt.date(2020, 5, 9)
    assert isinstance(second, Item) and second.parsed.published == dt.date(2017, 5, 4)
    assert isinstance(third, UnreadableInputError) and third.source == f"{jsonl}:3"
    assert third.reason.startswith("published '31-02-2020' is not a date: February 2020 has no day 31")
    csv_path = tmp_path / "c.csv"
    csv_path.write_text("text,published\nx,05/04/2017\n", encoding="utf-8")
    [row] = list(read_csv(csv_path, mapping=DEFAULT, max_bytes=10_000))
    assert isinstance(row, Item) and row.parsed.published == dt.date(2017, 4, 5)  # day first by default
