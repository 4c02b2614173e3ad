from __future__ import annotations

from sqlalchemy import delete, update

from harmledger.review import audit
from harmledger.store import Store
from harmledger.store.models import AuditEntry


def _fill(store: Store, n: int = 4) -> None:
    for i in range(n):
        with store.session() as session:
            audit.record(session, "ana", "correct", "incident", f"inc_{i}", {"killed_best": i}, {"killed_best": i + 1})


def test_chain_verifies_and_links_each_entry_to_the_one_before(store: Store) -> None:
    _fill(store)
    with store.session() as session:
        result = audit.verify(session)
        rows = session.query(AuditEntry).order_by(AuditEntry.id).all()
    assert result.ok and result.checked == 4
    assert rows[0].prev_hash == audit.GENESIS
    assert all(b.prev_hash == a.hash for a, b in zip(rows, rows[1:], strict=False))


def test_edited_content_is_found(store: Store) -> None:
    _fill(store)
    with store.session() as session:
        session.execute(update(AuditEntry).where(AuditEntry.id == 3).values(after={"killed_best": 99}))
    with store.session() as session:
        result = audit.verify(session)
    assert not result.ok and result.first_bad_id == 3
    assert "audit entry 3" in result.line()


def test_removed_middle_and_end_entries_are_found(sqlite_store: Store) -> None:
    _fill(sqlite_store)
    with sqlite_store.session() as session:
        session.execute(delete(AuditEntry).where(AuditEntry.id == 2))
    with sqlite_store.session() as session:
        assert audit.verify(session).first_bad_id == 3
        session.execute(delete(AuditEntry).where(AuditEntry.id >= 3))
    with sqlite_store.session() as session:
        result = audit.verify(session)
    assert not result.ok and "removed from the end" in (result.reason or "")


def test_rewritten_chain_without_the_head_is_found(sqlite_store: Store) -> None:
    _fill(sqlite_store, 2)
    with sqlite_store.session() as session:
        entry = session.get(AuditEntry, 2)
        assert entry is not None
        entry.actor = "someone-else"
        entry.hash = audit.entry_hash(entry, entry.prev_hash)  # a forger who recomputes the row's own hash
    with sqlite_store.session() as session:
        result = audit.verify(session)
    assert not result.ok and result.first_bad_id == 2
