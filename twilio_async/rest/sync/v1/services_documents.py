# Generated from specs/sync_v1.yaml by `make codegen`; do not edit.
"""Document resources (``services.documents``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from twilio_async._resource import (
    FORM,
    HEADER,
    Args,
    Child,
    InstanceContext,
    KeyedList,
    ListArgs,
    Models,
    Operation,
    P,
    PageArgs,
)
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .services_documents_document_permissions import DocumentPermissionList
    from .types.services_documents import Document

_TYPES = Models(__package__, ".types.services_documents")
_MODEL = _TYPES("Document")
_LIST_PATH = "/v1/Services/{0}/Documents"
_INSTANCE_PATH = "/v1/Services/{0}/Documents/{1}"
_CREATE: Operation[Document] = Operation(
    "documents.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("unique_name", "UniqueName", FORM, "string"),
    P("data", "Data", FORM, "object"),
    P("ttl", "Ttl", FORM, "integer"),
)
_LIST: Operation[Document] = Operation(
    "documents.list", "GET", _LIST_PATH, body="none", list_key="documents", model=_MODEL
)
_FETCH: Operation[Document] = Operation(
    "documents.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[Document] = Operation(
    "documents.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(
    P("if_match", "If-Match", HEADER, "string"),
    P("data", "Data", FORM, "object"),
    P("ttl", "Ttl", FORM, "integer"),
)
_DELETE: Operation[None] = Operation("documents.delete", "DELETE", _INSTANCE_PATH, body="none")


class DocumentCreateArgs(Args):
    unique_name: str | NotGiven = NOT_GIVEN
    data: Any | NotGiven = NOT_GIVEN
    ttl: int | NotGiven = NOT_GIVEN


class DocumentUpdateArgs(Args):
    if_match: str | NotGiven = NOT_GIVEN
    data: Any | NotGiven = NOT_GIVEN
    ttl: int | NotGiven = NOT_GIVEN


class DocumentContext(InstanceContext):
    """One Document: ``/v1/Services/{ServiceSid}/Documents/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(Args)
    """Fetch this Document: ``GET /v1/Services/{ServiceSid}/Documents/{Sid}``."""
    update = _UPDATE.call_method(DocumentUpdateArgs)
    """Update this Document: ``POST /v1/Services/{ServiceSid}/Documents/{Sid}``."""
    delete = _DELETE.delete_method(Args)
    """Delete this Document: ``DELETE /v1/Services/{ServiceSid}/Documents/{Sid}``; returns True."""
    document_permissions: Child[DocumentPermissionList] = Child(
        ".services_documents_document_permissions", "DocumentPermissionList"
    )


class DocumentList(KeyedList[DocumentContext]):
    """Document collection: ``/v1/Services/{ServiceSid}/Documents``."""

    __slots__ = ()
    _key = ("Sid", "sid", None)
    create = _CREATE.call_method(DocumentCreateArgs)
    """Create a Document: ``POST /v1/Services/{ServiceSid}/Documents``."""
    list = _LIST.list_method(ListArgs)
    """List Document resources: ``GET /v1/Services/{ServiceSid}/Documents``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(ListArgs)
    """Stream Document resources: ``GET /v1/Services/{ServiceSid}/Documents``; one page in memory at a time."""
    page = _LIST.page_method(PageArgs)
    """One page of Document resources: ``GET /v1/Services/{ServiceSid}/Documents``; ``next_page()`` moves on."""
