"""Starting a real `harmledger serve` for a test and waiting until it answers.

The wait is generous (a loaded machine can take a minute to import and start the server) and polls
/api/health; when the server does not come up, the failure says why, with the end of its stderr (kept
in a file, so a chatty server can never fill a pipe and stall).
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

START_TIMEOUT = float(os.environ.get("HARMLEDGER_TEST_SERVER_TIMEOUT", "120"))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Server:
    proc: subprocess.Popen[bytes]
    base: str
    stderr_path: Path

    def stderr(self) -> str:
        try:
            return self.stderr_path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return ""

    def stop(self) -> None:
        """SIGTERM, as a service manager would; the server must stop by itself within 30 s."""
        if self.proc.poll() is not None:
            return
        self.proc.terminate()
        try:
            self.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(timeout=10)
            pytest.fail(f"harmledger serve ignored SIGTERM for 30 s; its stderr:\n{self.stderr()[-3000:]}")


def start_server(home: Path, *, db: str | None = None, log_dir: Path | None = None,
                 extra_env: dict[str, str] | None = None, extra_args: list[str] | None = None) -> Server:
    """`harmledger serve` over the store in ``home`` (or ``db``), started and answering /api/health."""
    port = free_port()
    env = {**os.environ, "HARMLEDGER_HOME": str(home), **(extra_env or {})}
    env.pop("HARMLEDGER_DB", None)
    args = [sys.executable, "-m", "harmledger.cli", "serve", "--host", "127.0.0.1", "--port", str(port)]
    if db:
        args += ["--db", db]
    args += extra_args or []
    stderr_path = (log_dir or home) / f"serve-{port}.stderr"
    with stderr_path.open("wb") as err:
        proc = subprocess.Popen(args, env=env, stdout=subprocess.DEVNULL, stderr=err)
    server = Server(proc, f"http://127.0.0.1:{port}", stderr_path)
    started = time.monotonic()
    last = "no answer yet"
    while True:
        try:
            r = httpx.get(f"{server.base}/api/health", timeout=5)
            if r.status_code == 200:
                return server
            last = f"/api/health answered {r.status_code}: {r.text[:300]}"
        except httpx.HTTPError as exc:
            last = f"{type(exc).__name__}: {exc}"
        if proc.poll() is not None:
            pytest.fail(f"harmledger serve exited with code {proc.returncode} before answering; "
                        f"its stderr:\n{server.stderr()[-3000:]}")
        waited = time.monotonic() - started
        if waited > START_TIMEOUT:
            proc.kill()
            proc.wait(timeout=10)
            pytest.fail(f"harmledger serve did not answer /api/health within {START_TIMEOUT:.0f} s (last: {last}); "
                        f"its stderr:\n{server.stderr()[-3000:]}")
        time.sleep(0.25)
