"""Rendering a page: the Jinja environment and the context every template gets."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from fastapi import Request
from fastapi.responses import Response
from fastapi.templating import Jinja2Templates
from sqlalchemy.orm import Session

from ..api.security import csrf_token, resolve_principal
from .display import (
    _fmt_date,
    _fmt_number,
    _show,
    changes,
    code_name,
    field_label,
    field_value,
    figure,
    governorate,
    js_labels,
    place_line,
    when,
)

TEMPLATES = Path(__file__).resolve().parent / "templates"


def build_templates() -> Jinja2Templates:
    """The templates with the filters and globals they use."""
    templates = Jinja2Templates(directory=str(TEMPLATES))
    env = templates.env
    env.autoescape = True  # every template, whatever its name: report text is shown as text
    env.filters["num"] = _fmt_number
    env.filters["day"] = _fmt_date
    env.filters["show"] = _show
    env.filters["when"] = when
    env.filters["label"] = field_label
    env.filters["place_line"] = place_line
    env.filters["name"] = lambda code, kind: code_name(kind, code)  # {{ i.weapon | name("weapons") }}
    env.filters["value"] = field_value
    env.filters["figure"] = figure
    env.filters["governorate"] = governorate
    env.globals["js_labels"] = js_labels
    env.globals["urlencode"] = urlencode
    env.globals["changes"] = changes
    return templates


def _templates(request: Request) -> Jinja2Templates:
    templates: Jinja2Templates = request.app.state.templates
    return templates


def render(request: Request, session: Session, name: str, status_code: int = 200, **context: Any) -> Response:
    settings = request.app.state.settings
    principal = resolve_principal(request, session)
    base = {"user": principal, "csrf_token": csrf_token(request), "public": settings.public_mode,
            "tile_url": settings.tile_url or "", "can_edit": bool(principal and principal.can_edit
                                                                  and not settings.public_mode)}
    return _templates(request).TemplateResponse(request, name, {**base, **context}, status_code=status_code)
