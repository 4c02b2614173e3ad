"""The append-only audit log: a hash chain whose entries are signed with a key kept outside the database.

``record`` queues an entry in the caller's session; the entry is appended when that session's
transaction commits, inside the commit itself: the caller's changes are flushed, then the log's lock is
taken (PostgreSQL: ``pg_advisory_xact_lock``; SQLite: the database's write lock, waited for under the
busy timeout), the last entry read, the new entries and the head written, and the transaction commits.
The lock is therefore held for a few statements at the very end of one transaction and released by its
COMMIT or ROLLBACK: never across an ``await``, a request or a session boundary, whatever the caller
does between ``record`` and its commit. An action and its audit entry still commit (or fail) together.

How entries are hashed and signed is in ``_chain``; checking the log is ``verify`` (``audit_verify``).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from sqlalchemy import event, func, select, text
from sqlalchemy.orm import Session, SessionTransaction

from .._errors import AuditError, AuditKeyError
from ..store.models import AuditEntry, Meta, utcnow
from ._chain import (
    GENESIS,
    HEAD_KEY,
    canonical,
    entry_hash,
    entry_signature,
    has_signature_columns,
    head_value,
    plain,
)
from .audit_key import AuditKey, session_key
from .audit_verify import VerifyResult, verify

__all__ = ["GENESIS", "HEAD_KEY", "VerifyResult", "canonical", "entries_for", "entry_hash", "lock", "record",
           "verify"]

logger = logging.getLogger(__name__)

_PENDING = "harmledger_audit_pending"
_KEY = "harmledger_audit_key"
# Any constant will do, as long as every writer of the log uses the same one.
_PG_LOCK_ID = 7345201


@dataclass(frozen=True)
class _Pending:
    actor: str
    action: str
    entity_type: str
    entity_id: str
    before: Any
    after: Any


def record(session: Session, actor: str, action: str, entity_type: str, entity_id: str | int,
           before: dict[str, Any] | None, after: dict[str, Any] | None) -> None:
    """Queue one entry; it is appended to the log in the commit of the session's transaction (and is
    dropped if that transaction rolls back). Raises AuditKeyError now when no key can be had."""
    if not has_signature_columns(session):
        raise AuditError("this store was made by a development build from before audit entries were signed; its "
                         "audit log cannot take new entries. Export what you need and re-create the store with "
                         "`harmledger init` on a new database", code="E085")
    key = session.info.get(_KEY) or session_key(session, create=True)
    if not isinstance(key, AuditKey):  # pragma: no cover - create=True returns a key or raises
        raise AuditKeyError("no audit key; set HARMLEDGER_AUDIT_KEY_FILE")
    if not session.in_transaction():
        session.begin()  # so that a rollback or close, not only a commit, ends what is queued here
    session.info[_KEY] = key
    # Frozen now: the caller's dicts may change before the commit.
    session.info.setdefault(_PENDING, []).append(
        _Pending(actor, action, entity_type, str(entity_id), plain(before), plain(after)))


def lock(session: Session) -> None:
    """Take the log's append lock until the end of this transaction (released by its COMMIT or ROLLBACK).

    PostgreSQL: a transaction-scoped advisory lock, re-entrant within the transaction, so a caller may
    take it at the start of a write to queue writers in one order. SQLite: a no-op write to the head
    row, which starts the write transaction (waiting under the busy timeout) if it has not started."""
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:id)"), {"id": _PG_LOCK_ID})
    elif dialect == "sqlite":
        session.execute(text("UPDATE meta SET value = value WHERE key = :key"), {"key": HEAD_KEY})


# writes.py of the API took the lock by this name before it was public.
_lock = lock


def _append(session: Session, pending: list[_Pending], key: AuditKey) -> None:
    session.flush()  # the caller's own changes first, so that the log's lock is the transaction's last
    lock(session)
    last = session.execute(
        select(AuditEntry.id, AuditEntry.hash, AuditEntry.key_id).order_by(AuditEntry.id.desc()).limit(1)).first()
    prev_id, prev_hash = (last.id, last.hash) if last else (0, GENESIS)
    if last is not None and last.key_id is not None and last.key_id != key.key_id:
        raise AuditKeyError(
            f"the audit log is signed with key {last.key_id} but the configured key ({key.source}) is {key.key_id}; "
            "nothing was changed. Point HARMLEDGER_AUDIT_KEY_FILE (or HARMLEDGER_AUDIT_KEY) at the key the log was "
            "signed with")
    for item in pending:
        entry = AuditEntry(id=prev_id + 1, at=utcnow(), actor=item.actor, action=item.action,
                           entity_type=item.entity_type, entity_id=item.entity_id, before=item.before,
                           after=item.after, prev_hash=prev_hash, hash="")
        entry.hash = entry_hash(entry, prev_hash)
        entry.signature = entry_signature(key, entry.id, entry.hash)
        entry.key_id = key.key_id
        session.add(entry)
        prev_id, prev_hash = entry.id, entry.hash
    head = session.get(Meta, HEAD_KEY)
    value = head_value(prev_id, prev_hash, key)
    if head is None:
        session.add(Meta(key=HEAD_KEY, value=value))
    else:
        head.value = value
    session.flush()
    logger.debug("appended audit entries up to %d", prev_id)


@event.listens_for(Session, "before_commit")
def _append_on_commit(session: Session) -> None:
    if session.in_nested_transaction():
        return  # a SAVEPOINT's release: the entries wait for the real commit
    pending = session.info.pop(_PENDING, None)
    key = session.info.pop(_KEY, None)
    if pending and isinstance(key, AuditKey):
        _append(session, pending, key)


@event.listens_for(Session, "after_transaction_end")
def _drop_on_rollback(session: Session, transaction: SessionTransaction) -> None:
    if transaction.parent is None:  # the outermost transaction ended; after a commit nothing is left
        session.info.pop(_PENDING, None)
        session.info.pop(_KEY, None)


def entries_for(session: Session, entity_type: str | None = None, entity_id: str | None = None, *,
                limit: int = 100, offset: int = 0) -> tuple[list[AuditEntry], int]:
    stmt = select(AuditEntry)
    count = select(func.count()).select_from(AuditEntry)
    if entity_type:
        stmt = stmt.where(AuditEntry.entity_type == entity_type)
        count = count.where(AuditEntry.entity_type == entity_type)
    if entity_id:
        stmt = stmt.where(AuditEntry.entity_id == entity_id)
        count = count.where(AuditEntry.entity_id == entity_id)
    rows = list(session.scalars(stmt.order_by(AuditEntry.id.desc()).limit(limit).offset(offset)))
    return rows, int(session.scalar(count) or 0)
