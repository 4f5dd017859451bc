# Generated from specs/conversations_v1.yaml by `make codegen`; do not edit.
"""Enums of conversations v1."""

from __future__ import annotations

from twilio_async._types import TwilioEnum


class ConfigurationAddressAutoCreationType(TwilioEnum):
    """Values of ``configuration_address_auto_creation_type``; unknown values are kept, not rejected."""

    WEBHOOK = "webhook"
    STUDIO = "studio"
    DEFAULT = "default"


class ConfigurationAddressMethod(TwilioEnum):
    """Values of ``configuration_address_method``; unknown values are kept, not rejected."""

    GET = "get"
    POST = "post"


class ConfigurationAddressType(TwilioEnum):
    """Values of ``configuration_address_type``; unknown values are kept, not rejected."""

    SMS = "sms"
    WHATSAPP = "whatsapp"
    MESSENGER = "messenger"
    GBM = "gbm"
    EMAIL = "email"
    RCS = "rcs"
    APPLE = "apple"
    CHAT = "chat"


class ConfigurationWebhookMethod(TwilioEnum):
    """Values of ``configuration_webhook_method``; unknown values are kept, not rejected."""

    GET = "GET"
    POST = "POST"


class ConfigurationWebhookTarget(TwilioEnum):
    """Values of ``configuration_webhook_target``; unknown values are kept, not rejected."""

    WEBHOOK = "webhook"
    FLEX = "flex"


class ConversationMessageOrderType(TwilioEnum):
    """Values of ``conversation_message_order_type``; unknown values are kept, not rejected."""

    ASC = "asc"
    DESC = "desc"


class ConversationMessageReceiptDeliveryStatus(TwilioEnum):
    """Values of ``conversation_message_receipt_delivery_status``; unknown values are kept, not rejected."""

    READ = "read"
    FAILED = "failed"
    DELIVERED = "delivered"
    UNDELIVERED = "undelivered"
    SENT = "sent"


class ConversationMessageWebhookEnabledType(TwilioEnum):
    """Values of ``conversation_message_webhook_enabled_type``; unknown values are kept, not rejected."""

    TRUE = "true"
    FALSE = "false"


class ConversationParticipantWebhookEnabledType(TwilioEnum):
    """Values of ``conversation_participant_webhook_enabled_type``; unknown values are kept, not rejected."""

    TRUE = "true"
    FALSE = "false"


class ConversationScopedWebhookMethod(TwilioEnum):
    """Values of ``conversation_scoped_webhook_method``; unknown values are kept, not rejected."""

    GET = "get"
    POST = "post"


class ConversationScopedWebhookTarget(TwilioEnum):
    """Values of ``conversation_scoped_webhook_target``; unknown values are kept, not rejected."""

    WEBHOOK = "webhook"
    TRIGGER = "trigger"
    STUDIO = "studio"


class ConversationState(TwilioEnum):
    """Values of ``conversation_state``; unknown values are kept, not rejected."""

    INITIALIZING = "initializing"
    INACTIVE = "inactive"
    ACTIVE = "active"
    CLOSED = "closed"


class ConversationWebhookEnabledType(TwilioEnum):
    """Values of ``conversation_webhook_enabled_type``; unknown values are kept, not rejected."""

    TRUE = "true"
    FALSE = "false"


class ConversationWithParticipantsState(TwilioEnum):
    """Values of ``conversation_with_participants_state``; unknown values are kept, not rejected."""

    INITIALIZING = "initializing"
    INACTIVE = "inactive"
    ACTIVE = "active"
    CLOSED = "closed"


class ConversationWithParticipantsWebhookEnabledType(TwilioEnum):
    """Values of ``conversation_with_participants_webhook_enabled_type``; unknown values are kept, not rejected."""

    TRUE = "true"
    FALSE = "false"


class CredentialPushType(TwilioEnum):
    """Values of ``credential_push_type``; unknown values are kept, not rejected."""

    APN = "apn"
    GCM = "gcm"
    FCM = "fcm"


class ParticipantConversationState(TwilioEnum):
    """Values of ``participant_conversation_state``; unknown values are kept, not rejected."""

    INACTIVE = "inactive"
    ACTIVE = "active"
    CLOSED = "closed"


class RoleRoleType(TwilioEnum):
    """Values of ``role_role_type``; unknown values are kept, not rejected."""

    CONVERSATION = "conversation"
    SERVICE = "service"


