# Generated from specs/verify_v2.yaml by `make codegen`; do not edit.
"""Webhook models (``services.webhooks``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._fields import IsoDateTime
from twilio_async._models import FromContext, InstanceModel

from ..enums import WebhookMethods, WebhookStatus, WebhookVersion

if TYPE_CHECKING:
    from ..services_webhooks import WebhookContext


class Webhook(InstanceModel["WebhookContext"]):
    """A Webhook as returned by the API."""

    sid: str
    service_sid: str | None = None
    account_sid: str | None = None
    friendly_name: str | None = None
    event_types: list[str] | None = None
    status: WebhookStatus | None = None
    version: WebhookVersion | None = None
    webhook_url: str | None = None
    webhook_method: WebhookMethods | None = None
    date_created: IsoDateTime | None = None
    date_updated: IsoDateTime | None = None
    url: str | None = None

    _key_field = "sid"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        fetch: ClassVar = WebhookContext.fetch
        update: ClassVar = WebhookContext.update
        delete: ClassVar = WebhookContext.delete

        def _after_context(self) -> None:  # mypy: infer the context's types first
            from ..services_webhooks import WebhookContext  # noqa: F401
    else:
        fetch = FromContext()
        update = FromContext()
        delete = FromContext()
