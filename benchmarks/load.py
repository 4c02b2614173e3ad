"""Load benchmark: concurrent readers and analysts' corrections against a real `harmledger serve`.

    .venv/bin/python benchmarks/load.py [--db sqlite,postgres] [--incidents 100000] [--readers 100]
        [--writers 10] [--duration 60] [--think 0] [--workers 1,2]

For each database: a store of ``--incidents`` incidents (bulk-inserted) and a few hundred reports,
`harmledger serve` (``--workers``: its processes; several values run one after another), then for ``--duration`` seconds ``--readers`` clients reading
(incident lists and filters, incident pages, search, statistics, map, facets) and ``--writers`` analysts
each saving corrections (PATCH /api/incidents/ID) one after another, every one on its own field of
incidents drawn from a shared pool, so that writers collide on the same incidents. ``--think`` is a
reader's mean pause between two requests (default 1 s, like a person reading; 0: each reader sends its
next request as soon as it has the answer, when latency is just readers / throughput by Little's law).
The writers never pause. ``--cache-reuse 0,10`` runs each database once per value of the server's
HARMLEDGER_CACHE_REUSE_SECONDS (default 0: every read exact).

Prints requests/s, p50/p95/p99 latency and errors for reads and for writes (and per read kind), then
checks that every write landed: the last value each writer saved is on each incident it corrected (no
lost update), the audit log has one entry per accepted write, and `harmledger audit verify` passes.
Writes the report to benchmarks/results/load.txt. The load generator runs on the same machine as the
server (traffic to 127.0.0.1 only), so on a small machine it takes some of the server's CPU: its
clients are plain HTTP/1.1 over asyncio streams (one keep-alive connection each, ``Client`` below),
which cost about 0.4 ms of CPU per request where httpx's cost 5.3 ms, and its own CPU time is reported.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import hashlib
import json
import os
import random
import subprocess
import sys
import tempfile
import time
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

from _incidents import GOVERNORATES, WEAPONS, insert_incidents
from sqlalchemy import create_engine, func, insert, select, text

from harmledger._config import Settings
from harmledger.review.accounts import create_token, hash_password
from harmledger.store import Store
from harmledger.store.models import AuditEntry, Document, Incident, User

RESULTS = Path(__file__).resolve().parent / "results" / "load.txt"
PG_ADMIN = os.environ.get("HARMLEDGER_BENCH_PG", "postgresql://postgres@127.0.0.1:5432/postgres")
# One field per writer: the last value a writer saved must be what the incident shows at the end.
WRITER_FIELDS = ["killed_best", "injured_best", "civilians_killed", "children_killed", "women_killed",
                 "killed_low", "killed_high", "injured_low", "injured_high", "place_name"]
SETTLE = 10  # seconds after which the reads are shown apart
WRITE_POOL = 500  # incidents the writers correct (shared, so writers collide)
DOCUMENTS = 300
WORDS = ("shelling market hospital school bakery strike killed injured civilians children women village "
         "town district convoy camp displaced rescue workers reported source observatory").split()


# --- the store -------------------------------------------------------------------------------------------

def generate(store: Store, n: int, seed: int = 7) -> float:
    """``n`` incidents and DOCUMENTS reports, inserted in batches; the seconds it took."""
    rng = random.Random(seed)
    names = list(GOVERNORATES)
    day0 = dt.date(2012, 1, 1)
    start = time.perf_counter()
    with store.session() as session:
        insert_incidents(session, n, rng)
        docs = []
        for i in range(DOCUMENTS):
            title = f"Report {i} from {rng.choice(names)}"
            body = " ".join(rng.choice(WORDS) for _ in range(200))
            text_ = f"{title}\n\n{body}"
            digest = hashlib.sha256(text_.encode()).hexdigest()
            docs.append({"id": f"doc_{i:05d}", "sha256": digest, "text_sha256": digest, "title": title, "text": text_,
                         "body_offset": len(title) + 2, "published": day0 + dt.timedelta(days=i),
                         "origin": "benchmark", "media_type": "text/plain", "size": len(text_), "restricted": False,
                         "status": "processed", "meta": {}})
        session.execute(insert(Document), docs)
    return time.perf_counter() - start


def make_writers(store: Store, writers: int) -> list[str]:
    """One analyst account and API token per writer."""
    password = hash_password("benchmark-pass-123")
    tokens = []
    with store.session() as session:
        for w in range(writers):
            user = User(username=f"analyst{w}", password_hash=password, role="analyst", active=True)
            session.add(user)
            session.flush()
            tokens.append(create_token(session, user, "load"))
    return tokens


# --- the load --------------------------------------------------------------------------------------------

class Client:
    """One keep-alive HTTP/1.1 connection to the server, as a browser holds one: a request and its whole
    answer at a time. Sends what httpx sent (Accept-Encoding: gzip, so the map comes compressed) and
    reads the body whole without decoding it; opened again when the server closed it."""

    def __init__(self, base: str, timeout: float = 120) -> None:
        host, _, port = base.removeprefix("http://").partition(":")
        self.host, self.port, self.timeout = host, int(port or 80), timeout
        self._streams: tuple[asyncio.StreamReader, asyncio.StreamWriter] | None = None

    async def request(self, method: str, path: str, body: Any = None, headers: dict[str, str] | None = None) -> tuple[int, str]:
        """(status, the answer's first 200 characters)."""
        return await asyncio.wait_for(self._request(method, path, body, headers or {}), self.timeout)

    async def _request(self, method: str, path: str, body: Any, headers: dict[str, str]) -> tuple[int, str]:
        data = json.dumps(body).encode() if body is not None else b""
        # Spaces and other characters a URL cannot hold, escaped as httpx escaped them.
        head = [f"{method} {quote(path, safe='/?&=%:,+')} HTTP/1.1", f"Host: {self.host}:{self.port}", "Accept: */*",
                "Accept-Encoding: gzip, deflate", *(f"{k}: {v}" for k, v in headers.items())]
        if body is not None:
            head += ["Content-Type: application/json", f"Content-Length: {len(data)}"]
        message = ("\r\n".join(head) + "\r\n\r\n").encode() + data
        for attempt in (0, 1):
            reused = self._streams is not None
            if self._streams is None:
                self._streams = await asyncio.open_connection(self.host, self.port)
            reader, writer = self._streams
            try:
                writer.write(message)
                return await self._answer(reader)
            except (ConnectionError, asyncio.IncompleteReadError):
                self.close()
                if attempt or not reused:  # a kept connection the server had closed: once more on a new one
                    raise
        raise AssertionError("unreachable")

    async def _answer(self, reader: asyncio.StreamReader) -> tuple[int, str]:
        lines = (await reader.readuntil(b"\r\n\r\n")).decode("latin-1").split("\r\n")
        status = int(lines[0].split(" ", 2)[1])
        fields = {k.strip().lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:] if line)}
        if fields.get("transfer-encoding", "").lower() == "chunked":
            body = b""
            while size := int((await reader.readuntil(b"\r\n")).split(b";")[0], 16):
                body += (await reader.readexactly(size + 2))[:-2]
            await reader.readuntil(b"\r\n")
        else:
            body = await reader.readexactly(int(fields.get("content-length", "0")))
        if fields.get("connection", "").lower() == "close":
            self.close()
        return status, body[:200].decode("utf-8", "replace") if status != 200 else ""

    def close(self) -> None:
        if self._streams is not None:
            self._streams[1].close()
            self._streams = None


