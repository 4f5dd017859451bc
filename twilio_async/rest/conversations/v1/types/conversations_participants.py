# Generated from specs/conversations_v1.yaml by `make codegen`; do not edit.
"""ConversationParticipant models (``conversations.participants``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._fields import IsoDateTime, WireInt
from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..conversations_participants import ConversationParticipantContext


class ConversationParticipant(InstanceModel["ConversationParticipantContext"]):
    """A ConversationParticipant as returned by the API."""

    account_sid: str | None = None
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
        fetch: ClassVar = ConversationParticipantContext.fetch
        update: ClassVar = ConversationParticipantContext.update
        delete: ClassVar = ConversationParticipantContext.delete

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..conversations_participants import ConversationParticipantContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
        delete = FromContext()
