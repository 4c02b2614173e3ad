"""`harmledger audit verify|anchor`, `harmledger users list|add|passwd|deactivate|activate`, `harmledger tokens create`; the audit key at `init`."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from .._errors import HarmledgerError
from ..cli import DbOption, JsonOption, fail
from ..plugins import hookimpl
from .roles import ROLES  # not from accounts: registering the commands must not load the ORM

if TYPE_CHECKING:
    from ..store.db import Store


def _iso(value: dt.datetime | None) -> str | None:
    return value.isoformat(timespec="seconds") if value is not None else None


@hookimpl
def store_initialised(store: Store) -> str:
    """`harmledger init` makes the audit key (outside the database) when there is none, and says where."""
    from .audit_key import ENV_KEY, key_path, load_key

    path = key_path(store.settings, store.engine.url.database, store.dialect)
    key, created = load_key(store.settings, path, create=True)
    assert key is not None  # create=True
    if created:
        return (f"Audit key created at {path} (mode 0600, key {key.key_id}): it signs the audit log. Keep it outside "
                "the database and back it up; without it the log's signatures cannot be checked.")
    return f"Audit key: {ENV_KEY if key.source == ENV_KEY else path} (key {key.key_id})."


@hookimpl
def register_commands(app: typer.Typer) -> None:

    audit_app = typer.Typer(help="Check the audit log.", no_args_is_help=True)
    users_app = typer.Typer(help="Manage user accounts.", no_args_is_help=True)
    tokens_app = typer.Typer(help="Manage API tokens for scripts.", no_args_is_help=True)

    @audit_app.command("verify")
    def audit_verify(
        expect_head: Annotated[str | None, typer.Option(
            "--expect-head", metavar="[ENTRY:]HASH",
            help="A head recorded elsewhere (the `head:` line of an earlier run); fail if the log no longer has it.")] = None,
        anchor: Annotated[Path | None, typer.Option(
            "--anchor", metavar="FILE", help="An anchor file written by `audit anchor`; fail if the log no longer has its head.")] = None,
        require_signed: Annotated[bool, typer.Option(
            "--require-signed", help="Fail on unsigned (legacy) entries too.")] = False,
        db: DbOption = None,
    ) -> None:
        """Recompute the hash chain and each entry's signature, and print the head; exit 1 naming the first
        entry that does not verify, or when the log has lost a head recorded elsewhere. What each check
        protects against: docs/audit.md."""
        from ..store.db import open_store
        from . import audit
        from .audit_anchor import parse_expected_head, read_anchor

        if expect_head and anchor:
            raise fail("give --expect-head or --anchor, not both", code=2)
        try:
            expected = parse_expected_head(expect_head) if expect_head else read_anchor(anchor) if anchor else None
        except HarmledgerError as exc:
            raise fail(exc) from exc
        store = open_store(db)
        with store.session() as session:
            result = audit.verify(session, expected=expected, require_signed=require_signed)
        if not result.ok:
            raise fail(result.error())
        typer.echo(result.line())
        typer.echo(result.head_line())
        if expected is not None:
            typer.echo(f"{expected.source} is in the log" + (f" (entry {expected.seq})." if expected.seq else "."))

    @audit_app.command("anchor")
    def audit_anchor(
        output: Annotated[Path | None, typer.Option(
            "--output", "-o", metavar="FILE", help="Where to write the anchor (default: audit-anchor-ENTRY.json here); never overwritten.")] = None,
        db: DbOption = None,
    ) -> None:
        """Verify the log, then write its head (entry number, hash, time) to a file to publish or timestamp."""
        from ..store.db import open_store
        from . import audit
        from .audit_anchor import anchor_document, write_anchor

        store = open_store(db)
        with store.session() as session:
            result = audit.verify(session)
            if not result.ok:
                raise fail(result.error())
            try:
                document = anchor_document(session, result)
            except HarmledgerError as exc:
                raise fail(exc) from exc
        path = output or Path(f"audit-anchor-{result.head_id}.json")
        try:
            write_anchor(path, document)
        except HarmledgerError as exc:
            raise fail(exc) from exc
        typer.echo(f"Anchored audit entry {result.head_id} ({result.head_hash}) in {path}.")
        typer.echo(f"Publish or timestamp that file; check the log against it with `harmledger audit verify --anchor {path}`.")

    def read_password(password_stdin: bool) -> str:
        if password_stdin:
            return sys.stdin.readline().rstrip("\r\n")
        return str(typer.prompt("Password", hide_input=True, confirmation_prompt=True))

    @users_app.command("add")
    def users_add(
        username: Annotated[str, typer.Argument(help="The login name.")],
        role: Annotated[str, typer.Option("--role", help=f"One of {', '.join(ROLES)}.")] = "viewer",
        password_stdin: Annotated[bool, typer.Option("--password-stdin", help="Read the password from stdin.")] = False,
        generate_password: Annotated[bool, typer.Option(
            "--generate-password", help="Make up a random password and print it once (it is stored nowhere else).")] = False,
        db: DbOption = None,
    ) -> None:
        """Add a user (administrator, analyst or viewer). The password is asked for, read from stdin, or made up."""
        from ..store.db import open_store
        from . import audit
        from .accounts import create_user
        from .accounts import generate_password as make_password

        if role not in ROLES:
            raise fail(f"unknown role {role!r}; use one of {', '.join(ROLES)}", code=2)
        if password_stdin and generate_password:
            raise fail("give --password-stdin or --generate-password, not both", code=2)
        store = open_store(db)  # before the prompt: no password is asked for a store that is not there
        password = make_password() if generate_password else read_password(password_stdin)
        with store.session() as session:
            user = create_user(session, username, password, role)
            audit.record(session, "cli", "user_add", "user", user.username, None, {"username": user.username, "role": role})
        typer.echo(f"Added {role} {username!r}.")
        if generate_password:
            typer.echo(f"Password for {username!r} (shown this once, stored nowhere): {password}")
            typer.echo(f"Change it with `harmledger users passwd {username}`.")

    @users_app.command("list")
    def users_list(as_json: JsonOption = False, db: DbOption = None) -> None:
        """List the accounts: name, role, whether active, when created, last login."""
        from ..store.db import open_store
        from .accounts import list_users

        store = open_store(db)
        with store.session() as session:
            rows = [{"username": u.username, "role": u.role, "active": bool(u.active),
                     "created_at": _iso(u.created_at), "last_login_at": _iso(u.last_login_at)}
                    for u in list_users(session)]
        if as_json:
            typer.echo(json.dumps(rows, indent=2))
            return
        if not rows:
            typer.echo("No accounts yet; add one with `harmledger users add NAME --role admin`.")
            return
        table = [("name", "role", "active", "created", "last login")] + [
            (r["username"], r["role"], "yes" if r["active"] else "no", r["created_at"] or "-", r["last_login_at"] or "never")
            for r in rows]
        widths = [max(len(str(row[i])) for row in table) for i in range(5)]
        for row in table:
            typer.echo("  ".join(str(cell).ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip())

    @users_app.command("passwd")
    def users_passwd(
        username: Annotated[str, typer.Argument(help="Whose password.")],
        password_stdin: Annotated[bool, typer.Option("--password-stdin", help="Read the new password from stdin.")] = False,
        db: DbOption = None,
    ) -> None:
        """Set a user's password (asked for twice, or read from stdin); their browser sessions end."""
        from ..store.db import open_store
        from . import audit
        from .accounts import get_user, set_password

        store = open_store(db)
        with store.session() as session:
            get_user(session, username)  # an unknown name fails before the prompt
        password = read_password(password_stdin)
        with store.session() as session:
            user = set_password(session, username, password)
            audit.record(session, "cli", "user_passwd", "user", user.username, None, {"password": "changed"})
        typer.echo(f"Password of {username!r} changed; their browser sessions have ended.")

    def set_active_command(username: str, active: bool, db: str | None) -> None:
        from ..store.db import open_store
        from . import audit
        from .accounts import get_user, set_active

        store = open_store(db)
        with store.session() as session:
            was = bool(get_user(session, username).active)
            user, revoked = set_active(session, username, active)
            if was != active:
                audit.record(session, "cli", "user_change", "user", user.username, {"active": was},
                             {"active": active, "tokens_revoked": revoked})
        if was == active:
            typer.echo(f"{username!r} is already {'active' if active else 'deactivated'}; nothing changed.")
        elif active:
            typer.echo(f"{username!r} can log in again (API tokens revoked earlier stay revoked: "
                       f"`harmledger tokens create {username}`).")
        else:
            typer.echo(f"{username!r} can no longer log in; their sessions ended and {revoked} API token(s) were revoked.")

    @users_app.command("deactivate")
    def users_deactivate(username: Annotated[str, typer.Argument(help="Whose account.")], db: DbOption = None) -> None:
        """Stop a user from logging in: their browser sessions end and their API tokens are revoked."""
        set_active_command(username, False, db)

    @users_app.command("activate")
    def users_activate(username: Annotated[str, typer.Argument(help="Whose account.")], db: DbOption = None) -> None:
        """Let a deactivated user log in again (with new API tokens: the old ones stay revoked)."""
        set_active_command(username, True, db)

    @tokens_app.command("create")
    def tokens_create(
        username: Annotated[str, typer.Argument(help="Whose token.")],
        name: Annotated[str, typer.Option("--name", help="A label to recognise the token by.")] = "script",
        db: DbOption = None,
    ) -> None:
        """Create an API token (printed once; send it as `Authorization: Bearer TOKEN`)."""
        from ..store.db import open_store
        from . import audit
        from .accounts import create_token, get_user

        store = open_store(db)
        with store.session() as session:
            user = get_user(session, username)
            token = create_token(session, user, name)
            audit.record(session, "cli", "token_create", "user", user.username, None, {"token_name": name})
        typer.echo(token)

    app.add_typer(audit_app, name="audit")
    app.add_typer(users_app, name="users")
    app.add_typer(tokens_app, name="tokens")
