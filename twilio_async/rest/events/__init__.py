# Generated from specs/events_v1.yaml by `make codegen`; do not edit.
"""The events domain."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from twilio_async._domains import Domain

if TYPE_CHECKING:
    from .v1 import V1
    from .v1.event_types import EventTypeList
    from .v1.schemas import SchemaList
    from .v1.sinks import SinkList
    from .v1.subscriptions import SubscriptionList


class Events(Domain):
    """The ``events.twilio.com`` domain."""

    @cached_property
    def v1(self) -> V1:
        """API version v1."""
        from .v1 import V1

        return V1(self._host)

    @property
    def event_types(self) -> EventTypeList:
        """``v1.event_types`` (twilio-python's domain-level name)."""
        return self.v1.event_types

    @property
    def schemas(self) -> SchemaList:
        """``v1.schemas`` (twilio-python's domain-level name)."""
        return self.v1.schemas

    @property
    def sinks(self) -> SinkList:
        """``v1.sinks`` (twilio-python's domain-level name)."""
        return self.v1.sinks

    @property
    def subscriptions(self) -> SubscriptionList:
        """``v1.subscriptions`` (twilio-python's domain-level name)."""
        return self.v1.subscriptions
