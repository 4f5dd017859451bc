# Generated from specs/pricing_v2.yaml by `make codegen`; do not edit.
"""TrunkingCountryInstance resources (``countries``)."""

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
    from .types.countries import TrunkingCountryInstance

_TYPES = Models(__package__, ".types.countries")
_MODEL = _TYPES("TrunkingCountryInstance")
_LIST_PATH = "/v2/Trunking/Countries"
_INSTANCE_PATH = "/v2/Trunking/Countries/{0}"
_LIST: Operation[TrunkingCountryInstance] = Operation(
    "countries.list", "GET", _LIST_PATH, body="none", list_key="countries", model=_MODEL
)
_FETCH: Operation[TrunkingCountryInstance] = Operation(
    "countries.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)


class TrunkingCountryInstanceContext(InstanceContext):
    """One TrunkingCountryInstance: ``/v2/Trunking/Countries/{IsoCountry}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this TrunkingCountryInstance: ``GET /v2/Trunking/Countries/{IsoCountry}``.

    The instance is addressed by ``{IsoCountry}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        TrunkingCountryInstance

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Fetch this TrunkingCountryInstance: ``GET /v2/Trunking/Countries/{IsoCountry}``.

    The instance is addressed by ``{IsoCountry}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        TrunkingCountryInstance

    Twilio docs: https://www.twilio.com/docs/usage/api
    """


class TrunkingCountryInstanceList(KeyedList[TrunkingCountryInstanceContext]):
    """TrunkingCountryInstance collection: ``/v2/Trunking/Countries``."""

    __slots__ = ()
    _key = ("IsoCountry", "iso_country", None)
    list = _LIST.list_method(
        ListArgs,
        """List TrunkingCountryInstance resources, every page up to ``limit`` items: ``GET /v2/Trunking/Countries``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[TrunkingCountryInstance]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """List TrunkingCountryInstance resources, every page up to ``limit`` items: ``GET /v2/Trunking/Countries``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[TrunkingCountryInstance]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream TrunkingCountryInstance resources, one page in memory at a time: ``GET /v2/Trunking/Countries``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of TrunkingCountryInstance.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Stream TrunkingCountryInstance resources, one page in memory at a time: ``GET /v2/Trunking/Countries``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of TrunkingCountryInstance.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of TrunkingCountryInstance resources (``next_page()`` moves on): ``GET /v2/Trunking/Countries``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[TrunkingCountryInstance]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """One page of TrunkingCountryInstance resources (``next_page()`` moves on): ``GET /v2/Trunking/Countries``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[TrunkingCountryInstance]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
