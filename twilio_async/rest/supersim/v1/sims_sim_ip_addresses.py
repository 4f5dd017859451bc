# Generated from specs/supersim_v1.yaml by `make codegen`; do not edit.
"""SimIpAddress resources (``sims.sim_ip_addresses``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import ListArgs, ListResource, Models, Operation, PageArgs

if TYPE_CHECKING:
    from .types.sims_sim_ip_addresses import SimIpAddress

_TYPES = Models(__package__, ".types.sims_sim_ip_addresses")
_MODEL = _TYPES("SimIpAddress")
_LIST_PATH = "/v1/Sims/{0}/IpAddresses"
_LIST: Operation[SimIpAddress] = Operation(
    "sim_ip_addresses.list", "GET", _LIST_PATH, body="none", list_key="ip_addresses", model=_MODEL
)


class SimIpAddressList(ListResource):
    """SimIpAddress collection: ``/v1/Sims/{SimSid}/IpAddresses``."""

    __slots__ = ()
    list = _LIST.list_method(
        ListArgs,
        """List SimIpAddress resources, every page up to ``limit`` items: ``GET /v1/Sims/{SimSid}/IpAddresses``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[SimIpAddress]

    Twilio docs: https://www.twilio.com/docs/iot
    """,
    )
    """List SimIpAddress resources, every page up to ``limit`` items: ``GET /v1/Sims/{SimSid}/IpAddresses``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[SimIpAddress]

    Twilio docs: https://www.twilio.com/docs/iot
    """
    stream = _LIST.stream_method(
        ListArgs,
        """Stream SimIpAddress resources, one page in memory at a time: ``GET /v1/Sims/{SimSid}/IpAddresses``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of SimIpAddress.

    Twilio docs: https://www.twilio.com/docs/iot
    """,
    )
    """Stream SimIpAddress resources, one page in memory at a time: ``GET /v1/Sims/{SimSid}/IpAddresses``.

    Args:
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of SimIpAddress.

    Twilio docs: https://www.twilio.com/docs/iot
    """
    page = _LIST.page_method(
        PageArgs,
        """One page of SimIpAddress resources (``next_page()`` moves on): ``GET /v1/Sims/{SimSid}/IpAddresses``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[SimIpAddress]

    Twilio docs: https://www.twilio.com/docs/iot
    """,
    )
    """One page of SimIpAddress resources (``next_page()`` moves on): ``GET /v1/Sims/{SimSid}/IpAddresses``.

    Args:
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[SimIpAddress]

    Twilio docs: https://www.twilio.com/docs/iot
    """
