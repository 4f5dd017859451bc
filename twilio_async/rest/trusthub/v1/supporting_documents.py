# Generated from specs/trusthub_v1.yaml by `make codegen`; do not edit.
"""SupportingDocument resources (``supporting_documents``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from twilio_async._resource import (
    FORM,
    Args,
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
    from .types.supporting_documents import SupportingDocument

_TYPES = Models(__package__, ".types.supporting_documents")
_MODEL = _TYPES("SupportingDocument")
_LIST_PATH = "/v1/SupportingDocuments"
_INSTANCE_PATH = "/v1/SupportingDocuments/{0}"
_CREATE: Operation[SupportingDocument] = Operation(
    "supporting_documents.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("friendly_name", "FriendlyName", FORM, "string", required=True),
    P("type", "Type", FORM, "string", required=True),
    P("attributes", "Attributes", FORM, "object"),
)
_LIST: Operation[SupportingDocument] = Operation(
    "supporting_documents.list", "GET", _LIST_PATH, body="none", list_key="results", model=_MODEL
)
_FETCH: Operation[SupportingDocument] = Operation(
    "supporting_documents.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[SupportingDocument] = Operation(
    "supporting_documents.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(
    P("friendly_name", "FriendlyName", FORM, "string"),
    P("attributes", "Attributes", FORM, "object"),
)
_DELETE: Operation[None] = Operation(
    "supporting_documents.delete", "DELETE", _INSTANCE_PATH, body="none"
)


class SupportingDocumentCreateArgs(Args):
    friendly_name: str
    type: str
    attributes: Any | NotGiven = NOT_GIVEN


class SupportingDocumentUpdateArgs(Args):
    friendly_name: str | NotGiven = NOT_GIVEN
    attributes: Any | NotGiven = NOT_GIVEN


class SupportingDocumentContext(InstanceContext):
    """One SupportingDocument: ``/v1/SupportingDocuments/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(Args)
    """Fetch this SupportingDocument: ``GET /v1/SupportingDocuments/{Sid}``."""
    update = _UPDATE.call_method(SupportingDocumentUpdateArgs)
    """Update this SupportingDocument: ``POST /v1/SupportingDocuments/{Sid}``."""
    delete = _DELETE.delete_method(Args)
    """Delete this SupportingDocument: ``DELETE /v1/SupportingDocuments/{Sid}``; returns True."""


class SupportingDocumentList(KeyedList[SupportingDocumentContext]):
    """SupportingDocument collection: ``/v1/SupportingDocuments``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^RD[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(SupportingDocumentCreateArgs)
    """Create a SupportingDocument: ``POST /v1/SupportingDocuments``."""
    list = _LIST.list_method(ListArgs)
    """List SupportingDocument resources: ``GET /v1/SupportingDocuments``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(ListArgs)
    """Stream SupportingDocument resources: ``GET /v1/SupportingDocuments``; one page in memory at a time."""
    page = _LIST.page_method(PageArgs)
    """One page of SupportingDocument resources: ``GET /v1/SupportingDocuments``; ``next_page()`` moves on."""
