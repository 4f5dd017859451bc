# Generated from specs/ip_messaging_v2.yaml by `make codegen`; do not edit.
"""Enums of ip-messaging v2."""

from __future__ import annotations

from twilio_async._types import TwilioEnum


class BindingBindingType(TwilioEnum):
    """Values of ``binding_binding_type``; unknown values are kept, not rejected."""

    GCM = "gcm"
    APN = "apn"
    FCM = "fcm"


class ChannelChannelType(TwilioEnum):
    """Values of ``channel_channel_type``; unknown values are kept, not rejected."""

    PUBLIC = "public"
    PRIVATE = "private"


class ChannelWebhookEnabledType(TwilioEnum):
    """Values of ``channel_webhook_enabled_type``; unknown values are kept, not rejected."""

    TRUE = "true"
    FALSE = "false"


class ChannelWebhookMethod(TwilioEnum):
    """Values of ``channel_webhook_method``; unknown values are kept, not rejected."""

    GET = "GET"
    POST = "POST"


class ChannelWebhookType(TwilioEnum):
    """Values of ``channel_webhook_type``; unknown values are kept, not rejected."""

    WEBHOOK = "webhook"
    TRIGGER = "trigger"
    STUDIO = "studio"


class CredentialPushService(TwilioEnum):
    """Values of ``credential_push_service``; unknown values are kept, not rejected."""

    GCM = "gcm"
    APN = "apn"
    FCM = "fcm"


class MemberWebhookEnabledType(TwilioEnum):
    """Values of ``member_webhook_enabled_type``; unknown values are kept, not rejected."""

    TRUE = "true"
    FALSE = "false"


class MessageOrderType(TwilioEnum):
    """Values of ``message_order_type``; unknown values are kept, not rejected."""

    ASC = "asc"
    DESC = "desc"


class MessageWebhookEnabledType(TwilioEnum):
    """Values of ``message_webhook_enabled_type``; unknown values are kept, not rejected."""

    TRUE = "true"
    FALSE = "false"


class RoleRoleType(TwilioEnum):
    """Values of ``role_role_type``; unknown values are kept, not rejected."""

    CHANNEL = "channel"
    DEPLOYMENT = "deployment"


class UserBindingBindingType(TwilioEnum):
    """Values of ``user_binding_binding_type``; unknown values are kept, not rejected."""

    GCM = "gcm"
    APN = "apn"
    FCM = "fcm"


class UserChannelChannelStatus(TwilioEnum):
    """Values of ``user_channel_channel_status``; unknown values are kept, not rejected."""

    JOINED = "joined"
    INVITED = "invited"
    NOT_PARTICIPATING = "not_participating"


class UserChannelNotificationLevel(TwilioEnum):
    """Values of ``user_channel_notification_level``; unknown values are kept, not rejected."""

    DEFAULT = "default"
    MUTED = "muted"


class UserWebhookEnabledType(TwilioEnum):
    """Values of ``user_webhook_enabled_type``; unknown values are kept, not rejected."""

    TRUE = "true"
    FALSE = "false"
