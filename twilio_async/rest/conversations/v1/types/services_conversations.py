# Generated from specs/conversations_v1.yaml by `make codegen`; do not edit.
"""ServiceConversation models (``services.conversations``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._fields import IsoDateTime
from twilio_async._models import FromContext, InstanceModel

from ..enums import ServiceConversationState

if TYPE_CHECKING:
    from ..services_conversations import ServiceConversationContext


class ServiceConversation(InstanceModel["ServiceConversationContext"]):
    """A ServiceConversation as returned by the API."""

    account_sid: str | None = None
    chat_service_sid: str | None = None
    messaging_service_sid: str | None = None
    sid: str
    friendly_name: str | None = None
    unique_name: str | None = None
    attributes: str | None = None
    state: ServiceConversationState | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
    timers: Any | None = None
    url: str | None = None
    links: dict[str, Any] | None = None
    bindings: Any | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = ServiceConversationContext.fetch
        update: ClassVar = ServiceConversationContext.update
        delete: ClassVar = ServiceConversationContext.delete
        messages: ClassVar = ServiceConversationContext.messages
        participants: ClassVar = ServiceConversationContext.participants
        webhooks: ClassVar = ServiceConversationContext.webhooks

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..services_conversations import ServiceConversationContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
        delete = FromContext()
        messages = FromContext()
        participants = FromContext()
        webhooks = FromContext()
