# Generated from specs/marketplace_v1.yaml by `make codegen`; do not edit.
"""AvailableAddOn resources (``available_add_ons``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import (
    Args,
    Child,
    InstanceContext,
    KeyedList,
    ListArgs,
    Models,
    Operation,
    PageArgs,
)

if TYPE_CHECKING:
    from .available_add_ons_extensions import AvailableAddOnExtensionList
    from .types.available_add_ons import AvailableAddOn

_TYPES = Models(__package__, ".types.available_add_ons")
_MODEL = _TYPES("AvailableAddOn")
_LIST_PATH = "/v1/AvailableAddOns"
_INSTANCE_PATH = "/v1/AvailableAddOns/{0}"
_LIST: Operation[AvailableAddOn] = Operation(
    "available_add_ons.list",
    "GET",
    _LIST_PATH,
    body="none",
    list_key="available_add_ons",
    model=_MODEL,
)
_FETCH: Operation[AvailableAddOn] = Operation(
    "available_add_ons.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)


class AvailableAddOnContext(InstanceContext):
    """One AvailableAddOn: ``/v1/AvailableAddOns/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this AvailableAddOn: ``GET /v1/AvailableAddOns/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^XB[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        AvailableAddOn

    Twilio docs: https://www.twilio.com/docs/marketplace
    """,
    )
    """Fetch this AvailableAddOn: ``GET /v1/AvailableAddOns/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^XB[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        AvailableAddOn

    Twilio docs: https://www.twilio.com/docs/marketplace
    """
    extensions: Child[AvailableAddOnExtensionList] = Child(
        ".available_add_ons_extensions", "AvailableAddOnExtensionList"
    )


class AvailableAddOnList(KeyedList[AvailableAddOnContext]):
    """AvailableAddOn collection: ``/v1/AvailableAddOns``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^XB[0-9a-fA-F]{32}$")
    list = _LIST.list_method(
        ListArgs,
        """List AvailableAddOn resources, every page up to ``limit`` items: ``GET /v1/AvailableAddOns``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[AvailableAddOn]

    Twilio docs: https://www.twilio.com/docs/marketplace
    """,
    )
    """List AvailableAddOn resources, every page up to ``limit`` items: ``GET /v1/AvailableAddOns``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[AvailableAddOn]

    Twilio docs: https://www.twilio.com/docs/marketplace
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream AvailableAddOn resources, one page in memory at a time: ``GET /v1/AvailableAddOns``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of AvailableAddOn.

    Twilio docs: https://www.twilio.com/docs/marketplace
    """,
    )
    """Stream AvailableAddOn resources, one page in memory at a time: ``GET /v1/AvailableAddOns``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of AvailableAddOn.

    Twilio docs: https://www.twilio.com/docs/marketplace
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of AvailableAddOn resources (``next_page()`` moves on): ``GET /v1/AvailableAddOns``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[AvailableAddOn]

    Twilio docs: https://www.twilio.com/docs/marketplace
    """,
    )
    """One page of AvailableAddOn resources (``next_page()`` moves on): ``GET /v1/AvailableAddOns``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[AvailableAddOn]

    Twilio docs: https://www.twilio.com/docs/marketplace
    """
