# Generated from specs/marketplace_v1.yaml by `make codegen`; do not edit.
"""AvailableAddOnExtension resources (``available_add_ons.extensions``)."""

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
    from .types.available_add_ons_extensions import AvailableAddOnExtension

_TYPES = Models(__package__, ".types.available_add_ons_extensions")
_MODEL = _TYPES("AvailableAddOnExtension")
_LIST_PATH = "/v1/AvailableAddOns/{0}/Extensions"
_INSTANCE_PATH = "/v1/AvailableAddOns/{0}/Extensions/{1}"
_LIST: Operation[AvailableAddOnExtension] = Operation(
    "extensions.list", "GET", _LIST_PATH, body="none", list_key="extensions", model=_MODEL
)
_FETCH: Operation[AvailableAddOnExtension] = Operation(
    "extensions.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)


class AvailableAddOnExtensionContext(InstanceContext):
    """One AvailableAddOnExtension: ``/v1/AvailableAddOns/{AvailableAddOnSid}/Extensions/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this AvailableAddOnExtension: ``GET /v1/AvailableAddOns/{AvailableAddOnSid}/Extensions/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^XF[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        AvailableAddOnExtension

    Twilio docs: https://www.twilio.com/docs/marketplace
    """,
    )
    """Fetch this AvailableAddOnExtension: ``GET /v1/AvailableAddOns/{AvailableAddOnSid}/Extensions/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^XF[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        AvailableAddOnExtension

    Twilio docs: https://www.twilio.com/docs/marketplace
    """


class AvailableAddOnExtensionList(KeyedList[AvailableAddOnExtensionContext]):
    """AvailableAddOnExtension collection: ``/v1/AvailableAddOns/{AvailableAddOnSid}/Extensions``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^XF[0-9a-fA-F]{32}$")
    list = _LIST.list_method(
        ListArgs,
        """List AvailableAddOnExtension resources, every page up to ``limit`` items: ``GET /v1/AvailableAddOns/{AvailableAddOnSid}/Extensions``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[AvailableAddOnExtension]

    Twilio docs: https://www.twilio.com/docs/marketplace
    """,
    )
    """List AvailableAddOnExtension resources, every page up to ``limit`` items: ``GET /v1/AvailableAddOns/{AvailableAddOnSid}/Extensions``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[AvailableAddOnExtension]

    Twilio docs: https://www.twilio.com/docs/marketplace
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream AvailableAddOnExtension resources, one page in memory at a time: ``GET /v1/AvailableAddOns/{AvailableAddOnSid}/Extensions``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of AvailableAddOnExtension.

    Twilio docs: https://www.twilio.com/docs/marketplace
    """,
    )
    """Stream AvailableAddOnExtension resources, one page in memory at a time: ``GET /v1/AvailableAddOns/{AvailableAddOnSid}/Extensions``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of AvailableAddOnExtension.

    Twilio docs: https://www.twilio.com/docs/marketplace
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of AvailableAddOnExtension resources (``next_page()`` moves on): ``GET /v1/AvailableAddOns/{AvailableAddOnSid}/Extensions``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[AvailableAddOnExtension]

    Twilio docs: https://www.twilio.com/docs/marketplace
    """,
    )
    """One page of AvailableAddOnExtension resources (``next_page()`` moves on): ``GET /v1/AvailableAddOns/{AvailableAddOnSid}/Extensions``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[AvailableAddOnExtension]

    Twilio docs: https://www.twilio.com/docs/marketplace
    """
