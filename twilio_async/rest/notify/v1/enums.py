# Generated from specs/notify_v1.yaml by `make codegen`; do not edit.
"""Enums of notify v1."""

from __future__ import annotations

from twilio_async._types import TwilioEnum


class BindingBindingType(TwilioEnum):
    """Values of ``binding_binding_type``; unknown values are kept, not rejected."""

    APN = "apn"
    GCM = "gcm"
    SMS = "sms"
    FCM = "fcm"
    FACEBOOK_MESSENGER = "facebook-messenger"
    ALEXA = "alexa"


class CredentialPushService(TwilioEnum):
    """Values of ``credential_push_service``; unknown values are kept, not rejected."""

    GCM = "gcm"
    APN = "apn"
    FCM = "fcm"


class NotificationPriority(TwilioEnum):
    """Values of ``notification_priority``; unknown values are kept, not rejected."""

    HIGH = "high"
    LOW = "low"
