# Generated from specs/conversations_v1.yaml by `make codegen`; do not edit.
"""ServiceConversationScopedWebhook models (``services.conversations.webhooks``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._fields import IsoDateTime
from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..services_conversations_webhooks import ServiceConversationScopedWebhookContext


class ServiceConversationScopedWebhook(InstanceModel["ServiceConversationScopedWebhookContext"]):
    """A ServiceConversationScopedWebhook as returned by the API."""

    sid: str
    account_sid: str | None = None
    chat_service_sid: str | None = None
    conversation_sid: str | None = None
    target: str | None = None
    url: str | None = None
    configuration: Any | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = ServiceConversationScopedWebhookContext.fetch
        update: ClassVar = ServiceConversationScopedWebhookContext.update
        delete: ClassVar = ServiceConversationScopedWebhookContext.delete

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..services_conversations_webhooks import ServiceConversationScopedWebhookContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
        delete = FromContext()
