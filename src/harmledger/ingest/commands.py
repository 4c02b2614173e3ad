"""`harmledger ingest` and `harmledger documents list|show`."""

from __future__ import annotations

import datetime as dt
import json
import sys
from typing import Annotated, Any

import typer

from .._dates import DateOrder
from ..cli import DateOrderOption, DbOption, JsonOption, check_date_order
from ..plugins import hookimpl

PROGRESS_MIN_ITEMS = 20


def _parse_published(value: str | None, order: DateOrder) -> dt.date | None:
    if value is None:
        return None
    from .._errors import DateValueError
    from .dateline import read_date

    try:
        return read_date(value, order=order)
    except DateValueError as exc:
        raise typer.BadParameter(exc.message, param_hint="--published") from None


def _parse_language(value: str | None) -> str | None:
    if value is None:
        return None
    from .._errors import ConfigError
    from .language import check_language

    try:
        return check_language(value)
    except ConfigError as exc:
        raise typer.BadParameter(exc.message, param_hint="--language") from None


def _parse_mapping(pairs: list[str]) -> dict[str, str]:
    from .read_corpus import FIELDS

    mapping: dict[str, str] = {}
    for pair in pairs:
        field, sep, column = pair.partition("=")
        field, column = field.strip(), column.strip()
        if not sep or not field or not column:
            raise typer.BadParameter(f"{pair!r} is not FIELD=COLUMN (e.g. text=body)", param_hint="--map")
        if field not in FIELDS:
            raise typer.BadParameter(f"unknown field {field!r}; fields are {', '.join(FIELDS)}", param_hint="--map")
        mapping[field] = column
    return mapping


