"""`harmledger process`. Registering it imports nothing heavy: Dask, tqdm and the extractor load when it runs."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Annotated, Any

import typer

from ..cli import DbOption, fail
from ..plugins import hookimpl


@contextlib.contextmanager
def _dask_client(scheduler: str | None, workers: int) -> Iterator[Any]:
    """No client for one local worker; a LocalCluster for several; the given scheduler otherwise."""
    if scheduler is None and workers <= 1:
        yield None
        return
    import logging

    from distributed import Client, LocalCluster

    from .._errors import ConfigError

    if logging.getLogger().level > logging.INFO:
        # Importing distributed configures its loggers at INFO, after the CLI quietened them (no --verbose).
        logging.getLogger("distributed").setLevel(logging.ERROR)

    if scheduler is not None:
        try:
            client = Client(scheduler, timeout=10)
        except (OSError, TimeoutError, ValueError) as exc:
            raise ConfigError(
                f"cannot reach the Dask scheduler at {scheduler} ({type(exc).__name__}); "
                "start it with `dask scheduler` or check --scheduler"
            ) from exc
        with client:
            yield client
        return
    # Any free port for the scheduler's HTTP server: a second run on the machine must not clash with the first.
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0") as cluster, \
            Client(cluster) as client:
        yield client


@hookimpl
def register_commands(app: typer.Typer) -> None:
    @app.command()
    def process(
        db: DbOption = None,
        redo: Annotated[bool, typer.Option("--redo", help="Also re-extract documents processed by an older extractor version.")] = False,
        everything: Annotated[bool, typer.Option("--all", help="Re-extract every document (after gazetteer or lexicon changes).")] = False,
        no_link: Annotated[bool, typer.Option("--no-link", help="Extract and store only; link later with `harmledger link`.")] = False,
        workers: Annotated[int, typer.Option("--workers", min=1, help="Extract on a local Dask cluster of this many worker processes.")] = 1,
        scheduler: Annotated[str | None, typer.Option("--scheduler", help="Extract on a running Dask cluster (tcp://host:8786).")] = None,
        batch: Annotated[int, typer.Option("--batch", min=1, help="Documents per extraction task and per transaction.")] = 100,
    ) -> None:
        """Extract, geocode and link everything stored that is not yet processed (idempotent, resumable)."""
        import sys

        from tqdm import tqdm

        from ..store import open_store
        from .runner import process_pending

        store = open_store(db)
        bar = tqdm(total=0, unit="doc", desc="process", disable=None)

        def on_total(total: int) -> None:
            bar.total = total
            bar.refresh()

        def on_document(doc_id: str, error: str | None) -> None:
            bar.update(1)
            if error:
                tqdm.write(f"Error: document {doc_id}: {error}", file=sys.stderr)

        with contextlib.ExitStack() as dask:
            client = dask.enter_context(_dask_client(scheduler, workers))
            # The cluster is closed before linking (see process_pending's on_extracted).
            report = process_pending(store, client=client, redo=redo, everything=everything, link=not no_link,
                                     chunk=batch, on_document=on_document, on_total=on_total, on_extracted=dask.close)
        bar.close()
        typer.echo(
            f"{report.processed} documents processed, {report.mentions} mentions, "
            f"{len(report.failed)} failed; {report.linked} mentions linked, {report.incidents_created} new incidents."
        )
        if report.failed:
            raise fail(f"{len(report.failed)} documents could not be processed; see the lines above, then run `harmledger process --redo`.")
