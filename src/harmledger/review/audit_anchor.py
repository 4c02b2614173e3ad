"""Anchors: the head of the audit log written to a file that a team publishes or timestamps elsewhere.

Someone with database access and the audit key can cut entries off the end of the log and sign a new
head; they cannot change an anchor already published. ``verify --anchor FILE`` then finds the anchored
entry missing or different.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from .._errors import AuditAnchorError
from ..store.models import AuditEntry
from .audit_verify import Expected, VerifyResult

FORMAT = "harmledger-audit-anchor/1"
_HASH = re.compile(r"[0-9a-f]{64}")


def anchor_document(session: Session, result: VerifyResult, now: dt.datetime | None = None) -> dict[str, Any]:
    """What an anchor file says about a verified log: the head's entry number, hash and time."""
    if not result.ok or result.head_id is None or result.head_hash is None:
        raise AuditAnchorError("the audit log is empty or does not verify; there is no head to anchor")
    entry = session.get(AuditEntry, result.head_id)
    when = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
    return {
        "format": FORMAT,
        "seq": result.head_id,
        "hash": result.head_hash,
        "entry_at": entry.at.isoformat(timespec="seconds") + "Z" if entry is not None else None,
        "anchored_at": when.replace(tzinfo=None).isoformat(timespec="seconds") + "Z",
        "key_id": result.key_id,
        "entries": result.checked,
    }


def write_anchor(path: Path, document: dict[str, Any]) -> None:
    """Write the anchor to a new file; an anchor already there is never overwritten."""
    body = json.dumps(document, indent=2, sort_keys=True) + "\n"
    try:
        with path.open("x", encoding="utf-8") as handle:
            handle.write(body)
            handle.flush()
            os.fsync(handle.fileno())
    except FileExistsError as exc:
        raise AuditAnchorError(f"{path} already exists; an anchor is never overwritten: choose another --output") from exc
    except OSError as exc:
        raise AuditAnchorError(f"cannot write the anchor {path}: {exc.strerror or exc}") from exc


def read_anchor(path: Path) -> Expected:
    """The head an anchor file recorded."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise AuditAnchorError(f"cannot read the anchor {path}: {exc.strerror or exc}") from exc
    except ValueError as exc:
        raise AuditAnchorError(f"{path} is not an audit anchor (not JSON): {exc}") from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise AuditAnchorError(f"{path} is not an audit anchor (no \"format\": \"{FORMAT}\")")
    seq, hash_ = data.get("seq"), data.get("hash")
    if not isinstance(seq, int) or seq < 1 or not isinstance(hash_, str) or not _HASH.fullmatch(hash_):
        raise AuditAnchorError(f"the anchor {path} has no valid \"seq\" and \"hash\"; was it edited?")
    return Expected(hash=hash_, seq=seq, source=f"the anchor {path.name}")


def parse_expected_head(value: str) -> Expected:
    """``--expect-head``: a head hash as `audit verify` prints it, optionally as ``ENTRY:HASH``."""
    seq_text, _, hash_ = value.strip().lower().rpartition(":")
    if not _HASH.fullmatch(hash_) or (seq_text and not seq_text.isdigit()):
        raise AuditAnchorError(f"--expect-head {value!r} is not a head hash (64 hex digits, or ENTRY:HASH); "
                               "copy it from the `head:` line of `harmledger audit verify`")
    return Expected(hash=hash_, seq=int(seq_text) if seq_text else None, source="the expected head")
