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
    fetch = _FETCH.call_method(
        Args,
        """Fetch this SupportingDocumentType: ``GET /v2/RegulatoryCompliance/SupportingDocumentTypes/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        SupportingDocumentType

    Twilio docs: https://www.twilio.com/docs/phone-numbers
    """,
    )
    """Fetch this SupportingDocumentType: ``GET /v2/RegulatoryCompliance/SupportingDocumentTypes/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        SupportingDocumentType

    Twilio docs: https://www.twilio.com/docs/phone-numbers
    """


class SupportingDocumentTypeList(KeyedList[SupportingDocumentTypeContext]):
    """SupportingDocumentType collection: ``/v2/RegulatoryCompliance/SupportingDocumentTypes``."""

    __slots__ = ()
    _key = ("Sid", "sid", None)
    list = _LIST.list_method(
        ListArgs,
        """List SupportingDocumentType resources, every page up to ``limit`` items: ``GET /v2/RegulatoryCompliance/SupportingDocumentTypes``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[SupportingDocumentType]

    Twilio docs: https://www.twilio.com/docs/phone-numbers
    """,
    )
    """List SupportingDocumentType resources, every page up to ``limit`` items: ``GET /v2/RegulatoryCompliance/SupportingDocumentTypes``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[SupportingDocumentType]

    Twilio docs: https://www.twilio.com/docs/phone-numbers
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream SupportingDocumentType resources, one page in memory at a time: ``GET /v2/RegulatoryCompliance/SupportingDocumentTypes``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of SupportingDocumentType.

    Twilio docs: https://www.twilio.com/docs/phone-numbers
    """,
    )
    """Stream SupportingDocumentType resources, one page in memory at a time: ``GET /v2/RegulatoryCompliance/SupportingDocumentTypes``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of SupportingDocumentType.

    Twilio docs: https://www.twilio.com/docs/phone-numbers
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of SupportingDocumentType resources (``next_page()`` moves on): ``GET /v2/RegulatoryCompliance/SupportingDocumentTypes``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[SupportingDocumentType]

    Twilio docs: https://www.twilio.com/docs/phone-numbers
    """,
    )
    """One page of SupportingDocumentType resources (``next_page()`` moves on): ``GET /v2/RegulatoryCompliance/SupportingDocumentTypes``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[SupportingDocumentType]

    Twilio docs: https://www.twilio.com/docs/phone-numbers
    """
