# Generated from specs/numbers_v2.yaml by `make codegen`; do not edit.
"""SupportingDocumentType resources (``regulatory_compliance.supporting_document_types``)."""

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
    from .types.regulatory_compliance_supporting_document_types import SupportingDocumentType

_TYPES = Models(__package__, ".types.regulatory_compliance_supporting_document_types")
_MODEL = _TYPES("SupportingDocumentType")
_LIST_PATH = "/v2/RegulatoryCompliance/SupportingDocumentTypes"
_INSTANCE_PATH = "/v2/RegulatoryCompliance/SupportingDocumentTypes/{0}"
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
    """One SupportingDocumentType: ``/v2/RegulatoryCompliance/SupportingDocumentTypes/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(Args)
    """Fetch this SupportingDocumentType: ``GET /v2/RegulatoryCompliance/SupportingDocumentTypes/{Sid}``."""


class SupportingDocumentTypeList(KeyedList[SupportingDocumentTypeContext]):
    """SupportingDocumentType collection: ``/v2/RegulatoryCompliance/SupportingDocumentTypes``."""

    __slots__ = ()
    _key = ("Sid", "sid", None)
    list = _LIST.list_method(ListArgs)
    """List SupportingDocumentType resources: ``GET /v2/RegulatoryCompliance/SupportingDocumentTypes``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(ListArgs)
    """Stream SupportingDocumentType resources: ``GET /v2/RegulatoryCompliance/SupportingDocumentTypes``; one page in memory at a time."""
    page = _LIST.page_method(PageArgs)
    """One page of SupportingDocumentType resources: ``GET /v2/RegulatoryCompliance/SupportingDocumentTypes``; ``next_page()`` moves on."""
