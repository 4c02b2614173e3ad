"""`process` builds the linker's inputs batch by batch while it extracts (`link.prepare`): linking with
them must give what linking from the store alone gives."""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, func, select, update

from harmledger.link import link_pending
from harmledger.link.features import add_fingerprints, load_features
from harmledger.link.figures import member_columns
from harmledger.link.pending import _pending_stmt
from harmledger.link.prepare import Prepared
from harmledger.processing import process_pending, runner
from harmledger.store import Store
from harmledger.store.models import Document, Incident, IncidentChange, IncidentLink, Mention
from tests.processing.test_runner import _add_sample


def _incidents(store: Store) -> dict[tuple[str, ...], dict[str, Any]]:
    """Each live incident, named by its mentions (document#index), with its values (ids and times left out)."""
    out: dict[tuple[str, ...], dict[str, Any]] = {}
    with store.session() as session:
        keys: dict[str, list[str]] = {}
        for doc_id, index, iid, score, reasons in session.execute(
                select(Mention.document_id, Mention.index, IncidentLink.incident_id, IncidentLink.score,
                       IncidentLink.reasons).join(IncidentLink, IncidentLink.mention_id == Mention.id)):
            keys.setdefault(iid, []).append(f"{doc_id}#{index} {score:.4f} {reasons}")
        for inc in session.scalars(select(Incident).where(Incident.deleted.is_(False))):
            machine = {k: v for k, v in inc.machine.items() if k != "mention_ids"}
            values = {c.name: getattr(inc, c.name) for c in Incident.__table__.columns
                      if c.name not in ("id", "machine", "created_at", "updated_at")}
            out[tuple(sorted(keys[inc.id]))] = {"machine": machine, **values}
    return out


def _sample_store(tmp_path: Any, name: str) -> Store:
    from harmledger._config import Settings

    store = Store(None, settings=Settings(home=tmp_path / name))
    store.init()
    _add_sample(store, 39)
    return store


def test_linking_with_what_process_prepared_equals_linking_from_the_store(store: Store, monkeypatch: Any) -> None:
    used: list[Prepared | None] = []
    original = runner._link

    def spy(write: Any, prepared: Prepared | None = None) -> tuple[int, int]:
        used.append(prepared)
        return original(write, prepared)

    monkeypatch.setattr(runner, "_link", spy)
    _add_sample(store, 39)
    report = process_pending(store, chunk=7)
    assert report.linked and used and used[0] is not None and len(used[0].feats) == report.linked
    ahead = _incidents(store)
    # The same mentions linked again from the store alone.
    with store.session() as session:
        for table in (IncidentLink, IncidentChange, Incident):
            session.execute(delete(table))
    with store.session() as session:
        assert link_pending(session).mentions_linked == report.linked
    after = _incidents(store)
    assert len(ahead) > 1 and any(len(k) > 1 for k in ahead)
    assert ahead == after


def test_prepared_features_and_member_rows_are_those_read_from_the_store(tmp_path: Any) -> None:
    store = _sample_store(tmp_path, "s")
    prepared = runner._new_prepared(store)
    batches = runner._extract_here(store, runner._pending_ids(store, False, "", False), 10, [])
    for docs in batches:
        with store.session() as session:
            saved = runner._save(session, docs=docs, version="t")
        runner._prepare(store, prepared, docs, set(saved.processed))
    with store.session() as session:
        read = load_features(session, _pending_stmt())
        add_fingerprints(session, read)
    assert len(read) > 10 and len(read) == len(prepared.feats)
    for feat in read:
        mine = prepared.feats[feat.mention_id]
        assert (mine.fingerprint is None) == (feat.fingerprint is None)
        if feat.fingerprint is not None and mine.fingerprint is not None:
            assert (list(mine.fingerprint.sketch), mine.fingerprint.size) == (list(feat.fingerprint.sketch),
                                                                              feat.fingerprint.size)
        mine.fingerprint = feat.fingerprint
        assert mine == feat
    with store.session() as session:
        link_pending(session)
        for row in session.execute(member_columns()):
            assert tuple(row[2:]) == prepared.members[row[0]]


def _processed(tmp_path: Any, name: str, rejected: int | None = None) -> Store:
    store = _sample_store(tmp_path, name)
    process_pending(store, link=False)
    if rejected is not None:
        with store.session() as session:
            session.execute(update(Mention).where(Mention.id == rejected).values(rejected=True))
    return store


def test_what_changed_since_it_was_prepared_wins(tmp_path: Any) -> None:
    """A mention rejected after it was prepared is not linked; inputs prepared under other outlet roots
    are not used."""
    store = _processed(tmp_path, "s")
    prepared = runner._new_prepared(store)
    with store.session() as session:
        pending = load_features(session, _pending_stmt())
        add_fingerprints(session, pending)
    rejected = pending[0].mention_id
    prepared.feats = {f.mention_id: f for f in pending}
    with store.session() as session:
        session.execute(update(Mention).where(Mention.id == rejected).values(rejected=True))
    reference = _processed(tmp_path, "ref", rejected)
    with reference.session() as session:
        expected = link_pending(session)
    with store.session() as session:
        got = link_pending(session, prepared=prepared)
        assert session.scalar(select(IncidentLink.mention_id).where(IncidentLink.mention_id == rejected)) is None
    assert (got.mentions_linked, got.incidents_created) == (expected.mentions_linked, expected.incidents_created)
    assert _incidents(store) == _incidents(reference)
    # Inputs that would put every mention on one day, were they used: made under other roots, they are not.
    other = _processed(tmp_path, "other", rejected)
    for f in pending:
        f.lo = f.hi = 736000
    with other.session() as session:
        link_pending(session, prepared=Prepared(roots={-1: -1}, feats={f.mention_id: f for f in pending}))
    assert _incidents(other) == _incidents(reference)


def test_the_cluster_is_released_after_the_last_batch_and_before_linking(sqlite_store: Store) -> None:
    _add_sample(sqlite_store, 12)
    seen: list[tuple[int, int]] = []

    def released() -> None:
        with sqlite_store.session() as session:
            pending = session.scalar(select(func.count()).select_from(Document).where(Document.status == "ingested"))
            links = session.scalar(select(func.count()).select_from(IncidentLink))
        seen.append((pending or 0, links or 0))

    report = process_pending(sqlite_store, chunk=5, on_extracted=released)
    assert seen == [(0, 0)] and report.linked


def test_process_on_two_workers_from_the_command_line_links_like_a_local_run(tmp_path: Any) -> None:
    """`harmledger process --workers 2` closes its cluster before linking: the same incidents as a local run."""
    import os
    import subprocess
    import sys

    local = _sample_store(tmp_path, "local")
    process_pending(local)
    home = tmp_path / "cli"
    _sample_store(tmp_path, "cli")
    done = subprocess.run([sys.executable, "-m", "harmledger.cli", "process", "--workers", "2", "--batch", "8"],
                          env={**os.environ, "HARMLEDGER_HOME": str(home)}, capture_output=True, text=True,
                          timeout=600, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "39 documents processed" in done.stdout
    from harmledger._config import Settings

    assert _incidents(Store(None, settings=Settings(home=home))) == _incidents(local)
