"""How the FA-KES development articles link into incidents (reads ../shared beside the checkout; not part of the package).

    .venv/bin/python scripts/eval_linking.py [--data ../shared/data/fakes/dev.jsonl]
                                             [--gold scripts/data/linking_gold.json] [--top 12]

Extracts each article with the project's extractor into a temporary SQLite store (outlet as the
source), links, and prints:

1. The score against the hand-labelled gold (scripts/data/linking_gold.json: clusters of articles
   reporting the same attack as their lead, read from the texts, and singletons that must stay
   apart). Over the pairs of gold articles: a pair is "same event" when the two are in one gold
   cluster and "linked" when their primary mentions are in one incident; pairwise precision and
   recall, then every miss with titles (pairs split apart, pairs wrongly merged). An article whose
   extraction has no primary incident mention counts as an incident of its own (its pairs are split).
   Goals (issue "One attack, one incident, one count"): precision >= 0.9, recall >= 0.7.
2. Reports that emit one figure twice: documents whose incident mentions carry the same killed
   figure (a number > 0 among killed_low/killed_high) in two different incidents, or the same figure
   both in an incident mention and in an aggregate mention. Count and share of all reports, and the
   list. Two different attacks of one report may share a figure: the gold lists those it read in the texts
   ("shared_figures"), and the last line counts the reports left, where one attack's figure is told twice.
   Goal: under 1%.
3. The noisy proxy, as before: how many incident mentions became how many incidents; a pairwise
   precision and recall over all articles' primary mentions against the FA-KES labels; the largest
   incidents with their documents; the incidents whose primary mentions carry labels more than a day
   or a governorate apart, with every linked mention (title, date, place, weapons, toll, why it was
   linked) so a reader can judge each merge; and the Khan Shaykhun check (4 April 2017).

The proxy uses "same FA-KES date within a day and same governorate" for "the same event". It is noisy
in both directions: about one label in five contradicts its article's text (so true merges count as
false positives), and one governorate sees several attacks a day (so pairs of different attacks count
as missed links, pulling recall down). It is a trend to watch; the gold score is the measure.

FA-KES: Abu Salem et al. (2019), ICWSM 13(1), 573-582, doi:10.1609/icwsm.v13i01.3254, CC BY 4.0.
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
from harmledger.extract import main_place
from harmledger.link import link_pending
from harmledger.store import Store
from harmledger.store.mentions import save_extraction
from harmledger.store.models import Document, Incident, IncidentLink, Mention, Source

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "fakes" / "dev.jsonl"
GOLD = Path(__file__).resolve().parent / "data" / "linking_gold.json"
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


def _commit() -> str:
    """The checkout's commit, and a digest of uncommitted changes in src/ (the linker changes often)."""
    import hashlib
    import subprocess

    try:
        head = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True,
                              text=True, check=True).stdout.strip()
        diff = subprocess.run(["git", "-C", str(ROOT), "diff", "HEAD", "--", "src"], capture_output=True, check=True).stdout
        new = subprocess.run(["git", "-C", str(ROOT), "ls-files", "--others", "--exclude-standard", "--", "src"],
                             capture_output=True, text=True, check=True).stdout.split()
    except (OSError, subprocess.CalledProcessError):
        return "an unknown commit"
    if not diff and not new:
        return f"commit {head}"
    digest = hashlib.sha256(diff + b"".join((ROOT / f).read_bytes() for f in new)).hexdigest()[:10]
    return f"commit {head} with uncommitted changes in src/ (sha256 of the diff and new files {digest})"


def load_gold(path: Path) -> tuple[dict[str, str], dict[str, str]]:
    """The gold file's article -> cluster id, and cluster id -> its one-line reason."""
    data = json.loads(path.read_text(encoding="utf-8"))
    cluster_of: dict[str, str] = {}
    reasons: dict[str, str] = {}
    for c in data["clusters"]:
        reasons[c["id"]] = c["reason"]
        for doc_id in c["articles"]:
            if doc_id in cluster_of:
                raise ValueError(f"{path}: article {doc_id} is in two clusters")
            cluster_of[doc_id] = c["id"]
    return cluster_of, reasons


