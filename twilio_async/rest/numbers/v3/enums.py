# Generated from specs/numbers_v3.yaml by `make codegen`; do not edit.
"""Enums of numbers v3."""

from __future__ import annotations

from twilio_async._types import TwilioEnum


class HostedNumberOrderEnumStatus(TwilioEnum):
    """Values of ``hostedNumberOrderEnumStatus``; unknown values are kept, not rejected."""

    TWILIO_PROCESSING = "twilio-processing"
    RECEIVED = "received"
    PENDING_VERIFICATION = "pending-verification"
    VERIFIED = "verified"
    PENDING_LOA = "pending-loa"
    CARRIER_PROCESSING = "carrier-processing"
    TESTING = "testing"
    COMPLETED = "completed"
    FAILED = "failed"
    ACTION_REQUIRED = "action-required"


class HostedNumberOrderEnumVerificationType(TwilioEnum):
    """Values of ``hostedNumberOrderEnumVerificationType``; unknown values are kept, not rejected."""

    PHONE_CALL = "phone-call"
    PHONE_BILL = "phone-bill"