@dataclass
class Record:
    reads: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    timeline: list[tuple[float, float, bool]] = field(default_factory=list)  # (when a read ended, its latency, ok)
    read_errors: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    writes: list[float] = field(default_factory=list)
    write_errors: dict[int, int] = field(default_factory=lambda: defaultdict(int))
    # writer -> incident -> the last value the server accepted
    landed: dict[int, dict[str, Any]] = field(default_factory=lambda: defaultdict(dict))
    error_samples: list[str] = field(default_factory=list)
    start: float = 0.0


def read_path(rng: random.Random, n: int) -> tuple[str, str]:
    """A reader's next request: (kind, path)."""
    roll = rng.random()
    if roll < 0.30:
        choice = rng.random()
        if choice < 0.4:
            return "list", f"/api/incidents?limit=50&offset={rng.randrange(0, 2000, 50)}"
        if choice < 0.7:
            return "list", f"/api/incidents?limit=50&admin1={rng.choice(list(GOVERNORATES))}"
        return "list", f"/api/incidents?limit=50&weapon={rng.choice(WEAPONS)}&date_from=2015-01-01&date_to=2016-12-31"
    if roll < 0.35:
        return "list q", f"/api/incidents?limit=20&q=Place%20{rng.randrange(5000)}"
    if roll < 0.65:
        return "detail", f"/api/incidents/inc_{rng.randrange(n):012x}"
    if roll < 0.75:
        return "search", f"/api/search?q={rng.choice(WORDS)}&limit=20"
    if roll < 0.85:
        return "stats", rng.choice(["/api/stats", "/api/stats?admin1=Aleppo", "/api/stats?period=year"])
    if roll < 0.95:
        return "map", rng.choice(["/api/map?limit=2000", "/api/map?admin1=Idlib&limit=2000"])
    return "facets", "/api/facets"


