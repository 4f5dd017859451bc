# Generated from specs/conversations_v1.yaml by `make codegen`; do not edit.
"""ServiceConversationParticipant models (``services.conversations.participants``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._fields import IsoDateTime, WireInt
from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..services_conversations_participants import ServiceConversationParticipantContext


class ServiceConversationParticipant(InstanceModel["ServiceConversationParticipantContext"]):
    """A ServiceConversationParticipant as returned by the API."""

    account_sid: str | None = None
    chat_service_sid: str | None = None
    conversation_sid: str | None = None
    sid: str
    identity: str | None = None
    attributes: str | None = None
    messaging_binding: Any | None = None
    role_sid: str | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
    url: str | None = None
    last_read_message_index: WireInt | None = None
    last_read_timestamp: str | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = ServiceConversationParticipantContext.fetch
        update: ClassVar = ServiceConversationParticipantContext.update
        delete: ClassVar = ServiceConversationParticipantContext.delete

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..services_conversations_participants import ServiceConversationParticipantContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
        delete = FromContext()