class ServiceBindingBindingType(TwilioEnum):
    """Values of ``service_binding_binding_type``; unknown values are kept, not rejected."""

    APN = "apn"
    GCM = "gcm"
    FCM = "fcm"
    TWILSOCK = "twilsock"


class ServiceConversationMessageOrderType(TwilioEnum):
    """Values of ``service_conversation_message_order_type``; unknown values are kept, not rejected."""

    ASC = "asc"
    DESC = "desc"


class ServiceConversationMessageReceiptDeliveryStatus(TwilioEnum):
    """Values of ``service_conversation_message_receipt_delivery_status``; unknown values are kept, not rejected."""

    READ = "read"
    FAILED = "failed"
    DELIVERED = "delivered"
    UNDELIVERED = "undelivered"
    SENT = "sent"


class ServiceConversationMessageWebhookEnabledType(TwilioEnum):
    """Values of ``service_conversation_message_webhook_enabled_type``; unknown values are kept, not rejected."""

    TRUE = "true"
    FALSE = "false"


class ServiceConversationParticipantWebhookEnabledType(TwilioEnum):
    """Values of ``service_conversation_participant_webhook_enabled_type``; unknown values are kept, not rejected."""

    TRUE = "true"
    FALSE = "false"


class ServiceConversationScopedWebhookMethod(TwilioEnum):
    """Values of ``service_conversation_scoped_webhook_method``; unknown values are kept, not rejected."""

    GET = "get"
    POST = "post"


class ServiceConversationScopedWebhookTarget(TwilioEnum):
    """Values of ``service_conversation_scoped_webhook_target``; unknown values are kept, not rejected."""

    WEBHOOK = "webhook"
    TRIGGER = "trigger"
    STUDIO = "studio"


class ServiceConversationState(TwilioEnum):
    """Values of ``service_conversation_state``; unknown values are kept, not rejected."""

    INACTIVE = "inactive"
    ACTIVE = "active"
    CLOSED = "closed"
    INITIALIZING = "initializing"


class ServiceConversationWebhookEnabledType(TwilioEnum):
    """Values of ``service_conversation_webhook_enabled_type``; unknown values are kept, not rejected."""

    TRUE = "true"
    FALSE = "false"


class ServiceConversationWithParticipantsState(TwilioEnum):
    """Values of ``service_conversation_with_participants_state``; unknown values are kept, not rejected."""

    INITIALIZING = "initializing"
    INACTIVE = "inactive"
    ACTIVE = "active"
    CLOSED = "closed"


class ServiceConversationWithParticipantsWebhookEnabledType(TwilioEnum):
    """Values of ``service_conversation_with_participants_webhook_enabled_type``; unknown values are kept, not rejected."""

    TRUE = "true"
    FALSE = "false"


class ServiceParticipantConversationState(TwilioEnum):
    """Values of ``service_participant_conversation_state``; unknown values are kept, not rejected."""

    INACTIVE = "inactive"
    ACTIVE = "active"
    CLOSED = "closed"


class ServiceRoleRoleType(TwilioEnum):
    """Values of ``service_role_role_type``; unknown values are kept, not rejected."""

    CONVERSATION = "conversation"
    SERVICE = "service"


class ServiceUserConversationNotificationLevel(TwilioEnum):
    """Values of ``service_user_conversation_notification_level``; unknown values are kept, not rejected."""

    DEFAULT = "default"
    MUTED = "muted"


class ServiceUserConversationState(TwilioEnum):
    """Values of ``service_user_conversation_state``; unknown values are kept, not rejected."""

    INACTIVE = "inactive"
    ACTIVE = "active"
    CLOSED = "closed"


class ServiceUserWebhookEnabledType(TwilioEnum):
    """Values of ``service_user_webhook_enabled_type``; unknown values are kept, not rejected."""

    TRUE = "true"
    FALSE = "false"


class ServiceWebhookConfigurationMethod(TwilioEnum):
    """Values of ``service_webhook_configuration_method``; unknown values are kept, not rejected."""

    GET = "GET"
    POST = "POST"


class UserConversationNotificationLevel(TwilioEnum):
    """Values of ``user_conversation_notification_level``; unknown values are kept, not rejected."""

    DEFAULT = "default"
    MUTED = "muted"


class UserConversationState(TwilioEnum):
    """Values of ``user_conversation_state``; unknown values are kept, not rejected."""

    INACTIVE = "inactive"
    ACTIVE = "active"
    CLOSED = "closed"


class UserWebhookEnabledType(TwilioEnum):
    """Values of ``user_webhook_enabled_type``; unknown values are kept, not rejected."""

    TRUE = "true"
    FALSE = "false"