async def reader(client: Client, seed: int, n: int, until: float, think: float, rec: Record) -> None:
    rng = random.Random(seed)
    # People do not all click in the same millisecond: each reader's first request comes at a random
    # moment of the first pause (a herd of 100 cold requests at once measured the start, not the load).
    await asyncio.sleep(rng.uniform(0, think))
    while time.monotonic() < until:
        kind, path = read_path(rng, n)
        t = time.perf_counter()
        try:
            status, text_ = await client.request("GET", path)
            ok = status == 200
            if not ok and len(rec.error_samples) < 5:
                rec.error_samples.append(f"GET {path}: {status} {text_}")
        except (OSError, ValueError, asyncio.IncompleteReadError, TimeoutError) as exc:
            ok = False
            if len(rec.error_samples) < 5:
                rec.error_samples.append(f"GET {path}: {type(exc).__name__} {exc}")
        rec.reads[kind].append(time.perf_counter() - t)
        rec.timeline.append((time.monotonic(), rec.reads[kind][-1], ok))
        if not ok:
            rec.read_errors[kind] += 1
        if think:
            await asyncio.sleep(rng.uniform(0.5 * think, 1.5 * think))


async def writer(client: Client, w: int, token: str, until: float, rec: Record) -> None:
    rng = random.Random(1000 + w)
    name = WRITER_FIELDS[w % len(WRITER_FIELDS)]
    seq = 0
    headers = {"Authorization": f"Bearer {token}"}
    while time.monotonic() < until:
        seq += 1
        incident = f"inc_{rng.randrange(WRITE_POOL):012x}"
        value: Any = f"Corrected {w}-{seq}" if name == "place_name" else 10_000 + seq
        t = time.perf_counter()
        try:
            body = {name: value, "reason": "load benchmark"}
            if name == "place_name":
                body.update(lat=35.0 + seq % 100 / 100, lon=38.0)  # a place not in the gazetteer needs its point
            status, text_ = await client.request("PATCH", f"/api/incidents/{incident}", body, headers)
            if status != 200 and len(rec.error_samples) < 5:
                rec.error_samples.append(f"PATCH {incident}: {status} {text_}")
        except (OSError, ValueError, asyncio.IncompleteReadError, TimeoutError) as exc:
            status = -1
            if len(rec.error_samples) < 5:
                rec.error_samples.append(f"PATCH {incident}: {type(exc).__name__} {exc}")
        rec.writes.append(time.perf_counter() - t)
        if status == 200:
            rec.landed[w][incident] = value
        else:
            rec.write_errors[status] += 1


async def load(base: str, tokens: list[str], readers: int, n: int, duration: float, think: float) -> tuple[Record, float]:
    rec = Record()
    # One connection per client, as before (httpx's pool held one per concurrent request). A reader pauses
    # at most 1.5 times --think between requests, well within the server's keep-alive timeout (5 s); a
    # connection the server closed anyway is opened again.
    warm = Client(base)
    for path in ("/api/stats", "/api/map?limit=2000", "/api/facets", "/api/search?q=market", "/api/incidents?q=warm"):
        await warm.request("GET", path)  # warm the caches and the search index once, untimed
    warm.close()
    clients = [Client(base) for _ in range(readers + len(tokens))]
    start = rec.start = time.monotonic()
    until = start + duration
    try:
        await asyncio.gather(*(reader(clients[r], r, n, until, think, rec) for r in range(readers)),
                             *(writer(clients[readers + w], w, tokens[w], until, rec) for w in range(len(tokens))))
    finally:
        for client in clients:
            client.close()
    elapsed = time.monotonic() - start
    return rec, elapsed


