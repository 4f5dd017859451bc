# Generated from specs/conversations_v1.yaml by `make codegen`; do not edit.
"""ParticipantConversation models (``participant_conversations``)."""

from __future__ import annotations

from typing import Any

from twilio_async._fields import IsoDateTime
from twilio_async._models import TwilioModel

from ..enums import ParticipantConversationState


class ParticipantConversation(TwilioModel):
    """A ParticipantConversation as returned by the API."""

    account_sid: str | None = None
    chat_service_sid: str | None = None
    participant_sid: str | None = None
    participant_user_sid: str | None = None
    participant_identity: str | None = None
    participant_messaging_binding: Any | None = None
    conversation_sid: str | None = None
    conversation_unique_name: str | None = None
    conversation_friendly_name: str | None = None
    conversation_attributes: str | None = None
    conversation_date_created: IsoDateTime | None = None
    conversation_date_updated: IsoDateTime | None = None
    conversation_created_by: str | None = None
    conversation_state: ParticipantConversationState | None = None
    conversation_timers: Any | None = None
    links: dict[str, Any] | None = None
