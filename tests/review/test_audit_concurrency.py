"""Several writers appending to the audit log at once, on SQLite and on the PostgreSQL server.

On PostgreSQL three analysts saving corrections at once once hung the server for good: the log's
advisory lock was taken when an entry was recorded and held until the caller's transaction ended,
however long that was. Now it is taken inside the commit, for the few statements of the append.
"""

from __future__ import annotations

import threading

from sqlalchemy import select, update

from harmledger.review import audit
from harmledger.store import Store
from harmledger.store.models import AuditEntry, Meta

THREADS, PER_THREAD = 4, 12


def test_concurrent_appends_all_land_contiguous_and_the_chain_verifies(store: Store) -> None:
    errors: list[BaseException] = []
    start = threading.Barrier(THREADS)

    def writer(n: int) -> None:
        try:
            start.wait()
            for i in range(PER_THREAD):
                with store.session() as session:
                    audit.record(session, f"analyst{n}", "correct", "incident", f"inc_{n}_{i}", {"v": i}, {"v": i + 1})
                    if i % 3 == 0:  # some transactions append two entries
                        audit.record(session, f"analyst{n}", "confirm", "incident", f"inc_{n}_{i}", None, None)
        except BaseException as exc:  # noqa: BLE001 - reported by the main thread
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not any(t.is_alive() for t in threads), "a writer hung"
    assert not errors, errors
    expected = THREADS * (PER_THREAD + len(range(0, PER_THREAD, 3)))
    with store.session() as session:
        ids = list(session.scalars(select(AuditEntry.id).order_by(AuditEntry.id)))
        actors = {a for a in session.scalars(select(AuditEntry.actor))}
    assert ids == list(range(1, expected + 1))
    assert actors == {f"analyst{n}" for n in range(THREADS)}
    result = _verify(store)
    assert result.ok and result.checked == expected and result.signed == expected and result.head_id == expected


def test_an_open_transaction_that_recorded_an_entry_does_not_block_other_writers(store: Store) -> None:
    """The analyst whose request is still open (idle in transaction) holds no lock on the log."""
    _append(store, "first")
    idle = store.session()
    session = idle.__enter__()
    audit.record(session, "slow", "correct", "incident", "inc_slow", None, {"v": 1})
    if store.dialect == "postgresql":
        # Its own change is written and its row lock held; SQLite has one writer at a time, so there the
        # open transaction only queues the entry.
        session.execute(update(Meta).where(Meta.key == "unrelated").values(value="x"))
        session.flush()
    done = threading.Event()

    def other() -> None:
        _append(store, "quick")
        done.set()

    thread = threading.Thread(target=other)
    thread.start()
    finished = done.wait(timeout=15)
    idle.__exit__(None, None, None)  # commit the slow one; this also frees a blocked writer
    thread.join(timeout=30)
    assert finished, "a writer waited on a transaction that had only recorded an audit entry"
    with store.session() as check:
        assert list(check.scalars(select(AuditEntry.actor).order_by(AuditEntry.id))) == ["first", "quick", "slow"]
    assert _verify(store).ok


def _append(store: Store, actor: str) -> None:
    with store.session() as session:
        audit.record(session, actor, "confirm", "incident", "inc_1", None, None)


def _verify(store: Store) -> audit.VerifyResult:
    with store.session() as session:
        return audit.verify(session)
