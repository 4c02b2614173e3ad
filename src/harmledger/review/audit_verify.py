"""Checking the audit log: the hash chain, each entry's signature, and the head against one recorded elsewhere.

What each check protects against (docs/audit.md):
- the hash chain: accidental damage, and edits by someone who does not recompute the hashes;
- the signatures (HMAC under a key outside the database): someone with write access to the database but
  not the key, who edits, inserts or removes entries and recomputes every hash;
- a head recorded elsewhere (``--expect-head``, an anchor file): someone with the key as well, who cuts
  entries off the end after that head was published.
"""

from __future__ import annotations

from typing import Any, NamedTuple, Protocol

from pydantic import BaseModel
from sqlalchemy import null, select
from sqlalchemy.orm import Session

from .._errors import AuditChainError, AuditError, AuditHeadError, AuditKeyError
from ..store.models import AuditEntry, Meta
from ._chain import (
    GENESIS,
    HEAD_KEY,
    ChainEntry,
    Head,
    entry_hash,
    entry_signature,
    has_signature_columns,
    head_signature,
    parse_head,
    same,
)
from .audit_key import AuditKey, session_key, session_key_path

CHAIN, HEAD, KEY = AuditChainError.code, AuditHeadError.code, AuditKeyError.code
_ERRORS: dict[str, type[AuditError]] = {CHAIN: AuditChainError, HEAD: AuditHeadError, KEY: AuditKeyError}


class _Entry(ChainEntry, Protocol):
    @property
    def prev_hash(self) -> str: ...
    @property
    def hash(self) -> str: ...
    @property
    def signature(self) -> str | None: ...
    @property
    def key_id(self) -> str | None: ...


class Expected(NamedTuple):
    """A head recorded elsewhere: its hash and, when known, its entry number."""

    hash: str
    seq: int | None = None
    source: str = "the expected head"


class VerifyResult(BaseModel):
    ok: bool
    checked: int
    first_bad_id: int | None = None
    reason: str | None = None
    code: str | None = None  # E081 (an entry), E082 (the head), E083 (the key)
    signed: int = 0
    unsigned: int = 0
    head_id: int | None = None
    head_hash: str | None = None
    key_id: str | None = None

    def line(self) -> str:
        if not self.ok:
            if self.code == CHAIN:
                return f"audit entry {self.first_bad_id} does not verify: {self.reason}"
            return self.reason or "the audit log does not verify"
        noun = "entry" if self.checked == 1 else "entries"
        line = f"audit log intact: {self.checked} {noun} verified"
        if self.unsigned and not self.signed:
            return f"{line}, unsigned (legacy: hash chain only, no protection against a rewrite)"
        if self.unsigned:
            return (f"{line}: the first {self.unsigned} unsigned (legacy: hash chain only), "
                    f"{self.signed} signed with key {self.key_id}")
        return f"{line}, signed with key {self.key_id}" if self.signed else line

    def head_line(self) -> str:
        if self.head_id is None:
            return "head: none (the log is empty)"
        return f"head: {self.head_id}:{self.head_hash}"  # ENTRY:HASH, as --expect-head takes it

    def error(self) -> AuditError:
        """The error to raise for a failed check (its message is ``line()``)."""
        return _ERRORS.get(self.code or "", AuditError)(self.line())


class _Walk:
    """State of one pass over the chain."""

    def __init__(self, key: AuditKey | None) -> None:
        self.key = key
        self.prev_id, self.prev_hash = 0, GENESIS
        self.signed = self.unsigned = 0
        self.signed_ids: set[int] = set()  # only the ids of interest (recorded and expected heads)
        self.hashes: dict[int, str] = {}

    def fail(self, code: str, bad_id: int | None, reason: str) -> VerifyResult:
        return VerifyResult(ok=False, checked=self.signed + self.unsigned, first_bad_id=bad_id, reason=reason,
                            code=code, signed=self.signed, unsigned=self.unsigned)

    def check(self, entry: _Entry, path: str, watch: set[int], require_signed: bool) -> VerifyResult | None:
        if entry.id != self.prev_id + 1:
            return self.fail(CHAIN, entry.id, f"entries {self.prev_id + 1}..{entry.id - 1} are missing")
        if entry.prev_hash != self.prev_hash:
            return self.fail(CHAIN, entry.id, "its previous-hash does not match the entry before it")
        if entry_hash(entry, self.prev_hash) != entry.hash:
            return self.fail(CHAIN, entry.id, "its content was changed after it was written")
        if entry.signature is None:
            if self.signed:
                return self.fail(CHAIN, entry.id, "it is unsigned but entries before it are signed: "
                                                  "it was written or rewritten without the audit key")
            if require_signed:
                return self.fail(CHAIN, entry.id, "it is unsigned (legacy), and signed entries were required")
            self.unsigned += 1
        else:
            if self.key is None:
                return self.fail(KEY, entry.id, f"the audit log is signed but no audit key was found (looked for {path}); "
                                                "set HARMLEDGER_AUDIT_KEY_FILE to the key it was signed with")
            if entry.key_id != self.key.key_id:
                return self.fail(KEY, entry.id, f"audit entry {entry.id} was signed with key {entry.key_id} but the "
                                                f"configured key ({self.key.source}) is {self.key.key_id}: wrong key; point "
                                                "HARMLEDGER_AUDIT_KEY_FILE (or HARMLEDGER_AUDIT_KEY) at the key the log "
                                                "was signed with")
            if not same(entry.signature, entry_signature(self.key, entry.id, entry.hash)):
                return self.fail(CHAIN, entry.id, "its signature does not match: it was written or rewritten "
                                                  "without the audit key")
            self.signed += 1
            if entry.id in watch:
                self.signed_ids.add(entry.id)
        if entry.id in watch:
            self.hashes[entry.id] = entry.hash
        self.prev_id, self.prev_hash = entry.id, entry.hash
        return None


