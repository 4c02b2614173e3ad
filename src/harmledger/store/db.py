"""Connecting to the store: one SQLAlchemy engine per URL, migrations through Alembic."""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import lru_cache, partial
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.exc import DBAPIError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from .._config import Settings, get_settings, normalise_db_url
from .._errors import ConfigError, NotInitialisedError, StoreBusyError, StoreError

logger = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
T = TypeVar("T")
# Enough connections for every worker thread of the web server (anyio's default is 40), so a request
# never waits on the pool; the connections past pool_size are closed again when idle.
POOL_SIZE, MAX_OVERFLOW = 10, 30
WRITE_ATTEMPTS = 4
# PostgreSQL's "try again" states: serialization failure, deadlock detected, lock not available.
_PG_RETRY = frozenset({"40001", "40P01", "55P03"})


def _sqlite_pragmas(dbapi_connection: Any, _record: Any, *, busy_ms: int) -> None:
    cursor = dbapi_connection.cursor()
    # WAL lets the web server read while a batch writes; foreign keys are off by default in SQLite.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={int(busy_ms)}")
    cursor.close()


@lru_cache(maxsize=16)
def _engine_for(url: str, busy_ms: int = 30_000) -> Engine:
    try:
        if url.startswith("sqlite"):
            in_memory = url in ("sqlite://", "sqlite:///:memory:")  # one connection, no pool to size
            pool: dict[str, Any] = {} if in_memory else {"pool_size": POOL_SIZE, "max_overflow": MAX_OVERFLOW}
            engine = create_engine(url, connect_args={"check_same_thread": False}, **pool)
            event.listen(engine, "connect", partial(_sqlite_pragmas, busy_ms=busy_ms))
        else:
            engine = create_engine(url, pool_pre_ping=True, pool_size=POOL_SIZE, max_overflow=MAX_OVERFLOW)
    except (SQLAlchemyError, ImportError, ValueError) as exc:
        raise ConfigError(f"cannot use database URL {url!r}: {exc}. Use sqlite:///PATH or postgresql://...") from exc
    return engine


