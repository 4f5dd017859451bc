# Generated from specs/conversations_v1.yaml by `make codegen`; do not edit.
"""UserConversation models (``users.user_conversations``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._fields import IsoDateTime, WireInt
from twilio_async._models import FromContext, InstanceModel

from ..enums import UserConversationNotificationLevel, UserConversationState

if TYPE_CHECKING:
    from ..users_user_conversations import UserConversationContext


class UserConversation(InstanceModel["UserConversationContext"]):
    """A UserConversation as returned by the API."""

    account_sid: str | None = None
    chat_service_sid: str | None = None
    conversation_sid: str
    unread_messages_count: WireInt | None = None
    last_read_message_index: WireInt | None = None
    participant_sid: str | None = None
    user_sid: str | None = None
    friendly_name: str | None = None
    conversation_state: UserConversationState | None = None
    timers: Any | None = None
    attributes: str | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
    created_by: str | None = None
    notification_level: UserConversationNotificationLevel | None = None
    unique_name: str | None = None
    url: str | None = None
    links: dict[str, Any] | None = None

    _key_field = "conversation_sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = UserConversationContext.fetch
        update: ClassVar = UserConversationContext.update
        delete: ClassVar = UserConversationContext.delete

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..users_user_conversations import UserConversationContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
        delete = FromContext()
