# Generated from specs/conversations_v1.yaml by `make codegen`; do not edit.
"""Conversation models (``conversations``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._fields import IsoDateTime
from twilio_async._models import FromContext, InstanceModel

from ..enums import ConversationState

if TYPE_CHECKING:
    from ..conversations import ConversationContext


class Conversation(InstanceModel["ConversationContext"]):
    """A Conversation as returned by the API."""

    account_sid: str | None = None
    chat_service_sid: str | None = None
    messaging_service_sid: str | None = None
    sid: str
    friendly_name: str | None = None
    unique_name: str | None = None
    attributes: str | None = None
    state: ConversationState | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
    timers: Any | None = None
    url: str | None = None
    links: dict[str, Any] | None = None
    bindings: Any | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = ConversationContext.fetch
        update: ClassVar = ConversationContext.update
        delete: ClassVar = ConversationContext.delete
        messages: ClassVar = ConversationContext.messages
        participants: ClassVar = ConversationContext.participants
        webhooks: ClassVar = ConversationContext.webhooks

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..conversations import ConversationContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
        delete = FromContext()
        messages = FromContext()
        participants = FromContext()
        webhooks = FromContext()
