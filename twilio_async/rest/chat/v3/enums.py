# Generated from specs/chat_v3.yaml by `make codegen`; do not edit.
"""Enums of chat v3."""

from __future__ import annotations

from twilio_async._types import TwilioEnum


class ChannelChannelType(TwilioEnum):
    """Values of ``channel_channel_type``; unknown values are kept, not rejected."""

    PUBLIC = "public"
    PRIVATE = "private"


class ChannelWebhookEnabledType(TwilioEnum):
    """Values of ``channel_webhook_enabled_type``; unknown values are kept, not rejected."""

    TRUE = "true"
    FALSE = "false"
