# Generated from specs/video_v1.yaml by `make codegen`; do not edit.
"""SubscribeRules models (``rooms.participants.subscribe_rules``)."""

from __future__ import annotations

from typing import Any

from twilio_async._fields import IsoDateTime
from twilio_async._models import TwilioModel


class SubscribeRules(TwilioModel):
    """A SubscribeRules as returned by the API."""

    participant_sid: str | None = None
    room_sid: str | None = None
    rules: list[Any] | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
