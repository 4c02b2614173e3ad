"""CPU of one analyst's correction (PATCH /api/incidents/ID's work), in process, on a store built as load.py builds it.

    .venv/bin/python benchmarks/write_cpu.py [--db sqlite|postgres] [--incidents 100000] [--writes 300] [--profile]

Runs ``--writes`` corrections (each writer field of load.py in turn, on incidents of its shared pool) through
`api.writes.run_write` and what the route does (`actions.correct`, `incident_summary`), one after another in this
thread, and prints the process CPU per write (the server's cost, without HTTP). ``--profile``: cProfile's top 30;
``--full-recompute``: each correction through `link.recompute_incident` (the path before issue 17).
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import random
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from load import PG_ADMIN, WRITE_POOL, WRITER_FIELDS, generate  # noqa: E402
from sqlalchemy import create_engine, text  # noqa: E402

from harmledger._config import Settings  # noqa: E402
from harmledger.api.queries import incident_summary  # noqa: E402
from harmledger.api.writes import run_write  # noqa: E402
from harmledger.review import actions  # noqa: E402
from harmledger.review.accounts import hash_password  # noqa: E402
from harmledger.review.fields import Correction  # noqa: E402
from harmledger.store import Store  # noqa: E402
from harmledger.store.models import User  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", default="sqlite")
    parser.add_argument("--incidents", type=int, default=100_000)
    parser.add_argument("--writes", type=int, default=300)
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--full-recompute", action="store_true",
                        help="corrections through link.recompute_incident, as before issue 17 (for comparison)")
    args = parser.parse_args()
    if args.full_recompute:
        from harmledger.link import recompute_incident

        actions.refresh = lambda session, incident: recompute_incident(session, incident.id)  # type: ignore[attr-defined]
    tmp = Path(tempfile.mkdtemp(prefix="harmledger-wcpu-"))
    url = None
    if args.db == "postgres":
        name = f"harmledger_wcpu_{uuid.uuid4().hex[:8]}"
        admin = create_engine(PG_ADMIN.replace("postgresql://", "postgresql+psycopg://", 1), isolation_level="AUTOCOMMIT")
        with admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
        url = PG_ADMIN.rsplit("/", 1)[0] + "/" + name
    store = Store(url, settings=Settings(home=tmp, db=url))
    store.init()
    generate(store, args.incidents)
    with store.session() as session:
        session.add(User(username="analyst0", password_hash=hash_password("benchmark-pass-123"), role="analyst",
                         active=True))
    rng = random.Random(5)

    def one(seq: int) -> None:
        field = WRITER_FIELDS[seq % len(WRITER_FIELDS)]
        body = {field: f"Corrected {seq}" if field == "place_name" else 10_000 + seq, "reason": "write cpu benchmark"}
        if field == "place_name":
            body.update(lat=35.0 + seq % 100 / 100, lon=38.0)
        correction = Correction.model_validate(body)
        iid = f"inc_{rng.randrange(WRITE_POOL):012x}"

        def work(session):  # type: ignore[no-untyped-def]
            user = session.query(User).filter_by(username="analyst0").one()
            return incident_summary(actions.correct(session, user, iid, correction))

        run_write(store, work)

    for seq in range(WRITE_POOL):  # every pool incident corrected once: later writes are the steady state
        one(seq)
    profiler = cProfile.Profile() if args.profile else None
    cpu, wall = time.process_time(), time.perf_counter()
    if profiler:
        profiler.enable()
    for seq in range(args.writes):
        one(WRITE_POOL + seq)
    if profiler:
        profiler.disable()
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    print(f"{args.db}{' (full recompute)' if args.full_recompute else ''}: {args.writes} corrections, CPU {cpu / args.writes * 1000:.2f} ms per write, "
          f"wall {wall / args.writes * 1000:.2f} ms per write")
    if profiler:
        stats = pstats.Stats(profiler).sort_stats("cumulative")
        stats.print_stats(30)
        stats.print_callees("recompute_many|actions.py.*correct|recompute_incident|refresh_incident")
    store.engine.dispose()
    if url is not None:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE "{url.rsplit("/", 1)[1]}" WITH (FORCE)'))


if __name__ == "__main__":
    main()
