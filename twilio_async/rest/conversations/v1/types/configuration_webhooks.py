# Generated from specs/conversations_v1.yaml by `make codegen`; do not edit.
"""ConfigurationWebhook models (``configuration.webhooks``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._models import FromContext, InstanceModel

from ..enums import ConfigurationWebhookMethod, ConfigurationWebhookTarget

if TYPE_CHECKING:
    from ..configuration_webhooks import ConfigurationWebhookContext


class ConfigurationWebhook(InstanceModel["ConfigurationWebhookContext"]):
    """A ConfigurationWebhook as returned by the API."""

    account_sid: str | None = None
    method: ConfigurationWebhookMethod | None = None
    filters: list[str] | None = None
    pre_webhook_url: str | None = None
    post_webhook_url: str | None = None
    target: ConfigurationWebhookTarget | None = None
    url: str | None = None

    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = ConfigurationWebhookContext.fetch
        update: ClassVar = ConfigurationWebhookContext.update
    else:
        fetch = FromContext()
        update = FromContext()
