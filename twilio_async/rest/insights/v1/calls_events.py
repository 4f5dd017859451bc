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
    list = _LIST.list_method(EventListArgs)
    """List Event resources: ``GET /v1/Voice/{CallSid}/Events``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(EventListArgs)
    """Stream Event resources: ``GET /v1/Voice/{CallSid}/Events``; one page in memory at a time."""
    page = _LIST.page_method(EventPageArgs)
    """One page of Event resources: ``GET /v1/Voice/{CallSid}/Events``; ``next_page()`` moves on."""