def gold_pairs(cluster_of: dict[str, str], incident_of: dict[str, str]) -> tuple[int, int, int, list[tuple[str, str]],
                                                                                 list[tuple[str, str]]]:
    """Pairwise over the gold articles: (pairs linked, pairs in one gold cluster, pairs both, pairs split,
    pairs wrongly merged). An article with no primary incident mention is an incident of its own."""
    docs = sorted(cluster_of)
    found = {d: incident_of.get(d, f"none:{d}") for d in docs}
    linked = same = both = 0
    split, merged = [], []
    for i, a in enumerate(docs):
        for b in docs[i + 1:]:
            g, f = cluster_of[a] == cluster_of[b], found[a] == found[b]
            linked += f
            same += g
            both += g and f
            if g and not f:
                split.append((a, b))
            elif f and not g:
                merged.append((a, b))
    return linked, same, both, split, merged


APART = "in two incidents in governorates apart"


def repeated_figures(rows: list[tuple[str, str, int | None, int | None, str | None, str | None]]) -> dict[str, list[str]]:
    """Documents that emit one killed figure twice, with what was repeated. `rows`: (document, kind,
    killed_low, killed_high, incident id or None, governorate P-code or None) for every mention that is not
    rejected. Two incidents placed in different governorates are told apart (`APART`): two attacks that share a
    figure, or one attack told twice and placed wrongly once; read them to tell. Both are counted."""
    by_doc: dict[str, list[tuple[str, set[int], str | None, str | None]]] = defaultdict(list)
    for doc_id, kind, low, high, incident, admin1 in rows:
        figures = {x for x in (low, high) if x}
        if figures:
            by_doc[doc_id].append((kind, figures, incident, admin1))
    out: dict[str, list[str]] = {}
    for doc_id, ms in by_doc.items():
        found = []
        for i, (k1, f1, inc1, a1) in enumerate(ms):
            for k2, f2, inc2, a2 in ms[i + 1:]:
                common = sorted(f1 & f2)
                if not common:
                    continue
                if k1 == k2 == "incident" and inc1 and inc2 and inc1 != inc2:
                    found.append(f"killed {common} {APART if a1 and a2 and a1 != a2 else 'in two incidents'}")
                elif {k1, k2} == {"incident", "aggregate"}:
                    found.append(f"killed {common} as incident and aggregate")
        if found:
            out[doc_id] = sorted(set(found))
    return out


