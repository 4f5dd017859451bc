# Generated from specs/chat_v1.yaml by `make codegen`; do not edit.
"""Enums of chat v1."""

from __future__ import annotations

from twilio_async._types import TwilioEnum


class ChannelChannelType(TwilioEnum):
    """Values of ``channel_channel_type``; unknown values are kept, not rejected."""

    PUBLIC = "public"
    PRIVATE = "private"


class CredentialPushService(TwilioEnum):
    """Values of ``credential_push_service``; unknown values are kept, not rejected."""

    GCM = "gcm"
    APN = "apn"
    FCM = "fcm"


class MessageOrderType(TwilioEnum):
    """Values of ``message_order_type``; unknown values are kept, not rejected."""

    ASC = "asc"
    DESC = "desc"


class RoleRoleType(TwilioEnum):
    """Values of ``role_role_type``; unknown values are kept, not rejected."""

    CHANNEL = "channel"
    DEPLOYMENT = "deployment"


class UserChannelChannelStatus(TwilioEnum):
    """Values of ``user_channel_channel_status``; unknown values are kept, not rejected."""

    JOINED = "joined"
    INVITED = "invited"
    NOT_PARTICIPATING = "not_participating"
