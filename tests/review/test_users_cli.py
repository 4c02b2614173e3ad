"""`harmledger users list|add|passwd|deactivate|activate`: what each does to the account, its sessions and
tokens, and the audit entry it leaves."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from harmledger import cli
from harmledger.review.accounts import authenticate, create_user, user_for_token
from harmledger.store import Store
from harmledger.store.models import AuditEntry, User


def _run(store: Store, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, *args: str,
         stdin: str | None = None) -> tuple[int, str, str]:
    """The real entry point (errors become one line there), in this process."""
    monkeypatch.setenv("HARMLEDGER_HOME", str(store.settings.home))
    monkeypatch.setattr("sys.argv", ["harmledger", *args, "--db", store.url])
    if stdin is not None:
        import io

        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    with pytest.raises(SystemExit) as done:
        cli.main()
    out, err = capsys.readouterr()
    return int(done.value.code or 0), out, err


def _entries(store: Store) -> list[AuditEntry]:
    with store.session() as session:
        return list(session.scalars(select(AuditEntry).order_by(AuditEntry.id)))


def _user(store: Store, name: str) -> User:
    with store.session() as session:
        user = session.scalar(select(User).where(User.username == name))
        assert user is not None
        return user


def test_add_with_a_generated_password_prints_it_once_and_it_logs_in(sqlite_store: Store, capsys, monkeypatch) -> None:
    code, out, _ = _run(sqlite_store, capsys, monkeypatch, "users", "add", "admin", "--role", "admin", "--generate-password")
    assert code == 0
    [line] = [line for line in out.splitlines() if line.startswith("Password for 'admin'")]
    password = line.rsplit(": ", 1)[1]
    assert out.count(password) == 1 and "harmledger users passwd admin" in out
    with sqlite_store.session() as session:
        assert authenticate(session, "admin", password) is not None
        user = session.scalar(select(User).where(User.username == "admin"))
        assert user is not None and password not in user.password_hash
    assert [e.action for e in _entries(sqlite_store)] == ["user_add"]


def test_list_shows_name_role_active_created_and_last_login(sqlite_store: Store, capsys, monkeypatch) -> None:
    with sqlite_store.session() as session:
        create_user(session, "zoe", "password-1", "viewer")
        create_user(session, "ana", "password-2", "analyst")
    with sqlite_store.session() as session:
        assert authenticate(session, "ana", "password-2") is not None  # sets the last login
    code, out, _ = _run(sqlite_store, capsys, monkeypatch, "users", "list", "--json")
    rows = json.loads(out)
    assert code == 0 and [r["username"] for r in rows] == ["ana", "zoe"]
    assert rows[0]["role"] == "analyst" and rows[0]["active"] is True and rows[0]["created_at"]
    assert rows[0]["last_login_at"] is not None and rows[1]["last_login_at"] is None
    code, out, _ = _run(sqlite_store, capsys, monkeypatch, "users", "list")
    header, first, second = out.splitlines()
    assert header.split() == ["name", "role", "active", "created", "last", "login"]
    assert first.split()[:3] == ["ana", "analyst", "yes"] and second.split()[-1] == "never"


def test_passwd_from_stdin_changes_the_password_ends_sessions_and_is_audited(sqlite_store: Store, capsys, monkeypatch) -> None:
    with sqlite_store.session() as session:
        create_user(session, "ana", "old-password", "analyst")
    epoch = _user(sqlite_store, "ana").session_epoch
    code, _, err = _run(sqlite_store, capsys, monkeypatch, "users", "passwd", "ana", "--password-stdin", stdin="new-password\n")
    assert code == 0, err
    with sqlite_store.session() as session:
        assert authenticate(session, "ana", "old-password") is None
        assert authenticate(session, "ana", "new-password") is not None
    assert _user(sqlite_store, "ana").session_epoch == epoch + 1
    [entry] = _entries(sqlite_store)
    assert (entry.action, entry.entity_id, entry.actor) == ("user_passwd", "ana", "cli")
    assert "new-password" not in json.dumps(entry.after)


def test_passwd_refuses_a_short_password_and_an_unknown_user(sqlite_store: Store, capsys, monkeypatch) -> None:
    with sqlite_store.session() as session:
        create_user(session, "ana", "old-password", "analyst")
    code, _, err = _run(sqlite_store, capsys, monkeypatch, "users", "passwd", "ana", "--password-stdin", stdin="short\n")
    assert code == 1 and err.startswith("Error: [E070]") and len(err.splitlines()) == 1
    code, _, err = _run(sqlite_store, capsys, monkeypatch, "users", "passwd", "nobody", "--password-stdin", stdin="long-enough\n")
    assert code == 1 and err.startswith("Error: [E022]")
    assert _entries(sqlite_store) == []


def test_deactivate_stops_login_and_tokens_and_activate_lets_the_user_back(sqlite_store: Store, capsys, monkeypatch) -> None:
    with sqlite_store.session() as session:
        create_user(session, "root", "password-0", "admin")
        create_user(session, "ana", "password-1", "analyst")
    code, token, _ = _run(sqlite_store, capsys, monkeypatch, "tokens", "create", "ana")
    token = token.strip()
    with sqlite_store.session() as session:
        assert user_for_token(session, token) is not None
    code, out, _ = _run(sqlite_store, capsys, monkeypatch, "users", "deactivate", "ana")
    assert code == 0 and "1 API token(s) were revoked" in out
    with sqlite_store.session() as session:
        assert authenticate(session, "ana", "password-1") is None
        assert user_for_token(session, token) is None
    code, out, _ = _run(sqlite_store, capsys, monkeypatch, "users", "activate", "ana")
    assert code == 0
    with sqlite_store.session() as session:
        assert authenticate(session, "ana", "password-1") is not None
        assert user_for_token(session, token) is None  # a token revoked with the account stays revoked
    changes = [(e.action, e.before, e.after) for e in _entries(sqlite_store) if e.action == "user_change"]
    assert changes == [("user_change", {"active": True}, {"active": False, "tokens_revoked": 1}),
                       ("user_change", {"active": False}, {"active": True, "tokens_revoked": 0})]


def test_the_last_active_administrator_cannot_be_deactivated(sqlite_store: Store, capsys, monkeypatch) -> None:
    with sqlite_store.session() as session:
        create_user(session, "root", "password-0", "admin")
    code, _, err = _run(sqlite_store, capsys, monkeypatch, "users", "deactivate", "root")
    assert code == 1 and err.startswith("Error: [E072]")
    assert _user(sqlite_store, "root").active


def test_users_commands_on_a_missing_store_create_nothing(tmp_path: Path, capsys, monkeypatch) -> None:
    missing = tmp_path / "nowhere" / "h.sqlite"
    for args in (["users", "list"], ["users", "deactivate", "x"], ["users", "add", "x", "--generate-password"]):
        monkeypatch.setattr("sys.argv", ["harmledger", *args, "--db", str(missing)])
        with pytest.raises(SystemExit) as done:
            cli.main()
        err = capsys.readouterr().err
        assert done.value.code == 1 and err.startswith("Error: [E021]") and "harmledger init" in err
    assert not missing.parent.exists()
