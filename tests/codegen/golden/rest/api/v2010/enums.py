# Generated from specs/mini_api_v2010.yaml by `make codegen`; do not edit.
"""Enums of api v2010."""

from __future__ import annotations

from twilio_async._types import TwilioEnum


class MessageDirection(TwilioEnum):
    """Values of ``message_direction``; unknown values are kept, not rejected."""

    INBOUND = "inbound"
    OUTBOUND_API = "outbound-api"


class MessageStatus(TwilioEnum):
    """Values of ``message_status``; unknown values are kept, not rejected."""

    QUEUED = "queued"
    SENDING = "sending"
    SENT = "sent"
    DELIVERED = "delivered"
    FAILED = "failed"
