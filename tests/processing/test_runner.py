from __future__ import annotations

import hashlib
import json

from sqlalchemy import func, select

from harmledger.extract import Extractor
from harmledger.processing import process_pending
from harmledger.sample import SAMPLE_CORPUS
from harmledger.store import Store
from harmledger.store.models import Document, Evidence, Incident, IncidentLink, Mention


def _add_sample(store: Store, limit: int) -> list[str]:
    """Store the first sample reports as documents, as ingest would (title + blank line + body)."""
    ids = []
    with store.session() as session:
        for line in SAMPLE_CORPUS.read_text(encoding="utf-8").splitlines()[:limit]:
            row = json.loads(line)
            text = row["title"] + "\n\n" + row["text"]
            raw = line.encode()
            session.add(Document(
                id=row["id"], sha256=hashlib.sha256(raw).hexdigest(),
                text_sha256=hashlib.sha256(text.encode()).hexdigest(), title=row["title"], text=text,
                body_offset=len(row["title"]) + 2, origin="test", media_type="application/jsonl", size=len(raw),
            ))
            ids.append(row["id"])
    return ids


def test_process_stores_what_the_extractor_reads(store: Store) -> None:
    ids = _add_sample(store, 6)
    report = process_pending(store)
    assert report.processed == 6 and report.ok
    extractor = Extractor()
    with store.session() as session:
        for doc_id in ids:
            doc = session.get(Document, doc_id)
            assert doc is not None and doc.status == "processed"
            expected = extractor.extract(doc.text[doc.body_offset:], title=doc.title, doc_id=doc.id)
            assert expected.text_sha256 == doc.text_sha256
            stored = [m.data for m in doc.mentions]
            assert stored == [m.model_dump(mode="json") for m in expected.mentions]
            for evidence in session.scalars(select(Evidence).join(Mention).where(Mention.document_id == doc_id)):
                assert doc.text[evidence.start:evidence.end] == evidence.text


def test_process_is_idempotent_and_links(sqlite_store: Store) -> None:
    _add_sample(sqlite_store, 10)
    first = process_pending(sqlite_store)
    again = process_pending(sqlite_store)
    assert first.processed == 10 and again.processed == 0
    with sqlite_store.session() as session:
        incident_mentions = session.scalar(
            select(func.count()).select_from(Mention).where(Mention.kind == "incident", Mention.rejected.is_(False))
        )
        linked = session.scalar(select(func.count()).select_from(IncidentLink))
    assert linked == incident_mentions


def test_redo_reprocesses_only_older_versions(sqlite_store: Store) -> None:
    _add_sample(sqlite_store, 3)
    process_pending(sqlite_store)
    with sqlite_store.session() as session:
        doc = session.scalars(select(Document).limit(1)).one()
        doc.extractor_version = "0-old"
    report = process_pending(sqlite_store, redo=True)
    assert report.processed == 1


def _outcome(store: Store) -> tuple[dict, list, set, list]:
    """What a run leaves, without the ids a run makes up: mentions, evidence, incidents as sets of mentions."""
    with store.session() as session:
        mentions = {(m.document_id, m.index): m.data for m in session.scalars(select(Mention))}
        evidence = sorted(session.execute(
            select(Mention.document_id, Mention.index, Evidence.field, Evidence.value, Evidence.start, Evidence.end)
            .join(Mention, Mention.id == Evidence.mention_id)).all())
        groups: dict[str, set[tuple[str, int]]] = {}
        for doc_id, index, incident_id in session.execute(
                select(Mention.document_id, Mention.index, IncidentLink.incident_id)
                .join(IncidentLink, IncidentLink.mention_id == Mention.id)):
            groups.setdefault(incident_id, set()).add((doc_id, index))
        figures = sorted((tuple(sorted(groups[i.id])), i.killed_best, i.place_id, str(i.date_start))
                         for i in session.scalars(select(Incident).where(Incident.deleted.is_(False))))
    return mentions, evidence, {frozenset(g) for g in groups.values()}, figures


def test_process_on_a_local_dask_cluster_matches_local(tmp_path) -> None:
    """Workers extract (with the store's own places, sent to them), this process stores and links: the
    same mentions, evidence, incidents and figures as a run without Dask."""
    from distributed import Client, LocalCluster

    from harmledger._config import Settings
    from harmledger.geo.gazetteer import GazPlace
    from harmledger.geo.store_places import save_places

    stores = []
    for name in ("local", "dask"):
        s = Store(None, settings=Settings(home=tmp_path / name))
        s.init()
        _add_sample(s, 12)
        save_places(s, [GazPlace(id="analyst-1", name="Zarnuqiyya", feature_type="village", lat=35.9, lon=36.6)])
        text = "Shelling hit the village of Zarnuqiyya in rural Idlib on Monday, killing four civilians."
        digest = hashlib.sha256(text.encode()).hexdigest()
        with s.session() as session:
            session.add(Document(id="z", sha256=digest, text_sha256=digest, text=text, origin="test",
                                 media_type="text/plain", size=len(text)))
        stores.append(s)
    local, distributed = stores
    process_pending(local)
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0") as cluster, Client(cluster) as client:
        report = process_pending(distributed, client=client, chunk=3)
    assert report.processed == 13 and report.ok and report.linked
    mine, theirs = _outcome(local), _outcome(distributed)
    assert mine[0] and mine[2]
    assert mine == theirs
    places = [p for m in mine[0].values() for p in m["places"] if p["name"] == "Zarnuqiyya"]
    assert places and places[0]["resolved"]["place_id"] == "analyst-1"


def test_process_uses_places_an_analyst_added(sqlite_store: Store) -> None:
    from harmledger.geo.gazetteer import GazPlace
    from harmledger.geo.registry import clear_cache
    from harmledger.geo.store_places import save_places

    text = "Shelling hit the village of Zarnuqiyya in rural Idlib on Monday, killing four civilians."
    digest = hashlib.sha256(text.encode()).hexdigest()
    with sqlite_store.session() as session:
        session.add(Document(id="d1", sha256=digest, text_sha256=digest, text=text, origin="test",
                             media_type="text/plain", size=len(text)))
    clear_cache()
    process_pending(sqlite_store, link=False)
    with sqlite_store.session() as session:
        before = [p for m in session.get(Document, "d1").mentions for p in m.data["places"]]
    assert all(p["resolved"] is None for p in before if p["name"] == "Zarnuqiyya")
    save_places(sqlite_store, [GazPlace(id="analyst-1", name="Zarnuqiyya", feature_type="village", lat=35.9, lon=36.6)])
    process_pending(sqlite_store, link=False, everything=True)
    with sqlite_store.session() as session:
        after = [p for m in session.get(Document, "d1").mentions for p in m.data["places"] if p["name"] == "Zarnuqiyya"]
    assert after and after[0]["resolved"]["lat"] == 35.9
