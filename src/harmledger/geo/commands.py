"""`harmledger geocode` and `harmledger gazetteer import|add`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from .._errors import GazetteerError, InputError
from ..cli import DbOption
from ..plugins import hookimpl
from .kinds import FEATURE_TYPES, FORMATS

if TYPE_CHECKING:
    from ..store import Store



def _store_or_none(db: str | None) -> Store | None:
    """The store to read places from, without creating one: geocoding works with no store at all."""
    from .._config import get_settings
    from ..store import Store

    if db:
        store = Store(db)
        if not store.exists():  # a mistyped --db: say so rather than create an empty file there
            store.check()
        return store
    store = Store(get_settings().database_url())
    return store if store.exists() else None


def _open_store(db: str | None) -> Store:
    from ..store.db import open_store

    return open_store(db)


def _dump(obj: object) -> str:
    return json.dumps(obj, ensure_ascii=False)


@hookimpl
def register_commands(app: typer.Typer) -> None:
    @app.command()
    def geocode(
        name: Annotated[str | None, typer.Argument(help="Place name, in any common spelling.")] = None,
        within: Annotated[str | None, typer.Option("--within", help="Governorate or district name, or a P-code.")] = None,
        country: Annotated[str | None, typer.Option("--country", help="ISO country code, e.g. SY.")] = None,
        input_jsonl: Annotated[Path | None, typer.Option("--input-jsonl", help='Lines of {"id", "name", "within"}.')] = None,
        db: DbOption = None,
    ) -> None:
        """Resolve a place name against the gazetteer; prints the resolved place as JSON, or null."""
        from .registry import get_geocoder

        store = _store_or_none(db)
        gc = get_geocoder(store)
        if input_jsonl is None:
            if not name:
                raise GazetteerError("give a NAME to geocode, or --input-jsonl PATH")
            resolved = gc.geocode(name, within=within, country=country)
            typer.echo(_dump(resolved.model_dump() if resolved else None))
            return
        try:
            lines = input_jsonl.read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            raise InputError(str(input_jsonl), f"cannot read it ({exc.strerror}); check the path") from exc
        for lineno, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(f"{input_jsonl}:{lineno}", f"not JSON ({exc.msg}); each line must be an object") from exc
            if not isinstance(item, dict):
                raise InputError(f"{input_jsonl}:{lineno}", 'each line must be an object like {"id", "name", "within"}')
            resolved = gc.geocode(str(item.get("name") or ""), within=item.get("within") or within,
                                  country=item.get("country") or country)
            typer.echo(_dump({"id": item.get("id"), "resolved": resolved.model_dump() if resolved else None}))

    gazetteer_app = typer.Typer(help="Add places to the gazetteer kept in the store.", no_args_is_help=True)
    app.add_typer(gazetteer_app, name="gazetteer")

    @gazetteer_app.command("import")
    def import_(
        fmt: Annotated[str, typer.Argument(metavar="FORMAT", help=f"One of: {', '.join(FORMATS)}.")],
        path: Annotated[Path, typer.Argument(help="The file (GeoNames .txt or .zip, OCHA .csv, CSV, or a UCDP GED or ACLED .csv export).")],
        country: Annotated[str | None, typer.Option("--country", help="ucdp/acled: ISO code (e.g. IQ) of rows that do not say their country (default SY).")] = None,
        db: DbOption = None,
    ) -> None:
        """Import places from a GeoNames dump, an OCHA table, a simple CSV, or the places named by a UCDP GED
        or ACLED export into the store.

        UCDP and ACLED places are merged with the places already known (a known place gains the new
        spelling as an alternate name), so importing a file again adds nothing. Each row that cannot be
        read gets one line on stderr, the others go in, and the exit code is 1 if any row was bad.
        """
        from .importers import EVENT_FORMATS, import_event_places, read_places
        from .store_places import save_places

        kind = fmt.lower()
        if country is not None and kind not in EVENT_FORMATS:
            raise GazetteerError(f"--country applies to ucdp and acled files; a {kind} file says each place's country")
        store = _open_store(db)
        if kind not in EVENT_FORMATS:
            count = save_places(store, read_places(kind, path), created_by=f"import:{kind}")
            typer.echo(f"Imported {count} places from {path} into {store.safe_url}.")
            return
        report = import_event_places(store, kind, path, country=country)
        for line in report.bad:
            typer.echo(f"Error: {line}", err=True)
        typer.echo(f"Imported {kind} places into {store.safe_url}: {report.summary()}")
        if not report.ok:
            raise typer.Exit(1)

    @gazetteer_app.command("add")
    def add(
        name: Annotated[str, typer.Argument(help="The place's name.")],
        lat: Annotated[float, typer.Option("--lat", help="Latitude (WGS84).")],
        lon: Annotated[float, typer.Option("--lon", help="Longitude (WGS84).")],
        type_: Annotated[str, typer.Option("--type", help=f"One of: {', '.join(FEATURE_TYPES)}.")] = "village",
        alt: Annotated[list[str] | None, typer.Option("--alt", help="An alternate name (repeatable).")] = None,
        admin1: Annotated[str | None, typer.Option("--admin1", help="Governorate (else found from the point).")] = None,
        name_ar: Annotated[str | None, typer.Option("--name-ar", help="Arabic name.")] = None,
        country: Annotated[str, typer.Option("--country", help="ISO country code.")] = "SY",
        db: DbOption = None,
    ) -> None:
        """Add one place by hand; it is used by every later geocode and extraction."""
        from .store_places import analyst_place, save_places

        # The same checks and the same place as an analyst's addition from the incident page.
        place = analyst_place(name, lat, lon, feature_type=type_, alternate_names=alt or [], admin1=admin1,
                              name_ar=name_ar, country=country)
        store = _open_store(db)
        save_places(store, [place], created_by="analyst")
        typer.echo(_dump({"place_id": place.id, "name": place.name, "lat": lat, "lon": lon, "admin1_pcode": place.admin1}))
