"""How an audit entry is hashed and signed, and how the head of the chain is written down.

``hash`` is the SHA-256 of the canonical JSON of an entry's content (id, time, actor, action, entity,
before, after) followed by the previous entry's hash: it shows accidental damage, and needs no key to
check. ``signature`` is an HMAC-SHA256 of that hash under the audit key, which is kept outside the
database: someone who can write to the database can recompute hashes but not signatures.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
from typing import Any, NamedTuple, Protocol

from sqlalchemy import inspect
from sqlalchemy.orm import Session

from .audit_key import AuditKey

GENESIS = "0" * 64
HEAD_KEY = "audit_head"


class ChainEntry(Protocol):
    """What hashing needs of an entry (an AuditEntry, or a row of a store from before signatures)."""

    @property
    def id(self) -> int: ...
    @property
    def at(self) -> dt.datetime: ...
    @property
    def actor(self) -> str: ...
    @property
    def action(self) -> str: ...
    @property
    def entity_type(self) -> str: ...
    @property
    def entity_id(self) -> str: ...
    @property
    def before(self) -> Any: ...
    @property
    def after(self) -> Any: ...


_SIGNED_STORES: set[str] = set()


def has_signature_columns(session: Session) -> bool:
    """False for a store made by a development build from before entries were signed (pre-release, the
    schema is regenerated rather than migrated, so its audit_log lacks the two columns)."""
    bind = session.get_bind()
    url = bind.engine.url.render_as_string(hide_password=True)
    if url not in _SIGNED_STORES:
        columns = {c["name"] for c in inspect(session.connection()).get_columns("audit_log")}
        if not {"signature", "key_id"} <= columns:
            return False
        _SIGNED_STORES.add(url)
    return True


class Head(NamedTuple):
    """The last entry as recorded in the ``meta`` table: its id, hash and (when signed) signature."""

    id: int
    hash: str
    signature: str | None


def _default(value: Any) -> Any:
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    return str(value)


def plain(value: Any) -> Any:
    """The value as it comes back from a JSON column (dates as ISO strings)."""
    if value is None:
        return None
    return json.loads(json.dumps(value, default=_default, sort_keys=True))


def canonical(entry_id: int, at: dt.datetime, actor: str, action: str, entity_type: str, entity_id: str,
              before: Any, after: Any) -> str:
    content = {
        "id": entry_id, "at": at.replace(tzinfo=None).isoformat(timespec="microseconds"), "actor": actor,
        "action": action, "entity_type": entity_type, "entity_id": entity_id, "before": before, "after": after,
    }
    return json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=_default)


def entry_hash(entry: ChainEntry, prev_hash: str) -> str:
    body = canonical(entry.id, entry.at, entry.actor, entry.action, entry.entity_type, entry.entity_id,
                     entry.before, entry.after)
    return hashlib.sha256((body + prev_hash).encode("utf-8")).hexdigest()


def entry_signature(key: AuditKey, entry_id: int, hash_: str) -> str:
    # The hash covers the content and, through prev_hash, every entry before; the prefix keeps an
    # entry's signature from ever being valid as a head's.
    return key.sign(f"harmledger-audit-entry:{entry_id}:{hash_}")


def head_signature(key: AuditKey, entry_id: int, hash_: str) -> str:
    return key.sign(f"harmledger-audit-head:{entry_id}:{hash_}")


def same(a: str | None, b: str | None) -> bool:
    """Constant-time comparison of two hex digests (either may be missing)."""
    return a is not None and b is not None and hmac.compare_digest(a, b)


def head_value(entry_id: int, hash_: str, key: AuditKey | None) -> str:
    if key is None:
        return f"{entry_id}:{hash_}"
    return f"{entry_id}:{hash_}:{head_signature(key, entry_id, hash_)}"


def parse_head(value: str) -> Head | None:
    """The recorded head; None when the value is not of the form ``ID:HASH[:SIGNATURE]``."""
    parts = value.split(":")
    if len(parts) not in (2, 3) or not parts[0].isdigit():
        return None
    return Head(int(parts[0]), parts[1], parts[2] if len(parts) == 3 else None)
