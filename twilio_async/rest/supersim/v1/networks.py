# Generated from specs/supersim_v1.yaml by `make codegen`; do not edit.
"""Network resources (``networks``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import (
    QUERY,
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
    from .types.networks import Network

_TYPES = Models(__package__, ".types.networks")
_MODEL = _TYPES("Network")
_LIST_PATH = "/v1/Networks"
_INSTANCE_PATH = "/v1/Networks/{0}"
_LIST: Operation[Network] = Operation(
    "networks.list", "GET", _LIST_PATH, body="none", list_key="networks", model=_MODEL
).with_params(
    P("iso_country", "IsoCountry", QUERY, "string"),
    P("mcc", "Mcc", QUERY, "string"),
    P("mnc", "Mnc", QUERY, "string"),
)
_FETCH: Operation[Network] = Operation(
    "networks.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)


class NetworkFilters(Args):
    iso_country: str | NotGiven = NOT_GIVEN
    mcc: str | NotGiven = NOT_GIVEN
    mnc: str | NotGiven = NOT_GIVEN


class NetworkListArgs(NetworkFilters, ListArgs): ...


class NetworkPageArgs(NetworkFilters, PageArgs): ...


class NetworkContext(InstanceContext):
    """One Network: ``/v1/Networks/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this Network: ``GET /v1/Networks/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^HW[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Network

    Twilio docs: https://www.twilio.com/docs/iot
    """,
    )
    """Fetch this Network: ``GET /v1/Networks/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^HW[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Network

    Twilio docs: https://www.twilio.com/docs/iot
    """


class NetworkList(KeyedList[NetworkContext]):
    """Network collection: ``/v1/Networks``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^HW[0-9a-fA-F]{32}$")
    list = _LIST.list_method(
        NetworkListArgs,
        """List Network resources, every page up to ``limit`` items: ``GET /v1/Networks``.

    Parameters are sent in the query string unless noted.

    Args:
        iso_country (str): ``IsoCountry``; string; optional.
        mcc (str): ``Mcc``; string; optional.
        mnc (str): ``Mnc``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Network]

    Twilio docs: https://www.twilio.com/docs/iot
    """,
    )
    """List Network resources, every page up to ``limit`` items: ``GET /v1/Networks``.

    Parameters are sent in the query string unless noted.

    Args:
        iso_country (str): ``IsoCountry``; string; optional.
        mcc (str): ``Mcc``; string; optional.
        mnc (str): ``Mnc``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Network]

    Twilio docs: https://www.twilio.com/docs/iot
    """
    stream = _LIST.stream_method(
        NetworkListArgs,
        """Stream Network resources, one page in memory at a time: ``GET /v1/Networks``.

    Parameters are sent in the query string unless noted.

    Args:
        iso_country (str): ``IsoCountry``; string; optional.
        mcc (str): ``Mcc``; string; optional.
        mnc (str): ``Mnc``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Network.

    Twilio docs: https://www.twilio.com/docs/iot
    """,
    )
    """Stream Network resources, one page in memory at a time: ``GET /v1/Networks``.

    Parameters are sent in the query string unless noted.

    Args:
        iso_country (str): ``IsoCountry``; string; optional.
        mcc (str): ``Mcc``; string; optional.
        mnc (str): ``Mnc``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Network.

    Twilio docs: https://www.twilio.com/docs/iot
    """
    page = _LIST.page_method(
        NetworkPageArgs,
        """One page of Network resources (``next_page()`` moves on): ``GET /v1/Networks``.

    Parameters are sent in the query string unless noted.

    Args:
        iso_country (str): ``IsoCountry``; string; optional.
        mcc (str): ``Mcc``; string; optional.
        mnc (str): ``Mnc``; string; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Network]

    Twilio docs: https://www.twilio.com/docs/iot
    """,
    )
    """One page of Network resources (``next_page()`` moves on): ``GET /v1/Networks``.

    Parameters are sent in the query string unless noted.

    Args:
        iso_country (str): ``IsoCountry``; string; optional.
        mcc (str): ``Mcc``; string; optional.
        mnc (str): ``Mnc``; string; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Network]

    Twilio docs: https://www.twilio.com/docs/iot
    """
