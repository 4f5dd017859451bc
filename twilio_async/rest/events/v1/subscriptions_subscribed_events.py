# Generated from specs/events_v1.yaml by `make codegen`; do not edit.
"""SubscribedEvent resources (``subscriptions.subscribed_events``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import (
    FORM,
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
    from .types.subscriptions_subscribed_events import SubscribedEvent

_TYPES = Models(__package__, ".types.subscriptions_subscribed_events")
_MODEL = _TYPES("SubscribedEvent")
_LIST_PATH = "/v1/Subscriptions/{0}/SubscribedEvents"
_INSTANCE_PATH = "/v1/Subscriptions/{0}/SubscribedEvents/{1}"
_CREATE: Operation[SubscribedEvent] = Operation(
    "subscribed_events.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("type", "Type", FORM, "string", required=True),
    P("schema_version", "SchemaVersion", FORM, "integer"),
)
_LIST: Operation[SubscribedEvent] = Operation(
    "subscribed_events.list", "GET", _LIST_PATH, body="none", list_key="types", model=_MODEL
)
_FETCH: Operation[SubscribedEvent] = Operation(
    "subscribed_events.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[SubscribedEvent] = Operation(
    "subscribed_events.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(P("schema_version", "SchemaVersion", FORM, "integer"))
_DELETE: Operation[None] = Operation(
    "subscribed_events.delete", "DELETE", _INSTANCE_PATH, body="none"
)


class SubscribedEventCreateArgs(Args):
    type: str
    schema_version: int | NotGiven = NOT_GIVEN


class SubscribedEventUpdateArgs(Args):
    schema_version: int | NotGiven = NOT_GIVEN


class SubscribedEventContext(InstanceContext):
    """One SubscribedEvent: ``/v1/Subscriptions/{SubscriptionSid}/SubscribedEvents/{Type}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(Args)
    """Fetch this SubscribedEvent: ``GET /v1/Subscriptions/{SubscriptionSid}/SubscribedEvents/{Type}``."""
    update = _UPDATE.call_method(SubscribedEventUpdateArgs)
    """Update this SubscribedEvent: ``POST /v1/Subscriptions/{SubscriptionSid}/SubscribedEvents/{Type}``."""
    delete = _DELETE.delete_method(Args)
    """Delete this SubscribedEvent: ``DELETE /v1/Subscriptions/{SubscriptionSid}/SubscribedEvents/{Type}``; returns True."""


class SubscribedEventList(KeyedList[SubscribedEventContext]):
    """SubscribedEvent collection: ``/v1/Subscriptions/{SubscriptionSid}/SubscribedEvents``."""

    __slots__ = ()
    _key = ("Type", "type", None)
    create = _CREATE.call_method(SubscribedEventCreateArgs)
    """Create a SubscribedEvent: ``POST /v1/Subscriptions/{SubscriptionSid}/SubscribedEvents``."""
    list = _LIST.list_method(ListArgs)
    """List SubscribedEvent resources: ``GET /v1/Subscriptions/{SubscriptionSid}/SubscribedEvents``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(ListArgs)
    """Stream SubscribedEvent resources: ``GET /v1/Subscriptions/{SubscriptionSid}/SubscribedEvents``; one page in memory at a time."""
    page = _LIST.page_method(PageArgs)
    """One page of SubscribedEvent resources: ``GET /v1/Subscriptions/{SubscriptionSid}/SubscribedEvents``; ``next_page()`` moves on."""
