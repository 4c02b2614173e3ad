"""A `harmledger process` killed mid-run leaves whole documents; the next run completes the rest."""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import func, select

from harmledger._config import Settings
from harmledger.sample import SAMPLE_CORPUS
from harmledger.store import Store
from harmledger.store.models import Document, Mention


def _fill(store: Store, copies: int) -> int:
    rows = [json.loads(line) for line in SAMPLE_CORPUS.read_text(encoding="utf-8").splitlines()]
    n = 0
    with store.session() as session:
        for copy in range(copies):
            for row in rows:
                text = f"{row['title']}\n\n{row['text']} (copy {copy})"
                digest = hashlib.sha256(text.encode()).hexdigest()
                session.add(Document(id=f"{row['id']}-{copy}", sha256=digest, text_sha256=digest, title=row["title"],
                                     text=text, body_offset=len(row["title"]) + 2, origin="test",
                                     media_type="text/plain", size=len(text)))
                n += 1
    return n


def _counts(store: Store) -> tuple[int, int, int]:
    with store.session() as session:
        processed = session.scalar(select(func.count()).select_from(Document).where(Document.status == "processed"))
        without = session.scalar(
            select(func.count()).select_from(Document).where(
                Document.status == "processed", Document.extractor_version.is_(None)
            )
        )
        orphan_mentions = session.scalar(
            select(func.count()).select_from(Mention).join(Document).where(Document.status != "processed")
        )
    return processed or 0, without or 0, orphan_mentions or 0


def test_killed_process_leaves_a_store_the_next_run_completes(tmp_path: Path) -> None:
    home = tmp_path / "home"
    store = Store(None, settings=Settings(home=home))
    store.init()
    total = _fill(store, 15)
    env = {**os.environ, "HARMLEDGER_HOME": str(home)}
    cmd = [sys.executable, "-m", "harmledger.cli", "process", "--no-link"]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and _counts(store)[0] < 20:
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    processed, inconsistent, orphans = _counts(store)
    assert 0 < processed < total, "the run was not killed midway; make the corpus larger"
    assert inconsistent == 0 and orphans == 0
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert _counts(store)[0] == total
    with store.session() as session:
        per_doc = session.execute(
            select(Mention.document_id, Mention.index, func.count()).group_by(Mention.document_id, Mention.index).having(func.count() > 1)
        ).all()
    assert per_doc == []
