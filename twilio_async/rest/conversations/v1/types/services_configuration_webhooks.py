# Generated from specs/conversations_v1.yaml by `make codegen`; do not edit.
"""ServiceWebhookConfiguration models (``services.configuration.webhooks``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._models import FromContext, InstanceModel

from ..enums import ServiceWebhookConfigurationMethod

if TYPE_CHECKING:
    from ..services_configuration_webhooks import ServiceWebhookConfigurationContext


class ServiceWebhookConfiguration(InstanceModel["ServiceWebhookConfigurationContext"]):
    """A ServiceWebhookConfiguration as returned by the API."""

    account_sid: str | None = None
    chat_service_sid: str | None = None
    pre_webhook_url: str | None = None
    post_webhook_url: str | None = None
    filters: list[str] | None = None
    method: ServiceWebhookConfigurationMethod | None = None
    url: str | None = None

    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = ServiceWebhookConfigurationContext.fetch
        update: ClassVar = ServiceWebhookConfigurationContext.update
    else:
        fetch = FromContext()
        update = FromContext()
