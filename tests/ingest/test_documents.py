from __future__ import annotations

from pathlib import Path

import pytest

from harmledger._errors import NotFoundError
from harmledger.ingest import ingest
from harmledger.ingest.documents import get_document, list_documents
from harmledger.store import Store


def test_list_and_show(store: Store, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(3):
        (folder / f"{i}.txt").write_text(f"Report {i}: shelling hit the town of Ariha, killing {i + 2} civilians.")
    report = ingest(store, [str(folder)], source="SOHR")
    assert report.ok
    rows, total = list_documents(store, limit=2)
    assert total == 3 and len(rows) == 2
    assert {"id", "title", "published", "source", "language", "status", "origin"} <= set(rows[0])
    rest, _ = list_documents(store, limit=2, offset=2)
    assert len(rest) == 1 and rest[0]["id"] not in {r["id"] for r in rows}
    assert list_documents(store, status="processed") == ([], 0)

    doc_id = report.results[0].document_id or ""
    info = get_document(store, doc_id)
    assert info["text"].startswith("Report 0") and info["source"] == "SOHR" and info["sha256"] == doc_id
    assert get_document(store, doc_id[:10])["id"] == doc_id  # a unique prefix will do
    with pytest.raises(NotFoundError, match="documents list"):
        get_document(store, "no-such-id")