class Store:
    """A database plus the blob store beside it. The library's entry point to persisted data."""

    def __init__(self, url: str | None = None, *, settings: Settings | None = None) -> None:
        self.settings = settings or get_settings()
        self.url = normalise_db_url(url) if url else self.settings.database_url()
        # No folder is made here: only `init` creates a store, so a read on a mistyped --db leaves nothing behind.
        self.engine = _engine_for(self.url, int(self.settings.db_busy_timeout * 1000))
        # Code that only gets a session (the audit log's signing key) finds the store's settings here.
        self._sessionmaker = sessionmaker(self.engine, expire_on_commit=False, info={"settings": self.settings})
        from .blobs import BlobStore

        self.blobs = BlobStore(self._blob_dir())

    def _blob_dir(self) -> Path:
        path = self.sqlite_path
        if path is not None:
            return path.parent / "blobs"
        return self.settings.blob_dir

    @property
    def sqlite_path(self) -> Path | None:
        """The database file of a SQLite store (None for PostgreSQL or an in-memory database)."""
        if not self.url.startswith("sqlite:///"):
            return None
        path = self.url[len("sqlite:///") :].split("?", 1)[0]
        return None if path in ("", ":memory:") else Path(path)

    def exists(self) -> bool:
        """Whether there is a database to open, without creating one (SQLite makes a missing file on connect)."""
        path = self.sqlite_path
        return path is None or path.is_file()

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def init(self) -> str:
        """Create or migrate the schema to the newest revision; returns that revision."""
        from alembic import command

        cfg = alembic_config(self.url)
        path = self.sqlite_path
        if path is not None:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreError(f"cannot create the folder {path.parent}: {exc.strerror}. Check --db or HARMLEDGER_HOME") from exc
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
        """Raise NotInitialisedError unless the schema is at the newest revision. Creates nothing: a missing
        SQLite file is refused before connecting (connecting would create it)."""
        from alembic.script import ScriptDirectory

        missing = (f"no harmledger store at {self.safe_url}; run `harmledger init` to create one, "
                   "or check --db (or HARMLEDGER_DB / HARMLEDGER_HOME)")
        if not self.exists():
            raise NotInitialisedError(missing)
        try:
            current = self.current_revision()
        except OperationalError as exc:
            if self.dialect == "postgresql" and "does not exist" in str(exc.orig):
                raise NotInitialisedError(missing) from exc
            raise _unreachable(self.safe_url, exc) from exc
        head = ScriptDirectory.from_config(alembic_config(self.url)).get_current_head()
        if current is None:
            raise NotInitialisedError(missing)
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
            raise store_error(exc) from exc
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    @contextmanager
    def write_session(self) -> Iterator[Session]:
        """A session for one short write transaction that holds the write lock from its first statement.

        SQLite: ``BEGIN IMMEDIATE``, so the busy timeout is spent waiting at the start (never half-way,
        where a deferred transaction that read first can only fail) and a transaction reads the newest
        data it is going to change. PostgreSQL: lock waits are bounded by the busy timeout, and a
        transaction left idle is ended by the server instead of holding its locks for ever."""
        with self.session() as session:
            if self.dialect == "sqlite":
                session.execute(text("BEGIN IMMEDIATE"))
            elif self.dialect == "postgresql":
                ms = max(1, int(self.settings.db_busy_timeout * 1000))
                session.execute(text(f"SET LOCAL lock_timeout = {ms}"))
                session.execute(text(f"SET LOCAL idle_in_transaction_session_timeout = {max(ms * 2, 10_000)}"))
            yield session

    def write(self, work: Callable[[Session], T], *, attempts: int = WRITE_ATTEMPTS) -> T:
        """``work(session)`` in one write transaction, run again from the start when the database was busy
        (another writer held it past the busy timeout, or PostgreSQL chose it to end a deadlock).
        ``work`` must only change the store through ``session``: a failed attempt is rolled back whole.
        Raises StoreBusyError when the last attempt was busy too."""
        deadline = time.monotonic() + self.settings.db_busy_timeout
        for attempt in range(1, attempts + 1):
            try:
                with self.write_session() as session:
                    return work(session)
            except StoreBusyError as exc:
                if attempt == attempts or time.monotonic() >= deadline:
                    logger.warning("write gave up after %d attempt(s): %s", attempt, exc.message)
                    raise
                pause = min(1.0, 0.02 * 2**attempt) * (0.5 + random.random())  # noqa: S311 - jitter, not a secret
                logger.info("database busy (attempt %d): %s; retrying in %.2fs", attempt, exc.message, pause)
                time.sleep(pause)
        raise AssertionError("unreachable")

    def table_names(self) -> list[str]:
        return inspect(self.engine).get_table_names()


def is_busy(exc: BaseException) -> bool:
    """Whether the database refused because others held it (worth trying again), not because of the request."""
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, StoreBusyError):
            return True
        if isinstance(seen, DBAPIError):
            orig = seen.orig
            if getattr(orig, "sqlstate", None) in _PG_RETRY:
                return True
            message = str(orig).lower()
            if isinstance(seen, OperationalError) and ("database is locked" in message or "database is busy" in message):
                return True
        seen = seen.__cause__
    return False


def store_error(exc: SQLAlchemyError) -> StoreError:
    """The library error for a database error. Its message has the driver's reason but not the SQL
    statement or its parameters (SQLAlchemy puts both in ``str(exc)``)."""
    orig = getattr(exc, "orig", None)
    reason = " ".join(str(orig if orig is not None else exc).split("\n")[0].split()) or type(exc).__name__
    if is_busy(exc):
        return StoreBusyError(f"the database is busy with other writes ({reason}); try again in a few seconds")
    return StoreError(f"database error: {reason}")


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
