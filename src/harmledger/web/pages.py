"""The pages. They read through the same functions as the API and change things through the same
review actions, with the same checks (role, CSRF, public view). They register through the
``register_routes`` hook, as an outside plugin's routes do (``harmledger.plugins.ROUTE_PLUGINS``).

The routes live by job in ``browse``, ``records``, ``forms``, ``account`` and ``reference``; how values
read in ``display``; rendering in ``render``. Their names stay importable from here."""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from ..plugins import hookimpl
from . import account, browse, documents, forms, places, records, reference, report, uploads
from .account import _safe_next, login_page, login_post, logout_post
from .browse import LIST_SORTS, Filter, incidents_page, map_page, search_page, stats_page, timeline_page
from .display import FIELD_LABELS, changes, field_label, figure_warnings, place_line, when
from .forms import (
    DONE,
    FORM_FIELDS,
    LIST_FIELDS,
    form_text,
    form_value,
    reject_mention,
    restrict_document,
    review_incident,
    upload_page,
    upload_post,
)
from .records import document_page, incident_page
from .reference import api_docs, audit_page
from .render import TEMPLATES, build_templates, render

STATIC = Path(__file__).resolve().parent / "static"

__all__ = [
    "DONE", "FIELD_LABELS", "FORM_FIELDS", "LIST_FIELDS", "LIST_SORTS", "TEMPLATES", "Filter", "_safe_next",
    "api_docs", "audit_page", "build_templates", "changes", "document_page", "field_label", "figure_warnings",
    "form_text", "form_value", "incident_page", "incidents_page", "install_pages", "register_routes", "login_page", "login_post",
    "logout_post", "map_page", "place_line", "reject_mention", "render", "restrict_document", "review_incident",
    "search_page", "stats_page", "timeline_page", "upload_page", "upload_post", "when",
]


def install_pages(app: FastAPI) -> None:
    app.state.templates = build_templates()
    for module in (browse, records, documents, forms, account, reference, report, uploads, places):
        app.include_router(module.router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")


@hookimpl(tryfirst=True)
def register_routes(app: FastAPI) -> None:
    # tryfirst: the pages come before any outside plugin's routes, so a plugin cannot shadow one by accident.
    install_pages(app)
