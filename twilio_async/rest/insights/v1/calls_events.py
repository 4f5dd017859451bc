# Generated from specs/insights_v1.yaml by `make codegen`; do not edit.
"""Event resources (``calls.events``)."""

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
    from .enums import EventTwilioEdge
    from .types.calls_events import Event

_TYPES = Models(__package__, ".types.calls_events")
_MODEL = _TYPES("Event")
_LIST_PATH = "/v1/Voice/{0}/Events"
_LIST: Operation[Event] = Operation(
    "events.list", "GET", _LIST_PATH, body="none", list_key="events", model=_MODEL
).with_params(P("edge", "Edge", QUERY, "string"))


class EventFilters(Args):
    edge: EventTwilioEdge | str | NotGiven = NOT_GIVEN


class EventListArgs(EventFilters, ListArgs): ...


class EventPageArgs(EventFilters, PageArgs): ...


class EventList(ListResource):
    """Event collection: ``/v1/Voice/{CallSid}/Events``."""

    __slots__ = ()
    list = _LIST.list_method(
        EventListArgs,
        """List Event resources, every page up to ``limit`` items: ``GET /v1/Voice/{CallSid}/Events``.

    Parameters are sent in the query string unless noted.

    Args:
        edge (EventTwilioEdge | str): ``Edge``; enum:event_twilio_edge; one of ``unknown_edge``, ``carrier_edge``, ``sip_edge``, ``sdk_edge``, ``client_edge``; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Event]

    Twilio docs: https://www.twilio.com/docs/voice
    """,
    )
    """List Event resources, every page up to ``limit`` items: ``GET /v1/Voice/{CallSid}/Events``.

    Parameters are sent in the query string unless noted.

    Args:
        edge (EventTwilioEdge | str): ``Edge``; enum:event_twilio_edge; one of ``unknown_edge``, ``carrier_edge``, ``sip_edge``, ``sdk_edge``, ``client_edge``; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Event]

    Twilio docs: https://www.twilio.com/docs/voice
    """
    stream = _LIST.stream_method(
        EventListArgs,
        """Stream Event resources, one page in memory at a time: ``GET /v1/Voice/{CallSid}/Events``.

    Parameters are sent in the query string unless noted.

    Args:
        edge (EventTwilioEdge | str): ``Edge``; enum:event_twilio_edge; one of ``unknown_edge``, ``carrier_edge``, ``sip_edge``, ``sdk_edge``, ``client_edge``; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Event.

    Twilio docs: https://www.twilio.com/docs/voice
    """,
    )
    """Stream Event resources, one page in memory at a time: ``GET /v1/Voice/{CallSid}/Events``.

    Parameters are sent in the query string unless noted.

    Args:
        edge (EventTwilioEdge | str): ``Edge``; enum:event_twilio_edge; one of ``unknown_edge``, ``carrier_edge``, ``sip_edge``, ``sdk_edge``, ``client_edge``; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Event.

    Twilio docs: https://www.twilio.com/docs/voice
    """
    page = _LIST.page_method(
        EventPageArgs,
        """One page of Event resources (``next_page()`` moves on): ``GET /v1/Voice/{CallSid}/Events``.

    Parameters are sent in the query string unless noted.

    Args:
        edge (EventTwilioEdge | str): ``Edge``; enum:event_twilio_edge; one of ``unknown_edge``, ``carrier_edge``, ``sip_edge``, ``sdk_edge``, ``client_edge``; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Event]

    Twilio docs: https://www.twilio.com/docs/voice
    """,
    )
    """One page of Event resources (``next_page()`` moves on): ``GET /v1/Voice/{CallSid}/Events``.

    Parameters are sent in the query string unless noted.

    Args:
        edge (EventTwilioEdge | str): ``Edge``; enum:event_twilio_edge; one of ``unknown_edge``, ``carrier_edge``, ``sip_edge``, ``sdk_edge``, ``client_edge``; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Event]

    Twilio docs: https://www.twilio.com/docs/voice
    """
