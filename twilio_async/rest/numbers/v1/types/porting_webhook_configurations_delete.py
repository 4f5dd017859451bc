# Generated from specs/numbers_v1.yaml by `make codegen`; do not edit.
"""PortingWebhookConfigurationDelete models (``porting_webhook_configurations_delete``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from twilio_async._models import FromContext, InstanceModel

if TYPE_CHECKING:
    from ..porting_webhook_configurations_delete import PortingWebhookConfigurationDeleteContext


class PortingWebhookConfigurationDelete(InstanceModel["PortingWebhookConfigurationDeleteContext"]):
    """A PortingWebhookConfigurationDelete as returned by the API."""

    pass

    _key_field = "webhook_type"
    if TYPE_CHECKING:  # the context's own methods and children, with their exact types
        delete: ClassVar = PortingWebhookConfigurationDeleteContext.delete
    else:
        delete = FromContext()
