# Generated from specs/events_v1.yaml by `make codegen`; do not edit.
"""Subscription resources (``subscriptions``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from twilio_async._resource import (
    FORM,
    QUERY,
    Args,
    Child,
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
    from .subscriptions_subscribed_events import SubscribedEventList
    from .types.subscriptions import Subscription

_TYPES = Models(__package__, ".types.subscriptions")
_MODEL = _TYPES("Subscription")
_LIST_PATH = "/v1/Subscriptions"
_INSTANCE_PATH = "/v1/Subscriptions/{0}"
_CREATE: Operation[Subscription] = Operation(
    "subscriptions.create", "POST", _LIST_PATH, body="form", model=_MODEL
).with_params(
    P("description", "Description", FORM, "string", required=True),
    P("sink_sid", "SinkSid", FORM, "string", required=True),
    P("types", "Types", FORM, "object", many=True, required=True),
)
_LIST: Operation[Subscription] = Operation(
    "subscriptions.list", "GET", _LIST_PATH, body="none", list_key="subscriptions", model=_MODEL
).with_params(P("sink_sid", "SinkSid", QUERY, "string"))
_FETCH: Operation[Subscription] = Operation(
    "subscriptions.fetch", "GET", _INSTANCE_PATH, body="none", model=_MODEL
)
_UPDATE: Operation[Subscription] = Operation(
    "subscriptions.update", "POST", _INSTANCE_PATH, body="form", model=_MODEL
).with_params(P("description", "Description", FORM, "string"))
_DELETE: Operation[None] = Operation("subscriptions.delete", "DELETE", _INSTANCE_PATH, body="none")


class SubscriptionCreateArgs(Args):
    description: str
    sink_sid: str
    types: Sequence[Any]


class SubscriptionFilters(Args):
    sink_sid: str | NotGiven = NOT_GIVEN


class SubscriptionListArgs(SubscriptionFilters, ListArgs): ...


class SubscriptionPageArgs(SubscriptionFilters, PageArgs): ...


class SubscriptionUpdateArgs(Args):
    description: str | NotGiven = NOT_GIVEN


class SubscriptionContext(InstanceContext):
    """One Subscription: ``/v1/Subscriptions/{Sid}``."""

    __slots__ = ()
    fetch = _FETCH.call_method(Args)
    """Fetch this Subscription: ``GET /v1/Subscriptions/{Sid}``."""
    update = _UPDATE.call_method(SubscriptionUpdateArgs)
    """Update this Subscription: ``POST /v1/Subscriptions/{Sid}``."""
    delete = _DELETE.delete_method(Args)
    """Delete this Subscription: ``DELETE /v1/Subscriptions/{Sid}``; returns True."""
    subscribed_events: Child[SubscribedEventList] = Child(
        ".subscriptions_subscribed_events", "SubscribedEventList"
    )


class SubscriptionList(KeyedList[SubscriptionContext]):
    """Subscription collection: ``/v1/Subscriptions``."""

    __slots__ = ()
    _key = ("Sid", "sid", "^DF[0-9a-fA-F]{32}$")
    create = _CREATE.call_method(SubscriptionCreateArgs)
    """Create a Subscription: ``POST /v1/Subscriptions``."""
    list = _LIST.list_method(SubscriptionListArgs)
    """List Subscription resources: ``GET /v1/Subscriptions``; every page up to ``limit`` items."""
    stream = _LIST.stream_method(SubscriptionListArgs)
    """Stream Subscription resources: ``GET /v1/Subscriptions``; one page in memory at a time."""
    page = _LIST.page_method(SubscriptionPageArgs)
    """One page of Subscription resources: ``GET /v1/Subscriptions``; ``next_page()`` moves on."""
