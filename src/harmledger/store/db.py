"""Connecting to the store: one SQLAlchemy engine per URL, migrations through Alembic."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.exc import OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from .._config import Settings, get_settings, normalise_db_url
from .._errors import ConfigError, NotInitialisedError, StoreError

logger = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).parent / "migrations"


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    # WAL lets the web server read while a batch writes; foreign keys are off by default in SQLite.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


@lru_cache(maxsize=16)
def _engine_for(url: str) -> Engine:
    try:
        if url.startswith("sqlite"):
            engine = create_engine(url, connect_args={"check_same_thread": False})
            event.listen(engine, "connect", _sqlite_pragmas)
        else:
            engine = create_engine(url, pool_pre_ping=True)
    except (SQLAlchemyError, ImportError, ValueError) as exc:
        raise ConfigError(f"cannot use database URL {url!r}: {exc}. Use sqlite:///PATH or postgresql://...") from exc
    return engine


class Store:
    """A database plus the blob store beside it. The library's entry point to persisted data."""

    def __init__(self, url: str | None = None, *, settings: Settings | None = None) -> None:
        self.settings = settings or get_settings()
        self.url = normalise_db_url(url) if url else self.settings.database_url()
        if self.url.startswith("sqlite:///"):
            Path(self.url[len("sqlite:///") :]).parent.mkdir(parents=True, exist_ok=True)
        self.engine = _engine_for(self.url)
        self._sessionmaker = sessionmaker(self.engine, expire_on_commit=False)
        from .blobs import BlobStore

        self.blobs = BlobStore(self._blob_dir())

    def _blob_dir(self) -> Path:
        if self.url.startswith("sqlite:///"):
            return Path(self.url[len("sqlite:///") :]).parent / "blobs"
        return self.settings.blob_dir

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def init(self) -> str:
        """Create or migrate the schema to the newest revision; returns that revision."""
        from alembic import command

        cfg = alembic_config(self.url)
        if self.dialect == "postgresql":
            self._create_pg_database_if_missing()
        try:
            with self.engine.begin() as connection:
                cfg.attributes["connection"] = connection
                command.upgrade(cfg, "head")
        except OperationalError as exc:
            raise _unreachable(self.safe_url, exc) from exc
        self.blobs.root.mkdir(parents=True, exist_ok=True)
        return self.current_revision() or ""

    def _create_pg_database_if_missing(self) -> None:
        """`init` creates the PostgreSQL database itself when the server is there but the database is not."""
        try:
            with self.engine.connect():
                return
        except OperationalError as exc:
            if "does not exist" not in str(exc.orig):
                raise _unreachable(self.safe_url, exc) from exc
        name = self.engine.url.database
        admin = create_engine(self.engine.url.set(database="postgres"), isolation_level="AUTOCOMMIT")
        try:
            with admin.connect() as connection:
                quoted = connection.dialect.identifier_preparer.quote(name or "")
                connection.exec_driver_sql(f"CREATE DATABASE {quoted}")
        except SQLAlchemyError as exc:
            raise StoreError(f"the database {name!r} does not exist and could not be created: {exc}. Create it with `createdb {name}`.") from exc
        finally:
            admin.dispose()
        logger.info("created PostgreSQL database %s", name)

    def current_revision(self) -> str | None:
        from alembic.runtime.migration import MigrationContext

        with self.engine.connect() as connection:
            return MigrationContext.configure(connection).get_current_revision()

    def check(self) -> None:
        """Raise NotInitialisedError unless the schema is at the newest revision."""
        from alembic.script import ScriptDirectory

        try:
            current = self.current_revision()
        except OperationalError as exc:
            raise _unreachable(self.safe_url, exc) from exc
        head = ScriptDirectory.from_config(alembic_config(self.url)).get_current_head()
        if current is None:
            raise NotInitialisedError(f"no harmledger store at {self.safe_url}; run `harmledger init` first")
        if current != head:
            raise NotInitialisedError(f"the store at {self.safe_url} needs migrating; run `harmledger init`")

    @property
    def safe_url(self) -> str:
        """The URL without its password, for messages."""
        return self.engine.url.render_as_string(hide_password=True)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session in one transaction: committed on success, rolled back on any error."""
        session = self._sessionmaker()
        try:
            yield session
            session.commit()
        except SQLAlchemyError as exc:
            session.rollback()
            raise StoreError(f"database error: {exc}") from exc
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def table_names(self) -> list[str]:
        return inspect(self.engine).get_table_names()


def _unreachable(url: str, exc: OperationalError) -> StoreError:
    reason = " ".join(str(exc.orig).split()).rstrip(".")
    return StoreError(f"cannot reach the database at {url}: {reason}. Check the URL and that the server is running.")


def alembic_config(url: str) -> Any:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def open_store(url: str | None = None, *, check: bool = True) -> Store:
    store = Store(url)
    if check:
        store.check()
    return store
