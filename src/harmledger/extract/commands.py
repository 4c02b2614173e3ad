"""`harmledger extract`: stateless extraction of text files or a JSON Lines corpus to JSON Lines."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any

import typer

from .._text import clean, printable
from ..cli import DateOrderOption, check_date_order
from ..plugins import hookimpl

Record = tuple[str, dict[str, Any] | None, str | None, list[str]]
_NOT_UTF8 = re.compile("[\udc80-\udcff]")  # what errors="surrogateescape" makes of a byte that is not UTF-8


def _jsonl_records(path: Path) -> Iterator[Record]:
    """(label, record, error, warnings) for each non-blank line of a JSON Lines corpus.

    A line that is not UTF-8, not JSON or not an object with a "text" string is an error of its own
    (labelled ``path:LINE``); the lines after it are read. Strings are cleaned by harmledger._text's
    rule (NUL removed, lone surrogates replaced), as ingest stores them, so the ids and hashes agree.
    """
    shown = printable(str(path))
    try:
        # Bytes that are not UTF-8 are kept as surrogates, so that they fail their own line only.
        handle = path.open(encoding="utf-8", errors="surrogateescape")
    except OSError as exc:
        yield shown, None, f"cannot open: {exc.strerror or exc}; check the path", []
        return
    with handle:
        for number, line in enumerate(handle, 1):
            if number == 1:
                line = line.removeprefix("\ufeff")
            if not line.strip():
                continue
            label = f"{shown}:{number}"
            bad = _NOT_UTF8.search(line)
            if bad is not None:
                offset = len(line[: bad.start()].encode("utf-8", "surrogateescape"))
                yield label, None, f"not UTF-8 at byte {offset} of the line; convert the file to UTF-8", []
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                yield label, None, f"not valid JSON ({exc.msg}); each line must be one JSON object", []
                continue
            except RecursionError:
                yield label, None, "not valid JSON (nested too deeply); each line must be one JSON object", []
                continue
            if not isinstance(record, dict) or not isinstance(record.get("text"), str):
                yield label, None, 'needs a JSON object with a "text" string', []
                continue
            warnings: list[str] = []
            for key in ("text", "title", "id"):
                if isinstance(record.get(key), str):
                    record[key], notes = clean(record[key])
                    warnings.extend(f"the {key}: {note}" for note in notes)
            yield label, record, None, warnings


def _file_record(path: Path) -> tuple[dict[str, Any] | None, str | None, list[str]]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        return None, f"cannot read: {exc.strerror or exc}; check the path", []
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return None, (f"is not UTF-8 text (byte {exc.start}); convert it to UTF-8 or ingest it with "
                      "`harmledger ingest`, which reads other encodings"), []
    # Line ends as text mode reads them ("\r\n" and "\r" become "\n"), which the hash has always used.
    text, notes = clean(text.replace("\r\n", "\n").replace("\r", "\n"))
    # A text file has no id of its own: the document's id is then the sha256 of its text (docs/contract.md section 2).
    return {"text": text}, None, [f"the text: {note}" for note in notes]


def _check_language(value: str) -> str | None:
    """The --language value: "ar" or "en" forces the pipeline, None (auto) leaves it to each document."""
    code = value.strip().lower()
    if code == "auto":
        return None
    if code in ("ar", "en"):
        return code
    raise typer.BadParameter(f"{value!r} is not auto, ar or en", param_hint="--language")


def _record_language(record: dict[str, Any]) -> str | None:
    """A corpus line's own "language" ("ar", "en", "ar-SY"), as ingest stores it; anything else is detected."""
    value = record.get("language")
    if not isinstance(value, str) or value.strip().lower() in ("", "und", "unknown", "mul", "zxx"):
        return None
    return value


@hookimpl
def register_commands(app: typer.Typer) -> None:
    @app.command()
    def extract(
        files: Annotated[list[Path] | None, typer.Argument(help="Text files to extract from (UTF-8).")] = None,
        input_jsonl: Annotated[
            Path | None,
            typer.Option("--input-jsonl", help='JSON Lines corpus: "id", "text", optional "title", "published", "source".'),
        ] = None,
        published: Annotated[
            str | None,
            typer.Option("--published", help="Publication date for inputs that give none, e.g. 2020-05-09, 9 May 2020 or 9-May-20 (numeric dates: see --date-order)."),
        ] = None,
        date_order: DateOrderOption = "DMY",
        db: Annotated[
            str | None,
            typer.Option("--db", help="Also use the places imported or added to this store's gazetteer (optional; no store is needed)."),
        ] = None,
        language: Annotated[
            str,
            typer.Option(
                "--language",
                metavar="auto|ar|en",
                help='Which pipeline reads the reports: ar (Arabic) or en (English) for every one, or auto (the default): '
                'a corpus line\'s "language" when it gives one, else the language detected in its text.',
            ),
        ] = "auto",
    ) -> None:
        """Read reports without a store and print, for each, one JSON object of its mentions (when, where, who, what weapon, how many killed and injured, each with its evidence) to stdout."""
        from .._dates import parse_date_value
        from .._errors import DateValueError, HarmledgerError
        from . import Extractor

        if not files and input_jsonl is None:
            typer.echo("Error: give text files or --input-jsonl PATH (see --help)", err=True)
            raise typer.Exit(2)
        order = check_date_order(date_order)
        forced = _check_language(language)
        default_date: dt.date | None = None
        if published is not None:
            try:
                default_date = parse_date_value(published, order=order)
            except DateValueError as exc:
                typer.echo(f"Error: [{exc.code}] --published {exc.message}", err=True)
                raise typer.Exit(2) from None
        geocoder = None
        if db is not None:
            from ..geo import get_geocoder
            from ..store import open_store

            geocoder = get_geocoder(open_store(db))
        extractor = Extractor(geocoder=geocoder)
        failed = 0

        def run(label: str, record: dict[str, Any]) -> None:
            nonlocal failed
            # Read here rather than by the extractor, so that the date order applies and the error
            # names the field; a blank value falls back to --published, as an absent one does.
            raw = record.get("published")
            pub = default_date
            if raw is not None and str(raw).strip():
                try:
                    pub = parse_date_value(str(raw), order=order)
                except DateValueError as exc:
                    failed += 1
                    typer.echo(f"Error: [{exc.code}] {label}: published {printable(exc.message)}", err=True)
                    return
            title = record.get("title") if isinstance(record.get("title"), str) else None
            doc_id = record.get("id")
            lang = forced or _record_language(record)
            try:
                result = extractor.extract(
                    record["text"], title=title, doc_id=str(doc_id) if doc_id not in (None, "") else None, published=pub,
                    language=lang,
                )
            except HarmledgerError as exc:
                failed += 1
                typer.echo(f"Error: {label}: {printable(str(exc))}", err=True)
                return
            typer.echo(json.dumps(result.model_dump(mode="json"), ensure_ascii=False))

        def from_files() -> Iterator[Record]:
            for path in files or []:
                yield (printable(str(path)), *_file_record(path))

        records = itertools.chain(from_files(), _jsonl_records(input_jsonl) if input_jsonl is not None else ())
        for label, rec, error, warnings in records:
            if error or rec is None:
                failed += 1
                typer.echo(f"Error: {label}: {error}", err=True)
                continue
            for warning in warnings:
                typer.echo(f"Warning: {label}: {warning}", err=True)
            run(label, rec)
        if failed:
            raise typer.Exit(1)
