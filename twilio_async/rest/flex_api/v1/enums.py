# Generated from specs/flex_v1.yaml by `make codegen`; do not edit.
"""Enums of flex-api v1."""

from __future__ import annotations

from twilio_async._types import TwilioEnum


class ConfigurationStatus(TwilioEnum):
    """Values of ``configuration_status``; unknown values are kept, not rejected."""

    OK = "ok"
    INPROGRESS = "inprogress"
    NOTSTARTED = "notstarted"


class FlexFlowChannelType(TwilioEnum):
    """Values of ``flex_flow_channel_type``; unknown values are kept, not rejected."""

    WEB = "web"
    SMS = "sms"
    FACEBOOK = "facebook"
    WHATSAPP = "whatsapp"
    LINE = "line"
    CUSTOM = "custom"


class FlexFlowIntegrationType(TwilioEnum):
    """Values of ``flex_flow_integration_type``; unknown values are kept, not rejected."""

    STUDIO = "studio"
    EXTERNAL = "external"
    TASK = "task"


class InteractionChannelChannelStatus(TwilioEnum):
    """Values of ``interaction_channel_channel_status``; unknown values are kept, not rejected."""

    SETUP = "setup"
    ACTIVE = "active"
    FAILED = "failed"
    CLOSED = "closed"
    INACTIVE = "inactive"
    PAUSE = "pause"
    TRANSFER = "transfer"


class InteractionChannelParticipantStatus(TwilioEnum):
    """Values of ``interaction_channel_participant_status``; unknown values are kept, not rejected."""

    CLOSED = "closed"
    WRAPUP = "wrapup"


class InteractionChannelParticipantType(TwilioEnum):
    """Values of ``interaction_channel_participant_type``; unknown values are kept, not rejected."""

    SUPERVISOR = "supervisor"
    CUSTOMER = "customer"
    EXTERNAL = "external"
    AGENT = "agent"
    UNKNOWN = "unknown"


class InteractionChannelType(TwilioEnum):
    """Values of ``interaction_channel_type``; unknown values are kept, not rejected."""

    VOICE = "voice"
    SMS = "sms"
    EMAIL = "email"
    WEB = "web"
    WHATSAPP = "whatsapp"
    CHAT = "chat"
    MESSENGER = "messenger"
    GBM = "gbm"


class InteractionChannelUpdateChannelStatus(TwilioEnum):
    """Values of ``interaction_channel_update_channel_status``; unknown values are kept, not rejected."""

    CLOSED = "closed"
    INACTIVE = "inactive"


class InteractionTransferTransferStatus(TwilioEnum):
    """Values of ``interaction_transfer_transfer_status``; unknown values are kept, not rejected."""

    ACTIVE = "active"
    FAILED = "failed"
    COMPLETED = "completed"


class InteractionTransferTransferType(TwilioEnum):
    """Values of ``interaction_transfer_transfer_type``; unknown values are kept, not rejected."""

    WARM = "warm"
    COLD = "cold"
    EXTERNAL = "external"


class ProvisioningStatusStatus(TwilioEnum):
    """Values of ``provisioning_status_status``; unknown values are kept, not rejected."""

    ACTIVE = "active"
    IN_PROGRESS = "in-progress"
    NOT_CONFIGURED = "not-configured"
    FAILED = "failed"


class WebChannelChatStatus(TwilioEnum):
    """Values of ``web_channel_chat_status``; unknown values are kept, not rejected."""

    INACTIVE = "inactive"
