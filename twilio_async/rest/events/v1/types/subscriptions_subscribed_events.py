# Generated from specs/events_v1.yaml by `make codegen`; do not edit.
"""SubscribedEvent models (``subscriptions.subscribed_events``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._fields import WireInt
from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..subscriptions_subscribed_events import SubscribedEventContext


class SubscribedEvent(InstanceModel["SubscribedEventContext"]):
    """A SubscribedEvent as returned by the API."""

    account_sid: str | None = None
    type: str
    schema_version: WireInt | None = None
    subscription_sid: str | None = None
    url: str | None = None

    _key_field = "type"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = SubscribedEventContext.fetch
        update: ClassVar = SubscribedEventContext.update
        delete: ClassVar = SubscribedEventContext.delete

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..subscriptions_subscribed_events import SubscribedEventContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
        delete = FromContext()
