# Generated from specs/conversations_v1.yaml by `make codegen`; do not edit.
"""ConversationWithParticipants models (``conversation_with_participants``)."""

from __future__ import annotations

from typing import Any

from twilio_async._fields import IsoDateTime
from twilio_async._models import TwilioModel

from ..enums import ConversationWithParticipantsState


class ConversationWithParticipants(TwilioModel):
    """A ConversationWithParticipants as returned by the API."""

    account_sid: str | None = None
    chat_service_sid: str | None = None
    messaging_service_sid: str | None = None
    sid: str | None = None
    friendly_name: str | None = None
    unique_name: str | None = None
    attributes: str | None = None
    state: ConversationWithParticipantsState | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
    timers: Any | None = None
    links: dict[str, Any] | None = None
    bindings: Any | None = None
    url: str | None = None
