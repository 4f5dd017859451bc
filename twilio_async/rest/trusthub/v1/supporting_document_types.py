# Generated from specs/trusthub_v1.yaml by `make codegen`; do not edit.
"""SupportingDocumentType resources (``supporting_document_types``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import (
    Args,
    InstanceContext,
    KeyedList,
    ListArgs,
    Models,
    Operation,
    PageArgs,
)

if TYPE_CHECKING:
    from .types.supporting_document_types import SupportingDocumentType

_TYPES = Models(__package__, ".types.supporting_document_types")
_MODEL = _TYPES("SupportingDocumentType")
_LIST_PATH = "/v1/SupportingDocumentTypes"
_INSTANCE_PATH = "/v1/SupportingDocumentTypes/{0}"
_LIST: Operation[SupportingDocumentType] = Operation(
    "supporting_document_types.list",
    "GET",
    _LIST_PATH,
    body="none",
    list_key="supporting_document_types",
    model=_MODEL,
)
_FETCH: Operation[SupportingDocumentType] = Operation(
    "supporting_document_types.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)


class SupportingDocumentTypeContext(InstanceContext):
    """One SupportingDocumentType: ``/v1/SupportingDocumentTypes/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(Args)
    """Fetch this SupportingDocumentType: ``GET /v1/SupportingDocumentTypes/{Sid}``."""


class SupportingDocumentTypeList(KeyedList[SupportingDocumentTypeContext]):
    """SupportingDocumentType collection: ``/v1/SupportingDocumentTypes``."""

    __slots__ = ()
    _key = ("Sid", "sid", None)
    list = _LIST.list_method(ListArgs)
    """List SupportingDocumentType resources: ``GET /v1/SupportingDocumentTypes``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(ListArgs)
    """Stream SupportingDocumentType resources: ``GET /v1/SupportingDocumentTypes``; one page in memory at a time."""
    page = _LIST.page_method(PageArgs)
    """One page of SupportingDocumentType resources: ``GET /v1/SupportingDocumentTypes``; ``next_page()`` moves on."""
