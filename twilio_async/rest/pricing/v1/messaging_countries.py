# Generated from specs/pricing_v1.yaml by `make codegen`; do not edit.
"""MessagingCountryInstance resources (``messaging.countries``)."""

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
    from .types.messaging_countries import MessagingCountryInstance

_TYPES = Models(__package__, ".types.messaging_countries")
_MODEL = _TYPES("MessagingCountryInstance")
_LIST_PATH = "/v1/Messaging/Countries"
_INSTANCE_PATH = "/v1/Messaging/Countries/{0}"
_LIST: Operation[MessagingCountryInstance] = Operation(
    "countries.list", "GET", _LIST_PATH, body="none", list_key="countries", model=_MODEL
)
_FETCH: Operation[MessagingCountryInstance] = Operation(
    "countries.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)


class MessagingCountryInstanceContext(InstanceContext):
    """One MessagingCountryInstance: ``/v1/Messaging/Countries/{IsoCountry}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this MessagingCountryInstance: ``GET /v1/Messaging/Countries/{IsoCountry}``.

    The instance is addressed by ``{IsoCountry}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        MessagingCountryInstance

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Fetch this MessagingCountryInstance: ``GET /v1/Messaging/Countries/{IsoCountry}``.

    The instance is addressed by ``{IsoCountry}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        MessagingCountryInstance

    Twilio docs: https://www.twilio.com/docs/usage/api
    """


class MessagingCountryInstanceList(KeyedList[MessagingCountryInstanceContext]):
    """MessagingCountryInstance collection: ``/v1/Messaging/Countries``."""

    __slots__ = ()
    _key = ("IsoCountry", "iso_country", None)
    list = _LIST.list_method(
        ListArgs,
        """List MessagingCountryInstance resources, every page up to ``limit`` items: ``GET /v1/Messaging/Countries``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[MessagingCountryInstance]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """List MessagingCountryInstance resources, every page up to ``limit`` items: ``GET /v1/Messaging/Countries``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[MessagingCountryInstance]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream MessagingCountryInstance resources, one page in memory at a time: ``GET /v1/Messaging/Countries``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of MessagingCountryInstance.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Stream MessagingCountryInstance resources, one page in memory at a time: ``GET /v1/Messaging/Countries``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of MessagingCountryInstance.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of MessagingCountryInstance resources (``next_page()`` moves on): ``GET /v1/Messaging/Countries``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[MessagingCountryInstance]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """One page of MessagingCountryInstance resources (``next_page()`` moves on): ``GET /v1/Messaging/Countries``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[MessagingCountryInstance]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
