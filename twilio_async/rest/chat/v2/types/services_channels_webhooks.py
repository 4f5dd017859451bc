# Generated from specs/chat_v2.yaml by `make codegen`; do not edit.
"""ChannelWebhook models (``services.channels.webhooks``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from twilio_async._fields import IsoDateTime
from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..services_channels_webhooks import ChannelWebhookContext


class ChannelWebhook(InstanceModel["ChannelWebhookContext"]):
    """A ChannelWebhook as returned by the API."""

    sid: str
    account_sid: str | None = None
    service_sid: str | None = None
    channel_sid: str | None = None
    type: str | None = None
    url: str | None = None
    configuration: Any | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = ChannelWebhookContext.fetch
        update: ClassVar = ChannelWebhookContext.update
        delete: ClassVar = ChannelWebhookContext.delete

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..services_channels_webhooks import ChannelWebhookContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
        delete = FromContext()
