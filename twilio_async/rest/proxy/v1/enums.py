# Generated from specs/proxy_v1.yaml by `make codegen`; do not edit.
"""Enums of proxy v1."""

from __future__ import annotations

from twilio_async._types import TwilioEnum


class InteractionResourceStatus(TwilioEnum):
    """Values of ``interaction_resource_status``; unknown values are kept, not rejected."""

    ACCEPTED = "accepted"
    ANSWERED = "answered"
    BUSY = "busy"
    CANCELED = "canceled"
    COMPLETED = "completed"
    DELETED = "deleted"
    DELIVERED = "delivered"
    DELIVERY_UNKNOWN = "delivery-unknown"
    FAILED = "failed"
    IN_PROGRESS = "in-progress"
    INITIATED = "initiated"
    NO_ANSWER = "no-answer"
    QUEUED = "queued"
    RECEIVED = "received"
    RECEIVING = "receiving"
    RINGING = "ringing"
    SCHEDULED = "scheduled"
    SENDING = "sending"
    SENT = "sent"
    UNDELIVERED = "undelivered"
    UNKNOWN = "unknown"


class InteractionType(TwilioEnum):
    """Values of ``interaction_type``; unknown values are kept, not rejected."""

    MESSAGE = "message"
    VOICE = "voice"
    UNKNOWN = "unknown"


class MessageInteractionResourceStatus(TwilioEnum):
    """Values of ``message_interaction_resource_status``; unknown values are kept, not rejected."""

    ACCEPTED = "accepted"
    ANSWERED = "answered"
    BUSY = "busy"
    CANCELED = "canceled"
    COMPLETED = "completed"
    DELETED = "deleted"
    DELIVERED = "delivered"
    DELIVERY_UNKNOWN = "delivery-unknown"
    FAILED = "failed"
    IN_PROGRESS = "in-progress"
    INITIATED = "initiated"
    NO_ANSWER = "no-answer"
    QUEUED = "queued"
    RECEIVED = "received"
    RECEIVING = "receiving"
    RINGING = "ringing"
    SCHEDULED = "scheduled"
    SENDING = "sending"
    SENT = "sent"
    UNDELIVERED = "undelivered"
    UNKNOWN = "unknown"


class MessageInteractionType(TwilioEnum):
    """Values of ``message_interaction_type``; unknown values are kept, not rejected."""

    MESSAGE = "message"
    VOICE = "voice"
    UNKNOWN = "unknown"


class ServiceGeoMatchLevel(TwilioEnum):
    """Values of ``service_geo_match_level``; unknown values are kept, not rejected."""

    AREA_CODE = "area-code"
    OVERLAY = "overlay"
    RADIUS = "radius"
    COUNTRY = "country"


class ServiceNumberSelectionBehavior(TwilioEnum):
    """Values of ``service_number_selection_behavior``; unknown values are kept, not rejected."""

    AVOID_STICKY = "avoid-sticky"
    PREFER_STICKY = "prefer-sticky"


class SessionMode(TwilioEnum):
    """Values of ``session_mode``; unknown values are kept, not rejected."""

    MESSAGE_ONLY = "message-only"
    VOICE_ONLY = "voice-only"
    VOICE_AND_MESSAGE = "voice-and-message"


class SessionStatus(TwilioEnum):
    """Values of ``session_status``; unknown values are kept, not rejected."""

    OPEN = "open"
    IN_PROGRESS = "in-progress"
    CLOSED = "closed"
    FAILED = "failed"
    UNKNOWN = "unknown"
