"""`harmledger audit verify|anchor`, `harmledger users add`, `harmledger tokens create`; the audit key at `init`."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from .._errors import HarmledgerError
from ..cli import DbOption, fail
from ..plugins import hookimpl
from .roles import ROLES  # not from accounts: registering the commands must not load the ORM

if TYPE_CHECKING:
    from ..store.db import Store


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
            raise fail(str(exc)) from exc
        store = open_store(db)
        with store.session() as session:
            result = audit.verify(session, expected=expected, require_signed=require_signed)
        if not result.ok:
            raise fail(str(result.error()))
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
                raise fail(str(result.error()))
            try:
                document = anchor_document(session, result)
            except HarmledgerError as exc:
                raise fail(str(exc)) from exc
        path = output or Path(f"audit-anchor-{result.head_id}.json")
        try:
            write_anchor(path, document)
        except HarmledgerError as exc:
            raise fail(str(exc)) from exc
        typer.echo(f"Anchored audit entry {result.head_id} ({result.head_hash}) in {path}.")
        typer.echo(f"Publish or timestamp that file; check the log against it with `harmledger audit verify --anchor {path}`.")

    @users_app.command("add")
    def users_add(
        username: Annotated[str, typer.Argument(help="The login name.")],
        role: Annotated[str, typer.Option("--role", help=f"One of {', '.join(ROLES)}.")] = "viewer",
        password_stdin: Annotated[bool, typer.Option("--password-stdin", help="Read the password from stdin.")] = False,
        db: DbOption = None,
    ) -> None:
        """Add a user (administrator, analyst or viewer)."""
        from ..store.db import open_store
        from . import audit
        from .accounts import create_user

        if role not in ROLES:
            raise fail(f"unknown role {role!r}; use one of {', '.join(ROLES)}", code=2)
        if password_stdin:
            password = sys.stdin.readline().rstrip("\r\n")
        else:
            password = typer.prompt("Password", hide_input=True, confirmation_prompt=True)
        store = open_store(db)
        with store.session() as session:
            user = create_user(session, username, password, role)
            audit.record(session, "cli", "user_add", "user", user.username, None, {"username": user.username, "role": role})
        typer.echo(f"Added {role} {username!r}.")

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
