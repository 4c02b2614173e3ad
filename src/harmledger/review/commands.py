"""`harmledger audit verify`, `harmledger users add`, `harmledger tokens create`."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from ..cli import DbOption, fail
from ..plugins import hookimpl
from ..store.db import open_store
from . import audit
from .accounts import ROLES, create_token, create_user, get_user


@hookimpl
def register_commands(app: typer.Typer) -> None:
    audit_app = typer.Typer(help="Check the audit log.", no_args_is_help=True)
    users_app = typer.Typer(help="Manage user accounts.", no_args_is_help=True)
    tokens_app = typer.Typer(help="Manage API tokens for scripts.", no_args_is_help=True)

    @audit_app.command("verify")
    def audit_verify(db: DbOption = None) -> None:
        """Recompute the hash chain; exit 1 naming the first entry that does not verify."""
        store = open_store(db)
        with store.session() as session:
            result = audit.verify(session)
        if not result.ok:
            raise fail(result.line())
        typer.echo(result.line())

    @users_app.command("add")
    def users_add(
        username: Annotated[str, typer.Argument(help="The login name.")],
        role: Annotated[str, typer.Option("--role", help=f"One of {', '.join(ROLES)}.")] = "viewer",
        password_stdin: Annotated[bool, typer.Option("--password-stdin", help="Read the password from stdin.")] = False,
        db: DbOption = None,
    ) -> None:
        """Add a user (administrator, analyst or viewer)."""
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
        store = open_store(db)
        with store.session() as session:
            user = get_user(session, username)
            token = create_token(session, user, name)
            audit.record(session, "cli", "token_create", "user", user.username, None, {"token_name": name})
        typer.echo(token)

    app.add_typer(audit_app, name="audit")
    app.add_typer(users_app, name="users")
    app.add_typer(tokens_app, name="tokens")
