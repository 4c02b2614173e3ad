"""/api/documents, /api/mentions and /api/search."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, File, Form, Query, Request, UploadFile
from pydantic import BaseModel
from sqlalchemy.orm import Session

from ...processing.uploads import states as upload_states
from ...review import actions
from ...store.models import User
from ..deps import DbSession, PagingDep, Public
from ..errors import ApiError
from ..guard import GuardedRoute
from ..mentions import MentionQuery, get_mention, list_mentions, mention_query
from ..queries import get_document, list_documents
from ..search import search_documents
from ..security import hides_restricted
from ..upload import accept_upload, background_processing, processor
from ..writes import write

# The lifespan starts the background processing of uploads with the application (and resumes what a
# stopped server left unfinished).
router = APIRouter(prefix="/api", tags=["documents"], route_class=GuardedRoute, lifespan=background_processing)


@router.get("/documents", summary="List documents, newest first")
def documents(session: DbSession, page: PagingDep, public: Public) -> dict[str, Any]:
    items, total = list_documents(session, limit=page.limit, offset=page.offset, public=public)
    return {"items": items, "total": total, "limit": page.limit, "offset": page.offset}


@router.get("/documents/{document_id}", summary="One document with its text and mentions")
def document(document_id: str, session: DbSession, public: Public) -> dict[str, Any]:
    """The text, every mention with its evidence spans (offsets into ``text``) and its incident."""
    return get_document(session, document_id, public=public)


@router.post("/documents", summary="Upload a report (analyst)", status_code=201)
async def upload(request: Request, file: Annotated[UploadFile, File()],
                 source: Annotated[str | None, Form()] = None, published: Annotated[str | None, Form()] = None,
                 restricted: Annotated[bool, Form()] = False,
                 language: Annotated[str | None, Form()] = None) -> dict[str, Any]:
    """A text, HTML or PDF report, within the size limit; stored like `harmledger ingest` stores it, then
    extracted, geocoded and linked in the background as `harmledger process` would (follow
    ``processing_url``). A report with no date given, in its metadata or in a dateline is dated by the day
    of its upload (``published_from: "upload"``). ``language`` (``ar``, ``en``...) states the report's
    language instead of detecting it."""
    return await accept_upload(request, file, source=source, published=published, restricted=restricted,
                               language=language)


@router.get("/documents/{document_id}/processing", summary="The background processing of an upload (logged in)")
def processing(document_id: str, request: Request, session: DbSession) -> dict[str, Any]:
    """``state``: ``queued``, ``processing``, ``linking``, ``done`` (``mentions`` read from it, ``links``
    to incidents and the ``incidents``) or ``failed`` (``error``)."""
    if hides_restricted(request, session):
        raise ApiError(401, "log in on the internal server to follow the processing of uploads")
    item = upload_states(session, [document_id], processor(request.app))[0]
    if item["state"] == "missing":
        raise ApiError(404, f"no document {document_id!r}")
    return item


class DocumentChange(BaseModel):
    restricted: bool


@router.patch("/documents/{document_id}", summary="Mark a document restricted or not (analyst)")
async def change_document(document_id: str, body: DocumentChange, request: Request) -> dict[str, Any]:
    """A restricted document (a witness's name, a confidential source) is hidden from the public view."""

    def work(session: Session, user: User) -> dict[str, Any]:
        document = actions.set_restricted(session, user, document_id, body.restricted)
        return {"id": document.id, "restricted": document.restricted}

    return await write(request, work)


MentionFilter = Annotated[MentionQuery, Depends(mention_query)]


@router.get("/mentions", summary="List mentions (events and aggregates read from reports), filtered and paged")
def mentions(session: DbSession, page: PagingDep, public: Public, flt: MentionFilter) -> dict[str, Any]:
    """Newest document first, then in the document's order; each with its place, figures and incident."""
    items, total = list_mentions(session, flt, limit=page.limit, offset=page.offset, public=public)
    return {"items": items, "total": total, "limit": page.limit, "offset": page.offset}


@router.get("/mentions/{mention_id}", summary="One mention with its evidence, document and incident link")
def mention(mention_id: int, session: DbSession, public: Public) -> dict[str, Any]:
    """``mention`` is the extractor's object (docs/contract.md section 2); ``evidence`` each span with its sentence;
    ``incident`` the link's incident id, score and reasons."""
    return get_mention(session, mention_id, public=public)


class RejectBody(BaseModel):
    rejected: bool = True


@router.post("/mentions/{mention_id}/reject", summary="Mark a mention as not an incident (analyst)")
async def reject(mention_id: int, body: RejectBody, request: Request) -> dict[str, Any]:
    def work(session: Session, user: User) -> dict[str, Any]:
        mention = actions.reject_mention(session, user, mention_id, body.rejected)
        return {"id": mention.id, "document_id": mention.document_id, "rejected": mention.rejected}

    return await write(request, work)


@router.get("/search", summary="Full-text search over documents")
def search(request: Request, session: DbSession, page: PagingDep, public: Public,
           q: Annotated[str, Query(min_length=1, max_length=300, description="Words to find.")]) -> dict[str, Any]:
    """Documents containing every word (any case or accents); a place name also matches its other
    spellings in the gazetteer (``Idleb`` finds Idlib, ``Khan Sheikhun`` finds Khan Shaykhun)."""
    items, total = search_documents(session, q, limit=page.limit, offset=page.offset, public=public,
                                    store=request.app.state.store)
    for item in items:
        item.pop("segments", None)
    return {"items": items, "total": total, "limit": page.limit, "offset": page.offset, "q": q}