def verify(session: Session, *, expected: Expected | None = None, require_signed: bool = False,
           batch: int = 1000) -> VerifyResult:
    """Walk the chain from the first entry; report the first thing that does not verify.

    The recorded head is read before the walk, so entries appended meanwhile are checked but not
    mistaken for a forgery. ``expected`` is a head recorded elsewhere: the entry at its number must
    still be there with its hash (entries added since are fine)."""
    path = str(session_key_path(session))
    try:
        key = session_key(session, create=False)
    except AuditKeyError as exc:
        return VerifyResult(ok=False, checked=0, reason=exc.message, code=KEY)
    row = session.get(Meta, HEAD_KEY)
    stored = parse_head(row.value) if row is not None else None
    watch = {n for n in (stored.id if stored else None, expected.seq if expected else None) if n is not None}
    walk, last_id, found_expected = _Walk(key), 0, None
    columns = _columns(session)
    while True:
        rows: list[Any] = list(session.execute(
            select(*columns).where(AuditEntry.id > last_id).order_by(AuditEntry.id).limit(batch)))
        if not rows:
            break
        for entry in rows:
            failed = walk.check(entry, path, watch, require_signed)
            if failed is not None:
                return failed
            if expected is not None and expected.seq is None and entry.hash == expected.hash:
                found_expected = entry.id
        last_id = rows[-1].id
    failed = _check_recorded_head(walk, row is not None, stored) or _check_expected(walk, expected, found_expected)
    if failed is not None:
        return failed
    return VerifyResult(ok=True, checked=walk.signed + walk.unsigned, signed=walk.signed, unsigned=walk.unsigned,
                        head_id=walk.prev_id or None, head_hash=walk.prev_hash if walk.prev_id else None,
                        key_id=walk.key.key_id if walk.key and walk.signed else None)


def _columns(session: Session) -> list[Any]:
    """The entries' columns as rows, not ORM objects; a store from before signatures reads as unsigned."""
    plain = [AuditEntry.id, AuditEntry.at, AuditEntry.actor, AuditEntry.action, AuditEntry.entity_type,
             AuditEntry.entity_id, AuditEntry.before, AuditEntry.after, AuditEntry.prev_hash, AuditEntry.hash]
    if has_signature_columns(session):
        return [*plain, AuditEntry.signature, AuditEntry.key_id]
    return [*plain, null().label("signature"), null().label("key_id")]


def _check_recorded_head(walk: _Walk, present: bool, head: Head | None) -> VerifyResult | None:
    """The head kept in the ``meta`` table: shows a cut tail unless whoever cut it could sign a new head."""
    if not present:
        if walk.prev_id:
            return walk.fail(HEAD, walk.prev_id, "the recorded head of the audit log is missing: entries may have "
                                                 "been removed from the end")
        return None
    if head is None:
        return walk.fail(HEAD, None, "the recorded head of the audit log is unreadable: it was edited")
    head_id, head_hash, head_sig = head
    if head_id > walk.prev_id:
        return walk.fail(HEAD, head_id, f"the log ends at entry {walk.prev_id}, before its recorded head (entry "
                                        f"{head_id}); entries were removed from the end")
    if walk.hashes.get(head_id) != head_hash:
        return walk.fail(HEAD, head_id, f"the recorded head does not match audit entry {head_id}: the head or the "
                                        "entries were rewritten")
    if head_id in walk.signed_ids and (walk.key is None or not same(head_sig, head_signature(walk.key, head_id, head_hash))):
        return walk.fail(HEAD, head_id, f"the recorded head (entry {head_id}) is not signed by the audit key: it "
                                        "was set without the key; entries were probably removed from the end")
    return None


def _check_expected(walk: _Walk, expected: Expected | None, found: int | None) -> VerifyResult | None:
    if expected is None:
        return None
    short = expected.hash[:16]
    if expected.seq is None:
        if found is None:
            return walk.fail(HEAD, None, f"no audit entry has the hash of {expected.source} ({short}…): the log was "
                                         "cut or rewritten after that head was recorded")
        return None
    if expected.seq > walk.prev_id:
        return walk.fail(HEAD, expected.seq, f"the log ends at entry {walk.prev_id} but {expected.source} is entry "
                                             f"{expected.seq} ({short}…): entries were removed from the end after "
                                             "it was recorded")
    if walk.hashes.get(expected.seq) != expected.hash:
        return walk.fail(HEAD, expected.seq, f"audit entry {expected.seq} differs from {expected.source} ({short}…): "
                                             "the log was rewritten after that head was recorded")
    return None
