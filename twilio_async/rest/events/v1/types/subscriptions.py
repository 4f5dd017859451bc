# Generated from specs/events_v1.yaml by `make codegen`; do not edit.
"""Subscription models (``subscriptions``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._fields import IsoDateTime
from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..subscriptions import SubscriptionContext


class Subscription(InstanceModel["SubscriptionContext"]):
    """A Subscription as returned by the API."""

    account_sid: str | None = None
    sid: str
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
    description: str | None = None
    sink_sid: str | None = None
    url: str | None = None
    links: dict[str, Any] | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = SubscriptionContext.fetch
        update: ClassVar = SubscriptionContext.update
        delete: ClassVar = SubscriptionContext.delete
        subscribed_events: ClassVar = SubscriptionContext.subscribed_events

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..subscriptions import SubscriptionContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
        delete = FromContext()
        subscribed_events = FromContext()
