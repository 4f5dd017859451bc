# Generated from specs/conversations_v1.yaml by `make codegen`; do not edit.
"""ServiceConversationMessageReceipt models (``services.conversations.messages.delivery_receipts``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._fields import IsoDateTime, WireInt
from twilio_async._models import FromContext, InstanceModel

from ..enums import ServiceConversationMessageReceiptDeliveryStatus

if TYPE_CHECKING:
    from ..services_conversations_messages_delivery_receipts import (
        ServiceConversationMessageReceiptContext,
    )


class ServiceConversationMessageReceipt(InstanceModel["ServiceConversationMessageReceiptContext"]):
    """A ServiceConversationMessageReceipt as returned by the API."""

    account_sid: str | None = None
    chat_service_sid: str | None = None
    conversation_sid: str | None = None
    message_sid: str | None = None
    sid: str
    channel_message_sid: str | None = None
    participant_sid: str | None = None
    status: ServiceConversationMessageReceiptDeliveryStatus | None = None
    error_code: WireInt | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
    url: str | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = ServiceConversationMessageReceiptContext.fetch

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..services_conversations_messages_delivery_receipts import (
                ServiceConversationMessageReceiptContext,  # noqa: F401
            )
    else:
        fetch = FromContext()
