# Generated from specs/monitor_v1.yaml by `make codegen`; do not edit.
"""monitor v1: the version root."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._domains import Version
from twilio_async._resource import Root

if TYPE_CHECKING:
    from .alerts import AlertInstanceList
    from .events import EventList


class V1(Version):
    """``monitor`` v1 (json-v1)."""

    domain = "monitor"
    dialect_name = "json-v1"
    alerts: Root[AlertInstanceList] = Root(".alerts", "AlertInstanceList")
    events: Root[EventList] = Root(".events", "EventList")
