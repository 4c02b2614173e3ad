"""The pages. They read through the same functions as the API and change things through the same
review actions, with the same checks (role, CSRF, public view).

The routes live by job in ``browse``, ``records``, ``forms``, ``account`` and ``reference``; how values
read in ``display``; rendering in ``render``. Their names stay importable from here."""

from __future__ import annotations

from fastapi import FastAPI

from . import account, browse, documents, forms, records, reference, report
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

__all__ = [
    "DONE", "FIELD_LABELS", "FORM_FIELDS", "LIST_FIELDS", "LIST_SORTS", "TEMPLATES", "Filter", "_safe_next",
    "api_docs", "audit_page", "build_templates", "changes", "document_page", "field_label", "figure_warnings",
    "form_text", "form_value", "incident_page", "incidents_page", "install_pages", "login_page", "login_post",
    "logout_post", "map_page", "place_line", "reject_mention", "render", "restrict_document", "review_incident",
    "search_page", "stats_page", "timeline_page", "upload_page", "upload_post", "when",
]


def install_pages(app: FastAPI) -> None:
    app.state.templates = build_templates()
    for module in (browse, records, documents, forms, account, reference, report):
        app.include_router(module.router)
