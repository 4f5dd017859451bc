# Generated from specs/preview.yaml by `make codegen`; do not edit.
"""Enums of preview hosted_numbers."""

from __future__ import annotations

from twilio_async._types import TwilioEnum


class AuthorizationDocumentStatus(TwilioEnum):
    """Values of ``authorization_document_status``; unknown values are kept, not rejected."""

    OPENED = "opened"
    SIGNING = "signing"
    SIGNED = "signed"
    CANCELED = "canceled"
    FAILED = "failed"


class DependentHostedNumberOrderStatus(TwilioEnum):
    """Values of ``dependent_hosted_number_order_status``; unknown values are kept, not rejected."""

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


class DependentHostedNumberOrderVerificationType(TwilioEnum):
    """Values of ``dependent_hosted_number_order_verification_type``; unknown values are kept, not rejected."""

    PHONE_CALL = "phone-call"
    PHONE_BILL = "phone-bill"


class HostedNumberOrderStatus(TwilioEnum):
    """Values of ``hosted_number_order_status``; unknown values are kept, not rejected."""

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


class HostedNumberOrderVerificationType(TwilioEnum):
    """Values of ``hosted_number_order_verification_type``; unknown values are kept, not rejected."""

    PHONE_CALL = "phone-call"
    PHONE_BILL = "phone-bill"