@hookimpl
def register_commands(app: typer.Typer) -> None:
    @app.command()
    def ingest(
        inputs: Annotated[list[str], typer.Argument(metavar="PATH_OR_URL...", help="Files, folders (read recursively), .jsonl/.csv corpora, or http(s) URLs.")],
        source: Annotated[str | None, typer.Option("--source", help="Name of the outlet or organisation, when the documents do not say (a corpus's own source field wins).")] = None,
        published: Annotated[str | None, typer.Option("--published", help="Publication date (2020-05-09, 9 May 2020, 9-May-20...); wins over a date read from the documents (a corpus's own published field wins over it).")] = None,
        date_order: DateOrderOption = "DMY",
        mapping: Annotated[list[str] | None, typer.Option("--map", metavar="FIELD=COLUMN", help="Read a corpus field from another column, e.g. --map text=body --map source=outlet. Fields: id, text, title, published, source, author, url, language.")] = None,
        language: Annotated[str | None, typer.Option("--language", help="Language of the documents as an ISO 639-1 code (ar, en...), stored instead of the detected one (a corpus's own language field wins).")] = None,
        max_bytes: Annotated[int | None, typer.Option("--max-bytes", min=1, help="Largest input (or corpus record) accepted, in bytes (default HARMLEDGER_MAX_INPUT_BYTES, 50 MB).")] = None,
        as_json: Annotated[bool, typer.Option("--json", help="Print one JSON result per document instead of the summary.")] = False,
        db: DbOption = None,
    ) -> None:
        """Store documents: text, Markdown, HTML, PDF, JSON Lines and CSV corpora, folders and URLs.

        Re-ingesting the same bytes adds nothing. Each input that fails gets one line on stderr, the others are stored, and the exit code is 1 if anything failed; one stored with a change (bytes that are not UTF-8 replaced, NUL characters removed) gets a "Warning:" line. Run `harmledger init` first.
        """
        from ..store import open_store
        from . import ingest as run_ingest
        from .types import IngestResult

        order = check_date_order(date_order)
        date = _parse_published(published, order)
        columns = _parse_mapping(mapping or [])
        language = _parse_language(language)
        store = open_store(db)
        bar = _progress_bar(inputs)

        def say(message: str) -> None:
            if bar is not None:
                bar.write(message, file=sys.stderr)
            else:
                typer.echo(message, err=True)

        def on_item(result: IngestResult) -> None:
            if result.status == "failed":
                say(f"Error: {result.input}: {result.error}")
            for warning in result.warnings:
                say(f"Warning: {result.input}: {warning}")
            if bar is not None:
                bar.update(1)

        try:
            report = run_ingest(store, inputs, source=source, published=date, mapping=columns,
                                on_item=on_item, max_bytes=max_bytes, date_order=order, language=language)  # fmt: skip
        finally:
            if bar is not None:
                bar.close()
        if as_json:
            for result in report.results:
                typer.echo(result.model_dump_json())
        else:
            if len(report.results) == 1 and report.results[0].status != "failed":
                only = report.results[0]
                verb = "added as" if only.status == "added" else "already stored as"
                typer.echo(f"{only.input}: {verb} {only.document_id}")
            line = report.summary()
            if report.duplicates and not report.added and report.ok:
                line += " (nothing new)"
            typer.echo(line + ".")
        if not report.ok:
            raise typer.Exit(1)

    documents = typer.Typer(help="List and show stored documents.", no_args_is_help=True)
    app.add_typer(documents, name="documents")

    @documents.command("list")
    def list_(
        limit: Annotated[int, typer.Option("--limit", min=1, help="How many to show.")] = 50,
        offset: Annotated[int, typer.Option("--offset", min=0, help="How many to skip.")] = 0,
        status: Annotated[str | None, typer.Option("--status", help="Only documents with this status: ingested, processed or failed.")] = None,
        as_json: JsonOption = False,
        db: DbOption = None,
    ) -> None:
        """List stored documents, newest first."""
        from ..store import open_store
        from .documents import list_documents

        rows, total = list_documents(open_store(db), limit=limit, offset=offset, status=status)
        if as_json:
            typer.echo(json.dumps({"total": total, "offset": offset, "documents": rows}, ensure_ascii=False))
            return
        if not rows:
            typer.echo("No documents." if total == 0 else f"No documents at offset {offset} (of {total}).")
            return
        for row in rows:
            title = (row["title"] or "").replace("\n", " ")
            if len(title) > 60:
                title = title[:59] + "…"
            typer.echo(f"{row['id'][:16]:16}  {row['published'] or '-':10}  {row['language'] or '-':2}  "
                       f"{(row['source'] or '-')[:20]:20}  {title or row['origin']}")  # fmt: skip
        typer.echo(f"{offset + 1}-{offset + len(rows)} of {total}.", err=True)

    @documents.command("show")
    def show(
        document_id: Annotated[str, typer.Argument(metavar="ID", help="Document id (or a unique prefix of 8+ characters).")],
        as_json: JsonOption = False,
        text: Annotated[bool, typer.Option("--text", help="Print only the document's text.")] = False,
        db: DbOption = None,
    ) -> None:
        """Show one stored document: its metadata, and its text."""
        from ..store import open_store
        from .documents import get_document

        info = get_document(open_store(db), document_id)
        if text:
            typer.echo(info["text"])
            return
        if as_json:
            typer.echo(json.dumps(info, ensure_ascii=False, indent=2, default=str))
            return
        for key, value in info.items():
            if key not in ("text", "meta"):
                typer.echo(f"{key + ':':16} {'' if value is None else value}")
        typer.echo(f"{'meta:':16} {json.dumps(info['meta'], ensure_ascii=False, default=str)}")
        typer.echo("")
        typer.echo(info["text"])


def _progress_bar(inputs: list[str]) -> Any:
    if not sys.stderr.isatty():
        return None
    from tqdm import tqdm

    from .pipeline import estimate_total

    total = estimate_total(inputs)
    if total < PROGRESS_MIN_ITEMS:
        return None
    return tqdm(total=total, unit="doc", file=sys.stderr, leave=False, dynamic_ncols=True)

