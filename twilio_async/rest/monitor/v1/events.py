# Generated from specs/monitor_v1.yaml by `make codegen`; do not edit.
"""Event resources (``events``)."""

from __future__ import annotations

from datetime import date, datetime
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
    from .types.events import Event

_TYPES = Models(__package__, ".types.events")
_MODEL = _TYPES("Event")
_LIST_PATH = "/v1/Events"
_INSTANCE_PATH = "/v1/Events/{0}"
_LIST: Operation[Event] = Operation(
    "events.list", "GET", _LIST_PATH, body="none", list_key="events", model=_MODEL
).with_params(
    P("actor_sid", "ActorSid", QUERY, "string"),
    P("event_type", "EventType", QUERY, "string"),
    P("resource_sid", "ResourceSid", QUERY, "string"),
    P("source_ip_address", "SourceIpAddress", QUERY, "string"),
    P("start_date", "StartDate", QUERY, "datetime"),
    P("end_date", "EndDate", QUERY, "datetime"),
)
_FETCH: Operation[Event] = Operation(
    "events.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)


class EventFilters(Args):
    actor_sid: str | NotGiven = NOT_GIVEN
    event_type: str | NotGiven = NOT_GIVEN
    resource_sid: str | NotGiven = NOT_GIVEN
    source_ip_address: str | NotGiven = NOT_GIVEN
    start_date: datetime | date | str | NotGiven = NOT_GIVEN
    end_date: datetime | date | str | NotGiven = NOT_GIVEN


class EventListArgs(EventFilters, ListArgs): ...


class EventPageArgs(EventFilters, PageArgs): ...


class EventContext(InstanceContext):
    """One Event: ``/v1/Events/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this Event: ``GET /v1/Events/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^AE[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Event

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Fetch this Event: ``GET /v1/Events/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^AE[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Event

    Twilio docs: https://www.twilio.com/docs/usage/api
    """


class EventList(KeyedList[EventContext]):
    """Event collection: ``/v1/Events``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^AE[0-9a-fA-F]{32}$")
    list = _LIST.list_method(
        EventListArgs,
        """List Event resources, every page up to ``limit`` items: ``GET /v1/Events``.

    Parameters are sent in the query string unless noted.

    Args:
        actor_sid (str): ``ActorSid``; string; matching ``^US[0-9a-fA-F]{32}$``; optional.
        event_type (str): ``EventType``; string; optional.
        resource_sid (str): ``ResourceSid``; string; matching ``^[a-zA-Z]{2}[0-9a-fA-F]{32}$``; optional.
        source_ip_address (str): ``SourceIpAddress``; string; optional.
        start_date (datetime | date | str): ``StartDate``; datetime; optional.
        end_date (datetime | date | str): ``EndDate``; datetime; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Event]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """List Event resources, every page up to ``limit`` items: ``GET /v1/Events``.

    Parameters are sent in the query string unless noted.

    Args:
        actor_sid (str): ``ActorSid``; string; matching ``^US[0-9a-fA-F]{32}$``; optional.
        event_type (str): ``EventType``; string; optional.
        resource_sid (str): ``ResourceSid``; string; matching ``^[a-zA-Z]{2}[0-9a-fA-F]{32}$``; optional.
        source_ip_address (str): ``SourceIpAddress``; string; optional.
        start_date (datetime | date | str): ``StartDate``; datetime; optional.
        end_date (datetime | date | str): ``EndDate``; datetime; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Event]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    stream = _LIST.stream_method(
        EventListArgs,
        """Stream Event resources, one page in memory at a time: ``GET /v1/Events``.

    Parameters are sent in the query string unless noted.

    Args:
        actor_sid (str): ``ActorSid``; string; matching ``^US[0-9a-fA-F]{32}$``; optional.
        event_type (str): ``EventType``; string; optional.
        resource_sid (str): ``ResourceSid``; string; matching ``^[a-zA-Z]{2}[0-9a-fA-F]{32}$``; optional.
        source_ip_address (str): ``SourceIpAddress``; string; optional.
        start_date (datetime | date | str): ``StartDate``; datetime; optional.
        end_date (datetime | date | str): ``EndDate``; datetime; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Event.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """Stream Event resources, one page in memory at a time: ``GET /v1/Events``.

    Parameters are sent in the query string unless noted.

    Args:
        actor_sid (str): ``ActorSid``; string; matching ``^US[0-9a-fA-F]{32}$``; optional.
        event_type (str): ``EventType``; string; optional.
        resource_sid (str): ``ResourceSid``; string; matching ``^[a-zA-Z]{2}[0-9a-fA-F]{32}$``; optional.
        source_ip_address (str): ``SourceIpAddress``; string; optional.
        start_date (datetime | date | str): ``StartDate``; datetime; optional.
        end_date (datetime | date | str): ``EndDate``; datetime; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Event.

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
    page = _LIST.page_method(
        EventPageArgs,
        """One page of Event resources (``next_page()`` moves on): ``GET /v1/Events``.

    Parameters are sent in the query string unless noted.

    Args:
        actor_sid (str): ``ActorSid``; string; matching ``^US[0-9a-fA-F]{32}$``; optional.
        event_type (str): ``EventType``; string; optional.
        resource_sid (str): ``ResourceSid``; string; matching ``^[a-zA-Z]{2}[0-9a-fA-F]{32}$``; optional.
        source_ip_address (str): ``SourceIpAddress``; string; optional.
        start_date (datetime | date | str): ``StartDate``; datetime; optional.
        end_date (datetime | date | str): ``EndDate``; datetime; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Event]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """,
    )
    """One page of Event resources (``next_page()`` moves on): ``GET /v1/Events``.

    Parameters are sent in the query string unless noted.

    Args:
        actor_sid (str): ``ActorSid``; string; matching ``^US[0-9a-fA-F]{32}$``; optional.
        event_type (str): ``EventType``; string; optional.
        resource_sid (str): ``ResourceSid``; string; matching ``^[a-zA-Z]{2}[0-9a-fA-F]{32}$``; optional.
        source_ip_address (str): ``SourceIpAddress``; string; optional.
        start_date (datetime | date | str): ``StartDate``; datetime; optional.
        end_date (datetime | date | str): ``EndDate``; datetime; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Event]

    Twilio docs: https://www.twilio.com/docs/usage/api
    """
