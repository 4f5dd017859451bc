# Generated from specs/events_v1.yaml by `make codegen`; do not edit.
"""EventType resources (``event_types``)."""

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
    from .types.event_types import EventType

_TYPES = Models(__package__, ".types.event_types")
_MODEL = _TYPES("EventType")
_LIST_PATH = "/v1/Types"
_INSTANCE_PATH = "/v1/Types/{0}"
_LIST: Operation[EventType] = Operation(
    "event_types.list", "GET", _LIST_PATH, body="none", list_key="types", model=_MODEL
).with_params(P("schema_id", "SchemaId", QUERY, "string"))
_FETCH: Operation[EventType] = Operation(
    "event_types.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)


class EventTypeFilters(Args):
    schema_id: str | NotGiven = NOT_GIVEN


class EventTypeListArgs(EventTypeFilters, ListArgs): ...


class EventTypePageArgs(EventTypeFilters, PageArgs): ...


class EventTypeContext(InstanceContext):
    """One EventType: ``/v1/Types/{Type}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(Args)
    """Fetch this EventType: ``GET /v1/Types/{Type}``."""


class EventTypeList(KeyedList[EventTypeContext]):
    """EventType collection: ``/v1/Types``."""

    __slots__ = ()
    _key = ("Type", "type", None)
    list = _LIST.list_method(EventTypeListArgs)
    """List EventType resources: ``GET /v1/Types``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(EventTypeListArgs)
    """Stream EventType resources: ``GET /v1/Types``; one page in memory at a time."""
    page = _LIST.page_method(EventTypePageArgs)
    """One page of EventType resources: ``GET /v1/Types``; ``next_page()`` moves on."""
