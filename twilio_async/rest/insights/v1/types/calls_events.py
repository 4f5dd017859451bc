# Generated from specs/insights_v1.yaml by `make codegen`; do not edit.
"""Event models (``calls.events``)."""

from __future__ import annotations

from typing import Any

from twilio_async._models import TwilioModel

from ..enums import EventLevel, EventTwilioEdge


class Event(TwilioModel):
    """A Event as returned by the API."""

    timestamp: str | None = None
    call_sid: str | None = None
    account_sid: str | None = None
    edge: EventTwilioEdge | None = None
    group: str | None = None
    level: EventLevel | None = None
    name: str | None = None
    carrier_edge: Any | None = None
    sip_edge: Any | None = None
    sdk_edge: Any | None = None
    client_edge: Any | None = None
