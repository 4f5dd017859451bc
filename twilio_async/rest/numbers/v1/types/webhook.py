# Generated from specs/numbers_v1.yaml by `make codegen`; do not edit.
"""PortingWebhookConfigurationFetch models (``webhook``)."""

from __future__ import annotations

from twilio_async._fields import IsoDateTime
from twilio_async._models import TwilioModel


class PortingWebhookConfigurationFetch(TwilioModel):
    """A PortingWebhookConfigurationFetch as returned by the API."""

    url: str | None = None
    port_in_target_url: str | None = None
    port_out_target_url: str | None = None
    notifications_of: list[str] | None = None
    port_in_target_date_created: IsoDateTime | None = None
    port_out_target_date_created: IsoDateTime | None = None


class PortingWebhookConfiguration(TwilioModel):
    """A PortingWebhookConfiguration as returned by the API."""

    url: str | None = None
    port_in_target_url: str | None = None
    port_out_target_url: str | None = None
    notifications_of: list[str] | None = None
