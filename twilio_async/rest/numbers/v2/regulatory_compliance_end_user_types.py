# Generated from specs/numbers_v2.yaml by `make codegen`; do not edit.
"""EndUserType resources (``regulatory_compliance.end_user_types``)."""

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
    from .types.regulatory_compliance_end_user_types import EndUserType

_TYPES = Models(__package__, ".types.regulatory_compliance_end_user_types")
_MODEL = _TYPES("EndUserType")
_LIST_PATH = "/v2/RegulatoryCompliance/EndUserTypes"
_INSTANCE_PATH = "/v2/RegulatoryCompliance/EndUserTypes/{0}"
_LIST: Operation[EndUserType] = Operation(
    "end_user_types.list", "GET", _LIST_PATH, body="none", list_key="end_user_types", model=_MODEL
)
_FETCH: Operation[EndUserType] = Operation(
    "end_user_types.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)


class EndUserTypeContext(InstanceContext):
    """One EndUserType: ``/v2/RegulatoryCompliance/EndUserTypes/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this EndUserType: ``GET /v2/RegulatoryCompliance/EndUserTypes/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        EndUserType

    Twilio docs: https://www.twilio.com/docs/phone-numbers
    """,
    )
    """Fetch this EndUserType: ``GET /v2/RegulatoryCompliance/EndUserTypes/{Sid}``.

    The instance is addressed by ``{Sid}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        EndUserType

    Twilio docs: https://www.twilio.com/docs/phone-numbers
    """


class EndUserTypeList(KeyedList[EndUserTypeContext]):
    """EndUserType collection: ``/v2/RegulatoryCompliance/EndUserTypes``."""

    __slots__ = ()
    _key = ("Sid", "sid", None)
    list = _LIST.list_method(
        ListArgs,
        """List EndUserType resources, every page up to ``limit`` items: ``GET /v2/RegulatoryCompliance/EndUserTypes``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[EndUserType]

    Twilio docs: https://www.twilio.com/docs/phone-numbers
    """,
    )
    """List EndUserType resources, every page up to ``limit`` items: ``GET /v2/RegulatoryCompliance/EndUserTypes``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[EndUserType]

    Twilio docs: https://www.twilio.com/docs/phone-numbers
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream EndUserType resources, one page in memory at a time: ``GET /v2/RegulatoryCompliance/EndUserTypes``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of EndUserType.

    Twilio docs: https://www.twilio.com/docs/phone-numbers
    """,
    )
    """Stream EndUserType resources, one page in memory at a time: ``GET /v2/RegulatoryCompliance/EndUserTypes``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of EndUserType.

    Twilio docs: https://www.twilio.com/docs/phone-numbers
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of EndUserType resources (``next_page()`` moves on): ``GET /v2/RegulatoryCompliance/EndUserTypes``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[EndUserType]

    Twilio docs: https://www.twilio.com/docs/phone-numbers
    """,
    )
    """One page of EndUserType resources (``next_page()`` moves on): ``GET /v2/RegulatoryCompliance/EndUserTypes``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[EndUserType]

    Twilio docs: https://www.twilio.com/docs/phone-numbers
    """
