"""The key that signs audit entries, kept outside the database.

Someone who can write to the database can rewrite the hash chain and recompute every plain hash; without
this key they cannot make the HMAC that each entry also carries. The key is, in this order:
``HARMLEDGER_AUDIT_KEY``; the file ``HARMLEDGER_AUDIT_KEY_FILE``; or ``audit.key`` in the store's data
directory (beside the SQLite file; ``HARMLEDGER_HOME`` with PostgreSQL), created with mode 0600 by
``harmledger init`` or by the first audit entry when it is missing.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import os
import secrets
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.orm import Session

from .._config import Settings, get_settings
from .._errors import AuditKeyError

logger = logging.getLogger(__name__)

KEY_FILE_NAME = "audit.key"
MIN_KEY_CHARS = 32
ENV_KEY = "HARMLEDGER_AUDIT_KEY"
_MAKE_ONE = "python -c 'import secrets; print(secrets.token_hex(32))'"


@dataclass(frozen=True)
class AuditKey:
    secret: bytes = field(repr=False)
    source: str  # where it came from, for messages: the variable's name or the file's path

    @property
    def key_id(self) -> str:
        """A short public name of the key: tells "signed with another key" from "rewritten"."""
        return hashlib.sha256(b"harmledger-audit-key-id\0" + self.secret).hexdigest()[:16]

    def sign(self, message: str) -> str:
        return hmac.new(self.secret, message.encode("utf-8"), hashlib.sha256).hexdigest()


def settings_of(session: Session) -> Settings:
    """The settings of the Store that made this session (environment settings for any other session)."""
    settings = session.info.get("settings")
    return settings if isinstance(settings, Settings) else get_settings()


def key_path(settings: Settings, database: str | None, dialect: str) -> Path:
    """Where the key file is: the setting, else ``audit.key`` in the data directory, as for blobs."""
    if settings.audit_key_file is not None:
        return settings.audit_key_file.expanduser()
    if dialect == "sqlite" and database and database != ":memory:":
        return Path(database).resolve().parent / KEY_FILE_NAME
    return settings.home.resolve() / KEY_FILE_NAME


def session_key_path(session: Session) -> Path:
    url = session.get_bind().engine.url
    return key_path(settings_of(session), url.database, url.get_backend_name())


def load_key(settings: Settings, path: Path, *, create: bool) -> tuple[AuditKey | None, bool]:
    """The configured key and whether it was created just now.

    None when no key is configured and the default file is missing and ``create`` is false. A key file
    named by the setting is created only by ``create``; a missing one is an error otherwise, since a key
    that vanished (an unmounted secret) must not be replaced silently."""
    if settings.audit_key is not None:
        return _from_text(settings.audit_key.get_secret_value(), ENV_KEY), False
    if path.exists():
        return _read(path), False
    if not create:
        if settings.audit_key_file is not None:
            raise AuditKeyError(f"the audit key file {path} (HARMLEDGER_AUDIT_KEY_FILE) does not exist; restore it, "
                                "or point the setting at the key the audit log was signed with")
        return None, False
    return create_key_file(path)


def session_key(session: Session, *, create: bool) -> AuditKey | None:
    """The key for this session's store; with ``create`` the default key file is made when missing."""
    settings = settings_of(session)
    make = create and settings.audit_key_file is None
    key, created = load_key(settings, session_key_path(session), create=make)
    if created and key is not None:
        logger.warning("created the audit key %s (key %s); keep it outside the database and back it up",
                       key.source, key.key_id)
    return key


def create_key_file(path: Path) -> tuple[AuditKey, bool]:
    """Write a new random key to ``path`` (mode 0600) unless a key is already there; returns the key in
    the file and whether this call made it. Safe when several processes try at once: the file appears
    whole or not at all, and all of them end up with the one key that won."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(secrets.token_hex(32) + "\n")
            handle.flush()
            os.fsync(handle.fileno())
        try:
            os.link(tmp, path)  # atomic, and fails when another process made the key first
            created = True
        except FileExistsError:
            created = False
    except OSError as exc:
        raise AuditKeyError(f"cannot create the audit key file {path}: {exc.strerror or exc}; "
                            "check the directory's permissions or set HARMLEDGER_AUDIT_KEY_FILE") from exc
    finally:
        tmp.unlink(missing_ok=True)
    return _read(path), created


def _read(path: Path) -> AuditKey:
    try:
        text = path.read_text(encoding="utf-8")
        mode = path.stat().st_mode
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise AuditKeyError(f"cannot read the audit key file {path}: {reason}; check that it is the key "
                            "file and that this user may read it") from exc
    if os.name == "posix" and mode & 0o077:
        logger.warning("the audit key file %s can be read by other users; run `chmod 600 %s`", path, path)
    return _from_text(text, str(path))


def _from_text(text: str, source: str) -> AuditKey:
    value = text.strip()
    if len(value) < MIN_KEY_CHARS:
        raise AuditKeyError(f"the audit key from {source} has {len(value)} characters; use at least {MIN_KEY_CHARS} "
                            f"random ones, e.g. from `{_MAKE_ONE}`")
    return AuditKey(secret=value.encode("utf-8"), source=source)
