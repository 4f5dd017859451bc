# Generated from specs/events_v1.yaml by `make codegen`; do not edit.
"""events v1: the version root."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._domains import Version
from twilio_async._resource import Root

if TYPE_CHECKING:
    from .event_types import EventTypeList
    from .schemas import SchemaList
    from .sinks import SinkList
    from .subscriptions import SubscriptionList


class V1(Version):
    """``events`` v1 (json-v1)."""

    domain = "events"
    dialect_name = "json-v1"
    event_types: Root[EventTypeList] = Root(".event_types", "EventTypeList")
    schemas: Root[SchemaList] = Root(".schemas", "SchemaList")
    sinks: Root[SinkList] = Root(".sinks", "SinkList")
    subscriptions: Root[SubscriptionList] = Root(".subscriptions", "SubscriptionList")
