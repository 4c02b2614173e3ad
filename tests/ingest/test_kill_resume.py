"""A real `harmledger ingest` killed with SIGKILL in the middle of a batch leaves a store with whole
documents only, and the next run completes it without duplicates."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from harmledger.store import Store
from harmledger.store.models import Document

N_FILES = 800


def _count(store: Store) -> int:
    with store.engine.connect() as connection:
        return int(connection.execute(select(func.count()).select_from(Document)).scalar_one())


def _command(store: Store, folder: Path) -> tuple[list[str], dict[str, str]]:
    env = {**os.environ, "HARMLEDGER_HOME": str(store.settings.home)}
    env.pop("HARMLEDGER_DB", None)
    return [sys.executable, "-m", "harmledger.cli", "ingest", str(folder), "--db", store.url], env


@pytest.mark.parametrize("backend", ["sqlite", pytest.param("postgres", marks=pytest.mark.slow)])
def test_killed_batch_resumes_without_duplicates(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> None:
    # PostgreSQL's transactions are the stronger of the two; its run is in the slow suite.
    store: Store = request.getfixturevalue(f"{'sqlite' if backend == 'sqlite' else 'pg'}_store")
    folder = tmp_path / "reports"
    for i in range(N_FILES):
        sub = folder / f"{i % 10}"
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"{i:05d}.txt").write_text(f"Report {i}: shelling hit the village, killing {i % 17 + 1} people.")
    args, env = _command(store, folder)

    process = subprocess.Popen(args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    try:
        while _count(store) == 0:
            assert process.poll() is None, process.stderr.read().decode() if process.stderr else ""
            assert time.monotonic() < deadline, "no document was stored within 60 s"
            time.sleep(0.01)
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait()
    assert process.returncode == -signal.SIGKILL

    stored = _count(store)
    assert 0 < stored < N_FILES, "the process was not killed in the middle of the batch"
    with store.engine.connect() as connection:
        rows = connection.execute(select(Document.id, Document.sha256, Document.text, Document.text_sha256)).all()
    for row in rows:  # whole documents only: each row with its text and its original
        assert row.text and hashlib.sha256(row.text.encode()).hexdigest() == row.text_sha256
        assert hashlib.sha256(store.blobs.get(row.sha256)).hexdigest() == row.sha256

    rerun = subprocess.run(args, env=env, capture_output=True, text=True, timeout=120)
    assert rerun.returncode == 0, rerun.stderr
    assert f"{N_FILES - stored} added, {stored} already stored, 0 failed" in rerun.stdout
    assert _count(store) == N_FILES
    with store.engine.connect() as connection:
        shas = connection.execute(select(Document.sha256)).scalars().all()
    expected = {hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.rglob("*.txt")}
    assert len(shas) == len(set(shas)) and set(shas) == expected
    # Nothing under a digest's name in the blob store is partial.
    for blob in store.blobs.root.rglob("*"):
        if blob.is_file() and not blob.name.startswith(".tmp-"):
            assert hashlib.sha256(blob.read_bytes()).hexdigest() == blob.name
