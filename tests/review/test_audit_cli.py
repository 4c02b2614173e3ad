"""`harmledger audit verify` / `audit anchor` and the audit key made by `harmledger init`, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
import re
import stat
from functools import lru_cache
from pathlib import Path

import typer
from sqlalchemy import delete, update
from typer.testing import CliRunner, Result

from harmledger.cli import build_app
from harmledger.review import audit
from harmledger.review._chain import HEAD_KEY, head_value
from harmledger.review.audit_key import session_key
from harmledger.store import Store
from harmledger.store.models import AuditEntry, Meta


@lru_cache(maxsize=1)
def _app() -> typer.Typer:
    return build_app()


def _run(store: Store, *args: str, env: dict[str, str] | None = None) -> Result:
    # The data directory holds the key (for PostgreSQL the CLI finds it through HARMLEDGER_HOME).
    environment = {"HARMLEDGER_HOME": str(store.settings.home), **(env or {})}
    return CliRunner().invoke(_app(), [*args, "--db", store.url], env=environment)


def _fill(store: Store, n: int) -> None:
    for i in range(n):
        with store.session() as session:
            audit.record(session, "ana", "correct", "incident", f"inc_{i}", {"v": i}, {"v": i + 1})


def _head_of(output: str) -> str:
    match = re.search(r"^head: (\d+:[0-9a-f]{64})$", output, flags=re.M)
    assert match, output
    return match.group(1)


def _cut_tail_with_the_key(store: Store, keep: int) -> None:
    with store.session() as session:
        kept = session.get(AuditEntry, keep)
        key = session_key(session, create=False)
        assert kept is not None and key is not None
        session.execute(delete(AuditEntry).where(AuditEntry.id > keep))
        session.execute(update(Meta).where(Meta.key == HEAD_KEY).values(value=head_value(keep, kept.hash, key)))


def test_verify_prints_the_head_and_fails_with_e082_when_an_expected_head_was_cut(store: Store) -> None:
    _fill(store, 3)
    result = _run(store, "audit", "verify")
    assert result.exit_code == 0, result.output
    assert "3 entries verified, signed with key" in result.output
    head = _head_of(result.output)
    _fill(store, 1)
    grown = _run(store, "audit", "verify", "--expect-head", head)
    assert grown.exit_code == 0 and "the expected head is in the log (entry 3)" in grown.output
    only_hash = _run(store, "audit", "verify", "--expect-head", head.split(":")[1])
    assert only_hash.exit_code == 0, only_hash.output

    _cut_tail_with_the_key(store, 2)
    assert _run(store, "audit", "verify").exit_code == 0  # from inside the database the cut cannot be seen
    cut = _run(store, "audit", "verify", "--expect-head", head)
    assert cut.exit_code == 1 and "Traceback" not in cut.output
    lines = cut.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: [E082] the log ends at entry 2")
    bad = _run(store, "audit", "verify", "--expect-head", "not-a-hash")
    assert bad.exit_code == 1 and "[E084]" in bad.output


def test_anchor_file_is_written_once_and_checked_by_verify(store: Store, tmp_path: Path) -> None:
    _fill(store, 2)
    path = tmp_path / "anchor.json"
    result = _run(store, "audit", "anchor", "--output", str(path))
    assert result.exit_code == 0, result.output
    assert f"--anchor {path}" in result.output
    anchor = json.loads(path.read_text())
    with store.session() as session:
        last = session.get(AuditEntry, 2)
        assert last is not None
    assert anchor["format"] == "harmledger-audit-anchor/1" and anchor["seq"] == 2 and anchor["hash"] == last.hash
    assert anchor["anchored_at"].endswith("Z") and anchor["key_id"]
    again = _run(store, "audit", "anchor", "--output", str(path))
    assert again.exit_code == 1 and "[E084]" in again.output and "never overwritten" in again.output

    _fill(store, 2)
    ok = _run(store, "audit", "verify", "--anchor", str(path))
    assert ok.exit_code == 0 and "the anchor anchor.json is in the log (entry 2)" in ok.output
    _cut_tail_with_the_key(store, 1)
    cut = _run(store, "audit", "verify", "--anchor", str(path))
    assert cut.exit_code == 1 and "[E082]" in cut.output and "anchor.json" in cut.output

    path.write_text('{"format": "something else"}')
    assert "[E084]" in _run(store, "audit", "verify", "--anchor", str(path)).output


def test_anchor_of_an_empty_or_broken_log_is_refused(store: Store, tmp_path: Path) -> None:
    empty = _run(store, "audit", "anchor", "--output", str(tmp_path / "a.json"))
    assert empty.exit_code == 1 and "[E084]" in empty.output and not (tmp_path / "a.json").exists()
    _fill(store, 2)
    with store.session() as session:
        session.execute(update(AuditEntry).where(AuditEntry.id == 1).values(actor="mallory"))
    broken = _run(store, "audit", "anchor", "--output", str(tmp_path / "a.json"))
    assert broken.exit_code == 1 and "[E081] audit entry 1 does not verify" in broken.output
    assert not (tmp_path / "a.json").exists()


def test_wrong_key_is_one_line_e083(store: Store) -> None:
    _fill(store, 2)
    result = _run(store, "audit", "verify", env={"HARMLEDGER_AUDIT_KEY": "k" * 48})
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: [E083] audit entry 1 was signed with key")
    assert "wrong key" in lines[0]


def test_init_creates_the_key_file_outside_the_database_and_says_so(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'data' / 'harmledger.sqlite'}"
    runner = CliRunner()
    first = runner.invoke(_app(), ["init", "--db", url], env={"HARMLEDGER_HOME": str(tmp_path / "home")})
    assert first.exit_code == 0, first.output
    key_file = tmp_path / "data" / "audit.key"
    assert f"Audit key created at {key_file}" in first.output
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600 and len(key_file.read_text().strip()) == 64
    second = runner.invoke(_app(), ["init", "--db", url])
    assert second.exit_code == 0 and f"Audit key: {key_file}" in second.output and "created" not in second.output
    named = tmp_path / "secrets" / "harmledger-audit.key"
    third = runner.invoke(_app(), ["init", "--db", url], env={"HARMLEDGER_AUDIT_KEY_FILE": str(named)})
    assert third.exit_code == 0 and f"Audit key created at {named}" in third.output


def test_init_on_postgresql_keeps_the_key_in_the_data_directory(pg_store: Store, tmp_path: Path) -> None:
    home = tmp_path / "pg-home"
    result = CliRunner().invoke(_app(), ["init", "--db", pg_store.url], env={"HARMLEDGER_HOME": str(home)})
    assert result.exit_code == 0, result.output
    assert f"Audit key created at {home.resolve() / 'audit.key'}" in result.output
