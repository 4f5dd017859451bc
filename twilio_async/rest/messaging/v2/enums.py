# Generated from specs/messaging_v2.yaml by `make codegen`; do not edit.
"""Enums of messaging v2."""

from __future__ import annotations

from twilio_async._types import TwilioEnum


class ChannelsSenderStatus(TwilioEnum):
    """Values of ``channels_sender_status``; unknown values are kept, not rejected."""

    CREATING = "CREATING"
    ONLINE = "ONLINE"
    OFFLINE = "OFFLINE"
    PENDING_VERIFICATION = "PENDING_VERIFICATION"
    VERIFYING = "VERIFYING"
    ONLINE_UPDATING = "ONLINE:UPDATING"
    TWILIO_REVIEW = "TWILIO_REVIEW"
    DRAFT = "DRAFT"
    STUBBED = "STUBBED"