# --- checking and reporting ------------------------------------------------------------------------------

def lost_writes(store: Store, rec: Record) -> int:
    lost = 0
    with store.session() as session:
        for w, incidents in rec.landed.items():
            name = WRITER_FIELDS[w % len(WRITER_FIELDS)]
            for incident_id, value in incidents.items():
                incident = session.get(Incident, incident_id)
                if incident is None or (incident.overrides or {}).get(name) != value:
                    lost += 1
    return lost


def audit_verify(home: Path, db: str | None) -> str:
    env = {**os.environ, "HARMLEDGER_HOME": str(home)}
    env.pop("HARMLEDGER_DB", None)
    args = [sys.executable, "-m", "harmledger.cli", "audit", "verify"] + (["--db", db] if db else [])
    done = subprocess.run(args, env=env, capture_output=True, text=True, timeout=600)
    out = (done.stdout + done.stderr).strip().splitlines()
    return ("ok: " if done.returncode == 0 else f"FAILED ({done.returncode}): ") + (out[-1] if out else "")


def _stat(pid: int | str) -> list[str] | None:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None


def cpu_seconds(pid: int) -> float:
    """CPU time (user and system) a process and its live descendants (`serve --workers`) have used so far
    (Linux /proc; 0 elsewhere)."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir() if Path("/proc").is_dir() else ():
        if entry.name.isdigit() and (fields := _stat(entry.name)) is not None:
            parents[int(entry.name)] = int(fields[1])
    tree, grew = {pid}, True
    while grew:
        more = {child for child, parent in parents.items() if parent in tree} - tree
        tree |= more
        grew = bool(more)
    total = 0
    for member in tree:
        fields = _stat(member)
        if fields is not None:
            total += int(fields[11]) + int(fields[12])
    return total / os.sysconf("SC_CLK_TCK")


def pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, int(round(q * len(ordered))) - 1))] * 1000


def row(name: str, values: list[float], errors: int, elapsed: float) -> str:
    return (f"{name:<14} {len(values):>8} {len(values) / elapsed:>8.1f} {pct(values, 0.5):>8.1f} "
            f"{pct(values, 0.95):>8.1f} {pct(values, 0.99):>8.1f} {errors:>7}")


def run_one(db: str, reuse: str, workers: int, args: argparse.Namespace) -> list[str]:
    tmp = Path(tempfile.mkdtemp(prefix="harmledger-load-"))
    pg_url = pg_name = None
    if db == "postgres":
        pg_name = f"harmledger_load_{uuid.uuid4().hex[:8]}"
        admin = create_engine(PG_ADMIN.replace("postgresql://", "postgresql+psycopg://", 1), isolation_level="AUTOCOMMIT")
        with admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{pg_name}"'))
        pg_url = PG_ADMIN.rsplit("/", 1)[0] + "/" + pg_name
    store = Store(pg_url, settings=Settings(home=tmp, db=pg_url))
    store.init()
    gen = generate(store, args.incidents)
    tokens = make_writers(store, args.writers)
    with store.session() as session:
        audit_before = session.scalar(select(func.count()).select_from(AuditEntry)) or 0
    store.engine.dispose()

    # The test suite's start: waits for /api/health, and says why (its stderr) when the server does not come up.
    from tests.web.serverproc import start_server

    server = start_server(tmp, db=pg_url, extra_env={"HARMLEDGER_CACHE_REUSE_SECONDS": reuse},
                          extra_args=["--workers", str(workers)])
    try:
        cpu_before, own_before = cpu_seconds(server.proc.pid), time.process_time()
        rec, elapsed = asyncio.run(load(server.base, tokens, args.readers, args.incidents, args.duration, args.think))
        server_cpu = cpu_seconds(server.proc.pid) - cpu_before
        generator_cpu = time.process_time() - own_before
    finally:
        server.stop()
    accepted = len(rec.writes) - sum(rec.write_errors.values())
    lost = lost_writes(store, rec)
    with store.session() as session:
        audit_entries = (session.scalar(select(func.count()).select_from(AuditEntry)) or 0) - audit_before
    verified = audit_verify(tmp, pg_url)
    store.engine.dispose()
    if pg_name:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{pg_name}" WITH (FORCE)'))
        admin.dispose()

    all_reads = [x for v in rec.reads.values() for x in v]
    read_errors = sum(rec.read_errors.values())
    lines = [f"-- {db}: {args.incidents:,} incidents (generated in {gen:.1f} s), {args.readers} readers "
             f"(think {args.think:g} s), {args.writers} writers, {elapsed:.0f} s; server: {workers} process"
             f"{'es' if workers > 1 else ''}, HARMLEDGER_CACHE_REUSE_SECONDS={reuse}",
             f"{'':<14} {'requests':>8} {'req/s':>8} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'errors':>7}",
             row("reads", all_reads, read_errors, elapsed),
             row("writes", rec.writes, sum(rec.write_errors.values()), elapsed)]
    for kind in ("list", "list q", "detail", "search", "stats", "map", "facets"):
        lines.append(row(f"  read {kind}", rec.reads.get(kind, []), rec.read_errors.get(kind, 0), elapsed))
    # The same reads less those that ended in the first SETTLE seconds (the caches fill as the first
    # readers ask): the steady state, shown beside the whole run, never instead of it.
    settled = [(latency, ok) for ended, latency, ok in rec.timeline if ended - rec.start >= SETTLE]
    lines.append(row(f"reads after {SETTLE} s", [latency for latency, _ in settled], sum(not ok for _, ok in settled),
                     max(elapsed - SETTLE, 1)))
    served = len(all_reads) + len(rec.writes)
    load1 = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    lines.append(f"server CPU (all its processes) {server_cpu:.1f} s in {elapsed:.0f} s ({server_cpu / elapsed:.0%} of one core, "
                 f"{1000 * server_cpu / max(1, served):.1f} ms per request); load generator CPU {generator_cpu:.1f} s "
                 f"({1000 * generator_cpu / max(1, served):.1f} ms per request); machine load average at the end {load1:.1f}")
    statuses = ", ".join(f"{k}: {v}" for k, v in sorted(rec.write_errors.items())) or "none"
    lines += [f"writes accepted {accepted}, refused by status {statuses}; lost writes {lost}; "
              f"audit entries added {audit_entries} (expected {accepted}); audit verify {verified}"]
    lines += [f"  sample error: {s}" for s in rec.error_samples]
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", default="sqlite,postgres", help="sqlite, postgres or both (comma-separated)")
    parser.add_argument("--incidents", type=int, default=100_000)
    parser.add_argument("--readers", type=int, default=100)
    parser.add_argument("--writers", type=int, default=10)
    parser.add_argument("--duration", type=float, default=60, help="seconds of load per database")
    parser.add_argument("--cache-reuse", default="0",
                        help="server HARMLEDGER_CACHE_REUSE_SECONDS values to run with, comma-separated (e.g. 0,10)")
    parser.add_argument("--workers", default="1",
                        help="`harmledger serve --workers` values to run with, comma-separated (e.g. 1,2)")
    parser.add_argument("--out", type=Path, default=RESULTS, help="where the report is written")
    parser.add_argument("--think", type=float, default=1.0,
                        help="a reader's mean pause between requests, seconds (0: back to back)")
    args = parser.parse_args()
    if args.writers > len(WRITER_FIELDS):
        parser.error(f"at most {len(WRITER_FIELDS)} writers (one field each)")
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    lines = [f"harmledger load benchmark, {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC; `harmledger serve` "
             f"(uvicorn) and the load generator on the same {os.cpu_count()}-core machine",
             "reads: incident lists (paged, by governorate, by weapon and years) 30%, list by place text (q=) 5%, incident pages "
             "30%, search 10%, stats 10%, map 10%, facets 5%; "
             f"writes: PATCH /api/incidents/ID on {WRITE_POOL} shared incidents"]
    for db in [d.strip() for d in args.db.split(",") if d.strip()]:
        for reuse in [r.strip() for r in args.cache_reuse.split(",") if r.strip()]:
            for workers in [int(w) for w in args.workers.split(",") if w.strip()]:
                section = run_one(db, reuse, workers, args)
                print("\n".join(section), flush=True)
                lines += section
    text_ = "\n".join(lines) + "\n"
    print("\n" + text_, end="")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("a", encoding="utf-8") as out:  # earlier runs stay: before and after side by side
        out.write(("\n" if args.out.stat().st_size else "") + text_)
    return 0


if __name__ == "__main__":
    sys.exit(main())
