# Generated from specs/flex_v1.yaml by `make codegen`; do not edit.
"""InsightsConversations models (``insights_conversations``)."""

from __future__ import annotations

from typing import Any

from twilio_async._fields import WireInt
from twilio_async._models import TwilioModel


class InsightsConversations(TwilioModel):
    """A InsightsConversations as returned by the API."""

    account_id: str | None = None
    conversation_id: str | None = None
    segment_count: WireInt | None = None
    segments: list[Any] | None = None