def _only_figure(found: list[str], figure: int) -> bool:
    """Every repeat found in a report is of ``figure`` (as ``repeated_figures`` writes them: "killed [2] ...")."""
    return all(r.split("]")[0] == f"killed [{figure}" for r in found)


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
    parser.add_argument("--gold", type=Path, default=GOLD, help="Hand-labelled clusters (default: %(default)s).")
    parser.add_argument("--top", type=int, default=12)
    parser.add_argument("--keep", type=Path, help="Keep the store in this directory (default: a temporary one).")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    try:
        from harmledger.extract import Extractor
    except ImportError:
        print("harmledger.extract.Extractor is not available yet; nothing to evaluate.")
        return 2
    print(f"measured {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC at {_commit()}")
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
                save_extraction(s, doc, ext, version="eval", place_of=main_place)
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

            cluster_of, _ = load_gold(args.gold)
            missing = sorted(d for d in cluster_of if d not in labels)
            if missing:
                print(f"gold articles not in {args.data}: {missing}", file=sys.stderr)
                return 2
            g_linked, g_same, g_both, split, merged = gold_pairs(cluster_of, primary_incident)
            n_clusters = len(set(cluster_of.values()))
            no_primary = sorted(d for d in cluster_of if d not in primary_incident)
            print(f"GOLD ({args.gold.name}): {len(cluster_of)} articles in {n_clusters} hand-labelled clusters "
                  f"({sum(1 for c in set(cluster_of.values()) if list(cluster_of.values()).count(c) > 1)} of 2+ articles); "
                  f"{len(no_primary)} without a linked primary incident mention")
            print(f"GOLD pairwise over primary mentions: precision {g_both / g_linked if g_linked else 1.0:.3f} "
                  f"({g_both}/{g_linked} linked pairs), recall {g_both / g_same if g_same else 1.0:.3f} "
                  f"({g_both}/{g_same} gold pairs); goals P >= 0.9, R >= 0.7")

            def _t(d: str) -> str:
                return f"{d} {(titles[d][0] or '')[:70]!r}"

            lead = {d: f"{start or 'no date'} ({prec or '-'}), {place or a1 or 'no place'}, killed {killed}"
                    for d, start, prec, place, a1, killed in s.execute(
                        select(Mention.document_id, Mention.date_start, Mention.date_precision, Mention.place_name,
                               Mention.admin1, Mention.killed_low)
                        .where(Mention.kind == "incident", Mention.is_primary.is_(True)))}
            split_by: dict[str, int] = Counter(cluster_of[a] for a, _ in split)
            print(f"  pairs split ({len(split)}), by gold cluster: each incident its primary mentions fell into")
            for cid in sorted(split_by, key=lambda c: -split_by[c]):
                print(f"    {cid}: {split_by[cid]} pairs split")
                parts: dict[str, list[str]] = defaultdict(list)
                for d in sorted(x for x in cluster_of if cluster_of[x] == cid):
                    parts[primary_incident.get(d, f"no primary mention ({d})")].append(d)
                for inc_id, ds in parts.items():
                    for j, d in enumerate(ds):
                        print(f"      {inc_id if j == 0 else '':18} {_t(d)}  lead: {lead.get(d, '-')}")
            print(f"  pairs wrongly merged ({len(merged)}):")
            for a, b in merged:
                print(f"    {primary_incident[a]} [{cluster_of[a]} / {cluster_of[b]}]")
                print(f"        {_t(a)}  lead: {lead.get(a, '-')}")
                print(f"        {_t(b)}  lead: {lead.get(b, '-')}")

            mention_rows = [(d, k, lo, hi, inc, a) for d, k, lo, hi, inc, a in s.execute(
                select(Mention.document_id, Mention.kind, Mention.killed_low, Mention.killed_high, IncidentLink.incident_id,
                       Mention.admin1_pcode)
                .outerjoin(IncidentLink, IncidentLink.mention_id == Mention.id)
                .where(Mention.rejected.is_(False)))]
            repeats = repeated_figures(mention_rows)
            big = sum(1 for d in repeats if any(int(x) >= 5 for r in repeats[d] for x in r.split("[")[1].split("]")[0].split(", ")))
            print(f"REPORTS REPEATING A FIGURE: {len(repeats)} of {len(rows)} reports ({len(repeats) / len(rows):.1%}); "
                  f"goal under 1% ({big} with a repeated figure of 5 or more, less likely a coincidence of two "
                  f"small attacks)")
            apart = sum(1 for d in repeats if all(APART in r for r in repeats[d]))
            print(f"  of which {apart} only in governorates apart (two attacks sharing a figure, or one placed wrongly once)")
            shared = json.loads(args.gold.read_text(encoding="utf-8")).get("shared_figures", {})
            for d in sorted(repeats):
                label = shared.get(d)
                note = f"  [gold: two attacks: {label['attacks']}]" if label and _only_figure(repeats[d], label["figure"]) else ""
                print(f"    {_t(d)}: {'; '.join(repeats[d])}{note}")
            told_twice = [d for d in repeats if not (d in shared and _only_figure(repeats[d], shared[d]["figure"]))]
            print(f"REPORTS TELLING ONE ATTACK'S FIGURE TWICE (the repeats less the {len(repeats) - len(told_twice)} the gold reads as two "
                  f"attacks sharing a figure): {len(told_twice)} of {len(rows)} ({len(told_twice) / len(rows):.1%}); goal under 1%")
            print()

            prec_, rec_, n_linked, n_proxy = pairwise(primary_incident, labels)
            print(f"NOISY PROXY (FA-KES labels, not the gold): {len(rows)} articles; {n_incident_mentions} incident "
                  f"mentions ({n_primary} primary) -> {len(incidents)} incidents ({report.seconds:.1f}s to link); "
                  f"pairwise over primary mentions vs FA-KES labels (date +-1 day, same governorate; see the docstring): "
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
