# Generated from specs/conversations_v1.yaml by `make codegen`; do not edit.
"""ServiceConversationMessage models (``services.conversations.messages``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._fields import IsoDateTime, WireInt
from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..services_conversations_messages import ServiceConversationMessageContext


class ServiceConversationMessage(InstanceModel["ServiceConversationMessageContext"]):
    """A ServiceConversationMessage as returned by the API."""

    account_sid: str | None = None
    chat_service_sid: str | None = None
    conversation_sid: str | None = None
    sid: str
    index: WireInt | None = None
    author: str | None = None
    body: str | None = None
    media: list[Any] | None = None
    attributes: str | None = None
    participant_sid: str | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
    delivery: Any | None = None
    url: str | None = None
    links: dict[str, Any] | None = None
    content_sid: str | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = ServiceConversationMessageContext.fetch
        update: ClassVar = ServiceConversationMessageContext.update
        delete: ClassVar = ServiceConversationMessageContext.delete
        delivery_receipts: ClassVar = ServiceConversationMessageContext.delivery_receipts

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..services_conversations_messages import ServiceConversationMessageContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
        delete = FromContext()
        delivery_receipts = FromContext()
