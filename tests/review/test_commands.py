from __future__ import annotations

from functools import lru_cache

import typer
from sqlalchemy import update
from typer.testing import CliRunner

from harmledger.cli import build_app
from harmledger.review import audit
from harmledger.review.accounts import authenticate, user_for_token
from harmledger.store import Store
from harmledger.store.models import AuditEntry


@lru_cache(maxsize=1)
def _app() -> typer.Typer:
    return build_app()


def test_users_add_tokens_create_and_audit_verify(sqlite_store: Store) -> None:
    runner = CliRunner()
    db = sqlite_store.url
    result = runner.invoke(_app(), ["users", "add", "ana", "--role", "analyst", "--password-stdin", "--db", db],
                           input="a long password\n")
    assert result.exit_code == 0, result.output
    result = runner.invoke(_app(), ["tokens", "create", "ana", "--db", db])
    assert result.exit_code == 0, result.output
    token = result.stdout.strip().splitlines()[-1]
    with sqlite_store.session() as session:
        assert authenticate(session, "ana", "a long password") is not None
        assert user_for_token(session, token) is not None
    result = runner.invoke(_app(), ["audit", "verify", "--db", db])
    assert result.exit_code == 0 and "2 entries verified" in result.stdout

    with sqlite_store.session() as session:
        session.execute(update(AuditEntry).where(AuditEntry.id == 1).values(actor="mallory"))
    result = runner.invoke(_app(), ["audit", "verify", "--db", db])
    assert result.exit_code == 1
    assert "audit entry 1 does not verify" in result.output
    assert "Traceback" not in result.output


def test_unknown_role_is_one_line_error(sqlite_store: Store) -> None:
    result = CliRunner().invoke(_app(), ["users", "add", "x", "--role", "boss", "--password-stdin", "--db",
                                         sqlite_store.url], input="a long password\n")
    assert result.exit_code != 0
    with sqlite_store.session() as session:
        assert audit.verify(session).checked == 0
