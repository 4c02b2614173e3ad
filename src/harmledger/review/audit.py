"""The append-only audit log, chained by hashes so that editing, removing or reordering a row shows.

Each row's ``hash`` is the SHA-256 of the canonical JSON of its content (id, time, actor, action,
entity, before, after) followed by the previous row's hash. The head (last id and hash) is also kept
in the ``meta`` table so that cutting rows off the end shows too.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from typing import Any

from pydantic import BaseModel
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from ..store.models import AuditEntry, Meta, utcnow

GENESIS = "0" * 64
HEAD_KEY = "audit_head"


class VerifyResult(BaseModel):
    ok: bool
    checked: int
    first_bad_id: int | None = None
    reason: str | None = None

    def line(self) -> str:
        if self.ok:
            return f"audit log intact: {self.checked} {'entry' if self.checked == 1 else 'entries'} verified"
        return f"audit entry {self.first_bad_id} does not verify: {self.reason}"


def _plain(value: Any) -> Any:
    """The value as it comes back from a JSON column (dates as ISO strings)."""
    if value is None:
        return None
    return json.loads(json.dumps(value, default=_default, sort_keys=True))


def _default(value: Any) -> Any:
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    return str(value)


def canonical(entry_id: int, at: dt.datetime, actor: str, action: str, entity_type: str, entity_id: str,
              before: Any, after: Any) -> str:
    content = {
        "id": entry_id, "at": at.replace(tzinfo=None).isoformat(timespec="microseconds"), "actor": actor,
        "action": action, "entity_type": entity_type, "entity_id": entity_id, "before": before, "after": after,
    }
    return json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=_default)


def entry_hash(entry: AuditEntry, prev_hash: str) -> str:
    body = canonical(entry.id, entry.at, entry.actor, entry.action, entry.entity_type, entry.entity_id,
                     entry.before, entry.after)
    return hashlib.sha256((body + prev_hash).encode("utf-8")).hexdigest()


def _lock(session: Session) -> None:
    # One writer at a time extends the chain; SQLite already serialises writers.
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(7345201)"))


def record(session: Session, actor: str, action: str, entity_type: str, entity_id: str | int,
           before: dict[str, Any] | None, after: dict[str, Any] | None) -> AuditEntry:
    """Append one entry in the caller's transaction and return it."""
    _lock(session)
    session.flush()
    last = session.execute(select(AuditEntry.id, AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)).first()
    prev_id, prev_hash = (last[0], last[1]) if last else (0, GENESIS)
    at = utcnow()
    entry = AuditEntry(id=prev_id + 1, at=at, actor=actor, action=action, entity_type=entity_type,
                       entity_id=str(entity_id), before=_plain(before), after=_plain(after), prev_hash=prev_hash,
                       hash="")
    entry.hash = entry_hash(entry, prev_hash)
    session.add(entry)
    head = session.get(Meta, HEAD_KEY)
    if head is None:
        session.add(Meta(key=HEAD_KEY, value=f"{entry.id}:{entry.hash}"))
    else:
        head.value = f"{entry.id}:{entry.hash}"
    session.flush()
    return entry


def verify(session: Session, *, batch: int = 1000) -> VerifyResult:
    """Walk the chain from the first entry; report the first entry that does not verify."""
    prev_hash, prev_id, checked = GENESIS, 0, 0
    last_id = 0
    while True:
        rows = session.scalars(select(AuditEntry).where(AuditEntry.id > last_id).order_by(AuditEntry.id).limit(batch)).all()
        if not rows:
            break
        for entry in rows:
            if entry.id != prev_id + 1:
                return VerifyResult(ok=False, checked=checked, first_bad_id=entry.id,
                                    reason=f"entries {prev_id + 1}..{entry.id - 1} are missing")
            if entry.prev_hash != prev_hash:
                return VerifyResult(ok=False, checked=checked, first_bad_id=entry.id,
                                    reason="its previous-hash does not match the entry before it")
            if entry_hash(entry, prev_hash) != entry.hash:
                return VerifyResult(ok=False, checked=checked, first_bad_id=entry.id,
                                    reason="its content was changed after it was written")
            prev_hash, prev_id = entry.hash, entry.id
            checked += 1
        last_id = rows[-1].id
        session.expunge_all()
    head = session.get(Meta, HEAD_KEY)
    if head is not None and head.value != f"{prev_id}:{prev_hash}":
        head_id = int(head.value.split(":", 1)[0]) if head.value.split(":", 1)[0].isdigit() else None
        return VerifyResult(ok=False, checked=checked, first_bad_id=head_id or prev_id + 1,
                            reason="the log ends before its recorded head; entries were removed from the end")
    if head is None and checked:
        return VerifyResult(ok=False, checked=checked, first_bad_id=prev_id, reason="the recorded head is missing")
    return VerifyResult(ok=True, checked=checked)


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
