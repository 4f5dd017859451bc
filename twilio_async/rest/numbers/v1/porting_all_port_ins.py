# Generated from specs/numbers_v1.yaml by `make codegen`; do not edit.
"""PortInRequestList resources (``porting_all_port_ins``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import (
    QUERY,
    Args,
    ListArgs,
    ListResource,
    Models,
    Operation,
    P,
    PageArgs,
)
from twilio_async._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from .types.porting_all_port_ins import PortInRequestList

_TYPES = Models(__package__, ".types.porting_all_port_ins")
_MODEL = _TYPES("PortInRequestList")
_LIST_PATH = "/v1/Porting/PortIn/PortInRequests"
_LIST: Operation[PortInRequestList] = Operation(
    "porting_all_port_ins.list",
    "GET",
    _LIST_PATH,
    body="none",
    list_key="port_in_requests",
    model=_MODEL,
    paging=("Size", "Token"),
).with_params(
    P("port_in_request_sid", "PortInRequestSid", QUERY, "string"),
    P("port_in_request_status", "PortInRequestStatus", QUERY, "string"),
    P("created_before", "CreatedBefore", QUERY, "string"),
    P("created_after", "CreatedAfter", QUERY, "string"),
)


class PortInRequestListFilters(Args):
    port_in_request_sid: str | NotGiven = NOT_GIVEN
    port_in_request_status: str | NotGiven = NOT_GIVEN
    created_before: str | NotGiven = NOT_GIVEN
    created_after: str | NotGiven = NOT_GIVEN


class PortInRequestListListArgs(PortInRequestListFilters, ListArgs): ...


class PortInRequestListPageArgs(PortInRequestListFilters, PageArgs): ...


class PortInRequestListList(ListResource):
    """PortInRequestList collection: ``/v1/Porting/PortIn/PortInRequests``."""

    __slots__ = ()
    list = _LIST.list_method(
        PortInRequestListListArgs,
        """List PortInRequestList resources, every page up to ``limit`` items: ``GET /v1/Porting/PortIn/PortInRequests``.

    Parameters are sent in the query string unless noted.

    Args:
        port_in_request_sid (str): ``PortInRequestSid``; string; optional.
        port_in_request_status (str): ``PortInRequestStatus``; string; optional.
        created_before (str): ``CreatedBefore``; string; optional.
        created_after (str): ``CreatedAfter``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[PortInRequestList]

    Twilio docs: https://www.twilio.com/docs/phone-numbers
    """,
    )
    """List PortInRequestList resources, every page up to ``limit`` items: ``GET /v1/Porting/PortIn/PortInRequests``.

    Parameters are sent in the query string unless noted.

    Args:
        port_in_request_sid (str): ``PortInRequestSid``; string; optional.
        port_in_request_status (str): ``PortInRequestStatus``; string; optional.
        created_before (str): ``CreatedBefore``; string; optional.
        created_after (str): ``CreatedAfter``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[PortInRequestList]

    Twilio docs: https://www.twilio.com/docs/phone-numbers
    """
    stream = _LIST.stream_method(
        PortInRequestListListArgs,
        """Stream PortInRequestList resources, one page in memory at a time: ``GET /v1/Porting/PortIn/PortInRequests``.

    Parameters are sent in the query string unless noted.

    Args:
        port_in_request_sid (str): ``PortInRequestSid``; string; optional.
        port_in_request_status (str): ``PortInRequestStatus``; string; optional.
        created_before (str): ``CreatedBefore``; string; optional.
        created_after (str): ``CreatedAfter``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of PortInRequestList.

    Twilio docs: https://www.twilio.com/docs/phone-numbers
    """,
    )
    """Stream PortInRequestList resources, one page in memory at a time: ``GET /v1/Porting/PortIn/PortInRequests``.

    Parameters are sent in the query string unless noted.

    Args:
        port_in_request_sid (str): ``PortInRequestSid``; string; optional.
        port_in_request_status (str): ``PortInRequestStatus``; string; optional.
        created_before (str): ``CreatedBefore``; string; optional.
        created_after (str): ``CreatedAfter``; string; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of PortInRequestList.

    Twilio docs: https://www.twilio.com/docs/phone-numbers
    """
    page = _LIST.page_method(
        PortInRequestListPageArgs,
        """One page of PortInRequestList resources (``next_page()`` moves on): ``GET /v1/Porting/PortIn/PortInRequests``.

    Parameters are sent in the query string unless noted.

    Args:
        port_in_request_sid (str): ``PortInRequestSid``; string; optional.
        port_in_request_status (str): ``PortInRequestStatus``; string; optional.
        created_before (str): ``CreatedBefore``; string; optional.
        created_after (str): ``CreatedAfter``; string; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[PortInRequestList]

    Twilio docs: https://www.twilio.com/docs/phone-numbers
    """,
    )
    """One page of PortInRequestList resources (``next_page()`` moves on): ``GET /v1/Porting/PortIn/PortInRequests``.

    Parameters are sent in the query string unless noted.

    Args:
        port_in_request_sid (str): ``PortInRequestSid``; string; optional.
        port_in_request_status (str): ``PortInRequestStatus``; string; optional.
        created_before (str): ``CreatedBefore``; string; optional.
        created_after (str): ``CreatedAfter``; string; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[PortInRequestList]

    Twilio docs: https://www.twilio.com/docs/phone-numbers
    """
