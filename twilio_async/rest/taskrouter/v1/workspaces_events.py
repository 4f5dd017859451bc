# Generated from specs/taskrouter_v1.yaml by `make codegen`; do not edit.
"""Event resources (``workspaces.events``)."""

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
    from .types.workspaces_events import Event

_TYPES = Models(__package__, ".types.workspaces_events")
_MODEL = _TYPES("Event")
_LIST_PATH = "/v1/Workspaces/{0}/Events"
_INSTANCE_PATH = "/v1/Workspaces/{0}/Events/{1}"
_LIST: Operation[Event] = Operation(
    "events.list", "GET", _LIST_PATH, body="none", list_key="events", model=_MODEL
).with_params(
    P("end_date", "EndDate", QUERY, "datetime"),
    P("event_type", "EventType", QUERY, "string"),
    P("minutes", "Minutes", QUERY, "integer"),
    P("reservation_sid", "ReservationSid", QUERY, "string"),
    P("start_date", "StartDate", QUERY, "datetime"),
    P("task_queue_sid", "TaskQueueSid", QUERY, "string"),
    P("task_sid", "TaskSid", QUERY, "string"),
    P("worker_sid", "WorkerSid", QUERY, "string"),
    P("workflow_sid", "WorkflowSid", QUERY, "string"),
    P("task_channel", "TaskChannel", QUERY, "string"),
    P("sid", "Sid", QUERY, "string"),
)
_FETCH: Operation[Event] = Operation(
    "events.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)


class EventFilters(Args):
    end_date: datetime | date | str | NotGiven = NOT_GIVEN
    event_type: str | NotGiven = NOT_GIVEN
    minutes: int | NotGiven = NOT_GIVEN
    reservation_sid: str | NotGiven = NOT_GIVEN
    start_date: datetime | date | str | NotGiven = NOT_GIVEN
    task_queue_sid: str | NotGiven = NOT_GIVEN
    task_sid: str | NotGiven = NOT_GIVEN
    worker_sid: str | NotGiven = NOT_GIVEN
    workflow_sid: str | NotGiven = NOT_GIVEN
    task_channel: str | NotGiven = NOT_GIVEN
    sid: str | NotGiven = NOT_GIVEN


class EventListArgs(EventFilters, ListArgs): ...


class EventPageArgs(EventFilters, PageArgs): ...


class EventContext(InstanceContext):
    """One Event: ``/v1/Workspaces/{WorkspaceSid}/Events/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(
        Args,
        """Fetch this Event: ``GET /v1/Workspaces/{WorkspaceSid}/Events/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^EV[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Event

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """,
    )
    """Fetch this Event: ``GET /v1/Workspaces/{WorkspaceSid}/Events/{Sid}``.

    The instance is addressed by ``{Sid}``, matching ``^EV[0-9a-fA-F]{32}$``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Event

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """


class EventList(KeyedList[EventContext]):
    """Event collection: ``/v1/Workspaces/{WorkspaceSid}/Events``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^EV[0-9a-fA-F]{32}$")
    list = _LIST.list_method(
        EventListArgs,
        """List Event resources, every page up to ``limit`` items: ``GET /v1/Workspaces/{WorkspaceSid}/Events``.

    Parameters are sent in the query string unless noted.

    Args:
        end_date (datetime | date | str): ``EndDate``; datetime; optional.
        event_type (str): ``EventType``; string; optional.
        minutes (int): ``Minutes``; integer; optional.
        reservation_sid (str): ``ReservationSid``; string; matching ``^WR[0-9a-fA-F]{32}$``; optional.
        start_date (datetime | date | str): ``StartDate``; datetime; optional.
        task_queue_sid (str): ``TaskQueueSid``; string; matching ``^WQ[0-9a-fA-F]{32}$``; optional.
        task_sid (str): ``TaskSid``; string; matching ``^WT[0-9a-fA-F]{32}$``; optional.
        worker_sid (str): ``WorkerSid``; string; matching ``^WK[0-9a-fA-F]{32}$``; optional.
        workflow_sid (str): ``WorkflowSid``; string; matching ``^WW[0-9a-fA-F]{32}$``; optional.
        task_channel (str): ``TaskChannel``; string; optional.
        sid (str): ``Sid``; string; matching ``^EV[0-9a-fA-F]{32}$``; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Event]

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """,
    )
    """List Event resources, every page up to ``limit`` items: ``GET /v1/Workspaces/{WorkspaceSid}/Events``.

    Parameters are sent in the query string unless noted.

    Args:
        end_date (datetime | date | str): ``EndDate``; datetime; optional.
        event_type (str): ``EventType``; string; optional.
        minutes (int): ``Minutes``; integer; optional.
        reservation_sid (str): ``ReservationSid``; string; matching ``^WR[0-9a-fA-F]{32}$``; optional.
        start_date (datetime | date | str): ``StartDate``; datetime; optional.
        task_queue_sid (str): ``TaskQueueSid``; string; matching ``^WQ[0-9a-fA-F]{32}$``; optional.
        task_sid (str): ``TaskSid``; string; matching ``^WT[0-9a-fA-F]{32}$``; optional.
        worker_sid (str): ``WorkerSid``; string; matching ``^WK[0-9a-fA-F]{32}$``; optional.
        workflow_sid (str): ``WorkflowSid``; string; matching ``^WW[0-9a-fA-F]{32}$``; optional.
        task_channel (str): ``TaskChannel``; string; optional.
        sid (str): ``Sid``; string; matching ``^EV[0-9a-fA-F]{32}$``; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        list[Event]

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """
    stream = _LIST.stream_method(
        EventListArgs,
        """Stream Event resources, one page in memory at a time: ``GET /v1/Workspaces/{WorkspaceSid}/Events``.

    Parameters are sent in the query string unless noted.

    Args:
        end_date (datetime | date | str): ``EndDate``; datetime; optional.
        event_type (str): ``EventType``; string; optional.
        minutes (int): ``Minutes``; integer; optional.
        reservation_sid (str): ``ReservationSid``; string; matching ``^WR[0-9a-fA-F]{32}$``; optional.
        start_date (datetime | date | str): ``StartDate``; datetime; optional.
        task_queue_sid (str): ``TaskQueueSid``; string; matching ``^WQ[0-9a-fA-F]{32}$``; optional.
        task_sid (str): ``TaskSid``; string; matching ``^WT[0-9a-fA-F]{32}$``; optional.
        worker_sid (str): ``WorkerSid``; string; matching ``^WK[0-9a-fA-F]{32}$``; optional.
        workflow_sid (str): ``WorkflowSid``; string; matching ``^WW[0-9a-fA-F]{32}$``; optional.
        task_channel (str): ``TaskChannel``; string; optional.
        sid (str): ``Sid``; string; matching ``^EV[0-9a-fA-F]{32}$``; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Event.

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """,
    )
    """Stream Event resources, one page in memory at a time: ``GET /v1/Workspaces/{WorkspaceSid}/Events``.

    Parameters are sent in the query string unless noted.

    Args:
        end_date (datetime | date | str): ``EndDate``; datetime; optional.
        event_type (str): ``EventType``; string; optional.
        minutes (int): ``Minutes``; integer; optional.
        reservation_sid (str): ``ReservationSid``; string; matching ``^WR[0-9a-fA-F]{32}$``; optional.
        start_date (datetime | date | str): ``StartDate``; datetime; optional.
        task_queue_sid (str): ``TaskQueueSid``; string; matching ``^WQ[0-9a-fA-F]{32}$``; optional.
        task_sid (str): ``TaskSid``; string; matching ``^WT[0-9a-fA-F]{32}$``; optional.
        worker_sid (str): ``WorkerSid``; string; matching ``^WK[0-9a-fA-F]{32}$``; optional.
        workflow_sid (str): ``WorkflowSid``; string; matching ``^WW[0-9a-fA-F]{32}$``; optional.
        task_channel (str): ``TaskChannel``; string; optional.
        sid (str): ``Sid``; string; matching ``^EV[0-9a-fA-F]{32}$``; optional.
        limit (int | None): SDK: stop after this many items in total.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        An async iterator of Event.

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """
    page = _LIST.page_method(
        EventPageArgs,
        """One page of Event resources (``next_page()`` moves on): ``GET /v1/Workspaces/{WorkspaceSid}/Events``.

    Parameters are sent in the query string unless noted.

    Args:
        end_date (datetime | date | str): ``EndDate``; datetime; optional.
        event_type (str): ``EventType``; string; optional.
        minutes (int): ``Minutes``; integer; optional.
        reservation_sid (str): ``ReservationSid``; string; matching ``^WR[0-9a-fA-F]{32}$``; optional.
        start_date (datetime | date | str): ``StartDate``; datetime; optional.
        task_queue_sid (str): ``TaskQueueSid``; string; matching ``^WQ[0-9a-fA-F]{32}$``; optional.
        task_sid (str): ``TaskSid``; string; matching ``^WT[0-9a-fA-F]{32}$``; optional.
        worker_sid (str): ``WorkerSid``; string; matching ``^WK[0-9a-fA-F]{32}$``; optional.
        workflow_sid (str): ``WorkflowSid``; string; matching ``^WW[0-9a-fA-F]{32}$``; optional.
        task_channel (str): ``TaskChannel``; string; optional.
        sid (str): ``Sid``; string; matching ``^EV[0-9a-fA-F]{32}$``; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Event]

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """,
    )
    """One page of Event resources (``next_page()`` moves on): ``GET /v1/Workspaces/{WorkspaceSid}/Events``.

    Parameters are sent in the query string unless noted.

    Args:
        end_date (datetime | date | str): ``EndDate``; datetime; optional.
        event_type (str): ``EventType``; string; optional.
        minutes (int): ``Minutes``; integer; optional.
        reservation_sid (str): ``ReservationSid``; string; matching ``^WR[0-9a-fA-F]{32}$``; optional.
        start_date (datetime | date | str): ``StartDate``; datetime; optional.
        task_queue_sid (str): ``TaskQueueSid``; string; matching ``^WQ[0-9a-fA-F]{32}$``; optional.
        task_sid (str): ``TaskSid``; string; matching ``^WT[0-9a-fA-F]{32}$``; optional.
        worker_sid (str): ``WorkerSid``; string; matching ``^WK[0-9a-fA-F]{32}$``; optional.
        workflow_sid (str): ``WorkflowSid``; string; matching ``^WW[0-9a-fA-F]{32}$``; optional.
        task_channel (str): ``TaskChannel``; string; optional.
        sid (str): ``Sid``; string; matching ``^EV[0-9a-fA-F]{32}$``; optional.
        page_size (int | None): SDK: items per page (sent as ``PageSize``).
        page_token (str | None): SDK: the page to fetch, from an earlier page's token.
        page_number (int | None): SDK: the page number to fetch (sent as ``Page``).
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        Page[Event]

    Twilio docs: https://www.twilio.com/docs/taskrouter
    """
