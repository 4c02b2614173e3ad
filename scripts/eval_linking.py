"""How the FA-KES development articles link into incidents (reads /work/shared; not part of the package).

    .venv/bin/python scripts/eval_linking.py [--data PATH] [--top 12]

Extracts each article with the project's extractor into a temporary SQLite store (outlet as the
source), links, and prints: how many incident mentions became how many incidents; the largest
incidents with their documents (title, outlet, FA-KES date and governorate labels); a pairwise
precision and recall over the articles' primary mentions against the FA-KES labels; the incidents
whose primary mentions carry labels more than a day or a governorate apart, with every linked
mention (title, date, place, weapons, toll, why it was linked) so a reader can judge each merge;
and whether the reports of the chemical attack on Khan Shaykhun of 4 April 2017 form one incident.

The pairwise figures use "same FA-KES date within a day and same governorate" as the proxy for
"the same event". It is a noisy proxy, in both directions: about one label in five contradicts its
article's text (so true merges count as false positives), and one governorate sees several attacks
a day (so pairs of different attacks count as missed links, pulling recall down). Read the listed
merges rather than trusting the figures.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from harmledger._config import Settings
from harmledger.link import link_pending
from harmledger.store import Store
from harmledger.store.mentions import save_extraction
from harmledger.store.models import Document, Incident, IncidentLink, Mention, Source

DATA = Path("/work/shared/data/fakes/dev.jsonl")
KHAN = ("khan sheikhoun", "khan shaykhun", "khan sheikhun", "khan shaikhoun", "khan sheikhoun", "khan sheikhun",
        "khan shaykhoun")


def _label_date(value: str) -> dt.date | None:
    try:
        return dt.datetime.strptime(value, "%m/%d/%y").date()
    except (TypeError, ValueError):
        return None


def pairwise(primary_incident: dict[str, str], labels: dict[str, dict[str, str]]) -> tuple[float, float, int, int]:
    """Precision and recall of "same incident" over pairs of articles' primary mentions, against the
    proxy "FA-KES dates within a day and same governorate"; also the two pair counts."""
    docs = sorted(d for d in primary_incident if _label_date(labels[d]["date"]) is not None)
    linked = proxy = both = 0
    for i, a in enumerate(docs):
        da, ga = _label_date(labels[a]["date"]), labels[a]["governorate"]
        for b in docs[i + 1:]:
            db = _label_date(labels[b]["date"])
            assert da is not None and db is not None
            same_label = abs((da - db).days) <= 1 and ga == labels[b]["governorate"]
            same_inc = primary_incident[a] == primary_incident[b]
            linked += same_inc
            proxy += same_label
            both += same_inc and same_label
    return (both / linked if linked else 1.0), (both / proxy if proxy else 1.0), linked, proxy


def _mention_line(row: Any, labels: dict[str, dict[str, str]], titles: dict[str, tuple[str | None, str]]) -> str:
    doc_id, index, primary, start, precision, place, prec, admin1, data, killed, score, reasons = row
    data = data or {}
    weapons = ",".join(sorted({w.get("code", "") for w in data.get("weapons") or []})) or "-"
    why = "; ".join(r for r in (reasons or []) if not r.startswith("best match"))
    lab = labels.get(doc_id, {})
    return (f"    {doc_id}#{index}{' (primary)' if primary else ''}  {start or 'no date'} ({precision or '-'})  "
            f"{place or admin1 or 'no place'} (prec {prec})  weapons {weapons}  killed {killed}  "
            f"[{titles[doc_id][1]}] {(titles[doc_id][0] or '')[:80]!r}  label {lab.get('date')} {lab.get('governorate')}\n"
            f"        linked {score}: {why}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--top", type=int, default=12)
    parser.add_argument("--keep", type=Path, help="Keep the store in this directory (default: a temporary one).")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    try:
        from harmledger.extract import Extractor
    except ImportError:
        print("harmledger.extract.Extractor is not available yet; nothing to evaluate.")
        return 2
    rows, seen = [], set()
    for line in args.data.open(encoding="utf-8"):
        row = json.loads(line)
        if row["id"] not in seen:  # the corpus repeats a few articles under one id
            seen.add(row["id"])
            rows.append(row)
    labels = {r["id"]: r["labels"] for r in rows}
    extractor = Extractor()
    with tempfile.TemporaryDirectory() as tmp:
        home = args.keep or Path(tmp)
        store = Store(None, settings=Settings(home=home))
        store.init()
        with store.session() as s:
            sources: dict[str, Source] = {}
            for r in rows:
                ext = extractor.extract(r["text"], title=r.get("title"), doc_id=r["id"])
                text = f"{r['title']}\n\n{r['text']}" if r.get("title") else r["text"]
                if r.get("outlet") not in sources:
                    sources[r["outlet"]] = Source(name=r["outlet"])
                    s.add(sources[r["outlet"]])
                    s.flush()
                doc = Document(id=r["id"], sha256=ext.text_sha256 + "", text_sha256=ext.text_sha256, title=r.get("title"),
                               body_offset=len(r["title"]) + 2 if r.get("title") else 0, text=text, origin=str(args.data),
                               media_type="text/plain", size=len(text.encode()), source_id=sources[r["outlet"]].id,
                               published=dt.date.fromisoformat(ext.published) if ext.published else None)
                # Identical articles share a text hash; the blob key must stay unique, so salt it with the id.
                if s.scalars(select(Document.id).where(Document.sha256 == doc.sha256)).first():
                    doc.sha256 = ext.text_sha256[:40] + r["id"][-24:].rjust(24, "0")
                s.add(doc)
                s.flush()
                save_extraction(s, doc, ext, version="eval")
        with store.session() as s:
            report = link_pending(s)
        with store.session() as s:
            n_incident_mentions = s.scalar(select(func.count()).select_from(Mention).where(Mention.kind == "incident"))
            n_primary = s.scalar(select(func.count()).select_from(Mention).where(
                Mention.kind == "incident", Mention.is_primary.is_(True)))
            members: dict[str, list[tuple[str, int, bool]]] = defaultdict(list)
            for iid, doc_id, index, primary in s.execute(
                    select(IncidentLink.incident_id, Mention.document_id, Mention.index, Mention.is_primary)
                    .join(Mention, Mention.id == IncidentLink.mention_id)):
                members[iid].append((doc_id, index, primary))
            incidents = {i.id: i for i in s.scalars(select(Incident).where(Incident.deleted.is_(False)))}
            titles = {d.id: (d.title, d.source.name if d.source else "") for d in s.scalars(select(Document))}
            primary_incident = {d: iid for iid, m in members.items() for d, _, primary in m if primary}
            prec_, rec_, n_linked, n_proxy = pairwise(primary_incident, labels)
            print(f"{len(rows)} articles; {n_incident_mentions} incident mentions ({n_primary} primary) -> "
                  f"{len(incidents)} incidents ({report.seconds:.1f}s to link); pairwise over primary mentions "
                  f"vs FA-KES labels (date +-1 day, same governorate; a noisy proxy, see the docstring): "
                  f"P {prec_:.3f} R {rec_:.3f} ({n_linked} linked pairs, {n_proxy} label pairs)")
            sizes = Counter(len({d for d, _, _ in m}) for m in members.values())
            print("incidents by number of documents:", dict(sorted(sizes.items())))
            print()
            ranked = sorted(members, key=lambda i: -len({d for d, _, _ in members[i]}))
            for iid in ranked[: args.top]:
                inc = incidents[iid]
                docs = sorted({d for d, _, _ in members[iid]})
                print(f"{iid}  {inc.date_start} {inc.place_name or inc.admin1 or '?'}  weapons={inc.weapons} "
                      f"killed {inc.killed_low}/{inc.killed_best}/{inc.killed_high}  grade={inc.grade}  "
                      f"{len(docs)} documents, {inc.n_independent} independent")
                for d in docs:
                    lab = labels[d]
                    print(f"    {d}  [{titles[d][1]}] {titles[d][0]!r}  (label {lab['date']}, {lab['governorate']})")
            print()
            suspicious = []
            for iid, m in members.items():
                docs = {d for d, _, primary in m if primary}
                dates = sorted(x for x in (_label_date(labels[d]["date"]) for d in docs) if x)
                govs = {labels[d]["governorate"] for d in docs}
                if len(docs) > 1 and ((dates and (dates[-1] - dates[0]).days > 1) or len(govs) > 1):
                    suspicious.append((iid, sorted(docs), [labels[d]["date"] for d in sorted(docs)], sorted(govs)))
            multi = sum(1 for m in members.values() if len({d for d, _, p in m if p}) > 1)
            print(f"incidents joining 2+ primary mentions: {multi}; of those, with FA-KES labels more than a day "
                  f"or a governorate apart (to read; labels are noisy): {len(suspicious)}")
            for iid, docs, dates, govs in suspicious:
                inc = incidents[iid]
                print(f"  {iid}  {inc.date_start} {inc.place_name or inc.admin1 or '?'}: documents {docs}, "
                      f"label dates {dates}, governorates {govs}")
                for row in s.execute(
                        select(Mention.document_id, Mention.index, Mention.is_primary, Mention.date_start,
                               Mention.date_precision, Mention.place_name, Mention.where_prec, Mention.admin1,
                               Mention.data, Mention.killed_low, IncidentLink.score, IncidentLink.reasons)
                        .join(IncidentLink, IncidentLink.mention_id == Mention.id)
                        .where(IncidentLink.incident_id == iid).order_by(Mention.date_start, Mention.document_id)):
                    print(_mention_line(row, labels, titles))
            print()
            khan = []
            for r in rows:
                body = (r.get("title", "") + " " + r["text"]).lower()
                if any(k in body for k in KHAN) and _label_date(r["labels"]["date"]) in (dt.date(2017, 4, 4), dt.date(2017, 4, 5)) \
                        and r["labels"]["cause_of_death"].startswith("chemical"):
                    khan.append(r["id"])
            where = {}
            for iid, m in members.items():
                for d, _, primary in m:
                    if d in khan and primary:
                        where[d] = iid
            groups = Counter(where.values())
            print(f"Khan Shaykhun chemical attack, 4 April 2017: {len(khan)} articles labelled so; their primary "
                  f"mentions fall in {len(groups)} incident(s): {dict(groups)}; without an incident: "
                  f"{sorted(set(khan) - set(where))}")
            for iid in groups:
                inc = incidents[iid]
                print(f"    {iid}: {inc.date_start} {inc.place_name} {inc.weapons} killed {inc.killed_low}/"
                      f"{inc.killed_best}/{inc.killed_high}, {inc.n_sources} sources")
        store.engine.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
