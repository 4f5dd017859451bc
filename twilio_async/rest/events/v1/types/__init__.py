# Generated from specs/events_v1.yaml by `make codegen`; do not edit.
"""Response models of events v1, loaded on first access: ``from twilio_async.rest.events.v1.types import EventType``."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .event_types import EventType as EventType
    from .schemas import Schema as Schema
    from .schemas_versions import SchemaVersion as SchemaVersion
    from .sinks import Sink as Sink
    from .sinks_sink_test import SinkTest as SinkTest
    from .sinks_sink_validate import SinkValidate as SinkValidate
    from .subscriptions import Subscription as Subscription
    from .subscriptions_subscribed_events import SubscribedEvent as SubscribedEvent

#: Model class name -> the module (relative to this package) that defines it.
_MODULES: dict[str, str] = {
    "EventType": ".event_types",
    "Schema": ".schemas",
    "SchemaVersion": ".schemas_versions",
    "Sink": ".sinks",
    "SinkTest": ".sinks_sink_test",
    "SinkValidate": ".sinks_sink_validate",
    "SubscribedEvent": ".subscriptions_subscribed_events",
    "Subscription": ".subscriptions",
}
__all__ = [
    "EventType",
    "Schema",
    "SchemaVersion",
    "Sink",
    "SinkTest",
    "SinkValidate",
    "SubscribedEvent",
    "Subscription",
]


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_MODULES])
