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
    fetch = _FETCH.call_method(Args)
    """Fetch this Event: ``GET /v1/Events/{Sid}``."""


class EventList(KeyedList[EventContext]):
    """Event collection: ``/v1/Events``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^AE[0-9a-fA-F]{32}$")
    list = _LIST.list_method(EventListArgs)
    """List Event resources: ``GET /v1/Events``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(EventListArgs)
    """Stream Event resources: ``GET /v1/Events``; one page in memory at a time."""
    page = _LIST.page_method(EventPageArgs)
    """One page of Event resources: ``GET /v1/Events``; ``next_page()`` moves on."""
