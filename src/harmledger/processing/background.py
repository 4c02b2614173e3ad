"""Processing documents in the background of a server: what the web pages and the API upload.

One worker thread per processor runs the same library code as `harmledger process`
(``runner.process_pending``), narrowed to the documents it was given, one document at a time so that
each one's state can be shown, then links once for everything it took. It never runs on the server's
event loop, and every write goes through the ``write`` it is given (the server's serialised, retried
write transactions), so an analyst's correction and a processed upload queue at the database in one order.

The processor remembers only what is in flight: queued, processing, linking, or a failure outside
any one document (the linking failed). Whatever is finished is read from the store (``uploads.states``).
Crash safety comes from the store too: a document is marked processed in the transaction that stores its
mentions, so a server that dies leaves each document processed or still ``ingested``; the next
`harmledger process` picks up the latter, and so does the server's next start (``uploads.unfinished``).
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from collections.abc import Iterable
from dataclasses import dataclass

from ..store import Store
from .runner import Write, process_pending

logger = logging.getLogger(__name__)

QUEUED, PROCESSING, LINKING, FAILED = "queued", "processing", "linking", "failed"


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def first_line(message: str) -> str:
    """The line of an error a page shows (a traceback's last line is in the server log)."""
    lines = [line.strip() for line in message.strip().splitlines() if line.strip()]
    return (lines[0] if lines else "unknown error")[:500]


@dataclass
class Job:
    state: str
    since: dt.datetime
    error: str | None = None


class BackgroundProcessor:
    """A queue of document ids and the one thread that processes them."""

    def __init__(self, store: Store, *, write: Write | None = None) -> None:
        self.store = store
        self.write = write
        self._lock = threading.Condition()
        self._jobs: dict[str, Job] = {}
        self._queue: list[str] = []
        self._thread: threading.Thread | None = None
        self._stopping = False

    def submit(self, ids: Iterable[str]) -> list[str]:
        """Queue documents (a document already queued or in progress is not queued twice); the ids queued."""
        added: list[str] = []
        with self._lock:
            if self._stopping:
                return added
            for doc_id in ids:
                job = self._jobs.get(doc_id)
                if job is not None and job.state != FAILED:
                    continue
                self._jobs[doc_id] = Job(QUEUED, _now())
                self._queue.append(doc_id)
                added.append(doc_id)
            if added:
                self._start()
                self._lock.notify_all()
        return added

    def job(self, doc_id: str) -> Job | None:
        """The in-flight state of a document, or None when the store holds its outcome."""
        with self._lock:
            return self._jobs.get(doc_id)

    def busy(self) -> bool:
        with self._lock:
            return any(job.state != FAILED for job in self._jobs.values())

    def stop(self, timeout: float = 10.0) -> None:
        """Stop after the document in hand; what is still queued stays ``ingested`` for the next start."""
        with self._lock:
            self._stopping = True
            self._lock.notify_all()
            thread = self._thread
        if thread is not None:
            thread.join(timeout)

    def _start(self) -> None:
        if self._thread is None or not self._thread.is_alive():
            # A daemon: a server that must exit is never held up by an extraction (the store stays consistent).
            self._thread = threading.Thread(target=self._run, name="harmledger-background-process", daemon=True)
            self._thread.start()

    def _set(self, doc_id: str, state: str, error: str | None = None) -> None:
        with self._lock:
            self._jobs[doc_id] = Job(state, _now(), error)

    def _run(self) -> None:
        while True:
            with self._lock:
                while not self._queue and not self._stopping:
                    self._lock.wait()
                if self._stopping:
                    return
                batch, self._queue = self._queue, []
            try:
                self._process(batch)
            except BaseException:  # noqa: BLE001 - the thread must go on (or at least say why it ended)
                logger.exception("background processing stopped unexpectedly")
                raise

    def _process(self, batch: list[str]) -> None:
        taken: list[str] = []
        for doc_id in batch:
            with self._lock:
                if self._stopping:
                    return
            self._set(doc_id, PROCESSING)
            taken.append(doc_id)
            try:
                process_pending(self.store, only=[doc_id], link=False, chunk=1, write=self.write)
            except Exception as exc:  # noqa: BLE001 - one document's failure is shown for that document alone
                logger.exception("processing document %s in the background failed", doc_id)
                self._set(doc_id, FAILED, first_line(f"{type(exc).__name__}: {exc}"))
                continue
            # Extracted and stored (or failed, which the store records); linked below with the rest.
            self._set(doc_id, LINKING)
        self._link(taken)

    def _link(self, taken: list[str]) -> None:
        try:
            # No document left to extract (only=()): this is `harmledger process`'s linking step alone.
            report = process_pending(self.store, only=(), link=True, write=self.write)
        except Exception as exc:  # noqa: BLE001 - shown on each document's line; `harmledger link` retries
            logger.exception("linking after background processing failed")
            error = first_line(f"linking failed ({type(exc).__name__}: {exc}); run `harmledger link`")
            with self._lock:
                for doc_id in taken:
                    job = self._jobs.get(doc_id)
                    if job is not None and job.state == LINKING:
                        self._jobs[doc_id] = Job(FAILED, _now(), error)
            return
        logger.info("background processing: %d documents, %d mentions linked, %d new incidents",
                    len(taken), report.linked, report.incidents_created)
        with self._lock:
            for doc_id in taken:
                job = self._jobs.get(doc_id)
                if job is not None and job.state == LINKING:
                    del self._jobs[doc_id]  # done: the store holds the outcome
