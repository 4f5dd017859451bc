# Generated from specs/numbers_v1.yaml by `make codegen`; do not edit.
"""PortingWebhookConfigurationDelete resources (``porting_webhook_configurations_delete``)."""

from __future__ import annotations

from twilio_async._resource import Args, InstanceContext, KeyedList, Operation

_INSTANCE_PATH = "/v1/Porting/Configuration/Webhook/{0}"
_DELETE: Operation[None] = Operation(
    "porting_webhook_configurations_delete.delete", "DELETE", _INSTANCE_PATH, body="none"
)


class PortingWebhookConfigurationDeleteContext(InstanceContext):
    """One PortingWebhookConfigurationDelete: ``/v1/Porting/Configuration/Webhook/{WebhookType}``."""

    __slots__ = ()
    delete = _DELETE.delete_method(
        Args,
        """Delete this PortingWebhookConfigurationDelete: ``DELETE /v1/Porting/Configuration/Webhook/{WebhookType}``.

    The instance is addressed by ``{WebhookType}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/phone-numbers
    """,
    )
    """Delete this PortingWebhookConfigurationDelete: ``DELETE /v1/Porting/Configuration/Webhook/{WebhookType}``.

    The instance is addressed by ``{WebhookType}``.

    Args:
        options (RequestOptions | None): SDK: per-request timeout, retries and headers.

    Returns:
        ``True`` once deleted.

    Twilio docs: https://www.twilio.com/docs/phone-numbers
    """


class PortingWebhookConfigurationDeleteList(KeyedList[PortingWebhookConfigurationDeleteContext]):
    """PortingWebhookConfigurationDelete collection."""

    __slots__ = ()
    _key = ("WebhookType", "webhook_type", None)
