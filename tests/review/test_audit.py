"""The audit log's chain and signatures, and what each tampering looks like to `verify` (SQLite and PostgreSQL)."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from pydantic import SecretStr
from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from harmledger._config import Settings
from harmledger._errors import AuditChainError, AuditError, AuditKeyError
from harmledger.review import audit
from harmledger.review._chain import GENESIS, HEAD_KEY, entry_hash, head_value
from harmledger.review.audit_key import session_key
from harmledger.review.audit_verify import Expected
from harmledger.store import Store
from harmledger.store.models import AuditEntry, Meta


def _fill(store: Store, n: int = 4) -> None:
    for i in range(n):
        with store.session() as session:
            audit.record(session, "ana", "correct", "incident", f"inc_{i}", {"killed_best": i}, {"killed_best": i + 1})


def _verify(store: Store, **kwargs: object) -> audit.VerifyResult:
    with store.session() as session:
        return audit.verify(session, **kwargs)


def _rehash_from(session: Session, first_id: int) -> None:
    """What a forger with database access does after editing entry ``first_id``: recompute the plain hash
    of it and of every entry after it, and set the recorded head (without the key they cannot sign)."""
    prev = session.scalar(select(AuditEntry.hash).where(AuditEntry.id == first_id - 1)) or GENESIS
    last = None
    for entry in session.scalars(select(AuditEntry).where(AuditEntry.id >= first_id).order_by(AuditEntry.id)):
        entry.prev_hash = prev
        entry.hash = prev = entry_hash(entry, prev)
        last = entry
    assert last is not None
    session.flush()
    head = session.get(Meta, HEAD_KEY)
    assert head is not None
    head.value = head_value(last.id, last.hash, None)


def _head(store: Store) -> tuple[int, str]:
    result = _verify(store)
    assert result.ok and result.head_id is not None and result.head_hash is not None
    return result.head_id, result.head_hash


def test_chain_verifies_and_every_entry_is_signed_with_the_key_outside_the_database(store: Store) -> None:
    _fill(store)
    result = _verify(store)
    with store.session() as session:
        rows = session.scalars(select(AuditEntry).order_by(AuditEntry.id)).all()
        key = session_key(session, create=False)
    assert result.ok and result.checked == 4 and result.signed == 4 and result.unsigned == 0
    assert rows[0].prev_hash == audit.GENESIS
    assert all(b.prev_hash == a.hash for a, b in zip(rows, rows[1:], strict=False))
    assert key is not None and {r.key_id for r in rows} == {key.key_id} and all(r.signature for r in rows)
    assert result.head_id == 4 and result.head_hash == rows[-1].hash and result.key_id == key.key_id
    assert f"signed with key {key.key_id}" in result.line() and result.head_line() == f"head: 4:{rows[-1].hash}"
    # The key file is in the data directory, outside the database, readable by its owner only.
    key_file = Path(key.source)
    assert key_file.parent == store.settings.home.resolve() and key_file.name == "audit.key"
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert key_file.read_text().strip().encode() == key.secret


def test_edited_content_is_found(store: Store) -> None:
    _fill(store)
    with store.session() as session:
        session.execute(update(AuditEntry).where(AuditEntry.id == 3).values(after={"killed_best": 99}))
    result = _verify(store)
    assert not result.ok and result.first_bad_id == 3 and result.code == "E081"
    assert "audit entry 3" in result.line()


def test_edit_with_every_plain_hash_recomputed_fails_on_the_signature(store: Store) -> None:
    """Someone with write access to the database but not the key: the hash chain alone would pass."""
    _fill(store)
    with store.session() as session:
        session.execute(update(AuditEntry).where(AuditEntry.id == 2).values(after={"killed_best": 0}))
        _rehash_from(session, 2)
    result = _verify(store)
    assert not result.ok and result.code == "E081" and result.first_bad_id == 2
    assert "signature does not match" in (result.reason or "")
    assert isinstance(result.error(), AuditChainError) and "[E081]" in str(result.error())


def test_removed_middle_and_end_entries_are_found(sqlite_store: Store) -> None:
    _fill(sqlite_store)
    with sqlite_store.session() as session:
        session.execute(delete(AuditEntry).where(AuditEntry.id == 2))
    assert _verify(sqlite_store).first_bad_id == 3
    with sqlite_store.session() as session:
        session.execute(delete(AuditEntry).where(AuditEntry.id >= 3))
    result = _verify(sqlite_store)
    assert not result.ok and result.code == "E082" and "removed from the end" in (result.reason or "")


def test_cut_tail_with_the_head_moved_back_needs_the_key(store: Store) -> None:
    """Cutting the tail and updating the recorded head passed `verify` before entries were signed."""
    _fill(store)
    with store.session() as session:
        kept = session.get(AuditEntry, 2)
        assert kept is not None
        session.execute(delete(AuditEntry).where(AuditEntry.id > 2))
        session.execute(update(Meta).where(Meta.key == HEAD_KEY).values(value=head_value(2, kept.hash, None)))
    result = _verify(store)
    assert not result.ok and result.code == "E082" and "not signed by the audit key" in (result.reason or "")


def test_cut_tail_by_someone_with_the_key_is_found_only_against_a_head_recorded_elsewhere(store: Store) -> None:
    _fill(store)
    published = _head(store)  # (4, hash): what the team published
    with store.session() as session:
        kept = session.get(AuditEntry, 2)
        key = session_key(session, create=False)
        assert kept is not None and key is not None
        session.execute(delete(AuditEntry).where(AuditEntry.id > 2))
        session.execute(update(Meta).where(Meta.key == HEAD_KEY).values(value=head_value(2, kept.hash, key)))
    assert _verify(store).ok  # the key holder's cut is invisible from inside the database
    for expected in (Expected(published[1], published[0]), Expected(published[1])):
        result = _verify(store, expected=expected)
        assert not result.ok and result.code == "E082", expected
    assert "entries were removed from the end" in (_verify(store, expected=Expected(published[1], 4)).reason or "")
    assert _verify(store, expected=Expected(kept.hash, 2)).ok


def test_expected_head_is_still_found_after_the_log_grew(store: Store) -> None:
    _fill(store, 2)
    seq, hash_ = _head(store)
    _fill(store, 3)
    assert _verify(store, expected=Expected(hash_, seq)).ok and _verify(store, expected=Expected(hash_)).ok
    other = _verify(store, expected=Expected("ab" * 32, seq))
    assert not other.ok and other.code == "E082" and f"audit entry {seq} differs" in (other.reason or "")


def test_wrong_key_is_a_clear_error_and_appending_with_it_is_refused(store: Store) -> None:
    _fill(store, 2)
    other = Settings(home=store.settings.home, db=store.settings.db, audit_key=SecretStr("x" * 40))
    wrong = Store(store.url, settings=other)
    result = _verify(wrong)
    assert not result.ok and result.code == "E083" and "wrong key" in result.line()
    with pytest.raises(AuditKeyError, match="signed with key"):
        with wrong.session() as session:
            audit.record(session, "ana", "confirm", "incident", "inc_1", None, None)
    assert _verify(store).checked == 2  # nothing was appended with the other key


def test_missing_or_short_key_is_a_clear_error(store: Store) -> None:
    _fill(store, 1)
    key_file = store.settings.home / "audit.key"
    moved = key_file.rename(key_file.with_name("elsewhere.key"))
    result = _verify(store)
    assert not result.ok and result.code == "E083" and "no audit key was found" in (result.reason or "")
    named = Store(store.url, settings=Settings(home=store.settings.home, db=store.settings.db, audit_key_file=key_file))
    with pytest.raises(AuditKeyError, match="does not exist"):
        with named.session() as session:  # a key file named by the setting is never made up on the way
            audit.record(session, "ana", "confirm", "incident", "inc_1", None, None)
    moved.rename(key_file)
    short = Store(store.url, settings=Settings(home=store.settings.home, db=store.settings.db, audit_key=SecretStr("short")))
    assert "use at least 32" in (_verify(short).reason or "")


def test_unsigned_legacy_entries_verify_as_such_and_signed_ones_follow(store: Store) -> None:
    _fill(store, 2)
    with store.session() as session:  # a store written before entries were signed
        session.execute(update(AuditEntry).values(signature=None, key_id=None))
        last = session.get(AuditEntry, 2)
        assert last is not None
        session.execute(update(Meta).where(Meta.key == HEAD_KEY).values(value=head_value(2, last.hash, None)))
    result = _verify(store)
    assert result.ok and result.unsigned == 2 and "unsigned (legacy" in result.line()
    assert not _verify(store, require_signed=True).ok
    _fill(store, 1)
    result = _verify(store)
    assert result.ok and (result.unsigned, result.signed) == (2, 1) and "the first 2 unsigned" in result.line()


def test_signatures_stripped_from_the_end_are_found(store: Store) -> None:
    _fill(store, 3)
    with store.session() as session:
        session.execute(update(AuditEntry).where(AuditEntry.id == 3).values(signature=None, key_id=None,
                                                                            after={"killed_best": 0}))
        _rehash_from(session, 3)
    result = _verify(store)
    assert not result.ok and result.first_bad_id == 3 and "unsigned but entries before it are signed" in result.line()


def test_an_entry_is_appended_only_when_its_transaction_commits(store: Store) -> None:
    with pytest.raises(RuntimeError):
        with store.session() as session:
            audit.record(session, "ana", "confirm", "incident", "inc_1", None, None)
            raise RuntimeError("the action failed after recording")
    with store.session() as session:
        audit.record(session, "ana", "confirm", "incident", "inc_1", {"when": "now"}, None)
        audit.record(session, "ana", "confirm", "incident", "inc_2", None, None)
        assert session.scalar(select(AuditEntry.id)) is None  # queued, not yet written
    result = _verify(store)
    assert result.ok and result.checked == 2


def test_a_store_from_before_signatures_verifies_as_unsigned_legacy_and_refuses_new_entries(sqlite_store: Store) -> None:
    """Pre-release the schema is regenerated, not migrated: a store made earlier has no signature columns."""
    import datetime as dt

    from sqlalchemy import insert, text

    with sqlite_store.session() as session:
        session.execute(text("ALTER TABLE audit_log DROP COLUMN signature"))
        session.execute(text("ALTER TABLE audit_log DROP COLUMN key_id"))
        prev = GENESIS
        for n in (1, 2):
            row = AuditEntry(id=n, at=dt.datetime(2026, 1, n), actor="ana", action="correct", entity_type="incident",
                             entity_id="inc_1", before={"v": n}, after={"v": n + 1}, prev_hash=prev, hash="")
            row.hash = entry_hash(row, prev)
            session.execute(insert(AuditEntry.__table__).values(
                id=n, at=row.at, actor=row.actor, action=row.action, entity_type=row.entity_type,
                entity_id=row.entity_id, before=row.before, after=row.after, prev_hash=prev, hash=row.hash))
            prev = row.hash
        session.add(Meta(key=HEAD_KEY, value=head_value(2, prev, None)))
    result = _verify(sqlite_store)
    assert result.ok and result.unsigned == 2 and result.signed == 0 and "unsigned (legacy" in result.line()
    with pytest.raises(AuditError, match="re-create the store") as raised:
        with sqlite_store.session() as session:
            audit.record(session, "ana", "confirm", "incident", "inc_1", None, None)
    assert raised.value.code == "E085"


def test_an_entry_queued_in_a_session_closed_without_commit_is_dropped(store: Store) -> None:
    _fill(store, 1)  # the store's columns are known, so recording runs no SQL
    session = Session(store.engine, info={"settings": store.settings})
    audit.record(session, "ana", "confirm", "incident", "inc_1", None, None)
    session.close()
    session.commit()  # a closed session can be used again: what was queued before must not come back
    assert _verify(store).checked == 1
